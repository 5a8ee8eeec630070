/**
 * Parse: each file once. The text is cut into documents at their `---` markers (a marker at the
 * start of a line can never sit inside a scalar), and each document is parsed on its own, so a
 * malformed document costs only itself and memory follows the largest document, not the file.
 * A document that fails (malformed YAML, an unrendered Helm action, a duplicate key, an alias
 * bomb) becomes one parse problem and contributes nothing.
 */
import { Lexer, parseDocument, Scalar } from 'yaml';
import { LineIndex, type LinePositions } from './yaml/lines.js';
import { ownCopy } from './yaml/own-copy.js';
import type { LoadedInput } from './load.js';
import { detail, type ParseErrorId } from './engine-findings.js';
import type { MessageData } from './messages.js';
import type { DocView, Range, SourceFile } from './types.js';
import { chunkView, DocumentStore, type Tree } from './yaml/views.js';
import { duplicateKey, findTemplateAction, parseForValue, parseOptions, toValue } from './yaml/read.js';
import { WORKLOAD_TEMPLATE } from './inventory/model.js';
import { VERSION_SOURCE_KINDS } from './inventory/versions.js';
import { GITOPS_KINDS } from './inventory/gitops.js';

export interface ParseProblem {
  file: string;
  range: Range;
  messageId: ParseErrorId;
  data?: MessageData;
}

export interface ParseOutcome {
  file?: SourceFile;
  problems: ParseProblem[];
}

/** A document larger than this whose kind drainlint never reads is only checked lexically. */
export const LARGE_DOCUMENT = 4 * 1024 * 1024;
const READ_KINDS = new Set([...Object.keys(WORKLOAD_TEMPLATE), 'List', 'IstioOperator', 'ConfigMap', 'Namespace', 'ProxyConfig', 'Service', 'VirtualService', 'DestinationRule', 'Gateway', 'BackendConfig', 'GCPBackendPolicy', ...GITOPS_KINDS]);
/**
 * Kinds whose documents are templates by design (an ApplicationSet's generators fill `{{…}}`): a
 * template action in one is text, not an unrendered chart, and such a document is not read.
 */
const TEMPLATING_KINDS = new Set(['ApplicationSet']);

export interface ParseOptions {
  /** Only given with --mesh-config and not linted itself. */
  meshConfigOnly?: boolean;
  /** Given with --mesh-config. */
  fromMeshConfigFlag?: boolean;
  /** Given with --gateway-values: read as values of Istio's gateway chart. */
  namedGatewayValues?: boolean;
  /** What the run keeps of its documents (default: everything). */
  store?: DocumentStore;
  /** Receives each kept document as soon as it has parsed (default: collected in `file.docs`). */
  onDocument?: (view: DocView) => void;
  /** Receives the workload documents whose parse waits until their workload is linted (default: none wait). */
  onDeferred?: (d: DeferredDocument) => void;
  /**
   * Receives, unparsed, the documents whose text shows that nothing of the run reads them: they
   * are parsed later, for their problems only (threads share them out). Default: parsed now.
   */
  onUnread?: (d: DeferredDocument) => void;
  /**
   * Receives, unparsed, every other document the first pass reads (mesh configs, Services,
   * routes…): the caller parses them (parseDeferred, not as linted now), here or on another
   * thread. Default: parsed now and given to `onDocument`.
   */
  onRunLevel?: (d: DeferredDocument) => void;
}

