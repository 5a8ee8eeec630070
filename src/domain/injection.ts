/**
 * Why a pod does (not) get an injected sidecar, with the nodes that decide it. Shared by
 * `inject-annotation-not-label`, `injection-blocked-by-namespace` and `drain-settings-unused`, so
 * that the last stays silent exactly where one of the first two explains the missing sidecar
 * (catalogue "One fault, one finding").
 *
 * Candidate for src/resolve.ts: `Sidecar` could carry the Ref of the node behind its `reason`
 * (the inject label, hostNetwork, the Namespace label) instead of rules recomputing it here.
 */
import type { Inventory, Resource, Workload } from '../inventory/model.js';
import { PROXY_CONTAINER } from './names.js';
import { SYSTEM_NAMESPACES } from './names.js';
import type { Ref } from '../types.js';
import type { ResolvedConfig } from '../config.js';
import type { Sidecar } from '../resolved.js';
import { proxyContainer } from '../inventory/model.js';
import { get, isRecord } from '../yaml/paths.js';
import { INJECT, REV, NS_INJECTION, DATAPLANE_MODE } from './names.js';


/** Values the webhook's injectRequired reads as "inject" in the deprecated annotation (YAML 1.1 true words). */
const TRUE_WORDS = new Set(['y', 'yes', 'true', 'on']);

export interface NamespaceInfo {
  res: Resource;
  name: string;
  labels: Record<string, unknown>;
  /** The Namespace's labels mapping (or its metadata.name when it has no labels), for related locations. */
  labelsRef: Ref;
  /** The `istio-injection` label value node, when the key exists. */
  injectionRef?: Ref;
}

export function namespaceOf(w: Workload, inv: Inventory): NamespaceInfo | undefined {
  const name = w.effectiveNamespace;
  const res = name ? inv.namespaces.get(name) : undefined;
  if (!res || !name) return undefined;
  const raw = get(res.value, ['metadata', 'labels']);
  const labels = isRecord(raw) ? raw : {};
  const labelsPath = [...res.base, 'metadata', 'labels'];
  return {
    res,
    name,
    labels,
    labelsRef: isRecord(raw) ? { view: res.view, path: labelsPath, target: 'key' } : { view: res.view, path: [...res.base, 'metadata', 'name'] },
    injectionRef: NS_INJECTION in labels ? { view: res.view, path: [...labelsPath, NS_INJECTION] } : undefined,
  };
}

/** The webhook's namespaceSelectors: `istio-injection=enabled`, or `istio.io/rev` without an `istio-injection` key. */
export function namespaceInjects(ns: NamespaceInfo): boolean {
  if (NS_INJECTION in ns.labels) return ns.labels[NS_INJECTION] === 'enabled';
  return typeof ns.labels[REV] === 'string';
}

/** "istio-injection=disabled" / "no istio-injection or istio.io/rev label". */
export function namespaceState(ns: NamespaceInfo): string {
  if (NS_INJECTION in ns.labels) return `${NS_INJECTION}=${String(ns.labels[NS_INJECTION])}`;
  return `no ${NS_INJECTION} or ${REV} label`;
}

/**
 * Pods the Namespace alone can decide for: origin a pod template, no istio-proxy container of its
 * own (it has a proxy whatever the labels say), not hostNetwork, not a system namespace (never
 * injected whatever the labels say: drain-settings-unused explains those).
 */
function namespaceDecides(w: Workload): boolean {
  if (w.origin !== 'pod') return false;
  if (w.containers.some((c) => c.name === PROXY_CONTAINER)) return false;
  if (w.podSpec['hostNetwork'] === true) return false;
  return !(w.effectiveNamespace && SYSTEM_NAMESPACES.has(w.effectiveNamespace));
}

export interface AnnotationNotLabel {
  ns: NamespaceInfo;
  value: string;
  at: Ref;
}

/**
 * `sidecar.istio.io/inject: "true"` as a pod-template annotation, no opt-in label (the label, when
 * present, is what the webhook reads), and the pod's Namespace is in the input and does not inject.
 */
