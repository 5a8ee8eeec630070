/**
 * The drain values at one level — a mesh config, a ProxyConfig, a pod's annotation — for checking
 * a suggested drain value where there is no single workload to ask (domain/drain-fit needs one). A
 * suggestion must not create another finding (catalogue "One fault, one finding"):
 * listeners-close-before-drain-ends fires when the proxy is still draining after drainDuration —
 * terminationDrainDuration (EXIT_ON_ZERO_ACTIVE_CONNECTIONS off) or MINIMUM_DRAIN_DURATION (on)
 * longer than drainDuration. Values are read as they will be once their malformed spellings are
 * fixed as suggested.
 */
import type { DocView, Provenance, Ref, Valued } from '../types.js';
import type { ResolvedWorkload } from '../resolved.js';
import type { MeshSource } from '../inventory/model.js';
import { get } from '../yaml/paths.js';
import { isRecord } from '../yaml/paths.js';
import { DEFAULT_DD, DEFAULT_MIN, DEFAULT_TDD, EZ, MIN, PROXY_CONFIG_ANNOTATION, PROXY_METADATA_KEYS, fieldsOf } from './names.js';
import { parseGoBool, parseGoDuration, suggestDuration } from './durations.js';

/** The drain values in effect at one level (a mesh config, a pod), each with its source. */
export interface DrainValues {
  tdd: Valued<number>;
  dd: Valued<number>;
  ez: Valued<boolean>;
  min: Valued<number>;
  /** drainDuration at this level is itself malformed: its own finding asks for a value that covers the drain. */
  ddMalformed?: boolean;
}

const DEFAULT: Provenance = { level: 'default', source: 'default' };

/** The built-in defaults: what a mesh config starts from. */
export function defaultDrain(): DrainValues {
  return { tdd: { value: DEFAULT_TDD, prov: DEFAULT }, dd: { value: DEFAULT_DD, prov: DEFAULT }, ez: { value: false, prov: DEFAULT }, min: { value: DEFAULT_MIN, prov: DEFAULT } };
}

/** What the resolver found for a workload. */
export function workloadDrain(rw: ResolvedWorkload): DrainValues {
  return { tdd: rw.tdd, dd: rw.dd, ez: rw.ez, min: rw.min };
}

/** A duration as it will be once fixed: parsed, or the suggested spelling of a malformed one. */
function fixedSeconds(v: unknown, whole = false): number | undefined {
  const s = suggestDuration(v, whole);
  return s === undefined ? undefined : parseGoDuration(s);
}

/**
 * The values a ProxyConfig mapping (a mesh `defaultConfig`, the proxy.istio.io/config annotation)
 * sets over `base`, read as they will be once its malformed durations are fixed as suggested.
 */
export function drainIn(pc: unknown, base: DrainValues, at: (path: (string | number)[]) => Provenance): DrainValues {
  if (!isRecord(pc)) return base;
  const out = { ...base };
  const dur = (camel: string, whole: boolean): Valued<number> | undefined => {
    let found: Valued<number> | undefined;
    for (const [key, v] of fieldsOf(pc, camel)) {
      const secs = fixedSeconds(v, whole);
      if (secs === undefined) continue;
      found = { value: secs, prov: at([key]) };
      if (whole) out.ddMalformed = typeof v !== 'string' || parseGoDuration(v) !== secs;
    }
    return found;
  };
  out.tdd = dur('terminationDrainDuration', false) ?? out.tdd;
  out.dd = dur('drainDuration', true) ?? out.dd;
  for (const mdKey of PROXY_METADATA_KEYS) {
    const md = pc[mdKey];
    if (!isRecord(md)) continue;
    // An unquoted YAML boolean reads as the string it will be once quoted.
    const ez = typeof md[EZ] === 'boolean' ? md[EZ] : typeof md[EZ] === 'string' ? parseGoBool(md[EZ]) : undefined;
    if (ez !== undefined) out.ez = { value: ez, prov: at([mdKey, EZ]) };
    const min = fixedSeconds(md[MIN]);
    if (min !== undefined) out.min = { value: min, prov: at([mdKey, MIN]) };
  }
  return out;
}

/** Provenance for values read from a mapping at `base` in a document. */
export function provAt(source: string, level: Provenance['level'], ref: (path: (string | number)[]) => Ref): (path: (string | number)[]) => Provenance {
  return (path) => ({ level, source, ref: ref(path) });
}

/** The drain that drainDuration must cover: terminationDrainDuration, or MINIMUM_DRAIN_DURATION with EXIT_ON_ZERO_ACTIVE_CONNECTIONS on. */
export function drainToCover(d: DrainValues): { label: string; v: Valued<number> } {
  return d.ez.value ? { label: MIN, v: d.min } : { label: 'terminationDrainDuration', v: d.tdd };
}

/** The drain values of a pod whose annotation admission denies: the resolved ones (without the annotation) under the annotation's own. */
export function annotationDrain(rw: ResolvedWorkload): DrainValues {
  const view = rw.workload.proxyConfigAnnotation?.view;
  if (!view) return workloadDrain(rw);
  return drainIn(view.value, workloadDrain(rw), provAt(`${PROXY_CONFIG_ANNOTATION} annotation`, 'annotation', (path) => ({ view, path })));
}

/** The drain values of a mesh config's `defaultConfig` (at `dcPath` in its document) over the defaults. */
export function meshDrain(m: MeshSource, dcPath: (string | number)[], base = defaultDrain()): DrainValues {
  return drainIn(get(m.view.value, dcPath), base, provAt(`mesh config in ${m.label}`, 'mesh', (path) => ({ view: m.view, path: [...dcPath, ...path] })));
}

/**
 * Defaults for a MINIMUM_DRAIN_DURATION outside workloads (mesh config, ProxyConfig): it matters
 * only with EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, which the pods it reaches may set elsewhere.
 */
export function ezAssumed(): DrainValues {
  return { ...defaultDrain(), ez: { value: true, prov: { level: 'default', source: 'assumed' } } };
}

/** The drain values beside a ProxyConfig's `environmentVariables` (at `envPath`): EXIT_ON_ZERO_ACTIVE_CONNECTIONS there, no drain durations (the CR has none). */
export function proxyConfigDrain(view: DocView, envPath: (string | number)[], source: string): DrainValues {
  return drainIn({ proxyMetadata: get(view.value, envPath) }, ezAssumed(), provAt(source, 'namespace-proxyconfig', (path) => ({ view, path: [...envPath, ...path.slice(1)] })));
}
