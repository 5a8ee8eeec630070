/**
 * Resolve: the effective drain settings of every workload, each with where it came from, following
 * the precedence of Istio's injector and pilot-agent (built-in defaults < mesh defaultConfig < root
 * and namespace ProxyConfig < annotation < selector ProxyConfig; proxyMetadata merged key by key; a
 * user `istio-proxy` container's env last).
 */
import type { Inventory, MeshSource, ProxyConfigResource, Workload, Container } from './inventory/model.js';
import { proxyContainer } from './inventory/model.js';
import { computeTimeline, type ProxyPath, type Timeline, type Timing } from './domain/timeline.js';
import { drainHookLoss, nativeEffective } from './domain/lifecycle.js';
import { PROXY_CONTAINER, PROXY_CONFIG_ANNOTATION } from './domain/names.js';
import { allWorkloads } from './inventory/builder.js';
import type { Path, Provenance, Ref, Valued } from './types.js';
import { get, isRecord } from './yaml/paths.js';
import { parseEmbedded } from './yaml/embedded.js';
import { compareVersions } from './domain/versions.js';
import { parseGoBool, parseGoDuration } from './domain/durations.js';
import { preStopDuration, type HookDuration } from './domain/prestop.js';
import { validateMeshConfig, validateProxyConfig, type ValueProblem } from './istio/validate.js';
import type { LifetimeRule, ResolvedConfig } from './config.js';
import { trafficLifetime } from './traffic.js';
import { DEFAULT_G, DEFAULT_TDD, DEFAULT_DD, DEFAULT_MIN, EZ, MIN, TDDS, SYSTEM_NAMESPACES, LIFETIME_ANNOTATION, SHUTDOWN_ANNOTATION } from './domain/names.js';


export type Mode = 'classic' | 'native';

export interface Sidecar {
  /** seen: an istio-proxy container or a Namespace that injects; assumed: a mesh signal; none. */
  status: 'seen' | 'assumed' | 'none';
  reason: string;
}


export interface ResolvedWorkload {
  workload: Workload;
  sidecar: Sidecar;
  gateway: boolean;
  mode: Valued<Mode>;
  /** The mesh / ProxyConfig values that a user istio-proxy container's PROXY_CONFIG env replaced. */
  replacedByProxyConfigEnv?: { tdd: Valued<number>; dd: Valued<number> };
  /** terminationGracePeriodSeconds; undefined value = unusable (wrong type). */
  grace: Valued<number | undefined>;
  /** True when G is explicitly 0: the pod opted out of graceful shutdown. */
  graceOptOut: boolean;
  tdd: Valued<number>;
  dd: Valued<number>;
  /** Effective env of the istio-proxy container that matters for drain, by name. */
  proxyEnv: Map<string, Valued<string>>;
  ez: Valued<boolean>;
  min: Valued<number>;
  appPreStop: Timing;
  proxyPreStop: Timing;
  /** Each container's own preStop duration, by container name (containers with a hook only). */
  containerPreStops: Map<string, Timing>;
  lifetime?: Valued<number>;
  shutdown?: Valued<number>;
  /** What happens from the pod's deletion to SIGKILL, computed once from the values above. */
  timeline: Timeline;
  /** Admission would deny the pod (its annotation does not parse or validate). */
  admissionDenied: boolean;
  /** Value problems of the proxy.istio.io/config annotation (any one makes admission deny the pod). */
  annotationProblems: ValueProblem[];
  meshSources: MeshSource[];
}

/** What the run's workloads share: resolved once, before any workload. */
export interface RunResolution {
  /** Value problems of each mesh document (a problem discards the document). */
  meshProblems: Map<MeshSource, ValueProblem[]>;
  /** Whether any mesh config was in the run (a mesh signal for every workload). */
  meshPresent: boolean;
}

/** Every workload resolved at once: for inspecting small inputs (tests, the smoke report). */
export interface Resolution extends RunResolution {
  workloads: ResolvedWorkload[];
}

