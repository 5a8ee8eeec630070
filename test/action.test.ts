/**
 * The GitHub Action: action.yml checked by GitHub's own parser of action metadata, and the
 * committed bundle (dist/action.js) run as a runner runs it — INPUT_* from action.yml's defaults
 * and the step's `with:`, GITHUB_WORKSPACE, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY — asserting the
 * annotations it writes, its outputs, its summary, its SARIF and its exit status.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { ROOT } from './helpers/rule-tester.js';
import { plainEnv } from './helpers/cli.js';
import { ACTION_YML, inputEnv, parseAction, parseWorkflow, readCommands, readOutputs } from './helpers/github.js';
import { assertSarif } from './helpers/sarif.js';
import { formatters } from '../src/index.js';
import type { LintResult } from '../src/lint.js';
import { tempDir } from './helpers/temp.js';

const SEED = readFileSync(path.join(ROOT, 'fixtures/examples/seed-per-workload/deployment.yaml'), 'utf8');
const CLEAN = readFileSync(path.join(ROOT, 'fixtures/seed-fixed/per-workload/deployment.yaml'), 'utf8');

describe('action.yml', () => {
  it("is valid action metadata for GitHub's parser, running the bundle on node24", async () => {
    const { errors, template } = await parseAction('action.yml', readFileSync(ACTION_YML, 'utf8'));
    assert.deepEqual(errors, []);
    assert.deepEqual([template.runs.using, template.runs.main], ['node24', 'dist/action.js']);
    assert.ok(existsSync(path.join(ROOT, template.runs.main!)));
    assert.deepEqual(
      (template.inputs ?? []).map((i) => i.id),
      ['paths', 'config', 'mesh-config', 'fail-on', 'istio-version', 'kubernetes-version', 'sarif-file', 'annotations', 'summary', 'working-directory'],
    );
    assert.deepEqual((template.outputs ?? []).map((o) => o.id), ['findings', 'errors', 'warnings', 'infos', 'sarif-file']);
  });

  it('the parser check can fail: a runtime it does not know and a misspelled key are errors', async () => {
    const text = readFileSync(ACTION_YML, 'utf8');
    assert.match((await parseAction('action.yml', text.replace('using: node24', 'using: node99'))).errors.join('\n'), /Unexpected value 'node99'/);
    assert.notDeepEqual((await parseAction('action.yml', text.replace('outputs:', 'outptus:'))).errors, []);
  });
});

/** A workspace as actions/checkout leaves it, and the runner's files. */
function runner(files: Record<string, string>) {
  const root = tempDir('drainlint-runner-');
  const workspace = path.join(root, 'workspace');
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(workspace, f)), { recursive: true });
    writeFileSync(path.join(workspace, f), text);
  }
  mkdirSync(workspace, { recursive: true });
  const output = path.join(root, 'output.txt');
  const summary = path.join(root, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  return {
    root,
    workspace,
    /** Runs the Action's bundle as the runner does: `node <action>/dist/action.js` in the workspace. */
    async run(withInputs: Record<string, string>) {
      const env = plainEnv({
        ...(await inputEnv(withInputs)),
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      });
      const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'action.js')], { cwd: workspace, env, encoding: 'utf8' });
      return { code: r.status, log: r.stdout, stderr: r.stderr, commands: readCommands(r.stdout), outputs: readOutputs(readFileSync(output, 'utf8')), summary: readFileSync(summary, 'utf8') };
    },
  };
}

