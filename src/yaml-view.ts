/**
 * Document views: plain values for rules, source ranges for the engine. Embedded YAML (an
 * annotation or the `mesh` key, which are YAML text inside a scalar) is parsed into a view whose
 * offsets are mapped back onto the lines of the host file.
 */
import { isMap, isScalar, isSeq, parseDocument, Scalar, visit, type Document, type Node, type Pair, type Tags } from 'yaml';
import type { DocView, Path, Range, Ref, SourceFile } from './types.js';

/** Options every parse uses: YAML 1.1 scalars as kubectl and istiod read them. */
export const YAML_OPTIONS = {
  version: '1.1' as const,
  merge: true,
  // The library's own check is quadratic in the size of a map; duplicateKey() does it in one pass.
  uniqueKeys: false,
  prettyErrors: false,
  logLevel: 'silent' as const,
  strict: false,
  // Kubernetes reads YAML through JSON (sigs.k8s.io/yaml): timestamps stay strings.
  customTags: (tags: Tags) => tags.filter((t) => (t as { tag?: string }).tag !== 'tag:yaml.org,2002:timestamp'),
};

/** Alias expansion limit: a "billion laughs" document is refused instead of expanded. */
export const MAX_ALIAS_COUNT = 1000;

/** The first repeated key of any mapping (API servers reject duplicates), found without recursion. */
export function duplicateKey(doc: Document): Node | undefined {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          const k = String(pair.key.value);
          if (seen.has(k)) return pair.key;
          seen.add(k);
        }
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return undefined;
}

export function toValue(doc: Document): unknown {
  return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
}

/** A view of a whole file's document whose offsets are file offsets (the config file). */
export function fileView(file: SourceFile, doc: Document, index: number, value: unknown): DocView {
  return {
    file,
    doc,
    sourceText: file.text,
    value,
    index,
    position(offset: number) {
      const p = file.lineCounter.linePos(offset);
      return { line: p.line, column: p.col };
    },
    releaseValue() {},
  };
}

/**
 * A view of one document of a manifest file, parsed from its own text starting at `start`.
 */
export function chunkView(file: SourceFile, text: string, start: number, index: number, value: unknown, doc: Document): DocView {
  return new LazyView(file, text, index, value, doc, start);
}

/** Marks a value the view has let go of; the next read parses the text again. */
const RELEASED = Symbol('released');
let reparsedValues = 0;

/** How many released values have been parsed again since the caches were configured (for tests and benchmarks). */
export function reparsedValueCount(): number {
  return reparsedValues;
}

type Position = (offset: number) => { line: number; column: number };

/**
 * A document's value and AST. Runs of ordinary size keep both for every document. On huge runs a
 * document that holds only workloads lets go of both once its workloads are linted (releaseValue)
 * and parses its text again if it is read later; the AST of any other document is kept in a short
 * cache of recent ones. A class, not closures: a huge run holds one of these per document.
 */
class LazyView implements DocView {
  private current: unknown;
  /** The AST, held as long as the value is (a released document's AST goes through the cache). */
  private ast: Document | undefined;
  /** An embedded document: how to map its offsets onto the host (built on first use). */
  private map?: Position;

  /** `placement`: where a file document's text starts in the file, or how an embedded one maps onto its host. */
  constructor(
    readonly file: SourceFile,
    readonly sourceText: string,
    readonly index: number,
    value: unknown,
    doc: Document,
    private readonly placement: number | (() => Position),
  ) {
    this.current = value;
    // On huge runs a file document's AST is not kept from the parse: its workloads are linted much
    // later, and trees that linger are promoted to the old generation and bloat the heap. An
    // embedded document lives as long as the workload that holds it.
    if (keepEverything || typeof placement !== 'number') this.ast = doc;
  }

  get value(): unknown {
    if (this.current === RELEASED) {
      // The text parsed before, so parsing it again gives the same value; the AST stays with it.
      reparsedValues++;
      this.ast = parseDocument(this.sourceText, YAML_OPTIONS);
      this.current = toValue(this.ast);
    }
    return this.current;
  }

