/**
 * Resolve: the effective drain settings of every workload, each with where it came from. The
 * precedence of Istio's injector and pilot-agent is data — a list of levels, lowest first, folded by
 * one function: built-in defaults < mesh defaultConfig < root-namespace ProxyConfig < namespace
 * ProxyConfig < (a user PROXY_CONFIG env) < the proxy.istio.io/config annotation < selector
 * ProxyConfig < the istio-proxy container's env. The facts a workload's timeline needs (grace
 * period, preStop hooks, mode, sidecar, L, Sₐ) come from the domain modules.
 */
import type { Inventory, MeshSource, ProxyConfigResource, Workload } from './inventory/model.js';
import { proxyContainer } from './inventory/model.js';
import { allWorkloads } from './inventory/builder.js';
import { computeTimeline, type ProxyPath, type Timing } from './domain/timeline.js';
import type { MeshFold, Resolution, ResolvedWorkload, RunResolution, Sidecar, UnappliedValue } from './resolved.js';
import { drainHookLoss } from './domain/lifecycle.js';
import { nativeEffective, proxyMode } from './domain/mode.js';
import { DEFAULT_DD, DEFAULT_MIN, DEFAULT_TDD, EZ, fieldsOf, LIFETIME_ANNOTATION, MIN, PROXY_CONFIG_ANNOTATION, PROXY_CONTAINER, PROXY_METADATA_KEYS, SHUTDOWN_ANNOTATION, TDDS } from './domain/names.js';
import type { Path, Provenance, ProvenanceLevel, Ref, Valued } from './types.js';
import { get, isRecord } from './yaml/paths.js';
import { parseEmbedded } from './yaml/embedded.js';
import { compareVersions, targetVersions, type TargetVersions } from './domain/versions.js';
import { formatSeconds, parseGoBool, parseGoDuration } from './domain/durations.js';
import { exactOnly, globalPreStop, hookTiming, maxPreStop } from './domain/prestop.js';
import { validateMeshConfig, validateProxyConfig, type ValueProblem } from './istio/validate.js';
import type { ResolvedConfig } from './config.js';
import { trafficLifetime } from './domain/traffic.js';
import { graceOf } from './domain/grace.js';
import { discarded, meshSourcesFor, revisionOf, rootNamespace } from './domain/mesh.js';
import { TDD_FIELD_SINCE, TDDS_REMOVED } from './domain/removed.js';
import { labelsMatch, oldest } from './domain/proxy-configs.js';
import { sidecarStatus } from './domain/injection.js';
import { isGateway } from './domain/gateway.js';
import { declared, shadowedDeclarations } from './domain/lifetime.js';
import { crLabel } from './domain/identity.js';

