/**
 * The expected connection lifetime L derived from Istio traffic resources: the longest
 * VirtualService `http[].timeout` and DestinationRule `maxConnectionDuration` routed to the
 * workload through a Service whose selector matches its pod labels.
 */
import type { Inventory, Resource, Workload } from './inventory.js';
import type { Path, Valued } from './types.js';
import { get, isRecord } from './yaml-view.js';
import { parseGoDuration } from './values.js';

interface Candidate {
  seconds: number;
  res: Resource;
  path: Path;
  what: string;
}

/** The longest request timeout / connection duration that Istio traffic resources set for the workload's Services. */
export function trafficLifetime(w: Workload, inv: Inventory, config: { defaultNamespace?: string }): Valued<number> | undefined {
  const found = selectingServices(w, inv, config).flatMap((svc) => boundsOf(svc, inv, config));
  if (found.length === 0) return undefined;
  const best = found.reduce((a, b) => (b.seconds > a.seconds ? b : a));
  return { value: best.seconds, prov: { level: 'traffic', source: best.what, ref: { view: best.res.view, path: best.res.base.concat(best.path) } } };
}

/** Services in the workload's namespace whose non-empty selector matches its pod labels. */
export function selectingServices(w: Workload, inv: Inventory, config: { defaultNamespace?: string }): Resource[] {
  return (inv.servicesByNamespace.get(w.effectiveNamespace ?? '') ?? []).filter((s) => selects(s, w, config));
}

/** Bounds per Service, computed once however many workloads it selects. */
const bounds = new WeakMap<Resource, Candidate[]>();

function boundsOf(svc: Resource, inv: Inventory, config: { defaultNamespace?: string }): Candidate[] {
  const hit = bounds.get(svc);
  if (hit) return hit;
  const found: Candidate[] = [];
  const routesTo = (host: unknown, res: Resource) => typeof host === 'string' && hostMatches(host, svc.name, nsOf(svc, config), nsOf(res, config));
  for (const res of inv.routes) {
    const spec = res.value['spec'];
    if (!isRecord(spec)) continue;
    if (res.kind === 'VirtualService' && Array.isArray(spec['http'])) {
      spec['http'].forEach((route, i) => {
        if (!isRecord(route) || !Array.isArray(route['route'])) return;
        if (!route['route'].some((d) => isRecord(d) && routesTo(get(d, ['destination', 'host']), res))) return;
        push(found, route['timeout'], res, ['spec', 'http', i, 'timeout'], `timeout of VirtualService ${resName(res)} http[${i}]`);
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
            push(found, get(pool, [proto, 'maxConnectionDuration']), res, poolPath.concat(proto, 'maxConnectionDuration'), `${proto}.maxConnectionDuration of DestinationRule ${resName(res)}${subset}${port}`);
          }
        }
      }
    }
  }
  bounds.set(svc, found);
  return found;
}

function push(found: Candidate[], raw: unknown, res: Resource, path: Path, what: string): void {
  if (typeof raw !== 'string') return;
  const secs = parseGoDuration(raw);
  // 0s disables the timeout: it bounds nothing.
  if (secs === undefined || secs <= 0) return;
  found.push({ seconds: secs, res, path, what });
}

function nsOf(res: Resource, config: { defaultNamespace?: string }): string | undefined {
  return res.namespace ?? config.defaultNamespace;
}

function resName(res: Resource): string {
  return `${res.namespace ? `${res.namespace}/` : ''}${res.name ?? '(unnamed)'}`;
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
