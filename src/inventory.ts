/**
 * Inventory: recognises the resources drainlint reads in every parsed document — workloads, mesh
 * configs (IstioOperator, `istio` ConfigMaps, Helm values), Namespaces, ProxyConfig CRs, istiod's
 * env — and records where each sits, so that later steps never walk the YAML again.
 */
import type { DocView, Path, Ref, SourceFile } from './types.js';
import { get, isRecord } from './yaml/paths.js';
import { parseEmbedded } from './yaml/embedded.js';
import { PROXY_CONTAINER, PROXY_CONFIG_ANNOTATION } from './domain/names.js';

export const WORKLOAD_TEMPLATE: Record<string, Path | undefined> = {
  Pod: [],
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
  Rollout: ['spec', 'template'],
};


/**
 * A resource found in a document (List items included), with the path of its root in the view.
 * Paths here and in the resolver are built with concat, not spread: V8 gives spread-built arrays
 * about twice the room they need, and a path is kept on every value's provenance.
 */
export interface Resource {
  view: DocView;
  base: Path;
  kind: string;
  apiVersion: string;
  name?: string;
  namespace?: string;
  value: Record<string, unknown>;
}

export interface Container {
  name: string;
  init: boolean;
  path: Path;
  value: Record<string, unknown>;
}

/**
 * Where a workload comes from: a pod template in the input, an IstioOperator gateway entry
 * (`components.ingressGateways[]`), or a Gateway API `Gateway` that istiod deploys itself.
 */
export type WorkloadOrigin = 'pod' | 'iop-gateway' | 'gateway-api';

export interface Workload extends Resource {
  origin: WorkloadOrigin;
  /** Namespace used for matching: metadata.namespace, else the config's defaultNamespace. */
  effectiveNamespace?: string;
  podMetaPath: Path;
  podSpecPath: Path;
  /** Where the pod's annotations and labels are written (for pod templates: under podMetaPath). */
  annotationsPath: Path;
  labelsPath: Path;
  /** Where findings about a workload without a pod template point (the entry's or Gateway's name). */
  anchor?: Ref;
  /** Gateway API class (`istio`, `istio-waypoint`) or `iop` for IstioOperator gateways. */
  gatewayClass?: string;
  /**
   * Whether the annotation's proxyMetadata becomes istio-proxy env. Only injection renders it:
   * IstioOperator gateways and Gateway API deployments read the annotation at runtime only.
   */
  annotationMetadataRendered: boolean;
  /** terminationGracePeriodSeconds set outside a pod spec (IOP overlay, Gateway API parameters). */
  graceOverride?: Ref;
  podLabels: Record<string, unknown>;
  podAnnotations: Record<string, unknown>;
  podSpec: Record<string, unknown>;
  containers: Container[];
  /** The parsed proxy.istio.io/config annotation, when present and parseable. */
  proxyConfigAnnotation?: EmbeddedSite;
}

/** YAML text embedded in a scalar, parsed, or its parse error. */
export interface EmbeddedSite {
  host: Ref;
  view?: DocView;
  error?: { message: string; range: import('./types.js').Range };
}

export type MeshKind = 'IstioOperator' | 'ConfigMap' | 'HelmValues';

/** One mesh config document: where `meshConfig` (MeshConfig) sits and what it belongs to. */
export interface MeshSource {
  kind: MeshKind;
  /** Human words: "ConfigMap istio-system/istio", "IstioOperator istio-system/control-plane". */
  label: string;
  revision: string;
  /** Named by istiod's SHARED_MESH_CONFIG: applied before the revision's own config. */
  shared: boolean;
  /** Input order; a --mesh-config file ranks after every linted file. */
  order: number;
  fromMeshConfigFlag: boolean;
  /** The MeshConfig mapping (for a ConfigMap, the embedded `mesh` document). */
  view: DocView;
  path: Path;
  value: Record<string, unknown>;
  /** For a ConfigMap whose `mesh` text did not parse. */
  embedError?: EmbeddedSite['error'];
  resource: Resource;
}

