/**
 * Embedded YAML: the proxy.istio.io/config annotation and the istio ConfigMap's `mesh` key are YAML
 * text inside a scalar. It is parsed into a view whose offsets map back onto the host file's lines,
 * so a finding about a key inside points at that key's own line.
 */
import { parseDocument, Scalar } from 'yaml';
import type { DocView, Range, Ref } from '../types.js';
import { duplicateKey, findTemplateAction, parseForValue, parseOptions, toValue } from './read.js';
import { get } from './paths.js';
import type { NodeAt } from './path-at.js';
import { locate } from './locate.js';
import { embeddedView } from './views.js';

export interface EmbeddedParse {
  view?: DocView;
  /** A parse error inside the embedded text, located in the host file. */
  error?: { message: string; range: Range };
  /** The error is a template action (`{{ … }}`): text a generator or chart still fills in. */
  template?: boolean;
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
    const { node } = host.view.at(host.path);
    return offsetMapper(host.view, node);
  };
  const known = host.view.store.embeddedParse(text);
  if (known) return { view: embeddedView(host, text, known.value, known.tree, mapping) };
  // Written plainly (a block mapping, as annotations mostly are): read from its tokens, as a document is.
  const parsed = text.includes('{{') ? undefined : parseForValue(text);
  if (parsed && !parsed.doc) {
    const tree = { cst: parsed.cst };
    host.view.store.rememberEmbedded(text, tree, parsed.value);
    return { view: embeddedView(host, text, parsed.value, tree, mapping) };
  }
  const doc = parsed?.doc ?? parseDocument(text, parseOptions(text));
  const located = (start: number, end: number, message: string): EmbeddedParse => {
    const map = mapping();
    const s = map(start);
    const e = map(Math.max(end, start));
    return { error: { message, range: { line: s.line, column: s.column, endLine: e.line, endColumn: Math.max(e.column, s.column + 1) } } };
  };
  const action = text.includes('{{') ? findTemplateAction(text, doc) : undefined;
  if (action !== undefined) return { ...located(action, action + 2, `unrendered template action ${text.slice(action, text.indexOf('}}', action) + 2 || action + 2).split('\n')[0]!.slice(0, 60)}`), template: true };
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
  host.view.store.rememberEmbedded(text, { ast: doc }, value);
  return { view: embeddedView(host, text, value, { ast: doc }, mapping) };
}

/** Maps offsets in a scalar's value to host positions; exact for block and single-line scalars. */
function offsetMapper(host: DocView, node: NodeAt | null): (offset: number) => { line: number; column: number } {
  const start = node?.range[0] ?? 0;
  const type = node?.scalar?.type;
  const startPos = host.position(start);
  const src = host.sourceText;
  if (type === Scalar.BLOCK_LITERAL || type === Scalar.BLOCK_FOLDED) {
    // Content starts on the line after the header; each value line is a source line minus indentation.
    const headerEnd = src.indexOf('\n', start);
    const lines: { offset: number; indent: number }[] = [];
    let indent = -1;
    let pos = headerEnd + 1;
    const end = node?.range[1] ?? src.length;
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
    if (type === Scalar.BLOCK_LITERAL) {
      const value = String(node?.scalar?.value);
      const map = (offset: number): { line: number; column: number } => {
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
  const quoted = type === Scalar.QUOTE_DOUBLE || type === Scalar.QUOTE_SINGLE ? 1 : 0;
  const endPos = host.position(node?.range[1] ?? start);
  if (endPos.line === startPos.line) {
    return (offset: number) => host.position(start + quoted + offset);
  }
  return () => startPos;
}

