/** End to end: the built CLI as a subprocess, as a user runs it — stdout, stderr and exit code. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './helpers/rule-tester.js';
import { runCli } from './helpers/cli.js';
import { main } from '../src/cli.js';
import { tempDir } from './helpers/temp.js';

const run = runCli;

function tmp(): string {
  return tempDir('drainlint-cli-');
}

describe('drainlint CLI', () => {
  it('lints the bundled examples: findings on stdout, nothing on stderr, exit 1', () => {
    const r = run(['fixtures/examples']);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /fixtures\/examples\/seed-mesh-wide\/deployment\.yaml/);
    assert.match(r.stdout, /connections-outlive-grace-period/);
    assert.match(r.stdout, /✖ \d+ problems/);
  });

  it("the seed's fix (grace period 60s) is clean: exit 0", () => {
    const r = run(['fixtures/seed-fixed']);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /no problems/);
    assert.equal(r.code, 0);
  });

  it('the seed: mesh-wide EZ in one file, Deployment in another, G 30 and L 60s points at the pod spec', () => {
    const r = run(['fixtures/examples/seed-mesh-wide', '-f', 'json']);
    const doc = JSON.parse(r.stdout);
    const f = doc.findings.find((x: { ruleId: string }) => x.ruleId === 'connections-outlive-grace-period');
    assert.ok(f, r.stdout);
    assert.equal(f.file, 'fixtures/examples/seed-mesh-wide/deployment.yaml');
    assert.deepEqual([f.line, f.column], [13, 5]); // the pod template's `spec:` key: G is absent
    assert.equal(r.code, 1);
  });

  it('reads stdin with -, and several concatenated files', () => {
    const a = readFileSync(path.join(ROOT, 'fixtures/examples/seed-per-workload/deployment.yaml'), 'utf8');
    const one = run(['-'], { input: a });
    assert.equal(one.code, 1);
    assert.match(one.stdout, /<stdin>/);
    const b = readFileSync(path.join(ROOT, 'fixtures/examples/seed-mesh-wide/istio-operator.yaml'), 'utf8');
    const both = run(['-', '--stdin-filename', 'rendered.yaml', '-f', 'json'], { input: `${a}\n---\n${b}` });
    const doc = JSON.parse(both.stdout);
    assert.ok(doc.findings.every((f: { file: string }) => f.file === 'rendered.yaml'));
    assert.equal(both.code, 1);
  });

  it('empty stdin is an empty input: exit 0', () => {
    const r = run(['-']);
    assert.equal(r.code, 0, r.stderr);
  });

  it('SARIF to stdout is pure JSON, and --format FORMAT=FILE writes files', () => {
    const r = run(['fixtures/examples', '-f', 'sarif']);
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    const dir = tmp();
    const r2 = run(['fixtures/examples', '-f', 'stylish', '-f', `sarif=${dir}/out.sarif`, '-f', `json=${dir}/out.json`]);
    assert.equal(r2.code, 1);
    assert.equal(JSON.parse(readFileSync(`${dir}/out.sarif`, 'utf8')).version, '2.1.0');
    assert.equal(JSON.parse(readFileSync(`${dir}/out.json`, 'utf8')).version, 1);
    assert.match(r2.stdout, /problems/);
  });

  it('output is byte-identical from run to run', () => {
    assert.equal(run(['fixtures', '-f', 'json']).stdout, run(['fixtures', '-f', 'json']).stdout);
  });

  it('--fail-on decides the exit code', () => {
    assert.equal(run(['fixtures/examples', '--fail-on', 'never']).code, 0);
    assert.equal(run(['fixtures/examples/seed-mesh-wide', '--fail-on', 'error']).code, 0);
    assert.equal(run(['fixtures/examples/common-mistakes', '--fail-on', 'error']).code, 1);
  });

  it('a missing path is exit 2, and the other paths are still linted', () => {
    const r = run(['nope/missing.yaml', 'fixtures/examples/seed-mesh-wide']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no such file or directory, or no match: nope\/missing\.yaml/);
    assert.match(r.stdout, /connections-outlive-grace-period/);
  });

  it('paths with no manifest at all are exit 2', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'notes.txt'), 'hello');
    const r = run([dir]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no manifests/);
  });

  it('usage errors are exit 2: unknown flag, unknown rule, bad format, bad version', () => {
    assert.equal(run(['--no-such-flag']).code, 2);
    const rule = run(['--rule', 'no-such-rule', 'fixtures/examples']);
    assert.equal(rule.code, 2);
    assert.match(rule.stderr, /unknown rule id "no-such-rule"/);
    assert.equal(run(['-f', 'xml', 'fixtures/examples']).code, 2);
    assert.equal(run(['--istio-version', 'latest', 'fixtures/examples']).code, 2);
    const threads = run(['--threads', '0', 'fixtures/examples']);
    assert.equal(threads.code, 2);
    assert.match(threads.stderr, /--threads <n\|auto>' argument '0' is invalid\. Expected a number of threads \(1 or more\), or auto\./);
  });

  it('--threads: the bundled command line lints on worker threads with the same output', () => {
    const one = run(['-f', 'json', '--threads', '1', 'fixtures/examples']);
    const three = run(['-f', 'json', '--threads', '3', 'fixtures/examples']);
    assert.equal(one.code, 1);
    assert.equal(three.code, 1);
    assert.equal(three.stderr, '');
    assert.equal(three.stdout, one.stdout);
  });

  it('an invalid config file is exit 2 with file, line and what is allowed', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, '.drainlint.yaml'), 'rules:\n  drain-exceeds-grace-period: loud\n');
    mkdirSync(path.join(dir, 'k8s'));
    writeFileSync(path.join(dir, 'k8s', 'a.yaml'), 'kind: Namespace\nmetadata: {name: a}\n');
    const r = run(['k8s'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'drainlint: .drainlint.yaml:2:31: invalid configuration file: rules.drain-exceeds-grace-period is "loud"; allowed values: off, error, warning, info, true, false\n');
    writeFileSync(path.join(dir, '.drainlint.yaml'), 'connectionLifetime:\n  default: 60\n');
    const r2 = run(['k8s'], { cwd: dir });
    assert.equal(r2.code, 2);
    assert.equal(r2.stderr, 'drainlint: .drainlint.yaml:2:12: invalid configuration file: connectionLifetime.default is 60; expected a Go duration string such as 90s, 2m, 1m30s\n');
  });

  it('the config file found upwards applies (rules off, connection lifetime default)', () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'k8s'));
    const seed = readFileSync(path.join(ROOT, 'fixtures/examples/seed-per-workload/deployment.yaml'), 'utf8').replace('drainlint.io/connection-lifetime: 60s', 'app: x');
    writeFileSync(path.join(dir, 'k8s', 'deploy.yaml'), seed);
    assert.equal(run(['k8s'], { cwd: dir }).code, 0);
    writeFileSync(path.join(dir, '.drainlint.yaml'), 'connectionLifetime:\n  default: 90s\n');
    const r = run(['deploy.yaml'], { cwd: path.join(dir, 'k8s') });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /↳ \.\.\/\.drainlint\.yaml:2:12 connection lifetime 1m30s \(connectionLifetime\.default in the config file\)/);
    writeFileSync(path.join(dir, '.drainlint.yaml'), 'connectionLifetime:\n  default: 90s\nrules:\n  connections-outlive-grace-period: off\n');
    assert.equal(run(['k8s'], { cwd: dir }).code, 0);
  });

  it('drainlint rules lists every rule with severity', () => {
    const r = run(['rules']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^drain-exceeds-grace-period\s+warning\s+/m);
    assert.match(r.stdout, /^parse-error\s+error\s+/m);
  });

  it('--version and --help exit 0', () => {
    const v = run(['--version']);
    assert.equal(v.code, 0);
    assert.equal(v.stdout.trim(), JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    const h = run(['--help']);
    assert.equal(h.code, 0);
    assert.match(h.stdout, /--fail-on <level>/);
  });

  it('no colour when NO_COLOR is set or stdout is not a terminal; --color forces it', () => {
    assert.ok(!run(['fixtures/examples']).stdout.includes('\u001b['));
    assert.ok(run(['fixtures/examples', '--color']).stdout.includes('\u001b['));
  });

  it('a broken file among good ones is a parse-error finding, the rest is still linted', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'bad.yaml'), 'a: [1, 2\n');
    writeFileSync(path.join(dir, 'good.yaml'), readFileSync(path.join(ROOT, 'fixtures/examples/seed-per-workload/deployment.yaml')));
    const r = run([dir, '-f', 'json']);
    const doc = JSON.parse(r.stdout);
    const ids = doc.findings.map((f: { ruleId: string }) => f.ruleId);
    assert.ok(ids.includes('parse-error'));
    assert.ok(ids.includes('connections-outlive-grace-period'));
    assert.equal(r.code, 1);
  });
});

describe('README', () => {
  it('its sample output is what drainlint prints', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const m = /```console\n\$ npx drainlint (\S+)\n([\s\S]*?)```/.exec(readme);
    assert.ok(m, 'README has a console sample');
    assert.equal(run([m[1]!]).stdout, m[2]);
  });
});

describe('repeatable options', () => {
  it('do not swallow the paths that follow them', () => {
    const r = run(['--format', 'json', 'fixtures/examples/seed-mesh-wide', '--rule', 'connections-outlive-grace-period', 'fixtures/examples/seed-per-workload']);
    const doc = JSON.parse(r.stdout);
    assert.deepEqual([...new Set(doc.findings.map((f: { file: string }) => f.file))].sort(), ['fixtures/examples/seed-mesh-wide/deployment.yaml', 'fixtures/examples/seed-per-workload/deployment.yaml']);
    assert.equal(r.code, 1);
  });
  it('--disable-rule takes comma-separated ids', () => {
    const r = run(['fixtures/examples', '--disable-rule', 'connections-outlive-grace-period,misplaced-annotation', '-f', 'json']);
    const ids = new Set(JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId));
    assert.ok(!ids.has('connections-outlive-grace-period') && !ids.has('misplaced-annotation') && ids.size > 0);
  });
});

describe('ignore', () => {
  it('config ignore globs are relative to the config file, node_modules is never read', () => {
    const dir = tmp();
    const bad = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  {{ .Values.y }}: 1\n';
    mkdirSync(path.join(dir, 'k8s', 'third_party'), { recursive: true });
    mkdirSync(path.join(dir, 'k8s', 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(path.join(dir, 'k8s', 'third_party', 'vendored.yaml'), bad);
    writeFileSync(path.join(dir, 'k8s', 'node_modules', 'pkg', 'x.yaml'), bad);
    writeFileSync(path.join(dir, 'k8s', 'ok.yaml'), 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n');
    writeFileSync(path.join(dir, '.drainlint.yaml'), 'ignore:\n  - k8s/third_party/**\n');
    const fromRoot = run(['k8s', '-f', 'json'], { cwd: dir });
    assert.equal(fromRoot.code, 0, fromRoot.stdout);
    assert.equal(JSON.parse(fromRoot.stdout).summary.files, 1);
    const glob = run(['k8s/**/*.yaml', '-f', 'json'], { cwd: dir });
    assert.deepEqual([glob.code, JSON.parse(glob.stdout).summary.files], [0, 1], glob.stdout);
    const fromSub = run(['.', '-f', 'json'], { cwd: path.join(dir, 'k8s') });
    assert.equal(fromSub.code, 0, fromSub.stdout);
    // pre-commit passes ignored files too: they are skipped quietly.
    const explicit = run(['third_party/vendored.yaml'], { cwd: path.join(dir, 'k8s') });
    assert.deepEqual([explicit.code, explicit.stderr], [0, '']);
  });
});

