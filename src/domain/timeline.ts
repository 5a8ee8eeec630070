/**
 * The termination timeline of one workload: what happens from t = 0 (the pod is deleted) to the
 * SIGKILL at G, from the spec's §3 formulas, computed once per workload by the resolver. The timing
 * rules read it instead of computing drain ends of their own, and `explain` renders the same
 * object, so what a finding says and what the timeline shows cannot drift apart.
 *
 * Paths the proxy can take (spec §3.2–3.5, §8.4):
 * - `classic`: pilot-agent gets SIGTERM after the proxy's preStop (Pₚ), drains, then sleeps TDD
 *   (EZ off) or MIN and polls every second until no connection is active (EZ on). Gateways take it
 *   too, draining all listeners.
 * - `native`: the injected `/drain` preStop drains at t = 0 and never stops the listeners; the
 *   proxy gets SIGTERM when the app has exited and is killed at once (TDD, EZ, MIN unused).
 * - `native-without-drain-hook`: a native sidecar whose `/drain` preStop is missing (Istio < 1.21)
 *   or replaced: SIGTERM after the app has exited starts the classic drain then.
 * - `none`: no proxy; only the app's own moments.
 */
import type { Provenance, Valued } from '../types.js';
import { EZ_POLL_SECONDS } from './names.js';

/** A duration that may be unknown or known only as a lower bound (a preStop script), with why. */
export interface Timing {
  seconds?: number;
  /** `seconds` is a lower bound: the hook runs at least this long. */
  atLeast?: boolean;
  /** Why `seconds` is only a lower bound (what runs after the sleeps), for explain output. */
  atLeastWhy?: string;
  prov: Provenance;
  unknown?: string;
}

export type ProxyPath = 'none' | 'classic' | 'native' | 'native-without-drain-hook';

export type EventKind =
  | 'app-prestop-end'
  | 'app-sigterm'
  | 'proxy-prestop-end'
  | 'drain-start'
  | 'listeners-close'
  | 'proxy-exit'
  | 'app-exit'
  | 'connections-end'
  | 'sigkill';

/** One value that decided a moment, with where it came from. */
export interface TimelineInput {
  name: string;
  value: Valued<unknown> | Timing;
}

export interface TimelineEvent {
  kind: EventKind;
  /** Seconds after the pod was deleted; undefined when unknown (see `unknown`). */
  at?: number;
  /** The moment is a range: `at` is the earliest, `latest` the latest (EZ: until no connection is active, at most G). */
  latest?: number;
  /** `at` is only a lower bound. */
  atLeast?: boolean;
  /** Why the moment is unknown. */
  unknown?: string;
  /** SIGKILL at G comes first: the moment would be later, and `at` is capped at G. */
  cutByKill?: boolean;
  inputs: TimelineInput[];
}

export type LossKind = 'proxy-gone-app-serving' | 'requests-cut-by-proxy-exit' | 'listeners-closed' | 'connections-cut-at-kill' | 'proxy-may-exit-during-app-prestop';

/** A window in which traffic is lost (or may be: `possible`). */
export interface LossWindow {
  kind: LossKind;
  from: number;
  to: number;
  possible?: boolean;
}

/**
 * A setting that does not shape this timeline, and why: TDD while EZ is on, MIN while it is off,
 * the drain settings of a native sidecar or of a pod without a proxy, a drainDuration that ends
 * after the proxy is gone. `explain` shows such a value struck through.
 */
export interface UnusedSetting {
  name: 'terminationDrainDuration' | 'drainDuration' | 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS' | 'MINIMUM_DRAIN_DURATION' | 'istio-proxy preStop';
  why: string;
}

