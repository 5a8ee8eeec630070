/**
 * The library API (src/index.ts): lint({ paths | texts, options }) and formatters. The CLI is a
 * thin layer over the same lint(); the package test imports the built entry by its name.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { formatters, lint, UsageError, type LintResult } from '../src/index.js';
import { ROOT } from './helpers/rule-tester.js';
import { runCli } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

const SEED = 'fixtures/examples/seed-per-workload/deployment.yaml';
const seedText = () => readFileSync(path.join(ROOT, SEED), 'utf8');
const MESH_WIDE = 'fixtures/examples/seed-mesh-wide';
const noConfig = { cwd: ROOT, config: false } as const;
const shape = (r: LintResult) => r.findings.map((f) => `${f.file}:${f.range.line}:${f.range.column} ${f.ruleId} ${f.message}`);

describe('lint()', () => {
  it('lints paths: the same findings as the CLI', async () => {
    const r = await lint({ paths: ['fixtures/examples'], options: noConfig });
    const cli = JSON.parse(runCli(['fixtures/examples', '-f', 'json']).stdout) as { findings: { ruleId: string; file: string; line: number }[] };
    assert.ok(r.findings.length > 3);
    assert.deepEqual(
      r.findings.map((f) => `${f.file}:${f.range.line} ${f.ruleId}`),
      cli.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`),
    );
    assert.deepEqual([r.missing, r.ignored, r.nothingRead], [[], [], false]);
  });

  it('lints texts as if they were files, without reading them from disk', async () => {
    const cwd = tempDir('drainlint-api-');
    const r = await lint({ texts: [{ path: 'k8s/deploy.yaml', text: seedText() }], options: { cwd, config: false } });
    assert.deepEqual(r.files, ['k8s/deploy.yaml']);
    const f = r.findings.find((x) => x.ruleId === 'connections-outlive-grace-period');
    assert.ok(f, shape(r).join('\n'));
    assert.equal(f.file, 'k8s/deploy.yaml');
    assert.match(f.related.map((x) => x.file).join(','), /k8s\/deploy\.yaml/);
  });

  it('texts and paths combine: the mesh config of one input applies to the workloads of another', async () => {
    const operator = readFileSync(path.join(ROOT, MESH_WIDE, 'istio-operator.yaml'), 'utf8');
    const alone = await lint({ paths: [`${MESH_WIDE}/deployment.yaml`], options: noConfig });
    const both = await lint({ paths: [`${MESH_WIDE}/deployment.yaml`], texts: [{ path: 'istio/operator.yaml', text: operator }], options: noConfig });
    const viaMesh = (r: LintResult) => r.findings.some((f) => f.ruleId === 'connections-outlive-grace-period' && f.help.includes('EXIT_ON_ZERO_ACTIVE_CONNECTIONS (mesh config in IstioOperator istio-system/control-plane spec.meshConfig, istio/operator.yaml:11)'));
    assert.ok(!viaMesh(alone), shape(alone).join('\n'));
    assert.ok(viaMesh(both), shape(both).join('\n'));
  });

  it('text given as bytes is decoded as a file is (UTF-16 with a BOM; binary content is a parse-error)', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText(), 'utf16le')]);
    const r = await lint({ texts: [{ path: 'a.yaml', text: utf16 }, { path: 'b.yaml', text: new Uint8Array([0x61, 0x3a, 0x00]) }], options: noConfig });
    assert.ok(r.findings.some((f) => f.file === 'a.yaml' && f.ruleId === 'connections-outlive-grace-period'), shape(r).join('\n'));
    assert.equal(r.findings.find((f) => f.file === 'b.yaml')?.messageId, 'binary');
  });

  it('two runs in one process do not leak into each other, one after the other or at once', async () => {
    const a = { texts: [{ path: 'a.yaml', text: seedText() }], options: { ...noConfig, istioVersion: '1.20' } };
    const b = { paths: ['fixtures/examples'], options: { ...noConfig, onlyRules: ['misplaced-annotation', 'invalid-boolean'] } };
    const first = shape(await lint(a));
    const other = shape(await lint(b));
    assert.deepEqual(shape(await lint(a)), first);
    const [x, y] = await Promise.all([lint(a), lint(b)]);
    assert.deepEqual([shape(x), shape(y)], [first, other]);
    assert.notDeepEqual(first, other);
  });

  it('options choose rules and versions; mistakes are a UsageError that suggests the closest rule id', async () => {
    const only = await lint({ paths: ['fixtures/examples'], options: { ...noConfig, onlyRules: ['misplaced-annotation'] } });
    assert.ok(only.findings.length > 0 && only.findings.every((f) => f.ruleId === 'misplaced-annotation' || f.ruleId === 'parse-error'));
    await assert.rejects(lint({ paths: [SEED], options: { ...noConfig, disableRules: ['drain-exceed-grace-period'] } }), (e: Error) => e instanceof UsageError && /did you mean "drain-exceeds-grace-period"\?/.test(e.message));
    await assert.rejects(lint({ paths: [SEED], options: { ...noConfig, istioVersion: 'latest' } }), UsageError);
  });

  it('a mesh config file that holds no mesh config is a UsageError that says so', async () => {
    await assert.rejects(lint({ paths: [`${MESH_WIDE}/deployment.yaml`], options: { ...noConfig, meshConfig: [SEED] } }), /holds no mesh config/);
    const ok = await lint({ paths: [`${MESH_WIDE}/deployment.yaml`], options: { ...noConfig, meshConfig: [`${MESH_WIDE}/istio-operator.yaml`] } });
    assert.ok(ok.findings.some((f) => f.related.some((r) => r.file === `${MESH_WIDE}/istio-operator.yaml`)), shape(ok).join('\n'));
  });

  it('missing paths are reported in the result, the rest is linted', async () => {
    const r = await lint({ paths: ['nope.yaml', SEED], options: noConfig });
    assert.deepEqual(r.missing, ['nope.yaml']);
    assert.ok(r.findings.length > 0);
  });
});

describe('formatters', () => {
  it('each takes the result and an optional context, with defaults', async () => {
    const cwd = tempDir('drainlint-api-');
    writeFileSync(path.join(cwd, 'deploy.yaml'), seedText());
    const r = await lint({ paths: ['deploy.yaml'], options: { cwd, config: false } });
    assert.equal(JSON.parse(formatters.json(r)).findings.length, r.findings.length);
    assert.equal(JSON.parse(formatters.sarif(r)).runs[0].results.length, r.findings.length);
    assert.match(formatters.stylish(r), /deploy\.yaml\n/);
    assert.ok(!formatters.stylish(r).includes('\u001b['), 'no colour by default');
    assert.ok(formatters.stylish(r, { color: true }).includes('\u001b['));
    assert.match(formatters.github(r), /^::warning file=deploy\.yaml,line=\d+/);
    assert.match(formatters.github(r, { workspace: path.dirname(cwd) }), new RegExp(`^::warning file=${path.basename(cwd)}/deploy\\.yaml,`));
    assert.match(formatters.markdown(r), /^## drainlint\n/);
    assert.match(formatters.html(r), /^<!DOCTYPE html>/);
    assert.deepEqual(Object.keys(formatters).sort(), ['github', 'html', 'json', 'markdown', 'sarif', 'stylish']);
  });
});
