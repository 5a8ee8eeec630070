/**
 * Parse: each file once, every document with its AST and line counter. A document that fails
 * (malformed YAML, an unrendered Helm action, an alias bomb) becomes one parse problem and is
 * dropped; the file's other documents are kept.
 */
import { isScalar, LineCounter, parseAllDocuments, Scalar, visit, type Document } from 'yaml';
import type { LoadedInput } from './load.js';
import type { Range, SourceFile } from './types.js';
import { duplicateKey, fileView, toValue, YAML_OPTIONS } from './yaml-view.js';

export interface ParseProblem {
  file: string;
  range: Range;
  message: string;
}

export interface ParseOutcome {
  file?: SourceFile;
  problems: ParseProblem[];
}

export function parseInput(input: LoadedInput, order: number): ParseOutcome {
  if (input.problem || input.text === undefined) {
    const p = input.problem ?? { message: 'no content', line: 1, column: 1 };
    return { problems: [{ file: input.path, message: p.message, range: point(p.line, p.column) }] };
  }
  const text = input.text;
  const lineCounter = new LineCounter();
  const file: SourceFile = { path: input.path, absPath: input.absPath, text, lineCounter, docs: [], order };
  const problems: ParseProblem[] = [];
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { ...YAML_OPTIONS, lineCounter }) as Document.Parsed[];
  } catch (e) {
    // The parser itself gave up (it should not): the whole file is one problem.
    return { problems: [{ file: input.path, message: `cannot parse: ${(e as Error).message}`, range: point(1, 1) }] };
  }
  if (!Array.isArray(docs)) docs = [docs as unknown as Document.Parsed];
  const helmActions = text.includes('{{') ? findTemplateActions(text, docs) : [];
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  docs.forEach((doc, index) => {
    const [start, , end] = doc.range;
    const helm = helmActions.find((o) => o >= start && o < Math.max(end, start + 1));
    if (helm !== undefined) {
      const s = pos(helm);
      const close = text.indexOf('}}', helm);
      const e = pos(close > helm && text.lastIndexOf('\n', close) < helm ? close + 2 : helm + 2);
      const action = text.slice(helm, close > helm ? close + 2 : helm + 2).slice(0, 60);
      problems.push({
        file: input.path,
        message: `unrendered Helm template action ${action}: render the chart first (helm template … | drainlint -)`,
        range: { line: s.line, column: s.column, endLine: e.line, endColumn: e.column },
      });
      return;
    }
    if (doc.errors.length > 0) {
      const err = doc.errors[0]!;
      const s = pos(err.pos[0]);
      const e = pos(Math.max(err.pos[1], err.pos[0] + 1));
      problems.push({ file: input.path, message: `malformed YAML: ${firstLine(err.message)}`, range: { line: s.line, column: s.column, endLine: e.line, endColumn: e.column } });
      return;
    }
    if (doc.contents === null) return; // empty document or comments only
    const dup = duplicateKey(doc);
    if (dup?.range) {
      const s = pos(dup.range[0]);
      const e = pos(dup.range[1]);
      problems.push({ file: input.path, message: `malformed YAML: duplicate key ${String((dup as Scalar).value)} (Kubernetes rejects it)`, range: { line: s.line, column: s.column, endLine: e.line, endColumn: e.column } });
      return;
    }
    let value: unknown;
    try {
      value = toValue(doc);
    } catch (e) {
      const s = pos(start);
      const msg = e instanceof RangeError ? 'document is nested too deeply to read' : firstLine((e as Error).message);
      problems.push({ file: input.path, message: `cannot read document: ${msg}`, range: point(s.line, s.column) });
      return;
    }
    file.docs.push(fileView(file, doc, index, value));
  });
  return { file, problems };
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function point(line: number, column: number): Range {
  return { line, column, endLine: line, endColumn: column + 1 };
}

/**
 * Offsets of `{{` that sit where YAML structure is (a key, a plain value, a whole line), not inside
 * quoted or block scalars (where they are just text) nor in comments.
 */
function findTemplateActions(text: string, docs: Document.Parsed[]): number[] {
  const textual: [number, number][] = [];
  for (const doc of docs) {
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
  }
  const found: number[] = [];
  let i = text.indexOf('{{');
  while (i >= 0) {
    const inScalar = textual.some(([s, e]) => i >= s && i < e);
    if (!inScalar && !inComment(text, i)) found.push(i);
    i = text.indexOf('{{', i + 2);
  }
  return found;
}

function inComment(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  return /(^|\s)#/.test(before);
}