const LEVEL_RANK: Record<ProvenanceLevel, number> = {
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
 * Whether pilot-agent's classic drain is what stops this pod's proxy while the app still runs, with
 * a grace period to measure it against: a usable grace period, a pod admission lets through, and
 * the timeline's `classic` path (a sidecar in classic mode, or a gateway). The timeline's path, not
 * `rw.mode`, decides: e.g. the nativeSidecar annotation is ignored before Istio 1.24.
 */
export function drainsClassically(rw: ResolvedWorkload): rw is ResolvedWorkload & { grace: Valued<number> } {
  return rw.grace.value !== undefined && !rw.admissionDenied && rw.timeline.path === 'classic';
}

/**
 * Whether pilot-agent's classic drain runs at all, so that TDD, EZ and MIN are read: the `classic`
 * path, or a native sidecar without its /drain preStop (Istio < 1.21, or a replaced lifecycle),
 * whose classic drain starts once the app has exited (spec §3.4 step 4, §8.4).
 */
export function classicDrainRuns(rw: ResolvedWorkload): rw is ResolvedWorkload & { grace: Valued<number> } {
  return rw.grace.value !== undefined && !rw.admissionDenied && (rw.timeline.path === 'classic' || rw.timeline.path === 'native-without-drain-hook');
}

/** Of the settings involved in a finding, the one set at the most specific level (none: all defaults). */
export function mostSpecificSetting(involved: Valued<unknown>[]): Valued<unknown> | undefined {
  const set = involved.filter((v) => v.prov.level !== 'default' && v.prov.ref);
  if (set.length === 0) return undefined;
  return set.reduce((a, b) => (levelRank(b.prov) > levelRank(a.prov) ? b : a));
}

export function resolveRun(inv: Inventory, versions: TargetVersions = {}): RunResolution {
  const meshProblems = new Map<MeshSource, ValueProblem[]>();
  for (const m of inv.meshSources) meshProblems.set(m, m.embedError ? [] : validateMeshConfig(m.view, m.path, m.value));
  return { meshProblems, meshPresent: inv.meshSources.length > 0 || inv.istioOperators.length > 0, meshByRevision: new Map(), discardedByRevision: new Map(), meshFolds: new Map(), validProxyConfigs: new WeakSet(), versions };
}

/**
 * The versions a run targets (flag, configuration file, else the input), and the configuration the
 * run uses: the given one with those versions in istioVersion / kubernetesVersion.
 */
export function targetConfig(inv: Inventory, config: ResolvedConfig): { config: ResolvedConfig; versions: TargetVersions } {
  const versions = targetVersions(config, inv.versionSignals.values());
  return { config: { ...config, istioVersion: versions.istio?.value, kubernetesVersion: versions.kubernetes?.value }, versions };
}

/** Every workload resolved at once (the run as prepared, or with the versions the config gives). */
export function resolve(inv: Inventory, config: ResolvedConfig, run: RunResolution = resolveRun(inv, targetVersions(config, []))): Resolution {
  return { ...run, workloads: allWorkloads(inv).map((w) => resolveWorkload(w, inv, config, run)) };
}

/** The mesh documents of a revision that istiod keeps, computed once per revision. */
function meshFor(revision: string, inv: Inventory, run: RunResolution): MeshSource[] {
  let list = run.meshByRevision.get(revision);
  if (!list) {
    list = meshSourcesFor(inv, revision).filter((m) => !discarded(m, inv, run.meshProblems));
    run.meshByRevision.set(revision, list);
  }
  return list;
}

/** The effective drain settings of one workload, each with where it came from. */
export function resolveWorkload(w: Workload, inv: Inventory, config: ResolvedConfig, run: RunResolution): ResolvedWorkload {
  const istio = config.istioVersion;
  const k8s = config.kubernetesVersion;
  const revision = revisionOf(w, inv);
  const meshSources = meshFor(revision, inv, run);
  const annotation = annotationState(w, run);
  const unapplied: UnappliedValue[] = [];
  const meshFold = meshFoldFor(revision, meshSources, istio, run);
  const settings = foldLayers(precedence(w, inv, meshSources, annotation.admissionDenied, istio, unapplied), istio, unapplied, meshFold);
  const { tdd, dd, env: proxyEnv, replaced } = settings;
  const { ez, min } = drainEnv(proxyEnv, istio, unapplied);
  unapplied.push(...discardedMeshValues(inv, revision, meshSources, run), ...appContainerDrainEnv(w));

  const grace = graceOf(w, config);
  const proxy = proxyContainer(w);
  const appPreStop = maxPreStop(w, w.containers.filter((c) => c.name !== PROXY_CONTAINER), k8s);
  const containerPreStops = new Map<string, Timing>();
  for (const c of w.containers) {
    const t = hookTiming(w, c, k8s);
    if (t) containerPreStops.set(c.name, t);
  }
  // A user istio-proxy container without its own preStop keeps the injected one (global.proxy.lifecycle).
  // Pₚ only ever counts exactly: a lower bound is unknown to the rules (catalogue, spec §8.11).
  const proxyPreStop = exactOnly((proxy && hookTiming(w, proxy, k8s)) ?? globalPreStop(inv, revision));
  const mode = proxyMode(w, inv, config);
  const sidecar = sidecarStatus(w, inv, config, run.meshPresent);
  const gateway = isGateway(w);
  const lifetime = declared(w, LIFETIME_ANNOTATION, config.connectionLifetime, 'connectionLifetime', () => trafficLifetime(w, inv, config));
  const shutdown = declared(w, SHUTDOWN_ANNOTATION, config.shutdownDuration, 'shutdownDuration');
  unapplied.push(...undeclared(w, lifetime, LIFETIME_ANNOTATION, 'connection lifetime'), ...undeclared(w, shutdown, SHUTDOWN_ANNOTATION, 'shutdown duration'));
  for (const [setting, winner, lower] of [
    ['connection lifetime', lifetime, shadowedDeclarations(w, lifetime, config.connectionLifetime, 'connectionLifetime', () => trafficLifetime(w, inv, config))],
    ['shutdown duration', shutdown, shadowedDeclarations(w, shutdown, config.shutdownDuration, 'shutdownDuration')],
  ] as const) {
    for (const v of lower) unapplied.push({ setting, written: formatSeconds(v.value), prov: v.prov, status: 'overridden', why: `overridden by the ${winner!.prov.source}` });
  }
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
    admissionDenied: annotation.admissionDenied,
    annotationProblems: annotation.problems,
    meshSources,
    unapplied,
  };
}