const LEVEL_RANK: Record<Provenance['level'], number> = {
  default: 0,
  config: 1,
  traffic: 1,
  mesh: 2,
  'root-proxyconfig': 3,
  'namespace-proxyconfig': 4,
  annotation: 5,
  'selector-proxyconfig': 6,
  'proxy-container': 7,
  'pod-spec': 8,
};

export function levelRank(p: Provenance): number {
  return LEVEL_RANK[p.level];
}

/**
 * Whether pilot-agent's classic drain is what stops this pod's proxy, with a grace period to
 * measure it against: a usable grace period, a pod admission lets through, a sidecar, classic mode.
 */
export function drainsClassically(rw: ResolvedWorkload): rw is ResolvedWorkload & { grace: Valued<number> } {
  return rw.grace.value !== undefined && !rw.admissionDenied && rw.sidecar.status !== 'none' && rw.mode.value === 'classic';
}

/** Of the settings involved in a finding, the one set at the most specific level (none: all defaults). */
export function mostSpecificSetting(involved: Valued<unknown>[]): Valued<unknown> | undefined {
  const set = involved.filter((v) => v.prov.level !== 'default' && v.prov.ref);
  if (set.length === 0) return undefined;
  return set.reduce((a, b) => (levelRank(b.prov) > levelRank(a.prov) ? b : a));
}

export function resolveRun(inv: Inventory): RunResolution {
  const meshProblems = new Map<MeshSource, ValueProblem[]>();
  for (const m of inv.meshSources) meshProblems.set(m, m.embedError ? [] : validateMeshConfig(m.view, m.path, m.value));
  return { meshProblems, meshPresent: inv.meshSources.length > 0 || inv.istioOperators.length > 0 };
}

export function resolve(inv: Inventory, config: ResolvedConfig): Resolution {
  const run = resolveRun(inv);
  return { ...run, workloads: allWorkloads(inv).map((w) => resolveWorkload(w, inv, config, run)) };
}

