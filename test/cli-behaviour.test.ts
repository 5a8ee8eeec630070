/**
 * What users of linters expect of a command line (from the issue threads of peer linters): machine
 * formats that always parse, a quiet end when the reader goes away, FORCE_COLOR, errors on stderr
 * that say what is wrong in plain words, "did you mean", help with examples and exit codes.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../src/cli.js';
import { ROOT } from './helpers/rule-tester.js';
import { BIN, plainEnv, runCli } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

const SEED = 'fixtures/examples/seed-per-workload/deployment.yaml';
const tmp = () => tempDir('drainlint-cli-');
const ESC = '\u001b[';

describe('--quiet', () => {
  // The seed has only a warning: with --fail-on error and -q there is nothing to report.
  const quiet = (format: string) => runCli([SEED, '-q', '--fail-on', 'error', '-f', format]);

  it('JSON is still a whole document when there is nothing to report', () => {
    const r = quiet('json');
    assert.equal(r.code, 0);
    const doc = JSON.parse(r.stdout);
    assert.deepEqual([doc.findings, doc.summary.files], [[], 1]);
  });

  it('SARIF is still a whole log, with results: []', () => {
    const log = JSON.parse(quiet('sarif').stdout);
    assert.deepEqual(log.runs[0].results, []);
    assert.ok(log.runs[0].tool.driver.rules.length > 0);
  });

  it('only stylish prints nothing', () => {
    assert.deepEqual([quiet('stylish').stdout, quiet('stylish').stderr], ['', '']);
    assert.match(runCli([SEED, '-q', '-f', 'stylish']).stdout, /connections-outlive-grace-period/);
  });
});

describe('a closed stdout', () => {
  it('`drainlint … | head -1` ends quietly with its own exit code, no stack trace', () => {
    const full = runCli(['fixtures', '-f', 'json']);
    // More than a pipe holds, so the reader is gone before the report is written.
    assert.ok(full.stdout.length > 256 * 1024, `the report is ${full.stdout.length} bytes`);
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" fixtures -f json | head -1; echo "status=\${PIPESTATUS[0]}" >&2`], { cwd: ROOT, env: plainEnv(), encoding: 'utf8' });
    assert.equal(r.stdout, '{\n');
    assert.equal(r.stderr, `status=${full.code}\n`);
  });
});

describe('FORCE_COLOR, as chalk documents it', () => {
  /** The CLI in this process, with stdout a terminal or not. */
  async function inProcess(env: Record<string, string>, isTTY: boolean): Promise<string> {
    let out = '';
    await main({ argv: [SEED], cwd: ROOT, env, stdout: { write: (s: string) => (out += s), isTTY }, stderr: { write: () => true }, readStdin: async () => Buffer.alloc(0) });
    return out;
  }

  it('a terminal gets colour; FORCE_COLOR=0 turns it off even there, as NO_COLOR and --no-color do', async () => {
    assert.ok((await inProcess({}, true)).includes(ESC));
    assert.ok(!(await inProcess({ FORCE_COLOR: '0' }, true)).includes(ESC));
    assert.ok(!(await inProcess({ NO_COLOR: '1' }, true)).includes(ESC));
  });

  it('FORCE_COLOR=1, 2 or 3 turns it on when piped; nothing set, piped, is plain', () => {
    for (const level of ['1', '2', '3']) assert.ok(runCli([SEED], { env: { FORCE_COLOR: level } }).stdout.includes(ESC), level);
    assert.ok(!runCli([SEED]).stdout.includes(ESC));
    assert.ok(!runCli([SEED, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout.includes(ESC));
  });
});