describe('the Action on a simulated runner', () => {
  it('annotates findings on the diff, writes outputs, a job summary and SARIF, and fails per fail-on', async () => {
    const gh = runner({ 'deploy/k8s/deployment.yaml': SEED, 'deploy/k8s/ok.yaml': CLEAN });
    const r = await gh.run({ paths: 'k8s', 'working-directory': 'deploy', 'sarif-file': 'reports/drainlint.sarif' });
    assert.equal(r.code, 1, r.log + r.stderr);
    assert.equal(r.stderr, '');

    const annotations = r.commands.filter((c) => c.command === 'warning');
    assert.equal(annotations.length, 1, r.log);
    const a = annotations[0]!;
    // Relative to the workspace, as the pull request's diff names the file.
    assert.deepEqual({ ...a.properties, title: undefined }, { file: 'deploy/k8s/deployment.yaml', line: '16', endLine: '16', col: '5', endColumn: '9', title: undefined });
    assert.match(a.properties['title']!, /^connections-outlive-grace-period: Requests may stay in flight for 1m, but terminationGracePeriodSeconds is 30 \(default\): SIGKILL cuts them\.$/);
    assert.match(a.data, /^Raise terminationGracePeriodSeconds to at least 60\. [^\n]*terminationGracePeriodSeconds 30 \(default\)\.\n\nhttps:\/\/github\.com\/drainlint\/drainlint\/blob\/main\/rules\/connections-outlive-grace-period\/README\.md$/);
    const raw = r.log.split('\n').find((l) => l.startsWith('::warning '))!;
    assert.match(raw, /,title=connections-outlive-grace-period%3A Requests may stay in flight for 1m%2C but terminationGracePeriodSeconds/);
    assert.match(raw, /%0A%0Ahttps%3A|%0A%0Ahttps:/);

    assert.deepEqual(r.outputs, { findings: '1', errors: '0', warnings: '1', infos: '0', 'sarif-file': 'deploy/reports/drainlint.sarif' });

    const log = assertSarif(readFileSync(path.join(gh.workspace, r.outputs['sarif-file']!), 'utf8'));
    assert.deepEqual(
      log.runs[0]!.results.map((x) => `${x.ruleId} ${x.locations[0]!.physicalLocation.artifactLocation.uri}`),
      ['connections-outlive-grace-period deploy/k8s/deployment.yaml'],
    );

    assert.match(r.summary, /^## drainlint\n\n\*\*1 problem\*\* \(0 errors, 1 warning, 0 info\) in 2 files checked\.\n/);
    assert.match(r.summary, /### deploy\/k8s\/deployment\.yaml\n/);
    assert.match(r.summary, /\| \[16:5\]\(https:\/\/github\.com\/acme\/shop\/blob\/0123456789abcdef0123456789abcdef01234567\/deploy\/k8s\/deployment\.yaml#L16\) \| 🟡 warning \| \[`connections-outlive-grace-period`\]\(https:\/\/github\.com\/drainlint\/drainlint\/blob\/main\/rules\/connections-outlive-grace-period\/README\.md\) \| Requests may stay in flight for 1m/);
    // The timeline of the workload with a finding, as a Mermaid gantt GitHub renders in the summary.
    assert.match(r.summary, /### Timelines\n[\s\S]*#### Deployment orders\/test\n\nclassic sidecar[^\n]* · deploy\/k8s\/deployment\.yaml:5\n\n```mermaid\ngantt\n[\s\S]*    connections still open at SIGKILL :crit, t\d+, 30000, 60000\n/);

    // The report for people is in the log, in a group, with workflow commands stopped around it.
    assert.match(r.log, /^::group::drainlint: 1 problem \(0 errors, 1 warning, 0 info\) in 2 files\n::stop-commands::([0-9a-f-]{36})\n[\s\S]*deploy\/k8s\/deployment\.yaml\n[\s\S]*\n::\1::\n::endgroup::\n/);
    assert.ok(r.commands.some((c) => c.command === 'error' && /1 finding at or above fail-on: warning/.test(c.data)));
  });

  it('fail-on decides the exit status; annotations and summary can be turned off', async () => {
    const gh = runner({ 'k8s/deployment.yaml': SEED });
    const errorsOnly = await gh.run({ paths: 'k8s', 'fail-on': 'error', annotations: 'false', summary: 'false' });
    assert.equal(errorsOnly.code, 0, errorsOnly.log);
    assert.deepEqual(errorsOnly.commands.filter((c) => ['warning', 'error', 'notice'].includes(c.command)), []);
    assert.equal(errorsOnly.summary, '');
    assert.equal(errorsOnly.outputs['warnings'], '1');
    assert.equal(errorsOnly.outputs['sarif-file'], '');
    assert.equal((await gh.run({ paths: 'k8s', 'fail-on': 'info' })).code, 1);
  });

  it('a clean repository passes, with zero outputs, a summary that says so, and SARIF with results: []', async () => {
    const gh = runner({ 'k8s/ok.yaml': CLEAN });
    const r = await gh.run({ paths: 'k8s', 'sarif-file': 'drainlint.sarif' });
    assert.equal(r.code, 0, r.log);
    assert.deepEqual(r.outputs, { findings: '0', errors: '0', warnings: '0', infos: '0', 'sarif-file': 'drainlint.sarif' });
    assert.match(r.summary, /✅ No problems \(1 file checked\)\./);
    assert.deepEqual(assertSarif(readFileSync(path.join(gh.workspace, 'drainlint.sarif'), 'utf8')).runs[0]!.results, []);
  });

  it('file names that hold workflow-command characters are escaped in properties', async () => {
    const gh = runner({ 'k8s/we,ird:100%.yaml': SEED });
    const r = await gh.run({ paths: 'k8s' });
    const raw = r.log.split('\n').find((l) => l.startsWith('::warning '))!;
    assert.match(raw, /^::warning file=k8s\/we%2Cird%3A100%25\.yaml,line=16,/);
    assert.equal(r.commands.find((c) => c.command === 'warning')!.properties['file'], 'k8s/we,ird:100%.yaml');
  });

  it('inputs are never given to a shell: `$(touch pwned)` and `; rm -rf` are paths that do not exist', async () => {
    const gh = runner({ 'k8s/deployment.yaml': SEED });
    const hostile = ['$(touch pwned)', '; rm -rf k8s', '`touch pwned2`'];
    const r = await gh.run({ paths: hostile.join('\n'), 'mesh-config': '$(touch pwned3)', config: '; touch pwned4' });
    assert.equal(r.code, 2, r.log);
    assert.deepEqual(r.commands.filter((c) => c.command === 'error').map((c) => c.data), ['the configuration file ; touch pwned4 does not exist']);
    const r2 = await gh.run({ paths: hostile.join('\n'), 'mesh-config': '$(touch pwned3)' });
    assert.equal(r2.code, 2, r2.log);
    assert.deepEqual(
      r2.commands.filter((c) => c.command === 'error').map((c) => c.data),
      [...hostile, '$(touch pwned3)'].map((p) => `no such file or directory, or no match: ${p}`),
    );
    for (const dir of [gh.workspace, gh.root, ROOT]) for (const f of ['pwned', 'pwned2', 'pwned3', 'pwned4']) assert.ok(!existsSync(path.join(dir, f)), `${f} in ${dir}`);
    assert.ok(existsSync(path.join(gh.workspace, 'k8s', 'deployment.yaml')));
  });

  it('an invalid input is an error annotation that lists what is allowed, exit 2', async () => {
    const gh = runner({ 'k8s/deployment.yaml': SEED });
    const r = await gh.run({ paths: 'k8s', 'fail-on': 'loud' });
    assert.equal(r.code, 2);
    assert.deepEqual(r.commands.map((c) => `${c.command} ${c.data}`), ['error input fail-on is "loud": it takes error, warning, info, never']);
    const b = await gh.run({ paths: 'k8s', summary: 'yes' });
    assert.deepEqual([b.code, b.commands[0]?.data], [2, 'input summary is "yes": it takes true or false']);
  });
});

describe('the Action on a repository that adopted drainlint', () => {
  /** fixtures/adopt under deploy/: a config file with overrides, suppression comments and annotations, a baseline. */
  const adopted = (withBaseline: boolean) => {
    const files: Record<string, string> = {};
    const walk = (dir: string) => {
      for (const e of readdirSync(path.join(ROOT, 'fixtures/adopt', dir), { withFileTypes: true })) {
        const rel = path.join(dir, e.name);
        if (e.isDirectory()) walk(rel);
        else if (withBaseline || e.name !== '.drainlint-baseline.json') files[path.join('deploy', rel)] = readFileSync(path.join(ROOT, 'fixtures/adopt', rel), 'utf8');
      }
    };
    walk('');
    return runner(files);
  };

  it('neither annotates nor counts suppressed findings; its SARIF carries them as suppressed', async () => {
    const gh = adopted(false);
    const r = await gh.run({ 'working-directory': 'deploy', 'sarif-file': 'drainlint.sarif' });
    assert.equal(r.code, 1, r.log);
    assert.deepEqual(
      r.commands.filter((c) => c.command === 'error' || c.command === 'warning').map((c) => `${c.command} ${c.properties['file'] ?? ''}:${c.properties['line'] ?? ''}`),
      ['error deploy/k8s/catalog.yaml:7', 'warning deploy/vendor/redis/statefulset.yaml:22', 'error :'],
    );
    assert.deepEqual(r.outputs, { findings: '2', errors: '1', warnings: '1', infos: '0', 'sarif-file': 'deploy/drainlint.sarif' });
    assert.match(r.summary, /^## drainlint\n\n\*\*2 problems\*\* \(1 error, 1 warning, 0 info\) in 5 files checked\. 4 findings suppressed\.\n/);
    const log = assertSarif(readFileSync(path.join(gh.workspace, 'deploy/drainlint.sarif'), 'utf8')) as unknown as { runs: { results: { suppressions?: { kind: string }[] }[] }[] };
    assert.deepEqual(log.runs[0]!.results.map((x) => x.suppressions?.map((s) => s.kind).join() ?? '-'), ['-', 'inSource', 'inSource', 'inSource', 'external', '-']);
  });

  it('reads the baseline of its working directory: nothing new, the step passes', async () => {
    const r = await adopted(true).run({ 'working-directory': 'deploy' });
    assert.equal(r.code, 0, r.log);
    assert.deepEqual(r.commands.filter((c) => c.command === 'error' || c.command === 'warning'), []);
    assert.deepEqual(r.outputs, { findings: '0', errors: '0', warnings: '0', infos: '0', 'sarif-file': '' });
  });
});

describe('the github format', () => {
  const finding = { ruleId: 'demo-rule', messageId: 'demo', severity: 'error' as const, message: 'a: b, c', help: '50% of\r\nrequests', file: 'k8s/a.yaml', range: { line: 3, column: 5, endLine: 3, endColumn: 9 }, related: [], docsUrl: 'https://example.com/demo' };
  const result: LintResult = { findings: [finding], files: ['k8s/a.yaml'], skipped: [], stats: { documents: 1, resources: 1, workloads: 1, skipped: 0 }, rules: [], cwd: ROOT, missing: [], ignored: [], nothingRead: false };

  it('titles an annotation with the rule id and message, and puts the help in its body, escaped', () => {
    assert.equal(formatters.github(result), '::error file=k8s/a.yaml,line=3,endLine=3,col=5,endColumn=9,title=demo-rule%3A a%3A b%2C c::50%25 of%0D%0Arequests%0A%0Ahttps://example.com/demo\n');
  });

  it('without help, the body is the message', () => {
    assert.match(formatters.github({ ...result, findings: [{ ...finding, help: '', severity: 'info' }] }), /^::notice [^:]+::a: b, c%0A%0Ahttps:\/\/example\.com\/demo\n$/);
  });
});

describe('the markdown format (the job summary)', () => {
  const finding = { ruleId: 'demo-rule', messageId: 'demo', severity: 'warning' as const, help: '', message: 'a | b <img src=x onerror=alert(1)> [link](https://evil.example) *x*\nnext', file: 'k8s/a b.yaml', range: { line: 3, column: 5, endLine: 4, endColumn: 2 }, related: [], docsUrl: 'https://example.com/demo' };
  const result: LintResult = { findings: [finding], files: ['k8s/a b.yaml'], skipped: [], stats: { documents: 1, resources: 1, workloads: 1, skipped: 0 }, rules: [], cwd: ROOT, missing: [], ignored: [], nothingRead: false };

  it('shows file content as text: no new column, tag, link or emphasis, one line', () => {
    const row = formatters.markdown(result).split('\n').find((l) => l.includes('demo-rule'))!;
    assert.equal(row, '| 3:5 | 🟡 warning | [`demo-rule`](https://example.com/demo) | a \\| b &lt;img src=x onerror=alert(1)&gt; \\[link\\](https://evil.example) \\*x\\* next |');
  });

  it('links each finding to its lines when given the blob URL', () => {
    assert.match(formatters.markdown(result, { blobUrl: 'https://github.com/acme/shop/blob/abc' }), /\| \[3:5\]\(https:\/\/github\.com\/acme\/shop\/blob\/abc\/k8s\/a%20b\.yaml#L3-L4\) \|/);
  });
});

describe('the workflow of this repository', () => {
  it('lints fixtures/examples with the local action and uploads its SARIF', async () => {
    const file = path.join(ROOT, '.github', 'workflows', 'drainlint.yml');
    const text = readFileSync(file, 'utf8');
    assert.deepEqual((await parseWorkflow('drainlint.yml', text)).errors, []);
    const steps = (parse(text) as { jobs: Record<string, { steps: { id?: string; uses?: string; with?: Record<string, string> }[] }> }).jobs['examples']!.steps;
    const local = steps.find((s) => s.uses === './')!;
    assert.equal(local.with?.['paths'], 'fixtures/examples');
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    assert.equal(upload.with?.['sarif_file'], `\${{ steps.${local.id}.outputs.sarif-file }}`);

    // What that step does, run here: a SARIF file code scanning accepts.
    const gh = runner({});
    copyDir(path.join(ROOT, 'fixtures', 'examples'), path.join(gh.workspace, 'fixtures', 'examples'));
    const r = await gh.run(local.with ?? {});
    assert.equal(r.code, 0, r.log);
    assert.ok(Number(r.outputs['findings']) > 0);
    assert.ok(assertSarif(readFileSync(path.join(gh.workspace, r.outputs['sarif-file']!), 'utf8')).runs[0]!.results.length > 0);
  });
});

function copyDir(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const e of readdirSync(from, { withFileTypes: true })) {
    if (e.isDirectory()) copyDir(path.join(from, e.name), path.join(to, e.name));
    else copyFileSync(path.join(from, e.name), path.join(to, e.name));
  }
}
