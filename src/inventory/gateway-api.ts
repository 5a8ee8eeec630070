/** Gateway API `Gateway`s of Istio's classes: istiod renders and deploys their proxies itself. */
import type { Ref } from '../types.js';
import { get, isRecord } from '../yaml/paths.js';
import { parseEmbedded } from '../yaml/embedded.js';
import type { Inventory, Resource, Workload } from './model.js';
import type { InventoryOptions } from './model.js';
import { attachProxyConfigAnnotation } from './pod-workloads.js';

export const GATEWAY_CLASSES = new Set(['istio', 'istio-waypoint', 'istio-east-west']);

/** Gateway API `Gateway` of an Istio class: istiod renders and deploys the proxy itself. */
export function gatewayApiWorkload(res: Resource, opts: InventoryOptions): Workload | undefined {
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
export function linkGatewayParameters(inv: Inventory): void {
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
