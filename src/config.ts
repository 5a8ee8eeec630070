/**
 * The configuration file (.drainlint.yaml / .drainlint.yml, found upwards from the working
 * directory, or --config). Data only: parsed as YAML, validated with the shipped JSON Schema.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { validateConfig } from './generated/validators.js';
import { LineCounter, parseDocument } from 'yaml';
import type { Workload } from './inventory/model.js';
import type { Ref, Severity, SourceFile } from './types.js';
import { fileView } from './yaml/views.js';
import { locate } from './yaml/locate.js';
import { toValue, YAML_OPTIONS } from './yaml/read.js';
import { isRecord } from './yaml/paths.js';
import { parseGoDuration } from './domain/durations.js';
import { closest } from './text.js';
import { DEFAULT_MAX_FILE_SIZE, plainError } from './load.js';
import type { VersionOrigins } from './domain/versions.js';
import type { ConfigOverride, OverrideMatch, OverrideSetting } from './suppress/overrides.js';
import { nameGlob } from './glob.js';

export const CONFIG_NAMES = ['.drainlint.yaml', '.drainlint.yml'];

/** A usage or configuration error: exit code 2. */
export class UsageError extends Error {}

export interface LifetimeEntry {
  index: number;
  seconds: number;
  file: string;
  ref: Ref;
  matches(w: Workload): boolean;
}

export interface LifetimeRule {
  default?: { seconds: number; file: string; ref: Ref };
  workloads: LifetimeEntry[];
}

export type RuleSetting = 'off' | Severity;

export interface ResolvedConfig {
  file?: string;
  dir: string;
  rules: Record<string, RuleSetting>;
  ignore: string[];
  meshConfig: string[];
  /** Values files of Istio's gateway chart (absolute paths), linted as the gateway it renders. */
  gatewayValues: string[];
  connectionLifetime?: LifetimeRule;
  shutdownDuration?: LifetimeRule;
  assumeInjected: boolean;
  defaultNamespace?: string;
  istioVersion?: string;
  kubernetesVersion?: string;
  /** Where istioVersion and kubernetesVersion were given (the flag, the configuration file). */
  versionOrigins?: VersionOrigins;
  /** false: never read target versions from the input (--no-infer-versions, inferVersions: false). */
  inferVersions?: boolean;
  maxFileSize: number;
  /** Seconds external load balancers keep routing to a terminating gateway (0: not configured). */
  gatewayDeregistrationDelay?: { seconds: number; ref: Ref };
  /** `overrides[]`: rules on, off or at another severity for the findings they match, in order. */
  overrides?: ConfigOverride[];
}

export function emptyConfig(cwd: string): ResolvedConfig {
  return { dir: cwd, rules: {}, ignore: [], meshConfig: [], gatewayValues: [], assumeInjected: false, maxFileSize: DEFAULT_MAX_FILE_SIZE };
}

/** The nearest .drainlint.yaml / .yml from `cwd` upwards. */
export function findConfig(cwd: string): string | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const p = path.join(dir, name);
      if (existsSync(p)) return p;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** A workload selector of `connectionLifetime.workloads[]` / `shutdownDuration.workloads[]`. */
interface Match {
  kind?: string;
  namespace?: string;
  name?: string;
  labels?: Record<string, string>;
}

interface LifetimeSection {
  default?: string;
  workloads?: { match: Match; value: string }[];
}

/** The configuration file as its schema (schema/drainlint.schema.json) describes it. */
interface ConfigFile {
  rules?: Record<string, RuleSetting | boolean>;
  ignore?: string[];
  meshConfig?: string | string[];
  gatewayValues?: string | string[];
  connectionLifetime?: LifetimeSection;
  shutdownDuration?: LifetimeSection;
  assumeInjected?: boolean;
  defaultNamespace?: string;
  istioVersion?: string;
  kubernetesVersion?: string;
  inferVersions?: boolean;
  maxFileSize?: number;
  gatewayDeregistrationDelay?: string;
  overrides?: { match: OverrideMatch; rules: Record<string, RuleSetting | boolean>; reason?: string }[];
}