/** `values.global.proxy` and istiod env as found in IstioOperator / Helm values / istiod Deployments. */
export interface InstallSetting {
  name: string;
  value: unknown;
  ref: Ref;
  revision: string;
  label: string;
}

export interface ProxyConfigResource extends Resource {
  selector?: Record<string, unknown>;
  creationTimestamp?: string;
  order: number;
}

/** Where a pod-template workload is: its Workload object is built when it is linted. */
export interface PodWorkloadSource {
  view: DocView;
  base: Path;
  template: Path;
  /** The document holds nothing but workloads: its value can go once they are linted. */
  releasable: boolean;
}

/** A workload built as it was found (gateways of an IstioOperator or the Gateway API), or where one is. */
export type WorkloadSource = Workload | PodWorkloadSource;

export interface Inventory {
  /**
   * Every workload of the run, in input order. Pod-template workloads are built one at a time as
   * they are linted (forEachWorkload), so a run's memory does not grow with how many there are.
   */
  workloadSources: WorkloadSource[];
  /** The namespace of workloads without metadata.namespace. */
  defaultNamespace?: string;
  meshSources: MeshSource[];
  namespaces: Map<string, Resource>;
  proxyConfigs: ProxyConfigResource[];
  /** Every `values.global.proxy.lifecycle` set at install. */
  globalLifecycles: InstallSetting[];
  /** istiod env: ENABLE_NATIVE_SIDECARS, SHARED_MESH_CONFIG, … */
  istiodEnv: InstallSetting[];
  /** Every IstioOperator, with or without a mesh config. */
  istioOperators: Resource[];
  /** Other resources rules read: Services, VirtualServices, DestinationRules, some ConfigMaps. */
  others: Resource[];
  /** Services by namespace (metadata.namespace, else defaultNamespace, else ''). */
  servicesByNamespace: Map<string, Resource[]>;
  /** VirtualServices and DestinationRules (connection lifetimes derived from traffic). */
  routes: Resource[];
}

/** Kinds kept besides those the inventory models; documents of other kinds are dropped after it. */
const OTHER_KINDS = new Set(['Service', 'VirtualService', 'DestinationRule']);

export interface InventoryOptions {
  defaultNamespace?: string;
}

/** Builds the inventory one document at a time, as documents are parsed (see finish()). */
export class InventoryBuilder {
  readonly inventory: Inventory;
  private readonly configMaps: Resource[] = [];
  private count = 0;

  constructor(private readonly opts: InventoryOptions) {
    this.inventory = { workloadSources: [], defaultNamespace: opts.defaultNamespace, meshSources: [], namespaces: new Map(), proxyConfigs: [], globalLifecycles: [], istiodEnv: [], istioOperators: [], others: [], servicesByNamespace: new Map(), routes: [] };
  }

  /** Records what a document holds; a document of workloads only lets go of its value (huge runs). */
  add(view: DocView): void {
    const file = view.file;
    const fileOrder = file.fromMeshConfigFlag ? 1e6 + file.order : file.order;
    const before = this.inventory.workloadSources.length;
    let onlyWorkloads = true;
    for (const res of resourcesOf(view)) {
      this.count++;
      onlyWorkloads = classify(this.inventory, res, fileOrder + this.count / 1e7, this.opts, this.configMaps, file.meshConfigOnly === true, file.fromMeshConfigFlag === true) && onlyWorkloads;
    }
    const added = this.inventory.workloadSources.length - before;
    if (onlyWorkloads && added > 0) {
      for (let i = before; i < this.inventory.workloadSources.length; i++) (this.inventory.workloadSources[i] as PodWorkloadSource).releasable = true;
      view.releaseValue();
    }
  }