export function parseInput(input: LoadedInput, order: number, opts: ParseOptions = {}): ParseOutcome {
  if (input.problem || input.text === undefined) {
    const p = input.problem ?? { messageId: 'unreadable' as const, data: { reason: 'it has no content' }, line: 1, column: 1 };
    return { problems: [{ file: input.path, messageId: p.messageId, data: p.data, range: point(p.line, p.column) }] };
  }
  // YAML counts a lone CR (old Mac line ends) as a line break; the yaml library does not. Each becomes
  // a LF, which keeps every offset, so positions stay those of the file as written.
  const text = input.text.includes('\r') ? input.text.replace(/\r(?!\n)/g, '\n') : input.text;
  const lineCounter = new LineIndex(text);
  const file: SourceFile = { path: input.path, absPath: input.absPath, text, lineCounter, docs: [], order, inChart: input.inChart, counts: { documents: 0, resources: 0, values: 0 } };
  if (opts.meshConfigOnly) file.meshConfigOnly = true;
  if (opts.fromMeshConfigFlag) file.fromMeshConfigFlag = true;
  if (opts.namedGatewayValues) file.namedGatewayValues = true;
  const store = opts.store ?? new DocumentStore();
  const keep = opts.onDocument ?? ((view: DocView) => file.docs.push(view));
  const problems: ParseProblem[] = [];
  const problem = (start: number, end: number, messageId: ParseErrorId, data?: MessageData) => {
    problems.push({ file: input.path, messageId, data, range: span(lineCounter, start, end) });
  };
  const reader: ChunkReader = { file, problem };
  // On huge runs the file's text goes once its documents are parsed: each kept document holds a
  // copy of its own text.
  const letGo = !store.keepEverything;
  const deferred = { documents: 0 };
  const lineOf = lineCounting(text);
  documentChunks(text).forEach(([start, end], index) => {
    const line = lineOf(start);
    const kind = opts.onDeferred && !opts.meshConfigOnly ? deferredKind(text, start, end) : undefined;
    if (kind) {
      // A workload document nothing else of the run reads: parsed once, when its workload is linted.
      deferred.documents++;
      opts.onDeferred!({ file, start, end, index, kind, line, pending: deferred });
      return;
    }
    const slice = text.slice(start, end);
    if (opts.onUnread && slice.length <= LARGE_DOCUMENT && !mayBeRead(slice)) {
      deferred.documents++;
      opts.onUnread({ file, start, end, index, kind: KIND_LINE.exec(slice)?.[2] ?? '', line, pending: deferred });
      return;
    }
    if (slice.length > LARGE_DOCUMENT && !readsKind(slice)) {
      // Too large to build a tree for, and nothing in it is read: a lexical pass is all it needs.
      for (const _ of new Lexer().lex(slice));
      return;
    }
    if (opts.onRunLevel) {
      deferred.documents++;
      opts.onRunLevel({ file, start, end, index, kind: KIND_LINE.exec(slice)?.[2] ?? '', line, pending: deferred });
      return;
    }
    const chunk = letGo ? ownCopy(slice) : slice;
    const read = readDocument(reader, chunk, start);
    // Documents of kinds nothing reads (Secrets, CRDs, most ConfigMaps…) were checked; they are not kept.
    if (read && isRead(read.value)) keep(chunkView(store, file, chunk, line, index, read.value, read.tree));
  });
  if (letGo && deferred.documents === 0) letGoOfText(file);
  return { file, problems };
}

/** Where a document's problems go: its file, and the sink that locates them in it. */
interface ChunkReader {
  file: SourceFile;
  problem: (start: number, end: number, messageId: ParseErrorId, data?: MessageData) => void;
}

/**
 * One document of a file, parsed, checked and counted on its file: its value and tree, or nothing
 * (a parse problem, an empty document, a template drainlint does not read).
 */
