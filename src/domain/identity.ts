/**
 * Who a finding is about: the identity of resources and workloads, and their names in words. A
 * resource without a name is named by its kind and where it is ("Deployment at deploy.yaml:3"), so
 * that no text says "Deployment " with nothing after it, and two unnamed resources stay apart.
 */
import type { MeshSource, ProxyConfigResource, Resource, Workload } from '../inventory/model.js';
import type { ResourceId } from '../types.js';
import { locate } from '../yaml/locate.js';

/** Where a resource starts: "deploy.yaml:3" (a List item: its item). */
export function resourcePosition(r: Pick<Resource, 'view' | 'base'>): string {
  return `${r.view.file.path}:${locate({ view: r.view, path: r.base }).line}`;
}

/** The identity findings carry for a resource; a Helm values file (no kind) is named as such; one without a name says where it is. */
export function resourceId(r: Resource): ResourceId {
  const id: ResourceId = { kind: r.kind || 'HelmValues' };
  if (r.namespace) id.namespace = r.namespace;
  if (r.name) id.name = r.name;
  else id.at = resourcePosition(r);
  return id;
}

/**
 * A resource in words for help texts and related locations: "Deployment shop/api", "Deployment api"
 * (no namespace), or, without a name, "Deployment at deploy.yaml:3".
 */
export function resourceName(r: Pick<Resource, 'kind' | 'name' | 'namespace' | 'view' | 'base' | 'unnamedAs'>): string {
  const kind = r.kind || 'HelmValues';
  if (!r.name && r.unnamedAs) return r.unnamedAs;
  if (!r.name) return `${kind} at ${resourcePosition(r)}`;
  return `${kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}`;
}

/** A resource in words for messages, which name no file: "Deployment shop/api", or "an unnamed Deployment". */
export function resourceNameInMessage(r: Pick<Resource, 'kind' | 'name' | 'namespace' | 'unnamedAs'>): string {
  const kind = r.kind || 'HelmValues';
  if (!r.name && r.unnamedAs) return r.unnamedAs;
  if (!r.name) return `an unnamed ${kind}`;
  return `${kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}`;
}

/** A ResourceId in words, as the stylish report shows it: "Deployment shop/api [app]", "Deployment at deploy.yaml:3". */
export function resourceIdWords(id: ResourceId): string {
  const who = id.name ? `${id.kind} ${id.namespace ? `${id.namespace}/` : ''}${id.name}` : id.at ? `${id.kind} at ${id.at}` : `${id.kind}${id.namespace ? ` in ${id.namespace}` : ''}`;
  return `${who}${id.container ? ` [${id.container}]` : ''}`;
}

export function meshResource(m: MeshSource): ResourceId {
  return resourceId(m.resource);
}

export function crResource(pc: ProxyConfigResource): ResourceId {
  return resourceId(pc);
}

export function crLabel(pc: ProxyConfigResource): string {
  return resourceName(pc);
}

export function workloadName(rw: { workload: Workload }): string {
  return resourceName(rw.workload);
}

/** workloadName for messages (no file position). */
export function workloadNameInMessage(rw: { workload: Workload }): string {
  return resourceNameInMessage(rw.workload);
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

/** An IstioOperator in words (its namespace defaults to istio-system): "IstioOperator istio-system/control-plane", "IstioOperator at iop.yaml:1". */
export function operatorName(iop: Pick<Resource, 'name' | 'namespace' | 'view' | 'base'>): string {
  return `IstioOperator ${iop.name ? `${iop.namespace ?? 'istio-system'}/${iop.name}` : `at ${resourcePosition(iop)}`}`;
}
