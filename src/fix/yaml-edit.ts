/**
 * Edits of one YAML text (a document of a file, or YAML held in a scalar) on paths, as the
 * smallest text change: the `yaml` parser gives each node's source range, and only the bytes of
 * the key or value changed are rewritten, so comments, key order, quoting, indentation and blank
 * lines elsewhere stay as they are. Each function returns the new text, or undefined when the
 * edit cannot be made safely (then the fix is not applied).
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Path } from '../types.js';
import { YAML_OPTIONS } from '../yaml/read.js';

export function parseForEdit(text: string): Document.Parsed | undefined {
  const doc = parseDocument(text, YAML_OPTIONS);
  return doc.errors.length === 0 ? doc : undefined;
}

interface Found {
  /** The maps along the path, from the root (as far as they exist). */
  maps: YAMLMap[];
  /** The pair of each map along the path that leads on. */
  pairs: Pair[];
  /** How many segments exist. */
  depth: number;
  node: unknown;
}

function find(doc: Document, path: Path): Found {
  const maps: YAMLMap[] = [];
  const pairs: Pair[] = [];
  let node: unknown = doc.contents;
  let depth = 0;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      maps.push(node);
      pairs.push(pair);
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg] !== undefined) {
      node = node.items[seg];
    } else {
      break;
    }
    depth++;
  }
  return { maps, pairs, depth, node };
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset after the newline that ends the line holding `offset` (the text's end when none). */
function afterLine(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

function isEmptyScalar(node: unknown): boolean {
  return isScalar(node) && !!node.range && node.range[0] === node.range[1];
}

/** A key as YAML source, in the style of the map's other keys (double-quoted keys in JSON-like text). */
function keySource(map: YAMLMap | undefined, key: string): string {
  const quoted = map?.items.some((p) => isScalar(p.key) && p.key.type === 'QUOTE_DOUBLE');
  if (quoted || !/^[A-Za-z0-9_][A-Za-z0-9_./-]*$/.test(key)) return JSON.stringify(key);
  return key;
}

/** A value as block lines under a key at `indent` (continuation lines of `value` shifted by `shift`). */
function shiftLines(value: string, shift: number): string | undefined {
  const lines = value.split('\n');
  const out = [lines[0]!];
  for (const line of lines.slice(1)) {
    if (line.trim() === '') {
      out.push(line.length > 0 && shift > 0 ? line : '');
      continue;
    }
    if (shift >= 0) out.push(' '.repeat(shift) + line);
    else if (line.startsWith(' '.repeat(-shift))) out.push(line.slice(-shift));
    else return undefined;
  }
  return out.join('\n');
}

/**
 * Sets the scalar at `path` to `source` (YAML source of a scalar; continuation lines indented for
 * a key at column `sourceKeyColumn`). Missing keys and maps along the path are added at the end of
 * the deepest map that exists; a key added gets `comments` (lines) above it.
 */
export function setScalar(text: string, path: Path, source: string, sourceKeyColumn = 0, comments: readonly string[] = []): string | undefined {
  const doc = parseForEdit(text);
  if (!doc || path.length === 0) return undefined;
  const f = find(doc, path);
  if (f.depth === path.length) {
    const node = f.node as Node | null;
    if (!isScalar(node) || !node.range) return undefined;
    const keyCol = columnOf(text, (f.pairs[f.pairs.length - 1]!.key as Node).range![0]);
    const shifted = shiftLines(source, keyCol - sourceKeyColumn);
    if (shifted === undefined) return undefined;
    const [start, end] = node.range;
    if (start === end) return splice(text, start, end, ` ${shifted.replace(/\n$/, '')}${shifted.endsWith('\n') && text[end] !== '\n' ? '\n' : ''}`);
    return splice(text, start, end, shifted);
  }
  // The deepest existing node must be a map (or an empty value that becomes one).
  const missing = path.slice(f.depth).map(String);
  if (missing.some((_, i) => typeof path[f.depth + i] === 'number')) return undefined;
  const node = f.node;
  if (isMap(node) && node.flow) return insertFlow(text, node, missing, source);
  let indent: number;
  let at: number;
  let prefix = '';
  if (isMap(node) && node.items.length > 0) {
    const first = node.items[0]!.key as Node;
    indent = columnOf(text, first.range![0]);
    const last = node.items[node.items.length - 1]!;
    const lastEnd = ((last.value as Node | null)?.range ?? (last.key as Node).range!)[1];
    at = afterLine(text, lastEnd);
    if (at === text.length && !text.endsWith('\n')) prefix = '\n';
  } else if ((node === null || isEmptyScalar(node)) && f.pairs.length > 0) {
    const parentKey = f.pairs[f.pairs.length - 1]!.key as Node;
    indent = columnOf(text, parentKey.range![0]) + 2;
    const scalar = node as Node | null;
    at = afterLine(text, scalar?.range?.[0] ?? parentKey.range![1]);
    if (at === text.length && !text.endsWith('\n')) prefix = '\n';
  } else {
    return undefined;
  }
  const last = missing.length - 1;
  const shifted = shiftLines(source, indent + 2 * last - sourceKeyColumn);
  if (shifted === undefined) return undefined;
  let lines = '';
  missing.forEach((key, i) => {
    const pad = ' '.repeat(indent + 2 * i);
    const k = keySource(i === 0 && isMap(node) ? node : undefined, key);
    lines += i < last ? `${pad}${k}:\n` : `${comments.map((c) => `${pad}${c}\n`).join('')}${pad}${k}: ${shifted}`;
  });
  if (!lines.endsWith('\n')) lines += '\n';
  // At the end of a text without a final newline (a |- block scalar), none is added.
  if (prefix) lines = lines.slice(0, -1);
  return splice(text, at, at, prefix + lines);
}

/** Adds `key: value` (through missing maps, written in flow style) before a flow map's closing brace. */
function insertFlow(text: string, map: YAMLMap, keys: string[], source: string): string | undefined {
  if (source.includes('\n') || !map.range) return undefined;
  const close = map.range[1] - 1;
  if (text[close] !== '}') return undefined;
  let value = source;
  for (let i = keys.length - 1; i >= 1; i--) value = `{${keySource(map, keys[i]!)}: ${value}}`;
  const entry = `${keySource(map, keys[0]!)}: ${value}`;
  const before = text.slice(map.range[0] + 1, close);
  if (before.trim() === '') return splice(text, map.range[0] + 1, close, entry);
  const trimmedEnd = map.range[0] + 1 + before.trimEnd().length;
  return splice(text, trimmedEnd, trimmedEnd, `, ${entry}`);
}

/** The source of the scalar at `path`, the column of its key (for re-indenting it elsewhere), and the comment lines above the key. */
export function scalarSource(text: string, path: Path): { source: string; keyColumn: number; comments: string[] } | undefined {
  const doc = parseForEdit(text);
  if (!doc) return undefined;
  const f = find(doc, path);
  if (f.depth !== path.length || !isScalar(f.node) || !f.node.range || f.pairs.length === 0) return undefined;
  const [start, end] = f.node.range;
  // A comment after a one-line value, on its line, goes with it.
  const comment = text.slice(start, end).includes('\n') ? undefined : /^[ \t]+#[^\n]*/.exec(text.slice(end));
  const keyStart = (f.pairs[f.pairs.length - 1]!.key as Node).range![0];
  const above = text.slice(commentsAbove(text, keyStart), lineStart(text, keyStart));
  const comments = above === '' ? [] : above.slice(0, -1).split('\n').map((l) => l.trimStart());
  return { source: text.slice(start, end) + (comment?.[0] ?? ''), keyColumn: columnOf(text, keyStart), comments };
}

/** Where the comment lines right above a key start (at the key's column): they are about it. */
function commentsAbove(text: string, keyStart: number): number {
  let from = lineStart(text, keyStart);
  while (from > 0) {
    const prevStart = lineStart(text, from - 1);
    const prevLine = text.slice(prevStart, from - 1);
    if (!/^\s*#/.test(prevLine) || columnOf(text, prevStart + prevLine.indexOf('#')) !== columnOf(text, keyStart)) break;
    from = prevStart;
  }
  return from;
}

/** Removes the key at `path` with its value; a block map it leaves empty goes too (not the document's root). */
export function removeKey(text: string, path: Path): string | undefined {
  const doc = parseForEdit(text);
  if (!doc || path.length === 0) return undefined;
  const f = find(doc, path);
  if (f.depth !== path.length) return undefined;
  const map = f.maps[f.maps.length - 1]!;
  const pair = f.pairs[f.pairs.length - 1]!;
  const key = pair.key as Node;
  const value = pair.value as Node | null;
  if (!key.range) return undefined;
  const valueEnd = value?.range?.[1] ?? key.range[1];
  if (map.flow) {
    const after = text.slice(valueEnd);
    const comma = /^\s*,\s*/.exec(after);
    if (comma) return splice(text, key.range[0], valueEnd + comma[0].length, '');
    const before = text.slice(0, key.range[0]);
    const prev = /,\s*$/.exec(before);
    return splice(text, prev ? key.range[0] - prev[0].length : key.range[0], valueEnd, '');
  }
  const start = lineStart(text, key.range[0]);
  // A key that shares its line with a sequence dash (`- name: x`) is not removed by line.
  if (text.slice(start, key.range[0]).trim() !== '') return undefined;
  // The comment lines right above the key are about it: they go with it.
  let from = commentsAbove(text, key.range[0]);
  const end = afterLine(text, valueEnd);
  // The last line of a text without a final newline (a |- block scalar): the newline before it goes, none is added.
  if (end === text.length && !text.endsWith('\n') && from > 0) from--;
  if (map.items.length === 1 && f.pairs.length >= 2) {
    // A map left empty goes with its key (an empty `annotations:` would be null).
    return typeof path[path.length - 2] === 'string' ? removeKey(text, path.slice(0, -1)) : undefined;
  }
  return splice(text, from, end, '');
}
