/**
 * The ProxyConfig and MeshConfig schemas are generated from the proto field lists and compiled at
 * build time without a check against the meta-schema, so this checks them.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { MESH_CONFIG_SCHEMA, PROXY_CONFIG_SCHEMA } from '../src/istio/schemas.js';
import { newAjv } from '../src/istio/ajv.js';

for (const [name, schema] of [['ProxyConfig', PROXY_CONFIG_SCHEMA], ['MeshConfig', MESH_CONFIG_SCHEMA]] as const) {
  it(`the ${name} schema is a valid JSON Schema`, () => {
    const ajv = newAjv({ validateSchema: true });
    assert.equal(ajv.validateSchema(schema), true, JSON.stringify(ajv.errors));
    assert.doesNotThrow(() => ajv.compile(schema));
  });
}
