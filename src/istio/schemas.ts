/**
 * JSON Schemas of ProxyConfig and MeshConfig as istiod parses them (jsonpb over YAML→JSON), built
 * from the proto field lists. `npm run bundle` compiles them into standalone validators
 * (src/generated/validators.ts), so a run never compiles a schema.
 */
import { MESH_CONFIG_FIELDS, PROXY_CONFIG_FIELDS, type FieldSpec } from './mesh-fields.js';

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
  // drainDuration is handed to Envoy as whole seconds and must be at least 1s (ValidateDrainDuration).
  drainDuration: { type: ['string', 'null'], format: 'drain-duration' },
});
export const MESH_CONFIG_SCHEMA = objectSchema(MESH_CONFIG_FIELDS, { defaultConfig: PROXY_CONFIG_SCHEMA });
