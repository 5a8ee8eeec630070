/**
 * Which mesh configs reach a workload: its revision (pod label, else its Namespace's), that
 * revision's mesh documents (shared ones first; the default revision's when it has none), minus the
 * documents istiod discards, and the root namespace they name.
 */
import type { Inventory, MeshSource, Resource, Workload } from '../inventory/model.js';
import type { ValueProblem } from '../istio/validate.js';
import { get } from '../yaml/paths.js';
import { REV } from './names.js';

/**
 * The revision a workload is injected by: its istio.io/rev label, else its Namespace's ("" = default).
 * A Gateway API gateway's is the Gateway's own label: the revision whose istiod deploys it.
 */
export function revisionOf(w: Workload, inv: Inventory): string {
  const label = w.origin === 'gateway-api' ? get(w.value, ['metadata', 'labels', REV]) : w.podLabels[REV];
  if (typeof label === 'string') return label === 'default' ? '' : label;
  const ns = w.effectiveNamespace ? inv.namespaces.get(w.effectiveNamespace) : undefined;
  const nsRev = ns ? get(ns.value, ['metadata', 'labels', REV]) : undefined;
  return typeof nsRev === 'string' && nsRev !== 'default' ? nsRev : '';
}

/** Mesh configs for a revision: shared first, then in input order; the default revision's when it has none. */
export function meshSourcesFor(inv: Inventory, revision: string): MeshSource[] {
  const index = meshIndex(inv);
  const of = index.byRevision.get(revision) ?? [];
  const own = revision !== '' && of.length === 0 ? index.byRevision.get('') ?? [] : of;
  // Input order first (as a filter of the whole list would give), then shared first and by order.
  const merged = [...new Set([...own, ...index.shared])].sort((a, b) => a - b).map((i) => inv.meshSources[i]!);
  return merged.sort((a, b) => Number(b.shared) - Number(a.shared) || a.order - b.order);
}

/** The run's mesh sources by revision and by resource, as positions in inv.meshSources (built once per run). */
function meshIndex(inv: Inventory): NonNullable<Inventory['lookups']['meshIndex']> {
  if (inv.lookups.meshIndex) return inv.lookups.meshIndex;
  const index = { byRevision: new Map<string, number[]>(), byResource: new Map<Resource, MeshSource[]>(), shared: [] as number[] };
  inv.meshSources.forEach((m, i) => {
    const list = index.byRevision.get(m.revision);
    if (list) list.push(i);
    else index.byRevision.set(m.revision, [i]);
    if (m.shared) index.shared.push(i);
    const same = index.byResource.get(m.resource);
    if (same) same.push(m);
    else index.byResource.set(m.resource, [m]);
  });
  inv.lookups.meshIndex = index;
  return index;
}

/** The other mesh sources of a revision, in input order. */
export function meshSourcesOfRevision(inv: Inventory, revision: string): MeshSource[] {
  return (meshIndex(inv).byRevision.get(revision) ?? []).map((i) => inv.meshSources[i]!);
}

/** `rootNamespace` of the mesh configs (the last one that sets it), default istio-system. */
export function rootNamespace(meshSources: MeshSource[]): string {
  let root = 'istio-system';
  for (const m of meshSources) if (typeof m.value['rootNamespace'] === 'string') root = m.value['rootNamespace'];
  return root;
}

/**
 * istiod discards a mesh document with any type error. An IstioOperator's spec.meshConfig and
 * spec.values.meshConfig are merged into one document first, so a problem in either drops both.
 * What takes its place (meshDiscard) depends on how many mesh sources istiod reads; either way
 * none of the document's settings reach a workload.
 */
export function discarded(m: MeshSource, inv: Inventory, problems: Map<MeshSource, ValueProblem[]>): boolean {
  return (meshIndex(inv).byResource.get(m.resource) ?? []).some((o) => o.embedError !== undefined || (problems.get(o)?.length ?? 0) > 0);
}

/**
 * What istiod does instead of an invalid mesh document (pkg/config/mesh/meshwatcher/collection.go,
 * spec §2.1 and §8.6): with two sources (SHARED_MESH_CONFIG) it skips the invalid one ("invalid
 * mesh config, ignoring") and the other still applies; with one it keeps its last valid state
 * ("invalid mesh config, using last known state"), which a manifest cannot show: the built-in
 * defaults stand for it.
 */
export function meshDiscard(m: MeshSource): { skipped: true; other: string } | { skipped: false } {
  return m.pairedWith ? { skipped: true, other: m.pairedWith } : { skipped: false };
}
