/** SARIF 2.1.0 as code scanning accepts it: the OASIS schema, plus what upload-sarif needs beyond it. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvModule from 'ajv';
import Ajv04Module from 'ajv-draft-04';

const require = createRequire(import.meta.url);
// A CommonJS package puts its export on `default` when imported from ESM.
const Ajv04 = ((Ajv04Module as unknown as { default?: unknown }).default ?? Ajv04Module) as unknown as typeof AjvModule.default;
const validate = new Ajv04({ strict: false, unicodeRegExp: false, validateFormats: false, allErrors: true }).compile(
  JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')),
);

export interface SarifLog {
  runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } } }[] }[]; tool: { driver: { rules: { id: string }[] } } }[];
}

/** Asserts a SARIF text is one valid log for code scanning; returns it parsed. */
export function assertSarif(text: string): SarifLog {
  const log = JSON.parse(text) as SarifLog;
  const doc: unknown = structuredClone(log);
  assert.ok(validate(doc), JSON.stringify(validate.errors?.slice(0, 3)));
  for (const run of log.runs) {
    assert.ok(Array.isArray(run.results), 'results is always present');
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
    for (const r of run.results) {
      assert.ok(ids.includes(r.ruleId), `${r.ruleId} is declared`);
      const loc = r.locations[0].physicalLocation;
      assert.ok(!loc.artifactLocation.uri.startsWith('/') && !loc.artifactLocation.uri.includes(':'), `relative URI: ${loc.artifactLocation.uri}`);
      assert.ok(loc.region.startLine >= 1);
    }
  }
  return log;
}