  /** Links what needs the whole run (mesh ConfigMaps named by istiod env, Gateway parameters). */
  finish(): Inventory {
    const inv = this.inventory;
    const shared = new Set(inv.istiodEnv.filter((e) => e.name === 'SHARED_MESH_CONFIG').map((e) => String(e.value)));
    for (const cm of this.configMaps) addConfigMapMesh(inv, cm, shared);
    linkGatewayParameters(inv);
    return inv;
  }
}

export function takeInventory(files: SourceFile[], opts: InventoryOptions): Inventory {
  const builder = new InventoryBuilder(opts);
  for (const file of files) for (const view of file.docs) builder.add(view);
  return builder.finish();
}

/**
 * Visits the workloads of the run in input order, each built just before its visit. Once the visit
 * has moved past a document of workloads only, that document lets go of its value (on huge runs;
 * see releaseValue), so the run holds one workload's tree at a time.
 */
export function forEachWorkload(inv: Inventory, visit: (w: Workload) => void): void {
  let previous: PodWorkloadSource | undefined;
  const done = (next?: DocView) => {
    if (previous?.releasable && previous.view !== next) previous.view.releaseValue();
  };
  for (const source of inv.workloadSources) {
    if ('origin' in source) {
      visit(source);
      continue;
    }
    done(source.view);
    previous = source;
    const value = get(source.view.value, source.base);
    if (isRecord(value)) visit(workload(resource(source.view, source.base, value), source.template, { defaultNamespace: inv.defaultNamespace }));
  }
  done();
}

/** Every workload of the run at once: for inspecting small inputs (tests, the smoke report). */
export function allWorkloads(inv: Inventory): Workload[] {
  const all: Workload[] = [];
  forEachWorkload(inv, (w) => all.push(w));
  return all;
}

/** A document's resources: itself, or the items of a `kind: List`. */
function resourcesOf(view: DocView): Resource[] {
  const v = view.value;
  if (!isRecord(v)) return [];
  if (v['kind'] === 'List' || (typeof v['kind'] === 'string' && v['kind'].endsWith('List') && Array.isArray(v['items']))) {
    const items = Array.isArray(v['items']) ? v['items'] : [];
    return items.flatMap((item, i) => (isRecord(item) ? [resource(view, ['items', i], item)] : []));
  }
  return [resource(view, [], v)];
}

function resource(view: DocView, base: Path, value: Record<string, unknown>): Resource {
  const meta = isRecord(value['metadata']) ? value['metadata'] : {};
  return {
    view,
    base,
    kind: typeof value['kind'] === 'string' ? value['kind'] : '',
    apiVersion: typeof value['apiVersion'] === 'string' ? value['apiVersion'] : '',
    name: typeof meta['name'] === 'string' ? meta['name'] : undefined,
    namespace: typeof meta['namespace'] === 'string' ? meta['namespace'] : undefined,
    value,
  };
}

/**
 * `meshOnly`: the file is read for its mesh config only; `flag`: it came from --mesh-config.
 * Returns true for a pod-template workload that nothing else of the inventory refers to.
 */
function classify(inv: Inventory, res: Resource, order: number, opts: InventoryOptions, configMaps: Resource[], meshOnly: boolean, flag: boolean): boolean {
  const template = WORKLOAD_TEMPLATE[res.kind];
  if (template && !meshOnly) {
    inv.workloadSources.push({ view: res.view, base: res.base, template, releasable: false });
    if (res.kind === 'Deployment' && /^istiod(-|$)/.test(res.name ?? '')) {
      collectIstiodEnv(inv, res);
      return false;
    }
    return true;
  }
  classifyOther(inv, res, order, opts, configMaps, meshOnly, flag);
  return false;
}