/** The effective drain settings of one workload, each with where it came from. */
export function resolveWorkload(w: Workload, inv: Inventory, config: ResolvedConfig, run: RunResolution): ResolvedWorkload {
  const { meshProblems, meshPresent } = run;
  const istio = config.istioVersion;
  const revision = revisionOf(w, inv);
  const meshSources = meshSourcesFor(inv, revision).filter((m) => !discarded(m, inv, meshProblems));

  const dflt = (source = 'default'): Provenance => ({ level: 'default', source });
  let tdd: Valued<number> = { value: DEFAULT_TDD, prov: dflt() };
  let dd: Valued<number> = { value: DEFAULT_DD, prov: dflt() };
  const metadata = new Map<string, Valued<string>>();

  // Before Istio 1.11 a higher level's proxyMetadata map replaced the lower one instead of merging.
  const replacesMetadata = istio !== undefined && compareVersions(istio, '1.11') < 0;
  const applyProxyConfig = (pc: unknown, path: Path, prov: (p: Path) => Provenance) => {
    if (!isRecord(pc)) return;
    for (const [key, field] of [['terminationDrainDuration', 'tdd'], ['termination_drain_duration', 'tdd'], ['drainDuration', 'dd'], ['drain_duration', 'dd']] as const) {
      const raw = pc[key];
      if (typeof raw !== 'string') continue;
      const secs = parseGoDuration(raw);
      if (secs === undefined) continue;
      const v = { value: secs, prov: prov(path.concat(key)) };
      if (field === 'tdd') tdd = v;
      else dd = v;
    }
    for (const key of ['proxyMetadata', 'proxy_metadata']) {
      const md = pc[key];
      if (!isRecord(md)) continue;
      if (replacesMetadata) metadata.clear();
      for (const [name, value] of Object.entries(md)) {
        if (typeof value !== 'string') continue;
        if (value === '') metadata.delete(name); // "" unsets a key set at a lower level
        else metadata.set(name, { value, prov: prov(path.concat(key, name)) });
      }
    }
  };

  // 1–2: built-in defaults, then mesh defaultConfig (shared first, then input order; --mesh-config last).
  for (const m of meshSources) {
    // istiod accepts both spellings of every field.
    for (const key of ['defaultConfig', 'default_config']) {
      applyProxyConfig(m.value[key], m.path.concat(key), (p) => ({ level: 'mesh', source: `mesh config in ${m.label}`, ref: { view: m.view, path: p } }));
    }
  }
  // 3–4: ProxyConfig CRs without selector in the root namespace, then in the pod's namespace.
  const rootNs = rootNamespace(meshSources);
  const ns = w.effectiveNamespace;
  // istiod honours ProxyConfig resources since Istio 1.13.
  const crsHonoured = istio === undefined || compareVersions(istio, '1.13') >= 0;
  const crs = (level: 'root-proxyconfig' | 'namespace-proxyconfig' | 'selector-proxyconfig', pick: ProxyConfigResource | undefined) => {
    if (!pick || !crsHonoured) return;
    const env = get(pick.value, ['spec', 'environmentVariables']);
    if (!isRecord(env)) return;
    for (const [name, value] of Object.entries(env)) {
      if (typeof value !== 'string') continue;
      const prov: Provenance = { level, source: `ProxyConfig ${pick.namespace ?? ''}/${pick.name ?? ''}`, ref: { view: pick.view, path: pick.base.concat('spec', 'environmentVariables', name) } };
      if (value === '') metadata.delete(name);
      else metadata.set(name, { value, prov });
    }
  };
  crs('root-proxyconfig', oldest(inv.proxyConfigs.filter((p) => p.namespace === rootNs && !p.selector)));
  if (ns && ns !== rootNs) crs('namespace-proxyconfig', oldest(inv.proxyConfigs.filter((p) => p.namespace === ns && !p.selector)));
  // A user istio-proxy container's PROXY_CONFIG replaces the injected ProxyConfig snapshot wholesale;
  // pilot-agent then applies the annotation over it.
  const proxyConfigEnv = userProxyConfig(w);
  let replaced: ResolvedWorkload['replacedByProxyConfigEnv'];
  if (proxyConfigEnv) {
    replaced = { tdd, dd };
    tdd = { value: DEFAULT_TDD, prov: dflt(`default (PROXY_CONFIG of the ${PROXY_CONTAINER} container replaces the mesh config)`) };
    dd = { value: DEFAULT_DD, prov: dflt(`default (PROXY_CONFIG of the ${PROXY_CONTAINER} container replaces the mesh config)`) };
    const onlyFields = isRecord(proxyConfigEnv.value) ? Object.fromEntries(Object.entries(proxyConfigEnv.value).filter(([k]) => k !== 'proxyMetadata' && k !== 'proxy_metadata')) : undefined;
    applyProxyConfig(onlyFields, proxyConfigEnv.ref.path, () => ({ level: 'proxy-container', source: `PROXY_CONFIG of the ${PROXY_CONTAINER} container`, ref: proxyConfigEnv.ref }));
  }
  // 5: the pod's proxy.istio.io/config annotation.
  const ann = w.proxyConfigAnnotation;
  const annProblems = ann?.view && isRecord(ann.view.value) ? validateProxyConfig(ann.view, [], ann.view.value) : [];
  const admissionDenied = Boolean(ann && (ann.error || annProblems.length > 0 || (ann.view && !isRecord(ann.view.value) && ann.view.value !== null && ann.view.value !== undefined)));
  if (ann?.view && !admissionDenied) {
    const value = ann.view.value;
    // Without injection the annotation is read at runtime only: its fields apply, its proxyMetadata never becomes env.
    const applied = w.annotationMetadataRendered || !isRecord(value) ? value : Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'proxyMetadata' && k !== 'proxy_metadata'));
    applyProxyConfig(applied, [], (p) => ({ level: 'annotation', source: `${PROXY_CONFIG_ANNOTATION} annotation`, ref: { view: ann.view!, path: p } }));
  }
  // 6: a ProxyConfig with a selector in the pod's namespace.
  if (ns) crs('selector-proxyconfig', oldest(inv.proxyConfigs.filter((p) => p.namespace === ns && p.selector && labelsMatch(p.selector, w.podLabels))));

  // The injector renders every proxyMetadata entry as istio-proxy env; a user istio-proxy container's env wins.
  const proxyEnv = new Map(metadata);
  const proxy = proxyContainer(w);
  if (proxy && Array.isArray(proxy.value['env'])) {
    (proxy.value['env'] as unknown[]).forEach((e, i) => {
      // An entry without a value sets the variable to "" (which turns an injected EZ off).
      if (isRecord(e) && typeof e['name'] === 'string' && (typeof e['value'] === 'string' || e['value'] === undefined || e['value'] === null) && !('valueFrom' in e)) {
        const source = w.origin === 'iop-gateway' ? 'k8s.env of the IstioOperator gateway' : `env of the ${PROXY_CONTAINER} container`;
        proxyEnv.set(e['name'], { value: typeof e['value'] === 'string' ? e['value'] : '', prov: { level: 'proxy-container', source, ref: { view: w.view, path: proxy.path.concat('env', i, 'value') } } });
      }
    });
  }
  // Istio 1.7–1.9 still read TERMINATION_DRAIN_DURATION_SECONDS over terminationDrainDuration.
  const tdds = proxyEnv.get(TDDS);
  if (tdds && istio && compareVersions(istio, '1.7') >= 0 && compareVersions(istio, '1.10') < 0 && /^\d+$/.test(tdds.value)) {
    tdd = { value: Number(tdds.value), prov: tdds.prov };
  }

  const ezRaw = proxyEnv.get(EZ);
  const ezSupported = !istio || compareVersions(istio, '1.12') >= 0;
  const ez: Valued<boolean> = ezRaw ? { value: ezSupported && parseGoBool(ezRaw.value) === true, prov: ezRaw.prov } : { value: false, prov: dflt() };
  const minRaw = proxyEnv.get(MIN);
  const minSecs = minRaw ? parseGoDuration(minRaw.value) : undefined;
  const min: Valued<number> = minRaw && minSecs !== undefined ? { value: minSecs, prov: minRaw.prov } : { value: DEFAULT_MIN, prov: minRaw ? { level: 'default', source: `default (${MIN} "${minRaw.value}" is not a duration)` } : dflt() };

  // Grace period.
  const grace = graceOf(w, config);

  const appContainers = w.containers.filter((c) => c.name !== PROXY_CONTAINER);
  const appPreStop = maxPreStop(w, appContainers, config.kubernetesVersion);
  const containerPreStops = new Map<string, Timing>();
  for (const c of w.containers) {
    const t = hookTiming(w, c, config.kubernetesVersion);
    if (t) containerPreStops.set(c.name, t);
  }
  // A user istio-proxy container without its own preStop keeps the injected one (global.proxy.lifecycle).
  const proxyPreStop = (proxy && hookTiming(w, proxy, config.kubernetesVersion)) ?? globalPreStop(inv, revision);
  const mode = proxyMode(w, inv, config);
  const sidecar = sidecarStatus(w, inv, config, meshPresent);
  const gateway = isGateway(w);
  const lifetime = declared(w, LIFETIME_ANNOTATION, config.connectionLifetime, 'connectionLifetime', () => trafficLifetime(w, inv, config));
  const shutdown = declared(w, SHUTDOWN_ANNOTATION, config.shutdownDuration, 'shutdownDuration');
  const path = proxyPath({ workload: w, mode }, sidecar, inv, istio);

  return {
    workload: w,
    sidecar,
    gateway,
    mode,
    replacedByProxyConfigEnv: replaced,
    grace,
    graceOptOut: grace.value === 0,
    tdd,
    dd,
    proxyEnv,
    ez,
    min,
    appPreStop,
    proxyPreStop,
    containerPreStops,
    lifetime,
    shutdown,
    timeline: computeTimeline({ path, gateway, grace, tdd, dd, ez, min, appPreStop, proxyPreStop, lifetime, shutdown }),
    admissionDenied,
    annotationProblems: annProblems,
    meshSources,
  };
}

