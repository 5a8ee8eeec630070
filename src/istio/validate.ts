/**
 * Validates ProxyConfig and MeshConfig contents the way istiod parses them (jsonpb over YAML→JSON)
 * with JSON Schemas built from the proto field lists. istiod discards a whole mesh document on any
 * type error, and admission denies a pod whose annotation does not parse, so the resolver asks this
 * module which documents count; rules report the problems. The validators are compiled from
 * src/istio/schemas.ts at build time (npm run bundle): a run neither compiles a schema nor loads Ajv.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Path, Ref, DocView } from '../types.js';
import { parseGoDuration } from '../domain/durations.js';
import { validateMeshConfig as meshConfigValidator, validateProxyConfig as proxyConfigValidator } from '../generated/validators.js';

export type ProblemKind = 'metadata-not-string' | 'bad-duration' | 'bad-drain-duration' | 'wrong-type' | 'bad-enum';

export interface ValueProblem {
  kind: ProblemKind;
  ref: Ref;
  /** The field name as written (last path segment that names a field). */
  field: string;
  value: unknown;
  /** The JSON type or format that was expected. */
  expected: string;
}

const PROXY_CONFIG = proxyConfigValidator as unknown as ValidateFunction;
const MESH_CONFIG = meshConfigValidator as unknown as ValidateFunction;

export function validateProxyConfig(view: DocView, path: Path, value: unknown): ValueProblem[] {
  return PROXY_CONFIG(value) ? [] : toProblems(PROXY_CONFIG.errors ?? [], view, path, value);
}

export function validateMeshConfig(view: DocView, path: Path, value: unknown): ValueProblem[] {
  return MESH_CONFIG(value) ? [] : toProblems(MESH_CONFIG.errors ?? [], view, path, value);
}

function toProblems(errors: ErrorObject[], view: DocView, base: Path, root: unknown): ValueProblem[] {
  const out: ValueProblem[] = [];
  const seen = new Set<string>();
  for (const err of errors) {
    const segs = err.instancePath
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const key = segs.join('/');
    if (seen.has(key)) continue; // one problem per value (a type error also fails its format)
    seen.add(key);
    let value: unknown = root;
    for (const s of segs) value = (value as Record<string, unknown>)?.[s];
    const inMetadata = segs.length >= 2 && /^proxy_?[mM]etadata$/.test(segs[segs.length - 2]!);
    const field = inMetadata ? segs[segs.length - 1]! : segs[segs.length - 1] ?? '';
    let kind: ProblemKind;
    let expected: string;
    if (inMetadata) {
      kind = 'metadata-not-string';
      expected = 'string';
    } else if (err.keyword === 'format' && (err.params as { format: string }).format === 'drain-duration' && typeof value === 'string' && parseGoDuration(value) !== undefined) {
      kind = 'bad-drain-duration';
      expected = 'a whole number of seconds, at least 1s';
    } else if (err.keyword === 'format' || /-duration$/.test((err.parentSchema as { format?: string } | undefined)?.format ?? '')) {
      kind = 'bad-duration';
      expected = 'a Go duration string';
    } else if (err.keyword === 'enum') {
      kind = 'bad-enum';
      expected = `one of ${(err.params as { allowedValues: (string | number | null)[] }).allowedValues.filter((v) => typeof v === 'string').join(', ')}`;
    } else if (err.keyword === 'pattern') {
      kind = 'wrong-type';
      expected = 'integer';
    } else {
      kind = 'wrong-type';
      const t = (err.params as { type?: string | string[] }).type;
      expected = t === undefined ? err.keyword : (Array.isArray(t) ? t : String(t).split(',')).filter((x) => x !== 'null').join(',');
    }
    out.push({ kind, ref: { view, path: [...base, ...segs] }, field, value, expected });
  }
  return out;
}
