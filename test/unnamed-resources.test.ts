/**
 * Resources without metadata.name are named by kind and file position wherever names are shown
 * (help texts, the stylish report's "in …" line, JSON's resource), by "an unnamed <Kind>" in
 * messages (which name no file), and two of them are never taken for one.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { lint } from '../src/engine.js';
import { emptyConfig } from '../src/config.js';
import { RULES } from '../rules/index.js';
import { stylish } from '../src/report/stylish.js';
import { json } from '../src/report/json.js';
import type { LintResult } from '../src/types.js';
import { ROOT } from './helpers/rule-tester.js';

const FILE = 'fixtures/unnamed-resources/workloads.yaml';
let result: LintResult;
before(async () => {
  result = (await lint({ cwd: ROOT, paths: [FILE], config: emptyConfig(ROOT), meshConfigFiles: [], rules: [...RULES] })).result;
});

describe('unnamed resources', () => {
  it('the stylish report names them by kind and position, never "in Deployment " alone', () => {
    const text = stylish(result, { color: false, version: '', width: 200 });
    const ins = text.split('\n').filter((l) => /^\s+in /.test(l)).map((l) => l.trim());
    assert.deepEqual([...new Set(ins)].sort(), [
      `in Deployment at ${FILE}:20`,
      `in Deployment at ${FILE}:3`,
      'in ProxyConfig shop/orders-drain',
    ]);
    assert.doesNotMatch(text, /^\s+in \w+\s*$/m);
  });

  it('JSON carries the position as resource.at, and no name', () => {
    const out = JSON.parse(json(result, { color: false, version: '' })) as { findings: { ruleId: string; resource?: Record<string, string> }[] };
    const misplaced = out.findings.find((f) => f.ruleId === 'misplaced-annotation');
    assert.deepEqual(misplaced?.resource, { kind: 'Deployment', namespace: 'shop', at: `${FILE}:3` });
  });

  it('a mesh-wide finding names the other unnamed workload by its position (two unnamed workloads stay two)', () => {
    const f = result.findings.find((x) => x.ruleId === 'listeners-close-before-drain-ends');
    assert.ok(f);
    assert.match(f.help, new RegExp(`The same applies to 1 more workload using this mesh config: StatefulSet at ${FILE.replace(/\./g, '\\.')}:63\\.$`));
  });

  it('messages say "an unnamed Deployment" (they name no file); help texts give the position', () => {
    const f = result.findings.find((x) => x.ruleId === 'proxy-config-resource-misuse');
    assert.equal(f?.message, 'terminationDrainDuration is not a ProxyConfig field and is pruned: an unnamed Deployment keeps terminationDrainDuration 45s.');
    assert.match(f!.help, /Values for Deployment at fixtures\/unnamed-resources\/workloads\.yaml:20:/);
    for (const x of result.findings) assert.doesNotMatch(`${x.message}\n${x.help}`, /\b(Deployment|StatefulSet) (\(unnamed\)|\/|[.;,:]|$)/m, `${x.ruleId}: ${x.message}`);
  });
});
