/**
 * Load: turns the user's paths into decoded texts. Ignores apply before anything is read, and a
 * file that cannot be read or decoded becomes a problem of its own instead of stopping the run.
 */
import type { ParseErrorId } from './engine-findings.js';
import type { MessageData } from './messages.js';
import { readFileSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';

export const DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024;
const MANIFEST_GLOB = '**/*.{yaml,yml}';
const NODE_MODULES = '**/node_modules/**';
const READ_CONCURRENCY = 32;

export interface LoadRequest {
  cwd: string;
  paths: string[];
  /** Globs of files never read, relative to `ignoreBase` (the config file's folder, else cwd). */
  ignore: string[];
  ignoreBase?: string;
  maxFileSize: number;
  stdinFilename?: string;
  readStdin: () => Promise<Buffer>;
  /** In-memory inputs, linted after the paths as if they were files (nothing is read from disk for them). */
  texts?: readonly TextInput[];
  /** How many files are read at once (results keep input order whatever it is). */
  concurrency?: number;
  /** Texts that stand for files (by absolute path, `-` for stdin): a fixed text linted again before it is written. */
  replaced?: ReadonlyMap<string, string>;
}

/** An in-memory input: its path names it in reports (relative to the working directory) and places it for --mesh-config. */
export interface TextInput {
  path: string;
  /** Text, or bytes decoded as files are (BOM, UTF-16, binary content refused). */
  text: string | Uint8Array;
}

export interface LoadedInput {
  /** Display path (relative to cwd when inside it; `<stdin>` or --stdin-filename for stdin). */
  path: string;
  absPath?: string;
  text?: string;
  /** The file sits inside a Helm chart (a folder with a Chart.yaml above it): its values are chart defaults. */
  inChart?: boolean;
  /** Why the file could not be read or decoded; `line`/`column` when the position is known. */
  problem?: { messageId: ParseErrorId; data?: MessageData; line: number; column: number };
}

export interface SkippedChart {
  /** Display path of the chart's Chart.yaml. */
  chartFile: string;
  templates: number;
}

export interface LoadOutcome {
  inputs: LoadedInput[];
  /** Explicit paths that do not exist: a usage error, the rest is still linted. */
  missing: string[];
  /** Explicit files skipped by an ignore glob (pre-commit passes them; not an error). */
  ignored: string[];
  charts: SkippedChart[];
}

export function displayPath(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs);
  if (rel === '' ) return path.basename(abs);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return abs;
  return rel.split(path.sep).join('/');
}

export async function load(req: LoadRequest): Promise<LoadOutcome> {
  const files: string[] = [];
  const missing: string[] = [];
  const ignoredFiles: string[] = [];
  const seen = new Set<string>();
  const inputs: LoadedInput[] = [];
  const add = (abs: string) => {
    if (!seen.has(abs)) {
      seen.add(abs);
      files.push(abs);
    }
  };
  const base = req.ignoreBase ?? req.cwd;
  for (const p of req.paths) {
    if (p === '-') {
      files.push('-');
      continue;
    }
    const abs = path.resolve(req.cwd, p);
    // Synchronous, as the reads below: fs.promises alone loads a dozen of Node's modules.
    const st = statOrNone(abs);
    if (st?.isDirectory()) {
      walkFolder(await globbyModule(), abs, MANIFEST_GLOB, base, req.ignore).forEach(add);
    } else if (st) {
      // An explicit file is linted even if its name does not end in .yaml, unless ignored.
      if (!(await isIgnored(base, abs, req.ignore))) add(abs);
      else ignoredFiles.push(p);
    } else if ((await globbyModule()).isDynamicPattern(p)) {
      // A glob is walked from the folder its leading plain segments name.
      const { folder, rest } = globRoot(req.cwd, p);
      const found = isFolder(folder) ? walkFolder(await globbyModule(), folder, rest, base, req.ignore) : [];
      if (found.length === 0) missing.push(p);
      found.forEach(add);
    } else {
      missing.push(p);
    }
  }

  const { kept, charts } = await splitChartTemplates(req.cwd, files);
  // Reads run concurrently (bounded) but results keep the input order.
  const results: LoadedInput[] = new Array(kept.length);
  let next = 0;
  const worker = async () => {
    while (next < kept.length) {
      const i = next++;
      const f = kept[i]!;
      const replaced = req.replaced?.get(f);
      if (replaced !== undefined) results[i] = { path: f === '-' ? (req.stdinFilename ?? '<stdin>') : displayPath(req.cwd, f), ...(f === '-' ? {} : { absPath: f }), text: replaced };
      else results[i] = f === '-' ? { path: req.stdinFilename ?? '<stdin>', ...decode(await req.readStdin()) } : await readInput(req, f);
    }
  };
  await Promise.all(Array.from({ length: Math.min(req.concurrency ?? READ_CONCURRENCY, kept.length) }, worker));
  const chartDirs = new Map<string, boolean>();
  for (const r of results) if (r.absPath && (await insideChart(path.dirname(r.absPath), chartDirs))) r.inChart = true;
  inputs.push(...results);
  for (const t of req.texts ?? []) {
    const absPath = path.resolve(req.cwd, t.path);
    inputs.push({ path: displayPath(req.cwd, absPath), absPath, ...(typeof t.text === 'string' ? { text: t.text } : decode(Buffer.from(t.text.buffer, t.text.byteOffset, t.text.byteLength))) });
  }
  return { inputs, missing, charts, ignored: ignoredFiles };
}

