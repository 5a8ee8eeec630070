/**
 * Validates ProxyConfig and MeshConfig contents the way istiod parses them (jsonpb over YAML→JSON)
 * with JSON Schemas built from the proto field lists. istiod discards a whole mesh document on any
 * type error, and admission denies a pod whose annotation does not parse, so the resolver asks this
 * module which documents count; rules report the problems.
 */
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { Path, Ref, DocView } from '../types.js';
import { parseGoDuration } from '../domain/durations.js';
import { MESH_CONFIG_FIELDS, PROXY_CONFIG_FIELDS, type FieldSpec } from './mesh-fields.js';

const Ajv = AjvModule.default ?? AjvModule;

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

/** jsonpb reads a null field as unset and a null map value as "": null is never a problem. */
function fieldSchema(spec: FieldSpec): object {
  switch (spec.type) {
    case 'duration':
      return { type: ['string', 'null'], format: 'go-duration' };
    case 'map-string':
      return { type: ['object', 'null'], additionalProperties: { type: ['string', 'null'] } };
    case 'enum':
      // jsonpb also accepts an enum's number.
      return { enum: [...(spec.enumValues ?? []), ...(spec.enumValues ?? []).map((_, i) => i), null] };
    case 'integer':
      // jsonpb accepts integers written as JSON strings ("2").
      return { type: ['integer', 'string', 'null'], pattern: '^-?[0-9]+$' };
    case 'any':
      return {};
    default:
      return { type: [spec.type, 'null'] };
  }
}

function objectSchema(fields: Readonly<Record<string, FieldSpec>>, overrides: Record<string, object> = {}): object {
  const properties: Record<string, object> = {};
  for (const [name, spec] of Object.entries(fields)) {
    if (spec.removed) continue; // removed fields are unknown keys now: dropped silently
    const s = overrides[name] ?? fieldSchema(spec);
    properties[name] = s;
    const snake = name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    if (snake !== name) properties[snake] = s;
  }
  return { type: 'object', properties };
}

export const PROXY_CONFIG_SCHEMA = objectSchema(PROXY_CONFIG_FIELDS, {
  drainDuration: { type: ['string', 'null'], format: 'go-duration', 'drain-duration': true },
});
export const MESH_CONFIG_SCHEMA = objectSchema(MESH_CONFIG_FIELDS, { defaultConfig: PROXY_CONFIG_SCHEMA });

/**
 * One Ajv instance, each schema compiled on first use: a pre-commit run over one workload file
 * never pays for the mesh schema. The schemas are generated here and checked against the JSON
 * Schema meta-schema by a test, so compiling skips that check and the code optimiser (together
 * about half the start-up cost of a one-file run).
 */
let ajv: InstanceType<typeof Ajv> | undefined;
const compiled = new Map<object, ValidateFunction>();

function validatorFor(schema: object): ValidateFunction {
  const hit = compiled.get(schema);
  if (hit) return hit;
  ajv ??= newAjv({ validateSchema: false, code: { optimize: false } });
  const v = ajv.compile(schema);
  compiled.set(schema, v);
  return v;
}

/** An Ajv instance that knows the go-duration format and the drain-duration keyword. */
export function newAjv(options: { validateSchema?: boolean; code?: { optimize?: boolean } } = {}): InstanceType<typeof Ajv> {
  const instance = new Ajv({ allErrors: true, strict: false, verbose: true, ...options });
  instance.addFormat('go-duration', { type: 'string', validate: (s: string) => parseGoDuration(s) !== undefined });
  // drainDuration is handed to Envoy as whole seconds and must be at least 1s (ValidateDrainDuration).
  instance.addKeyword({
    keyword: 'drain-duration',
    type: 'string',
    validate: (_: unknown, s: string) => {
      const v = parseGoDuration(s);
      return v === undefined || (v >= 1 && Number.isInteger(v));
    },
    errors: false,
  });
  return instance;
}

export function validateProxyConfig(view: DocView, path: Path, value: unknown): ValueProblem[] {
  const v = validatorFor(PROXY_CONFIG_SCHEMA);
  return v(value) ? [] : toProblems(v.errors ?? [], view, path, value);
}

export function validateMeshConfig(view: DocView, path: Path, value: unknown): ValueProblem[] {
  const v = validatorFor(MESH_CONFIG_SCHEMA);
  return v(value) ? [] : toProblems(v.errors ?? [], view, path, value);
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
    } else if (err.keyword === 'drain-duration') {
      kind = 'bad-drain-duration';
      expected = 'a whole number of seconds, at least 1s';
    } else if (err.keyword === 'format' || (err.parentSchema as { format?: string } | undefined)?.format === 'go-duration') {
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
