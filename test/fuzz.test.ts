/** A short fuzz run (seconds) on every `npm test`; `npm run fuzz` runs the long one. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { fuzz } from './fuzz/harness.js';
import { ROOT } from './helpers/rule-tester.js';

it('fuzz: no crash, ranges inside the file, valid SARIF, deterministic output', async () => {
  const { tried } = await fuzz(ROOT, Number(process.env['DRAINLINT_FUZZ_RUNS'] ?? 300));
  assert.ok(tried >= 300);
});
