/**
 * Worker threads never change a result: the fixture corpus and a generated corpus linted on 1, 2
 * and 4 threads give the same JSON, byte for byte, with inline suppressions on and off and with
 * unused directives reported (what the workers' findings suppressed is merged into the main
 * thread's judgement). The plan of who lints what, and the guard that keeps a rule that reads
 * across workloads off the workers, are tested apart.
 */
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { lint, type LintOptions } from '../src/lint.js';
import { FORMATTERS } from '../src/report/index.js';
import { AHEAD_BLOCKS, BlockClaims, blockCount, PARALLEL_MIN_BYTES, RUN_LEVEL_CLAIM, RunLevelClaims, threadCount } from '../src/parallel/plan.js';
import { RuleRunner } from '../src/rule-runner.js';
import { defineRule } from '../src/rule.js';
import { lint as lintEngine, loadInputs, outcome, prepare, type LintRequest } from '../src/engine.js';
import { finishFirstPass, parseRunLevel, readFirstPass, sendable } from '../src/first-pass.js';
import { runRules } from '../src/rule-runner.js';
import { Suppressor } from '../src/suppress/suppressor.js';
import { lintParallel } from '../src/parallel/main.js';
import { planRun } from '../src/run-plan.js';
import { emptyConfig } from '../src/config.js';
import { corpus } from '../bench/corpus.js';
import { ROOT } from './helpers/rule-tester.js';
import { BIN, plainEnv } from './helpers/cli.js';
import { spawnSync } from 'node:child_process';
import { tempDir } from './helpers/temp.js';

async function jsonOn(threads: number, dir: string, options: NonNullable<LintOptions['options']> = {}): Promise<string> {
  const result = await lint({ paths: ['.'], options: { cwd: dir, config: false, baseline: false, threads, ...options } });
  return FORMATTERS['json']!(result, { color: false, version: 'test' });
}

async function assertSameOnEveryCount(dir: string, options: NonNullable<LintOptions['options']> = {}, rulesFound: string[] = []): Promise<void> {
  const one = await jsonOn(1, dir, options);
  const found = (JSON.parse(one) as { findings: { ruleId: string }[] }).findings;
  assert.ok(found.length >= (rulesFound.length > 0 ? rulesFound.length : 20), 'a corpus with findings to compare');
  for (const id of rulesFound) assert.ok(found.some((f) => f.ruleId === id), `a finding of ${id}`);
  for (const threads of [2, 4]) assert.equal(await jsonOn(threads, dir, options), one, `${threads} threads`);
}

/**
 * Run-level settings that reach many workloads (mesh-wide EXIT_ON_ZERO_ACTIVE_CONNECTIONS, istiod
 * forcing native sidecars, a global proxy lifecycle, a namespace ProxyConfig) and 96 workloads in
 * files of their own, so that every thread lints some: the findings that sum up workloads must
 * name all of them, in the same order. Some files hold ConfigMaps nothing reads, some with a
 * repeated key, before and after their workload.
 */