/** A literal path used as a glob prefix. */
/**
 * The files under `folder` that `pattern` (relative to it) matches, sorted, less those .gitignore
 * or the ignore globs (relative to `base`) leave out. globby's synchronous walk: its .gitignore
 * check stats every file found, and the asynchronous one pays a thread-pool round trip for each
 * (over twice the time on a tree of 20,000 files). .gitignore files are looked for from the folder
 * itself (and, in a git repository, in its parents up to the repository's root, as git reads
 * them): looked for from the ignore base, they were searched for in the whole of it, every file of
 * a monorepo to lint one folder.
 */
function walkFolder({ globbySync }: typeof import('globby'), folder: string, pattern: string, base: string, ignoreGlobs: string[]): string[] {
  const options = { absolute: true, dot: false, followSymbolicLinks: false, onlyFiles: true };
  // Dependencies are never linted, whatever .gitignore says.
  const ignore = [...ignoreGlobs, NODE_MODULES];
  const rel = path.relative(base, folder);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
    // The base itself, or a folder outside it: the ignore globs apply from the folder.
    return globbySync(pattern, { ...options, cwd: folder, gitignore: true, ignore }).sort();
  }
  let found = globbySync(pattern, { ...options, cwd: folder, gitignore: true, ignore: [NODE_MODULES] });
  const prefix = `${rel.split(path.sep).join('/')}/`;
  if (ignoreGlobs.length > 0 || /(^|\/)node_modules\//.test(prefix)) {
    // The ignore globs are relative to their base: the folder's files they leave are found from there.
    const kept = new Set(globbySync(`${globEscape(prefix)}${pattern}`, { ...options, cwd: base, ignore }));
    found = found.filter((f) => kept.has(f));
  }
  return found.sort();
}

/** The folder a glob's leading plain segments name (absolute), and the rest of the glob. */
function globRoot(cwd: string, glob: string): { folder: string; rest: string } {
  const segments = glob.split('/');
  let plain = 0;
  while (plain < segments.length - 1 && !/[*?[\]{}()!+@\\]/.test(segments[plain]!)) plain++;
  const head = segments.slice(0, plain).join('/');
  return { folder: head === '' && glob.startsWith('/') ? '/' : path.resolve(cwd, head || '.'), rest: segments.slice(plain).join('/') };
}

function isFolder(p: string): boolean {
  return statOrNone(p)?.isDirectory() === true;
}

