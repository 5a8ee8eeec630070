/**
 * The message contract over every fixture and README example, under several target versions: each
 * finding's message is one sentence of at most 160 characters without a file path, with a help
 * text beneath; each comes from a message its rule declares.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { lint } from '../src/engine.js';
import { emptyConfig } from '../src/config.js';
import { RULES } from '../rules/index.js';
import { PARSE_ERROR_MESSAGES } from '../src/engine-findings.js';
import { MESSAGE_LIMIT } from '../src/messages.js';
import { assertMessageContract, ROOT } from './helpers/rule-tester.js';
import type { Finding } from '../src/types.js';

const TARGETS = [{}, { istioVersion: '1.9' }, { istioVersion: '1.20', kubernetesVersion: '1.28' }, { istioVersion: '1.29', kubernetesVersion: '1.33' }];
const declared = new Map<string, Set<string>>(RULES.map((r) => [r.meta.id, new Set(Object.keys(r.meta.messages))]));
declared.set('parse-error', new Set(Object.keys(PARSE_ERROR_MESSAGES)));

function check(findings: Finding[], inputs: string[]): void {
  for (const f of findings) {
    assert.ok(declared.get(f.ruleId)?.has(f.messageId), `${f.ruleId} reported an undeclared message ${f.messageId}`);
    assertMessageContract(f, inputs);
  }
}

describe('every message keeps the contract', () => {
  const lengths: number[] = [];
  for (const folder of readdirSync(path.join(ROOT, 'fixtures')).sort()) {
    it(`fixtures/${folder}`, async () => {
      for (const target of TARGETS) {
        const out = await lint({ cwd: ROOT, paths: [`fixtures/${folder}`], config: { ...emptyConfig(ROOT), ...target }, meshConfigFiles: [], rules: [...RULES] });
        check(out.result.findings, [`fixtures/${folder}`]);
        lengths.push(...out.result.findings.map((f) => f.message.length));
      }
    });
  }
  it('README examples', async () => {
    const docs = ['README.md', ...RULES.map((r) => `rules/${r.meta.id}/README.md`)];
    for (const doc of docs) {
      for (const [, block] of readFileSync(path.join(ROOT, doc), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)) {
        const out = await lint({ cwd: ROOT, paths: ['-'], config: emptyConfig(ROOT), meshConfigFiles: [], rules: [...RULES], readStdin: async () => Buffer.from(block!), stdinFilename: 'example.yaml' });
        check(out.result.findings, ['example.yaml']);
      }
    }
  });
  it(`messages stay under ${MESSAGE_LIMIT} characters (and were measured)`, () => {
    assert.ok(lengths.length > 1000, `${lengths.length} findings measured`);
    assert.ok(Math.max(...lengths) <= MESSAGE_LIMIT);
  });
});
