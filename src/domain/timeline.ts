/**
 * Timing values the timing rules share: the app's stop time Pₐ + Sₐ, the
 * proxy's drain end, and which drain setting `ctx.reportDrainSetting` points at (to keep it out of
 * the related list).
 */
import { mostSpecificSetting, type ResolvedWorkload } from '../resolve.js';
import type { Valued } from '../types.js';
import type { RelatedValue } from '../rule.js';



/** Pₐ + Sₐ (unknown Sₐ counts as 0), or undefined when Pₐ is unknown. */
export function appStop(rw: ResolvedWorkload): number | undefined {
  const pa = rw.appPreStop.seconds;
  return pa === undefined ? undefined : pa + (rw.shutdown?.value ?? 0);
}

/** The earliest moment the proxy is gone (catalogue "drainEnd"); undefined without a sidecar or when Pₚ/Pₐ is unknown. */
export function drainEnd(rw: ResolvedWorkload): number | undefined {
  if (rw.sidecar.status === 'none') return undefined;
  if (rw.mode.value === 'native') return appStop(rw);
  const pp = rw.proxyPreStop.seconds;
  if (pp === undefined) return undefined;
  return pp + (rw.ez.value ? rw.min.value + 1 : rw.tdd.value);
}

/** The setting `reportDrainSetting` points at (same choice as src/engine.ts), or undefined for the pod template. */
export const pointedSetting = mostSpecificSetting;

/** Drops the related location the finding itself points at. */
export function withoutPointed(related: RelatedValue[], pointed: Valued<unknown> | undefined): RelatedValue[] {
  if (!pointed?.prov.ref) return related;
  return related.filter((r) => r.ref !== pointed.prov.ref);
}

