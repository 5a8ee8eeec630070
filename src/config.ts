/**
 * The configuration file (.drainlint.yaml / .drainlint.yml, found upwards from the working
 * directory, or --config). Data only: parsed as YAML, validated with the shipped JSON Schema.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AjvModule, { type ValidateFunction } from 'ajv';
import { LineCounter, parseDocument } from 'yaml';
import type { Workload } from './inventory/model.js';
import type { Ref, Severity, SourceFile } from './types.js';
import { fileView } from './yaml/views.js';
import { locate } from './yaml/locate.js';
import { toValue, YAML_OPTIONS } from './yaml/read.js';
import { isRecord } from './yaml/paths.js';
import { parseGoDuration } from './domain/durations.js';
import { DEFAULT_MAX_FILE_SIZE } from './load.js';

const Ajv = AjvModule.default ?? AjvModule;
export const CONFIG_NAMES = ['.drainlint.yaml', '.drainlint.yml'];
export const SCHEMA_PATH = fileURLToPath(new URL('../../schema/drainlint.schema.json', import.meta.url));

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
  connectionLifetime?: LifetimeRule;
  shutdownDuration?: LifetimeRule;
  assumeInjected: boolean;
  defaultNamespace?: string;
  istioVersion?: string;
  kubernetesVersion?: string;
  maxFileSize: number;
  /** Seconds external load balancers keep routing to a terminating gateway (0: not configured). */
  gatewayDeregistrationDelay?: { seconds: number; ref: Ref };
}

export function emptyConfig(cwd: string): ResolvedConfig {
  return { dir: cwd, rules: {}, ignore: [], meshConfig: [], assumeInjected: false, maxFileSize: DEFAULT_MAX_FILE_SIZE };
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
  connectionLifetime?: LifetimeSection;
  shutdownDuration?: LifetimeSection;
  assumeInjected?: boolean;
  defaultNamespace?: string;
  istioVersion?: string;
  kubernetesVersion?: string;
  maxFileSize?: number;
  gatewayDeregistrationDelay?: string;
}

/** The schema's validator, compiled on first use and kept as a constant would be (it never changes). */
export const configValidator = (() => {
  let validator: ValidateFunction<ConfigFile> | undefined;
  return (): ValidateFunction<ConfigFile> => (validator ??= new Ajv({ allErrors: true, strict: false }).compile<ConfigFile>(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'))));
})();

export function loadConfig(file: string, cwd: string, knownRules: Set<string>): ResolvedConfig {
  const abs = path.resolve(cwd, file);
  const shown = path.relative(cwd, abs) || abs;
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read config file ${shown}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const p = lineCounter.linePos(e.pos[0]);
    throw new UsageError(`${shown}:${p.line}:${p.col}: invalid config file: ${e.message.split('\n')[0]}`);
  }
  const src: SourceFile = { path: shown, absPath: abs, text, lineCounter, docs: [], order: 0, counts: { documents: 1, resources: 0, values: 0 } };
  let value: unknown;
  try {
    value = toValue(doc) ?? {};
  } catch (e) {
    throw new UsageError(`${shown}: invalid config file: ${(e as Error).message}`);
  }
  const view = fileView(src, doc, 0, value);
  const at = (p: (string | number)[]) => {
    const r = locate({ view, path: p });
    return `${shown}:${r.line}:${r.column}`;
  };
  const validate = configValidator();
  if (!validate(value)) {
    const err = (validate.errors ?? []).find((e) => e.keyword !== 'oneOf') ?? validate.errors![0]!;
    const segs = err.instancePath.split('/').slice(1);
    const extra = err.keyword === 'additionalProperties' ? ` (${(err.params as { additionalProperty: string }).additionalProperty})` : '';
    throw new UsageError(`${at(segs)}: invalid config file: ${err.instancePath || '/'} ${err.message}${extra} [schema ${err.schemaPath}]`);
  }
  const v = value;
  const dir = path.dirname(abs);
  for (const id of Object.keys(v.rules ?? {})) {
    if (!knownRules.has(id)) throw new UsageError(`${at(['rules', id])}: unknown rule id "${id}" in config file (drainlint rules lists them)`);
  }
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
    connectionLifetime: lifetimes('connectionLifetime'),
    shutdownDuration: lifetimes('shutdownDuration'),
    assumeInjected: v.assumeInjected === true,
    defaultNamespace: v.defaultNamespace,
    istioVersion: v.istioVersion,
    kubernetesVersion: v.kubernetesVersion,
    maxFileSize: v.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    gatewayDeregistrationDelay: v.gatewayDeregistrationDelay !== undefined ? { seconds: parseGoDuration(v.gatewayDeregistrationDelay)!, ref: { view, path: ['gatewayDeregistrationDelay'] } } : undefined,
  };
}

function matches(m: Match, w: Workload): boolean {
  if (m.kind !== undefined && m.kind !== w.kind) return false;
  if (m.namespace !== undefined && !glob(m.namespace, w.effectiveNamespace ?? '')) return false;
  if (m.name !== undefined && !glob(m.name, w.name ?? '')) return false;
  if (m.labels) {
    const meta = w.value['metadata'];
    const own = isRecord(meta) && isRecord(meta['labels']) ? meta['labels'] : {};
    const labels = { ...own, ...w.podLabels };
    if (!Object.entries(m.labels).every(([k, val]) => labels[k] === val)) return false;
  }
  return true;
}

/** `*` and `?` globs for resource names (no path semantics). */
export function glob(pattern: string, text: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return re.test(text);
}
