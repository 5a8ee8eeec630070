/**
 * Identical annotation text on several workloads is parsed once per run and shared; every finding
 * inside it must still point at its own workload's lines.
 */
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { it } from 'node:test';
import { analyze, lint } from '../src/engine.js';
import { locate } from '../src/yaml/locate.js';
import { emptyConfig } from '../src/config.js';
import { RULES } from '../rules/index.js';
import { tempDir } from './helpers/temp.js';

const deployment = (name: string, indent: string, config = 'terminationDrainDuraton: 45s') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  template:
    metadata:
      annotations:
${indent}proxy.istio.io/config: |
${indent}  ${config}
    spec:
      containers:
        - name: app
          image: app
`;

it('a finding inside a shared annotation points at each workload’s own line and column', async () => {
  const dir = tempDir('drainlint-shared-');
  try {
    // The same annotation text, the second one indented deeper (other columns).
    writeFileSync(path.join(dir, 'a.yaml'), `${deployment('one', '        ')}---\n${deployment('two', '          ')}`);
    for (const memory of [undefined, { keepEverythingBytes: 0, astTextBytes: 0 }]) {
      const out = await lint({ cwd: dir, paths: ['.'], config: emptyConfig(dir), meshConfigFiles: [], rules: [...RULES], memory });
      const typo = out.result.findings.filter((f) => f.ruleId === 'unknown-proxy-config-key');
      assert.deepEqual(
        typo.map((f) => `${f.resource?.name} ${f.range.line}:${f.range.column}`),
        ['one 10:11', 'two 25:13'],
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('a shared annotation value is validated once when valid; each invalid one has its problem in its own annotation', async () => {
  const valid = 'terminationDrainDuration: 20s';
  const invalid = 'drainDuration: 5';
  const text = [deployment('ok-a', '        ', valid), deployment('bad-a', '        ', invalid), deployment('ok-b', '          ', valid), deployment('bad-b', '          ', invalid)].join('---\n');
  const a = await analyze({ cwd: os.tmpdir(), paths: [], texts: [{ path: 'same-annotations.yaml', text }], config: emptyConfig(os.tmpdir()), meshConfigFiles: [] });
  const state = (name: string) => {
    const rw = a.resolution.workloads.find((w) => w.workload.name === name)!;
    return `${name} ${rw.admissionDenied} ${rw.annotationProblems.map((p) => `${p.field} ${locate(p.ref).line}:${locate(p.ref).column}`).join(', ')}`;
  };
  assert.deepEqual(['ok-a', 'bad-a', 'ok-b', 'bad-b'].map(state), ['ok-a false ', 'bad-a true drainDuration 25:26', 'ok-b false ', 'bad-b true drainDuration 55:28']);
});
