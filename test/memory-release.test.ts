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
import { lint, prepare, runRules, type LintRequest } from '../src/engine.js';
import { emptyConfig } from '../src/config.js';
import { RULES } from '../rules/index.js';
import { FORMATTERS } from '../src/report/index.js';
import { ROOT } from './helpers/rule-tester.js';

const FIXTURES = path.join(ROOT, 'fixtures');
/** Folders of manifests that are meant to lint clean. */
const CLEAN = new Set(['clean', 'seed-fixed']);
const TARGETS = [{}, { istioVersion: '1.20', kubernetesVersion: '1.28' }, { istioVersion: '1.29', kubernetesVersion: '1.33' }];

async function lintJson(dir: string, target: object, lean: boolean, deferWorkloads = true, texts?: LintRequest['texts']): Promise<{ json: string; reparsed: number }> {
  const config = { ...emptyConfig(dir), ...target };
  const memory: Partial<LintRequest> = lean ? { memory: { keepEverythingBytes: 0, astTextBytes: 0 } } : {};
  const out = await lint({ cwd: dir, paths: texts ? [] : ['.'], texts, config, meshConfigFiles: [], rules: [...RULES], deferWorkloads, ...memory });
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
        // Workload documents parsed as their workloads are linted, or all in the first pass: the same findings.
        const firstPass = await lintJson(dir, target, false, false);
        assert.equal(firstPass.json, usual.json, `fixtures/${name} with ${JSON.stringify(target)}, every document parsed in the first pass`);
        reparsedInLeanRuns += lean.reparsed;
      }
    });
  }
  // The lean runs really let documents go and read them again: workload documents parsed in the
  // first pass (istiod, Istio images, revisions that name a version) that a later step reads.
  it('lean runs parse released workload documents again', () => {
    assert.ok(reparsedInLeanRuns > 50, `${reparsedInLeanRuns} values parsed again`);
  });
});

/** Documents of one workload each, some broken, with the run-level documents they need between them. */
function workloadStream(count: number): string {
  const docs: string[] = ['apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: istio\n  namespace: istio-system\ndata:\n  mesh: |\n    defaultConfig:\n      terminationDrainDuration: 50s\n'];
  for (let i = 0; i < count; i++) {
    const grace = i % 3 === 0 ? '\n      terminationGracePeriodSeconds: 20' : '';
    if (i % 17 === 5) docs.push(`apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: broken-${i}\nspec:\n  template:\n    spec:\n      containers: [ {name: app\n`);
    else if (i % 23 === 7) docs.push(`apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: twice-${i}\n  name: again\nspec: {}\n`);
    else docs.push(`apiVersion: apps/v1\nkind: ${i % 2 ? 'Deployment' : 'StatefulSet'}\nmetadata:\n  name: w-${i}\n  namespace: ns-${i % 4}\nspec:\n  template:\n    metadata:\n      annotations:\n        proxy.istio.io/config: '{"terminationDrainDuration": "${i % 40}s"}'\n    spec:${grace}\n      containers:\n        - name: app\n          image: app:${i}\n`);
    if (i % 10 === 0) docs.push(`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns-${i % 4}\n  labels:\n    istio-injection: enabled\n`);
  }
  return docs.join('---\n');
}

describe('workload documents are parsed once, when their workload is linted', () => {
  it('a lean run parses no document twice and reports what a first-pass parse of every document reports', async () => {
    const texts = [{ path: 'stream.yaml', text: workloadStream(300) }, { path: 'more.yaml', text: workloadStream(40) }];
    const streamed = await lintJson(ROOT, {}, true, true, texts);
    const firstPass = await lintJson(ROOT, {}, true, false, texts);
    assert.equal(streamed.json, firstPass.json);
    const findings = JSON.parse(streamed.json).findings as { ruleId: string }[];
    assert.ok(findings.filter((f) => f.ruleId === 'parse-error').length >= 30, 'the broken documents are reported');
    assert.ok(findings.filter((f) => f.ruleId === 'drain-exceeds-grace-period').length >= 80, 'the workloads are linted');
    assert.equal(streamed.reparsed, 0, 'each document parsed once');
    // Parsed in the first pass, a lean run lets workload documents go and reads them again.
    assert.ok(firstPass.reparsed > 0);
  });

  it('a lean run lets go of each file\'s text once its documents are parsed, except a text with suppression comments', async () => {
    const texts = [
      { path: 'stream.yaml', text: workloadStream(60) },
      { path: 'services.yaml', text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  selector:\n    app: a\n' },
      { path: 'commented.yaml', text: `# drainlint-disable drain-exceeds-grace-period\n${workloadStream(3)}` },
    ];
    const model = await prepare({ cwd: ROOT, paths: [], texts, config: emptyConfig(ROOT), meshConfigFiles: [], memory: { keepEverythingBytes: 0, astTextBytes: 0 } });
    const kept = () => model.files.filter((f) => f.text !== '').map((f) => f.path);
    // Every document of services.yaml was parsed in the first pass; the others wait for their workloads.
    assert.deepEqual(kept(), ['stream.yaml', 'commented.yaml']);
    const ran = runRules([...RULES], { inventory: model.inventory, run: model.run, config: model.config });
    assert.ok(ran.findings.some((f) => f.file === 'stream.yaml' && f.ruleId === 'drain-exceeds-grace-period'));
    assert.deepEqual(kept(), ['commented.yaml']);
  });

  it('a workload document the run-level reading needs is read in the first pass, however it is written', async () => {
    const pod = (name: string, labels = '') => `apiVersion: apps/v1\nkind: Deployment\nmetadata: ${name}\nspec:\n  template:\n    metadata:\n      labels:\n        app: web${labels}\n    spec:\n      containers:\n        - name: app\n          image: app:1\n`;
    const texts = [
      { path: 'istiod.yaml', text: `${pod('{name: istiod, namespace: istio-system}')}          env:\n            - {name: ENABLE_NATIVE_SIDECARS, value: "true"}\n` },
      { path: 'revision.yaml', text: pod('{name: web, namespace: shop}', '\n        istio.io/rev:\n          1-22-3') },
    ];
    const streamed = await lintJson(ROOT, {}, false, true, texts);
    assert.equal(streamed.json, (await lintJson(ROOT, {}, false, false, texts)).json);
    assert.equal(JSON.parse(streamed.json).summary.targetVersions?.istio?.version, '1.22.3');
  });
});