export interface Timeline {
  path: ProxyPath;
  gateway: boolean;
  ez: boolean;
  /** G, or undefined when the grace period is unusable. */
  grace?: number;
  /** Pₐ + Sₐ (unknown Sₐ counts as 0); undefined when Pₐ is unknown. */
  appExit?: number;
  /** Pₐ + Sₐ is a lower bound (Pₐ is). */
  appExitAtLeast: boolean;
  /** When the proxy starts draining; undefined when unknown. */
  drainStart?: number;
  /**
   * The catalogue's drainEnd, not capped at G: the earliest moment the proxy is gone (classic EZ
   * off: Pₚ + TDD; EZ on: Pₚ + MIN + 1s; native: Pₐ + Sₐ; native without the hook: the classic drain
   * after the app has exited).
   */
  drainEnd?: number;
  /** drainStart and drainEnd are lower bounds (a preStop they follow is known only as one). */
  drainEndAtLeast: boolean;
  /** When the drained listeners stop accepting (drain start + DD), if the proxy is still alive then. */
  listenersClose?: number;
  /** The proxy's exit, capped at G: earliest and latest (equal unless EZ waits on connections). */
  proxyExit?: { earliest: number; latest: number };
  events: TimelineEvent[];
  losses: LossWindow[];
  /** Settings the resolver gave that play no part in this timeline, with why. */
  unused: UnusedSetting[];
}

/** What the timeline is computed from: the resolver's effective values. */
export interface TimelineFacts {
  path: ProxyPath;
  gateway: boolean;
  grace: Valued<number | undefined>;
  tdd: Valued<number>;
  dd: Valued<number>;
  ez: Valued<boolean>;
  min: Valued<number>;
  appPreStop: Timing;
  proxyPreStop: Timing;
  lifetime?: Valued<number>;
  shutdown?: Valued<number>;
}

const cap = (t: number, g: number | undefined) => (g === undefined ? t : Math.min(t, g));

