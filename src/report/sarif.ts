import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, LintResult, Range, Severity } from '../types.js';
import type { FormatContext } from './format.js';
import { HOMEPAGE } from '../messages.js';
import { jsonWithItems, lazyMap, PART_SIZE } from './parts.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const BASE = '%SRCROOT%';
/** The key of drainlint's fingerprint among a result's partialFingerprints. */
const FINGERPRINT = 'drainlintFingerprint/v1';

/**
 * SARIF 2.1.0 as code scanning accepts it: `results` always present, every rule declared with a
 * helpUri, URIs relative to the working directory under %SRCROOT%, no empty objects.
 */
export function sarif(result: LintResult, ctx: FormatContext): string {
  return [...sarifParts(result, ctx)].join('');
}

/** The text of `sarif` in parts of some `size` characters (src/report/parts.ts). */
export function sarifParts(result: LintResult, ctx: FormatContext, size = PART_SIZE): Generator<string> {
  const { log, sarifResult } = sarifShape(result, ctx);
  return jsonWithItems(log, lazyMap(result.findings, sarifResult), size);
}

/** The SARIF log of a result set, as `sarif` writes it. */
export function sarifLog(result: LintResult, ctx: FormatContext) {
  const { log, sarifResult } = sarifShape(result, ctx);
  return { ...log, runs: [{ ...log.runs[0]!, results: result.findings.map(sarifResult) }] };
}

/** The log with its results left out (`results` is its last array), and how a finding becomes one. */
function sarifShape(result: LintResult, ctx: FormatContext) {
  const rules = dedupe(result.rules);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const location = (file: string, range: Range) => ({
    physicalLocation: {
      artifactLocation: artifact(file, result.cwd),
      region: { startLine: range.line, startColumn: range.column, endLine: range.endLine, endColumn: range.endColumn },
    },
  });
  const sarifResult = (f: Finding) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId),
    level: LEVEL[f.severity],
    message: f.help ? { text: f.message, markdown: `${markdown(f.message)}\n\n${markdown(f.help)}` } : { text: f.message },
    locations: [location(f.file, f.range)],
    ...(f.related.length > 0 ? { relatedLocations: f.related.map((r, i) => ({ id: i + 1, ...location(r.file, r.range), message: { text: r.message } })) } : {}),
    // Survives line shifts, so code scanning keeps tracking the same alert when lines move.
    ...(f.fingerprint ? { partialFingerprints: { [FINGERPRINT]: f.fingerprint } } : {}),
    // Code scanning shows a suppressed result as dismissed, with its justification.
    ...(f.suppressions
      ? {
          suppressions: f.suppressions.map((s) => ({
            kind: s.kind,
            status: 'accepted',
            ...(s.justification ? { justification: s.justification } : {}),
            ...(s.file ? { location: s.range ? location(s.file, s.range) : { physicalLocation: { artifactLocation: artifact(s.file, result.cwd) } } } : {}),
            properties: { via: s.via },
          })),
        }
      : {}),
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'drainlint',
            version: ctx.version,
            informationUri: HOMEPAGE,
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              fullDescription: { text: r.description },
              ...(r.help ? { help: { text: r.help, markdown: `${r.help}\n\n[Rule documentation](${r.docsUrl})` } } : {}),
              helpUri: r.docsUrl,
              defaultConfiguration: { level: LEVEL[r.severity] },
            })),
          },
        },
        // The log's last array, filled by the caller.
        results: [] as unknown[],
      },
    ],
  };
  return { log, sarifResult };
}

function dedupe<T extends { id: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((r) => !seen.has(r.id) && seen.add(r.id));
}

/** Relative to the working directory under %SRCROOT%; a file outside it keeps an absolute file:// URI. */
function artifact(file: string, cwd: string) {
  if (path.isAbsolute(file)) {
    const rel = path.relative(cwd, file);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return { uri: pathToFileURL(file).href };
    return { uri: encodePath(rel.split(path.sep).join('/')), uriBaseId: BASE };
  }
  return { uri: encodePath(file), uriBaseId: BASE };
}

function encodePath(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}

/** Markdown-escapes text that came from manifests (so a value cannot inject links or markup). */
function markdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (ch) => `\\${ch}`);
}