/** The configuration schema, compiled at build time (npm run bundle): a guard for the file's shape. */
const validateConfigFile = validateConfig as unknown as ValidateFunction<ConfigFile>;

export function loadConfig(file: string, cwd: string, knownRules: Set<string>): ResolvedConfig {
  const abs = path.resolve(cwd, file);
  const shown = path.relative(cwd, abs) || abs;
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`the configuration file ${shown} does not exist`);
    throw new UsageError(`cannot read the configuration file ${shown}: ${plainError(e)}`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const p = lineCounter.linePos(e.pos[0]);
    throw new UsageError(`${shown}:${p.line}:${p.col}: invalid configuration file: ${e.message.split('\n')[0]}`);
  }
  const src: SourceFile = { path: shown, absPath: abs, text, lineCounter, docs: [], order: 0, counts: { documents: 1, resources: 0, values: 0 } };
  let value: unknown;
  try {
    value = toValue(doc) ?? {};
  } catch (e) {
    throw new UsageError(`${shown}: invalid configuration file: ${(e as Error).message}`);
  }
  const view = fileView(src, doc, 0, value);
  const at = (p: (string | number)[], target?: 'key') => {
    const r = locate({ view, path: p, target });
    return `${shown}:${r.line}:${r.column}`;
  };
  if (!validateConfigFile(value)) {
    const problem = schemaProblem(validateConfigFile.errors ?? [], value);
    throw new UsageError(`${at(problem.path, problem.atKey ? 'key' : undefined)}: invalid configuration file: ${problem.text}`);
  }
  const v = value;
  const dir = path.dirname(abs);
  for (const id of Object.keys(v.rules ?? {})) {
    if (!knownRules.has(id)) {
      const near = closest(id, knownRules);
      throw new UsageError(`${at(['rules', id], 'key')}: unknown rule id "${id}" in the configuration file${near ? `: did you mean "${near}"?` : ''} (drainlint rules lists them)`);
    }
  }
  (v.overrides ?? []).forEach((o, i) => {
    for (const id of Object.keys(o.rules)) {
      if (!knownRules.has(id)) {
        const near = closest(id, knownRules);
        throw new UsageError(`${at(['overrides', i, 'rules', id], 'key')}: unknown rule id "${id}" in the configuration file${near ? `: did you mean "${near}"?` : ''} (drainlint rules lists them)`);
      }
    }
  });
  const rules: Record<string, RuleSetting> = {};
  // true keeps the rule's own severity; false is off.
  for (const [id, s] of Object.entries(v.rules ?? {})) if (s !== true) rules[id] = s === false ? 'off' : s;
  const lifetimes = (key: 'connectionLifetime' | 'shutdownDuration'): LifetimeRule | undefined => {
    const section = v[key];
    if (!section) return undefined;
    const out: LifetimeRule = { workloads: [] };
    if (section.default !== undefined) out.default = { seconds: parseGoDuration(section.default)!, file: shown, ref: { view, path: [key, 'default'] } };
    (section.workloads ?? []).forEach((entry, index) => {
      out.workloads.push({ index, seconds: parseGoDuration(entry.value)!, file: shown, ref: { view, path: [key, 'workloads', index, 'value'] }, matches: (w) => matches(entry.match, w) });
    });
    return out;
  };
  return {
    file: shown,
    dir,
    rules,
    ignore: v.ignore ?? [],
    meshConfig: (Array.isArray(v.meshConfig) ? v.meshConfig : v.meshConfig ? [v.meshConfig] : []).map((p) => path.resolve(dir, p)),
    gatewayValues: (Array.isArray(v.gatewayValues) ? v.gatewayValues : v.gatewayValues ? [v.gatewayValues] : []).map((p) => path.resolve(dir, p)),
    connectionLifetime: lifetimes('connectionLifetime'),
    shutdownDuration: lifetimes('shutdownDuration'),
    assumeInjected: v.assumeInjected === true,
    defaultNamespace: v.defaultNamespace,
    istioVersion: v.istioVersion?.replace(/^v/, ''),
    kubernetesVersion: v.kubernetesVersion?.replace(/^v/, ''),
    versionOrigins: versionOrigins(v, view),
    inferVersions: v.inferVersions,
    maxFileSize: v.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    gatewayDeregistrationDelay: v.gatewayDeregistrationDelay !== undefined ? { seconds: parseGoDuration(v.gatewayDeregistrationDelay)!, ref: { view, path: ['gatewayDeregistrationDelay'] } } : undefined,
    overrides: (v.overrides ?? []).map((o, index): ConfigOverride => {
      const settings: Record<string, OverrideSetting> = {};
      for (const [id, setting] of Object.entries(o.rules)) settings[id] = setting === false ? 'off' : setting;
      return { index, match: o.match, rules: settings, reason: o.reason?.trim() || undefined, file: shown, ref: { view, path: ['overrides', index] }, dir };
    }),
  };
}

