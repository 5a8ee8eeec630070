/**
 * The expected connection lifetime L derived from Istio traffic resources: the longest
 * VirtualService `http[].timeout` and DestinationRule `maxConnectionDuration` routed to the
 * workload through a Service whose selector matches its pod labels.
 */
import type { Inventory, Resource, TrafficBound, Workload } from '../inventory/model.js';
import type { Path, Valued } from '../types.js';
import { get, isRecord } from '../yaml/paths.js';
import { parseGoDuration } from './durations.js';
import { resourceName } from './identity.js';


/** The longest request timeout / connection duration that Istio traffic resources set for the workload's Services. */
export function trafficLifetime(w: Workload, inv: Inventory, config: { defaultNamespace?: string }): Valued<number> | undefined {
  const found = selectingServices(w, inv, config).flatMap((svc) => boundsOf(svc, inv, config));
  if (found.length === 0) return undefined;
  const best = found.reduce((a, b) => (b.seconds > a.seconds ? b : a));
  return { value: best.seconds, prov: { level: 'traffic', source: best.what, ref: { view: best.res.view, path: best.res.base.concat(best.path) } } };
}

/** Services in the workload's namespace whose non-empty selector matches its pod labels, in input order. */
export function selectingServices(w: Workload, inv: Inventory, config: { defaultNamespace?: string }): Resource[] {
  const list = inv.servicesByNamespace.get(w.effectiveNamespace ?? '');
  if (!list) return [];
  // Only Services indexed under one of the pod's labels can select it.
  const byPair = selectorIndex(inv, list);
  const at = new Set<number>();
  for (const [k, v] of Object.entries(w.podLabels)) for (const i of byPair.get(pairKey(k, v)) ?? []) at.add(i);
  return [...at]
    .sort((a, b) => a - b)
    .map((i) => list[i]!)
    .filter((svc) => selects(svc, w, config));
}

/**
 * A namespace's Services by the first label pair of their selector: every pair must match the pod
 * labels, so a workload looks up only those its labels hold instead of every Service (a rendered
 * platform has thousands). Values are indexes into the list, to keep input order.
 */
function selectorIndex(inv: Inventory, list: Resource[]): Map<string, number[]> {
  let index = inv.lookups.servicesBySelectorPair.get(list);
  if (index) return index;
  index = new Map();
  for (let i = 0; i < list.length; i++) {
    const selector = get(list[i]!.value, ['spec', 'selector']);
    const first = isRecord(selector) ? Object.entries(selector)[0] : undefined;
    if (!first) continue;
    const key = pairKey(first[0], first[1]);
    const at = index.get(key);
    if (at) at.push(i);
    else index.set(key, [i]);
  }
  inv.lookups.servicesBySelectorPair.set(list, index);
  return index;
}

/** A label pair as a map key; values of other types than string stay distinct from strings (=== decides). */
function pairKey(k: string, v: unknown): string {
  return `${k}\u0000${typeof v}\u0000${String(v)}`;
}

/**
 * Traffic resources by the first segment of each host they route to (a VirtualService's
 * destinations, a DestinationRule's host): only those can name a given Service.
 */
function routesNaming(inv: Inventory, name: string | undefined): Resource[] {
  if (!name) return [];
  let index = inv.lookups.routesByHost;
  if (!index) {
    index = new Map();
    for (const res of inv.routes) {
      for (const host of new Set(routeHosts(res).map((h) => h.split('.')[0]!))) {
        const at = index.get(host);
        if (at) at.push(res);
        else index.set(host, [res]);
      }
    }
    inv.lookups.routesByHost = index;
  }
  return index.get(name) ?? [];
}

function routeHosts(res: Resource): string[] {
  const spec = res.value['spec'];
  if (!isRecord(spec)) return [];
  if (res.kind === 'DestinationRule') return typeof spec['host'] === 'string' ? [spec['host']] : [];
  if (!Array.isArray(spec['http'])) return [];
  const hosts: string[] = [];
  for (const route of spec['http']) {
    if (!isRecord(route) || !Array.isArray(route['route'])) continue;
    for (const d of route['route']) {
      const host = isRecord(d) ? get(d, ['destination', 'host']) : undefined;
      if (typeof host === 'string') hosts.push(host);
    }
  }
  return hosts;
}

