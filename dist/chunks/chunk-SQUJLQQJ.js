import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  safe
} from "./chunk-SQ35NPRJ.js";
import {
  counts
} from "./chunk-RVJP5FRR.js";
import {
  relativeTo
} from "./chunk-ABLHVQQV.js";

// src/report/markdown.ts
var ICON = { error: "🔴", warning: "🟡", info: "🔵" };
function markdown(result, ctx) {
  const r = ctx.workspace ? relativeTo(result, ctx.workspace) : result;
  const n = counts(r.findings);
  const shown = r.findings.filter((f) => !f.suppressions);
  const hidden = r.findings.length - shown.length;
  const suppressed = hidden > 0 ? ` ${plural(hidden, "finding")} suppressed.` : "";
  const files = `${r.files.length} file${r.files.length === 1 ? "" : "s"} checked`;
  const lines = ["## drainlint", ""];
  if (shown.length === 0) {
    lines.push(`✅ No problems (${files}).${suppressed}`, "");
  } else {
    const total = shown.length;
    lines.push(`**${total} problem${total === 1 ? "" : "s"}** (${plural(n.errors, "error")}, ${plural(n.warnings, "warning")}, ${n.infos} info) in ${files}.${suppressed}`, "");
    for (const [file, findings] of byFile(shown)) {
      lines.push(`### ${cell(file)}`, "", "| Line | Severity | Rule | Message |", "| ---: | --- | --- | --- |");
      for (const f of findings) lines.push(`| ${position(f, ctx.blobUrl)} | ${ICON[f.severity]} ${f.severity} | [\`${f.ruleId}\`](${f.docsUrl}) | ${cell(f.message)} |`);
      lines.push("");
    }
  }
  lines.push(`<sub>drainlint ${cell(ctx.version)}</sub>`, "");
  return lines.join("\n");
}
function byFile(findings) {
  const out = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const list = out.get(f.file);
    if (list) list.push(f);
    else out.set(f.file, [f]);
  }
  return out;
}
function position(f, blobUrl) {
  const at = `${f.range.line}:${f.range.column}`;
  if (!blobUrl || f.file.startsWith("/")) return at;
  const lines = f.range.endLine > f.range.line ? `L${f.range.line}-L${f.range.endLine}` : `L${f.range.line}`;
  return `[${at}](${blobUrl.replace(/\/$/, "")}/${f.file.split("/").map(encodeURIComponent).join("/")}#${lines})`;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function cell(text) {
  return safe(text).replace(/[\r\n\t]+/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~#!]/g, "\\$&");
}

export {
  markdown
};
