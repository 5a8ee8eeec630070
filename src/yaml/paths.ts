/** Paths into YAML: into plain values (what rules read) and into the AST (what locations come from). */
import { isMap, isNode, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { NodeAt, Path, PathAt } from './path-at.js';

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


/** A composed document's PathAt. */
export function astAt(doc: Document, path: Path): PathAt {
  const { node, pair, depth } = walk(doc, path);
  return { node: nodeAt(node), key: pair ? nodeAt(pair.key) : null, depth, contents: () => nodeAt(doc.contents), start: doc.range?.[0] ?? 0 };
}

function nodeAt(node: unknown): NodeAt | null {
  if (!isNode(node) || !node.range) return null;
  return isScalar(node) ? { range: node.range, scalar: { type: node.type, source: node.source, value: node.value } } : { range: node.range };
}
