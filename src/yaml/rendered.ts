/**
 * Rendered views: what a chart renders from a values mapping, as a view whose value is the rendered
 * document and whose AST is made of the values' own nodes. Every path into the rendered shape (a
 * Deployment's `spec.template.spec.containers[0].env[2].value`) then locates the values line that
 * set it (`env.MINIMUM_DRAIN_DURATION`), so rules read the rendered resource as they read any other
 * and their findings point into the values. What the chart adds by itself (its defaults, the
 * structure around the values) is located at an anchor: the key that holds the values, or their
 * first key.
 */
import { Document, isScalar, Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import type { DocView, Path } from '../types.js';
import { astAt, get, isRecord, walk } from './paths.js';
import type { PathAt } from './path-at.js';

type NodeRange = [number, number, number];

/** How a part of the rendered document is made. Paths are relative to the values mapping. */
export type Shape =
  /** The values node at `from`, as it is (the chart copies it: toYaml). */
  | { from: Path }
  /** A value the chart computes, located at the values node `at` (its key with `atKey`), else at the anchor. */
  | { value: unknown; at?: Path; atKey?: boolean }
  | { map: ShapeEntry[]; at?: Path }
  | { seq: Shape[]; at?: Path };

export interface ShapeEntry {
  key: string;
  shape: Shape;
  /** Where the key is written in the values (its own node), when it is one of theirs. */
  keyAt?: Path;
}

/** The rendered value of a shape over the values mapping. */
export function renderValue(shape: Shape, values: unknown): unknown {
  if ('from' in shape) return get(values, shape.from);
  if ('value' in shape) return shape.value;
  if ('map' in shape) {
    const out: Record<string, unknown> = {};
    for (const e of shape.map) out[e.key] = renderValue(e.shape, values);
    return out;
  }
  return shape.seq.map((s) => renderValue(s, values));
}

/**
 * A view of the document a chart renders from the values at `base` of `source`. `anchor` is a path
 * in `source` whose key locates what the values do not write (the values' first key when it is
 * the document root).
 */
export function renderedView(source: DocView, base: Path, shape: Shape, anchor: Path): DocView {
  return new RenderedView(source, base, shape, anchor);
}

class RenderedView implements DocView {
  readonly value: unknown;
  readonly rendered = true;
  private ast?: Document;
  /** The source AST the rendered one was built from (a huge run may parse the source again). */
  private builtFrom?: Document;

  constructor(
    private readonly source: DocView,
    private readonly base: Path,
    private readonly shape: Shape,
    private readonly anchor: Path,
  ) {
    this.value = renderValue(shape, get(source.value, base));
  }

  get file() {
    return this.source.file;
  }
  get sourceText() {
    return this.source.sourceText;
  }
  get index() {
    return this.source.index;
  }
  get store() {
    return this.source.store;
  }

  get doc(): Document {
    const src = this.source.doc;
    if (this.ast && this.builtFrom === src) return this.ast;
    const values = get(this.source.value, this.base);
    const first = firstKey(values);
    const anchorRange = keyRange(src, this.anchor) ?? (first !== undefined ? keyRange(src, this.base.concat(first)) : undefined) ?? nodeRange(walk(src, this.base).node) ?? nodeRange(src.contents);
    const doc = new Document();
    doc.contents = build(this.shape, { doc: src, base: this.base, values, anchor: anchorRange });
    this.ast = doc;
    this.builtFrom = src;
    return doc;
  }

  at(path: Path): PathAt {
    return astAt(this.doc, path);
  }

  position(offset: number): { line: number; column: number } {
    return this.source.position(offset);
  }

  releaseValue(): void {
    // The rendered value is small and built once; the source keeps its own.
  }
}

function firstKey(value: unknown): string | undefined {
  return isRecord(value) ? Object.keys(value)[0] : undefined;
}

function nodeRange(node: unknown): NodeRange | undefined {
  const r = (node as Node | null | undefined)?.range;
  return r ? [r[0], r[1], r[2]] : undefined;
}

/** The range of the key at `path` (a path to the root: undefined). */
function keyRange(doc: Document, path: Path): NodeRange | undefined {
  if (path.length === 0) return undefined;
  const { pair, depth } = walk(doc, path);
  return depth === path.length && pair ? nodeRange(pair.key) : undefined;
}

/** Where a computed value is located: a scalar's own node, a collection's key (its block spans many lines). */
function rangeAt(doc: Document, base: Path, at: Path | undefined, atKey: boolean | undefined, fallback: NodeRange | undefined): NodeRange | undefined {
  if (!at) return fallback;
  const full = base.concat(at);
  const { node, pair, depth } = walk(doc, full);
  if (depth !== full.length) return fallback;
  if (!atKey && isScalar(node)) return nodeRange(node) ?? fallback;
  return (pair ? nodeRange(pair.key) : undefined) ?? nodeRange(node) ?? fallback;
}

/** What building a rendered AST reads: the source AST, where the values are in it, their value, the anchor. */
interface Source {
  doc: Document;
  base: Path;
  values: unknown;
  anchor: NodeRange | undefined;
}

function build(shape: Shape, src: Source): Node {
  const { doc, base, anchor } = src;
  if ('from' in shape) {
    const full = base.concat(shape.from);
    const { node, depth } = walk(doc, full);
    if (depth === full.length && node) return node;
    // Behind an alias or a merge key the value has no node of its own: it is located at the anchor.
    return synthetic(get(src.values, shape.from), anchor);
  }
  if ('value' in shape) return synthetic(shape.value, rangeAt(doc, base, shape.at, shape.atKey, anchor));
  const at = rangeAt(doc, base, shape.at, true, anchor);
  if ('map' in shape) {
    const map = new YAMLMap();
    map.range = at;
    for (const e of shape.map) {
      // The rendered key may be spelled differently from the values key that sets it (podAnnotations → annotations).
      const keyRange = e.keyAt ? rangeAt(doc, base, e.keyAt, true, undefined) : undefined;
      map.items.push(new Pair(synthetic(e.key, keyRange ?? at), build(e.shape, src)));
    }
    return map;
  }
  const seq = new YAMLSeq();
  seq.range = at;
  for (const s of shape.seq) seq.items.push(build(s, src));
  return seq;
}

/** A node for a value the values do not hold as a node of their own, located at `range`. */
function synthetic(value: unknown, range: NodeRange | undefined): Node {
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    seq.range = range;
    for (const v of value) seq.items.push(synthetic(v, range));
    return seq;
  }
  if (isRecord(value)) {
    const map = new YAMLMap();
    map.range = range;
    for (const [k, v] of Object.entries(value)) map.items.push(new Pair(synthetic(k, range), synthetic(v, range)));
    return map;
  }
  const s = new Scalar(value);
  s.range = range;
  return s;
}
