/**
 * The ProxyConfig and MeshConfig schemas are generated from the proto field lists; the validator
 * compiles them without checking them against the meta-schema (start-up time), so this does.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { MESH_CONFIG_SCHEMA, PROXY_CONFIG_SCHEMA, newAjv } from '../src/istio/validate.js';

for (const [name, schema] of [['ProxyConfig', PROXY_CONFIG_SCHEMA], ['MeshConfig', MESH_CONFIG_SCHEMA]] as const) {
  it(`the ${name} schema is a valid JSON Schema`, () => {
    const ajv = newAjv({ validateSchema: true });
    assert.equal(ajv.validateSchema(schema), true, JSON.stringify(ajv.errors));
    assert.doesNotThrow(() => ajv.compile(schema));
  });
}