/** Whether admission lets the pod through: its proxy.istio.io/config annotation must parse and validate. */
function annotationState(w: Workload, run: RunResolution): { admissionDenied: boolean; problems: ValueProblem[] } {
  const ann = w.proxyConfigAnnotation;
  const value = ann?.view?.value;
  let problems: ValueProblem[] = [];
  // A problem points into its own workload's annotation, so only a valid value is remembered.
  if (ann?.view && isRecord(value) && !run.validProxyConfigs.has(value)) {
    problems = validateProxyConfig(ann.view, [], value);
    if (problems.length === 0) run.validProxyConfigs.add(value);
  }
  const notMapping = ann?.view !== undefined && !isRecord(value) && value !== null && value !== undefined;
  return { admissionDenied: Boolean(ann && (ann.error || problems.length > 0 || notMapping)), problems };
}

/**
 * One level of the precedence chain and what it sets: ProxyConfig fields (a mapping read in both
 * proto-JSON spellings), proxyMetadata entries (which become istio-proxy env; "" unsets a key set
 * lower), or container env entries (where "" is a value).
 */
interface Layer {
  level: ProvenanceLevel;
  /** A ProxyConfig mapping, and where a path inside it is. */
  fields?: { mapping: Record<string, unknown>; at: (path: Path) => Provenance };
  metadata?: { entries: Record<string, unknown>; at: (name: string) => Provenance };
  env?: { name: string; value: string; prov: Provenance }[];
  /** A user PROXY_CONFIG replaces the injected ProxyConfig snapshot: the fields start again from their defaults. */
  resetsFields?: string;
  /** Drain values written at this level that never take effect (a direct EZ/MIN key istiod drops). */
  dropped?: UnappliedValue[];
}

/** The mesh levels: each mesh document's `defaultConfig`, shared first, then input order; --mesh-config last. */
function meshLayers(meshSources: MeshSource[]): Layer[] {
  const layers: Layer[] = [];
  for (const m of meshSources) {
    for (const [key, dc] of fieldsOf(m.value, 'defaultConfig')) {
      layers.push(proxyConfigLayer('mesh', dc, (p) => ({ level: 'mesh', source: `mesh config in ${m.label}`, ref: { view: m.view, path: m.path.concat(key, ...p) } })));
    }
  }
  return layers;
}

/**
 * The mesh levels of a revision folded once: they are the same for every workload of the revision
 * (a run with many mesh documents would otherwise fold them all again for each workload).
 */
function meshFoldFor(revision: string, meshSources: MeshSource[], istio: string | undefined, run: RunResolution): MeshFold {
  const key = `${revision}\u0000${istio ?? ''}`;
  let fold = run.meshFolds.get(key);
  if (!fold) {
    const unapplied: UnappliedValue[] = [];
    const state = new FoldState(istio, unapplied);
    for (const layer of meshLayers(meshSources)) state.apply(layer);
    fold = { tdd: state.tdd, dd: state.dd, env: state.env, raws: state.raws, unapplied };
    run.meshFolds.set(key, fold);
  }
  return fold;
}

