/**
 * IstioOperator: its mesh config (`spec.meshConfig` over `spec.values.meshConfig`), install values
 * (`values.global.proxy.lifecycle`, `values.pilot.env`) and the gateways it deploys.
 */
import type { Path } from '../types.js';
import { get, isRecord } from '../yaml/paths.js';
import { PROXY_CONTAINER, REV } from '../domain/names.js';
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

/**
 * IstioOperator `components.ingressGateways[]` / `egressGateways[]`: gateways deployed by the
 * operator — those it lists, or, where it lists none, those of its profile.
 */
export function addOperatorGateways(inv: Inventory, res: Resource): void {
  addProfileGateways(inv, res);
  const rev = get(res.value, ['spec', 'revision']);
  const revisionLabel = typeof rev === 'string' && rev !== '' ? rev : 'default';
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
        // The legacy gateway chart labels the pods with the IstioOperator's revision (which picks their mesh config).
        podLabels: { [REV]: revisionLabel, ...(isRecord(entry['label']) ? entry['label'] : {}) },
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

/**
 * The gateways each profile of `istioctl install` deploys (manifests/profiles @86c9f01; every profile
 * is layered over `default`), and the ports of their Services (the legacy gateway charts' values,
 * and the demo profile's). An unknown profile fails the install: no gateway.
 */
const PROFILE_GATEWAYS: Record<string, { ingress: boolean; egress: boolean }> = {
  default: { ingress: true, egress: false },
  demo: { ingress: true, egress: true },
  preview: { ingress: true, egress: false },
  stable: { ingress: true, egress: false },
  openshift: { ingress: true, egress: false },
  ambient: { ingress: false, egress: false },
  'openshift-ambient': { ingress: false, egress: false },
  minimal: { ingress: false, egress: false },
  remote: { ingress: false, egress: false },
  empty: { ingress: false, egress: false },
};
const port = (name: string, p: number, targetPort: number) => ({ name, port: p, targetPort, protocol: 'TCP' });
const INGRESS_PORTS = [port('status-port', 15021, 15021), port('http2', 80, 8080), port('https', 443, 8443)];
const DEMO_INGRESS_PORTS = [...INGRESS_PORTS, port('tcp', 31400, 31400), port('tls', 15443, 15443)];
const EGRESS_PORTS = [port('http2', 80, 8080), port('https', 443, 8443)];

/**
 * The gateways an IstioOperator's profile deploys although it does not list them: istioctl merges
 * the IstioOperator over its profile, and a list it sets (components.ingressGateways) replaces the
 * profile's whole list (operator/pkg/values/map.go MergeFrom), so only a kind of gateway the
 * IstioOperator does not list comes from the profile. values.gateways.<name>.enabled: true turns
 * a profile's gateway on (its AltEnablementPath). Findings about such a gateway point at the
 * IstioOperator's `profile:` (or its `spec:`).
 */
function addProfileGateways(inv: Inventory, res: Resource): void {
  const spec = isRecord(res.value['spec']) ? res.value['spec'] : {};
  const raw = spec['profile'];
  const profile = raw === undefined || raw === null || raw === '' ? 'default' : typeof raw === 'string' ? raw : undefined;
  const installs = profile !== undefined && Object.hasOwn(PROFILE_GATEWAYS, profile) ? PROFILE_GATEWAYS[profile]! : undefined;
  if (!installs) return;
  const anchorPath: Path = 'profile' in spec ? res.base.concat('spec', 'profile') : 'spec' in res.value ? res.base.concat('spec') : isRecord(res.value['metadata']) && 'name' in res.value['metadata'] ? res.base.concat('metadata', 'name') : res.base.concat('kind');
  const revision = typeof spec['revision'] === 'string' && spec['revision'] !== '' ? spec['revision'] : 'default';
  const gateways: [string, 'ingressGateways' | 'egressGateways', boolean, unknown[]][] = [
    ['istio-ingressgateway', 'ingressGateways', installs.ingress, profile === 'demo' ? DEMO_INGRESS_PORTS : INGRESS_PORTS],
    ['istio-egressgateway', 'egressGateways', installs.egress, EGRESS_PORTS],
  ];
  for (const [name, list, installed, ports] of gateways) {
    if (Array.isArray(get(spec, ['components', list]))) continue; // the IstioOperator's own list replaces the profile's
    if (!installed && get(spec, ['values', 'gateways', name, 'enabled']) !== true) continue;
    const namespace = res.namespace ?? 'istio-system';
    const short = name.replace(/^istio-/, '');
    const w: Workload = {
      view: res.view,
      // Paths under the anchor do not exist: whatever a rule locates on this gateway falls back to the anchor's key.
      base: anchorPath,
      kind: list === 'ingressGateways' ? 'IngressGateway' : 'EgressGateway',
      apiVersion: res.apiVersion,
      name,
      namespace,
      value: { name, enabled: true, k8s: { service: { ports } } },
      origin: 'iop-gateway',
      effectiveNamespace: namespace,
      podMetaPath: anchorPath.concat('k8s', 'metadata'),
      podSpecPath: anchorPath.concat('k8s', 'spec'),
      annotationsPath: anchorPath.concat('k8s', 'metadata', 'annotations'),
      labelsPath: anchorPath.concat('k8s', 'metadata', 'labels'),
      anchor: { view: res.view, path: anchorPath, target: 'key' },
      gatewayClass: 'iop',
      annotationMetadataRendered: false,
      // The legacy gateway charts' pod labels.
      podLabels: { app: name, istio: short, [REV]: revision },
      podAnnotations: {},
      podSpec: {},
      containers: [{ name: PROXY_CONTAINER, init: false, path: anchorPath.concat('k8s', 'spec', 'containers', 0), value: {} }],
      profile,
    };
    inv.workloadSources.push(w);
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