function readDocument({ file, problem }: ChunkReader, chunk: string, start: number): { value: unknown; tree: Tree } | undefined {
  let parsed: ReturnType<typeof parseForValue>;
  try {
    // A template action is found in the AST (where YAML structure is): such a text is composed.
    parsed = chunk.includes('{{') ? { doc: parseDocument(chunk, parseOptions(chunk)) } : parseForValue(chunk);
  } catch (e) {
    problem(start, start + 1, 'cannotParse', { detail: detail((e as Error).message) });
    return undefined;
  }
  if (!parsed.doc) {
    // Written plainly: no error, no repeated key, nothing too deep (see src/yaml/token-values.ts).
    file.counts.documents++;
    file.counts.resources += resourceCount(parsed.value);
    return { value: parsed.value, tree: { cst: parsed.cst } };
  }
  const doc = parsed.doc;
  const helm = chunk.includes('{{') ? findTemplateAction(chunk, doc) : undefined;
  // `{{ … }}` in a GitHub workflow, an Argo Workflow or any other YAML that is not a manifest of
  // ours is just text: only a document drainlint reads is an unrendered template.
  if (helm !== undefined && !readsTemplated(chunk)) {
    file.counts.documents++;
    const head = manifestHead(chunk);
    if (head.kind && head.apiVersion) file.counts.resources++;
    return undefined;
  }
  if (helm !== undefined) {
    const close = chunk.indexOf('}}', helm);
    const sameLine = close > helm && !chunk.slice(helm, close).includes('\n');
    const action = chunk.slice(helm, sameLine ? close + 2 : helm + 2);
    problem(start + helm, start + (sameLine ? close + 2 : helm + 2), 'template', { action: action.length > 40 ? `${action.slice(0, 39)}…` : action });
    return undefined;
  }
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    problem(start + err.pos[0], start + err.pos[1], 'malformed', { detail: detail(err.message) });
    return undefined;
  }
  if (doc.contents === null) return undefined; // empty document or comments only
  const dup = duplicateKey(doc);
  if (dup?.range) {
    problem(start + dup.range[0], start + dup.range[1], 'duplicateKey', { key: quotedKey(String((dup as Scalar).value)) });
    return undefined;
  }
  let value: unknown;
  try {
    value = toValue(doc);
  } catch (e) {
    const at = start + (doc.range?.[0] ?? 0);
    if (e instanceof RangeError) problem(at, at + 1, 'tooDeep');
    else problem(at, at + 1, 'unreadableDocument', { detail: detail((e as Error).message) });
    return undefined;
  }
  file.counts.documents++;
  file.counts.resources += resourceCount(value);
  return { value, tree: { ast: doc } };
}

/**
 * A document whose parse waited: a workload's, until it is linted (see deferredKind), one nothing
 * reads (ParseOptions.onUnread), or one the first pass reads, parsed by the caller (onRunLevel).
 */
export interface DeferredDocument {
  file: SourceFile;
  start: number;
  end: number;
  index: number;
  /** Its kind, read from its text (a workload's: one of WORKLOAD_TEMPLATE's). */
  kind: string;
  /** The line of the file it starts. */
  line: number;
  /** How many deferred documents of its file are not parsed yet (shared by them). */
  pending: { documents: number };
}

/**
 * Parses a deferred document now, as the first pass would have: its view when it is read, and its
 * problems (located in its file). A document `lintedNow` (its workload's visit) keeps its tree
 * until it lets go of its value; a run-level one keeps it as the run's store says.
 */
export function parseDeferred(d: DeferredDocument, store: DocumentStore, lintedNow = true): { view?: DocView; problems: ParseProblem[] } {
  const { file } = d;
  const problems: ParseProblem[] = [];
  const problem = (start: number, end: number, messageId: ParseErrorId, data?: MessageData) => problems.push({ file: file.path, messageId, data, range: span(file.lineCounter, start, end) });
  if (d.pending.documents === 0 && file.text === '') throw new Error(`a document of ${file.path} was parsed again after the file's text was let go of`);
  const letGo = !store.keepEverything;
  const chunk = letGo ? ownCopy(file.text.slice(d.start, d.end)) : file.text.slice(d.start, d.end);
  const read = readDocument({ file, problem }, chunk, d.start);
  if (d.pending.documents > 0 && --d.pending.documents === 0 && letGo) letGoOfText(file);
  return { view: read && isRead(read.value) ? chunkView(store, file, chunk, d.line, d.index, read.value, read.tree, lintedNow) : undefined, problems };
}

/**
 * Lets go of a file's text once each of its documents is parsed and holds its own. Suppression
 * comments are read from the whole text after the rules (src/suppress): a file with any keeps it.
 */
/**
 * A deferred document another thread parsed: done here too, so that its file's text can go once
 * none of its documents is pending (huge runs). With `keepText`, returns the document's text (its
 * own copy when the file's may go), for a view of it whose tree is parsed only if a location needs it.
 */
