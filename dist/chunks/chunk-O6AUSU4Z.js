import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  Chalk,
  wrap
} from "./chunk-6CYMUFBV.js";
import {
  lanesOf,
  proxyWords,
  tickStep,
  when
} from "./chunk-7HPARISJ.js";
import {
  safe
} from "./chunk-SQ35NPRJ.js";
import {
  counts
} from "./chunk-M3HJ4LOD.js";
import {
  formatSeconds,
  otherFindings
} from "./chunk-6W3GW4QD.js";

// src/report/explain-stylish.ts
var FILL = {
  running: "█",
  stopping: "▓",
  draining: "▒",
  maybe: "░",
  accepting: "─",
  closed: "×",
  inflight: "═",
  cut: "╳",
  lost: "!",
  "possible-loss": "?",
  unknown: "┄"
};
var LABEL_WIDTH = 13;
function explainStylish(result, ctx) {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const width = Math.max(60, ctx.width ?? 80);
  const workloads = result.workloads ?? [];
  const out = [];
  if (result.targets) {
    const v = (s) => `${s.value ?? "not given"}`;
    out.push(c.dim(`Target versions: Istio ${v(result.targets.istio)}, Kubernetes ${v(result.targets.kubernetes)}`), "");
  }
  for (const x of workloads) out.push(...workload(x, c, width), "");
  const others = otherFindings(result.findings, workloads);
  if (others.length > 0) out.push(c.bold("Findings about no single workload"), ...others.flatMap((f) => findingLines(f, c, width)), "");
  const n = counts(result.findings);
  const total = result.findings.length;
  const problems = total === 0 ? "no problems" : `${total} problem${total === 1 ? "" : "s"} (${n.errors} error${n.errors === 1 ? "" : "s"}, ${n.warnings} warning${n.warnings === 1 ? "" : "s"}, ${n.infos} info)`;
  out.push(`${workloads.length} workload${workloads.length === 1 ? "" : "s"} explained, ${problems}`);
  return `${out.join("\n")}
`;
}
function colourOf(c, style) {
  switch (style) {
    case "running":
    case "accepting":
    case "inflight":
      return c.green;
    case "stopping":
    case "draining":
      return c.yellow;
    case "maybe":
    case "unknown":
      return c.dim;
    case "closed":
    case "cut":
    case "lost":
      return c.red;
    case "possible-loss":
      return c.magenta;
  }
}
function workload(x, c, width) {
  const lines = [];
  lines.push(`${c.bold(safe(x.id))}  ${c.dim(`${safe(x.file)}:${x.line}`)}`);
  const injection = x.settings.find((s) => s.key === "injection");
  lines.push(...indent(wrap(`${proxyWords2(x)}; sidecar injection ${injection.value}: ${safe(injection.source)}.`, width - 2), 2));
  lines.push("", c.bold("Effective settings"));
  lines.push(...settingsTable(x.settings.filter((s) => s.key !== "injection"), c, width));
  lines.push("", c.bold(`Timeline${x.timeline.grace !== void 0 ? ` (t = 0: the pod is deleted; SIGKILL at ${formatSeconds(x.timeline.grace)})` : " (t = 0: the pod is deleted)"}`));
  lines.push(...chart(x, c, width), "");
  lines.push(...moments(x, c, width));
  if (x.timeline.losses.length > 0) {
    lines.push("", c.bold("Traffic lost"));
    for (const l of x.timeline.losses) {
      const span = `${formatSeconds(l.from)}–${formatSeconds(l.to)}`;
      lines.push(...hanging(`  ${span.padEnd(11)}`, `${l.label}${l.possible ? " (possible)" : ""}`, width, l.possible ? c.magenta : c.red));
    }
  }
  lines.push("", c.bold("Findings"));
  if (x.findings.length === 0) lines.push(`  ${c.green("none")}`);
  for (const f of x.findings) lines.push(...findingLines(f, c, width));
  return lines;
}
function findingLines(f, c, width) {
  const sev = { error: c.red("error"), warning: c.yellow("warning"), info: c.blue("info") };
  return [`  ${sev[f.severity]}${" ".repeat(8 - f.severity.length)} ${c.dim(f.ruleId)}  ${c.dim(`${safe(f.file)}:${f.line}:${f.column}`)}`, ...indent(wrap(safe(f.message), width - 11), 11)];
}
function proxyWords2(x) {
  const words = proxyWords(x);
  return `${words[0].toUpperCase()}${words.slice(1)}`;
}
function indent(lines, n) {
  return lines.map((l) => `${" ".repeat(n)}${l}`);
}
function hanging(head, text, width, paint = (s) => s) {
  const body = wrap(safe(text), Math.max(20, width - head.length));
  return body.map((l, i) => `${i === 0 ? head : " ".repeat(head.length)}${paint(l)}`);
}
function where(s) {
  return s.file !== void 0 ? `${s.source}, ${s.file}:${s.line}` : s.source;
}
function settingsTable(rows, c, width) {
  const out = [];
  const nameWidth = Math.max(...rows.map((r) => r.name === "EXIT_ON_ZERO_ACTIVE_CONNECTIONS" ? r.name.length : Math.min(r.name.length, 29)));
  const valueWidth = Math.min(16, Math.max(...rows.map((r) => valueWords(r).length)));
  for (const r of rows) {
    const head = `  ${r.symbol.padEnd(4)} ${r.name.padEnd(nameWidth)}  `;
    const value = valueWords(r);
    const painted = r.state === "unknown" ? c.yellow(value) : r.unused ? c.strikethrough(value) : r.state === "set" ? c.bold(value) : value;
    const pad = " ".repeat(Math.max(0, valueWidth - value.length));
    const source = safe(r.state === "unknown" && r.unknown ? `unknown: ${r.unknown}` : where(r));
    const lead = `${head}${value}${pad}  `;
    if (value.length <= valueWidth && lead.length + source.length <= width) out.push(`${head}${painted}${pad}  ${c.dim(source)}`);
    else {
      out.push(`${head}${painted}`);
      out.push(...sourceLines(r, width - 9).map((l) => `${" ".repeat(9)}${c.dim(l)}`));
    }
    const sub = " ".repeat(9);
    if (r.note && r.key !== "mode") out.push(...hanging(sub, r.note, width, c.dim));
    if (r.unused) out.push(...hanging(sub, `not used: ${r.unused}`, width, c.dim));
    for (const s of r.struck) out.push(...struck(s, sub, c, width));
  }
  return out;
}
function sourceLines(r, width) {
  if (r.state === "unknown" && r.unknown) return wrap(safe(`unknown: ${r.unknown}`), width);
  if (r.file === void 0) return wrap(safe(r.source), width);
  const lines = wrap(safe(`${r.source},`), width);
  const place = safe(`${r.file}:${r.line}`);
  const last = lines.length - 1;
  if (lines[last].length + 1 + place.length <= width) lines[last] = `${lines[last]} ${place}`;
  else lines.push(place);
  return lines;
}
function valueWords(r) {
  if (r.state === "unknown") return "unknown";
  if (r.state === "unset") return "—";
  return r.value ?? "";
}
function struck(s, lead, c, width) {
  const value = `${s.setting !== nameOfSetting(s) ? `${s.setting} ` : ""}${s.written}`;
  const text = `${value} (${where(s)}): ${s.why.startsWith(s.status) ? s.why : `${s.status}: ${s.why}`}`;
  const lines = hanging(`${lead}${c.dim("✗")} `, text, width, c.dim);
  return lines.map((l, i) => i === 0 ? l.replace(safe(value), c.strikethrough(safe(value))) : l);
}
function nameOfSetting(s) {
  return s.setting === "TERMINATION_DRAIN_DURATION_SECONDS" ? "" : s.setting;
}
function chart(x, c, width) {
  const t = x.timeline;
  const lanes = lanesOf(t);
  const cols = Math.max(20, width - LABEL_WIDTH - 4);
  const end = Math.max(1, t.end);
  const col = (s) => Math.round(Math.min(s, end) / end * (cols - 1));
  const lines = [];
  const step = tickStep(end, Math.max(2, Math.floor(cols / 10)));
  const labels = Array.from({ length: cols + 12 }, () => " ");
  const ruler = Array.from({ length: cols }, () => "─");
  for (let s = 0; s <= end + 1e-9; s += step) {
    const at = col(s);
    const text = formatSeconds(s);
    const startAt = Math.min(Math.max(0, at - Math.floor(text.length / 2)), cols - text.length);
    if (labels.slice(startAt, startAt + text.length + 1).some((ch) => ch !== " ")) continue;
    for (let i = 0; i < text.length; i++) labels[startAt + i] = text[i];
    ruler[at] = "┼";
  }
  ruler[0] = "├";
  ruler[cols - 1] = "┤";
  const kill = t.grace !== void 0 ? col(t.grace) : void 0;
  if (kill !== void 0) ruler[kill] = "╋";
  lines.push(`  ${" ".repeat(LABEL_WIDTH)}${labels.join("").trimEnd()}`);
  lines.push(`  ${" ".repeat(LABEL_WIDTH)}${c.dim(ruler.join(""))}`);
  for (const lane of lanes) lines.push(laneLine(lane, cols, col, kill, c));
  if (kill !== void 0) lines.push(`  ${"SIGKILL".padEnd(LABEL_WIDTH)}${" ".repeat(kill)}${c.red("▲")} ${formatSeconds(t.grace)}`);
  const used = new Set(lanes.flatMap((l) => l.segments.map((s) => s.style)));
  const legend = Object.keys(FILL).filter((s) => used.has(s)).map((s) => `${colourOf(c, s)(FILL[s])} ${legendWords(s)}`);
  lines.push(...hanging(`  ${" ".repeat(LABEL_WIDTH)}`, legend.join("  "), width).map((l) => c.dim(l)));
  return lines;
}
function legendWords(s) {
  const words = {
    running: "running",
    stopping: "stopping",
    draining: "draining",
    maybe: "may still run",
    accepting: "accepting",
    closed: "closed",
    inflight: "in flight",
    cut: "cut by SIGKILL",
    lost: "traffic lost",
    "possible-loss": "may be lost",
    unknown: "unknown"
  };
  return words[s];
}
function laneLine(lane, cols, col, kill, c) {
  const cells = Array.from({ length: cols }, () => ({ ch: " " }));
  if (kill !== void 0) cells[kill] = { ch: "┊" };
  for (const seg of lane.segments) {
    const from = col(seg.from);
    const to = Math.max(from + 1, col(seg.to));
    for (let i = from; i < Math.min(to, cols); i++) cells[i] = { ch: FILL[seg.style], style: seg.style };
  }
  for (const m of lane.marks) {
    const at = Math.min(col(m.at), cols - 1);
    if (cells[at].ch === " " || cells[at].ch === "┊") cells[at] = { ch: "│" };
  }
  let line = "";
  for (const cell of cells) line += cell.style ? colourOf(c, cell.style)(cell.ch) : cell.ch === "┊" ? c.red(cell.ch) : cell.ch;
  return `  ${lane.name.padEnd(LABEL_WIDTH)}${line.trimEnd()}`;
}
function moments(x, c, width) {
  const lines = [];
  const events = x.timeline.events;
  const from = events.map((e) => {
    const seen = /* @__PURE__ */ new Set();
    return e.inputs.filter((i) => !(i.level === "default" && i.name.endsWith("preStop"))).map((i) => `${i.name} ${i.value} (${where(i)})`).filter((w) => !seen.has(w) && seen.add(w)).join("; ");
  });
  events.forEach((e, k) => {
    const at = e.at === void 0 ? "unknown" : `${when(e)}${e.cutByKill ? " ✂" : ""}`;
    const head = `  ${at.padEnd(11)}`;
    const what = e.at === void 0 && e.unknown ? `${e.label}: unknown, ${e.unknown}` : e.cutByKill && e.kind !== "sigkill" ? `${e.label}: cut by SIGKILL` : e.label;
    lines.push(...hanging(head, what, width, e.kind === "sigkill" ? c.red : (s) => s));
    const next = events[k + 1];
    const sharedWithNext = next !== void 0 && next.at === e.at && from[k + 1] === from[k];
    if (from[k] && !sharedWithNext) lines.push(...hanging(" ".repeat(head.length + 2), `from ${from[k]}`, width, c.dim));
  });
  return lines;
}

export {
  explainStylish
};
