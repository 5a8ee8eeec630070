/**
 * Shared by the value rules `invalid-duration`, `invalid-boolean` and `proxy-metadata-not-string`:
 * every place an EXIT_ON_ZERO_ACTIVE_CONNECTIONS / MINIMUM_DRAIN_DURATION (or other proxyMetadata)
 * value is written — mesh `proxyMetadata`, the annotation's `proxyMetadata`, ProxyConfig CR
 * `environmentVariables`, the istio-proxy container's `env` — with what was written and whether the
 * enclosing document is accepted at all (a discarded mesh config, a denied pod or a rejected CR
 * gets only the finding that explains why, catalogue "Reading manifests").
 *
 * Candidate for src/ (e.g. src/drain-values.ts): the resolver walks the same places.
 */
import { isScalar, Scalar } from 'yaml';
import type { RuleContext } from '../../src/rule.js';
import type { MeshSource, ProxyConfigResource, Workload } from '../../src/inventory.js';
import { PROXY_CONFIG_ANNOTATION, PROXY_CONTAINER, resourceId } from '../../src/inventory.js';
import type { ResolvedWorkload } from '../../src/resolve.js';
import { assumedNote } from '../../src/describe.js';
import type { ValueProblem } from '../../src/istio/validate.js';
import type { DocView, Path, Ref, ResourceId } from '../../src/types.js';
import { formatSeconds, parseGoDuration } from '../../src/values.js';
import { get, isRecord, walk } from '../../src/yaml-view.js';

export const EZ = 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS';
export const MIN = 'MINIMUM_DRAIN_DURATION';
export const TDDS = 'TERMINATION_DRAIN_DURATION_SECONDS';
const METADATA_KEYS = ['proxyMetadata', 'proxy_metadata'];
const DEFAULT_CONFIG_KEYS = ['defaultConfig', 'default_config'];

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

/**
 * What happens to a pod whose proxy.istio.io/config annotation the injector cannot use: admission
 * denies it — when the injector sees it at all (say so when injection is ruled out or assumed).
 */
export function admissionDenial(rw: ResolvedWorkload | undefined, problem: string): string {
  if (rw?.sidecar.status === 'none') {
    return `the sidecar injector ${problem} and denies the pod as soon as it is injected (today it is not: ${rw.sidecar.reason})`;
  }
  return `the sidecar injector ${problem}, so admission denies the pod and it is never created${rw ? assumedNote(rw) : ''}`;
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

export function meshResource(m: MeshSource): ResourceId {
  return resourceId(m.resource);
}

export function crResource(pc: ProxyConfigResource): ResourceId {
  return resourceId(pc);
}

export function crLabel(pc: ProxyConfigResource): string {
  return `ProxyConfig ${pc.namespace ? `${pc.namespace}/` : ''}${pc.name ?? '(unnamed)'}`;
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
      out.push({ origin: 'env', name: e['name'], value, ref: { view: w.view, path: [...c.path, 'env', i, 'value'] }, where: `in the env of the ${PROXY_CONTAINER} container`, workload: w, container: c.name });
    });
  }
  return out;
}

/** The scalar node a reference points at, if any. */
export function scalarAt(ref: Ref): Scalar | undefined {
  const { node, depth } = walk(ref.view.doc, ref.path);
  return depth === ref.path.length && isScalar(node) ? node : undefined;
}

/** The value as the user wrote it: `true`, `yes`, `30`, `"30"`, `45 sec` (quotes only where written). */
export function written(ref: Ref, value: unknown): string {
  const node = scalarAt(ref);
  if (typeof value === 'string') {
    if (node?.type === Scalar.PLAIN && value !== '') return value;
    if (node?.type === Scalar.QUOTE_SINGLE) return `'${value}'`;
    return JSON.stringify(value);
  }
  if (node && typeof node.source === 'string' && node.source !== '') return node.source;
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** "a YAML boolean", "a YAML number", "a mapping"… for a value that should have been a string. */
export function yamlType(value: unknown): string {
  if (typeof value === 'boolean') return 'a YAML boolean';
  if (typeof value === 'number' || typeof value === 'bigint') return 'a YAML number';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a YAML timestamp';
  if (value !== null && typeof value === 'object') return 'a mapping';
  return 'null';
}

const UNIT_WORDS: [RegExp, string][] = [
  [/^(ns|nanos?|nanoseconds?)$/, 'ns'],
  [/^(us|µs|μs|micros?|microseconds?)$/, 'us'],
  [/^(ms|msecs?|millis?|milliseconds?)$/, 'ms'],
  [/^(|s|secs?|seconds?)$/, 's'],
  [/^(m|mins?|minutes?)$/, 'm'],
  [/^(h|hrs?|hours?)$/, 'h'],
];

/**
 * The Go duration string the user most likely meant (`30` → `30s`, `"2 min"` → `2m`, `"30S"` →
 * `30s`), or undefined when there is no safe guess. `whole`: round up to whole seconds, at least 1s
 * (drainDuration).
 */
export function suggestDuration(value: unknown, whole = false): string | undefined {
  let secs: number | undefined;
  let text: string | undefined;
  if (typeof value === 'number' && Number.isFinite(value)) {
    secs = value;
    text = `${value}s`;
  } else if (typeof value === 'string') {
    const compact = value.trim().replace(/\s+/g, '');
    const direct = parseGoDuration(compact) ?? parseGoDuration(compact.toLowerCase());
    if (direct !== undefined) {
      secs = direct;
      text = parseGoDuration(compact) !== undefined ? compact : compact.toLowerCase();
    } else {
      const m = /^(\d+(?:\.\d+)?)([a-zµμ]*)$/i.exec(compact);
      const unit = m ? UNIT_WORDS.find(([re]) => re.test(m[2]!.toLowerCase()))?.[1] : undefined;
      if (m && unit !== undefined) {
        text = `${m[1]}${unit}`;
        secs = parseGoDuration(text);
      }
    }
  }
  if (secs === undefined || text === undefined) return undefined;
  if (whole && (secs < 1 || !Number.isInteger(secs))) return formatSeconds(Math.max(1, Math.ceil(secs)));
  return text;
}

/** Why a value is not a Go duration string, for messages: "has no unit, so it is not a Go duration". */
export function notDuration(value: unknown): string {
  if (typeof value !== 'string') return `is ${yamlType(value)}, not a Go duration string`;
  if (value.trim() === '') return 'is empty, which is not a Go duration';
  if (/^\s*[-+]?\d+(\.\d+)?\s*$/.test(value)) return 'has no unit, so it is not a Go duration';
  if (parseGoDuration(value.trim().toLowerCase()) !== undefined) return 'is not a Go duration (units are lower-case: ns, us, ms, s, m, h)';
  return 'is not a Go duration (a number with a unit ns, us, ms, s, m or h, e.g. "1m30s")';
}

/** `write KEY: "30s"`, or a generic hint when nothing can be guessed. */
export function durationFix(key: string, value: unknown, whole = false): string {
  const s = suggestDuration(value, whole);
  return s !== undefined ? `write ${key}: "${s}"` : `write it as a Go duration string, e.g. ${key}: "30s"`;
}
