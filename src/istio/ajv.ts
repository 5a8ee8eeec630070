/**
 * Ajv set up for the Istio schemas (their formats, jsonpb's view of errors): used at build time to
 * compile the standalone validators, and by tests. A lint run does not load it.
 */
import AjvModule from 'ajv';
import { FORMATS } from './formats.js';

const Ajv = AjvModule.default ?? AjvModule;

/** The options the validators are compiled with; verbose errors carry the failing schema (its format). */
export const AJV_OPTIONS = { allErrors: true, strict: false, verbose: true } as const;

export function newAjv(options: Record<string, unknown> = {}): InstanceType<typeof Ajv> {
  const ajv = new Ajv({ ...AJV_OPTIONS, ...options });
  for (const [name, format] of Object.entries(FORMATS)) ajv.addFormat(name, format);
  return ajv;
}