describe('.gitignore', () => {
  it("a folder's own .gitignore files and its parents' up to the repository root are honoured, not its neighbours'", () => {
    const dir = tmp();
    execFileSync('git', ['init', '-q', dir]);
    const bad = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  {{ .Values.y }}: 1\n';
    const ok = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n';
    const write = (rel: string, text: string) => {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    };
    write('.gitignore', 'generated/\n');
    write('apps/.gitignore', '*.local.yaml\n');
    write('apps/k8s/.gitignore', 'scratch.yaml\n');
    write('apps/k8s/generated/out.yaml', bad);
    write('apps/k8s/dev.local.yaml', bad);
    write('apps/k8s/scratch.yaml', bad);
    write('apps/k8s/ok.yaml', ok);
    // A neighbour's .gitignore says nothing about this folder.
    write('other/.gitignore', 'ok.yaml\n');
    write('other/bad.yaml', bad);
    for (const [cwd, target] of [[dir, 'apps/k8s'], [path.join(dir, 'apps', 'k8s'), '.'], [path.join(dir, 'other'), '../apps/k8s']] as const) {
      const r = run([target, '-f', 'json'], { cwd });
      // Only ok.yaml is read: every other file of the folder would be a parse error.
      assert.equal(r.code, 0, `${target} from ${cwd}: ${r.stdout}`);
      assert.equal(JSON.parse(r.stdout).summary.files, 1);
    }
    // A glob is walked from the folder its plain segments name, with the same .gitignore files.
    const glob = run(['apps/k8s/**/*.yaml', '-f', 'json'], { cwd: dir });
    assert.deepEqual([glob.code, JSON.parse(glob.stdout).summary.files], [0, 1]);
    // The whole repository: the neighbour's bad file is read too.
    const all = JSON.parse(run(['.', '-f', 'json'], { cwd: dir }).stdout);
    assert.deepEqual([all.summary.files, all.findings.map((f: { file: string }) => f.file)], [2, ['other/bad.yaml']]);
  });
});

