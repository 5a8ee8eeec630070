/**
 * The inventory's model: the resources drainlint reads, the workloads it lints (whatever their
 * origin), the mesh configs and install settings, and how a resource is read from a document.
 */
import type { DocView, Path, Range, Ref, SourceFile } from '../types.js';
import type { DeferredDocument } from '../parse.js';
import { isRecord } from '../yaml/paths.js';
import { ownCopy } from '../yaml/own-copy.js';
import { PROXY_CONTAINER } from '../domain/names.js';
import type { VersionSignal } from '../domain/versions.js';

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
  /** How to name a resource without metadata.name that the input describes another way (the gateway chart's Service). */
  unnamedAs?: string;
}

export interface Container {
  name: string;
  init: boolean;
  path: Path;
  value: Record<string, unknown>;
}

/**
 * Where a workload comes from: a pod template in the input, an IstioOperator gateway entry
 * (`components.ingressGateways[]`, or the one its profile installs), a Gateway API `Gateway` that
 * istiod deploys itself, or the values of Istio's `gateway` Helm chart (the Deployment it renders:
 * a view of the values in the shape of a Deployment, src/yaml/rendered.ts).
 */
export type WorkloadOrigin = 'pod' | 'iop-gateway' | 'gateway-api' | 'gateway-values';

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
  /** For a gateway an IstioOperator deploys because its profile does (it does not list it): the profile. */
  profile?: string;
}

/** YAML text embedded in a scalar, parsed, or its parse error. */
export interface EmbeddedSite {
  host: Ref;
  view?: DocView;
  error?: { message: string; range: Range };
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
  /**
   * When istiod reads two mesh sources (SHARED_MESH_CONFIG names a shared ConfigMap): the other
   * one, in words ("ConfigMap istio-system/istio-shared"). Set once the whole run is read.
   */
  pairedWith?: string;
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

/** `values.global.proxy.lifecycle` of Helm values / IstioOperators and of injector ConfigMaps. */
export interface LifecycleSetting extends InstallSetting {
  /** `values.global.proxy.holdApplicationUntilProxyStarts` beside it, when true. */
  hold?: Ref;
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

/**
 * A document of one pod-template workload that the first pass did not parse: `read` parses it when
 * its workload is linted (once; the same view after that, or nothing when it does not parse).
 */
export interface DeferredWorkloadSource {
  read: () => DocView | undefined;
  template: Path;
  kind: string;
  /** Where the document is in its file (a worker thread parses it from there). */
  at: DeferredDocument;
}

/** A workload built as it was found (gateways of an IstioOperator or the Gateway API), or where one is. */
export type WorkloadSource = Workload | PodWorkloadSource | DeferredWorkloadSource;

/**
 * Lookups derived from the inventory on first use and kept for the rest of the run (the inventory
 * is made per run, so they are too: two runs in one process share nothing).
 */
export class RunLookups {
  /** A namespace's Services by one label pair of their selector (traffic.ts). */
  readonly servicesBySelectorPair = new Map<Resource[], Map<string, number[]>>();
  /** Traffic resources by the first segment of each host they route to (traffic.ts). */
  routesByHost?: Map<string, Resource[]>;
  /** Per Service: the lifetimes its traffic resources bound (traffic.ts). */
  readonly trafficBounds = new Map<Resource, TrafficBound[]>();
  /** Every values.global.proxy.lifecycle, injector ConfigMaps included (domain/lifecycle.ts). */
  globalLifecycles?: LifecycleSetting[];
  /** BackendConfigs and GCPBackendPolicies: GKE load balancers' draining (domain/load-balancers.ts). */
  gkeBackendPolicies?: Resource[];
  /** Mesh sources by revision and by resource, as positions in the run's list (domain/mesh.ts). */
  meshIndex?: { byRevision: Map<string, number[]>; byResource: Map<Resource, MeshSource[]>; shared: number[] };
  /** ProxyConfig resources by namespace, in input order (resolve.ts). */
  proxyConfigsByNamespace?: Map<string | undefined, ProxyConfigResource[]>;
}

/** A lifetime a traffic resource sets for a Service (a VirtualService timeout, a DestinationRule maxConnectionDuration). */
export interface TrafficBound {
  seconds: number;
  res: Resource;
  path: Path;
  what: string;
}

export interface Inventory {
  /** Lookups derived on first use, per run. */
  lookups: RunLookups;
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
  /** Versions the input states, by "product version": where each was first seen (inventory/versions.ts). */
  versionSignals: Map<string, VersionSignal>;
  /** Helm values written as YAML text (Argo CD helm.values) that do not parse: parse errors. */
  valuesErrors: ValuesError[];
}

/** Helm values in YAML text that does not parse, located inside the text. */
export interface ValuesError {
  file: SourceFile;
  /** The wrapper that holds them, and its words: "Application argocd/istiod". */
  resource: Resource;
  owner: string;
  range: Range;
  message: string;
}

/** The pod's own istio-proxy container, if it declares one. */
export function proxyContainer(w: Workload): Container | undefined {
  return w.containers.find((c) => c.name === PROXY_CONTAINER);
}

/** Kubernetes reads a mapping as a resource only when it has a string `apiVersion` and `kind`. */
export function isResource(value: Record<string, unknown>): boolean {
  return typeof value['kind'] === 'string' && typeof value['apiVersion'] === 'string';
}

/**
 * A document's resources: itself, or the items of a `kind: List`. A mapping that is not a resource
 * (a values file: no apiVersion, even if it has a `kind:` key) comes back with kind "".
 */
export function resourcesOf(view: DocView): Resource[] {
  const v = view.value;
  if (!isRecord(v)) return [];
  if (isResource(v) && (v['kind'] === 'List' || (String(v['kind']).endsWith('List') && Array.isArray(v['items'])))) {
    const items = Array.isArray(v['items']) ? v['items'] : [];
    return items.flatMap((item, i) => (isRecord(item) ? [resource(view, ['items', i], item)] : []));
  }
  return [resource(view, [], v)];
}

export function resource(view: DocView, base: Path, value: Record<string, unknown>): Resource {
  const meta = isRecord(value['metadata']) ? value['metadata'] : {};
  return {
    view,
    base,
    kind: isResource(value) ? (value['kind'] as string) : '',
    apiVersion: isResource(value) ? (value['apiVersion'] as string) : '',
    // Findings name the resource until the output is written: the name alone, not its document's text.
    name: typeof meta['name'] === 'string' ? ownCopy(meta['name']) : undefined,
    namespace: typeof meta['namespace'] === 'string' ? meta['namespace'] : undefined,
    value,
  };
}

export interface InventoryOptions {
  defaultNamespace?: string;
}
