/**
 * The baseline (issue #13): --write-baseline records the findings of a run in a stable file,
 * later runs (the default file found, or --baseline) report only what is beyond it, and
 * --prune-baseline drops what no longer occurs. Fingerprints survive line shifts and reformatting.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { lint, UsageError, type LintOptions, type LintResult } from '../src/index.js';
import { fingerprintPath } from '../src/suppress/fingerprint.js';
import { parseBaseline, serializeBaseline } from '../src/suppress/baseline.js';
import { analyze, lint as runEngine } from '../src/engine.js';
import { emptyConfig } from '../src/config.js';
import { RULES } from '../rules/index.js';
import { ROOT } from './helpers/rule-tester.js';
import { runCli } from './helpers/cli.js';
import { shape } from './suppressions.test.js';
import { tempDir } from './helpers/temp.js';

const ADOPT = path.join(ROOT, 'fixtures/adopt');
const BASELINE = '.drainlint-baseline.json';

/** A copy of the adoption example (its config file, its committed baseline left out unless asked). */
function repo(withBaseline = false): string {
  const dir = path.join(tempDir('drainlint-baseline-'), 'repo');
  cpSync(ADOPT, dir, { recursive: true });
  if (!withBaseline) rmSync(path.join(dir, BASELINE));
  return dir;
}

const run = (cwd: string, options: NonNullable<LintOptions['options']> = {}) => lint({ paths: ['.'], options: { cwd, ...options } });
const reported = (r: LintResult) => r.findings.filter((f) => !f.suppressions).map(shape);
const edit = (dir: string, file: string, change: (text: string) => string) => writeFileSync(path.join(dir, file), change(readFileSync(path.join(dir, file), 'utf8')));