  get doc(): Document {
    if (this.ast) return this.ast;
    const d = recent.get(this) ?? parseDocument(this.sourceText, YAML_OPTIONS);
    remember(this, d);
    return d;
  }

  position(offset: number): { line: number; column: number } {
    if (typeof this.placement === 'number') {
      const p = this.file.lineCounter.linePos(this.placement + offset);
      return { line: p.line, column: p.col };
    }
    this.map ??= this.placement();
    return this.map(offset);
  }

  releaseValue(): void {
    if (keepEverything) return;
    this.current = RELEASED;
    this.ast = undefined;
  }
}

/**
 * On huge runs, the ASTs of documents that are not released (mesh configs, resources that rules
 * point at), least recent first, within a budget of source text and of count (an AST takes some
 * 30 times the memory of its text).
 */
interface AstKey {
  readonly sourceText: string;
}
let astTextBudget = Infinity;
/** Runs of ordinary size keep every value and AST: releaseValue() does nothing, nothing is parsed twice. */
let keepEverything = true;
const recent = new Map<AstKey, Document>();
let recentBytes = 0;

/** How much a run keeps in memory: output never depends on it, only memory and time do. */
export interface MemoryLimits {
  /** Up to this much input text, every AST and every value is kept (default 8 MiB). */
  keepEverythingBytes: number;
  /** Beyond it, ASTs of documents other than the one being linted are cached for this much text (default 512 KiB). */
  astTextBytes: number;
}
export const DEFAULT_MEMORY: MemoryLimits = { keepEverythingBytes: 8 * 1024 * 1024, astTextBytes: 512 * 1024 };

/**
 * Sizes the caches for a run: runs of ordinary size keep every AST and value, so no document is
 * parsed twice; larger ones keep ASTs within a budget and let workload documents go once linted.
 */
export function configureCaches(totalTextBytes: number, limits: MemoryLimits = DEFAULT_MEMORY): void {
  keepEverything = totalTextBytes <= limits.keepEverythingBytes;
  reparsedValues = 0;
  embeddedParses.clear();
  astTextBudget = keepEverything ? Infinity : limits.astTextBytes;
  recent.clear();
  recentBytes = 0;
}

/** On huge runs, at most this many cached ASTs: mesh documents that findings point at, mostly. */
const MAX_ASTS = 16;

function remember(key: AstKey, doc: Document): void {
  if (recent.delete(key)) recentBytes -= key.sourceText.length;
  recent.set(key, doc);
  recentBytes += key.sourceText.length;
  // Small documents have the largest trees for their text: their number is bounded too.
  while ((recentBytes > astTextBudget || (astTextBudget !== Infinity && recent.size > MAX_ASTS)) && recent.size > 1) {
    const oldest = recent.keys().next().value!;
    recent.delete(oldest);
    recentBytes -= oldest.sourceText.length;
  }
}

/** Walks the AST along `path`; returns the deepest pair/node reached and whether the whole path exists. */
export function walk(doc: Document, path: Path): { node: Node | null; pair: Pair | null; depth: number } {
  let node: unknown = doc.contents;
  let pair: Pair | null = null;
  let depth = 0;
  for (const seg of path) {
    if (isMap(node)) {
      const found = node.items.find((p) => keyString(p.key) === String(seg));
      if (!found) break;
      pair = found;
      node = found.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) break;
      pair = null;
      node = item;
    } else {
      break;
    }
    depth++;
  }
  return { node: (node as Node) ?? null, pair, depth };
}