describe('Helm charts', () => {
  it("a chart's templates/ are skipped with one info per chart; its other files are read", () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'chart', 'templates'), { recursive: true });
    writeFileSync(path.join(dir, 'chart', 'Chart.yaml'), 'apiVersion: v2\nname: demo\nversion: 0.1.0\n');
    writeFileSync(path.join(dir, 'chart', 'templates', 'deployment.yaml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n');
    writeFileSync(path.join(dir, 'chart', 'templates', 'service.yaml'), 'kind: Service\nmetadata:\n  name: {{ .Release.Name }}\n');
    const r = run(['chart', '-f', 'json'], { cwd: dir });
    const doc = JSON.parse(r.stdout);
    assert.deepEqual(
      doc.findings.map((f: { ruleId: string; severity: string; file: string; line: number }) => `${f.ruleId} ${f.severity} ${f.file}:${f.line}`),
      ['parse-error info chart/Chart.yaml:1'],
    );
    assert.equal(doc.findings[0].messageId, 'chartTemplates');
    assert.equal(doc.findings[0].message, 'Helm chart templates are skipped: 2 files under templates/.');
    assert.equal(r.code, 0);
  });
});

describe('vendored charts', () => {
  it("a chart's values files are chart defaults: they do not make plain workloads look injected", () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'vendor', 'istio-gateway', 'files'), { recursive: true });
    writeFileSync(path.join(dir, 'vendor', 'istio-gateway', 'Chart.yaml'), 'apiVersion: v2\nname: gateway\nversion: 1.0.0\n');
    writeFileSync(path.join(dir, 'vendor', 'istio-gateway', 'files', 'profile-demo.yaml'), 'meshConfig:\n  defaultConfig:\n    terminationDrainDuration: 45s\n');
    const plain = readFileSync(path.join(ROOT, 'fixtures/drain-exceeds-grace-period/plain-workload-long-tdd-no-mesh.yaml'), 'utf8');
    writeFileSync(path.join(dir, 'app.yaml'), plain);
    const r = run(['.', '-f', 'json'], { cwd: dir });
    assert.deepEqual(JSON.parse(r.stdout).findings, []);
    const asMesh = run(['app.yaml', '--mesh-config', 'vendor/istio-gateway/files/profile-demo.yaml', '-f', 'json'], { cwd: dir });
    assert.deepEqual(JSON.parse(asMesh.stdout).findings.map((f: { ruleId: string }) => f.ruleId), ['drain-exceeds-grace-period']);
  });
});

