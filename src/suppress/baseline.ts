/**
 * The baseline: the findings a repository had when it adopted drainlint, recorded so that later
 * runs report only what is new. One entry per file, rule, resource and fingerprint (fingerprint.ts:
 * it survives line shifts and reformatting), with a count for identical findings. The file is
 * stable — sorted, one entry a line, no timestamps, paths relative to its own folder — so it diffs
 * well in review. Engine findings (parse-error, unused-disable-directive) are never recorded.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../types.js';
import { ENGINE_FINDINGS } from '../engine-findings.js';
import { resourceText } from './fingerprint.js';

export const DEFAULT_BASELINE = '.drainlint-baseline.json';
export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  ruleId: string;
  messageId: string;
  /** "Kind namespace/name [container]", for people reading the file; matching uses the fingerprint. */
  resource?: string;
  fingerprint: string;
  count: number;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  /** Entries by file, the path relative to the baseline file's folder (`/`-separated). */
  files: Record<string, BaselineEntry[]>;
}

/** A baseline that cannot be read (the caller reports it as a usage error). */
export class BaselineError extends Error {}

const ENGINE_IDS = new Set(ENGINE_FINDINGS.map((e) => e.id));

/** Whether a finding can be recorded in a baseline: a rule's, not suppressed otherwise. */
function recordable(f: Finding): f is Finding & { fingerprint: string } {
  return f.fingerprint !== undefined && !ENGINE_IDS.has(f.ruleId) && !f.suppressions;
}

/** Where a baseline records a finding's file: relative to the baseline's folder. */
function fileKey(file: string, cwd: string, baselineDir: string): string {
  const rel = path.relative(baselineDir, path.resolve(cwd, file));
  return rel.split(path.sep).join('/');
}

/** Reads and checks a baseline file. */
export function readBaseline(abs: string, shown: string): Baseline {
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    throw new BaselineError(`cannot read the baseline ${shown}: ${(e as Error).message}`);
  }
  return parseBaseline(text, shown);
}

export function parseBaseline(text: string, shown: string): Baseline {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new BaselineError(`the baseline ${shown} is not JSON: ${(e as Error).message}`);
  }
  const bad = (why: string) => new BaselineError(`the baseline ${shown} is not a drainlint baseline: ${why} (write a new one with --write-baseline)`);
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw bad('not an object');
  const o = v as Record<string, unknown>;
  if (o['version'] !== BASELINE_VERSION) throw bad(`version is ${JSON.stringify(o['version'])}, not ${BASELINE_VERSION}`);
  const files = o['files'];
  if (files === null || typeof files !== 'object' || Array.isArray(files)) throw bad('"files" is not an object');
  for (const [file, entries] of Object.entries(files)) {
    if (!Array.isArray(entries)) throw bad(`the entries of ${file} are not a list`);
    for (const e of entries as unknown[]) {
      const x = e as Record<string, unknown>;
      const ok = x !== null && typeof x === 'object' && typeof x['ruleId'] === 'string' && typeof x['messageId'] === 'string' && typeof x['fingerprint'] === 'string' && Number.isInteger(x['count']) && (x['count'] as number) > 0;
      if (!ok) throw bad(`an entry of ${file} lacks ruleId, messageId, fingerprint or a positive count`);
    }
  }
  return { version: BASELINE_VERSION, files: files as Baseline['files'] };
}

/** The baseline of a run: every finding of a rule that nothing else suppresses. */
export function baselineOf(findings: readonly Finding[], cwd: string, baselineDir: string): Baseline {
  const files: Record<string, Map<string, BaselineEntry>> = {};
  for (const f of findings) {
    if (!recordable(f)) continue;
    const byPrint = (files[fileKey(f.file, cwd, baselineDir)] ??= new Map());
    const known = byPrint.get(f.fingerprint);
    if (known) known.count++;
    else {
      const resource = resourceText(f.resource);
      byPrint.set(f.fingerprint, { ruleId: f.ruleId, messageId: f.messageId, ...(resource ? { resource } : {}), fingerprint: f.fingerprint, count: 1 });
    }
  }
  return { version: BASELINE_VERSION, files: Object.fromEntries(Object.entries(files).map(([k, m]) => [k, [...m.values()]])) };
}

/**
 * Marks the findings the baseline holds as suppressed (`external`, via `baseline`), each entry
 * for at most `count` findings, and returns the part of the baseline that still occurs (what
 * --prune-baseline keeps) and how many findings it matched.
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline, cwd: string, baselineDir: string, shown: string): { kept: Baseline; matched: number } {
  const left = new Map<string, Map<string, number>>();
  for (const [file, entries] of Object.entries(baseline.files)) {
    const m = new Map<string, number>();
    for (const e of entries) m.set(e.fingerprint, (m.get(e.fingerprint) ?? 0) + e.count);
    left.set(file, m);
  }
  const used = new Map<string, Map<string, number>>();
  let matched = 0;
  for (const f of findings) {
    if (!recordable(f)) continue;
    const key = fileKey(f.file, cwd, baselineDir);
    const n = left.get(key)?.get(f.fingerprint) ?? 0;
    if (n <= 0) continue;
    left.get(key)!.set(f.fingerprint, n - 1);
    const u = used.get(key) ?? new Map<string, number>();
    u.set(f.fingerprint, (u.get(f.fingerprint) ?? 0) + 1);
    used.set(key, u);
    f.suppressions = [{ kind: 'external', via: 'baseline', file: shown }];
    matched++;
  }
  const files: Baseline['files'] = {};
  for (const [file, entries] of Object.entries(baseline.files)) {
    const u = used.get(file);
    if (!u) continue;
    const keep: BaselineEntry[] = [];
    for (const e of entries) {
      const n = Math.min(e.count, u.get(e.fingerprint) ?? 0);
      if (n <= 0) continue;
      u.set(e.fingerprint, (u.get(e.fingerprint) ?? 0) - n);
      keep.push({ ...e, count: n });
    }
    if (keep.length > 0) files[file] = keep;
  }
  return { kept: { version: BASELINE_VERSION, files }, matched };
}

/** How many findings a baseline records. */
export function baselineSize(b: Baseline): number {
  return Object.values(b.files).reduce((n, entries) => n + entries.reduce((m, e) => m + e.count, 0), 0);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The file's text: files and entries sorted, one entry a line, keys in a fixed order. */
export function serializeBaseline(b: Baseline): string {
  const files = Object.keys(b.files).sort(cmp);
  const lines = ['{', `  "version": ${BASELINE_VERSION},`, `  "files": {${files.length === 0 ? '}' : ''}`];
  files.forEach((file, i) => {
    const entries = [...b.files[file]!].sort((x, y) => cmp(x.ruleId, y.ruleId) || cmp(x.resource ?? '', y.resource ?? '') || cmp(x.messageId, y.messageId) || cmp(x.fingerprint, y.fingerprint));
    lines.push(`    ${JSON.stringify(file)}: [`);
    entries.forEach((e, j) => {
      const fields = { ruleId: e.ruleId, messageId: e.messageId, ...(e.resource ? { resource: e.resource } : {}), fingerprint: e.fingerprint, count: e.count };
      const body = Object.entries(fields).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ');
      lines.push(`      { ${body} }${j < entries.length - 1 ? ',' : ''}`);
    });
    lines.push(`    ]${i < files.length - 1 ? ',' : ''}`);
  });
  if (files.length > 0) lines.push('  }');
  lines.push('}', '');
  return lines.join('\n');
}

export { writeAtomically } from '../atomic-write.js';
