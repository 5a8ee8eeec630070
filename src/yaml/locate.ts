/** Source ranges: from a reference (a document and a path) to the 1-based line and column a finding shows. */
import type { DocView, Range, Ref } from '../types.js';

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
  const { node, key, depth, contents, start } = view.at(path);
  const complete = depth === path.length;
  if (complete) {
    if (ref.target === 'key' && key) {
      const r = rangeOfNode(view, key);
      if (r) return r;
    }
    const r = rangeOfNode(view, node) ?? rangeOfNode(view, key);
    if (r) return r;
  }
  const r = rangeOfNode(view, key) ?? rangeOfNode(view, contents());
  if (r) return r;
  const p = view.position(start);
  return { line: p.line, column: p.column, endLine: p.line, endColumn: p.column };
}
