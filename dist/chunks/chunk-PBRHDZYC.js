import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  STYLE_WORDS,
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
  relativeTo
} from "./chunk-PI3B2TVI.js";
import {
  formatSeconds
} from "./chunk-6W3GW4QD.js";

// src/report/html.ts
function h(text) {
  return safe(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
function href(url) {
  return /^https?:\/\//.test(url) ? h(url) : void 0;
}
var CSS = `
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #ffffff; --panel: #f6f8fa;
  --error: #cf222e; --warning: #9a6700; --info: #0969da; --ok: #1a7f37;
  --running: #2da44e; --stopping: #bf8700; --draining: #d4a72c; --maybe: #eac54f; --accepting: #57ab5a;
  --closed: #cf222e; --inflight: #54aeff; --cut: #cf222e; --lost: #cf222e; --possible: #bf3989; --unknown: #8c959f; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: var(--fg); background: var(--bg); }
header, main, footer { max-width: 1100px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 20px; border-bottom: 1px solid var(--line); padding-bottom: 6px; margin-top: 32px; }
h3 { font-size: 16px; margin: 24px 0 4px; }
h4 { font-size: 14px; margin: 12px 0 4px; }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
.muted { color: var(--muted); }
.counts { display: flex; flex-wrap: wrap; gap: 12px; list-style: none; padding: 0; margin: 12px 0; }
.counts li { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 110px; }
.counts b { display: block; font-size: 22px; }
.counts .error b { color: var(--error); } .counts .warning b { color: var(--warning); } .counts .info b { color: var(--info); }
.sev { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px; font-weight: 600; color: #fff; }
.sev.error { background: var(--error); } .sev.warning { background: var(--warning); } .sev.info { background: var(--info); }
ul.findings { list-style: none; padding: 0; margin: 0; }
ul.findings li { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; margin: 6px 0; }
ul.findings .help { color: var(--muted); margin: 4px 0 0; }
.workload { border: 1px solid var(--line); border-radius: 8px; padding: 4px 16px 16px; margin: 16px 0; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); padding: 4px 8px; }
th { background: var(--panel); font-weight: 600; }
td.sym { font-weight: 600; white-space: nowrap; }
td.value { white-space: nowrap; }
.set { font-weight: 600; }
del { color: var(--muted); }
.why { color: var(--muted); font-size: 12px; }
.unknown { color: var(--warning); }
figure { margin: 12px 0; }
svg.timeline { width: 100%; height: auto; background: var(--bg); }
svg .axis line { stroke: var(--line); } svg .axis text, svg .lane-label { fill: var(--muted); font-size: 11px; font-family: inherit; }
svg .loss { fill: var(--lost); fill-opacity: 0.12; } svg .loss.possible { fill: var(--possible); fill-opacity: 0.10; }
svg .kill { stroke: var(--error); stroke-width: 2; stroke-dasharray: 4 3; } svg .kill-label { fill: var(--error); font-size: 11px; font-weight: 600; }
svg .mark { stroke: var(--fg); stroke-width: 1.5; }
svg .seg-running { fill: var(--running); } svg .seg-stopping { fill: var(--stopping); } svg .seg-draining { fill: var(--draining); }
svg .seg-maybe { fill: var(--maybe); fill-opacity: 0.55; } svg .seg-accepting { fill: var(--accepting); fill-opacity: 0.6; }
svg .seg-closed { fill: var(--closed); fill-opacity: 0.75; } svg .seg-inflight { fill: var(--inflight); } svg .seg-cut { fill: var(--cut); }
svg .seg-lost { fill: var(--lost); } svg .seg-possible-loss { fill: var(--possible); } svg .seg-unknown { fill: var(--unknown); fill-opacity: 0.5; }
.legend { display: flex; flex-wrap: wrap; gap: 12px; font-size: 12px; color: var(--muted); margin: 4px 0 0; padding: 0; list-style: none; }
.legend i { display: inline-block; width: 12px; height: 12px; border-radius: 2px; vertical-align: -2px; margin-right: 4px; }
.legend .running { background: var(--running); } .legend .stopping { background: var(--stopping); } .legend .draining { background: var(--draining); }
.legend .maybe { background: var(--maybe); } .legend .accepting { background: var(--accepting); } .legend .closed { background: var(--closed); }
.legend .inflight { background: var(--inflight); } .legend .cut { background: var(--cut); } .legend .lost { background: var(--lost); }
.legend .possible-loss { background: var(--possible); } .legend .unknown { background: var(--unknown); }
ul.losses { padding-left: 20px; color: var(--error); }
footer { color: var(--muted); font-size: 12px; padding: 24px; }
`;
function html(result, ctx) {
  const r = ctx.workspace ? relativeTo(result, ctx.workspace) : result;
  const workloads = r.workloads ?? [];
  const n = counts(r.findings);
  const shown = r.findings.filter((f) => !f.suppressions);
  const suppressed = r.findings.length - shown.length;
  const ids = new Map(workloads.map((x, i) => [x, `w${i + 1}`]));
  const out = [];
  out.push(
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    // Nothing but this page's own styles may load: no script, no request.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>drainlint report</title>",
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    "<header>",
    "<h1>drainlint</h1>",
    `<p class="muted">What happens to each workload when its pod is deleted, and what to fix.${r.targets ? ` Target versions: Istio ${h(r.targets.istio.value ?? "not given")}, Kubernetes ${h(r.targets.kubernetes.value ?? "not given")}.` : ""}</p>`,
    '<ul class="counts">',
    `<li class="error"><b>${n.errors}</b>${n.errors === 1 ? "error" : "errors"}</li>`,
    `<li class="warning"><b>${n.warnings}</b>${n.warnings === 1 ? "warning" : "warnings"}</li>`,
    `<li class="info"><b>${n.infos}</b>info</li>`,
    ...suppressed > 0 ? [`<li><b>${suppressed}</b>suppressed</li>`] : [],
    ...r.workloads ? [`<li><b>${workloads.length}</b>${workloads.length === 1 ? "workload" : "workloads"}</li>`] : [],
    `<li><b>${r.files.length}</b>${r.files.length === 1 ? "file" : "files"} checked</li>`,
    "</ul>",
    "</header>",
    "<main>"
  );
  out.push(...findingsSection(shown, workloads, ids));
  if (workloads.length > 0) {
    out.push('<section id="workloads">', "<h2>Workloads</h2>");
    for (const x of workloads) out.push(...workloadArticle(x, ids.get(x)));
    out.push("</section>");
  }
  out.push("</main>", `<footer>drainlint ${h(ctx.version)}</footer>`, "</body>", "</html>", "");
  return out.join("\n");
}
function findingsSection(findings, workloads, ids) {
  const out = ['<section id="findings">', "<h2>Findings</h2>"];
  if (findings.length === 0) out.push('<p class="muted">✅ No problems.</p>');
  const owner = /* @__PURE__ */ new Map();
  for (const x of workloads) for (const f of x.findings) if (!owner.has(key(f.file, f.line, f.column, f.ruleId, f.message))) owner.set(key(f.file, f.line, f.column, f.ruleId, f.message), x);
  const files = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const x = owner.get(key(f.file, f.range.line, f.range.column, f.ruleId, f.message));
    const group = x ? x.id : f.resource ? `${f.resource.kind} ${f.resource.namespace ? `${f.resource.namespace}/` : ""}${f.resource.name ?? ""}` : "";
    const byGroup = files.get(f.file) ?? /* @__PURE__ */ new Map();
    byGroup.set(group, [...byGroup.get(group) ?? [], f]);
    files.set(f.file, byGroup);
  }
  for (const [file, groups] of files) {
    out.push(`<h3 class="mono">${h(file)}</h3>`);
    for (const [group, list] of groups) {
      const x = workloads.find((w) => w.id === group && list.some((f) => w.findings.some((g) => g.file === f.file && g.line === f.range.line && g.ruleId === f.ruleId)));
      if (group) out.push(`<h4>${x ? `<a href="#${ids.get(x)}">${h(group)}</a>` : h(group)}</h4>`);
      out.push('<ul class="findings">');
      for (const f of list) out.push(findingItem(f.severity, f.ruleId, f.docsUrl, f.message, f.help, `${f.file}:${f.range.line}:${f.range.column}`));
      out.push("</ul>");
    }
  }
  out.push("</section>");
  return out;
}
function key(file, line, column, ruleId, message) {
  return `${file}\0${line}\0${column}\0${ruleId}\0${message}`;
}
function findingItem(severity, ruleId, docsUrl, message, help, at) {
  const link = href(docsUrl);
  const rule = link ? `<a href="${link}"><code>${h(ruleId)}</code></a>` : `<code>${h(ruleId)}</code>`;
  return `<li><span class="sev ${severity}">${severity}</span> ${rule} <span class="mono muted">${h(at)}</span><div>${h(message)}</div>${help ? `<p class="help">${h(help)}</p>` : ""}</li>`;
}
function where(s) {
  return s.file !== void 0 ? `${h(s.source)}, <span class="mono">${h(`${s.file}:${s.line}`)}</span>` : h(s.source);
}
function workloadArticle(x, id) {
  const injection = x.settings.find((s) => s.key === "injection");
  const out = [
    `<article class="workload" id="${id}" data-workload="${h(x.id)}">`,
    `<h3>${h(x.id)}</h3>`,
    `<p class="muted">${h(proxyWords(x))} · <span class="mono">${h(`${x.file}:${x.line}`)}</span> · sidecar injection ${h(injection.value ?? "")}: ${h(injection.source)}</p>`,
    "<h4>Timeline</h4>",
    ...timelineFigure(x),
    "<h4>Effective settings</h4>",
    '<table class="settings"><thead><tr><th></th><th>Setting</th><th>Value</th><th>Source</th></tr></thead><tbody>'
  ];
  for (const s of x.settings.filter((s2) => s2.key !== "injection")) out.push(...settingRows(s));
  out.push("</tbody></table>", "<h4>Moments</h4>", '<table class="moments"><thead><tr><th>t</th><th>What happens</th><th>From</th></tr></thead><tbody>');
  for (const e of x.timeline.events) {
    const at = e.at === void 0 ? "unknown" : `${when(e)}${e.cutByKill ? " ✂" : ""}`;
    const what = e.at === void 0 && e.unknown ? `${e.label}: unknown, ${e.unknown}` : e.cutByKill && e.kind !== "sigkill" ? `${e.label}: cut by SIGKILL` : e.label;
    const from = [...new Set(e.inputs.filter((i) => !(i.level === "default" && i.name.endsWith("preStop"))).map((i) => `${h(i.name)} ${h(i.value)} (${where(i)})`))];
    out.push(`<tr><td class="value">${h(at)}</td><td>${h(what)}</td><td class="why">${from.join("; ")}</td></tr>`);
  }
  out.push("</tbody></table>");
  if (x.timeline.losses.length > 0) {
    out.push("<h4>Traffic lost</h4>", '<ul class="losses">');
    for (const l of x.timeline.losses) out.push(`<li>${h(`${formatSeconds(l.from)}–${formatSeconds(l.to)}`)}: ${h(l.label)}${l.possible ? " (possible)" : ""}</li>`);
    out.push("</ul>");
  }
  out.push("<h4>Findings</h4>");
  if (x.findings.length === 0) out.push('<p class="muted">✅ None.</p>');
  else {
    out.push('<ul class="findings">');
    for (const f of x.findings) out.push(findingItem(f.severity, f.ruleId, f.docsUrl, f.message, f.help, `${f.file}:${f.line}:${f.column}`));
    out.push("</ul>");
  }
  out.push("</article>");
  return out;
}
function settingRows(s) {
  const value = s.state === "unknown" ? '<span class="unknown">unknown</span>' : s.state === "unset" ? "—" : h(s.value ?? "");
  const shown = s.unused ? `<del>${value}</del>` : s.state === "set" ? `<span class="set">${value}</span>` : value;
  const notes = [s.state === "unknown" && s.unknown ? `<span class="unknown">unknown: ${h(s.unknown)}</span>` : where(s)];
  if (s.note && s.key !== "mode") notes.push(`<div class="why">${h(s.note)}</div>`);
  if (s.unused) notes.push(`<div class="why">not used: ${h(s.unused)}</div>`);
  const rows = [`<tr data-setting="${h(s.key)}"><td class="sym">${h(s.symbol)}</td><td>${h(s.name)}</td><td class="value">${shown}</td><td>${notes.join("")}</td></tr>`];
  for (const v of s.struck) {
    rows.push(`<tr class="struck"><td></td><td class="why">↳ ${h(v.status)}${v.setting !== s.name ? ` (${h(v.setting)})` : ""}</td><td class="value"><del>${h(v.written)}</del></td><td>${where(v)}<div class="why">${h(v.why)}</div></td></tr>`);
  }
  return rows;
}
var W = 960;
var LABEL = 110;
var RIGHT = 30;
var TOP = 28;
var ROW = 26;
var BAR = 16;
function timelineFigure(x) {
  const t = x.timeline;
  const lanes = lanesOf(t);
  const end = Math.max(1, t.end);
  const span = W - LABEL - RIGHT;
  const px = (s) => LABEL + Math.min(Math.max(s, 0), end) / end * span;
  const height = TOP + lanes.length * ROW + 22;
  const bottom = TOP + lanes.length * ROW;
  const f = (n) => String(Math.round(n * 10) / 10);
  const label = `Termination timeline of ${x.id}: the pod is deleted at 0s${t.grace !== void 0 ? `, SIGKILL at ${formatSeconds(t.grace)}` : ""}`;
  const out = [`<figure><svg class="timeline" viewBox="0 0 ${W} ${height}" role="img" aria-label="${h(label)}" xmlns="http://www.w3.org/2000/svg">`, `<title>${h(label)}</title>`];
  for (const l of t.losses) {
    out.push(`<rect class="loss${l.possible ? " possible" : ""}" x="${f(px(l.from))}" y="${TOP - 6}" width="${f(Math.max(2, px(l.to) - px(l.from)))}" height="${bottom - TOP + 12}"><title>${h(`${formatSeconds(l.from)}–${formatSeconds(l.to)}: ${l.label}${l.possible ? " (possible)" : ""}`)}</title></rect>`);
  }
  out.push('<g class="axis">');
  const step = tickStep(end, 10);
  for (let s = 0; s <= end + 1e-9; s += step) {
    out.push(`<line x1="${f(px(s))}" y1="${TOP - 8}" x2="${f(px(s))}" y2="${bottom}"/>`, `<text x="${f(px(s))}" y="${TOP - 12}" text-anchor="middle">${h(formatSeconds(s))}</text>`);
  }
  out.push("</g>");
  lanes.forEach((lane, i) => {
    const y = TOP + i * ROW;
    out.push(`<g class="lane" data-lane="${h(lane.name)}">`, `<text class="lane-label" x="8" y="${y + BAR - 3}">${h(lane.name)}</text>`);
    for (const seg of lane.segments) {
      const x1 = px(seg.from);
      const w = Math.max(2, px(seg.to) - x1);
      out.push(`<rect class="seg-${seg.style}" x="${f(x1)}" y="${y + 2}" width="${f(w)}" height="${BAR}" rx="2"><title>${h(`${formatSeconds(seg.from)}–${formatSeconds(seg.to)}: ${seg.label}`)}</title></rect>`);
    }
    for (const m of lane.marks) {
      const mx = px(m.at);
      out.push(`<line class="mark" x1="${f(mx)}" y1="${y}" x2="${f(mx)}" y2="${y + BAR + 4}"><title>${h(m.label)}</title></line>`);
    }
    out.push("</g>");
  });
  if (t.grace !== void 0) {
    const kx = px(t.grace);
    out.push(`<line class="kill" x1="${f(kx)}" y1="${TOP - 8}" x2="${f(kx)}" y2="${bottom + 4}"><title>${h(`SIGKILL at ${formatSeconds(t.grace)}`)}</title></line>`);
    const anchor = kx > W - RIGHT - 40 ? "end" : kx < LABEL + 40 ? "start" : "middle";
    out.push(`<text class="kill-label" x="${f(kx)}" y="${bottom + 16}" text-anchor="${anchor}">SIGKILL ${h(formatSeconds(t.grace))}</text>`);
  }
  out.push("</svg>");
  const used = new Set(lanes.flatMap((l) => l.segments.map((s) => s.style)));
  const legend = Object.keys(STYLE_WORDS).filter((s) => used.has(s)).map((s) => `<li><i class="${s}"></i>${h(STYLE_WORDS[s])}</li>`);
  out.push(`<figcaption><ul class="legend">${legend.join("")}</ul></figcaption></figure>`);
  return out;
}

export {
  html
};