describe('inputs that cannot be linted say so on stderr, never "no problems"', () => {
  const NO_PROBLEMS = /no problems/;

  it('a missing path', () => {
    const r = runCli(['nope/missing.yaml']);
    assert.deepEqual([r.code, r.stderr], [2, 'drainlint: no such file or directory, or no match: nope/missing.yaml\n']);
    assert.doesNotMatch(r.stdout, NO_PROBLEMS);
  });

  it('an empty folder', () => {
    const dir = tmp();
    const r = runCli([dir]);
    assert.deepEqual([r.code, r.stderr], [2, `drainlint: no manifests (*.yaml, *.yml) found in ${dir}\n`]);
    assert.equal(r.stdout, '');
  });

  it('a glob that matches nothing', () => {
    const r = runCli(['fixtures/**/*.nothing.yaml']);
    assert.deepEqual([r.code, r.stderr], [2, 'drainlint: no such file or directory, or no match: fixtures/**/*.nothing.yaml\n']);
    assert.equal(r.stdout, '');
  });

  it('a lone binary file, and a lone file that is not UTF-8, say why', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'bin.yaml'), Buffer.from([0x61, 0x3a, 0x00, 0x01]));
    writeFileSync(path.join(dir, 'latin1.yaml'), Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]));
    const bin = runCli(['bin.yaml'], { cwd: dir });
    assert.deepEqual([bin.code, bin.stderr], [2, 'drainlint: cannot lint bin.yaml: The file holds binary content (a NUL byte), not YAML text.\n']);
    assert.doesNotMatch(bin.stdout, NO_PROBLEMS);
    const latin = runCli(['latin1.yaml'], { cwd: dir });
    assert.deepEqual([latin.code, latin.stderr], [2, 'drainlint: cannot lint latin1.yaml: The file is not valid UTF-8 text.\n']);
  });

  it('a lone unreadable file says why in plain words', (t) => {
    if (process.getuid?.() === 0) return t.skip('running as root: every file is readable');
    const dir = tmp();
    writeFileSync(path.join(dir, 'secret.yaml'), 'a: 1\n', { mode: 0o000 });
    const r = runCli(['secret.yaml'], { cwd: dir });
    assert.deepEqual([r.code, r.stderr], [2, 'drainlint: cannot lint secret.yaml: cannot read file: permission denied\n']);
  });
});

describe('configuration errors', () => {
  function withConfig(config: string, args: string[] = ['k8s']) {
    const dir = tmp();
    writeFileSync(path.join(dir, '.drainlint.yaml'), config);
    mkdirSync(path.join(dir, 'k8s'));
    writeFileSync(path.join(dir, 'k8s', 'a.yaml'), 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n');
    return runCli(args, { cwd: dir });
  }

  it("point at the offending key's line and list an enum's allowed values", () => {
    const r = withConfig('# drainlint\nrules:\n  invalid-boolean: error\n  drain-exceeds-grace-period: loud\n');
    assert.deepEqual([r.code, r.stderr], [2, 'drainlint: .drainlint.yaml:4:31: invalid configuration file: rules.drain-exceeds-grace-period is "loud"; allowed values: off, error, warning, info, true, false\n']);
  });

  it('an unknown key is pointed at, with the closest allowed key', () => {
    const r = withConfig('rules: {}\nmeshconfig: istio.yaml\n');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^drainlint: \.drainlint\.yaml:2:1: invalid configuration file: unknown key "meshconfig" in the top level \(did you mean "meshConfig"\?\); allowed keys: \$schema, rules, ignore, meshConfig,/);
  });

  it('a nested unknown key is pointed at in its flow mapping; a value of the wrong form says the form', () => {
    const nested = withConfig('connectionLifetime:\n  workloads:\n    - match: {nme: a}\n      value: 2m\n');
    assert.equal(nested.stderr, 'drainlint: .drainlint.yaml:3:15: invalid configuration file: unknown key "nme" in connectionLifetime.workloads.0.match (did you mean "name"?); allowed keys: kind, namespace, name, labels\n');
    const version = withConfig('istioVersion: latest\n');
    assert.equal(version.stderr, 'drainlint: .drainlint.yaml:1:15: invalid configuration file: istioVersion is "latest"; expected a version such as 1.24 or 1.24.3\n');
  });

  it('an unknown rule id in the file suggests the closest', () => {
    const r = withConfig('rules:\n  drain-exceed-grace-period: off\n');
    assert.deepEqual([r.code, r.stderr], [2, 'drainlint: .drainlint.yaml:2:3: unknown rule id "drain-exceed-grace-period" in the configuration file: did you mean "drain-exceeds-grace-period"? (drainlint rules lists them)\n']);
  });

  it('a --config file that does not exist is named in plain words, without an errno code', () => {
    const r = runCli(['--config', 'nope.yaml', SEED]);
    assert.deepEqual([r.code, r.stderr], [2, 'drainlint: the configuration file nope.yaml does not exist\n']);
  });

  it('a --config that is a folder is said in plain words', () => {
    const r = runCli(['--config', 'fixtures', SEED]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^drainlint: cannot read the configuration file fixtures: [a-z][a-z ]+\n$/);
    assert.doesNotMatch(r.stderr, /E[A-Z]{3,}/);
  });
});

