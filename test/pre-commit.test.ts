/**
 * The pre-commit hook, for real: pre-commit installs it from a clone of this checkout (its node
 * install runs npm install, npm pack and npm install -g) into a temporary repository, and runs it.
 * Without pre-commit, or without the npm registry its install needs, the tests are skipped and say why.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { ROOT } from './helpers/rule-tester.js';
import { plainEnv } from './helpers/cli.js';
import { assertPinnedRef, cloneOfHead, readmeSnippet } from './helpers/repo.js';
import { tempDir } from './helpers/temp.js';

const fixture = (f: string) => readFileSync(path.join(ROOT, 'fixtures', f), 'utf8');

/** Why pre-commit cannot run its node install here, or undefined when it can. */
function unavailable(): string | undefined {
  if (spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status !== 0) return 'pre-commit is not installed (apt-get install pre-commit; .ci/run installs it when it can)';
  const ping = spawnSync('npm', ['ping'], { encoding: 'utf8', timeout: 30_000, env: plainEnv() });
  if (ping.status !== 0) return `the npm registry is not reachable (npm ping: ${(ping.stderr || String(ping.error)).trim().split('\n').pop()}), and pre-commit's node install runs npm install`;
  return undefined;
}

const reason = unavailable();
if (reason) process.stderr.write(`pre-commit tests skipped: ${reason}\n`);

describe('.pre-commit-hooks.yaml', () => {
  it('declares the drainlint hook: node, YAML files, one process, with a documented --mesh-config example', () => {
    const text = readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
    const hooks = parse(text) as Record<string, unknown>[];
    assert.deepEqual(hooks.map((h) => [h['id'], h['entry'], h['language'], h['types'], h['require_serial']]), [['drainlint', 'drainlint', 'node', ['yaml'], true]]);
    assert.match(text, /^# +args: \[--mesh-config, [^\]]+\]$/m);
  });

  it('is a valid hook manifest for pre-commit', { skip: reason }, () => {
    const r = spawnSync('pre-commit', ['validate-manifest', '.pre-commit-hooks.yaml'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });
});

describe('pre-commit runs the hook from a clone of this checkout', { skip: reason }, () => {
  let clone: { dir: string; sha: string };
  let home: string;

  /** A git repository with these files (path: text) and this .pre-commit-config.yaml, all staged. */
  function repository(config: string, files: Record<string, string>): string {
    const dir = tempDir('drainlint-pre-commit-');
    spawnSync('git', ['init', '-q'], { cwd: dir });
    writeFileSync(path.join(dir, '.pre-commit-config.yaml'), config);
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      writeFileSync(path.join(dir, f), text);
    }
    spawnSync('git', ['add', '-A'], { cwd: dir });
    return dir;
  }

  function preCommit(dir: string, args: string[]) {
    // One PRE_COMMIT_HOME for the file: the hook is installed once, then reused.
    const r = spawnSync('pre-commit', args, { cwd: dir, encoding: 'utf8', env: plainEnv({ PRE_COMMIT_HOME: home }) });
    return { code: r.status, out: r.stdout + r.stderr };
  }

  const atSha = () => `repos:\n  - repo: ${clone.dir}\n    rev: ${clone.sha}\n    hooks:\n      - id: drainlint\n`;

  before(() => {
    clone = cloneOfHead();
    home = tempDir('drainlint-pre-commit-home-');
  });

  it('a staged manifest with a problem fails the hook, with the finding', () => {
    const dir = repository(atSha(), { 'bad.yaml': fixture('examples/seed-per-workload/deployment.yaml'), 'good.yaml': fixture('seed-fixed/per-workload/deployment.yaml') });
    const r = preCommit(dir, ['run', '--files', 'bad.yaml']);
    assert.equal(r.code, 1, r.out);
    assert.match(r.out, /drainlint\.+Failed/);
    assert.match(r.out, /bad\.yaml\n {2}16:5 +warning [^\n]+\n[\s\S]*? connections-outlive-grace-period\n/);
  });

  it('a clean manifest passes', () => {
    const dir = repository(atSha(), { 'good.yaml': fixture('seed-fixed/per-workload/deployment.yaml') });
    const r = preCommit(dir, ['run', '--files', 'good.yaml']);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /drainlint\.+Passed/);
  });

  // A repository's other YAML is not a Kubernetes manifest: its `${{ … }}` expressions are text and it gets no finding.
  it('a GitHub workflow and a docker-compose file are not manifests: the hook passes', () => {
    const dir = repository(atSha(), {
      '.github/workflows/drainlint.yml': readFileSync(path.join(ROOT, '.github', 'workflows', 'drainlint.yml'), 'utf8'),
      'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    environment:\n      EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "yes"\n    stop_grace_period: 30s\n',
    });
    const r = preCommit(dir, ['run', '--all-files']);
    assert.equal(r.code, 0, r.out);
  });

  it("the README's snippet is a valid config, and its --mesh-config args check staged workloads against the mesh config", () => {
    const snippet = readmeSnippet('pre-commit');
    const config = parse(snippet) as { repos: { repo: string; rev: string; hooks: { id: string; args?: string[] }[] }[] };
    assert.equal(config.repos[0]!.repo, 'https://github.com/drainlint/drainlint');
    assertPinnedRef(config.repos[0]!.rev);
    // The same config, fetched from the clone (which has the release tag) instead of GitHub.
    const local = snippet.replace(config.repos[0]!.repo, clone.dir);
    const dir = repository(local, { 'istio/operator.yaml': fixture('examples/seed-mesh-wide/istio-operator.yaml'), 'k8s/deployment.yaml': fixture('examples/seed-mesh-wide/deployment.yaml') });
    assert.equal(spawnSync('pre-commit', ['validate-config', '.pre-commit-config.yaml'], { cwd: dir }).status, 0);
    const r = preCommit(dir, ['run', '--files', 'k8s/deployment.yaml']);
    assert.equal(r.code, 1, r.out);
    assert.match(r.out, /↳ istio\/operator\.yaml:11:\d+ EXIT_ON_ZERO_ACTIVE_CONNECTIONS true \(mesh config in IstioOperator istio-system\/control-plane spec\.meshConfig\)/);
  });
});
