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

// Words for findings about a single written value (invalid-duration, invalid-boolean,
// proxy-metadata-not-string, invalid-mesh-config, invalid-field-type, unknown-proxy-config-key).
// (Imports here, not at the top, so that helpers appended by other rule groups merge cleanly.)
import { parseGoDuration } from './domain/durations.js';
import { yamlType } from './domain/written.js';
import { PROXY_CONFIG_ANNOTATION } from './domain/names.js';
import type { MeshSource, Workload } from './inventory.js';

/** A value as written, cut for a message: `"terminationDrainDuration=45s…"` (at most `max` characters). */
export function clip(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Why a value is not a Go duration, short, for messages: "has no unit", "is a YAML number, not a string". */
export function durationFault(value: unknown): string {
  if (typeof value !== 'string') return `is ${yamlType(value)}, not a Go duration string`;
  if (value.trim() === '') return 'is empty, not a Go duration';
  if (/^\s*[-+]?\d+(\.\d+)?\s*$/.test(value)) return 'has no unit, so it is not a Go duration';
  if (parseGoDuration(value.trim().toLowerCase()) !== undefined) return 'has an upper-case unit, so it is not a Go duration';
  return 'is not a Go duration';
}

/** For help texts: what a Go duration looks like. */
export const GO_DURATION_FORMAT = 'A Go duration is a number with a lower-case unit (ns, us, ms, s, m or h), e.g. "1m30s".';

/** The accepted spellings of Go's strconv.ParseBool, for help texts. */
export const PARSE_BOOL_VALUES = 'true/false, True/False, TRUE/FALSE, t/f, T/F and 1/0';

/**
 * A pod whose proxy.istio.io/config annotation cannot be used: the message's clause ("admission
 * denies the pod") and the help's sentence on what happens and on injection. Without the injector
 * (IstioOperator and Gateway API gateways) pilot-agent reads the annotation at start and fails (spec §2.3).
 */
export function denialWords(rw: ResolvedWorkload): { denied: string; why: string } {
  if (rw.workload.origin !== 'pod') {
    return { denied: 'pilot-agent fails to start', why: `pilot-agent reads the ${PROXY_CONFIG_ANNOTATION} annotation when it starts and exits on a value it cannot parse.` };
  }
  const rejects = `The sidecar injector rejects a ${PROXY_CONFIG_ANNOTATION} annotation it cannot parse`;
  if (rw.sidecar.status === 'none') {
    return { denied: 'admission will deny the pod once it is injected', why: `${rejects}: once the pod is injected, admission denies it. It is not injected today: ${rw.sidecar.reason}.` };
  }
  const why = `${rejects}, so admission denies the pod and it is never created.`;
  return { denied: 'admission denies the pod', why: rw.sidecar.status === 'assumed' ? `${why} An injected sidecar is assumed: ${rw.sidecar.reason}.` : why };
}

/**
 * Who refuses a workload manifest with a value of the wrong type: "the API server rejects the
 * Deployment"; for an IstioOperator gateway entry, istioctl refuses the IstioOperator (spec §8.2).
 */
export function rejection(w: Workload): string {
  return w.origin === 'iop-gateway' ? 'istioctl rejects the IstioOperator' : `the API server rejects the ${w.kind}`;
}

/**
 * What istiod does with a mesh config it discards, for help texts (spec §2.1, §8.6): with one mesh
 * source it keeps its last good state; beside a shared mesh ConfigMap it skips the invalid one.
 */
export function meshDiscardWords(m: MeshSource, all: readonly MeshSource[]): string {
  const other = all.find((o) => o !== m && o.revision === m.revision && o.shared !== m.shared && !o.embedError);
  if (other) return `istiod skips this mesh config (${m.label}; it logs "invalid mesh config, ignoring") and applies ${other.label} alone, so none of this one's settings apply.`;
  return `istiod logs "invalid mesh config, using last known state" and keeps its last good mesh config (or the built-in defaults) instead of this one (${m.label}), so none of its settings apply.`;
}

import { drainToCover, type DrainValues } from './domain/drain-cover.js';

/**
 * A suggested drainDuration (seconds) that must not stop Envoy's listeners before the drain ends:
 * undefined when it is long enough, else the raised target and why.
 */
export function drainDurationFloor(d: DrainValues, suggested: number): { target: string; why: string } | undefined {
  const cover = drainToCover(d);
  const floor = Math.max(1, Math.ceil(cover.v.value));
  if (suggested >= floor) return undefined;
  return { target: formatSeconds(floor), why: ` (not below ${cover.label} ${seconds(cover.v)}, or Envoy stops accepting connections before the drain ends)` };
}

/**
 * For a suggested terminationDrainDuration or MINIMUM_DRAIN_DURATION that drains longer than
 * drainDuration: ", and raise drainDuration to at least 60s too (it is 45s (default)): …" ('' when not).
 */
export function raiseDrainDurationToo(d: DrainValues, setting: 'terminationDrainDuration' | 'MINIMUM_DRAIN_DURATION', suggested: number): string {
  if (d.ddMalformed || drainToCover(d).label !== setting || suggested <= d.dd.value) return '';
  return `, and raise drainDuration to at least ${formatSeconds(Math.ceil(suggested))} too (it is ${seconds(d.dd)}): Envoy stops accepting connections once drainDuration is over`;
}

import { fillMessage, type MessageData, type MessageSpec } from './rule.js';

/** The longest message a finding may have (the message contract). */
export const MESSAGE_LIMIT = 160;

/**
 * Data for a message template whose values may be long (keys, values as written, dotted paths):
 * the `clippable` values are shortened, the longest first, until the filled message fits in `limit`.
 */
export function fitData<D extends Record<string, string | number>>(template: string, data: D, clippable: (keyof D & string)[], limit = MESSAGE_LIMIT): D {
  const out: Record<string, string | number> = { ...data };
  const length = () => fillMessage(template, out as MessageData, 'fitData').length;
  while (length() > limit) {
    const longest = clippable.map((k) => [k, String(out[k])] as const).sort((a, b) => b[1].length - a[1].length)[0];
    if (!longest || longest[1].length <= 12) break;
    const [key, text] = longest;
    out[key] = clip(text.endsWith('…') ? text.slice(0, -1) : text, Math.max(12, text.length - (length() - limit) - 1));
  }
  return out as D;
}

/** A report's message id and its data, the long values clipped so that the message fits (fitData). */
export function fitted<M extends string>(messages: Record<M, MessageSpec>, messageId: M, data: Record<string, string | number>, clippable: string[]): { messageId: M; data: MessageData } {
  return { messageId, data: fitData(messages[messageId].message, data, clippable) };
}