describe('usage errors', () => {
  it('--rule and --disable-rule suggest the closest rule id', () => {
    for (const flag of ['--rule', '--disable-rule']) {
      const r = runCli([flag, 'drain-exceed-grace-period', SEED]);
      assert.deepEqual([r.code, r.stderr], [2, 'drainlint: unknown rule id "drain-exceed-grace-period": did you mean "drain-exceeds-grace-period"? (drainlint rules lists them)\n'], flag);
    }
    assert.equal(runCli(['--rule', 'zzzzzz', SEED]).stderr, 'drainlint: unknown rule id "zzzzzz" (drainlint rules lists them)\n');
  });

  it('--mesh-config with a file that holds no mesh config is exit 2 and says so', () => {
    const r = runCli(['fixtures/examples/seed-mesh-wide/deployment.yaml', '--mesh-config', SEED]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^drainlint: the mesh config file fixtures\/examples\/seed-per-workload\/deployment\.yaml holds no mesh config: /);
    assert.equal(r.stdout, '');
    assert.equal(runCli(['fixtures/examples/seed-mesh-wide/deployment.yaml', '--mesh-config', 'fixtures/examples/seed-mesh-wide/istio-operator.yaml']).code, 1);
    const dir = tmp();
    writeFileSync(path.join(dir, 'mesh.yaml'), 'meshConfig: [1, 2\n');
    const broken = runCli([path.join(ROOT, SEED), '--mesh-config', 'mesh.yaml'], { cwd: dir });
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /^drainlint: the mesh config file mesh\.yaml is not valid YAML \(line 2: Flow sequence in block collection must be sufficiently indented and end with a \]\): /);
  });
});

describe('discoverability', () => {
  it('drainlint rules --format json lists every rule as JSON', () => {
    const r = runCli(['rules', '--format', 'json']);
    assert.equal(r.code, 0);
    const rules = JSON.parse(r.stdout) as { id: string; severity: string; description: string; docsUrl: string }[];
    assert.ok(rules.length > 20);
    assert.deepEqual(Object.keys(rules[0]!).sort(), ['description', 'docsUrl', 'fixable', 'help', 'id', 'severity']);
    assert.ok(rules.some((x) => x.id === 'parse-error'));
  });

  it('--help shows examples and the exit codes', () => {
    const r = runCli(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Examples:\n[\s\S]*\$ drainlint k8s\/ --mesh-config istio\/operator\.yaml/);
    assert.match(r.stdout, /Exit codes:\n {2}0 [^\n]+\n {2}1 [^\n]+\n {2}2 [\s\S]+\n {2}3 /);
  });
});

describe('--format markdown', () => {
  it('writes the counts and a table of findings per file, linked to the rule docs', () => {
    const r = runCli([SEED, '-f', 'markdown']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^## drainlint\n\n\*\*1 problem\*\* \(0 errors, 1 warning, 0 info\) in 1 file checked\.\n\n### fixtures\/examples\/seed-per-workload\/deployment\.yaml\n\n\| Line \| Severity \| Rule \| Message \|\n/);
    assert.match(r.stdout, /\n\| 16:5 \| 🟡 warning \| \[`connections-outlive-grace-period`\]\(https:\/\/github\.com\/drainlint\/drainlint\/blob\/main\/rules\/connections-outlive-grace-period\/README\.md\) \| Requests may stay in flight for 1m, but terminationGracePeriodSeconds is 30 \(default\)/);
  });
});

describe('on a GitHub runner', () => {
  it('GITHUB_ACTIONS=true without --format writes annotations, as yamllint does; --format still wins', () => {
    const auto = runCli([SEED], { env: { GITHUB_ACTIONS: 'true' } });
    assert.match(auto.stdout, /^::warning file=fixtures\/examples\/seed-per-workload\/deployment\.yaml,line=16,/);
    assert.equal(auto.code, 1);
    assert.match(runCli([SEED, '-f', 'stylish'], { env: { GITHUB_ACTIONS: 'true' } }).stdout, /^fixtures\/examples/);
    assert.match(runCli([SEED]).stdout, /^fixtures\/examples/);
  });
});
