import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  HOMEPAGE
} from "./chunk-NRQHVOZI.js";
import {
  PART_SIZE,
  jsonWithItems,
  lazyMap
} from "./chunk-IHVTIVXH.js";

// src/report/sarif.ts
import path from "node:path";
import { pathToFileURL } from "node:url";
var LEVEL = { error: "error", warning: "warning", info: "note" };
var BASE = "%SRCROOT%";
var FINGERPRINT = "drainlintFingerprint/v1";
function sarif(result, ctx) {
  return [...sarifParts(result, ctx)].join("");
}
function sarifParts(result, ctx, size = PART_SIZE) {
  const { log, sarifResult } = sarifShape(result, ctx);
  return jsonWithItems(log, lazyMap(result.findings, sarifResult), size);
}
function sarifLog(result, ctx) {
  const { log, sarifResult } = sarifShape(result, ctx);
  return { ...log, runs: [{ ...log.runs[0], results: result.findings.map(sarifResult) }] };
}
function sarifShape(result, ctx) {
  const rules = dedupe(result.rules);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const location = (file, range) => ({
    physicalLocation: {
      artifactLocation: artifact(file, result.cwd),
      region: { startLine: range.line, startColumn: range.column, endLine: range.endLine, endColumn: range.endColumn }
    }
  });
  const sarifResult = (f) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId),
    level: LEVEL[f.severity],
    message: f.help ? { text: f.message, markdown: `${markdown(f.message)}

${markdown(f.help)}` } : { text: f.message },
    locations: [location(f.file, f.range)],
    ...f.related.length > 0 ? { relatedLocations: f.related.map((r, i) => ({ id: i + 1, ...location(r.file, r.range), message: { text: r.message } })) } : {},
    // Survives line shifts, so code scanning keeps tracking the same alert when lines move.
    ...f.fingerprint ? { partialFingerprints: { [FINGERPRINT]: f.fingerprint } } : {},
    // Code scanning shows a suppressed result as dismissed, with its justification.
    ...f.suppressions ? {
      suppressions: f.suppressions.map((s) => ({
        kind: s.kind,
        status: "accepted",
        ...s.justification ? { justification: s.justification } : {},
        ...s.file ? { location: s.range ? location(s.file, s.range) : { physicalLocation: { artifactLocation: artifact(s.file, result.cwd) } } } : {},
        properties: { via: s.via }
      }))
    } : {}
  });
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "drainlint",
            version: ctx.version,
            informationUri: HOMEPAGE,
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              fullDescription: { text: r.description },
              ...r.help ? { help: { text: r.help, markdown: `${r.help}

[Rule documentation](${r.docsUrl})` } } : {},
              helpUri: r.docsUrl,
              defaultConfiguration: { level: LEVEL[r.severity] }
            }))
          }
        },
        // The log's last array, filled by the caller.
        results: []
      }
    ]
  };
  return { log, sarifResult };
}
function dedupe(list) {
  const seen = /* @__PURE__ */ new Set();
  return list.filter((r) => !seen.has(r.id) && seen.add(r.id));
}
function artifact(file, cwd) {
  if (path.isAbsolute(file)) {
    const rel = path.relative(cwd, file);
    if (rel.startsWith("..") || path.isAbsolute(rel)) return { uri: pathToFileURL(file).href };
    return { uri: encodePath(rel.split(path.sep).join("/")), uriBaseId: BASE };
  }
  return { uri: encodePath(file), uriBaseId: BASE };
}
function encodePath(p) {
  return p.split("/").map(encodeURIComponent).join("/");
}
function markdown(text) {
  return text.replace(/[\\`*_[\]<>|]/g, (ch) => `\\${ch}`);
}

export {
  sarif,
  sarifParts,
  sarifLog
};