/**
 * How the proxy stops: no proxy; classic (sidecars without native mode, and gateways); native with
 * the injected `/drain` preStop; or native without it (Istio < 1.21, or a replaced lifecycle).
 */
function proxyPath(rw: Pick<ResolvedWorkload, 'workload' | 'mode'>, sidecar: Sidecar, inv: Inventory, istio: string | undefined): ProxyPath {
  if (sidecar.status === 'none') return 'none';
  if (!nativeEffective(rw, istio)) return 'classic';
  return drainHookLoss(rw, inv, istio) ? 'native-without-drain-hook' : 'native';
}

/** terminationGracePeriodSeconds: the pod spec, an IstioOperator overlay or Gateway parameters, else the default. */
function graceOf(w: Workload, config: ResolvedConfig): Valued<number | undefined> {
  const gRaw = w.podSpec['terminationGracePeriodSeconds'];
  const set: Ref = w.graceOverride ?? { view: w.view, path: w.podSpecPath.concat('terminationGracePeriodSeconds') };
  const source = w.origin === 'iop-gateway' ? 'IstioOperator k8s.overlays patch' : w.origin === 'gateway-api' ? 'Gateway parameters ConfigMap' : 'pod spec';
  if (gRaw === undefined || gRaw === null) {
    const at = w.anchor ?? set;
    // Istio ≤ 1.27 rendered waypoints with a hard-coded grace period of 2s.
    if (w.gatewayClass === 'istio-waypoint' && config.istioVersion && compareVersions(config.istioVersion, '1.28') < 0) {
      return { value: 2, prov: { level: 'default', source: `waypoint template of Istio ${config.istioVersion} (hard-coded)`, ref: at } };
    }
    return { value: DEFAULT_G, prov: { level: 'default', source: 'default', ref: at } };
  }
  if (typeof gRaw === 'number' && Number.isInteger(gRaw) && gRaw >= 0) return { value: gRaw, prov: { level: 'pod-spec', source, ref: set } };
  return { value: undefined, prov: { level: 'pod-spec', source, ref: set } };
}

