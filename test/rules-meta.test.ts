/**
 * Meta-tests that keep rules, docs and the registry honest: every rule folder is registered, has a
 * README with the fixed headings, fixtures and tests; its docs URL derives from its id; the README
 * examples are linted; ids match the public catalogue; the README rule table matches metadata.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../rules/index.js';
import { docsUrl } from '../src/rule.js';
import { exampleOutput, lintExample, ruleTable, TABLE_END, TABLE_START, yamlBlockAfter } from '../src/docs.js';
import { placeholders } from '../src/messages.js';
import { ROOT } from './helpers/rule-tester.js';

const HEADINGS = ['## What it detects', '## Why it matters', '## Examples', '### Failing', '### Passing', '## How to fix', '## How to suppress'];
const folders = readdirSync(path.join(ROOT, 'rules')).filter((f) => statSync(path.join(ROOT, 'rules', f)).isDirectory()).sort();

async function lintText(text: string, ruleId: string) {
  const rule = RULES.find((r) => r.meta.id === ruleId)!;
  return (await lintExample(text, rule, ROOT)).findings;
}

function yamlBlock(readme: string, heading: string): string {
  const block = yamlBlockAfter(readme, heading);
  assert.ok(block, `no yaml example under ${heading}`);
  return block.text;
}

describe('rule registry', () => {
  it('registers every rule folder, sorted by id, and nothing else', () => {
    assert.deepEqual(RULES.map((r) => r.meta.id), folders);
  });
  it('ids match the public rule catalogue', (t) => {
    const catalogue = path.join(ROOT, '..', 'shared', 'rule-catalogue.md');
    if (!existsSync(catalogue)) return t.skip('rule catalogue not beside the repository');
    const ids = new Set([...readFileSync(catalogue, 'utf8').matchAll(/^\| `([a-z0-9-]+)`/gm)].map((m) => m[1]));
    for (const r of RULES) assert.ok(ids.has(r.meta.id), `${r.meta.id} is not a catalogue id`);
  });
  it('rules see drainlint through src/rule-api.ts only, and never import another rule folder', () => {
    for (const id of folders) {
      for (const file of readdirSync(path.join(ROOT, 'rules', id)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
        const text = readFileSync(path.join(ROOT, 'rules', id, file), 'utf8');
        for (const [, spec] of text.matchAll(/from '([^']+)'/g)) {
          assert.ok(spec === '../../src/rule-api.js' || !spec!.startsWith('.'), `rules/${id}/${file} imports ${spec}`);
        }
      }
    }
  });
  it('the README rule table matches rule metadata (npm run docs)', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const block = readme.slice(readme.indexOf(TABLE_START), readme.indexOf(TABLE_END) + TABLE_END.length);
    assert.equal(block, ruleTable(RULES));
  });
});

for (const rule of RULES) {
  const id = rule.meta.id;
  describe(`rule ${id}: metadata and docs`, () => {
    const dir = path.join(ROOT, 'rules', id);
    const readmePath = path.join(dir, 'README.md');
    it('has a derived docs URL and a description', () => {
      assert.equal(rule.meta.docsUrl, docsUrl(id));
      assert.ok(rule.meta.description.length > 20);
    });
    it('has a README with the fixed headings in order and the metadata', () => {
      const readme = readFileSync(readmePath, 'utf8');
      const lines = readme.split('\n');
      assert.equal(lines[0], `# ${id}`);
      assert.equal(lines[2], rule.meta.description, 'the description under the title is the metadata description');
      assert.equal(lines[4], `Severity: ${rule.meta.severity} · Fixable: ${rule.meta.fixable ? 'yes' : 'no'}`);
      const found = lines.filter((l) => /^#{2,3} /.test(l));
      assert.deepEqual(found, HEADINGS);
    });
    it('declares the kinds of fix it makes exactly when it is fixable, says what the fix does, and has fix tests', () => {
      assert.equal((rule.meta.fixTypes ?? []).length > 0, rule.meta.fixable);
      const readme = readFileSync(readmePath, 'utf8');
      const howToFix = readme.slice(readme.indexOf('## How to fix'), readme.indexOf('## How to suppress'));
      const says = rule.meta.fixTypes?.includes('timing') ? '`drainlint --fix --fix-type timing`' : '`drainlint --fix`';
      assert.equal(howToFix.includes(says), rule.meta.fixable, `How to fix says what ${says} does exactly when the rule is fixable`);
      assert.equal(existsSync(path.join(dir, 'fix.test.ts')), rule.meta.fixable, 'a fixable rule has rules/<id>/fix.test.ts');
    });
    it('has fixtures and a test file', () => {
      const fixtures = path.join(ROOT, 'fixtures', id);
      assert.ok(existsSync(fixtures) && readdirSync(fixtures).some((f) => /\.ya?ml$/.test(f)), `fixtures/${id}/ has no manifests`);
      assert.ok(existsSync(path.join(dir, 'index.test.ts')), `rules/${id}/index.test.ts is missing`);
    });
    it('its Failing example reports and its Passing example does not', async () => {
      const readme = readFileSync(readmePath, 'utf8');
      const failing = await lintText(yamlBlock(readme, '### Failing'), id);
      assert.ok(failing.some((f) => f.ruleId === id), 'the Failing example must report this rule');
      assert.deepEqual(failing.filter((f) => f.ruleId === 'parse-error'), []);
      const passing = await lintText(yamlBlock(readme, '### Passing'), id);
      assert.deepEqual(passing.map((f) => `${f.ruleId}: ${f.message}`), []);
    });
    it('shows what drainlint prints for its failing example (npm run docs)', async () => {
      const readme = readFileSync(readmePath, 'utf8');
      const expected = await exampleOutput(readme, rule, ROOT);
      const failing = yamlBlockAfter(readme, '### Failing')!;
      assert.equal(readme.slice(failing.end, failing.end + expected.length), expected);
    });
    it('declares its messages with help texts, and its tests report every one', () => {
      assert.ok(rule.meta.help.length > 20, 'meta.help says what to do in general');
      const tests = readFileSync(path.join(dir, 'index.test.ts'), 'utf8');
      for (const [id, spec] of Object.entries(rule.meta.messages)) {
        assert.ok(spec.message.length > 10 && spec.help.length > 10, `${id}: a message and a help text`);
        assert.ok(!placeholders(spec.message).some((p) => /file|path/i.test(p)), `${id}: a message names no file`);
        assert.ok(tests.includes(`messageId: '${id}'`), `${id} is reported by none of the rule's tests`);
      }
    });
  });
}