describe('--write-baseline', () => {
  it('records the findings nothing else suppresses, per file, rule and resource, in a stable file: the committed example', async () => {
    const dir = repo();
    const r = await run(dir, { writeBaseline: true });
    assert.deepEqual(r.baseline, { file: BASELINE, matched: 2, entries: 2, action: 'written' });
    const text = readFileSync(path.join(dir, BASELINE), 'utf8');
    assert.equal(text, readFileSync(path.join(ADOPT, BASELINE), 'utf8'));
    assert.equal(text, serializeBaseline(parseBaseline(text, BASELINE)), 'sorted, one entry a line');
    assert.ok(!/20\d\d-\d\d-\d\d|"line"/.test(text), 'no timestamps, no line numbers');
    // The run itself then reports nothing beyond it.
    assert.deepEqual(reported(r), []);
    assert.deepEqual(r.findings.filter((f) => f.suppressions?.[0]?.via === 'baseline').map((f) => `${f.file} ${f.ruleId}`), ['k8s/catalog.yaml misplaced-annotation', 'vendor/redis/statefulset.yaml exit-on-zero-unbounded']);
    // Written again: byte for byte the same.
    await run(dir, { writeBaseline: true });
    assert.equal(readFileSync(path.join(dir, BASELINE), 'utf8'), text);
  });

  it('counts identical findings (a resource rendered twice) and reports the one beyond the count', async () => {
    const dir = repo();
    edit(dir, 'k8s/catalog.yaml', (t) => `${t}---\n${t}`);
    await run(dir, { writeBaseline: 'twice.json' });
    assert.match(readFileSync(path.join(dir, 'twice.json'), 'utf8'), /"k8s\/catalog\.yaml": \[\n {6}\{ "ruleId": "misplaced-annotation", "messageId": "injectionLabel", "resource": "Deployment shop\/catalog", "fingerprint": "[0-9a-f]{16}", "count": 2 \}\n/);
    edit(dir, 'k8s/catalog.yaml', (t) => `${t}---\n${t.split('---\n')[0]}`);
    const r = await run(dir, { baseline: 'twice.json' });
    assert.deepEqual(reported(r), ['k8s/catalog.yaml:47:5-47:28 error misplaced-annotation/injectionLabel Deployment shop/catalog']);
  });

  it('never overwrites a file that is not a baseline, and does not go with --prune-baseline', async () => {
    const dir = repo();
    await assert.rejects(run(dir, { writeBaseline: 'k8s/catalog.yaml' }), (e) => e instanceof UsageError && e.message === 'will not overwrite k8s/catalog.yaml: it is not a drainlint baseline (name a new file, or remove it first)');
    await assert.rejects(run(dir, { writeBaseline: true, pruneBaseline: true }), /--write-baseline and --prune-baseline do not go together/);
  });

  it('the command line: exit 0, what was written on stderr; a value without .json is a path to lint', () => {
    const dir = repo();
    const r = runCli(['--write-baseline', 'k8s'], { cwd: dir });
    assert.deepEqual([r.code, r.stdout, r.stderr], [0, '✔ no problems (4 files checked; 4 suppressed)\n', `drainlint: wrote 1 finding to the baseline ${BASELINE}\n`]);
    assert.match(readFileSync(path.join(dir, BASELINE), 'utf8'), /"k8s\/catalog\.yaml"/);
    const named = runCli(['.', '--write-baseline=ci/baseline.json'], { cwd: dir });
    assert.equal(named.code, 2);
    assert.match(named.stderr, /^drainlint: cannot write the baseline ci\/baseline\.json: /);
  });
});

describe('a baseline in use', () => {
  it('is found as .drainlint-baseline.json in the working directory; --no-baseline (false) ignores it', async () => {
    const dir = repo(true);
    const r = await run(dir);
    assert.deepEqual(r.baseline, { file: BASELINE, matched: 2, entries: 2 });
    assert.deepEqual(reported(r), []);
    const off = await run(dir, { baseline: false });
    assert.equal(off.baseline, undefined);
    assert.equal(reported(off).length, 2);
    assert.equal(runCli(['.'], { cwd: dir }).code, 0);
    assert.equal(runCli(['.', '--no-baseline'], { cwd: dir }).code, 1);
  });

  it('survives line shifts and reformatting: lines added above, flow style, other quotes', async () => {
    const dir = repo(true);
    edit(dir, 'k8s/catalog.yaml', (t) => `# Owned by the catalog team.\n# Deployed by Argo CD.\n\n${t.replace('  labels:\n    sidecar.istio.io/inject: "true"\n', "  labels: {'sidecar.istio.io/inject': 'true'}\n")}`);
    edit(dir, 'vendor/redis/statefulset.yaml', (t) => t.replace('EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"', "EXIT_ON_ZERO_ACTIVE_CONNECTIONS: 'true'").replace('# Source:', '\n\n# Source:'));
    const r = await run(dir);
    assert.deepEqual(r.baseline, { file: BASELINE, matched: 2, entries: 2 });
    assert.deepEqual(reported(r), []);
  });

  it('reports what is beyond it: a changed value, a new finding', async () => {
    const dir = repo(true);
    edit(dir, 'k8s/catalog.yaml', (t) => t.replace('sidecar.istio.io/inject: "true"', 'sidecar.istio.io/inject: "false"'));
    edit(dir, 'k8s/payments.yaml', (t) => t.replace('  annotations:\n    drainlint.io/ignore-misplaced-grace-period: "the chart renders it here; fixed upstream in 3.2"\n', ''));
    const r = await run(dir);
    assert.deepEqual(reported(r), [
      'k8s/catalog.yaml:7:5-7:28 error misplaced-annotation/injectionLabel Deployment shop/catalog',
      'k8s/payments.yaml:7:3-7:32 error misplaced-grace-period/notAField Deployment shop/payments',
    ]);
    assert.equal(r.baseline?.matched, 1);
  });

  it('an explicit --baseline must exist and be one', async () => {
    const dir = repo(true);
    await assert.rejects(run(dir, { baseline: 'none.json' }), (e) => e instanceof UsageError && e.message === 'the baseline none.json does not exist (write it with --write-baseline none.json)');
    writeFileSync(path.join(dir, 'bad.json'), '{"version": 2, "files": {}}');
    await assert.rejects(run(dir, { baseline: 'bad.json' }), (e) => e instanceof UsageError && e.message === 'the baseline bad.json is not a drainlint baseline: version is 2, not 1 (write a new one with --write-baseline)');
    const r = runCli(['.', '--baseline', 'none.json'], { cwd: dir });
    assert.deepEqual([r.code, r.stderr], [2, 'drainlint: the baseline none.json does not exist (write it with --write-baseline none.json)\n']);
  });
});

describe('--prune-baseline', () => {
  it('drops the entries that no longer occur and writes the file back; findings beyond it are still reported', async () => {
    const dir = repo(true);
    edit(dir, 'k8s/catalog.yaml', (t) => t.replace('  labels:\n    sidecar.istio.io/inject: "true"\n', ''));
    const r = await run(dir, { pruneBaseline: true });
    assert.deepEqual(r.baseline, { file: BASELINE, matched: 1, entries: 1, action: 'pruned', dropped: 1 });
    assert.equal(
      readFileSync(path.join(dir, BASELINE), 'utf8'),
      '{\n  "version": 1,\n  "files": {\n    "vendor/redis/statefulset.yaml": [\n      { "ruleId": "exit-on-zero-unbounded", "messageId": "unbounded", "resource": "StatefulSet cache/redis", "fingerprint": "d9a75829072e9dc5", "count": 1 }\n    ]\n  }\n}\n',
    );
    const cli = runCli(['.', '--prune-baseline'], { cwd: dir });
    assert.deepEqual([cli.code, cli.stderr], [0, `drainlint: pruned the baseline ${BASELINE}: 0 findings gone, 1 left\n`]);
  });

  it('keeps the entries of files the run did not lint while they exist; drops those of deleted files', async () => {
    const dir = repo(true);
    await lint({ paths: ['k8s'], options: { cwd: dir, pruneBaseline: true } });
    assert.equal(readFileSync(path.join(dir, BASELINE), 'utf8'), readFileSync(path.join(ADOPT, BASELINE), 'utf8'));
    rmSync(path.join(dir, 'vendor'), { recursive: true });
    const r = await lint({ paths: ['k8s'], options: { cwd: dir, pruneBaseline: true } });
    assert.deepEqual(r.baseline, { file: BASELINE, matched: 1, entries: 1, action: 'pruned', dropped: 1 });
    assert.ok(!readFileSync(path.join(dir, BASELINE), 'utf8').includes('vendor/'));
  });

  it('needs a baseline', async () => {
    const dir = repo();
    await assert.rejects(run(dir, { pruneBaseline: true }), (e) => e instanceof UsageError && e.message === '--prune-baseline needs a baseline: .drainlint-baseline.json does not exist here (or name one with --baseline)');
    assert.ok(!existsSync(path.join(dir, BASELINE)));
  });
});

describe('fingerprints', () => {
  it('name list items by their name and leave out List indexes; YAML embedded in a scalar goes through its host', async () => {
    const text = `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata:
      name: a
      annotations:
        proxy.istio.io/config: |
          proxyMetadata:
            EXIT_ON_ZERO_ACTIVE_CONNECTIONS: yes
    spec:
      containers:
        - name: app
          image: x
          env:
            - name: MINIMUM_DRAIN_DURATION
              value: "20s"
`;
    const out = await runEngine({ cwd: ROOT, paths: ['-'], config: emptyConfig(ROOT), meshConfigFiles: [], rules: [...RULES], readStdin: async () => Buffer.from(text) });
    // The finding about EZ yes (a YAML 1.1 boolean) inside the annotation, and its fingerprint: baselines
    // in users' repositories hold these, so a change of how fingerprints are made must be deliberate.
    assert.deepEqual(out.result.findings.map((f) => `${f.ruleId} ${f.fingerprint}`), ['proxy-metadata-not-string 44e4f588b5032cf2']);
    const w = (await analyze({ cwd: ROOT, paths: ['-'], config: emptyConfig(ROOT), meshConfigFiles: [], readStdin: async () => Buffer.from(text) })).resolution.workloads[0]!.workload;
    assert.equal(fingerprintPath({ view: w.view, path: [...w.podSpecPath, 'containers', 0, 'env', 0, 'value'] }), 'spec.containers[app].env[MINIMUM_DRAIN_DURATION].value');
    const ann = w.proxyConfigAnnotation!.view!;
    assert.equal(fingerprintPath({ view: ann, path: ['proxyMetadata', 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS'] }), 'metadata.annotations.proxy.istio.io/config>proxyMetadata.EXIT_ON_ZERO_ACTIVE_CONNECTIONS');
  });
});
