/**
 * Only Kubernetes manifests are linted: GitHub workflows, compose files, CI configs, Ansible and the
 * values files of other charts are skipped quietly and counted; `{{ … }}` in them is just text. An
 * Argo Workflow is a Kubernetes resource drainlint does not read: no finding either.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { lint } from '../src/engine.js';
import { emptyConfig } from '../src/config.js';
import { RULES } from '../rules/index.js';
import { ROOT } from './helpers/rule-tester.js';

const REPO = 'fixtures/non-manifests/repo';
const WORKFLOW = `${REPO}/.github/workflows/ci.yml`;

describe('YAML that is not a Kubernetes manifest', () => {
  it('is skipped quietly when linted with manifests: only the manifest has a finding', async () => {
    const out = await lint({ cwd: ROOT, paths: [REPO, WORKFLOW, `${REPO}/.gitlab-ci.yml`], config: emptyConfig(ROOT), meshConfigFiles: [], rules: [...RULES] });
    assert.deepEqual(
      out.result.findings.map((f) => `${f.file}:${f.range.line} ${f.ruleId}`),
      [`${REPO}/k8s/deployment.yaml:12 drain-exceeds-grace-period`],
    );
    assert.deepEqual(out.result.skipped.sort(), [WORKFLOW, `${REPO}/.gitlab-ci.yml`, `${REPO}/ansible/playbook.yml`, `${REPO}/docker-compose.yml`, `${REPO}/k8s/values.yaml`].sort());
    assert.deepEqual(out.result.files.sort(), [`${REPO}/k8s/argo-workflow.yaml`, `${REPO}/k8s/deployment.yaml`]);
    assert.equal(out.result.stats.skipped, 5);
  });

  it('a values file whose top level holds kind: Deployment is not a Deployment', async () => {
    const out = await lint({ cwd: ROOT, paths: [`${REPO}/k8s/values.yaml`], config: { ...emptyConfig(ROOT), assumeInjected: true }, meshConfigFiles: [], rules: [...RULES] });
    assert.deepEqual(out.result.findings, []);
    assert.equal(out.result.stats.workloads, 0);
  });

  it('on their own (a pre-commit run touching only a workflow) they pass, reported as skipped', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/drainlint.js'), WORKFLOW, `${REPO}/docker-compose.yml`], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '✔ no problems (0 files checked, 2 skipped: not Kubernetes manifests)\n');
    assert.equal(r.stderr, '');
    const json = spawnSync(process.execPath, [path.join(ROOT, 'bin/drainlint.js'), '-f', 'json', WORKFLOW], { cwd: ROOT, encoding: 'utf8' });
    assert.deepEqual(JSON.parse(json.stdout).summary, { files: 0, skipped: 1, errors: 0, warnings: 0, infos: 0 });
  });

  it('a template action in a document drainlint reads is still a parse-error', async () => {
    const text = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Values.name }}\n';
    const out = await lint({ cwd: ROOT, paths: ['-'], config: emptyConfig(ROOT), meshConfigFiles: [], rules: [...RULES], readStdin: async () => Buffer.from(text) });
    assert.deepEqual(out.result.findings.map((f) => `${f.ruleId}/${f.messageId} ${f.range.line}:${f.range.column}`), ['parse-error/template 4:9']);
  });

  it('a document whose kind is itself a template action is read (a chart template): parse-error', async () => {
    const text = 'apiVersion: v1\nkind: {{ .Values.kind }}\nmetadata:\n  name: x\n';
    const out = await lint({ cwd: ROOT, paths: ['-'], config: emptyConfig(ROOT), meshConfigFiles: [], rules: [...RULES], readStdin: async () => Buffer.from(text) });
    assert.deepEqual(out.result.findings.map((f) => `${f.ruleId}/${f.messageId}`), ['parse-error/template']);
  });
});
