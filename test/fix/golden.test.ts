/**
 * Whole files fixed, compared byte for byte with test/golden/fix/<name>.fixed.yaml (rewritten
 * with UPDATE_GOLDEN=1): a Helm-rendered file with `# Source:` lines and comments everywhere, a
 * file of several documents, block scalars in `|`, `|-` and `|2`. Each is proved: the fixed text
 * parses, no layout fix is left to make, and no finding appears that the input did not have.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { assertGolden, GOLDEN } from '../helpers/golden.js';
import { lintText, newFindings } from '../helpers/fix-tester.js';

const CASES: { name: string; fixed: string[] }[] = [
  // The misplaced annotation moves first; the boolean inside it is quoted in the next pass, once it is read.
  { name: 'helm-rendered', fixed: ['misplaced-annotation:proxyConfig', 'misplaced-annotation:injectionLabel', 'misplaced-grace-period:notAField'] },
  { name: 'multi-document', fixed: ['invalid-duration:meshDuration', 'removed-setting:tddsInProxyMetadata', 'misplaced-grace-period:inAnnotation'] },
];

describe('fixed files (golden)', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const input = readFileSync(path.join(GOLDEN, 'fix', `${c.name}.yaml`), 'utf8');
      const before = await lintText(input);
      assert.deepEqual(before.findings.filter((f) => f.fix).map((f) => `${f.ruleId}:${f.messageId}`).sort(), [...c.fixed].sort(), 'the fixable findings of the input');
      const after = await lintText(input, { fix: true });
      const output = after.fixed?.[0]?.output ?? '';
      assertGolden(`fix/${c.name}.fixed.yaml`, output);
      assert.deepEqual(after.findings.filter((f) => f.ruleId === 'parse-error').map((f) => f.message), [], 'the fixed text parses');
      assert.deepEqual(after.findings.filter((f) => f.fix?.type === 'layout').map((f) => `${f.ruleId}:${f.messageId}`), [], 'no layout fix left');
      assert.deepEqual(newFindings(before.findings, after.findings), [], 'no new finding');
      // Every line that no fix touched is kept byte for byte: Helm's Source lines and the comments among them.
      for (const line of input.split('\n').filter((l) => /^# Source:|#/.test(l) && !/EXIT_ON_ZERO|terminationGrace|inject/.test(l))) {
        assert.ok(output.includes(line), `kept: ${line}`);
      }
    });
  }
});
