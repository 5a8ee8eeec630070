/**
 * Inventory: recognises the resources drainlint reads in every parsed document — workloads, mesh
 * configs (IstioOperator, `istio` ConfigMaps, Helm values), Namespaces, ProxyConfig CRs, istiod's
 * env — and records where each sits, so that later steps never walk the YAML again. Each origin of
 * workloads and mesh configs has a builder of its own; this module sorts documents to them.
 */
import type { DocView } from '../types.js';
import { get, isRecord } from '../yaml/paths.js';
import { RunLookups, WORKLOAD_TEMPLATE, resource, resourcesOf, type Inventory, type DeferredWorkloadSource, type PodWorkloadSource, type Resource, type Workload } from './model.js';
import { workload } from './pod-workloads.js';
import { addIstioOperator, addOperatorGateways } from './operator.js';
import { gatewayApiWorkload, linkGatewayParameters } from './gateway-api.js';
import { addConfigMapMesh, addHelmValues, collectIstiodEnv, pairMeshSources } from './mesh.js';
import { addProxyConfig } from './proxy-configs.js';
import { collectVersionSignals } from './versions.js';
import { addGatewayValues, isGatewayChartValues } from './gateway-values.js';
import { addGitOpsRelease, GITOPS_KINDS } from './gitops.js';
import type { InventoryOptions } from './model.js';
import type { DeferredDocument } from '../parse.js';

/** Kinds kept besides those the inventory models; documents of other kinds are dropped after it. */
export const OTHER_KINDS = new Set(['Service', 'VirtualService', 'DestinationRule', 'BackendConfig', 'GCPBackendPolicy']);
/** Of OTHER_KINDS, the traffic resources connection lifetimes are derived from. */
const ROUTE_KINDS = new Set(['VirtualService', 'DestinationRule']);


/** Builds the inventory one document at a time, as documents are parsed (see finish()). */
export class InventoryBuilder {
  readonly inventory: Inventory;
  private readonly configMaps: Resource[] = [];
  private count = 0;

  constructor(private readonly opts: InventoryOptions) {
    this.inventory = { lookups: new RunLookups(), workloadSources: [], defaultNamespace: opts.defaultNamespace, meshSources: [], namespaces: new Map(), proxyConfigs: [], globalLifecycles: [], istiodEnv: [], istioOperators: [], others: [], servicesByNamespace: new Map(), routes: [], versionSignals: new Map(), valuesErrors: [] };
  }

  /**
   * Records what a document holds; a document of workloads only lets go of its value (huge runs).
   * A values file it recognises (mesh config, gateway chart values) is counted on its file.
   */
  add(view: DocView): void {
    const file = view.file;
    const fileOrder = file.fromMeshConfigFlag ? 1e6 + file.order : file.order;
    const before = this.inventory.workloadSources.length;
    let onlyWorkloads = true;
    for (const res of resourcesOf(view)) {
      this.count++;
      const kept = classify(this.inventory, res, fileOrder + this.count / 1e7, this.opts, this.configMaps, file.meshConfigOnly === true, file.fromMeshConfigFlag === true);
      if (kept === 'values') file.counts.values++;
      collectVersionSignals(this.inventory, res, { recognisedValues: kept === 'values', chartDefaults: file.inChart === true && file.fromMeshConfigFlag !== true });
      onlyWorkloads = kept === 'workload' && onlyWorkloads;
    }
    const added = this.inventory.workloadSources.length - before;
    if (onlyWorkloads && added > 0) {
      for (let i = before; i < this.inventory.workloadSources.length; i++) (this.inventory.workloadSources[i] as PodWorkloadSource).releasable = true;
      view.releaseValue();
    }
  }

  /**
   * Records a workload document parsed only when its workload is linted (parse.ts deferredKind: it
   * holds one workload and nothing else of the run reads it). `read` parses it.
   */
  addDeferred(at: DeferredDocument, kind: string, read: () => DocView | undefined): DeferredWorkloadSource {
    this.count++;
    const source = { read, template: WORKLOAD_TEMPLATE[kind]!, kind, at };
    this.inventory.workloadSources.push(source);
    return source;
  }

  /** Links what needs the whole run (mesh ConfigMaps named by istiod env, Gateway parameters). */
  finish(): Inventory {
    const inv = this.inventory;
    const shared = new Set(inv.istiodEnv.filter((e) => e.name === 'SHARED_MESH_CONFIG').map((e) => String(e.value)));
    for (const cm of this.configMaps) addConfigMapMesh(inv, cm, shared);
    pairMeshSources(inv);
    linkGatewayParameters(inv);
    return inv;
  }
}


/**
 * Visits the workloads of the run in input order, each built just before its visit. Once the visit
 * has moved past a document of workloads only, that document lets go of its value (on huge runs;
 * see releaseValue), so the run holds one workload's tree at a time.
 */
