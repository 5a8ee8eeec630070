import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  safe
} from "./chunk-SQ35NPRJ.js";
import {
  counts
} from "./chunk-M3HJ4LOD.js";
import {
  relativeTo
} from "./chunk-PI3B2TVI.js";
import {
  formatSeconds
} from "./chunk-6W3GW4QD.js";

// src/report/timeline-lanes.ts
var STYLE_WORDS = {
  running: "running",
  stopping: "stopping after SIGTERM",
  draining: "draining",
  maybe: "may still run (until no connection is active)",
  accepting: "accepting connections",
  closed: "not accepting",
  inflight: "in flight",
  cut: "cut by SIGKILL",
  lost: "traffic lost",
  "possible-loss": "traffic may be lost",
  unknown: "unknown"
};
var event = (t, kind) => t.events.find((e) => e.kind === kind);
function when(e) {
  if (e.at === void 0) return "?";
  const at = `${e.atLeast ? "≥" : ""}${formatSeconds(e.at)}`;
  return e.latest !== void 0 ? `${at}–${formatSeconds(e.latest)}` : at;
}
function lanesOf(t) {
  const lanes = [];
  const g = t.grace;
  const unknownTo = g ?? t.end;
  const sigtermApp = event(t, "app-sigterm");
  const appExit = event(t, "app-exit");
  if (appExit) {
    const lane = { name: "app", segments: [], marks: [] };
    if (appExit.at === void 0 || sigtermApp?.at === void 0) {
      lane.segments.push({ from: 0, to: unknownTo, style: "unknown", label: `when the app stops is unknown${appExit.unknown ? `: ${appExit.unknown}` : ""}` });
    } else {
      const term = sigtermApp.at;
      if (term > 0) lane.segments.push({ from: 0, to: term, style: "running", label: "running its preStop" });
      if (appExit.at > term) lane.segments.push({ from: term, to: appExit.at, style: "stopping", label: "stopping after SIGTERM" });
      lane.marks.push({ at: term, label: `SIGTERM ${when(sigtermApp)}` });
      lane.marks.push({ at: appExit.at, label: `exits ${when(appExit)}` });
    }
    lanes.push(lane);
  }
  const start = event(t, "drain-start");
  const exit = event(t, "proxy-exit");
  if (start && exit) {
    const lane = { name: t.gateway ? "gateway" : "proxy", segments: [], marks: [] };
    if (start.at === void 0 || exit.at === void 0) {
      lane.segments.push({ from: 0, to: unknownTo, style: "unknown", label: `when the proxy drains is unknown${start.unknown ?? exit.unknown ? `: ${start.unknown ?? exit.unknown}` : ""}` });
    } else {
      if (start.at > 0) lane.segments.push({ from: 0, to: start.at, style: "running", label: "serving" });
      if (exit.at > start.at) lane.segments.push({ from: start.at, to: exit.at, style: "draining", label: "draining" });
      if (exit.latest !== void 0 && exit.latest > exit.at) lane.segments.push({ from: exit.at, to: exit.latest, style: "maybe", label: STYLE_WORDS.maybe });
      lane.marks.push({ at: start.at, label: `drains ${when(start)}` });
      lane.marks.push({ at: exit.at, label: `exits ${when(exit)}` });
    }
    lanes.push(lane);
  }
  const close = event(t, "listeners-close");
  if (close?.at !== void 0 && exit?.at !== void 0) {
    const until = exit.latest ?? exit.at;
    lanes.push({
      name: "listeners",
      segments: [
        { from: 0, to: close.at, style: "accepting", label: STYLE_WORDS.accepting },
        { from: close.at, to: until, style: "closed", label: "closed: new connections refused" }
      ],
      marks: [{ at: close.at, label: `stop accepting ${when(close)}` }]
    });
  }
  const conns = event(t, "connections-end");
  if (conns?.at !== void 0) {
    const lane = { name: "connections", segments: [], marks: [] };
    if (conns.at > 0) lane.segments.push({ from: 0, to: conns.at, style: "inflight", label: STYLE_WORDS.inflight });
    const cut = t.losses.find((l) => l.kind === "connections-cut-at-kill");
    if (cut) lane.segments.push({ from: cut.from, to: cut.to, style: "cut", label: `cut by SIGKILL (would end at ${formatSeconds(cut.to)})` });
    else lane.marks.push({ at: conns.at, label: `end ${when(conns)}` });
    lanes.push(lane);
  }
  if (t.losses.length > 0) {
    lanes.push({ name: "traffic lost", segments: t.losses.map((l) => ({ from: l.from, to: l.to, style: l.possible ? "possible-loss" : "lost", label: l.label })), marks: [] });
  }
  return lanes;
}
function tickStep(end, slots) {
  const steps = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600];
  return steps.find((s) => end / s <= slots) ?? Math.ceil(end / slots);
}

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
  const what = x.proxy === "none" ? "no proxy" : x.proxy === "classic" ? "classic sidecar" : x.proxy === "native" ? x.timeline.path === "native" ? "native sidecar" : "native sidecar without its /drain preStop" : x.proxy;
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
  STYLE_WORDS,
  when,
  lanesOf,
  tickStep,
  ICON,
  markdown,
  timelineSection,
  proxyWords,
  byFile,
  position,
  plural,
  cell
};