/** The levels above the mesh that set a workload's drain settings, lowest first. */
function precedence(w: Workload, inv: Inventory, meshSources: MeshSource[], admissionDenied: boolean, istio: string | undefined, unapplied: UnappliedValue[]): Layer[] {
  const layers: Layer[] = [];
  // ProxyConfig resources (honoured since Istio 1.13): without selector in the root namespace, then in the pod's.
  const crsHonoured = istio === undefined || compareVersions(istio, '1.13') >= 0;
  const rootNs = rootNamespace(meshSources);
  const ns = w.effectiveNamespace;
  const cr = (level: ProvenanceLevel, pick: ProxyConfigResource | undefined) => {
    if (pick && crsHonoured) layers.push(proxyConfigResourceLayer(level, pick));
    else if (pick) unapplied.push(...ignoreLayer(proxyConfigResourceLayer(level, pick), `Istio ${istio} ignores ProxyConfig resources (honoured from 1.13)`));
  };
  cr('root-proxyconfig', oldest(proxyConfigsIn(inv, rootNs).filter((p) => !p.selector)));
  if (ns && ns !== rootNs) cr('namespace-proxyconfig', oldest(proxyConfigsIn(inv, ns).filter((p) => !p.selector)));
  // A user istio-proxy container's PROXY_CONFIG replaces the injected snapshot; pilot-agent applies the annotation over it.
  const snapshot = userProxyConfig(w);
  if (snapshot) {
    const at = (): Provenance => ({ level: 'proxy-container', source: `PROXY_CONFIG of the ${PROXY_CONTAINER} container`, ref: snapshot.ref });
    const layer = proxyConfigLayer('proxy-container', withoutMetadata(snapshot.value), at);
    unapplied.push(...ignoreLayer(proxyConfigLayer('proxy-container', onlyMetadata(snapshot.value), at), 'the proxyMetadata inside PROXY_CONFIG never becomes istio-proxy env'));
    layers.push({ ...layer, resetsFields: `default (PROXY_CONFIG of the ${PROXY_CONTAINER} container replaces the mesh config)` });
  }
  // The pod's proxy.istio.io/config annotation. Without injection it is read at runtime only: its
  // fields apply, its proxyMetadata never becomes env.
  const ann = w.proxyConfigAnnotation?.view;
  const annAt = (p: Path): Provenance => ({ level: 'annotation', source: `${PROXY_CONFIG_ANNOTATION} annotation`, ref: { view: ann!, path: p } });
  if (ann && !admissionDenied) {
    const value = w.annotationMetadataRendered ? ann.value : withoutMetadata(ann.value);
    if (!w.annotationMetadataRendered) unapplied.push(...ignoreLayer(proxyConfigLayer('annotation', onlyMetadata(ann.value), annAt), 'this gateway is not injected, so the proxyMetadata of its annotation never becomes istio-proxy env'));
    layers.push(proxyConfigLayer('annotation', value, annAt));
  } else if (ann) {
    unapplied.push(...ignoreLayer(proxyConfigLayer('annotation', ann.value, annAt), `admission denies the pod: its ${PROXY_CONFIG_ANNOTATION} annotation does not parse or validate`));
  }
  if (ns) cr('selector-proxyconfig', oldest(proxyConfigsIn(inv, ns).filter((p) => p.selector && labelsMatch(p.selector, w.podLabels))));
  layers.push(containerEnvLayer(w));
  return layers;
}

/** The ProxyConfig resources of a namespace, in input order (indexed once per run). */
function proxyConfigsIn(inv: Inventory, ns: string): ProxyConfigResource[] {
  let index = inv.lookups.proxyConfigsByNamespace;
  if (!index) {
    index = new Map();
    for (const p of inv.proxyConfigs) {
      const list = index.get(p.namespace);
      if (list) list.push(p);
      else index.set(p.namespace, [p]);
    }
    inv.lookups.proxyConfigsByNamespace = index;
  }
  return index.get(ns) ?? [];
}

