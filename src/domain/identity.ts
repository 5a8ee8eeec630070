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
