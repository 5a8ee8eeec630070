/** Words for effective values and their provenance, shared by every rule's messages. */
import type { Provenance, Ref, Valued } from './types.js';
import type { RelatedValue } from './rule.js';
import type { ResolvedWorkload } from './resolved.js';
import type { Timing } from './domain/timeline.js';
import { locate } from './yaml/locate.js';
import { MESSAGE_LIMIT } from './messages.js';
import { formatSeconds } from './domain/durations.js';
import { joinWords } from './text.js';
import { behindLoadBalancer } from './domain/gateway.js';
import type { NamespaceInfo } from './domain/injection.js';
import { NS_INJECTION, REV } from './domain/names.js';
import { meshDiscard, meshSourcesOfRevision } from './domain/mesh.js';

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
    out.push({ message: `${label} ${'atLeast' in v && v.atLeast ? 'at least ' : ''}${shown} (${v.prov.source})`, ref: v.prov.ref });
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

/** A duration in words: "30s", "at least 30s" (a preStop known as a lower bound), "unknown". */
export function durationWords(v: Valued<number | undefined> | Timing): string {
  const value = 'value' in v ? v.value : v.seconds;
  if (value === undefined) return 'unknown';
  return `${'atLeast' in v && v.atLeast ? 'at least ' : ''}${formatSeconds(value)}`;
}

/**
 * The notes a help text gives before its values, as sentences (each followed by a space): that
 * native sidecars change classic-only behaviour (classicNote; `native: false` leaves it out), and
 * that injection was assumed.
 */
export function helpNotes(rw: ResolvedWorkload, target: { istioVersion?: string; kubernetesVersion?: string }, opts: { native?: boolean } = {}): string {
  const notes: string[] = [];
  const native = opts.native === false ? '' : classicNote(rw, target).trim();
  if (native) notes.push(native);
  if (rw.sidecar.status === 'assumed') notes.push(`An injected sidecar is assumed: ${rw.sidecar.reason}.`);
  return notes.map((n) => `${n} `).join('');
}

/**
 * What else to raise beside a suggested drain so that it creates no other finding (from
 * domain/drain-fit's drainFit): "terminationGracePeriodSeconds to at least 31", "drainDuration to at
 * least 50s". `where` follows the grace period (gateways without a pod spec: graceHint).
 */
export function fitRaises(fit: { grace?: number; drainDuration?: number }, where = ''): string[] {
  const out: string[] = [];
  if (fit.grace !== undefined) out.push(`terminationGracePeriodSeconds to at least ${fit.grace}${where}`);
  if (fit.drainDuration !== undefined) out.push(`drainDuration to at least ${formatSeconds(fit.drainDuration)}`);
  return out;
}

/** Further items of a list that follows a first one: "", " and b", ", b and c" (after "a"). */
export function alsoWords(items: string[]): string {
  if (items.length === 0) return '';
  return items.length === 1 ? ` and ${items[0]}` : `, ${joinWords(items)}`;
}

/** For a drain that starts after the proxy's own preStop: " after a 5s istio-proxy preStop" ("" without one). */
export function afterProxyPreStop(pp: Timing): string {
  if (!pp.seconds) return '';
  return pp.atLeast ? ` after an istio-proxy preStop of at least ${formatSeconds(pp.seconds)}` : ` after a ${formatSeconds(pp.seconds)} istio-proxy preStop`;
}

/** A suggestion to shorten a gateway's drain depends on the load balancers in front of it ("" for sidecars, waypoints). */
export function gatewayDrainCaveat(rw: ResolvedWorkload): string {
  return behindLoadBalancer(rw) ? ' if load balancers stop sending to the gateway by then' : '';
}

/** The assumed injection as a sentence for help texts: " An injected sidecar is assumed: <reason>." (with a leading space), or "". */
export function assumedSentence(rw: ResolvedWorkload): string {
  return rw.sidecar.status === 'assumed' ? ` An injected sidecar is assumed: ${rw.sidecar.reason}.` : '';
}