describe('stylish on a terminal', () => {
  const io = (columns?: number, isTTY = true) => {
    let out = '';
    return {
      io: { argv: ['fixtures/examples/seed-per-workload', '--no-color'], cwd: ROOT, env: {}, stdout: { write: (s: string) => (out += s), isTTY, columns }, stderr: { write: () => true }, readStdin: async () => Buffer.alloc(0) },
      out: () => out,
    };
  };
  const widest = (text: string) => Math.max(...text.split('\n').filter((l) => !l.includes('↳')).map((l) => l.length));
  it('wraps message and help to the terminal width, 80 columns when not a terminal; --no-help hides the help', async () => {
    const wide = io(120);
    await main(wide.io);
    assert.ok(widest(wide.out()) <= 120 && widest(wide.out()) > 100, `widest line ${widest(wide.out())}`);
    const piped = io(undefined, false);
    await main(piped.io);
    assert.ok(widest(piped.out()) <= 80, `widest line ${widest(piped.out())}`);
    assert.match(piped.out(), /Raise terminationGracePeriodSeconds to at least 60\./);
    const bare = io(120);
    bare.io.argv.push('--no-help');
    await main(bare.io);
    assert.doesNotMatch(bare.out(), /Raise terminationGracePeriodSeconds/);
    assert.match(bare.out(), /Requests may stay in flight for 1m, but terminationGracePeriodSeconds is 30 \(default\): SIGKILL cuts\n {19}them\.  connections-outlive-grace-period\n {19}in Deployment/);
  });
});
