/**
 * The README's examples of suppressions and the baseline were run: every console sample is what
 * drainlint prints (npm run docs writes them), each manifest, config and baseline shown is the
 * fixture the samples lint, and the baseline commands run in a copy of that example.
 */
import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './helpers/rule-tester.js';
import { runCli } from './helpers/cli.js';
import { readmeSnippet } from './helpers/repo.js';
import { tempDir } from './helpers/temp.js';

const readme = () => readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe('README: suppressions and the baseline', () => {
  it('every console sample is what drainlint prints (npm run docs)', () => {
    const samples = [...readme().matchAll(/```console\n\$ npx drainlint ([^\n]*)\n([\s\S]*?)```/g)];
    assert.ok(samples.length >= 6, `${samples.length} samples`);
    for (const [, args, output] of samples) assert.equal(runCli(args!.split(' ')).stdout, output, `$ npx drainlint ${args}`);
  });

  it('shows the fixtures the samples lint, as they are', () => {
    for (const [name, file] of [
      ['adopt-payments', 'k8s/payments.yaml'],
      ['adopt-orders', 'k8s/orders.yaml'],
      ['adopt-config', '.drainlint.yaml'],
      ['adopt-baseline', '.drainlint-baseline.json'],
    ]) {
      assert.equal(readmeSnippet(name!), readFileSync(path.join(ROOT, 'fixtures/adopt', file!), 'utf8'), name);
    }
  });

  it('its baseline commands run: write (the baseline shown), then prune (nothing gone)', () => {
    const dir = path.join(tempDir('drainlint-readme-'), 'repo');
    cpSync(path.join(ROOT, 'fixtures/adopt'), dir, { recursive: true });
    rmSync(path.join(dir, '.drainlint-baseline.json'));
    const commands = readmeSnippet('adopt-commands').split('\n').map((l) => l.replace(/#.*$/, '').trim()).filter(Boolean);
    assert.deepEqual(commands, ['npx drainlint --write-baseline', 'git add .drainlint-baseline.json', 'npx drainlint --prune-baseline']);
    const write = runCli(commands[0]!.split(' ').slice(2), { cwd: dir });
    assert.deepEqual([write.code, write.stderr], [0, 'drainlint: wrote 2 findings to the baseline .drainlint-baseline.json\n']);
    assert.equal(readFileSync(path.join(dir, '.drainlint-baseline.json'), 'utf8'), readmeSnippet('adopt-baseline'));
    const later = runCli([], { cwd: dir });
    assert.deepEqual([later.code, later.stdout], [0, '✔ no problems (5 files checked; 6 suppressed)\n']);
    const prune = runCli(commands[2]!.split(' ').slice(2), { cwd: dir });
    assert.deepEqual([prune.code, prune.stderr], [0, 'drainlint: pruned the baseline .drainlint-baseline.json: 0 findings gone, 2 left\n']);
  });
});
