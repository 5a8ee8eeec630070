import type { Finding, LintResult, Range, Suppression } from '../types.js';
import type { FormatContext } from './format.js';
import { jsonWithItems, lazyMap, PART_SIZE } from './parts.js';

/** Version of the JSON shape (schema/result.schema.json); bumped on any incompatible change. */
export const JSON_FORMAT_VERSION = 1;

/** Findings by severity: suppressed findings count toward none (they are counted apart, as `suppressed`). */
export function counts(findings: Finding[]) {
  const shown = findings.filter((f) => !f.suppressions);
  return {
    errors: shown.filter((f) => f.severity === 'error').length,
    warnings: shown.filter((f) => f.severity === 'warning').length,
    infos: shown.filter((f) => f.severity === 'info').length,
  };
}

/** How many findings are suppressed. */
export function suppressedCount(findings: Finding[]): number {
  return findings.filter((f) => f.suppressions).length;
}

const suppression = (s: Suppression) => ({
  kind: s.kind,
  via: s.via,
  ...(s.justification ? { justification: s.justification } : {}),
  ...(s.file ? { file: s.file } : {}),
  ...(s.range ? flat(s.range) : {}),
});

const flat = (r: Range) => ({ line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn });

/** The JSON document of a result set, as `json` writes it. */
export function jsonDocument(result: LintResult, ctx: FormatContext) {
  return { ...documentHead(result, ctx), findings: result.findings.map(jsonFinding) };
}

/** What the document holds before its findings. */
function documentHead(result: LintResult, ctx: FormatContext) {
  const suppressed = suppressedCount(result.findings);
  return {
    version: JSON_FORMAT_VERSION,
    tool: { name: 'drainlint', version: ctx.version },
    summary: { files: result.files.length, skipped: result.skipped.length, ...counts(result.findings), ...(suppressed > 0 ? { suppressed } : {}), ...(result.targetVersions ? { targetVersions: result.targetVersions } : {}) },
  };
}

function jsonFinding(f: Finding) {
  return {
    ruleId: f.ruleId,
    messageId: f.messageId,
    severity: f.severity,
    message: f.message,
    help: f.help,
    file: f.file,
    ...flat(f.range),
    ...(f.resource ? { resource: f.resource } : {}),
    related: f.related.map((r) => ({ file: r.file, ...flat(r.range), message: r.message })),
    docsUrl: f.docsUrl,
    ...(f.fingerprint ? { fingerprint: f.fingerprint } : {}),
    ...(f.suppressions ? { suppressions: f.suppressions.map(suppression) } : {}),
    ...(f.fix ? { fixable: true, fixType: f.fix.type } : {}),
  };
}

export function json(result: LintResult, ctx: FormatContext): string {
  return [...jsonParts(result, ctx)].join('');
}

/** The text of `json` in parts of some `size` characters (src/report/parts.ts). */
export function jsonParts(result: LintResult, ctx: FormatContext, size = PART_SIZE): Generator<string> {
  // `findings` is the document's last key.
  return jsonWithItems({ ...documentHead(result, ctx), findings: [] }, lazyMap(result.findings, jsonFinding), size);
}