function classifyOther(inv: Inventory, res: Resource, order: number, opts: InventoryOptions, configMaps: Resource[], meshOnly: boolean, flag: boolean): void {
  switch (res.kind) {
    case 'IstioOperator':
      inv.istioOperators.push(res);
      addIstioOperator(inv, res, order, flag);
      if (!meshOnly) addOperatorGateways(inv, res);
      return;
    case 'Gateway': {
      const gw = meshOnly ? undefined : gatewayApiWorkload(res, opts);
      if (gw) inv.workloadSources.push(gw);
      else if (!meshOnly) inv.others.push(res);
      return;
    }
    case 'ConfigMap':
      if (/^istio(-|$)/.test(res.name ?? '') && isRecord(res.value['data']) && 'mesh' in res.value['data']) {
        (res as Resource & { order?: number; flag?: boolean }).order = order;
        (res as Resource & { flag?: boolean }).flag = flag;
        configMaps.push(res);
      } else if (!meshOnly && isRecord(res.value['data']) && ('deployment' in res.value['data'] || 'values' in res.value['data'])) {
        // Gateway API parameters (a `deployment` overlay) and the injector's `values`.
        inv.others.push(res);
      }
      return;
    case 'Namespace':
      if (res.name && !meshOnly) inv.namespaces.set(res.name, res);
      return;
    case 'ProxyConfig':
      if (!meshOnly) addProxyConfig(inv, res, order);
      return;
    case '':
      // Values files inside a chart (defaults, profiles) are not this run's mesh config unless named with --mesh-config.
      if (res.view.file.inChart && !flag) return;
      if (isRecord(res.value['meshConfig']) || isRecord(get(res.value, ['global', 'proxy']))) addHelmValues(inv, res, order, flag);
      return;
    default:
      if (meshOnly || !OTHER_KINDS.has(res.kind)) return;
      inv.others.push(res);
      if (res.kind === 'Service') {
        const ns = res.namespace ?? opts.defaultNamespace ?? '';
        const list = inv.servicesByNamespace.get(ns);
        if (list) list.push(res);
        else inv.servicesByNamespace.set(ns, [res]);
      } else {
        inv.routes.push(res);
      }
  }
}

function workload(res: Resource, template: Path, opts: InventoryOptions): Workload {
  const tpl = res.base.concat(template);
  const podMetaPath = tpl.concat('metadata');
  const podSpecPath = tpl.concat('spec');
  const root = res.view.value;
  const meta = get(root, podMetaPath);
  const spec = get(root, podSpecPath);
  const w: Workload = {
    ...res,
    origin: 'pod',
    effectiveNamespace: res.namespace ?? opts.defaultNamespace,
    podMetaPath,
    podSpecPath,
    annotationsPath: podMetaPath.concat('annotations'),
    labelsPath: podMetaPath.concat('labels'),
    annotationMetadataRendered: true,
    podLabels: isRecord(meta) && isRecord(meta['labels']) ? meta['labels'] : {},
    podAnnotations: isRecord(meta) && isRecord(meta['annotations']) ? meta['annotations'] : {},
    podSpec: isRecord(spec) ? spec : {},
    containers: [],
  };
  for (const [field, init] of [['containers', false], ['initContainers', true]] as const) {
    const list = w.podSpec[field];
    if (!Array.isArray(list)) continue;
    list.forEach((c, i) => {
      if (isRecord(c)) w.containers.push({ name: typeof c['name'] === 'string' ? c['name'] : '', init, path: podSpecPath.concat(field, i), value: c });
    });
  }
  attachProxyConfigAnnotation(w);
  return w;
}

function attachProxyConfigAnnotation(w: Workload): void {
  if (typeof w.podAnnotations[PROXY_CONFIG_ANNOTATION] === 'string') {
    const host: Ref = { view: w.view, path: w.annotationsPath.concat(PROXY_CONFIG_ANNOTATION) };
    w.proxyConfigAnnotation = { host, ...parseEmbedded(host) };
  }
}

