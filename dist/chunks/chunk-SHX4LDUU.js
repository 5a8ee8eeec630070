import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  lanesOf,
  tickStep
} from "./chunk-OMPD2TSW.js";
import {
  safe
} from "./chunk-SQ35NPRJ.js";
import {
  counts
} from "./chunk-XL7THH7C.js";
import {
  relativeTo
} from "./chunk-D7RI2WA6.js";
import {
  formatSeconds
} from "./chunk-FL4EIQBE.js";

// src/report/mermaid.ts
var TAGS = {
  draining: "active",
  stopping: "active",
  maybe: "done",
  closed: "crit",
  cut: "crit",
  lost: "crit",
  "possible-loss": "crit",
  unknown: "done"
};
function text(s) {
  return s.replace(/[\r\n\t]+/g, " ").replace(/[:;#`<>{}]/g, " ").replace(/ {2,}/g, " ").trim();
}
var ms = (seconds) => String(Math.round(seconds * 1e3));
function gantt(x) {
  const t = x.timeline;
  const lines = ["gantt", `    title ${text(`${x.id}, pod deleted at 0s${t.grace !== void 0 ? `, SIGKILL at ${formatSeconds(t.grace)}` : ""}`)}`, "    dateFormat x", "    axisFormat %ss", `    tickInterval ${tickStep(Math.max(1, t.end), 8)}second`, "    todayMarker off"];
  let n = 0;
  const id = () => `t${++n}`;
  for (const lane of lanesOf(t)) {
    lines.push(`    section ${text(lane.name)}`);
    for (const seg of lane.segments) {
      if (seg.to <= seg.from) continue;
      const tag = TAGS[seg.style];
      lines.push(`    ${text(seg.label)} :${tag ? `${tag}, ` : ""}${id()}, ${ms(seg.from)}, ${ms(seg.to)}`);
    }
    for (const m of lane.marks) lines.push(`    ${text(m.label)} :milestone, ${id()}, ${ms(m.at)}, ${ms(m.at)}`);
  }
  if (t.grace !== void 0) {
    lines.push("    section SIGKILL", `    SIGKILL ${formatSeconds(t.grace)} :milestone, ${id()}, ${ms(t.grace)}, ${ms(t.grace)}`);
  }
  return `${lines.join("\n")}
`;
}

// src/report/markdown.ts
var ICON = { error: "🔴", warning: "🟡", info: "🔵" };
function markdown(result, ctx) {
  const r = ctx.workspace ? relativeTo(result, ctx.workspace) : result;
  const n = counts(r.findings);
  const files = `${r.files.length} file${r.files.length === 1 ? "" : "s"} checked`;
  const lines = ["## drainlint", ""];
  if (r.findings.length === 0) {
    lines.push(`✅ No problems (${files}).`, "");
  } else {
    const total = r.findings.length;
    lines.push(`**${total} problem${total === 1 ? "" : "s"}** (${plural(n.errors, "error")}, ${plural(n.warnings, "warning")}, ${n.infos} info) in ${files}.`, "");
    for (const [file, findings] of byFile(r.findings)) {
      lines.push(`### ${cell(file)}`, "", "| Line | Severity | Rule | Message |", "| ---: | --- | --- | --- |");
      for (const f of findings) lines.push(`| ${position(f, ctx.blobUrl)} | ${ICON[f.severity]} ${f.severity} | [\`${f.ruleId}\`](${f.docsUrl}) | ${cell(f.message)} |`);
      lines.push("");
    }
  }
  const timelines = (r.workloads ?? []).filter((x) => x.findings.length > 0);
  if (timelines.length > 0) {
    lines.push("### Timelines", "", "What happens when the pod is deleted, for each workload with findings (`drainlint explain` tells why).", "");
    for (const x of timelines) lines.push(...timelineSection(x, "####"));
  }
  lines.push(`<sub>drainlint ${cell(ctx.version)}</sub>`, "");
  return lines.join("\n");
}
function timelineSection(x, heading) {
  const lines = [`${heading} ${cell(x.id)}`, "", `${cell(proxyWords(x))} · ${cell(`${x.file}:${x.line}`)}`, "", "```mermaid", gantt(x).trimEnd(), "```", ""];
  for (const l of x.timeline.losses) lines.push(`- ⚠️ ${formatSeconds(l.from)}–${formatSeconds(l.to)}: ${cell(l.label)}${l.possible ? " (possible)" : ""}`);
  if (x.timeline.losses.length > 0) lines.push("");
  const ids = [...new Set(x.findings.map((f) => f.ruleId))];
  if (ids.length > 0) lines.push(`Findings: ${ids.map((id) => `[\`${id}\`](${x.findings.find((f) => f.ruleId === id).docsUrl})`).join(", ")}`, "");
  return lines;
}
function proxyWords(x) {
  const mode = x.settings.find((s) => s.key === "mode");
  const what = x.proxy === "none" ? "no proxy" : x.proxy === "classic" || x.proxy === "native" ? `${mode?.value ?? x.proxy} sidecar` : x.proxy;
  return mode?.note ? `${what}: ${mode.note}` : what;
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
function cell(text2) {
  return safe(text2).replace(/[\r\n\t]+/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~#!]/g, "\\$&");
}

export {
  ICON,
  markdown,
  timelineSection,
  proxyWords,
  byFile,
  position,
  plural,
  cell
};
