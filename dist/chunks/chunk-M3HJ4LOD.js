import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  PART_SIZE,
  jsonWithItems,
  lazyMap
} from "./chunk-IHVTIVXH.js";

// src/report/json.ts
var JSON_FORMAT_VERSION = 1;
function counts(findings) {
  const shown = findings.filter((f) => !f.suppressions);
  return {
    errors: shown.filter((f) => f.severity === "error").length,
    warnings: shown.filter((f) => f.severity === "warning").length,
    infos: shown.filter((f) => f.severity === "info").length
  };
}
function suppressedCount(findings) {
  return findings.filter((f) => f.suppressions).length;
}
var suppression = (s) => ({
  kind: s.kind,
  via: s.via,
  ...s.justification ? { justification: s.justification } : {},
  ...s.file ? { file: s.file } : {},
  ...s.range ? flat(s.range) : {}
});
var flat = (r) => ({ line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn });
function jsonDocument(result, ctx) {
  return { ...documentHead(result, ctx), findings: result.findings.map(jsonFinding) };
}
function documentHead(result, ctx) {
  const suppressed = suppressedCount(result.findings);
  return {
    version: JSON_FORMAT_VERSION,
    tool: { name: "drainlint", version: ctx.version },
    summary: { files: result.files.length, skipped: result.skipped.length, ...counts(result.findings), ...suppressed > 0 ? { suppressed } : {}, ...result.targetVersions ? { targetVersions: result.targetVersions } : {} }
  };
}
function jsonFinding(f) {
  return {
    ruleId: f.ruleId,
    messageId: f.messageId,
    severity: f.severity,
    message: f.message,
    help: f.help,
    file: f.file,
    ...flat(f.range),
    ...f.resource ? { resource: f.resource } : {},
    related: f.related.map((r) => ({ file: r.file, ...flat(r.range), message: r.message })),
    docsUrl: f.docsUrl,
    ...f.fingerprint ? { fingerprint: f.fingerprint } : {},
    ...f.suppressions ? { suppressions: f.suppressions.map(suppression) } : {},
    ...f.fix ? { fixable: true, fixType: f.fix.type } : {}
  };
}
function json(result, ctx) {
  return [...jsonParts(result, ctx)].join("");
}
function jsonParts(result, ctx, size = PART_SIZE) {
  return jsonWithItems({ ...documentHead(result, ctx), findings: [] }, lazyMap(result.findings, jsonFinding), size);
}

export {
  JSON_FORMAT_VERSION,
  counts,
  suppressedCount,
  jsonDocument,
  json,
  jsonParts
};
