/**
 * What a classic drain needs besides its own setting so that no timing rule reports it (the
 * catalogue's "one fault, one finding": a suggested fix must not create another finding):
 * - a grace period that lets it end: drainEnd ≤ G (`drain-exceeds-grace-period`), where drainEnd is
 *   Pₚ + TDD with EXIT_ON_ZERO_ACTIVE_CONNECTIONS off and Pₚ + MIN + 1s (the first poll) with it on;
 * - a drainDuration that keeps the listeners accepting while the proxy waits: wait ≤ DD
 *   (`listeners-close-before-drain-ends`; once G covers the drain the proxy lives Pₚ + wait), from
 *   Istio 1.8 on (before it the drain was not graceful and drainDuration played no part).
 * Targets are whole seconds (G is an integer field; drainDuration must be whole seconds).
 */
import type { ResolvedWorkload } from '../resolved.js';
import { compareVersions } from './versions.js';
import { EZ_POLL_SECONDS } from './names.js';

export interface DrainProposal {
  /** EXIT_ON_ZERO_ACTIVE_CONNECTIONS on: the proxy waits MINIMUM_DRAIN_DURATION, then polls. */
  ez: boolean;
  /** terminationDrainDuration (ez off) or MINIMUM_DRAIN_DURATION (ez on), in seconds. */
  wait: number;
}

export interface DrainFit {
  /** terminationGracePeriodSeconds must be at least this (set only when the current one is shorter). */
  grace?: number;
  /** drainDuration must be at least this many seconds (set only when the current one is shorter). */
  drainDuration?: number;
}

/**
 * When the classic drain starts: after the proxy's own preStop (unknown counts as 0), or, for a
 * native sidecar without its /drain preStop, once the app has exited (the timeline's drain start).
 */
function drainStartOf(rw: ResolvedWorkload): number {
  if (rw.timeline.path === 'native-without-drain-hook') return rw.timeline.drainStart ?? 0;
  return rw.proxyPreStop.seconds ?? 0;
}

/** The proxy's drain end for a proposal, from when its drain starts. */
export function proposedDrainEnd(rw: ResolvedWorkload, p: DrainProposal): number {
  return drainStartOf(rw) + p.wait + (p.ez ? EZ_POLL_SECONDS : 0);
}

/** The grace period and drainDuration a proposed classic drain needs beside it. */
export function drainFit(rw: ResolvedWorkload, p: DrainProposal, istioVersion?: string): DrainFit {
  const fit: DrainFit = {};
  const end = proposedDrainEnd(rw, p);
  const g = rw.grace.value;
  if (g !== undefined && end > g) fit.grace = Math.ceil(end);
  const graceful = !istioVersion || compareVersions(istioVersion, '1.8') >= 0;
  if (graceful && p.wait > rw.dd.value) fit.drainDuration = Math.ceil(p.wait);
  return fit;
}

/**
 * What the app needs the classic sidecar to outlive (`proxy-exits-before-app`): the app's exit
 * Pₐ + Sₐ or the connection lifetime L, whichever is known and longer; undefined when neither is.
 */
export function proxyMustOutlive(rw: ResolvedWorkload): number | undefined {
  const app = rw.timeline.appExit;
  const l = rw.lifetime?.value;
  if (app === undefined) return l;
  return l === undefined ? app : Math.max(app, l);
}

/**
 * The longest wait a classic drain may have to end by the grace period without another timing
 * finding: EZ off, Pₚ + TDD ≤ G and (sidecars) Pₚ + TDD ≥ what the app needs
 * (`proxy-exits-before-app`); EZ on, Pₚ + MIN + 1s ≤ G and (sidecars) Pₚ + MIN ≥ Pₐ
 * (`min-drain-shorter-than-app-prestop`); either way at most drainDuration from Istio 1.8 on
 * (`listeners-close-before-drain-ends`). Undefined when no such wait of at least 1s exists. A
 * gateway has no app to outlive, but a shorter drain lets load balancers send to a gone gateway
 * (`gateway-drain-too-short`): a suggestion to shorten it should say so. A native sidecar without
 * its /drain preStop drains once the app has exited: only G and drainDuration bound its wait.
 */
export function shorterDrain(rw: ResolvedWorkload, ez: boolean, istioVersion?: string): number | undefined {
  const g = rw.grace.value;
  if (g === undefined) return undefined;
  const late = rw.timeline.path === 'native-without-drain-hook';
  // A drain that starts at a moment known only as a lower bound has no longest wait that surely fits.
  if (late && (rw.timeline.drainStart === undefined || rw.timeline.drainEndAtLeast)) return undefined;
  const pp = rw.proxyPreStop.seconds ?? 0;
  const graceful = !istioVersion || compareVersions(istioVersion, '1.8') >= 0;
  const most = Math.floor(Math.min(g - drainStartOf(rw) - (ez ? EZ_POLL_SECONDS : 0), graceful ? rw.dd.value : Infinity));
  if (most < 1) return undefined;
  // A drain that starts once the app has exited cannot cut the app short: nothing else bounds it.
  if (rw.gateway || late) return most;
  if (ez) {
    const pa = rw.appPreStop.seconds;
    return pa !== undefined && pp + most < pa ? undefined : most;
  }
  const need = proxyMustOutlive(rw);
  return need !== undefined && pp + most < need ? undefined : most;
}

/**
 * The drainDuration (whole seconds) a classic drain would need once the grace period is `grace` (a
 * grace period about to take effect): the proxy then lives until min(drain start + wait, G), and its
 * listeners, which stop accepting at drain start + drainDuration, must not close before
 * (`listeners-close-before-drain-ends`). Undefined when drainDuration already suffices or plays no part.
 */
export function drainDurationForGrace(rw: ResolvedWorkload, grace: number, istioVersion?: string): number | undefined {
  if (istioVersion && compareVersions(istioVersion, '1.8') < 0) return undefined;
  const tl = rw.timeline;
  if (rw.admissionDenied || (tl.path !== 'classic' && tl.path !== 'native-without-drain-hook')) return undefined;
  const start = tl.drainStart;
  if (start === undefined || tl.drainEndAtLeast || rw.proxyPreStop.seconds === undefined) return undefined;
  const alive = Math.min(start + (rw.ez.value ? rw.min.value : rw.tdd.value), grace);
  return alive > start + rw.dd.value ? Math.ceil(alive - start) : undefined;
}