export function computeTimeline(f: TimelineFacts): Timeline {
  const g = f.grace.value;
  const events: TimelineEvent[] = [];
  const losses: LossWindow[] = [];
  const pa = f.appPreStop;
  const sa = f.shutdown;
  const pp = f.proxyPreStop;
  const l = f.lifetime;

  const appExit = pa.seconds === undefined ? undefined : pa.seconds + (sa?.value ?? 0);
  const appExitAtLeast = Boolean(pa.atLeast);
  const paInputs: TimelineInput[] = [{ name: 'app preStop', value: pa }];
  // A gateway's proxy is its main container: it has no app of its own to stop.
  const app = !f.gateway;
  if (app && pa.seconds !== undefined && pa.seconds > 0) {
    events.push({ kind: 'app-prestop-end', at: cap(pa.seconds, g), atLeast: pa.atLeast, cutByKill: g !== undefined && pa.seconds > g ? true : undefined, inputs: paInputs });
  }
  if (app && pa.seconds === undefined) events.push({ kind: 'app-prestop-end', unknown: pa.unknown, inputs: paInputs });
  // Kubelet sends the app SIGTERM once its preStop has returned (at G at the latest).
  if (app) events.push(pa.seconds === undefined ? { kind: 'app-sigterm', unknown: pa.unknown, inputs: paInputs } : { kind: 'app-sigterm', at: cap(pa.seconds, g), atLeast: pa.atLeast || undefined, cutByKill: g !== undefined && pa.seconds > g ? true : undefined, inputs: paInputs });
  const appEvent: TimelineEvent = { kind: 'app-exit', inputs: [...paInputs, ...(sa ? [{ name: 'shutdown duration', value: sa }] : [])] };
  if (appExit === undefined) appEvent.unknown = pa.unknown;
  else Object.assign(appEvent, { at: cap(appExit, g), atLeast: appExitAtLeast || undefined, cutByKill: g !== undefined && appExit > g ? true : undefined });

  let drainStart: number | undefined;
  let drainEnd: number | undefined;
  let listenersClose: number | undefined;
  let proxyExit: Timeline['proxyExit'];
  let drainEndAtLeast = false;
  const ez = f.ez.value && f.path !== 'native';
  const wait = ez ? f.min : f.tdd;
  const waitName = ez ? 'MINIMUM_DRAIN_DURATION' : 'terminationDrainDuration';

  if (f.path === 'native') {
    // The /drain preStop runs at t = 0; SIGTERM after the app has exited kills Envoy at once.
    drainStart = 0;
    drainEnd = appExit;
    drainEndAtLeast = appExitAtLeast;
    events.push({ kind: 'drain-start', at: 0, inputs: [] });
    if (appExit !== undefined) proxyExit = { earliest: cap(appExit, g), latest: cap(appExit, g) };
    events.push({
      kind: 'proxy-exit',
      ...(appExit === undefined ? { unknown: pa.unknown } : { at: cap(appExit, g), atLeast: appExitAtLeast || undefined, cutByKill: g !== undefined && appExit > g ? true : undefined }),
      inputs: appEvent.inputs,
    });
  } else if (f.path !== 'none') {
    // Classic drain: at SIGTERM, after the proxy's own preStop (classic) or after the app has exited (native without the hook).
    const ppSeconds = pp.seconds;
    if (ppSeconds !== undefined && ppSeconds > 0) events.push({ kind: 'proxy-prestop-end', at: cap(ppSeconds, g), atLeast: pp.atLeast, inputs: [{ name: 'istio-proxy preStop', value: pp }] });
    const sigterm = f.path === 'classic' ? ppSeconds : appExit === undefined || ppSeconds === undefined ? undefined : Math.max(appExit, ppSeconds);
    const startInputs: TimelineInput[] = f.path === 'classic' ? [{ name: 'istio-proxy preStop', value: pp }] : [...appEvent.inputs, { name: 'istio-proxy preStop', value: pp }];
    if (sigterm === undefined) {
      events.push({ kind: 'drain-start', unknown: f.path === 'classic' ? pp.unknown : (pa.unknown ?? pp.unknown), inputs: startInputs });
      events.push({ kind: 'proxy-exit', unknown: f.path === 'classic' ? pp.unknown : (pa.unknown ?? pp.unknown), inputs: startInputs });
    } else {
      drainStart = sigterm;
      drainEnd = sigterm + (ez ? wait.value + EZ_POLL_SECONDS : wait.value);
      // After a lower bound (a preStop script, or the app's exit after one), the drain's moments are lower bounds too.
      drainEndAtLeast = Boolean(pp.atLeast) || (f.path !== 'classic' && appExitAtLeast);
      const bound = drainEndAtLeast || undefined;
      events.push({ kind: 'drain-start', at: cap(sigterm, g), atLeast: bound, cutByKill: g !== undefined && sigterm > g ? true : undefined, inputs: startInputs });
      const exitInputs: TimelineInput[] = [...startInputs, { name: waitName, value: wait }, ...(ez ? [{ name: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS', value: f.ez }] : [])];
      // EZ: the first poll at MIN + 1s may already see no connection; nothing ends the wait but G.
      const earliest = cap(drainEnd, g);
      const latest = ez ? (g ?? drainEnd) : earliest;
      proxyExit = { earliest, latest: Math.max(earliest, latest) };
      events.push({ kind: 'proxy-exit', at: earliest, atLeast: bound, latest: proxyExit.latest !== earliest ? proxyExit.latest : undefined, cutByKill: g !== undefined && drainEnd > g ? true : undefined, inputs: exitInputs });
      // Envoy keeps accepting on drained listeners for DD, then stops them (spec §1, Istio ≥ 1.8).
      const close = sigterm + f.dd.value;
      if (close < proxyExit.latest) {
        listenersClose = close;
        events.push({ kind: 'listeners-close', at: close, atLeast: bound, inputs: [...startInputs, { name: 'drainDuration', value: f.dd }] });
        losses.push({ kind: 'listeners-closed', from: close, to: proxyExit.latest, possible: close >= earliest || undefined });
      }
    }
  }
  if (app) events.push(appEvent);
  if (l) events.push({ kind: 'connections-end', at: cap(l.value, g), cutByKill: g !== undefined && l.value > g ? true : undefined, inputs: [{ name: 'connection lifetime', value: l }] });
  const graceInputs: TimelineInput[] = [{ name: 'terminationGracePeriodSeconds', value: f.grace }];
  if (g !== undefined) events.push({ kind: 'sigkill', at: g, inputs: graceInputs });
  else events.push({ kind: 'sigkill', unknown: 'terminationGracePeriodSeconds is not a whole number of seconds, so the API server rejects the pod', inputs: graceInputs });

  // Where traffic is lost.
  if (proxyExit && !f.gateway && f.path !== 'native') {
    if (!ez && appExit !== undefined && proxyExit.latest < cap(appExit, g)) losses.push({ kind: 'proxy-gone-app-serving', from: proxyExit.latest, to: cap(appExit, g) });
    if (!ez && l && proxyExit.latest < cap(l.value, g)) losses.push({ kind: 'requests-cut-by-proxy-exit', from: proxyExit.latest, to: cap(l.value, g) });
    if (ez && pa.seconds !== undefined && proxyExit.earliest < cap(pa.seconds, g)) losses.push({ kind: 'proxy-may-exit-during-app-prestop', from: proxyExit.earliest, to: cap(pa.seconds, g), possible: true });
  }
  if (g !== undefined && l && l.value > g) losses.push({ kind: 'connections-cut-at-kill', from: g, to: l.value });

  events.sort((a, b) => (a.at ?? Infinity) - (b.at ?? Infinity) || rank(a) - rank(b));
  const unused = unusedSettings(f, ez, proxyExit, drainStart);
  return { path: f.path, gateway: f.gateway, ez, grace: g, appExit, appExitAtLeast, drainStart, drainEnd, drainEndAtLeast, listenersClose, proxyExit, events, losses, unused };
}

/** The settings that play no part in a timeline (spec §3.2–3.4), with why. */
function unusedSettings(f: TimelineFacts, ez: boolean, proxyExit: Timeline['proxyExit'], drainStart: number | undefined): UnusedSetting[] {
  const out: UnusedSetting[] = [];
  if (f.path === 'none') {
    const why = 'the pod has no proxy';
    for (const name of ['terminationDrainDuration', 'drainDuration', 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS', 'MINIMUM_DRAIN_DURATION'] as const) out.push({ name, why });
    return out;
  }
  if (f.path === 'native') {
    const why = 'a native sidecar is stopped at once when the app has exited';
    out.push({ name: 'terminationDrainDuration', why });
    if (f.ez.value) out.push({ name: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS', why });
    out.push({ name: 'MINIMUM_DRAIN_DURATION', why });
    out.push({ name: 'drainDuration', why: 'the native /drain preStop never stops the listeners' });
    return out;
  }
  if (ez) out.push({ name: 'terminationDrainDuration', why: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on: pilot-agent waits MINIMUM_DRAIN_DURATION, then for no active connection' });
  else out.push({ name: 'MINIMUM_DRAIN_DURATION', why: 'it is read only when EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on' });
  if (proxyExit && drainStart !== undefined && drainStart + f.dd.value >= proxyExit.latest) {
    out.push({ name: 'drainDuration', why: 'the proxy is gone before it ends, so the listeners never stop accepting' });
  }
  return out;
}

/** Order of moments that fall on the same second: causes before effects, SIGKILL before what it cuts. */
const ORDER: EventKind[] = ['app-prestop-end', 'app-sigterm', 'proxy-prestop-end', 'app-exit', 'drain-start', 'listeners-close', 'proxy-exit', 'connections-end', 'sigkill'];

function rank(e: TimelineEvent): number {
  return e.cutByKill ? ORDER.length + ORDER.indexOf(e.kind) : ORDER.indexOf(e.kind);
}

/** The event of a kind, if the timeline has it. */
export function eventOf(t: Timeline, kind: EventKind): TimelineEvent | undefined {
  return t.events.find((e) => e.kind === kind);
}
