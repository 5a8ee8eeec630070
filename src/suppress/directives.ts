/**
 * Suppression comments, as yamllint and ESLint users write them:
 *
 *   # drainlint-disable-next-line rule-a, rule-b -- why
 *   key: value   # drainlint-disable-line rule-a -- why
 *   # drainlint-disable-file -- why          (no rule id: every rule)
 *
 * Comments are read from the YAML parser's concrete syntax tree, which keeps them: a `#` inside a
 * quoted or block scalar is text, not a comment. YAML embedded in a scalar (the
 * proxy.istio.io/config annotation, a ConfigMap's `mesh`) is read the same way, as its own text,
 * and its lines are mapped onto the host file's, as the findings inside it are.
 */
import { Parser } from 'yaml';
import type { Range } from '../types.js';
import { documentChunks } from '../parse.js';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable-file';

export const DIRECTIVE_PREFIX = 'drainlint-disable';

/** One suppression comment, where it is and the host lines it covers. */
export interface Directive {
  kind: DirectiveKind;
  /** The rule ids it names; empty: every rule. */
  rules: string[];
  /** The text after ` -- `, if any. */
  reason?: string;
  /** The file as findings name it. */
  file: string;
  /** Where the comment is. */
  range: Range;
  /** First and last line (of the file) it covers; `from` > `to` when it covers none. */
  from: number;
  to: number;
  /** The rule ids it suppressed a finding of (`*` for a directive that names none). */
  used: Set<string>;
}

/** The words of a comment, when it is a directive: `# drainlint-disable-line a, b -- reason`. */
export function parseDirective(comment: string): { kind: DirectiveKind; rules: string[]; reason?: string } | undefined {
  const m = /^#\s*drainlint-(disable-next-line|disable-line|disable-file)(?=\s|$)(.*)$/s.exec(comment.trimEnd());
  if (!m) return undefined;
  const rest = m[2]!;
  const sep = /(?:^|\s)--(?:\s|$)/.exec(rest);
  const ids = sep ? rest.slice(0, sep.index) : rest;
  const reason = sep ? rest.slice(sep.index + sep[0].length).trim() : '';
  return { kind: m[1] as DirectiveKind, rules: ids.split(/[\s,]+/).filter(Boolean), ...(reason ? { reason } : {}) };
}

/** Offsets and texts of every comment of a YAML text (all documents), from the parser's CST. */
export function commentsOf(text: string): { offset: number; source: string }[] {
  const out: { offset: number; source: string }[] = [];
  const stack: unknown[] = [];
  for (const token of new Parser().parse(text)) stack.push(token);
  // Comments sit in the props of any token (start, sep, end arrays); walk the whole tree.
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const item of node) if (item !== null && typeof item === 'object') stack.push(item);
    } else if (node !== null && typeof node === 'object') {
      const t = node as { type?: unknown; offset?: unknown; source?: unknown };
      if (t.type === 'comment' && typeof t.offset === 'number' && typeof t.source === 'string') {
        out.push({ offset: t.offset, source: t.source });
        continue;
      }
      for (const v of Object.values(node)) if (v !== null && typeof v === 'object') stack.push(v);
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** Where a text sits in its file: its offsets as file lines and columns, and the lines `disable-file` covers. */
export interface DirectiveScope {
  file: string;
  position(offset: number): { line: number; column: number };
  /** The lines a disable-file comment in this text covers: the whole file, or the embedded text's own lines. */
  lines: { from: number; to: number };
}

/**
 * The directives of a file, document by document (as the parse step cuts it: memory follows the
 * largest document, not the file), only in documents that mention a directive at all.
 */
export function fileDirectives(text: string, scope: DirectiveScope): Directive[] {
  if (!text.includes(DIRECTIVE_PREFIX)) return [];
  const out: Directive[] = [];
  for (const [start, end] of documentChunks(text)) {
    const chunk = text.slice(start, end);
    if (chunk.includes(DIRECTIVE_PREFIX)) out.push(...directivesIn(chunk, { ...scope, position: (o) => scope.position(start + o) }));
  }
  return out;
}

/**
 * The directives in one YAML document's text (of a file, or embedded in one of its scalars). A
 * disable-next-line comment covers the next line of its own document.
 */
export function directivesIn(text: string, scope: DirectiveScope): Directive[] {
  if (!text.includes(DIRECTIVE_PREFIX)) return [];
  const comments = commentsOf(text);
  const out: Directive[] = [];
  const commentStarts = new Set(comments.map((c) => c.offset));
  for (const c of comments) {
    const parsed = parseDirective(c.source);
    if (!parsed) continue;
    const s = scope.position(c.offset);
    const e = scope.position(c.offset + c.source.trimEnd().length);
    const range = { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
    let from = s.line;
    let to = s.line;
    if (parsed.kind === 'disable-file') ({ from, to } = scope.lines);
    else if (parsed.kind === 'disable-next-line') {
      const next = nextContentOffset(text, c.offset, commentStarts);
      if (next === undefined) [from, to] = [1, 0];
      else from = to = scope.position(next).line;
    }
    out.push({ ...parsed, file: scope.file, range, from, to, used: new Set() });
  }
  return out;
}

/**
 * The offset of the first character of the next line after `offset`'s that holds YAML content:
 * blank lines and lines holding only a comment are skipped, so directives can be stacked.
 */
function nextContentOffset(text: string, offset: number, commentStarts: Set<number>): number | undefined {
  let at = text.indexOf('\n', offset);
  while (at >= 0) {
    const start = at + 1;
    const nl = text.indexOf('\n', start);
    const line = text.slice(start, nl < 0 ? text.length : nl);
    const indent = line.length - line.trimStart().length;
    const first = start + indent;
    const trimmed = line.trim();
    if (trimmed !== '' && trimmed !== '...' && !commentStarts.has(first)) return first;
    if (nl < 0) return undefined;
    at = nl;
  }
  return undefined;
}
