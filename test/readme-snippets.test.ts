/**
 * The README's copy-paste snippets, parsed by the tool that reads them and run where it runs here:
 * the GitHub workflow (GitHub's parser, the Action on a simulated runner), GitLab CI (its script
 * run with the package fetched from a clone of this checkout, offline) and the library example.
 * The pre-commit snippet runs in pre-commit.test.ts.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { ROOT } from './helpers/rule-tester.js';
import { plainEnv } from './helpers/cli.js';
import { inputEnv, parseWorkflow, readOutputs } from './helpers/github.js';
import { assertSarif } from './helpers/sarif.js';
import { assertPinnedRef, cloneOfHead, readmeSnippet } from './helpers/repo.js';
import { tempDir } from './helpers/temp.js';

/** What the snippets lint: a Deployment whose problem shows only with the mesh config of another file. */
function sampleRepository(): string {
  const dir = tempDir('drainlint-snippet-');
  mkdirSync(path.join(dir, 'k8s'));
  mkdirSync(path.join(dir, 'istio'));
  writeFileSync(path.join(dir, 'k8s', 'deployment.yaml'), readFileSync(path.join(ROOT, 'fixtures/examples/seed-mesh-wide/deployment.yaml')));
  writeFileSync(path.join(dir, 'istio', 'operator.yaml'), readFileSync(path.join(ROOT, 'fixtures/examples/seed-mesh-wide/istio-operator.yaml')));
  return dir;
}
const VIA_MESH = /↳ istio\/operator\.yaml:11:\d+ EXIT_ON_ZERO_ACTIVE_CONNECTIONS true \(mesh config in IstioOperator istio-system\/control-plane spec\.meshConfig\)/;
const REPO = 'https://github.com/drainlint/drainlint';

describe('README: GitHub Actions snippet', () => {
  interface Step {
    id?: string;
    uses?: string;
    if?: string;
    with?: Record<string, string>;
  }
  const text = readmeSnippet('github-action');
  const steps = Object.values((parse(text) as { jobs: Record<string, { steps: Step[] }> }).jobs)[0]!.steps;
  const action = steps.find((s) => s.uses?.startsWith('drainlint/drainlint@'))!;

  it("is a workflow GitHub's parser accepts, pinning this repository's Action and uploading its SARIF", async () => {
    assert.deepEqual((await parseWorkflow('drainlint.yml', text)).errors, []);
    assert.ok(action, 'uses the drainlint Action');
    assertPinnedRef(action.uses!.split('@')[1]!);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    assert.equal(upload.with?.['sarif_file'], `\${{ steps.${action.id}.outputs.sarif-file }}`);
  });

  it('its step, run on a simulated runner, annotates the finding and writes SARIF', async () => {
    const workspace = sampleRepository();
    const output = path.join(tempDir('drainlint-snippet-output-'), 'output.txt');
    writeFileSync(output, '');
    const env = plainEnv({ ...(await inputEnv(action.with ?? {})), GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: output });
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'action.js')], { cwd: workspace, env, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /^::warning file=k8s\/deployment\.yaml,line=13,/m);
    const outputs = readOutputs(readFileSync(output, 'utf8'));
    const log = assertSarif(readFileSync(path.join(workspace, outputs['sarif-file']!), 'utf8'));
    assert.deepEqual(log.runs[0]!.results.map((x) => x.ruleId), ['connections-outlive-grace-period']);
  });
});

describe('README: GitLab CI snippet', () => {
  const job = Object.values(parse(readmeSnippet('gitlab-ci')) as Record<string, { image: string; script: string[]; artifacts: { paths: string[]; when: string } }>)[0]!;

  it('is a job on a Node image the package supports, keeping its SARIF as an artifact', () => {
    assert.match(job.image, /^node:(\d+)/);
    assert.ok(Number(/^node:(\d+)/.exec(job.image)![1]) >= 20);
    assert.equal(job.script.length, 1);
    assert.deepEqual(job.artifacts, { when: 'always', paths: ['drainlint.sarif'] });
  });

  it('its script runs: npx fetches drainlint from git (here, a clone of this checkout, offline) and lints', () => {
    const [npx, yes, spec, ...args] = job.script[0]!.split(' ');
    assert.deepEqual([npx, yes], ['npx', '--yes']);
    const m = /^git\+(https:\/\/github\.com\/drainlint\/drainlint)\.git#(.+)$/.exec(spec!);
    assert.ok(m && m[1] === REPO, spec);
    assertPinnedRef(m[2]!);
    const clone = cloneOfHead();
    const dir = sampleRepository();
    try {
      const r = spawnSync('npx', ['--yes', `git+file://${clone.dir}#${m[2]}`, ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: plainEnv({ npm_config_offline: 'true', npm_config_cache: path.join(dir, '.npm'), npm_config_audit: 'false', npm_config_fund: 'false' }),
      });
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.match(r.stdout, VIA_MESH);
      assertSarif(readFileSync(path.join(dir, job.artifacts.paths[0]!), 'utf8'));
    } finally {
      rmSync(path.dirname(clone.dir), { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('README: library snippet', () => {
  it('runs against the library entry', () => {
    const code = readmeSnippet('library');
    assert.match(code, /from 'drainlint';/);
    const dir = sampleRepository();
    writeFileSync(path.join(dir, 'lint.mjs'), code.replace("from 'drainlint';", `from '${pathToFileURL(path.join(ROOT, 'dist', 'index.js')).href}';`));
    const r = spawnSync(process.execPath, ['lint.mjs'], { cwd: dir, encoding: 'utf8', env: plainEnv() });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, VIA_MESH);
  });
});

describe('README: install', () => {
  it('installs from npm by name, and from this repository at the pinned ref until it is published', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    assert.match(readme, /^npm install --save-dev drainlint\b/m);
    const git = /^npm install --save-dev git\+(https:\/\/github\.com\/drainlint\/drainlint)\.git#(\S+)$/m.exec(readme);
    assert.ok(git && git[1] === REPO);
    assertPinnedRef(git[2]!);
    // package.test.ts installs from a git checkout and from the tarball, offline, with --omit=dev.
  });
});
