/** Who a finding is about: the identity of resources and workloads, and their names in words. */
import type { MeshSource, ProxyConfigResource, Resource, Workload } from '../inventory/model.js';
import type { ResourceId } from '../types.js';

/** The identity findings carry for a resource; a Helm values file (no kind) is named as such. */
export function resourceId(r: Resource): ResourceId {
  const id: ResourceId = { kind: r.kind || 'HelmValues' };
  if (r.namespace) id.namespace = r.namespace;
  if (r.name) id.name = r.name;
  return id;
}

export function meshResource(m: MeshSource): ResourceId {
  return resourceId(m.resource);
}

export function crResource(pc: ProxyConfigResource): ResourceId {
  return resourceId(pc);
}

export function crLabel(pc: ProxyConfigResource): string {
  return `ProxyConfig ${pc.namespace ? `${pc.namespace}/` : ''}${pc.name ?? '(unnamed)'}`;
}

export function workloadName(rw: { workload: Workload }): string {
  const w = rw.workload;
  return `${w.kind} ${w.namespace ? `${w.namespace}/` : ''}${w.name ?? '(unnamed)'}`;
}

/** Labels by which Istio's charts name their own components (istiod, istio-cni, ztunnel, gateways). */
const COMPONENT_LABELS: Record<string, Set<string> | true> = {
  'operator.istio.io/component': true,
  'app.kubernetes.io/part-of': new Set(['istio']),
  app: new Set(['istiod', 'istio-ingressgateway', 'istio-egressgateway', 'istio-eastwestgateway', 'ztunnel', 'istio-cni-node']),
  'k8s-app': new Set(['istio-cni-node']),
  'app.kubernetes.io/name': new Set(['istiod', 'istio-cni', 'ztunnel']),
  istio: new Set(['pilot', 'istiod', 'ingressgateway', 'egressgateway', 'eastwestgateway']),
};

/** Images of Istio's control plane and node agents. */
const COMPONENT_IMAGE = /(^|\/)(pilot|install-cni|ztunnel)(:|@|$)/;

/**
 * Whether a workload is one of Istio's own components, whose charts put `istio.io/rev` on every
 * object they render as an ownership label: istiod, istio-cni, ztunnel, gateways. Returns what
 * says so ("gateway", the label or image), or undefined.
 */
export function istioComponent(w: Workload, gateway: boolean): string | undefined {
  if (gateway) return 'gateway';
  const own = w.value['metadata'];
  const ownLabels = own !== null && typeof own === 'object' && !Array.isArray(own) ? (own as Record<string, unknown>)['labels'] : undefined;
  for (const labels of [w.podLabels, ownLabels]) {
    if (labels === null || typeof labels !== 'object' || Array.isArray(labels)) continue;
    for (const [key, values] of Object.entries(COMPONENT_LABELS)) {
      const v = (labels as Record<string, unknown>)[key];
      if (typeof v === 'string' && (values === true || values.has(v))) return `label ${key}: ${v}`;
    }
  }
  for (const c of w.containers) {
    const image = c.value['image'];
    if (typeof image === 'string' && COMPONENT_IMAGE.test(image)) return `image ${image}`;
  }
  return undefined;
}
