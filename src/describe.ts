/** Words for effective values and their provenance, shared by every rule's messages. */
import type { Provenance, Ref, Valued } from './types.js';
import type { RelatedValue } from './rule.js';
import type { ResolvedWorkload } from './resolved.js';
import type { Timing } from './domain/timeline.js';
import { locate } from './yaml/locate.js';
import { formatSeconds } from './domain/durations.js';
import { joinWords } from './text.js';
import { behindLoadBalancer } from './domain/gateway.js';
import type { NamespaceInfo } from './domain/injection.js';
import { NS_INJECTION, REV } from './domain/names.js';

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

/** assumedNote as a sentence for help texts: " An injected sidecar is assumed: <reason>." (with a leading space), or "". */
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