/**
 * istiod discards a mesh document with any type error. An IstioOperator's spec.meshConfig and
 * spec.values.meshConfig are merged into one document first, so a problem in either drops both.
 */
function discarded(m: MeshSource, inv: Inventory, problems: Map<MeshSource, ValueProblem[]>): boolean {
  return inv.meshSources.some((o) => o.resource === m.resource && (o.embedError !== undefined || (problems.get(o)?.length ?? 0) > 0));
}

/** The parsed PROXY_CONFIG env of a user-declared istio-proxy container (YAML or JSON), if any. */
function userProxyConfig(w: Workload): { value: unknown; ref: Ref } | undefined {
  const proxy = proxyContainer(w);
  const env = proxy && Array.isArray(proxy.value['env']) ? (proxy.value['env'] as unknown[]) : [];
  const i = env.findIndex((e) => isRecord(e) && e['name'] === 'PROXY_CONFIG' && typeof e['value'] === 'string');
  if (i < 0 || !proxy) return undefined;
  const ref: Ref = { view: w.view, path: proxy.path.concat('env', i, 'value') };
  const parsed = parseEmbedded(ref);
  return parsed.view ? { value: parsed.view.value, ref } : undefined;
}

function zero(): Timing {
  return { seconds: 0, prov: { level: 'default', source: 'no preStop hook' } };
}