export function annotationNotLabel(w: Workload, inv: Inventory): AnnotationNotLabel | undefined {
  const value = w.podAnnotations[INJECT];
  if (typeof value !== 'string' || !TRUE_WORDS.has(value.toLowerCase())) return undefined;
  if (w.podLabels[INJECT] !== undefined || w.podLabels[REV] !== undefined) return undefined;
  if (!namespaceDecides(w)) return undefined;
  const ns = namespaceOf(w, inv);
  if (!ns || namespaceInjects(ns)) return undefined;
  return { ns, value, at: { view: w.view, path: [...w.annotationsPath, INJECT], target: 'key' } };
}

export interface BlockedByNamespace {
  ns: NamespaceInfo;
  /** The opt-in label: `sidecar.istio.io/inject` ("true") or `istio.io/rev`. */
  label: string;
  value: string;
  at: Ref;
  /** The other opt-in label, when the pod has both. */
  other?: { label: string; value: string; ref: Ref };
}

/** A pod that opts in by label while its Namespace has `istio-injection` set to anything but `enabled`. */
export function blockedByNamespace(w: Workload, inv: Inventory): BlockedByNamespace | undefined {
  const inject = w.podLabels[INJECT];
  const rev = w.podLabels[REV];
  if (inject === 'false') return undefined; // the pod opts out itself
  const optIns: { label: string; value: string }[] = [];
  if (inject === 'true') optIns.push({ label: INJECT, value: inject });
  if (typeof rev === 'string') optIns.push({ label: REV, value: rev });
  const first = optIns[0];
  if (!first || !namespaceDecides(w)) return undefined;
  const ns = namespaceOf(w, inv);
  if (!ns || !(NS_INJECTION in ns.labels) || ns.labels[NS_INJECTION] === 'enabled') return undefined;
  const ref = (label: string): Ref => ({ view: w.view, path: [...w.labelsPath, label], target: 'key' });
  const second = optIns[1];
  return { ns, ...first, at: ref(first.label), other: second ? { ...second, ref: ref(second.label) } : undefined };
}

/** The pod opts out of injection itself: `sidecar.istio.io/inject` "false" as a label, or as the (deprecated) annotation without a label. */
export function optsOutOfInjection(w: Workload): boolean {
  const label = w.podLabels[INJECT];
  return label === 'false' || (label === undefined && w.podAnnotations[INJECT] === 'false');
}

/**
 * A namespace whose pods the injector never injects: the webhook's system namespaces, and Istio's
 * root namespace (istio-system by default), which holds Istio's own components. Returns why, or undefined.
 */
export function neverInjectedNamespace(w: Workload, rootNamespace: string): string | undefined {
  const ns = w.effectiveNamespace;
  if (!ns) return undefined;
  if (SYSTEM_NAMESPACES.has(ns)) return `${ns} is never injected`;
  return ns === rootNamespace ? `${ns} is Istio's root namespace` : undefined;
}

/** What rules the sidecar out, mirroring resolve.ts sidecarStatus: the node behind it and what it says. */
export interface NoSidecarCause {
  kind: 'injectFalse' | 'hostNetwork' | 'systemNamespace' | 'namespaceOptOut' | 'namespaceNotInjecting' | 'ambient';
  ref?: Ref;
  /** Short words for the related location. */
  what: string;
  /** The deciding setting as written (`hostNetwork`, `true`, `pod spec`); for the Namespace kinds, `ns`. */
  setting?: { name: string; value: string; source: string };
  ns?: NamespaceInfo;
  /** The pod's namespace (systemNamespace). */
  namespace?: string;
}

