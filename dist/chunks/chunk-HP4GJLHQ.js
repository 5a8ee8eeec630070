import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  ICON,
  cell,
  plural,
  position,
  timelineSection,
  when
} from "./chunk-7HPARISJ.js";
import {
  counts
} from "./chunk-M3HJ4LOD.js";
import {
  relativeTo
} from "./chunk-PI3B2TVI.js";
import {
  otherFindings
} from "./chunk-6W3GW4QD.js";

// src/report/explain-markdown.ts
function explainMarkdown(result, ctx) {
  const r = ctx.workspace ? relativeTo(result, ctx.workspace) : result;
  const workloads = r.workloads ?? [];
  const n = counts(r.findings);
  const lines = ["## drainlint explain", ""];
  const versions = r.targets ? `Target versions: Istio ${cell(r.targets.istio.value ?? "not given")}, Kubernetes ${cell(r.targets.kubernetes.value ?? "not given")}. ` : "";
  lines.push(`${versions}**${plural(workloads.length, "workload")}**, ${plural(r.findings.length, "problem")} (${plural(n.errors, "error")}, ${plural(n.warnings, "warning")}, ${n.infos} info).`, "");
  for (const x of workloads) lines.push(...workload(x, ctx));
  const others = otherFindings(r.findings, workloads);
  if (others.length > 0) {
    lines.push("### Findings about no single workload", "", ...findingsTable(others, ctx), "");
  }
  lines.push(`<sub>drainlint ${cell(ctx.version)}</sub>`, "");
  return lines.join("\n");
}
function where(s) {
  return cell(s.file !== void 0 ? `${s.source}, ${s.file}:${s.line}` : s.source);
}
function workload(x, ctx) {
  const [heading, , about, , ...chart] = timelineSection(x, "###");
  const injection = x.settings.find((s) => s.key === "injection");
  const lines = [heading, "", `${about} · sidecar injection ${cell(injection.value ?? "")}: ${cell(injection.source)}`, ""];
  lines.push("| | Setting | Value | Source |", "| --- | --- | --- | --- |");
  for (const s of x.settings.filter((s2) => s2.key !== "injection")) lines.push(...settingRows(s));
  lines.push("");
  for (const l of chart.filter((l2) => !l2.startsWith("Findings: "))) if (l !== "" || lines[lines.length - 1] !== "") lines.push(l);
  lines.push("| t | What happens | From |", "| ---: | --- | --- |");
  for (const e of x.timeline.events) {
    const at = e.at === void 0 ? "unknown" : `${when(e)}${e.cutByKill ? " ✂" : ""}`;
    const what = e.at === void 0 && e.unknown ? `${e.label}: unknown, ${e.unknown}` : e.cutByKill && e.kind !== "sigkill" ? `${e.label}: cut by SIGKILL` : e.label;
    const from = e.inputs.filter((i) => !(i.level === "default" && i.name.endsWith("preStop"))).map((i) => `${cell(i.name)} ${cell(i.value)} (${where(i)})`);
    lines.push(`| ${cell(at)} | ${cell(what)} | ${[...new Set(from)].join("; ")} |`);
  }
  lines.push("");
  if (x.findings.length > 0) {
    lines.push(...findingsTable(x.findings, ctx));
  } else {
    lines.push("✅ No findings.");
  }
  lines.push("");
  return lines;
}
function findingsTable(findings, ctx) {
  const lines = ["| Where | Severity | Rule | Message |", "| --- | --- | --- | --- |"];
  for (const f of findings) lines.push(`| ${cell(f.file)}:${position({ file: f.file, range: { line: f.line, endLine: f.line, column: f.column } }, ctx.blobUrl)} | ${ICON[f.severity]} ${f.severity} | [\`${f.ruleId}\`](${f.docsUrl}) | ${cell(f.message)} |`);
  return lines;
}
function settingRows(s) {
  const value = s.state === "unknown" ? "unknown" : s.state === "unset" ? "—" : cell(s.value ?? "");
  const shown = s.unused ? `~~${value}~~` : s.state === "set" ? `**${value}**` : value;
  const notes = [s.state === "unknown" && s.unknown ? `unknown: ${cell(s.unknown)}` : where(s)];
  if (s.note && s.key !== "mode") notes.push(cell(s.note));
  if (s.unused) notes.push(`not used: ${cell(s.unused)}`);
  const rows = [`| ${cell(s.symbol)} | ${cell(s.name)} | ${shown} | ${notes.join(" — ")} |`];
  for (const v of s.struck) rows.push(`| | ↳ ${v.status}${v.setting !== s.name ? ` (${cell(v.setting)})` : ""} | ~~${cell(v.written)}~~ | ${where(v)} — ${cell(v.why)} |`);
  return rows;
}

export {
  explainMarkdown
};
