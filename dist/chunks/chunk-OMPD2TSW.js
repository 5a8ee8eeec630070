import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  formatSeconds
} from "./chunk-FL4EIQBE.js";

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

export {
  STYLE_WORDS,
  when,
  lanesOf,
  tickStep
};
