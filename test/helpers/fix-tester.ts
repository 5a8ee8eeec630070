/**
 * FixTester (after ESLint's RuleTester `output`): lints a text with every rule, applies the fixes
 * of the requested types, and asserts the exact fixed text. Then it proves the fix: the fixed
 * text parses, the rule's fixed message no longer fires, and no finding appears that the input
 * did not have (findings of other rules may go, none may come). `output: null` asserts no fix.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../src/lint.js';
import type { FixType, Rule } from '../../src/rule.js';
import type { Finding } from '../../src/types.js';
import { ROOT } from './rule-tester.js';

export interface FixCase {
  name: string;
  code: string;
  /** The exact fixed text, or null when the rule's findings carry no fix. */
  output: string | null;
  /** The fixed message ids, as the input's findings of this rule report them. */
  messageIds: string[];
  fixTypes?: FixType[];
  istioVersion?: string;
  /** Findings of the rule that remain after fixing (their message ids). */
  remaining?: string[];
}

const FILE = 'inline.yaml';

export async function lintText(code: string, opts: { fix?: boolean; fixTypes?: FixType[]; istioVersion?: string } = {}) {
  return lint({
    texts: [{ path: FILE, text: code }],
    options: { cwd: ROOT, config: false, baseline: false, ...(opts.istioVersion ? { istioVersion: opts.istioVersion } : {}), ...(opts.fix ? { fix: true, fixTypes: opts.fixTypes ?? ['layout'] } : {}) },
  });
}

const key = (f: Finding) => `${f.ruleId}:${f.messageId}`;

/** The findings after that were not there before (as rule:message id, counted). */
export function newFindings(before: readonly Finding[], after: readonly Finding[]): string[] {
  const left = new Map<string, number>();
  for (const f of before) left.set(key(f), (left.get(key(f)) ?? 0) + 1);
  const out: string[] = [];
  for (const f of after) {
    const n = left.get(key(f)) ?? 0;
    if (n === 0) out.push(`${key(f)} at ${f.range.line}:${f.range.column}: ${f.message}`);
    else left.set(key(f), n - 1);
  }
  return out;
}

export function fixTester(rule: Rule, cases: FixCase[]): void {
  const id = rule.meta.id;
  describe(`${id} fixes`, () => {
    for (const c of cases) {
      it(c.name, async () => {
        const before = await lintText(c.code, c);
        const own = before.findings.filter((f) => f.ruleId === id);
        assert.deepEqual(own.map((f) => f.messageId), c.messageIds, 'the input has these findings of the rule');
        const fixed = await lintText(c.code, { ...c, fix: true });
        const output = fixed.fixed?.find((f) => f.file === FILE);
        if (c.output === null) {
          assert.ok(own.every((f) => !f.fix || !(c.fixTypes ?? ['layout']).includes(f.fix.type)), 'no fix offered');
          assert.equal(output?.output, c.code, 'the text is unchanged');
          return;
        }
        assert.equal(output?.output, c.output);
        assert.ok((output?.applied ?? 0) > 0, 'a fix was applied');
        assert.deepEqual(fixed.findings.filter((f) => f.ruleId === 'parse-error').map((f) => f.message), [], 'the fixed text parses');
        assert.deepEqual(fixed.findings.filter((f) => f.ruleId === id).map((f) => f.messageId), c.remaining ?? [], `${id} no longer fires`);
        assert.deepEqual(newFindings(before.findings, fixed.findings), [], 'no new finding');
        // The result is stable: fixing it again changes nothing.
        const again = await lintText(c.output, { ...c, fix: true });
        assert.equal(again.fixed?.find((f) => f.file === FILE)?.output, c.output, 'fixing the output again changes nothing');
      });
    }
  });
}

/** `text` with the one occurrence of `from` replaced by `to` (an expected output written as its change). */
export function changed(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`expected exactly one ${JSON.stringify(from)} in the input`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}