/** Bounds per Service, computed once however many workloads it selects. */
function boundsOf(svc: Resource, inv: Inventory, config: { defaultNamespace?: string }): TrafficBound[] {
  const hit = inv.lookups.trafficBounds.get(svc);
  if (hit) return hit;
  const found: TrafficBound[] = [];
  const routesTo = (host: unknown, res: Resource) => typeof host === 'string' && hostMatches(host, svc.name, nsOf(svc, config), nsOf(res, config));
  for (const res of routesNaming(inv, svc.name)) {
    const spec = res.value['spec'];
    if (!isRecord(spec)) continue;
    if (res.kind === 'VirtualService' && Array.isArray(spec['http'])) {
      spec['http'].forEach((route, i) => {
        if (!isRecord(route) || !Array.isArray(route['route'])) return;
        if (!route['route'].some((d) => isRecord(d) && routesTo(get(d, ['destination', 'host']), res))) return;
        push(found, route['timeout'], res, ['spec', 'http', i, 'timeout'], `timeout of ${resourceName(res)} http[${i}]`);
      });
    }
    if (res.kind === 'DestinationRule' && routesTo(spec['host'], res)) {
      const policies: [unknown, Path, string][] = [[spec['trafficPolicy'], ['spec', 'trafficPolicy'], '']];
      if (Array.isArray(spec['subsets'])) {
        spec['subsets'].forEach((s, i) => {
          if (isRecord(s)) policies.push([s['trafficPolicy'], ['spec', 'subsets', i, 'trafficPolicy'], ` subset ${String(s['name'] ?? i)}`]);
        });
      }
      for (const [policy, base, subset] of policies) {
        if (!isRecord(policy)) continue;
        const pools: [unknown, Path, string][] = [[policy['connectionPool'], base.concat('connectionPool'), '']];
        if (Array.isArray(policy['portLevelSettings'])) {
          policy['portLevelSettings'].forEach((p, i) => {
            if (isRecord(p)) pools.push([p['connectionPool'], base.concat('portLevelSettings', i, 'connectionPool'), ` port ${String(get(p, ['port', 'number']) ?? i)}`]);
          });
        }
        for (const [pool, poolPath, port] of pools) {
          if (!isRecord(pool)) continue;
          for (const proto of ['http', 'tcp']) {
            push(found, get(pool, [proto, 'maxConnectionDuration']), res, poolPath.concat(proto, 'maxConnectionDuration'), `${proto}.maxConnectionDuration of ${resourceName(res)}${subset}${port}`);
          }
        }
      }
    }
  }
  inv.lookups.trafficBounds.set(svc, found);
  return found;
}

function push(found: TrafficBound[], raw: unknown, res: Resource, path: Path, what: string): void {
  if (typeof raw !== 'string') return;
  const secs = parseGoDuration(raw);
  // 0s disables the timeout: it bounds nothing.
  if (secs === undefined || secs <= 0) return;
  found.push({ seconds: secs, res, path, what });
}

function nsOf(res: Resource, config: { defaultNamespace?: string }): string | undefined {
  return res.namespace ?? config.defaultNamespace;
}

/** A Service in the workload's namespace whose non-empty selector matches the pod labels. */
function selects(svc: Resource, w: Workload, config: { defaultNamespace?: string }): boolean {
  const selector = get(svc.value, ['spec', 'selector']);
  if (!isRecord(selector) || Object.keys(selector).length === 0) return false;
  if (nsOf(svc, config) !== w.effectiveNamespace) return false;
  return Object.entries(selector).every(([k, v]) => w.podLabels[k] === v);
}

/**
 * Whether a traffic resource's host names the Service: a short name resolves in the resource's own
 * namespace; `name.ns`, `name.ns.svc` and `name.ns.svc.<domain>` name it anywhere.
 */
function hostMatches(host: string, name: string | undefined, svcNs: string | undefined, resNs: string | undefined): boolean {
  if (!name) return false;
  const parts = host.split('.');
  if (parts.length === 1) return host === name && resNs === svcNs;
  return parts[0] === name && svcNs !== undefined && parts[1] === svcNs && (parts.length === 2 || parts[2] === 'svc');
}
