/**
 * Identical annotation text on several workloads is parsed once per run and shared; every finding
 * inside it must still point at its own workload's lines.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { it } from 'node:test';
import { lint } from '../src/engine.js';
import { emptyConfig } from '../src/config.js';
import { RULES } from '../rules/index.js';

const deployment = (name: string, indent: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  template:
    metadata:
      annotations:
${indent}proxy.istio.io/config: |
${indent}  terminationDrainDuraton: 45s
    spec:
      containers:
        - name: app
          image: app
`;

it('a finding inside a shared annotation points at each workload’s own line and column', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'drainlint-shared-'));
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