function proxyConfigLayer(level: ProvenanceLevel, pc: unknown, at: (path: Path) => Provenance): Layer {
  if (!isRecord(pc)) return { level };
  const layer: Layer = { level, fields: { mapping: pc, at } };
  // EZ and MIN are env: written as direct ProxyConfig keys they are unknown fields, which istiod drops.
  const direct = [EZ, MIN].filter((name) => name in pc);
  if (direct.length > 0) layer.dropped = direct.map((name) => ({ setting: name, written: shownValue(pc[name]), prov: at([name]), status: 'ignored', why: 'istiod drops it, an unknown ProxyConfig key: it belongs under proxyMetadata' }));
  // Both spellings of proxyMetadata may be present; the later one wins key by key.
  const entries: Record<string, unknown> = {};
  const where = new Map<string, string>();
  for (const [key, md] of PROXY_METADATA_KEYS.flatMap((k) => (isRecord(pc[k]) ? [[k, pc[k]] as const] : []))) {
    for (const [name, value] of Object.entries(md)) {
      entries[name] = value;
      where.set(name, key);
    }
  }
  if (where.size > 0) layer.metadata = { entries, at: (name) => at([where.get(name)!, name]) };
  return layer;
}

/** A ProxyConfig resource's `environmentVariables` (they map onto proxyMetadata). */
function proxyConfigResourceLayer(level: ProvenanceLevel, pick: ProxyConfigResource): Layer {
  const env = get(pick.value, ['spec', 'environmentVariables']);
  const source = crLabel(pick);
  return isRecord(env) ? { level, metadata: { entries: env, at: (name) => ({ level, source, ref: { view: pick.view, path: pick.base.concat('spec', 'environmentVariables', name) } }) } } : { level };
}

/** The istio-proxy container's own env: a user-declared container's entries win over the injected ones. */
function containerEnvLayer(w: Workload): Layer {
  const proxy = proxyContainer(w);
  const env: NonNullable<Layer['env']> = [];
  if (proxy && Array.isArray(proxy.value['env'])) {
    const source = w.origin === 'iop-gateway' ? 'k8s.env of the IstioOperator gateway' : w.origin === 'gateway-values' ? 'env in the gateway chart values' : `env of the ${PROXY_CONTAINER} container`;
    (proxy.value['env'] as unknown[]).forEach((e, i) => {
      // An entry without a value sets the variable to "" (which turns an injected EZ off).
      if (isRecord(e) && typeof e['name'] === 'string' && (typeof e['value'] === 'string' || e['value'] === undefined || e['value'] === null) && !('valueFrom' in e)) {
        env.push({ name: e['name'], value: typeof e['value'] === 'string' ? e['value'] : '', prov: { level: 'proxy-container', source, ref: { view: w.view, path: proxy.path.concat('env', i, 'value') } } });
      }
    });
  }
  return { level: 'proxy-container', env };
}

/**
 * The levels above the mesh folded over the mesh's fold, lowest first: TDD, DD and the proxy's
 * environment as the pod gets them.
 */
function foldLayers(layers: Layer[], istio: string | undefined, unapplied: UnappliedValue[], mesh: MeshFold): { tdd: Valued<number>; dd: Valued<number>; env: Map<string, Valued<string>>; replaced?: ResolvedWorkload['replacedByProxyConfigEnv'] } {
  // The mesh levels come first: what they left unapplied comes before what the others do.
  unapplied.push(...mesh.unapplied);
  const state = new FoldState(istio, unapplied, mesh);
  for (const layer of layers) state.apply(layer);
  return state.finish();
}

/** The drain settings as the levels are applied one after the other (per workload; the mesh's once per revision). */
class FoldState {
  tdd: Valued<number>;
  dd: Valued<number>;
  readonly env: Map<string, Valued<string>>;
  /** What each level wrote and what won there: a value replaced by a later level is recorded as overridden. */
  readonly raws: Map<Valued<unknown>, string>;
  private replaced: ResolvedWorkload['replacedByProxyConfigEnv'];
  /** Before Istio 1.11 a higher level's proxyMetadata map replaced the lower one instead of merging. */
  private readonly replacesMetadata: boolean;

