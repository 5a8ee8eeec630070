/**
 * Timing values the timing rules share and that the resolver does not (yet) provide:
 * - the expected connection lifetime L with the catalogue's full precedence, including the values
 *   derived from Istio traffic resources (VirtualService `http[].timeout`, DestinationRule
 *   `maxConnectionDuration`) routed to the workload through a Service that selects its pods;
 * - Sₐ and L treated as unknown when their annotation has the wrong type (invalid-field-type);
 * - the app's stop time Pₐ + Sₐ and the proxy's drain end;
 * - which drain setting `ctx.reportDrainSetting` points at (to keep it out of the related list).
 * Candidates for src/resolve.ts (L, Sₐ) and src/describe.ts (the rest).
 */
import type { Inventory, Resource, Workload } from '../../src/inventory.js';
import { LIFETIME_ANNOTATION, SHUTDOWN_ANNOTATION, levelRank, type ResolvedWorkload } from '../../src/resolve.js';
import type { ResolvedConfig } from '../../src/config.js';
import type { Path, Valued } from '../../src/types.js';
import type { RelatedValue } from '../../src/rule.js';
import { get, isRecord } from '../../src/yaml-view.js';
import { parseGoDuration } from '../../src/values.js';

/**
 * L: the annotation, then a matching `connectionLifetime.workloads[]` entry, then the traffic
 * resources routed to the workload, then `connectionLifetime.default`. An annotation that is present
 * but unusable (not a Go duration, not a string) makes L unknown: other rules report it.
 */
export function connectionLifetime(rw: ResolvedWorkload, inv: Inventory, config: ResolvedConfig): Valued<number> | undefined {
  const w = rw.workload;
  const l = rw.lifetime;
  if (LIFETIME_ANNOTATION in w.podAnnotations) return l?.prov.level === 'annotation' ? l : undefined;
  const dflt = config.connectionLifetime?.default;
  if (l && !(dflt && l.prov.ref === dflt.ref)) return l;
  return trafficLifetime(w, inv, config) ?? l;
}

/** Sₐ, unknown when its annotation is present but unusable. */
export function shutdownDuration(rw: ResolvedWorkload): Valued<number> | undefined {
  if (SHUTDOWN_ANNOTATION in rw.workload.podAnnotations && rw.shutdown?.prov.level !== 'annotation') return undefined;
  return rw.shutdown;
}

/** Pₐ + Sₐ (unknown Sₐ counts as 0), or undefined when Pₐ is unknown. */
export function appStop(rw: ResolvedWorkload): number | undefined {
  const pa = rw.appPreStop.seconds;
  return pa === undefined ? undefined : pa + (shutdownDuration(rw)?.value ?? 0);
}

/** The earliest moment the proxy is gone (catalogue "drainEnd"); undefined without a sidecar or when Pₚ/Pₐ is unknown. */
export function drainEnd(rw: ResolvedWorkload): number | undefined {
  if (rw.sidecar.status === 'none') return undefined;
  if (rw.mode.value === 'native') return appStop(rw);
  const pp = rw.proxyPreStop.seconds;
  if (pp === undefined) return undefined;
  return pp + (rw.ez.value ? rw.min.value + 1 : rw.tdd.value);
}

/** The setting `reportDrainSetting` points at (same choice as src/engine.ts), or undefined for the pod template. */
export function pointedSetting(involved: Valued<unknown>[]): Valued<unknown> | undefined {
  const set = involved.filter((v) => v.prov.level !== 'default' && v.prov.ref);
  if (set.length === 0) return undefined;
  return set.reduce((a, b) => (levelRank(b.prov) > levelRank(a.prov) ? b : a));
}

/** Drops the related location the finding itself points at. */
export function withoutPointed(related: RelatedValue[], pointed: Valued<unknown> | undefined): RelatedValue[] {
  if (!pointed?.prov.ref) return related;
  return related.filter((r) => r.ref !== pointed.prov.ref);
}

// ---------------------------------------------------------------------------------------------
// L derived from traffic resources.

interface Candidate {
  seconds: number;
  res: Resource;
  path: Path;
  what: string;
}

/** The longest request timeout / connection duration that Istio traffic resources set for the workload's Services. */
export function trafficLifetime(w: Workload, inv: Inventory, config: ResolvedConfig): Valued<number> | undefined {
  const services = inv.others.filter((s) => s.kind === 'Service' && selects(s, w, config));
  if (services.length === 0) return undefined;
  const routesTo = (host: unknown, res: Resource) =>
    typeof host === 'string' && services.some((s) => hostMatches(host, s.name, nsOf(s, config), nsOf(res, config)));
  const found: Candidate[] = [];
  for (const res of inv.others) {
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
        const pools: [unknown, Path, string][] = [[policy['connectionPool'], [...base, 'connectionPool'], '']];
        if (Array.isArray(policy['portLevelSettings'])) {
          policy['portLevelSettings'].forEach((p, i) => {
            if (isRecord(p)) pools.push([p['connectionPool'], [...base, 'portLevelSettings', i, 'connectionPool'], ` port ${String(get(p, ['port', 'number']) ?? i)}`]);
          });
        }
        for (const [pool, poolPath, port] of pools) {
          if (!isRecord(pool)) continue;
          for (const proto of ['http', 'tcp']) {
            push(found, get(pool, [proto, 'maxConnectionDuration']), res, [...poolPath, proto, 'maxConnectionDuration'], `${proto}.maxConnectionDuration of DestinationRule ${resName(res)}${subset}${port}`);
          }
        }
      }
    }
  }
  if (found.length === 0) return undefined;
  const best = found.reduce((a, b) => (b.seconds > a.seconds ? b : a));
  return { value: best.seconds, prov: { level: 'traffic', source: best.what, ref: { view: best.res.view, path: [...best.res.base, ...best.path] } } };
}

function push(found: Candidate[], raw: unknown, res: Resource, path: Path, what: string): void {
  if (typeof raw !== 'string') return;
  const secs = parseGoDuration(raw);
  // 0s disables the timeout: it bounds nothing.
  if (secs === undefined || secs <= 0) return;
  found.push({ seconds: secs, res, path, what });
}

function nsOf(res: Resource, config: ResolvedConfig): string | undefined {
  return res.namespace ?? config.defaultNamespace;
}

function resName(res: Resource): string {
  return `${res.namespace ? `${res.namespace}/` : ''}${res.name ?? '(unnamed)'}`;
}

/** A Service in the workload's namespace whose non-empty selector matches the pod labels. */
function selects(svc: Resource, w: Workload, config: ResolvedConfig): boolean {
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