export function parsedElsewhere(d: DeferredDocument, store: DocumentStore, keepText: boolean): string | undefined {
  const letGo = !store.keepEverything;
  const text = keepText ? (letGo ? ownCopy(d.file.text.slice(d.start, d.end)) : d.file.text.slice(d.start, d.end)) : undefined;
  if (d.pending.documents > 0 && --d.pending.documents === 0 && letGo) letGoOfText(d.file);
  return text;
}

function letGoOfText(file: SourceFile): void {
  if (file.text.includes('drainlint-disable')) return;
  file.text = '';
  file.lineCounter = TEXT_LET_GO;
}

const TEXT_LET_GO: LinePositions = {
  linePos() {
    throw new Error('a position was asked in a file whose text was let go of');
  },
};

/** The 1-based line of each offset asked for, in ascending order, counted as the text is walked. */
function lineCounting(text: string): (offset: number) => number {
  let line = 1;
  let at = 0;
  return (offset) => {
    for (let i = text.indexOf('\n', at); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    at = Math.max(at, offset);
    return line;
  };
}

/** A top-level `kind:` line, its value plain or quoted. */
const KIND_LINE = /^kind:[ \t]*(["']?)([A-Za-z]+)\1[ \t]*(?:#.*)?\r?$/m;
/**
 * Text that may make a workload document matter to the whole run: istiod (its env), Istio's images
 * and the proxyImage annotation (target versions), a revision label naming a version, and what
 * makes reading the text alone unsafe (template actions, merge keys, escapes in quoted scalars).
 */
const RUN_LEVEL_TEXT = /pilot|proxyv2|name["']?\s*:\s*["']?istiod|\{\{|<<|\\/;
const REVISION_LABEL = /istio\.io\/rev["']?[ \t]*:[ \t]*["']?([^"'\s#]*)/g;

/**
 * The kind of a document that only holds one pod-template workload and nothing the run-level
 * reading needs (versions, istiod's env): such a document is parsed only when its workload is
 * linted. Read from the text, conservatively: anything unsure is parsed in the first pass.
 */
function deferredKind(text: string, start: number, end: number): string | undefined {
  const chunk = text.slice(start, end);
  const kind = KIND_LINE.exec(chunk)?.[2];
  if (kind === undefined || !Object.hasOwn(WORKLOAD_TEMPLATE, kind) || !/^apiVersion:[ \t]*["']?[A-Za-z]/m.test(chunk) || RUN_LEVEL_TEXT.test(chunk)) return undefined;
  // A revision that may name a version (or that the text alone does not show: a block scalar, an alias) is read in the first pass.
  for (const m of chunk.matchAll(REVISION_LABEL)) if (!/^[A-Za-z_.-]+$/.test(m[1]!)) return undefined;
  return kind;
}

/** The range from `start` to `end` (at least one character) in a file's lines. */
function span(lineCounter: LinePositions, start: number, end: number): Range {
  const s = lineCounter.linePos(start);
  const e = lineCounter.linePos(Math.max(end, start + 1));
  return { line: s.line, column: s.col, endLine: e.line, endColumn: e.col };
}

/**
 * [start, end) of each document: a new one starts at every `---` at the start of a line (after the
 * first document's own content); `...` lines end a document and stay with it.
 */
export function documentChunks(text: string): [number, number][] {
  const chunks: [number, number][] = [];
  let start = 0;
  let content = false;
  let at = 0;
  while (at <= text.length) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(at, Math.min(lineEnd, at + 4));
    const marker = line.startsWith('---') && (line.length === 3 || line[3] === ' ' || line[3] === '\t' || line[3] === '\r');
    if (marker && content) {
      chunks.push([start, at]);
      start = at;
      content = false;
    }
    if (!marker && !content) {
      const head = text.slice(at, Math.min(lineEnd, at + 200)).trimStart();
      if (head !== '' && !head.startsWith('#') && !head.startsWith('%')) content = true;
    } else if (marker) {
      // Content on the marker line itself (`--- !tag` or `--- value`) makes the document non-empty.
      if (text.slice(at + 3, lineEnd).trim().replace(/^#.*/, '') !== '') content = true;
    }
    if (nl < 0) break;
    at = nl + 1;
  }
  chunks.push([start, text.length]);
  return chunks;
}

/** How many Kubernetes resources a document holds: itself, or a List's items; 0 for anything else. */
function resourceCount(value: unknown): number {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 0;
  const v = value as Record<string, unknown>;
  if (typeof v['kind'] !== 'string' || typeof v['apiVersion'] !== 'string') return 0;
  return v['kind'].endsWith('List') && Array.isArray(v['items']) ? v['items'].length : 1;
}

/**
 * Whether a document is one the inventory reads: a Kubernetes resource (a string `apiVersion` and
 * `kind`) of a kind it models or a List, or a mapping that is not a resource (values files, which
 * the inventory recognises or not).
 */
function isRead(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  const kind = v['kind'];
  if (typeof kind !== 'string' || typeof v['apiVersion'] !== 'string') return true;
  if (kind.endsWith('List')) return true;
  if (kind !== 'ConfigMap') return READ_KINDS.has(kind) || VERSION_SOURCE_KINDS.has(kind);
  const name = (v['metadata'] as Record<string, unknown> | undefined)?.['name'];
  const data = v['data'];
  return (typeof name === 'string' && /^istio(-|$)/.test(name)) || (data !== null && typeof data === 'object' && ('deployment' in data || 'values' in data));
}

/**
 * For a document holding a template action: whether it is one drainlint would read — a kind it
 * lints, or one whose `apiVersion` or `kind` is itself a template action (a chart's template). Read
 * from the text: whole-line actions (`{{- if … }}`) leave no usable tree.
 */
function readsTemplated(chunk: string): boolean {
  const { kind, apiVersion } = manifestHead(chunk);
  if (kind?.includes('{{') || apiVersion?.includes('{{')) return true;
  if (!kind || !apiVersion) return false;
  const name = kind.replace(/^["']|["']$/g, '').replace(/\s+#.*$/, '');
  return (READ_KINDS.has(name) && !TEMPLATING_KINDS.has(name)) || name.endsWith('List');
}

/** The top-level `kind:` and `apiVersion:` of a document, read from its text. */
function manifestHead(chunk: string): { kind?: string; apiVersion?: string } {
  return { kind: /^kind:[ \t]*(.*)$/m.exec(chunk)?.[1]?.trim(), apiVersion: /^apiVersion:[ \t]*(.*)$/m.exec(chunk)?.[1]?.trim() };
}

/**
 * Whether a document may hold something the run reads, from its text (isRead() on its value is the
 * exact test): its kind, and for a ConfigMap whether it could be a mesh config, Gateway parameters
 * or the injector's values. Anything unsure may be read.
 */
function mayBeRead(chunk: string): boolean {
  const kind = KIND_LINE.exec(chunk)?.[2];
  if (kind === undefined || kind.endsWith('List')) return true;
  if (kind === 'ConfigMap') return /istio|deployment|values/.test(chunk);
  return READ_KINDS.has(kind) || VERSION_SOURCE_KINDS.has(kind);
}

/** For a very large document: does its top-level `kind:` (or its absence) make it one drainlint reads? */
function readsKind(chunk: string): boolean {
  const m = /^kind:[ \t]*["']?([A-Za-z0-9]+)/m.exec(chunk);
  if (!m) return true;
  // Of huge ConfigMaps only the mesh configs (istio, istio-<rev>) matter.
  if (m[1] === 'ConfigMap') return /^[ \t]+name:[ \t]*["']?istio(-|["'\s]|$)/m.test(chunk);
  return READ_KINDS.has(m[1]!);
}


function point(line: number, column: number): Range {
  return { line, column, endLine: line, endColumn: column + 1 };
}

/** A key as a message quotes it: whole when short, else cut (a key can be any length). */
function quotedKey(key: string): string {
  const line = key.split('\n')[0]!;
  return `"${line.length > 60 ? `${line.slice(0, 60)}…` : line}"`;
}
