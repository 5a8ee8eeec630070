/**
 * IstioOperator: its mesh config (`spec.meshConfig` over `spec.values.meshConfig`), install values
 * (`values.global.proxy.lifecycle`, `values.pilot.env`) and the gateways it deploys.
 */
import type { Path } from '../types.js';
import { get, isRecord } from '../yaml/paths.js';
import { PROXY_CONTAINER } from '../domain/names.js';
import type { Inventory, Resource, Workload } from './model.js';
import { attachProxyConfigAnnotation } from './pod-workloads.js';
import { operatorName } from '../domain/identity.js';

export function addIstioOperator(inv: Inventory, res: Resource, order: number, flag: boolean): void {
  const spec = isRecord(res.value['spec']) ? res.value['spec'] : {};
  const revision = typeof spec['revision'] === 'string' ? spec['revision'] : '';
  const label = operatorName(res);
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

/** IstioOperator `components.ingressGateways[]` / `egressGateways[]`: gateways deployed by the operator. */
export function addOperatorGateways(inv: Inventory, res: Resource): void {
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
export function overlayGrace(overlays: unknown, name: string): { value: unknown; overlay: number; patch: number } | undefined {
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

export function collectInstallValues(inv: Inventory, res: Resource, valuesPath: Path, revision: string, label: string): void {
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