/** A container's preStop duration; the sleep action needs Kubernetes ≥ 1.30 (beta, on by default). */
function hookTiming(w: Workload, c: Container, k8s?: string): Timing | undefined {
  const lifecycle = c.value['lifecycle'];
  const preStop = isRecord(lifecycle) ? lifecycle['preStop'] : undefined;
  const d: HookDuration | undefined = preStopDuration(preStop);
  if (!d) return undefined;
  const ref: Ref = { view: w.view, path: c.path.concat('lifecycle', 'preStop'), target: 'key' };
  const prov: Provenance = { level: 'pod-spec', source: `preStop of container ${c.name}`, ref };
  if ('unknown' in d) return { prov, unknown: d.unknown };
  if (d.via === 'sleep-action' && k8s && compareVersions(k8s, '1.30') < 0) {
    return { prov, unknown: `lifecycle.preStop.sleep needs Kubernetes 1.30 or later (1.29 only behind the PodLifecycleSleepAction gate); on ${k8s} it does not run` };
  }
  return { seconds: d.seconds, prov };
}

function maxPreStop(w: Workload, containers: Container[], k8s?: string): Timing {
  let best: Timing = zero();
  for (const c of containers) {
    if (c.init) continue;
    const t = hookTiming(w, c, k8s);
    if (!t) continue;
    if (t.unknown !== undefined) return t;
    if ((t.seconds ?? 0) > (best.seconds ?? 0)) best = t;
  }
  return best;
}

function globalPreStop(inv: Inventory, revision: string): Timing {
  const g = inv.globalLifecycles.filter((l) => l.revision === revision).pop();
  if (!g || !isRecord(g.value)) return zero();
  const d = preStopDuration(g.value['preStop']);
  if (!d) return zero();
  const prov: Provenance = { level: 'mesh', source: `values.global.proxy.lifecycle (${g.label})`, ref: { view: g.ref.view, path: g.ref.path.concat('preStop') } };
  return 'unknown' in d ? { prov, unknown: d.unknown } : { seconds: d.seconds, prov };
}


function revisionOf(w: Workload, inv: Inventory): string {
  const label = w.podLabels['istio.io/rev'];
  if (typeof label === 'string') return label === 'default' ? '' : label;
  const ns = w.effectiveNamespace ? inv.namespaces.get(w.effectiveNamespace) : undefined;
  const nsRev = ns ? get(ns.value, ['metadata', 'labels', 'istio.io/rev']) : undefined;
  return typeof nsRev === 'string' && nsRev !== 'default' ? nsRev : '';
}

/** Mesh configs for a revision: shared first, then in input order; the default revision's when it has none. */
function meshSourcesFor(inv: Inventory, revision: string): MeshSource[] {
  let own = inv.meshSources.filter((m) => m.revision === revision || m.shared);
  if (revision !== '' && !own.some((m) => m.revision === revision)) own = inv.meshSources.filter((m) => m.revision === '' || m.shared);
  return [...own].sort((a, b) => Number(b.shared) - Number(a.shared) || a.order - b.order);
}

function rootNamespace(meshSources: MeshSource[]): string {
  let root = 'istio-system';
  for (const m of meshSources) if (typeof m.value['rootNamespace'] === 'string') root = m.value['rootNamespace'];
  return root;
}

/** Per level only the oldest ProxyConfig applies (creationTimestamp, else input order). */
function oldest(list: ProxyConfigResource[]): ProxyConfigResource | undefined {
  return [...list].sort((a, b) => (a.creationTimestamp && b.creationTimestamp ? a.creationTimestamp.localeCompare(b.creationTimestamp) : 0) || a.order - b.order)[0];
}

function labelsMatch(selector: Record<string, unknown>, labels: Record<string, unknown>): boolean {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}

