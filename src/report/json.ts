import type { Finding, LintResult, Range } from '../types.js';
import type { FormatContext } from './format.js';

/** Version of the JSON shape (schema/result.schema.json); bumped on any incompatible change. */
export const JSON_FORMAT_VERSION = 1;

export function counts(findings: Finding[]) {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
  };
}

const flat = (r: Range) => ({ line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn });

export function json(result: LintResult, ctx: FormatContext): string {
  const doc = {
    version: JSON_FORMAT_VERSION,
    tool: { name: 'drainlint', version: ctx.version },
    summary: { files: result.files.length, skipped: result.skipped.length, ...counts(result.findings), ...(result.targetVersions ? { targetVersions: result.targetVersions } : {}) },
    findings: result.findings.map((f) => ({
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
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