export function noSidecarCause(w: Workload, inv: Inventory): NoSidecarCause | undefined {
  const label = w.podLabels[INJECT];
  const ann = w.podAnnotations[INJECT];
  if (label === 'false') return { kind: 'injectFalse', ref: { view: w.view, path: [...w.labelsPath, INJECT] }, what: `${INJECT} label "false"`, setting: { name: INJECT, value: '"false"', source: 'pod label' } };
  if (label === undefined && ann === 'false') return { kind: 'injectFalse', ref: { view: w.view, path: [...w.annotationsPath, INJECT] }, what: `${INJECT} annotation "false"`, setting: { name: INJECT, value: '"false"', source: 'pod annotation' } };
  if (w.podSpec['hostNetwork'] === true) return { kind: 'hostNetwork', ref: { view: w.view, path: [...w.podSpecPath, 'hostNetwork'] }, what: 'hostNetwork: true', setting: { name: 'hostNetwork', value: 'true', source: 'pod spec' } };
  const nsName = w.effectiveNamespace;
  if (nsName && SYSTEM_NAMESPACES.has(nsName)) {
    const ref: Ref | undefined = w.namespace ? { view: w.view, path: [...w.base, 'metadata', 'namespace'] } : undefined;
    return { kind: 'systemNamespace', ref, what: `namespace ${nsName}`, namespace: nsName, setting: { name: 'namespace', value: nsName, source: w.namespace ? 'metadata.namespace' : 'defaultNamespace in the config file' } };
  }
  const ns = namespaceOf(w, inv);
  const ambient = (ref: Ref, source: string): NoSidecarCause => ({ kind: 'ambient', ref, what: `${DATAPLANE_MODE} ambient`, setting: { name: DATAPLANE_MODE, value: '"ambient"', source } });
  if (ns) {
    if (NS_INJECTION in ns.labels) return { kind: 'namespaceOptOut', ref: ns.injectionRef, what: `Namespace ${ns.name} label ${namespaceState(ns)}`, ns };
    const podMode = w.podLabels[DATAPLANE_MODE];
    if ((podMode ?? ns.labels[DATAPLANE_MODE]) === 'ambient') {
      return podMode !== undefined
        ? ambient({ view: w.view, path: [...w.labelsPath, DATAPLANE_MODE] }, 'pod label')
        : ambient({ view: ns.res.view, path: [...ns.res.base, 'metadata', 'labels', DATAPLANE_MODE] }, `label of Namespace ${ns.name}`);
    }
    return { kind: 'namespaceNotInjecting', ref: ns.labelsRef, what: `Namespace ${ns.name} (${namespaceState(ns)})`, ns };
  }
  if (w.podLabels[DATAPLANE_MODE] === 'ambient') return ambient({ view: w.view, path: [...w.labelsPath, DATAPLANE_MODE] }, 'pod label');
  return undefined;
}

/** Where the pod's labels are written, relative to the workload (`spec.template.metadata.labels`). */
export function labelsField(w: Workload): string {
  return w.labelsPath.slice(w.base.length).join('.');
}

/**
 * Why the injection webhook would not inject this pod at all, ignoring any istio-proxy container
 * it declares (a pod that is never injected runs its own istio-proxy container as written).
 */
export function injectionRuledOut(w: Workload, inv: Inventory): string | undefined {
  const label = w.podLabels[INJECT];
  if (label === 'false' || (label === undefined && w.podAnnotations[INJECT] === 'false')) return `${INJECT} is "false"`;
  if (w.podSpec['hostNetwork'] === true) return 'hostNetwork pods are never injected';
  const nsName = w.effectiveNamespace;
  if (nsName && SYSTEM_NAMESPACES.has(nsName)) return `${nsName} is never injected`;
  const ns = namespaceOf(w, inv);
  if (!ns) return undefined;
  if (NS_INJECTION in ns.labels) return ns.labels[NS_INJECTION] === 'enabled' ? undefined : `Namespace ${ns.name} has ${namespaceState(ns)}`;
  if (typeof ns.labels[REV] === 'string' || label === 'true' || typeof w.podLabels[REV] === 'string') return undefined;
  return `Namespace ${ns.name} does not enable injection`;
}