function istioSignal(w: Workload): string | undefined {
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

const AMBIENT: Sidecar = { status: 'none', reason: 'it is in ambient mode (istio.io/dataplane-mode=ambient): ztunnel serves it, no sidecar' };

/** Catalogue "When a sidecar is assumed", and Istio's webhook selectors when the Namespace is known. */
function sidecarStatus(w: Workload, inv: Inventory, config: ResolvedConfig, meshPresent: boolean): Sidecar {
  if (w.origin === 'iop-gateway') return { status: 'seen', reason: 'the IstioOperator deploys this gateway' };
  if (w.origin === 'gateway-api') return { status: 'seen', reason: `istiod deploys Gateways of class ${w.gatewayClass}` };
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
  return { status: 'none', reason: 'nothing says it is in the mesh' };
}

function isGateway(w: Workload): boolean {
  if (w.origin !== 'pod') return true;
  const tpl = w.podAnnotations['inject.istio.io/templates'];
  if (typeof tpl === 'string' && tpl.split(',').includes('gateway')) return true;
  if ('gateway.networking.k8s.io/gateway-name' in w.podLabels || 'istio.io/gateway-name' in w.podLabels) return true;
  const proxy = proxyContainer(w);
  const args = proxy && Array.isArray(proxy.value['args']) ? (proxy.value['args'] as unknown[]) : [];
  return args.includes('router');
}

function proxyMode(w: Workload, inv: Inventory, config: ResolvedConfig): Valued<Mode> {
  // A gateway's proxy is the pod's main container: there is no sidecar to make native.
  if (isGateway(w)) return { value: 'classic', prov: { level: 'default', source: 'gateway (the proxy is the main container)' } };
  const ann = w.podAnnotations['sidecar.istio.io/nativeSidecar'];
  const annRef: Ref = { view: w.view, path: w.annotationsPath.concat('sidecar.istio.io/nativeSidecar') };
  if (ann === 'true') return { value: 'native', prov: { level: 'annotation', source: 'sidecar.istio.io/nativeSidecar annotation', ref: annRef } };
  if (ann === 'false') return { value: 'classic', prov: { level: 'annotation', source: 'sidecar.istio.io/nativeSidecar annotation', ref: annRef } };
  const env = inv.istiodEnv.filter((e) => e.name === 'ENABLE_NATIVE_SIDECARS').pop();
  const setting = env ? String(env.value) : undefined;
  if (setting === 'true') return { value: 'native', prov: { level: 'mesh', source: `ENABLE_NATIVE_SIDECARS=true (${env!.label})`, ref: env!.ref } };
  const istioAuto = config.istioVersion ? compareVersions(config.istioVersion, '1.27') >= 0 : false;
  const auto = setting === 'auto' || (setting === undefined && istioAuto);
  if (auto && config.kubernetesVersion && compareVersions(config.kubernetesVersion, '1.33') >= 0) {
    return { value: 'native', prov: { level: 'default', source: `ENABLE_NATIVE_SIDECARS=auto with Kubernetes ${config.kubernetesVersion}`, ref: env?.ref } };
  }
  return { value: 'classic', prov: { level: 'default', source: 'classic sidecar (no native-sidecar setting in the input)' } };
}

/**
 * L or Sₐ: the pod-template annotation, then the config's per-workload entries, then (L only) the
 * traffic resources routed to the workload, then the config default.
 */
function declared(w: Workload, annotation: string, rules: LifetimeRule | undefined, key: string, derived?: () => Valued<number> | undefined): Valued<number> | undefined {
  const raw = w.podAnnotations[annotation];
  if (raw !== undefined && raw !== null) {
    // A value that is not a duration string is a finding of its own and leaves the value unknown.
    const secs = typeof raw === 'string' ? parseGoDuration(raw) : undefined;
    if (secs !== undefined) return { value: secs, prov: { level: 'annotation', source: `${annotation} annotation`, ref: { view: w.view, path: w.annotationsPath.concat(annotation) } } };
    return undefined;
  }
  const hit = rules?.workloads.find((e) => e.matches(w));
  if (hit) return { value: hit.seconds, prov: { level: 'config', source: `${key}.workloads[${hit.index}] in the config file`, ref: hit.ref } };
  const fromTraffic = derived?.();
  if (fromTraffic) return fromTraffic;
  if (rules?.default !== undefined) return { value: rules.default.seconds, prov: { level: 'config', source: `${key}.default in the config file`, ref: rules.default.ref } };
  return undefined;
}