  constructor(
    private readonly istio: string | undefined,
    private readonly unapplied: UnappliedValue[],
    from?: MeshFold,
  ) {
    this.tdd = from?.tdd ?? { value: DEFAULT_TDD, prov: byDefault() };
    this.dd = from?.dd ?? { value: DEFAULT_DD, prov: byDefault() };
    this.env = new Map(from?.env);
    this.raws = new Map(from?.raws);
    this.replacesMetadata = istio !== undefined && compareVersions(istio, '1.11') < 0;
  }

  private overridden(setting: string, previous: Valued<unknown>, why: string): void {
    if (previous.prov.level !== 'default') this.unapplied.push({ setting, written: this.raws.get(previous) ?? shownValue(previous.value), prov: previous.prov, status: 'overridden', why });
  }

  apply(layer: Layer): void {
    const { unapplied, env } = this;
    unapplied.push(...(layer.dropped ?? []));
    if (layer.resetsFields) {
      this.replaced = { tdd: this.tdd, dd: this.dd };
      const by = `replaced by the ${layer.resetsFields.replace(/^default \((.*) replaces the mesh config\)$/, '$1')}, which starts again from the defaults`;
      this.overridden('terminationDrainDuration', this.tdd, by);
      this.overridden('drainDuration', this.dd, by);
      this.tdd = { value: DEFAULT_TDD, prov: byDefault(layer.resetsFields) };
      this.dd = { value: DEFAULT_DD, prov: byDefault(layer.resetsFields) };
    }
    if (layer.fields) {
      const { mapping, at } = layer.fields;
      for (const field of ['terminationDrainDuration', 'drainDuration'] as const) {
        for (const [key, raw] of fieldsOf(mapping, field)) {
          const secs = typeof raw === 'string' ? parseGoDuration(raw) : undefined;
          const prov = at([key]);
          if (secs === undefined) {
            unapplied.push({ setting: field, written: shownValue(raw), prov, status: 'ignored', why: 'it is not a Go duration string' });
            continue;
          }
          this.overridden(field, field === 'terminationDrainDuration' ? this.tdd : this.dd, `overridden by the ${prov.source}`);
          const v = { value: secs, prov };
          this.raws.set(v, shownValue(raw));
          if (field === 'terminationDrainDuration') this.tdd = v;
          else this.dd = v;
        }
      }
    }
    if (layer.metadata) {
      if (this.replacesMetadata) {
        for (const [name, v] of env) if (DRAIN_ENV.has(name)) this.overridden(name, v, `before Istio 1.11 the proxyMetadata of the ${layer.metadata.at(name).source} replaces the whole map`);
        env.clear();
      }
      for (const [name, value] of Object.entries(layer.metadata.entries)) {
        if (typeof value !== 'string') continue;
        const prov = layer.metadata.at(name);
        const previous = env.get(name);
        if (previous && DRAIN_ENV.has(name)) this.overridden(name, previous, value === '' ? `unset by "" in the ${prov.source}` : `overridden by the ${prov.source}`);
        if (value === '') env.delete(name); // "" unsets a key set at a lower level
        else env.set(name, { value, prov });
      }
    }
    for (const e of layer.env ?? []) {
      const previous = env.get(e.name);
      if (previous && DRAIN_ENV.has(e.name)) this.overridden(e.name, previous, `overridden by the ${e.prov.source}`);
      env.set(e.name, { value: e.value, prov: e.prov });
    }
  }