/** Where the configuration file names the target versions. */
function versionOrigins(v: ConfigFile, view: Ref['view']): VersionOrigins {
  const out: VersionOrigins = {};
  if (v.istioVersion !== undefined) out.istio = { level: 'config', source: 'istioVersion', ref: { view, path: ['istioVersion'] } };
  if (v.kubernetesVersion !== undefined) out.kubernetes = { level: 'config', source: 'kubernetesVersion', ref: { view, path: ['kubernetesVersion'] } };
  return out;
}

/**
 * The first schema error, said for people: where (a path of keys, pointing at the key itself
 * when the key is the problem) and what is allowed there. The validator's errors carry the schema
 * that failed (verbose), whose properties, enums and descriptions say it.
 */
function schemaProblem(errors: ErrorObject[], value: unknown): { path: (string | number)[]; atKey?: boolean; text: string } {
  const err = errors.find((e) => e.keyword !== 'oneOf') ?? errors[0]!;
  // Sequence indexes are numbers in the document's paths.
  const segs: (string | number)[] = [];
  let v: unknown = value;
  for (const raw of err.instancePath.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    segs.push(Array.isArray(v) ? Number(seg) : seg);
    v = (v as Record<string, unknown>)?.[seg];
  }
  const where = segs.length > 0 ? segs.join('.') : 'the top level';
  const parent = (err.parentSchema ?? {}) as { properties?: Record<string, unknown>; description?: string; pattern?: string };
  if (err.keyword === 'additionalProperties') {
    const key = (err.params as { additionalProperty: string }).additionalProperty;
    const allowed = Object.keys(parent.properties ?? {});
    const near = closest(key, allowed);
    return { path: [...segs, key], atKey: true, text: `unknown key "${key}" in ${where}${near ? ` (did you mean "${near}"?)` : ''}; allowed keys: ${allowed.join(', ')}` };
  }
  // A value that fits none of the alternatives: list every allowed value (an enum, or booleans).
  const here = errors.filter((e) => e.instancePath === err.instancePath);
  const allowed = here.flatMap((e) => (e.keyword === 'enum' ? (e.params as { allowedValues: unknown[] }).allowedValues.map(String) : e.keyword === 'type' && (e.params as { type: string }).type === 'boolean' ? ['true', 'false'] : []));
  if (allowed.length > 0) return { path: segs, text: `${where} is ${JSON.stringify(v)}; allowed values: ${allowed.join(', ')}` };
  // A string of a given form (a duration, a version): say the form as the schema describes it.
  if ((err.keyword === 'pattern' || err.keyword === 'type') && parent.pattern && parent.description) return { path: segs, text: `${where} is ${JSON.stringify(v)}; expected ${parent.description.replace(/^A /, 'a ').replace(/\.$/, '')}` };
  return { path: segs, text: `${where} ${err.message}` };
}

function matches(m: Match, w: Workload): boolean {
  if (m.kind !== undefined && m.kind !== w.kind) return false;
  if (m.namespace !== undefined && !nameGlob(m.namespace, w.effectiveNamespace ?? '')) return false;
  if (m.name !== undefined && !nameGlob(m.name, w.name ?? '')) return false;
  if (m.labels) {
    const meta = w.value['metadata'];
    const own = isRecord(meta) && isRecord(meta['labels']) ? meta['labels'] : {};
    const labels = { ...own, ...w.podLabels };
    if (!Object.entries(m.labels).every(([k, val]) => labels[k] === val)) return false;
  }
  return true;
}