function keyString(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

export function rangeOfNode(view: DocView, node: { range?: [number, number, number] | null } | null | undefined): Range | undefined {
  if (!node || !node.range) return undefined;
  const [start, valueEnd] = node.range;
  const s = view.position(start);
  const e = view.position(Math.max(valueEnd, start));
  // A block scalar's value ends after its trailing newline: end at the last content character instead.
  if (e.line > s.line && e.column === 1) {
    const hostEnd = lastContentOffset(view, start, valueEnd);
    if (hostEnd) return { line: s.line, column: s.column, endLine: hostEnd.line, endColumn: hostEnd.column };
  }
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

function lastContentOffset(view: DocView, start: number, end: number) {
  let off = end;
  const src = view.sourceText;
  while (off > start && /\s/.test(src[off - 1] ?? '')) off--;
  return off > start ? view.position(off) : undefined;
}


/**
 * Maps a reference to a source range. A path that does not exist falls back to the key of the
 * nearest existing ancestor (e.g. the pod `spec:` key when terminationGracePeriodSeconds is absent).
 */
export function locate(ref: Ref): Range {
  const { view, path } = ref;
  const { node, pair, depth } = walk(view.doc, path);
  const complete = depth === path.length;
  if (complete) {
    if (ref.target === 'key' && pair) {
      const r = rangeOfNode(view, pair.key as Node);
      if (r) return r;
    }
    const r = rangeOfNode(view, node) ?? (pair ? rangeOfNode(view, pair.key as Node) : undefined);
    if (r) return r;
  }
  if (pair) {
    const r = rangeOfNode(view, pair.key as Node);
    if (r) return r;
  }
  return rangeOfNode(view, view.doc.contents as Node) ?? documentStart(view);
}

function documentStart(view: DocView): Range {
  const start = view.doc.range?.[0] ?? 0;
  const p = view.position(start);
  return { line: p.line, column: p.column, endLine: p.line, endColumn: p.column };
}

/** The value at a path of a plain JS value, or undefined. */
export function get(value: unknown, path: Path): unknown {
  let cur: unknown = value;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg as string];
  }
  return cur;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export interface EmbeddedParse {
  view?: DocView;
  /** A parse error inside the embedded text, located in the host file. */
  error?: { message: string; range: Range };
}

/**
 * Parses YAML text held in the scalar at `host` (a block scalar, a quoted or a plain one) and maps
 * its offsets onto the host file, so a finding about a key inside points at that key's own line.
 */
export function parseEmbedded(host: Ref): EmbeddedParse {
  // The text comes from the host's value; its AST is only needed to map positions, on first use.
  const text = get(host.view.value, host.path);
  if (typeof text !== 'string') return {};
  // The mapping onto host lines is rebuilt from the host on first use (the host AST may be gone by then).
  const mapping = () => {
    const { node: scalar } = walk(host.view.doc, host.path);
    return offsetMapper(host.view, scalar as Scalar);
  };
  const known = embeddedParses.get(text);
  if (known) return { view: new LazyView(host.view.file, text, host.view.index, known.value, known.doc, mapping) };
  const doc = parseDocument(text, YAML_OPTIONS);
  const located = (start: number, end: number, message: string): EmbeddedParse => {
    const map = mapping();
    const s = map(start);
    const e = map(Math.max(end, start));
    return { error: { message, range: { line: s.line, column: s.column, endLine: e.line, endColumn: Math.max(e.column, s.column + 1) } } };
  };
  const action = text.includes('{{') ? findTemplateAction(text, doc) : undefined;
  if (action !== undefined) return located(action, action + 2, `unrendered template action ${text.slice(action, text.indexOf('}}', action) + 2 || action + 2).split('\n')[0]!.slice(0, 60)}`);
  const dup = doc.errors.length === 0 ? duplicateKey(doc) : undefined;
  if (dup?.range) return located(dup.range[0], dup.range[1], `duplicate key ${String((dup as Scalar).value)}`);
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    return located(err.pos[0], err.pos[1], err.message.split('\n')[0]!);
  }
  let value: unknown;
  try {
    value = toValue(doc);
  } catch (e) {
    return { error: { message: (e as Error).message, range: locate(host) } };
  }
  rememberEmbedded(text, doc, value);
  return { view: new LazyView(host.view.file, text, host.view.index, value, doc, mapping) };
}

