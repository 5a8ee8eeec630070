/**
 * Writing back YAML held in a scalar (the proxy.istio.io/config annotation, a ConfigMap's `mesh`)
 * after an edit of its text: a block scalar keeps its header (`|`, `|-`, `|2`…) and the
 * indentation of its lines; a quoted or plain one-line scalar keeps its quoting. The scalar must
 * then read back as exactly the new text, or nothing is written.
 */
import { isScalar, Scalar } from 'yaml';
import type { Path } from '../types.js';
import { parseForEdit } from './yaml-edit.js';
import { walk } from '../yaml/paths.js';

/** The scalar's node and its string value, when `path` holds a string. */
export function hostScalar(text: string, path: Path): { node: Scalar; value: string } | undefined {
  const doc = parseForEdit(text);
  if (!doc) return undefined;
  const { node, depth } = walk(doc, path);
  if (depth !== path.length || !isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  return { node, value: node.value };
}

/** `text` with the scalar at `path` holding `value` instead, written in the scalar's own style. */
export function rewriteHost(text: string, path: Path, value: string): string | undefined {
  const host = hostScalar(text, path);
  if (!host) return undefined;
  const { node } = host;
  const [start, end] = node.range!;
  let out: string | undefined;
  if (node.type === Scalar.BLOCK_LITERAL) out = rewriteBlock(text, start, end, host.value, value);
  else if (!value.includes('\n') && !text.slice(start, end).includes('\n')) {
    if (node.type === Scalar.QUOTE_SINGLE) out = `${text.slice(0, start)}'${value.replace(/'/g, "''")}'${text.slice(end)}`;
    else if (node.type === Scalar.QUOTE_DOUBLE) out = `${text.slice(0, start)}${JSON.stringify(value)}${text.slice(end)}`;
    else if (node.type === Scalar.PLAIN) out = `${text.slice(0, start)}${value}${text.slice(end)}`;
  }
  // Whatever the style, the scalar must read back as the new text.
  return out !== undefined && hostScalar(out, path)?.value === value ? out : undefined;
}

const lead = (line: string) => line.length - line.trimStart().length;

/**
 * A literal block scalar's lines replaced by `value`'s, at its indentation: that of its first
 * content line less the spaces the value itself starts with (an indentation indicator, `|2`,
 * keeps spaces in the value).
 */
function rewriteBlock(text: string, start: number, end: number, old: string, value: string): string | undefined {
  const headerEnd = text.indexOf('\n', start);
  if (headerEnd < 0 || headerEnd >= end) return undefined;
  const body = text.slice(headerEnd + 1, end);
  const first = body.split('\n').find((l) => l.trim() !== '');
  const firstOfValue = old.split('\n').find((l) => l.trim() !== '');
  if (first === undefined || firstOfValue === undefined) return undefined;
  const indent = lead(first) - lead(firstOfValue);
  // The scalar's node ends after its last content line; blank lines after it are not its own.
  const lines = value.endsWith('\n') ? value.slice(0, -1).split('\n') : value.split('\n');
  const written = lines.map((l) => (l === '' ? '' : ' '.repeat(indent) + l)).join('\n');
  const tail = body.endsWith('\n') ? '\n' : '';
  return text.slice(0, headerEnd + 1) + written + tail + text.slice(end);
}