/** IstioOperator `components.ingressGateways[]` / `egressGateways[]`: gateways deployed by the operator. */
function addOperatorGateways(inv: Inventory, res: Resource): void {
  for (const list of ['ingressGateways', 'egressGateways']) {
    const entries = get(res.value, ['spec', 'components', list]);
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry, i) => {
      if (!isRecord(entry) || entry['enabled'] === false) return;
      const base = res.base.concat('spec', 'components', list, i);
      const k8s = isRecord(entry['k8s']) ? entry['k8s'] : {};
      const name = typeof entry['name'] === 'string' ? entry['name'] : list === 'ingressGateways' ? 'istio-ingressgateway' : 'istio-egressgateway';
      const namespace = typeof entry['namespace'] === 'string' ? entry['namespace'] : (res.namespace ?? 'istio-system');
      const w: Workload = {
        view: res.view,
        base,
        kind: list === 'ingressGateways' ? 'IngressGateway' : 'EgressGateway',
        apiVersion: res.apiVersion,
        name,
        namespace,
        value: entry,
        origin: 'iop-gateway',
        effectiveNamespace: namespace,
        podMetaPath: base.concat('k8s'),
        podSpecPath: base.concat('k8s'),
        annotationsPath: base.concat('k8s', 'podAnnotations'),
        labelsPath: base.concat('label'),
        anchor: { view: res.view, path: base.concat('name') },
        gatewayClass: 'iop',
        // Only an entry with an injectionTemplate is injected, which renders the annotation's proxyMetadata.
        annotationMetadataRendered: typeof entry['injectionTemplate'] === 'string',
        podLabels: isRecord(entry['label']) ? entry['label'] : {},
        podAnnotations: isRecord(k8s['podAnnotations']) ? k8s['podAnnotations'] : {},
        podSpec: {},
        // The operator's k8s.env patches the gateway's istio-proxy container.
        containers: [{ name: PROXY_CONTAINER, init: false, path: base.concat('k8s'), value: Array.isArray(k8s['env']) ? { env: k8s['env'] } : {} }],
      };
      const overlay = overlayGrace(k8s['overlays'], name);
      if (overlay) {
        w.podSpec = { terminationGracePeriodSeconds: overlay.value };
        w.graceOverride = { view: res.view, path: base.concat('k8s', 'overlays', overlay.overlay, 'patches', overlay.patch, 'value') };
      }
      attachProxyConfigAnnotation(w);
      inv.workloadSources.push(w);
    });
  }
}

/** `k8s.overlays` patching spec.template.spec.terminationGracePeriodSeconds of the gateway Deployment. */
function overlayGrace(overlays: unknown, name: string): { value: unknown; overlay: number; patch: number } | undefined {
  if (!Array.isArray(overlays)) return undefined;
  for (const [oi, o] of overlays.entries()) {
    if (!isRecord(o) || (o['kind'] !== undefined && o['kind'] !== 'Deployment') || (o['name'] !== undefined && o['name'] !== name)) continue;
    const patches = Array.isArray(o['patches']) ? o['patches'] : [];
    for (const [pi, p] of patches.entries()) {
      if (isRecord(p) && p['path'] === 'spec.template.spec.terminationGracePeriodSeconds') return { value: p['value'], overlay: oi, patch: pi };
    }
  }
  return undefined;
}

const GATEWAY_CLASSES = new Set(['istio', 'istio-waypoint', 'istio-east-west']);

