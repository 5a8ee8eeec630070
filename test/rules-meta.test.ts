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
import { lint } from '../src/engine.js';
import { emptyConfig } from '../src/config.js';
import { ruleTable, TABLE_END, TABLE_START } from '../src/docs.js';
import { ROOT } from './helpers/rule-tester.js';

const HEADINGS = ['## What it detects', '## Why it matters', '## Examples', '### Failing', '### Passing', '## How to fix', '## How to suppress'];
const folders = readdirSync(path.join(ROOT, 'rules')).filter((f) => statSync(path.join(ROOT, 'rules', f)).isDirectory()).sort();

/** An example may start with `# drainlint --istio-version X --k8s-version Y`: the versions it is linted for. */
function exampleConfig(text: string) {
  const config = emptyConfig(ROOT);
  const first = text.split('\n')[0]!;
  if (first.startsWith('# drainlint ')) {
    const args = first.slice('# drainlint '.length).trim().split(/\s+/);
    for (let i = 0; i < args.length; i += 2) {
      if (args[i] === '--istio-version') config.istioVersion = args[i + 1];
      else if (args[i] === '--k8s-version') config.kubernetesVersion = args[i + 1];
      else assert.fail(`unknown example directive ${args[i]}`);
    }
  }
  return config;
}

async function lintText(text: string, ruleId: string) {
  const rule = RULES.find((r) => r.meta.id === ruleId)!;
  const out = await lint({ cwd: ROOT, paths: ['-'], config: exampleConfig(text), meshConfigFiles: [], rules: [rule], readStdin: async () => Buffer.from(text), stdinFilename: 'README.md example' });
  return out.result.findings;
}

function yamlBlockAfter(readme: string, heading: string): string {
  const at = readme.indexOf(`${heading}\n`);
  assert.ok(at >= 0, `missing ${heading}`);
  const m = /```yaml\n([\s\S]*?)```/.exec(readme.slice(at));
  assert.ok(m, `no yaml example under ${heading}`);
  return m[1]!;
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
    it('has fixtures and a test file', () => {
      const fixtures = path.join(ROOT, 'fixtures', id);
      assert.ok(existsSync(fixtures) && readdirSync(fixtures).some((f) => /\.ya?ml$/.test(f)), `fixtures/${id}/ has no manifests`);
      assert.ok(existsSync(path.join(dir, 'index.test.ts')), `rules/${id}/index.test.ts is missing`);
    });
    it('its Failing example reports and its Passing example does not', async () => {
      const readme = readFileSync(readmePath, 'utf8');
      const failing = await lintText(yamlBlockAfter(readme, '### Failing'), id);
      assert.ok(failing.some((f) => f.ruleId === id), 'the Failing example must report this rule');
      assert.deepEqual(failing.filter((f) => f.ruleId === 'parse-error'), []);
      const passing = await lintText(yamlBlockAfter(readme, '### Passing'), id);
      assert.deepEqual(passing.map((f) => `${f.ruleId}: ${f.message}`), []);
    });
  });
}
