/**
 * Every place an EXIT_ON_ZERO_ACTIVE_CONNECTIONS / MINIMUM_DRAIN_DURATION (or other proxyMetadata)
 * value is written — mesh `proxyMetadata`, the annotation's `proxyMetadata`, ProxyConfig CR
 * `environmentVariables`, the istio-proxy container's `env` — with what was written and whether the
 * enclosing document is accepted at all (a discarded mesh config, a denied pod or a rejected CR
 * gets only the finding that explains why, catalogue "Reading manifests").
 */
import type { RuleContext } from '../rule.js';
import type { MeshSource, ProxyConfigResource, Workload } from '../inventory/model.js';
import { PROXY_CONFIG_ANNOTATION, PROXY_CONTAINER } from './names.js';
import { crLabel, crResource, meshResource } from './identity.js';
import type { ResolvedWorkload } from '../resolved.js';
import type { ValueProblem } from '../istio/validate.js';
import type { DocView, Path, Ref, ResourceId } from '../types.js';
import { get, isRecord } from '../yaml/paths.js';
import { DEFAULT_CONFIG_KEYS, PROXY_METADATA_KEYS as METADATA_KEYS } from './names.js';

/** One written value of an environment variable that reaches (or is meant for) the proxy. */
export interface EnvSite {
  origin: 'mesh' | 'annotation' | 'proxyconfig' | 'env';
  name: string;
  value: unknown;
  /** The value node. */
  ref: Ref;
  /** "in the proxyMetadata of ConfigMap istio-system/istio", "in the env of the istio-proxy container". */
  where: string;
  workload?: Workload;
  resource?: ResourceId;
  container?: string;
}

/** A value problem Istio really has: jsonpb reads a null map value as "" and skips a null field. */
export function realProblem(p: ValueProblem): boolean {
  return p.value !== null && p.value !== undefined;
}

/** True when istiod discards the mesh document (a parse error or a value problem in it). */
export function meshDiscarded(ctx: RuleContext, m: MeshSource): boolean {
  return Boolean(m.embedError) || (ctx.resolution.meshProblems.get(m) ?? []).some(realProblem);
}

/** True when admission denies the pod (resolve.ts also counts null values, which Istio accepts). */
export function podDenied(rw: ResolvedWorkload): boolean {
  if (!rw.admissionDenied) return false;
  const ann = rw.workload.proxyConfigAnnotation;
  if (!ann?.view || ann.error || !isRecord(ann.view.value)) return true;
  return rw.annotationProblems.some(realProblem);
}

/** ProxyConfig CR `environmentVariables` values the API server rejects (not strings; null is pruned). */
export function rejectedCrValues(pc: ProxyConfigResource): [string, unknown][] {
  const env = get(pc.value, ['spec', 'environmentVariables']);
  if (!isRecord(env)) return [];
  return Object.entries(env).filter(([, v]) => typeof v !== 'string' && v !== null && v !== undefined);
}




/** The proxyMetadata / proxy_metadata entries of a ProxyConfig mapping, added to `out`. */
function metadataSites(out: EnvSite[], view: DocView, path: Path, pc: unknown, where: (key: string) => string, extra: Partial<EnvSite>, origin: EnvSite['origin']): void {
  if (!isRecord(pc)) return;
  for (const key of METADATA_KEYS) {
    const md = pc[key];
    if (!isRecord(md)) continue;
    for (const [name, value] of Object.entries(md)) {
      out.push({ origin, name, value, ref: { view, path: [...path, key, name] }, where: where(key), ...extra });
    }
  }
}

/**
 * Every string-or-not value of a proxyMetadata / environmentVariables entry outside workloads, in a
 * document that is otherwise accepted: mesh configs istiod keeps and ProxyConfig CRs the API server
 * accepts (the workloads' own: workloadEnvSites).
 */
export function resourceEnvSites(ctx: RuleContext): EnvSite[] {
  const out: EnvSite[] = [];
  for (const m of ctx.inventory.meshSources) {
    if (meshDiscarded(ctx, m)) continue;
    for (const dc of DEFAULT_CONFIG_KEYS) {
      metadataSites(out, m.view, [...m.path, dc], m.value[dc], (key) => `in the ${key} of the mesh config (${m.label})`, { resource: meshResource(m) }, 'mesh');
    }
  }
  for (const pc of ctx.inventory.proxyConfigs) {
    if (rejectedCrValues(pc).length > 0) continue;
    const env = get(pc.value, ['spec', 'environmentVariables']);
    if (!isRecord(env)) continue;
    for (const [name, value] of Object.entries(env)) {
      out.push({ origin: 'proxyconfig', name, value, ref: { view: pc.view, path: [...pc.base, 'spec', 'environmentVariables', name] }, where: `in spec.environmentVariables of ${crLabel(pc)}`, resource: crResource(pc) });
    }
  }
  return out;
}

/**
 * Every string-or-not value of a proxyMetadata entry in the workload's annotation and of its
 * istio-proxy env, unless admission denies the pod (none then).
 */
export function workloadEnvSites(rw: ResolvedWorkload): EnvSite[] {
  const out: EnvSite[] = [];
  if (podDenied(rw)) return out;
  const w = rw.workload;
  const ann = w.proxyConfigAnnotation?.view;
  if (ann) metadataSites(out, ann, [], ann.value, (key) => `in the ${key} of the ${PROXY_CONFIG_ANNOTATION} annotation`, { workload: w }, 'annotation');
  for (const c of w.containers) {
    if (c.name !== PROXY_CONTAINER || !Array.isArray(c.value['env'])) continue;
    (c.value['env'] as unknown[]).forEach((e, i) => {
      if (!isRecord(e) || typeof e['name'] !== 'string' || 'valueFrom' in e) return;
      // A missing or null `value` sets the variable to the empty string.
      const value = e['value'] === undefined || e['value'] === null ? '' : e['value'];
      out.push({ origin: 'env', name: e['name'], value, ref: { view: w.view, path: [...c.path, 'env', i, 'value'] }, where: w.origin === 'gateway-values' ? 'in env of the gateway chart values' : `in the env of the ${PROXY_CONTAINER} container`, workload: w, container: c.name });
    });
  }
  return out;
}
