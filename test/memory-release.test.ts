/**
 * Workloads are linted one at a time, and on huge runs documents let go of their values and ASTs
 * (parsed again when a rule or a location needs them). None of that may change a single finding:
 * every fixture folder is linted as usual and in the leanest way (nothing kept that can be parsed
 * again), under several target versions, and the results must be identical.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { lint, type LintRequest } from '../src/engine.js';
import { emptyConfig } from '../src/config.js';
import { RULES } from '../rules/index.js';
import { FORMATTERS } from '../src/report/index.js';
import { ROOT } from './helpers/rule-tester.js';

const FIXTURES = path.join(ROOT, 'fixtures');
/** Folders of manifests that are meant to lint clean. */
const CLEAN = new Set(['clean', 'seed-fixed']);
const TARGETS = [{}, { istioVersion: '1.20', kubernetesVersion: '1.28' }, { istioVersion: '1.29', kubernetesVersion: '1.33' }];

async function lintJson(dir: string, target: object, lean: boolean): Promise<{ json: string; reparsed: number }> {
  const config = { ...emptyConfig(dir), ...target };
  const memory: Partial<LintRequest> = lean ? { memory: { keepEverythingBytes: 0, astTextBytes: 0 } } : {};
  const out = await lint({ cwd: dir, paths: ['.'], config, meshConfigFiles: [], rules: [...RULES], ...memory });
  return { json: FORMATTERS['json']!(out.result, { color: false, version: 'test' }), reparsed: out.reparsedValues };
}

let reparsedInLeanRuns = 0;

describe('releasing values and ASTs does not change findings', () => {
  for (const name of readdirSync(FIXTURES)) {
    it(`fixtures/${name}`, async () => {
      const dir = path.join(FIXTURES, name);
      for (const target of TARGETS) {
        const usual = await lintJson(dir, target, false);
        assert.equal(usual.reparsed, 0, 'a run of ordinary size parses nothing twice');
        assert.ok(JSON.parse(usual.json).findings.length > 0 || CLEAN.has(name), `fixtures/${name} has findings to compare`);
        const lean = await lintJson(dir, target, true);
        assert.equal(lean.json, usual.json, `fixtures/${name} with ${JSON.stringify(target)}`);
        reparsedInLeanRuns += lean.reparsed;
      }
    });
  }
  // The lean runs really let documents go and read them again (folders of mesh configs only have none to let go).
  it('lean runs parse released workload documents again', () => {
    assert.ok(reparsedInLeanRuns > 100, `${reparsedInLeanRuns} values parsed again`);
  });
});
