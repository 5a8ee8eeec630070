/**
 * Every fixture, fixed with both kinds of fix: nothing throws, the fixed text parses wherever the
 * input did, every fix offered applies (no fixable finding is left), and fixing the output again
 * changes nothing. Findings the fixes reveal (a mesh config or a pod read again) may appear here;
 * the rules' fix tests prove on chosen inputs that a fix creates none of its own.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { ROOT } from '../helpers/rule-tester.js';
import { lint } from '../../src/lint.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((e) => {
      const p = path.join(dir, e);
      return statSync(p).isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(e) ? [p] : [];
    });
}

const run = (text: string, fix: boolean) =>
  lint({ texts: [{ path: 'fixture.yaml', text }], options: { cwd: ROOT, config: false, baseline: false, ...(fix ? { fix: true, fixTypes: ['layout', 'timing'] } : {}) } });

it('fixes every fixture whole and stably, never breaking one', async () => {
  const files = yamlFiles(path.join(ROOT, 'fixtures'));
  assert.ok(files.length > 100, 'the fixtures are there');
  let changed = 0;
  for (const file of files) {
    const name = path.relative(ROOT, file);
    const text = readFileSync(file, 'utf8');
    const parseErrors = (await run(text, false)).findings.filter((f) => f.ruleId === 'parse-error').length;
    const fixed = await run(text, true);
    const output = fixed.fixed?.[0]?.output ?? text;
    if (output !== text) changed++;
    assert.equal(fixed.findings.filter((f) => f.ruleId === 'parse-error').length, parseErrors, `${name}: the fixed text parses`);
    // A file with a parse error is never touched: its fixes stay offered.
    if (parseErrors === 0) assert.deepEqual(fixed.findings.filter((f) => f.fix && !f.suppressions).map((f) => `${f.ruleId}:${f.messageId}`), [], `${name}: every fix applied`);
    else assert.equal(output, text, `${name}: untouched`);
    const again = await run(output, true);
    assert.equal(again.fixed?.[0]?.output, output, `${name}: fixing the output again changes nothing`);
  }
  assert.ok(changed > 50, `fixes applied to ${changed} fixtures`);
});