function crossWorkloadCorpus(): string {
  const dir = tempDir('drainlint-threads-');
  const write = (name: string, text: string) => writeFileSync(path.join(dir, name), text);
  write('mesh.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: istio\n  namespace: istio-system\ndata:\n  mesh: |\n    defaultConfig:\n      proxyMetadata:\n        EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"\n');
  write('istiod.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: istiod\n  namespace: istio-system\nspec:\n  template:\n    spec:\n      containers:\n        - name: discovery\n          image: docker.io/istio/pilot:1.20.3\n          env:\n            - name: ENABLE_NATIVE_SIDECARS\n              value: "true"\n');
  write('values.yaml', 'global:\n  proxy:\n    lifecycle:\n      preStop:\n        exec:\n          command: ["sh", "-c", "sleep 5"]\n');
  write('namespace.yaml', 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: apps\n  labels:\n    istio-injection: enabled\n');
  write('proxyconfig.yaml', 'apiVersion: networking.istio.io/v1beta1\nkind: ProxyConfig\nmetadata:\n  name: drain\n  namespace: apps\nspec:\n  terminationDrainDuration: 40s\n');
  for (let i = 0; i < 96; i++) {
    const hold = i % 3 === 0 ? `\n      annotations:\n        proxy.istio.io/config: '{"holdApplicationUntilProxyStarts": true}'` : '';
    // Documents nothing reads, some broken, between workloads: threads share their parse out too.
    const unread = i % 4 === 0 ? `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\ndata:\n  a: "1"\n${i % 8 === 0 ? '  a: "2"\n' : ''}` : '';
    write(`w${String(i).padStart(3, '0')}.yaml`, `${unread}---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: w${i}\n  namespace: apps\nspec:\n  template:\n    metadata:\n      labels:\n        app: w${i}${hold}\n    spec:\n      containers:\n        - name: app\n          image: app:1\n${unread}`);
  }
  return dir;
}

describe('the result is the same on any number of threads', () => {
  it('findings that sum up workloads across threads', async () => {
    const dir = crossWorkloadCorpus();
    try {
      await assertSameOnEveryCount(dir, { istioVersion: '1.20', kubernetesVersion: '1.28' }, ['exit-on-zero-version-bug', 'native-sidecar-unsupported', 'global-lifecycle-override', 'proxy-config-resource-misuse', 'parse-error']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  const fixtures = path.join(ROOT, 'fixtures');
  it('a run that lets go of texts and values as huge runs do', async () => {
    const dir = crossWorkloadCorpus();
    try {
      const options = { cwd: dir, config: false as const, baseline: false as const, istioVersion: '1.20', kubernetesVersion: '1.28' };
      const { cwd, config, rules, known } = planRun(options);
      const req = { cwd, paths: ['.'], config, meshConfigFiles: config.meshConfig, gatewayValuesFiles: config.gatewayValues, rules, suppression: { inline: true, reportUnused: false, knownRules: known }, memory: { keepEverythingBytes: 0, astTextBytes: 0 } };
      const one = (await lintEngine(req)).result;
      assert.ok(one.findings.some((f) => f.ruleId === 'parse-error'));
      for (const threads of [2, 4]) assert.deepEqual((await lintParallel(req, threads, options)).result, one, `${threads} threads`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('the fixture corpus', async () => {
    await assertSameOnEveryCount(fixtures);
  });
  /**
   * The run-level documents parsed on two threads, half each, as a run on threads shares them when
   * its workers start early enough (a small run's main thread parses all of them): the model built
   * from one thread's own parses and the other's values, sent as a worker sends them, lints to the
   * result of one thread.
   */
  async function assertSameWithRunLevelShared(dir: string, memory?: LintRequest['memory']): Promise<void> {
    const { cwd, config, rules, known } = planRun({ cwd: dir, config: false, baseline: false, istioVersion: '1.20', kubernetesVersion: '1.28' });
    const req: LintRequest = { cwd, paths: ['.'], config, meshConfigFiles: config.meshConfig, gatewayValuesFiles: config.gatewayValues, rules, suppression: { inline: true, reportUnused: true, knownRules: known }, ...(memory ? { memory } : {}) };
    const one = (await lintEngine(req)).result;
    const inputs = await loadInputs(req);
    const suppressor = new Suppressor(req.config, req.cwd, req.suppression);
    const here = readFirstPass(req, inputs, suppressor.onEmbedded);
    const there = readFirstPass(req, structuredClone(inputs));
    assert.ok(here.runLevel.length > 10, `${here.runLevel.length} run-level documents`);
    const indexes = [...here.runLevel.keys()];
    const theirs = structuredClone(sendable(parseRunLevel(there, indexes.filter((i) => i % 2 === 1))));
    assert.ok(theirs.some((p) => p.value !== undefined) && theirs.some((p) => p.problems.length > 0 || p.value === undefined), 'values and documents not read come from the other thread');
    const model = finishFirstPass(here, [...parseRunLevel(here, indexes.filter((i) => i % 2 === 0)), ...theirs]);
    const ran = runRules(req.rules, { inventory: model.inventory, run: model.run, config: model.config, suppressor });
    assert.deepEqual(outcome(req, model, ran, suppressor).result, one);
  }
  it('run-level documents parsed on two threads: the fixture corpus', async () => {
    await assertSameWithRunLevelShared(fixtures);
  });
  it('run-level documents parsed on two threads: a run that lets go of texts and values', async () => {
    const dir = crossWorkloadCorpus();
    try {
      await assertSameWithRunLevelShared(dir, { keepEverythingBytes: 0, astTextBytes: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('the fixture corpus, unused suppression directives reported', async () => {
    const one = await jsonOn(1, fixtures, { reportUnusedDisableDirectives: true });
    assert.ok(JSON.parse(one).findings.some((f: { ruleId: string }) => f.ruleId === 'unused-disable-directive'), 'some directives are unused');
    for (const threads of [2, 4]) assert.equal(await jsonOn(threads, fixtures, { reportUnusedDisableDirectives: true }), one, `${threads} threads`);
  });
  it('the fixture corpus, inline suppressions off', async () => {
    await assertSameOnEveryCount(fixtures, { inlineSuppressions: false });
  });
  it('a generated corpus (bench/corpus.ts, 200 files)', async () => {
    await assertSameOnEveryCount(corpus('S', 7).dir);
  });
  it('a generated corpus under other target versions', async () => {
    await assertSameOnEveryCount(corpus('S', 7).dir, { istioVersion: '1.20', kubernetesVersion: '1.28' });
  });
});

describe('threads from the command line', () => {
  it('node given a V8 flag (--max-old-space-size) still starts workers', () => {
    const plain = spawnSync(process.execPath, [BIN, '-f', 'json', '--threads', '1', 'fixtures'], { cwd: ROOT, encoding: 'utf8', env: plainEnv() });
    const r = spawnSync(process.execPath, ['--max-old-space-size=2048', BIN, '-f', 'json', '--threads', '2', 'fixtures'], { cwd: ROOT, encoding: 'utf8', env: plainEnv() });
    assert.equal(r.stderr, '');
    assert.equal(r.status, plain.status);
    assert.equal(r.stdout, plain.stdout);
  });
});

describe('how a run is spread over threads', () => {
  it('auto: one thread below the size where a worker pays off, else one per core up to 4', () => {
    assert.equal(threadCount('auto', PARALLEL_MIN_BYTES - 1, 8), 1);
    assert.equal(threadCount('auto', PARALLEL_MIN_BYTES, 2), 2);
    assert.equal(threadCount('auto', PARALLEL_MIN_BYTES, 16), 4);
    assert.equal(threadCount('auto', PARALLEL_MIN_BYTES, 1), 1);
    assert.equal(threadCount(3, 0, 2), 3);
  });
  it('every block of deferred documents is claimed once, by whichever thread asks first', () => {
    const buffer = BlockClaims.buffer();
    const blocks = blockCount(1001);
    assert.equal(blocks, 126);
    const threads = [new BlockClaims(buffer, blocks), new BlockClaims(buffer, blocks), new BlockClaims(buffer, blocks)];
    const claimed: number[] = [];
    for (let turn = 0; claimed.length < blocks; turn++) {
      const t = threads[turn % 3 === 0 ? 0 : turn % 2 === 0 ? 1 : 2]!;
      if (!t.mayClaim()) {
        // Nothing more until the main thread merges: as far as the claims reach, here.
        assert.equal(claimed.length % AHEAD_BLOCKS, 0);
        threads[0]!.merged(claimed.length);
        continue;
      }
      claimed.push(t.claim()!);
    }
    assert.deepEqual(claimed, Array.from({ length: blocks }, (_, b) => b));
    assert.ok(threads.every((t) => t.allClaimed && t.claim() === undefined));
  });
  it('every run-level document is claimed once, RUN_LEVEL_CLAIM at a time, in order on each thread', () => {
    const buffer = RunLevelClaims.buffer();
    const documents = 5 * RUN_LEVEL_CLAIM + 3;
    const threads = [0, 1, 2].map(() => new RunLevelClaims(buffer, documents).claims());
    const got: number[][] = [[], [], []];
    // The threads take turns, one document at a time: each holds its claim until it has parsed it.
    const done = new Set<number>();
    for (let turn = 0; done.size < 3; turn++) {
      const next = threads[turn % 3]!.next();
      if (next.done) done.add(turn % 3);
      else got[turn % 3]!.push(next.value);
    }
    assert.deepEqual(got.flat().sort((a, b) => a - b), Array.from({ length: documents }, (_, i) => i));
    for (const mine of got) {
      assert.deepEqual(mine, [...mine].sort((a, b) => a - b));
      assert.ok(mine.length % RUN_LEVEL_CLAIM === 0 || mine.includes(documents - 1));
    }
    assert.ok(got.every((mine) => mine.length > 0));
  });
  it('a thread claims at most AHEAD_BLOCKS beyond what the main thread has merged', () => {
    const claims = new BlockClaims(BlockClaims.buffer(), 1000);
    for (let b = 0; b < AHEAD_BLOCKS; b++) assert.equal(claims.claim(), b);
    assert.equal(claims.mayClaim(), false);
    claims.merged(1);
    assert.equal(claims.mayClaim(), true);
  });
});

describe('a rule on a worker thread', () => {
  it('may not report texts that wait for end() unless it declares crossWorkload', async () => {
    const rule = defineRule({
      meta: { id: 'late-texts', severity: 'warning', description: 'd', help: 'h', fixable: false, messages: { m: { message: 'm {{n}}', help: 'h' } } },
      create: (ctx) => ({
        workload(rw) {
          ctx.report({ at: { view: rw.workload.view, path: rw.workload.base }, workload: rw.workload, messageId: 'm', data: () => ({ n: '1' }) });
        },
      }),
    });
    const dir = path.join(ROOT, 'fixtures', 'clean');
    const model = await prepare({ cwd: dir, paths: ['.'], config: emptyConfig(dir), meshConfigFiles: [] });
    const source = model.inventory.workloadSources.find((s) => 'read' in s);
    assert.ok(source && 'read' in source);
    const { deferredWorkload } = await import('../src/inventory/builder.js');
    const w = deferredWorkload(model.inventory, source, source.read());
    assert.ok(w);
    const worker = new RuleRunner([rule], { inventory: model.inventory, run: model.run, config: model.config }, 'worker');
    assert.throws(() => worker.visit(w), /late-texts reports data computed after end\(\): declare it crossWorkload/);
    const marked = new RuleRunner([{ ...rule, meta: { ...rule.meta, crossWorkload: true } }], { inventory: model.inventory, run: model.run, config: model.config }, 'worker');
    assert.deepEqual(marked.visit(w), [], 'a crossWorkload rule does not run on a worker');
  });
});