/** Gateway API `Gateway` of an Istio class: istiod renders and deploys the proxy itself. */
function gatewayApiWorkload(res: Resource, opts: InventoryOptions): Workload | undefined {
  const spec = isRecord(res.value['spec']) ? res.value['spec'] : {};
  const cls = spec['gatewayClassName'];
  if (typeof cls !== 'string' || !GATEWAY_CLASSES.has(cls) || !res.apiVersion.startsWith('gateway.networking.k8s.io/')) return undefined;
  const infra = isRecord(spec['infrastructure']) ? spec['infrastructure'] : undefined;
  // Infrastructure annotations replace the Gateway's own when present.
  const fromInfra = infra && isRecord(infra['annotations']);
  const annotationsPath = fromInfra ? res.base.concat('spec', 'infrastructure', 'annotations') : res.base.concat('metadata', 'annotations');
  const annotations = get(res.view.value, annotationsPath);
  const w: Workload = {
    ...res,
    origin: 'gateway-api',
    effectiveNamespace: res.namespace ?? opts.defaultNamespace,
    podMetaPath: res.base.concat('metadata'),
    podSpecPath: res.base.concat('spec'),
    annotationsPath,
    labelsPath: res.base.concat('metadata', 'labels'),
    anchor: { view: res.view, path: res.base.concat('metadata', 'name') },
    gatewayClass: cls,
    annotationMetadataRendered: false,
    podLabels: { 'gateway.networking.k8s.io/gateway-name': res.name ?? '' },
    podAnnotations: isRecord(annotations) ? annotations : {},
    podSpec: {},
    containers: [],
  };
  attachProxyConfigAnnotation(w);
  return w;
}

/** A Gateway's `parametersRef` ConfigMap whose `deployment` overlay sets the grace period. */
function linkGatewayParameters(inv: Inventory): void {
  for (const w of inv.workloadSources) {
    if (!('origin' in w) || w.origin !== 'gateway-api') continue;
    const ref = get(w.value, ['spec', 'infrastructure', 'parametersRef']);
    if (!isRecord(ref) || ref['kind'] !== 'ConfigMap' || typeof ref['name'] !== 'string') continue;
    const cm = inv.others.find((o) => o.kind === 'ConfigMap' && o.name === ref['name'] && (o.namespace ?? w.namespace) === w.namespace);
    if (!cm || typeof get(cm.value, ['data', 'deployment']) !== 'string') continue;
    const host: Ref = { view: cm.view, path: cm.base.concat('data', 'deployment') };
    const parsed = parseEmbedded(host);
    const grace = parsed.view ? get(parsed.view.value, ['spec', 'template', 'spec', 'terminationGracePeriodSeconds']) : undefined;
    if (grace !== undefined && parsed.view) {
      w.podSpec = { terminationGracePeriodSeconds: grace };
      w.graceOverride = { view: parsed.view, path: ['spec', 'template', 'spec', 'terminationGracePeriodSeconds'] };
    }
  }
}

function addIstioOperator(inv: Inventory, res: Resource, order: number, flag: boolean): void {
  const spec = isRecord(res.value['spec']) ? res.value['spec'] : {};
  const revision = typeof spec['revision'] === 'string' ? spec['revision'] : '';
  const label = `IstioOperator ${res.namespace ?? 'istio-system'}/${res.name ?? '(unnamed)'}`;
  // spec.meshConfig is merged over spec.values.meshConfig, so it ranks just after it.
  const candidates: [Path, number, string][] = [
    [['spec', 'values', 'meshConfig'], order, `${label} spec.values.meshConfig`],
    [['spec', 'meshConfig'], order + 1e-9, `${label} spec.meshConfig`],
  ];
  for (const [p, o, l] of candidates) {
    const path = res.base.concat(p);
    const value = get(res.view.value, path);
    if (isRecord(value)) {
      inv.meshSources.push({ kind: 'IstioOperator', label: l, revision, shared: false, order: o, fromMeshConfigFlag: flag, view: res.view, path, value, resource: res });
    }
  }
  collectInstallValues(inv, res, res.base.concat('spec', 'values'), revision, label);
}

function addHelmValues(inv: Inventory, res: Resource, order: number, flag: boolean): void {
  const revision = typeof res.value['revision'] === 'string' ? res.value['revision'] : '';
  const label = `Helm values ${res.view.file.path}`;
  const value = res.value['meshConfig'];
  if (isRecord(value)) {
    inv.meshSources.push({ kind: 'HelmValues', label, revision, shared: false, order, fromMeshConfigFlag: flag, view: res.view, path: res.base.concat('meshConfig'), value, resource: res });
  }
  collectInstallValues(inv, res, res.base, revision, label);
}

