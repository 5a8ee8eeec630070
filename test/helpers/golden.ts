/**
 * Golden files: a rendering compared byte for byte with the file committed under test/golden/.
 * `UPDATE_GOLDEN=1 node --test build/test/<file>.test.js` rewrites them (review the diff).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './rule-tester.js';

export const GOLDEN = path.join(ROOT, 'test', 'golden');

export function assertGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env['UPDATE_GOLDEN'] === '1') {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  assert.ok(existsSync(file), `test/golden/${name} is missing: run UPDATE_GOLDEN=1 node --test build/test/explain-golden.test.js`);
  const expected = readFileSync(file, 'utf8');
  if (actual !== expected) {
    // The first line that differs, then the whole comparison.
    const a = actual.split('\n');
    const e = expected.split('\n');
    const at = a.findIndex((line, i) => line !== e[i]);
    assert.equal(actual, expected, `test/golden/${name} differs from line ${at + 1}:\n  golden: ${JSON.stringify(e[at])}\n  actual: ${JSON.stringify(a[at])}\n(if the change is meant, UPDATE_GOLDEN=1 rewrites it)`);
  }
}

/** What each golden set explains: the seed (EZ mesh-wide or per workload, G 30 or 60) and every proxy mode. */
export const GOLDEN_CASES: { name: string; args: string[]; istioVersion?: string }[] = [
  { name: 'seed-mesh-wide', args: ['fixtures/examples/seed-mesh-wide'] },
  { name: 'seed-per-workload', args: ['fixtures/examples/seed-per-workload'] },
  { name: 'seed-fixed', args: ['fixtures/seed-fixed'] },
  { name: 'modes', args: ['fixtures/explain'], istioVersion: '1.27' },
];