/**
 * Embedded text that parsed cleanly, by text: the workloads of one chart repeat the same
 * annotation, so it is parsed once per run. Nothing downstream modifies a value or an AST, so
 * views of different hosts share them (each keeps its own mapping onto its host's lines).
 */
const embeddedParses = new Map<string, { doc: Document; value: unknown }>();
const EMBEDDED_CACHE = { entries: 256, textBytes: 4096 };

function rememberEmbedded(text: string, doc: Document, value: unknown): void {
  if (text.length > EMBEDDED_CACHE.textBytes) return;
  embeddedParses.set(text, { doc, value });
  if (embeddedParses.size > EMBEDDED_CACHE.entries) embeddedParses.delete(embeddedParses.keys().next().value!);
}

/** Maps offsets in a scalar's value to host positions; exact for block and single-line scalars. */
function offsetMapper(host: DocView, node: Scalar): (offset: number) => { line: number; column: number } {
  const start = node.range?.[0] ?? 0;
  const startPos = host.position(start);
  const src = host.sourceText;
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
    // Content starts on the line after the header; each value line is a source line minus indentation.
    const headerEnd = src.indexOf('\n', start);
    const lines: { offset: number; indent: number }[] = [];
    let indent = -1;
    let pos = headerEnd + 1;
    const end = node.range?.[1] ?? src.length;
    while (pos < end && pos > 0) {
      const nl = src.indexOf('\n', pos);
      const lineEnd = nl < 0 ? src.length : nl;
      const line = src.slice(pos, lineEnd).replace(/\r$/, '');
      if (indent < 0 && line.trim() !== '') {
        indent = line.length - line.trimStart().length;
      }
      lines.push({ offset: pos, indent: Math.max(indent, 0) });
      if (nl < 0) break;
      pos = nl + 1;
    }
    if (node.type === Scalar.BLOCK_LITERAL) {
      const map = (offset: number): { line: number; column: number } => {
        const value = node.value as string;
        // The end of the text (after its final newline) is the end of the last content line.
        if (offset > 0 && offset >= value.length && value.endsWith('\n')) return map(value.length - 1);
        let lineNo = 0;
        let lineStart = 0;
        for (let i = 0; i < offset && i < value.length; i++) {
          if (value[i] === '\n') {
            lineNo++;
            lineStart = i + 1;
          }
        }
        const hostLine = lines[Math.min(lineNo, lines.length - 1)];
        if (!hostLine) return startPos;
        return host.position(hostLine.offset + hostLine.indent + (offset - lineStart));
      };
      return map;
    }
    return () => (lines[0] ? host.position(lines[0].offset + lines[0].indent) : startPos);
  }
  const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE ? 1 : 0;
  const endPos = host.position(node.range?.[1] ?? start);
  if (endPos.line === startPos.line) {
    return (offset: number) => host.position(start + quoted + offset);
  }
  return () => startPos;
}

/**
 * The first `{{` that sits where YAML structure is (a key, a plain value, a whole line), not inside
 * quoted or block scalars (where it is just text) nor in a comment.
 */
export function findTemplateAction(text: string, doc: Document): number | undefined {
  const textual: [number, number][] = [];
  try {
    visit(doc, {
      Scalar(_key, node: Scalar) {
        if (node.type !== Scalar.PLAIN && isScalar(node) && node.range && typeof node.value === 'string' && node.value.includes('{{')) {
          textual.push([node.range[0], node.range[1]]);
        }
      },
    });
  } catch {
    // A pathological tree is reported by the parse step; nothing to exempt here.
  }
  for (let i = text.indexOf('{{'); i >= 0; i = text.indexOf('{{', i + 2)) {
    if (!textual.some(([s, e]) => i >= s && i < e) && !inComment(text, i)) return i;
  }
  return undefined;
}

function inComment(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /(^|\s)#/.test(text.slice(lineStart, offset));
}