  /**
   * Below 1.10 pilot-agent reads TERMINATION_DRAIN_DURATION_SECONDS (spec §8.1): up to 1.6 it is the
   * only source of the drain duration (the ProxyConfig field came in 1.7); on 1.7–1.9 it wins over
   * terminationDrainDuration. An integer only (strconv.Atoi); anything else leaves the other value.
   */
  finish(): { tdd: Valued<number>; dd: Valued<number>; env: Map<string, Valued<string>>; replaced?: ResolvedWorkload['replacedByProxyConfigEnv'] } {
    const { istio, env } = this;
    const tdds = env.get(TDDS);
    const read = istio !== undefined && compareVersions(istio, TDDS_REMOVED) < 0;
    if (read && compareVersions(istio, TDD_FIELD_SINCE) < 0) {
      this.overridden('terminationDrainDuration', this.tdd, `Istio ${istio} has no terminationDrainDuration field (added in ${TDD_FIELD_SINCE}); ${TDDS} sets the drain`);
      this.tdd = { value: DEFAULT_TDD, prov: byDefault(`default: Istio ${istio} has no terminationDrainDuration field, ${TDDS} sets it`) };
    }
    if (tdds && read && /^\d+$/.test(tdds.value.trim())) {
      this.overridden('terminationDrainDuration', this.tdd, `Istio ${istio} reads ${TDDS} instead`);
      this.tdd = { value: Number(tdds.value.trim()), prov: tdds.prov };
    } else if (tdds) {
      const why = !/^\d+$/.test(tdds.value.trim()) ? 'it is not a whole number of seconds' : istio ? `Istio ${istio} does not read it` : 'Istio 1.10 and later do not read it';
      this.unapplied.push({ setting: TDDS, written: tdds.value, prov: tdds.prov, status: 'ignored', why });
    }
    return { tdd: this.tdd, dd: this.dd, env, replaced: this.replaced };
  }
}

function byDefault(source = 'default'): Provenance {
  return { level: 'default', source };
}

/** The drain settings that reach the proxy as env. */
const DRAIN_ENV = new Set([EZ, MIN, TDDS]);

/** A value as written, for explain: strings as they are, other YAML values as JSON. */
function shownValue(raw: unknown): string {
  return typeof raw === 'string' ? raw : raw === undefined ? '' : JSON.stringify(raw);
}

/** Every drain value a level writes, each recorded as ignored with the same reason. */
function ignoreLayer(layer: Layer, why: string): UnappliedValue[] {
  const out: UnappliedValue[] = [];
  if (layer.fields) {
    for (const field of ['terminationDrainDuration', 'drainDuration']) {
      for (const [key, raw] of fieldsOf(layer.fields.mapping, field)) out.push({ setting: field, written: shownValue(raw), prov: layer.fields.at([key]), status: 'ignored', why });
    }
  }
  for (const [name, value] of Object.entries(layer.metadata?.entries ?? {})) {
    if (DRAIN_ENV.has(name)) out.push({ setting: name, written: shownValue(value), prov: layer.metadata!.at(name), status: 'ignored', why });
  }
  return out;
}

/** The drain values of the mesh documents of a revision that istiod discards whole (once per revision). */
function discardedMeshValues(inv: Inventory, revision: string, kept: MeshSource[], run: RunResolution): UnappliedValue[] {
  const hit = run.discardedByRevision.get(revision);
  if (hit) return hit;
  const out: UnappliedValue[] = [];
  run.discardedByRevision.set(revision, out);
  for (const m of meshSourcesFor(inv, revision)) {
    if (kept.includes(m)) continue;
    for (const [key, dc] of fieldsOf(m.value, 'defaultConfig')) {
      const layer = proxyConfigLayer('mesh', dc, (p) => ({ level: 'mesh', source: `mesh config in ${m.label}`, ref: { view: m.view, path: m.path.concat(key, ...p) } }));
      out.push(...ignoreLayer(layer, 'istiod discards this whole mesh config: it holds a value of the wrong type or format'));
    }
  }
  return out;
}

/** EZ, MIN or TERMINATION_DRAIN_DURATION_SECONDS in the env of a container other than istio-proxy. */
function appContainerDrainEnv(w: Workload): UnappliedValue[] {
  const out: UnappliedValue[] = [];
  for (const c of w.containers) {
    if (c.name === PROXY_CONTAINER || !Array.isArray(c.value['env'])) continue;
    (c.value['env'] as unknown[]).forEach((e, i) => {
      if (!isRecord(e) || typeof e['name'] !== 'string' || !DRAIN_ENV.has(e['name'])) return;
      const prov: Provenance = { level: 'pod-spec', source: `env of container ${c.name}`, ref: { view: w.view, path: c.path.concat('env', i, 'value') } };
      out.push({ setting: e['name'], written: shownValue(e['value']), prov, status: 'ignored', why: `pilot-agent reads only the env of the ${PROXY_CONTAINER} container` });
    });
  }
  return out;
}