/**
 * A fact behind a finding that is not a resolved setting (a label, an annotation, a pod spec field,
 * a Gateway), as an entry for valueList / relatedValues: fact('hostNetwork', 'true', 'pod spec', ref)
 * reads "hostNetwork true (pod spec, deploy.yaml:23)". (origin() reads only whether there is a node.)
 */
export function fact(label: string, value: string, source: string, ref?: Ref): [string, Valued<string>] {
  return [label, { value, prov: { level: ref ? 'pod-spec' : 'default', source, ref } }];
}

/**
 * The Namespace labels that decide injection, for help texts: 'istio-injection "disabled" (label of
 * Namespace batch, ns.yaml:7)', or 'istio-injection and istio.io/rev labels unset (Namespace shop, ns.yaml:4)'.
 */
export function namespaceInjection(ns: NamespaceInfo): [string, Valued<string>] {
  if (NS_INJECTION in ns.labels) return fact(NS_INJECTION, JSON.stringify(String(ns.labels[NS_INJECTION])), `label of Namespace ${ns.name}`, ns.injectionRef);
  return fact(`${NS_INJECTION} and ${REV} labels`, 'unset', `Namespace ${ns.name}`, ns.labelsRef);
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

// Words for findings about a single written value (invalid-duration, invalid-boolean,
// proxy-metadata-not-string, invalid-mesh-config, invalid-field-type, unknown-proxy-config-key).
// (Imports here, not at the top, so that helpers appended by other rule groups merge cleanly.)
import { parseGoDuration } from './domain/durations.js';
import { yamlType } from './domain/written.js';
import { PROXY_CONFIG_ANNOTATION } from './domain/names.js';
import type { Inventory, MeshSource, Workload } from './inventory/model.js';

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
  // The gateway chart's pods are injected (gateway template) like any pod.
  if (rw.workload.origin !== 'pod' && rw.workload.origin !== 'gateway-values') {
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
  if (w.origin === 'gateway-values') return 'Helm rejects the gateway chart values (the chart validates their types)';
  return w.origin === 'iop-gateway' ? 'istioctl rejects the IstioOperator' : `the API server rejects the ${w.kind}`;
}

/**
 * What istiod does with a mesh config it discards, for help texts (spec §2.1, §8.6): beside a
 * second mesh source (SHARED_MESH_CONFIG) it skips the invalid one and applies the other; with one
 * source it keeps its last good state.
 */
export function meshDiscardWords(m: MeshSource, inv: Inventory): string {
  const d = meshDiscard(m);
  // The other source as the input names it, when it is there.
  const other = meshSourcesOfRevision(inv, m.revision).find((o) => o !== m && o.shared !== m.shared && !o.embedError)?.label ?? (d.skipped ? d.other : undefined);
  if (d.skipped || other) return `istiod skips this mesh config (${m.label}; it logs "invalid mesh config, ignoring") and applies ${other} alone, so none of this one's settings apply.`;
  return `istiod logs "invalid mesh config, using last known state" and keeps its last good mesh config (or the built-in defaults) instead of this one (${m.label}), so none of its settings apply.`;
}

import { drainToCover, type DrainValues } from './domain/drain-cover.js';

import { drainFit } from './domain/drain-fit.js';
import { compareVersions } from './domain/versions.js';

/** Istio ≥ 1.8 drains gracefully: only then does drainDuration close the listeners before the proxy exits. */
function gracefulDrain(istioVersion: string | undefined): boolean {
  return !istioVersion || compareVersions(istioVersion, '1.8') >= 0;
}

/**
 * A suggested drainDuration (seconds) that must not stop Envoy's listeners before the drain ends:
 * undefined when it is long enough, else the raised target and why.
 */
export function drainDurationFloor(d: DrainValues, suggested: number, istioVersion?: string): { target: string; why: string } | undefined {
  if (!gracefulDrain(istioVersion)) return undefined;
  const cover = drainToCover(d);
  const floor = Math.max(1, Math.ceil(cover.v.value));
  if (suggested >= floor) return undefined;
  return { target: formatSeconds(floor), why: ` (not below ${cover.label} ${seconds(cover.v)}, or Envoy stops accepting connections before the drain ends)` };
}

/**
 * For a suggested terminationDrainDuration or MINIMUM_DRAIN_DURATION (seconds), what else to raise
 * so that it creates no other finding: ", and raise terminationGracePeriodSeconds to at least 61
 * and drainDuration to at least 1m" ('' when nothing, or when the setting is not the one the proxy
 * waits for). With the workload (`rw`, classic drains), the grace period too (domain/drain-fit);
 * without it (a mesh config, a ProxyConfig), drainDuration at that level.
 */
export function raisesToo(d: DrainValues, setting: 'terminationDrainDuration' | 'MINIMUM_DRAIN_DURATION', suggested: number, rw?: ResolvedWorkload, istioVersion?: string): string {
  if (drainToCover(d).label !== setting) return '';
  let fit: { grace?: number; drainDuration?: number } = {};
  if (rw) {
    // The settings are read where the classic drain runs: classic sidecars, and native ones without the /drain preStop.
    if (rw.timeline.path !== 'classic' && rw.timeline.path !== 'native-without-drain-hook') return '';
    const dd = d.ddMalformed ? { ...d.dd, value: Infinity } : d.dd;
    fit = drainFit({ ...rw, dd }, { ez: d.ez.value, wait: suggested }, istioVersion);
  } else if (!d.ddMalformed && gracefulDrain(istioVersion) && suggested > d.dd.value) {
    fit = { drainDuration: Math.ceil(suggested) };
  }
  const raises = fitRaises(fit);
  return raises.length > 0 ? `, and raise ${joinWords(raises)}` : '';
}

import { fillMessage, type MessageData, type MessageSpec } from './messages.js';


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

import type { Product, TargetVersion, TargetVersions } from './domain/versions.js';
import { PRODUCT_NAMES } from './domain/versions.js';
import type { ReportedVersion } from './types.js';

/**
 * Where a target version came from, in words: "from global.tag in istiod/values.yaml:12",
 * "(--istio-version)"; with several versions in the input, which ones (the lowest applies).
 */
function versionSource(v: TargetVersion): string {
  const where = v.prov.ref ? `from ${v.prov.source} in ${v.prov.ref.view.file.path}:${locate(v.prov.ref).line}` : `(${v.prov.source})`;
  const others = v.seen.length > 1 ? ` (the lowest of ${joinWords(v.seen.map((s) => s.version))} in the input)` : '';
  return `${where}${others}`;
}

/** "Istio 1.29.0, from global.tag in istiod/values.yaml:12", "Kubernetes 1.33 (--k8s-version)". */
export function targetVersionWords(v: TargetVersion, product: Product): string {
  const source = versionSource(v);
  return `${PRODUCT_NAMES[product]} ${v.value}${source.startsWith('(') ? ' ' : ', '}${source}`;
}

/**
 * For the help of a message that depends on target versions: " Target: Istio 1.29.0, from
 * global.tag in istiod/values.yaml:12." ('' for versions with no source to tell).
 */
export function targetVersionNote(versions: TargetVersions, products: readonly Product[]): string {
  const parts = products.flatMap((p) => {
    const v = versions[p];
    return v && v.prov.level !== 'default' ? [targetVersionWords(v, p)] : [];
  });
  return parts.length > 0 ? ` Target: ${parts.join('; ')}.` : '';
}

/** The target versions as reports show them (stylish summary, JSON summary). */
export function reportedVersions(versions: TargetVersions): { istio?: ReportedVersion; kubernetes?: ReportedVersion } | undefined {
  const out: { istio?: ReportedVersion; kubernetes?: ReportedVersion } = {};
  for (const p of ['istio', 'kubernetes'] as const) {
    const v = versions[p];
    if (!v) continue;
    const r: ReportedVersion = { version: v.value, inferred: v.inferred, source: v.prov.source };
    if (v.prov.ref) {
      r.file = v.prov.ref.view.file.path;
      r.line = locate(v.prov.ref).line;
    }
    if (v.seen.length > 1) r.seen = v.seen.map((s) => s.version);
    out[p] = r;
  }
  return out.istio || out.kubernetes ? out : undefined;
}
