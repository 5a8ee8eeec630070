/** Words for effective values and their provenance, shared by every rule's messages. */
import type { Provenance, Valued } from './types.js';
import type { RelatedValue } from './rule.js';
import type { ResolvedWorkload } from './resolve.js';
import type { Timing } from './domain/timeline.js';
import { locate } from './yaml-view.js';
import { formatSeconds } from './domain/durations.js';

/** "from the proxy.istio.io/config annotation, deploy.yaml:12" / "default". */
export function origin(prov: Provenance): string {
  if (prov.level === 'default' || !prov.ref) return prov.source;
  const r = locate(prov.ref);
  return `${prov.source}, ${prov.ref.view.file.path}:${r.line}`;
}

/** "45s (terminationDrainDuration, proxy.istio.io/config annotation, deploy.yaml:12)". */
export function seconds(v: Valued<number | undefined> | Timing, what?: string): string {
  const value = 'value' in v ? v.value : v.seconds;
  const shown = value === undefined ? 'unknown' : formatSeconds(value);
  return `${shown} (${what ? `${what}, ` : ''}${origin(v.prov)})`;
}


/** "sidecar" or "gateway", and how we know there is one. */
export function proxyNoun(rw: ResolvedWorkload): string {
  return rw.gateway ? 'gateway' : 'sidecar';
}

export function assumedNote(rw: ResolvedWorkload): string {
  return rw.sidecar.status === 'assumed' ? ` (an injected sidecar is assumed: ${rw.sidecar.reason})` : '';
}

/** Note for classic-only behaviour when no versions were given. */
export function classicNote(rw: ResolvedWorkload, target: { istioVersion?: string; kubernetesVersion?: string }): string {
  const versionsGiven = Boolean(target.istioVersion || target.kubernetesVersion);
  return rw.mode.value === 'classic' && !versionsGiven && !rw.gateway && rw.mode.prov.level !== 'annotation' ? ' Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this.' : '';
}

/** The catalogue's suggestion target: the smallest whole number of seconds ≥ every bound. */
export function atLeast(...values: (number | undefined)[]): number {
  return Math.ceil(Math.max(...values.map((v) => v ?? 0)));
}

/** Related locations for the values that entered a computation (those with a source node). */
export function relatedValues(entries: [string, Valued<unknown> | Timing | undefined][]): RelatedValue[] {
  const out: RelatedValue[] = [];
  for (const [label, v] of entries) {
    if (!v || !v.prov.ref) continue;
    const raw = 'value' in v ? v.value : v.seconds;
    const shown = typeof raw === 'number' ? formatSeconds(raw) : raw === undefined ? 'unknown' : String(raw);
    out.push({ message: `${label} ${shown} (${v.prov.source})`, ref: v.prov.ref });
  }
  return out;
}

/**
 * The values behind a finding with where each came from, for help texts: "connection lifetime 1m
 * (drainlint.io/connection-lifetime annotation, deploy.yaml:12); terminationGracePeriodSeconds 30
 * (default)". Entries without a value are left out.
 */
export function valueList(entries: [string, Valued<unknown> | Timing | undefined][]): string {
  const parts: string[] = [];
  for (const [label, v] of entries) {
    if (!v) continue;
    const raw = 'value' in v ? v.value : v.seconds;
    // Fields counted in whole seconds are shown as written (terminationGracePeriodSeconds 60).
    const shown = typeof raw === 'number' ? (label.endsWith('Seconds') ? String(raw) : formatSeconds(raw)) : raw === undefined ? 'unknown' : String(raw);
    parts.push(`${label} ${'atLeast' in v && v.atLeast ? 'at least ' : ''}${shown} (${origin(v.prov)})`);
  }
  return parts.join('; ');
}

/** A grace period in words: "30 (default)", "0 (no graceful shutdown)", "60". */
export function graceWords(rw: ResolvedWorkload): string {
  const g = rw.grace.value;
  return `${g ?? 'unusable'}${rw.graceOptOut ? ' (no graceful shutdown)' : rw.grace.prov.level === 'default' ? ' (default)' : ''}`;
}

/**
 * Where an effective value came from, in a few words without file paths, for messages (help texts
 * use `origin`): "the mesh config", "ProxyConfig edge/public-drain", "the env of the istio-proxy container".
 */
export function sourceWords(prov: Provenance): string {
  if (prov.level === 'default') return 'the default';
  // A mesh config's label may name its file (Helm values): the related location shows which one.
  if (prov.level === 'mesh') return 'the mesh config';
  if (prov.level === 'config') return 'the drainlint config file';
  // "env of the istio-proxy container" → "the env of …"; names (ProxyConfig a/b, PROXY_CONFIG …) stay as they are.
  return /^[a-z]/.test(prov.source) && !prov.source.startsWith('the ') ? `the ${prov.source}` : prov.source;
}