/** A drainlint.io duration annotation that is not a Go duration: L or Sₐ stays unknown. */
function undeclared(w: Workload, declaredValue: Valued<number> | undefined, annotation: string, setting: string): UnappliedValue[] {
  const raw = w.podAnnotations[annotation];
  if (declaredValue || raw === undefined || raw === null) return [];
  const prov: Provenance = { level: 'annotation', source: `${annotation} annotation`, ref: { view: w.view, path: w.annotationsPath.concat(annotation) } };
  return [{ setting, written: shownValue(raw), prov, status: 'ignored', why: 'it is not a Go duration string, so drainlint leaves the value unknown' }];
}

/** EZ (Go ParseBool, Istio ≥ 1.12) and MIN (Go ParseDuration, else 5s) from the proxy's environment. */
function drainEnv(env: Map<string, Valued<string>>, istio: string | undefined, unapplied: UnappliedValue[]): { ez: Valued<boolean>; min: Valued<number> } {
  const ezRaw = env.get(EZ);
  const ezSupported = !istio || compareVersions(istio, '1.12') >= 0;
  if (ezRaw && !ezSupported) unapplied.push({ setting: EZ, written: ezRaw.value, prov: ezRaw.prov, status: 'ignored', why: `Istio ${istio} predates it (added in 1.12)` });
  else if (ezRaw && parseGoBool(ezRaw.value) === undefined) unapplied.push({ setting: EZ, written: ezRaw.value, prov: ezRaw.prov, status: 'ignored', why: "Go's strconv.ParseBool rejects it, so pilot-agent reads false" });
  const ez: Valued<boolean> = ezRaw ? { value: ezSupported && parseGoBool(ezRaw.value) === true, prov: ezRaw.prov } : { value: false, prov: { level: 'default', source: 'default' } };
  const minRaw = env.get(MIN);
  const minSecs = minRaw ? parseGoDuration(minRaw.value) : undefined;
  if (minRaw && minSecs === undefined) unapplied.push({ setting: MIN, written: minRaw.value, prov: minRaw.prov, status: 'ignored', why: 'it is not a Go duration, so pilot-agent falls back to 5s' });
  const min: Valued<number> =
    minRaw && minSecs !== undefined
      ? { value: minSecs, prov: minRaw.prov }
      : { value: DEFAULT_MIN, prov: { level: 'default', source: minRaw ? `default (${MIN} "${minRaw.value}" is not a duration)` : 'default' } };
  return { ez, min };
}

/** A ProxyConfig mapping without its proxyMetadata (whose entries a level does not render). */
function withoutMetadata(value: unknown): unknown {
  return isRecord(value) ? Object.fromEntries(Object.entries(value).filter(([k]) => !PROXY_METADATA_KEYS.includes(k))) : value;
}

/** Only the proxyMetadata of a ProxyConfig mapping (the part a level does not render). */
function onlyMetadata(value: unknown): unknown {
  return isRecord(value) ? Object.fromEntries(Object.entries(value).filter(([k]) => PROXY_METADATA_KEYS.includes(k))) : value;
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

/**
 * How the proxy stops: no proxy; classic (sidecars without native mode, and gateways); native with
 * the injected `/drain` preStop; or native without it (Istio < 1.21, or a replaced lifecycle).
 */
function proxyPath(rw: Pick<ResolvedWorkload, 'workload' | 'mode'>, sidecar: Sidecar, inv: Inventory, istio: string | undefined): ProxyPath {
  if (sidecar.status === 'none') return 'none';
  if (!nativeEffective(rw, istio)) return 'classic';
  return drainHookLoss(rw, inv, istio) ? 'native-without-drain-hook' : 'native';
}