/** A path's stats, or nothing when it cannot be read (missing, not permitted, a file named as a folder). */
function statOrNone(p: string): Stats | undefined {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

function globEscape(p: string): string {
  return p.replace(/[*?[\]{}()!]/g, '\\$&');
}

/** globby (and fast-glob) load only when a folder or a glob is given: one-file runs start faster. */
function globbyModule() {
  return import('globby');
}

async function isIgnored(cwd: string, abs: string, ignore: string[]): Promise<boolean> {
  if (ignore.length === 0) return false;
  const { globby } = await globbyModule();
  const rel = path.relative(cwd, abs);
  if (rel.startsWith('..')) return false;
  const hit = await globby(rel.split(path.sep).join('/'), { cwd, ignore, onlyFiles: true, followSymbolicLinks: false });
  return hit.length === 0;
}

async function readInput(req: LoadRequest, abs: string): Promise<LoadedInput> {
  const shown = displayPath(req.cwd, abs);
  const at = (messageId: ParseErrorId, data?: MessageData): LoadedInput => ({ path: shown, absPath: abs, problem: { messageId, data, line: 1, column: 1 } });
  const unreadable = (e: unknown) => at('unreadable', { reason: readError(e) });
  // Synchronous calls: a run reads thousands of small files, and each asynchronous one costs a round
  // trip through libuv's thread pool (five times the time of the read itself on a local disk).
  let st: Stats;
  try {
    st = statSync(abs);
  } catch (e) {
    return unreadable(e);
  }
  // Checked before opening: opening a FIFO would block until a writer comes.
  if (!st.isFile()) return at('notRegularFile');
  if (st.size > req.maxFileSize) return at('tooLarge', { size: st.size, limit: req.maxFileSize });
  try {
    return { path: shown, absPath: abs, ...decode(readFileSync(abs)) };
  } catch (e) {
    return unreadable(e);
  }
}

/** Why a file cannot be read, in words (not errno codes). */
function readError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const words: Record<string, string> = { ENOENT: 'it does not exist', EACCES: 'permission denied', EPERM: 'permission denied', EISDIR: 'it is a directory', ELOOP: 'too many symbolic links', ENAMETOOLONG: 'the name is too long', EIO: 'an input/output error' };
  return (code && words[code]) ?? plainError(e);
}

/** A system error in plain words ("permission denied"), without its errno code or the path (said elsewhere). */
export function plainError(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const m = /^E[A-Z0-9]+: (.*?)(?:, [a-z]+(?: '.*')?)?$/s.exec(message);
  return m ? m[1]! : message;
}

/**
 * Decodes bytes as the Kubernetes tooling does: UTF-8 (a BOM is dropped), or UTF-16 when it starts
 * with a BOM. NUL bytes without a UTF-16 BOM mean a binary file; invalid UTF-8 is refused.
 */
export function decode(bytes: Buffer): Pick<LoadedInput, 'text' | 'problem'> {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) return { problem: { messageId: 'binary', ...positionOf(body, nul) } };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    return { problem: { messageId: 'invalidUtf8', ...positionOf(body, firstInvalidUtf8(body)) } };
  }
}

function positionOf(bytes: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function firstInvalidUtf8(bytes: Buffer): number {
  // The lenient decoder marks the first bad sequence with U+FFFD; its byte offset is the prefix's length.
  const text = new TextDecoder('utf-8').decode(bytes);
  const i = text.indexOf('\uFFFD');
  return i < 0 ? 0 : Buffer.byteLength(text.slice(0, i));
}

/** Files under `<chart>/templates/` next to a Chart.yaml are unrendered Helm: skipped, one note per chart. */
async function splitChartTemplates(cwd: string, files: string[]): Promise<{ kept: string[]; charts: SkippedChart[] }> {
  const kept: string[] = [];
  const byChart = new Map<string, number>();
  const chartOf = new Map<string, string | null>();
  for (const f of files) {
    if (f === '-') {
      kept.push(f);
      continue;
    }
    const chart = await findChartDir(f, chartOf);
    if (chart) byChart.set(chart, (byChart.get(chart) ?? 0) + 1);
    else kept.push(f);
  }
  const charts = [...byChart].map(([dir, templates]) => ({ chartFile: displayPath(cwd, path.join(dir, 'Chart.yaml')), templates }));
  return { kept, charts };
}

/** Whether a folder or one of its parents holds a Chart.yaml (cached per folder). */
async function insideChart(dir: string, cache: Map<string, boolean>): Promise<boolean> {
  const hit = cache.get(dir);
  if (hit !== undefined) return hit;
  const here = statOrNone(path.join(dir, 'Chart.yaml'))?.isFile() === true;
  const parent = path.dirname(dir);
  const result = here || (parent !== dir && (await insideChart(parent, cache)));
  cache.set(dir, result);
  return result;
}

async function findChartDir(file: string, cache: Map<string, string | null>): Promise<string | null> {
  const parts = path.dirname(file).split(path.sep);
  const idx = parts.lastIndexOf('templates');
  if (idx <= 0) return null;
  const dir = parts.slice(0, idx).join(path.sep) || path.sep;
  if (!cache.has(dir)) {
    const exists = statOrNone(path.join(dir, 'Chart.yaml'))?.isFile() === true;
    cache.set(dir, exists ? dir : null);
  }
  return cache.get(dir) ?? null;
}