export function forEachWorkload(inv: Inventory, visit: (w: Workload) => void): void {
  let previous: { view: DocView; releasable: boolean; always?: boolean } | undefined;
  const done = (next?: DocView) => {
    if (previous?.releasable && previous.view !== next) previous.view.releaseValue(previous.always);
  };
  for (const source of inv.workloadSources) {
    if ('origin' in source) {
      visit(source);
      continue;
    }
    if ('read' in source) {
      // Parsed now, linted, and let go of as soon as the next document comes, whatever the size of
      // the run: a heap that holds every tree costs more in collections than the rare parse again.
      const view = source.read();
      done(view);
      previous = view && { view, releasable: true, always: true };
      const w = deferredWorkload(inv, source, view);
      if (w) visit(w);
      continue;
    }
    done(source.view);
    previous = source;
    const w = parsedWorkload(inv, source);
    if (w) visit(w);
  }
  done();
}

/** The workload of a deferred document, parsed (`view`), or none when it did not parse or holds another kind. */
export function deferredWorkload(inv: Inventory, source: DeferredWorkloadSource, view: DocView | undefined): Workload | undefined {
  const res = view ? resourcesOf(view)[0] : undefined;
  // The kind was read from the text; a document the parse reads otherwise holds no workload of it.
  return res && res.kind === source.kind ? workload(res, source.template, { defaultNamespace: inv.defaultNamespace }) : undefined;
}

/** The workload of a pod-template source the first pass parsed. */
export function parsedWorkload(inv: Inventory, source: PodWorkloadSource): Workload | undefined {
  const value = get(source.view.value, source.base);
  return isRecord(value) ? workload(resource(source.view, source.base, value), source.template, { defaultNamespace: inv.defaultNamespace }) : undefined;
}

/** Every workload of the run at once: for inspecting small inputs (tests, the smoke report). */
export function allWorkloads(inv: Inventory): Workload[] {
  const all: Workload[] = [];
  forEachWorkload(inv, (w) => all.push(w));
  return all;
}

/**
 * `meshOnly`: the file is read for its mesh config only; `flag`: it came from --mesh-config.
 * Returns `workload` for a pod-template workload that nothing else of the inventory refers to,
 * `values` for a values file it recognised, `other` for anything else.
 */
export function classify(inv: Inventory, res: Resource, order: number, opts: InventoryOptions, configMaps: Resource[], meshOnly: boolean, flag: boolean): 'workload' | 'values' | 'other' {
  const template = WORKLOAD_TEMPLATE[res.kind];
  if (template && !meshOnly) {
    inv.workloadSources.push({ view: res.view, base: res.base, template, releasable: false });
    if (res.kind === 'Deployment' && /^istiod(-|$)/.test(res.name ?? '')) {
      collectIstiodEnv(inv, res);
      return 'other';
    }
    return 'workload';
  }
  return classifyOther(inv, res, order, opts, configMaps, meshOnly, flag) ? 'values' : 'other';
}

/** Returns true for a values file it recognised. */
export function classifyOther(inv: Inventory, res: Resource, order: number, opts: InventoryOptions, configMaps: Resource[], meshOnly: boolean, flag: boolean): boolean {
  switch (res.kind) {
    case 'IstioOperator':
      inv.istioOperators.push(res);
      addIstioOperator(inv, res, order, flag);
      if (!meshOnly) addOperatorGateways(inv, res);
      return false;
    case 'Gateway': {
      const gw = meshOnly ? undefined : gatewayApiWorkload(res, opts);
      if (gw) inv.workloadSources.push(gw);
      else if (!meshOnly) inv.others.push(res);
      return false;
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
      return false;
    case 'Namespace':
      if (res.name && !meshOnly) inv.namespaces.set(res.name, res);
      return false;
    case 'ProxyConfig':
      if (!meshOnly) addProxyConfig(inv, res, order);
      return false;
    case '': {
      const named = res.view.file.namedGatewayValues === true;
      // Values files inside a chart (defaults, profiles) are not this run's mesh config unless named with --mesh-config.
      if (res.view.file.inChart && !flag && !named) return false;
      // Gateway chart values are never mesh config, even with a meshConfig: key (the chart does not read it).
      if (named || isGatewayChartValues(res.value)) {
        if (!meshOnly) addGatewayValues(inv, { view: res.view, path: res.base, values: res.value }, opts);
        return true;
      }
      if (isRecord(res.value['meshConfig']) || isRecord(get(res.value, ['global', 'proxy']))) {
        addHelmValues(inv, res, order, flag);
        return true;
      }
      return false;
    }
    default:
      if (GITOPS_KINDS.includes(res.kind)) {
        addGitOpsRelease(inv, res, order, opts, flag, meshOnly);
        return false;
      }
      if (meshOnly || !OTHER_KINDS.has(res.kind)) return false;
      inv.others.push(res);
      if (res.kind === 'Service') {
        const ns = res.namespace ?? opts.defaultNamespace ?? '';
        const list = inv.servicesByNamespace.get(ns);
        if (list) list.push(res);
        else inv.servicesByNamespace.set(ns, [res]);
      } else if (ROUTE_KINDS.has(res.kind)) {
        inv.routes.push(res);
      }
      return false;
  }
}