function collectInstallValues(inv: Inventory, res: Resource, valuesPath: Path, revision: string, label: string): void {
  const lifecyclePath = valuesPath.concat('global', 'proxy', 'lifecycle');
  const lifecycle = get(res.view.value, lifecyclePath);
  if (lifecycle !== undefined && lifecycle !== null && !(isRecord(lifecycle) && Object.keys(lifecycle).length === 0)) {
    inv.globalLifecycles.push({ name: 'values.global.proxy.lifecycle', value: lifecycle, ref: { view: res.view, path: lifecyclePath }, revision, label });
  }
  const envPath = valuesPath.concat('pilot', 'env');
  const env = get(res.view.value, envPath);
  if (isRecord(env)) {
    for (const [name, value] of Object.entries(env)) {
      inv.istiodEnv.push({ name, value, ref: { view: res.view, path: envPath.concat(name) }, revision, label });
    }
  }
}

function collectIstiodEnv(inv: Inventory, res: Resource): void {
  const spec = get(res.view.value, res.base.concat('spec', 'template', 'spec', 'containers'));
  if (!Array.isArray(spec)) return;
  const revision = res.name === 'istiod' ? '' : (res.name ?? '').replace(/^istiod-/, '');
  spec.forEach((c, ci) => {
    if (!isRecord(c) || !Array.isArray(c['env'])) return;
    c['env'].forEach((e, ei) => {
      if (isRecord(e) && typeof e['name'] === 'string' && 'value' in e) {
        inv.istiodEnv.push({
          name: e['name'],
          value: e['value'],
          ref: { view: res.view, path: res.base.concat('spec', 'template', 'spec', 'containers', ci, 'env', ei, 'value') },
          revision,
          label: `istiod Deployment ${res.namespace ?? ''}/${res.name}`,
        });
      }
    });
  });
}

function addConfigMapMesh(inv: Inventory, res: Resource, shared: Set<string>): void {
  const extra = res as Resource & { order?: number; flag?: boolean };
  const name = res.name ?? 'istio';
  const isShared = shared.has(name);
  const revision = isShared || name === 'istio' ? '' : name.slice('istio-'.length);
  const host: Ref = { view: res.view, path: res.base.concat('data', 'mesh') };
  const parsed = parseEmbedded(host);
  const value = parsed.view?.value;
  const label = `ConfigMap ${res.namespace ?? 'istio-system'}/${name}`;
  inv.meshSources.push({
    kind: 'ConfigMap',
    label,
    revision,
    shared: isShared,
    order: extra.order ?? 0,
    fromMeshConfigFlag: extra.flag === true,
    view: parsed.view ?? res.view,
    path: parsed.view ? [] : host.path,
    value: isRecord(value) ? value : {},
    embedError: parsed.error,
    resource: res,
  });
}

function addProxyConfig(inv: Inventory, res: Resource, order: number): void {
  const spec = isRecord(res.value['spec']) ? res.value['spec'] : {};
  // A selector without labels to match (no matchLabels, or an empty one) selects no pod at all.
  const matchLabels = isRecord(spec['selector']) ? spec['selector']['matchLabels'] : undefined;
  const selector = spec['selector'] === undefined || spec['selector'] === null ? undefined : isRecord(matchLabels) && Object.keys(matchLabels).length > 0 ? matchLabels : { 'drainlint.io/matches-nothing': {} };
  const meta = isRecord(res.value['metadata']) ? res.value['metadata'] : {};
  const ts = meta['creationTimestamp'];
  inv.proxyConfigs.push({ ...res, selector, creationTimestamp: typeof ts === 'string' ? ts : ts instanceof Date ? ts.toISOString() : undefined, order });
}

/** The pod's own istio-proxy container, if it declares one. */
export function proxyContainer(w: Workload): Container | undefined {
  return w.containers.find((c) => c.name === PROXY_CONTAINER);
}
