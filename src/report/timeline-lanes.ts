/**
 * An explained timeline laid out for a chart: one lane per actor (the app, the proxy, its
 * listeners, the connections in flight) and one for the traffic lost, each a row of segments, plus
 * the moments to mark. The terminal bar chart, the Mermaid gantt and the HTML SVG draw these same
 * lanes, so the three pictures agree; every time comes from the timeline, none is computed here.
 */
import type { ExplainedEvent, ExplainedTimeline } from '../explain/model.js';
import { formatSeconds } from '../domain/durations.js';

export type SegmentStyle = 'running' | 'stopping' | 'draining' | 'maybe' | 'accepting' | 'closed' | 'inflight' | 'cut' | 'lost' | 'possible-loss' | 'unknown';

export interface Segment {
  from: number;
  to: number;
  style: SegmentStyle;
  label: string;
}

export interface Mark {
  at: number;
  label: string;
}

export interface Lane {
  /** Row name: app, proxy, listeners, connections, traffic lost. */
  name: string;
  segments: Segment[];
  marks: Mark[];
}

/** How each style reads in a legend. */
export const STYLE_WORDS: Record<SegmentStyle, string> = {
  running: 'running',
  stopping: 'stopping after SIGTERM',
  draining: 'draining',
  maybe: 'may still run (until no connection is active)',
  accepting: 'accepting connections',
  closed: 'not accepting',
  inflight: 'in flight',
  cut: 'cut by SIGKILL',
  lost: 'traffic lost',
  'possible-loss': 'traffic may be lost',
  unknown: 'unknown',
};

const event = (t: ExplainedTimeline, kind: ExplainedEvent['kind']) => t.events.find((e) => e.kind === kind);

/** Seconds in words: "0s", "45s", "1m30s"; a range "6s–30s"; "≥30s" for a lower bound. */
export function when(e: Pick<ExplainedEvent, 'at' | 'latest' | 'atLeast'>): string {
  if (e.at === undefined) return '?';
  const at = `${e.atLeast ? '≥' : ''}${formatSeconds(e.at)}`;
  return e.latest !== undefined ? `${at}–${formatSeconds(e.latest)}` : at;
}

export function lanesOf(t: ExplainedTimeline): Lane[] {
  const lanes: Lane[] = [];
  const g = t.grace;
  const unknownTo = g ?? t.end;
  const sigtermApp = event(t, 'app-sigterm');
  const appExit = event(t, 'app-exit');
  if (appExit) {
    const lane: Lane = { name: 'app', segments: [], marks: [] };
    if (appExit.at === undefined || sigtermApp?.at === undefined) {
      lane.segments.push({ from: 0, to: unknownTo, style: 'unknown', label: `when the app stops is unknown${appExit.unknown ? `: ${appExit.unknown}` : ''}` });
    } else {
      const term = sigtermApp.at;
      if (term > 0) lane.segments.push({ from: 0, to: term, style: 'running', label: 'running its preStop' });
      if (appExit.at > term) lane.segments.push({ from: term, to: appExit.at, style: 'stopping', label: 'stopping after SIGTERM' });
      lane.marks.push({ at: term, label: `SIGTERM ${when(sigtermApp)}` });
      lane.marks.push({ at: appExit.at, label: `exits ${when(appExit)}` });
    }
    lanes.push(lane);
  }
  const start = event(t, 'drain-start');
  const exit = event(t, 'proxy-exit');
  if (start && exit) {
    const lane: Lane = { name: t.gateway ? 'gateway' : 'proxy', segments: [], marks: [] };
    if (start.at === undefined || exit.at === undefined) {
      lane.segments.push({ from: 0, to: unknownTo, style: 'unknown', label: `when the proxy drains is unknown${(start.unknown ?? exit.unknown) ? `: ${start.unknown ?? exit.unknown}` : ''}` });
    } else {
      if (start.at > 0) lane.segments.push({ from: 0, to: start.at, style: 'running', label: 'serving' });
      if (exit.at > start.at) lane.segments.push({ from: start.at, to: exit.at, style: 'draining', label: 'draining' });
      if (exit.latest !== undefined && exit.latest > exit.at) lane.segments.push({ from: exit.at, to: exit.latest, style: 'maybe', label: STYLE_WORDS.maybe });
      lane.marks.push({ at: start.at, label: `drains ${when(start)}` });
      lane.marks.push({ at: exit.at, label: `exits ${when(exit)}` });
    }
    lanes.push(lane);
  }
  const close = event(t, 'listeners-close');
  if (close?.at !== undefined && exit?.at !== undefined) {
    const until = exit.latest ?? exit.at;
    lanes.push({
      name: 'listeners',
      segments: [
        { from: 0, to: close.at, style: 'accepting', label: STYLE_WORDS.accepting },
        { from: close.at, to: until, style: 'closed', label: 'closed: new connections refused' },
      ],
      marks: [{ at: close.at, label: `stop accepting ${when(close)}` }],
    });
  }
  const conns = event(t, 'connections-end');
  if (conns?.at !== undefined) {
    const lane: Lane = { name: 'connections', segments: [], marks: [] };
    if (conns.at > 0) lane.segments.push({ from: 0, to: conns.at, style: 'inflight', label: STYLE_WORDS.inflight });
    const cut = t.losses.find((l) => l.kind === 'connections-cut-at-kill');
    if (cut) lane.segments.push({ from: cut.from, to: cut.to, style: 'cut', label: `cut by SIGKILL (would end at ${formatSeconds(cut.to)})` });
    else lane.marks.push({ at: conns.at, label: `end ${when(conns)}` });
    lanes.push(lane);
  }
  if (t.losses.length > 0) {
    lanes.push({ name: 'traffic lost', segments: t.losses.map((l) => ({ from: l.from, to: l.to, style: l.possible ? 'possible-loss' : 'lost', label: l.label })), marks: [] });
  }
  return lanes;
}

/** Round tick steps for an axis of `end` seconds over about `slots` ticks. */
export function tickStep(end: number, slots: number): number {
  const steps = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600];
  return steps.find((s) => end / s <= slots) ?? Math.ceil(end / slots);
}