/** An Istio annotation or label on the pod template: a sign that the workload is meant to be in the mesh. */
export function istioSignal(w: Workload): string | undefined {
  for (const k of Object.keys(w.podAnnotations)) {
    if (k === 'sidecar.istio.io/inject') continue;
    if (/(^|\.)istio\.io\//.test(k)) return `its pod template has the ${k} annotation`;
  }
  for (const k of Object.keys(w.podLabels)) {
    if (k === 'sidecar.istio.io/inject' && w.podLabels[k] !== 'true') continue;
    if (k === 'istio.io/rev' || k === 'sidecar.istio.io/inject') return `its pod template has the ${k} label`;
  }
  if (w.podAnnotations['sidecar.istio.io/inject'] === 'true') return 'its pod template has the sidecar.istio.io/inject annotation';
  return undefined;
}

export const AMBIENT: Sidecar = { status: 'none', reason: 'it is in ambient mode (istio.io/dataplane-mode=ambient): ztunnel serves it, no sidecar' };

/** Catalogue "When a sidecar is assumed", and Istio's webhook selectors when the Namespace is known. */
export function sidecarStatus(w: Workload, inv: Inventory, config: ResolvedConfig, meshPresent: boolean): Sidecar {
  if (w.origin === 'iop-gateway') return { status: 'seen', reason: 'the IstioOperator deploys this gateway' };
  if (w.origin === 'gateway-api') return { status: 'seen', reason: `istiod deploys Gateways of class ${w.gatewayClass}` };
  if (w.origin === 'gateway-values') return { status: 'seen', reason: 'the gateway chart labels its pods for injection with the gateway template' };
  if (proxyContainer(w)) return { status: 'seen', reason: `it declares an ${PROXY_CONTAINER} container` };
  const injectLabel = w.podLabels['sidecar.istio.io/inject'];
  const injectAnn = w.podAnnotations['sidecar.istio.io/inject'];
  if (injectLabel === 'false' || (injectLabel === undefined && injectAnn === 'false')) return { status: 'none', reason: 'sidecar.istio.io/inject is "false"' };
  if (w.podSpec['hostNetwork'] === true) return { status: 'none', reason: 'hostNetwork pods are never injected' };
  const ns = w.effectiveNamespace;
  if (ns && SYSTEM_NAMESPACES.has(ns)) return { status: 'none', reason: `${ns} is never injected` };
  const nsRes = ns ? inv.namespaces.get(ns) : undefined;
  if (nsRes) {
    const labels = get(nsRes.value, ['metadata', 'labels']);
    const l = isRecord(labels) ? labels : {};
    if ('istio-injection' in l) {
      return l['istio-injection'] === 'enabled'
        ? { status: 'seen', reason: `Namespace ${ns} has istio-injection=enabled` }
        : { status: 'none', reason: `Namespace ${ns} has istio-injection=${String(l['istio-injection'])}` };
    }
    if ('istio.io/rev' in l) return { status: 'seen', reason: `Namespace ${ns} has istio.io/rev=${String(l['istio.io/rev'])}` };
    if (injectLabel === 'true' || typeof w.podLabels['istio.io/rev'] === 'string') return { status: 'seen', reason: 'its pod template opts in by label' };
    if ((w.podLabels['istio.io/dataplane-mode'] ?? l['istio.io/dataplane-mode']) === 'ambient') return AMBIENT;
    return { status: 'none', reason: `Namespace ${ns} does not enable injection` };
  }
  // Ambient pods are served by ztunnel; an injected sidecar would win, but nothing above injects this one.
  if (w.podLabels['istio.io/dataplane-mode'] === 'ambient') return AMBIENT;
  const signal = istioSignal(w);
  if (signal) return { status: 'assumed', reason: signal };
  if (meshPresent) return { status: 'assumed', reason: 'an Istio mesh config is part of this run' };
  if (config.assumeInjected) return { status: 'assumed', reason: 'assumeInjected is set' };
  return { status: 'none', reason: NO_MESH_SIGNAL };
}

/** The reason of a pod without a sidecar that nothing rules out: nothing says it is in the mesh (explain tells it from a rule-out). */
export const NO_MESH_SIGNAL = 'nothing says it is in the mesh';
