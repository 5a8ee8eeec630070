/**
 * Formatters over the whole fixture suite: JSON matches its published schema; SARIF validates
 * against the SARIF 2.1.0 schema and against what code scanning additionally requires.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import AjvModule from 'ajv';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { lint } from '../src/engine.js';
import { emptyConfig } from '../src/config.js';
import { RULES } from '../rules/index.js';
import { FORMATTERS } from '../src/report/index.js';
import { jsonDocument, jsonParts } from '../src/report/json.js';
import { sarifLog, sarifParts } from '../src/report/sarif.js';
import { stylish, stylishParts } from '../src/report/stylish.js';
import { jsonWithItems } from '../src/report/parts.js';
import type { LintResult } from '../src/types.js';
import { ROOT } from './helpers/rule-tester.js';

const require = createRequire(import.meta.url);
const Ajv = AjvModule.default ?? AjvModule;
// These CommonJS packages put their export on `default` when imported from ESM.
const Ajv04 = ((Ajv04Module as unknown as { default?: unknown }).default ?? Ajv04Module) as unknown as typeof AjvModule.default;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: unknown) => void;
const ctx = { color: false, version: '0.0.0-test' };

let result: LintResult;
before(async () => {
  const out = await lint({ cwd: ROOT, paths: ['fixtures'], config: emptyConfig(ROOT), meshConfigFiles: [], rules: [...RULES] });
  result = out.result;
});

/** Every key of every object, recursively, for "no empty objects" and "no absolute paths". */
function walk(v: unknown, visit: (o: Record<string, unknown> | unknown[], key: string) => void, key = '$'): void {
  if (v && typeof v === 'object') {
    visit(v as Record<string, unknown>, key);
    for (const [k, c] of Object.entries(v)) walk(c, visit, `${key}.${k}`);
  }
}

describe('json format', () => {
  it('the fixture suite has findings of every severity (so these checks test something)', () => {
    const sev = new Set(result.findings.map((f) => f.severity));
    assert.deepEqual([...sev].sort(), ['error', 'info', 'warning']);
  });
  it('validates against schema/result.schema.json', () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'result.schema.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const doc = JSON.parse(FORMATTERS['json']!(result, ctx)) as { findings: unknown[] };
    assert.ok(validate(doc), JSON.stringify(validate.errors?.slice(0, 3)));
    assert.equal(doc.findings.length, result.findings.length);
  });
  it('contains no absolute path of this machine', () => {
    const text = FORMATTERS['json']!(result, ctx);
    assert.ok(!text.includes(ROOT), 'absolute path leaked');
  });
  it('written in parts, it is the text JSON.stringify lays out, with and without findings', () => {
    const suppressed = result.findings.map((f, i) => (i % 7 === 3 ? { ...f, suppressions: [{ kind: 'external' as const, via: 'baseline' as const }] } : f));
    for (const r of [result, { ...result, findings: suppressed }, { ...result, findings: result.findings.slice(0, 1) }, { ...result, findings: [] }]) {
      const whole = `${JSON.stringify(jsonDocument(r, ctx), null, 2)}\n`;
      // Parts of about 1,000 characters: many of them, each ending wherever a finding does.
      const parts = [...jsonParts(r, ctx, 1000)];
      assert.equal(parts.join(''), whole);
      assert.ok(r.findings.length < 10 || parts.length > 10, `${parts.length} parts`);
    }
  });
});

describe('sarif format', () => {
  const schemaFile = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const validateSarif = (() => {
    const ajv = new Ajv04({ strict: false, unicodeRegExp: false, allErrors: true });
    addFormats(ajv);
    return ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
  })();

  it('validates against the SARIF 2.1.0 schema', () => {
    const log = JSON.parse(FORMATTERS['sarif']!(result, ctx));
    assert.ok(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3)));
  });
  it('the schema check can fail: startLine 0 is rejected', () => {
    const log = JSON.parse(FORMATTERS['sarif']!(result, ctx));
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    assert.equal(validateSarif(log), false);
  });
  it('meets what code scanning requires beyond the schema', () => {
    const log = JSON.parse(FORMATTERS['sarif']!(result, ctx));
    const run = log.runs[0];
    assert.ok(Array.isArray(run.results) && run.results.length === result.findings.length);
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    assert.equal(new Set(ids).size, ids.length, 'rule ids unique');
    for (const r of run.tool.driver.rules) assert.match(r.helpUri, /^https:\/\//);
    for (const res of run.results) {
      assert.ok(ids.includes(res.ruleId), `${res.ruleId} declared`);
      assert.equal(ids[res.ruleIndex], res.ruleId);
      const loc = res.locations[0].physicalLocation;
      assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.ok(!loc.artifactLocation.uri.startsWith('/') && !loc.artifactLocation.uri.includes(':'), loc.artifactLocation.uri);
      assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1);
    }
    walk(log, (o, key) => assert.ok(Array.isArray(o) || Object.keys(o).length > 0, `empty object at ${key}`));
  });
  it('a clean run still has results: []', () => {
    const log = JSON.parse(FORMATTERS['sarif']!({ ...result, findings: [] }, ctx));
    assert.deepEqual(log.runs[0].results, []);
    assert.ok(validateSarif(log));
  });
  it('a file outside the working directory keeps an absolute file:// URI', () => {
    const f = result.findings[0]!;
    const log = JSON.parse(FORMATTERS['sarif']!({ ...result, cwd: path.join(ROOT, 'sub'), findings: [{ ...f, file: path.join(ROOT, 'x.yaml') }] }, ctx));
    const art = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    assert.equal(art.uri, `file://${path.join(ROOT, 'x.yaml')}`);
    assert.equal(art.uriBaseId, undefined);
  });
});

describe('reports in parts', () => {
  /** The fixture suite's result, with some findings suppressed, with one finding, with none. */
  const variants = () => {
    const suppressed = result.findings.map((f, i) => (i % 7 === 3 ? { ...f, suppressions: [{ kind: 'external' as const, via: 'baseline' as const }] } : f));
    return [result, { ...result, findings: suppressed }, { ...result, findings: result.findings.slice(0, 1) }, { ...result, findings: [] }];
  };
  it('SARIF in parts is the text JSON.stringify lays out for the whole log', () => {
    for (const r of variants()) {
      const parts = [...sarifParts(r, ctx, 1000)];
      assert.equal(parts.join(''), `${JSON.stringify(sarifLog(r, ctx), null, 2)}\n`);
      assert.ok(r.findings.length < 10 || parts.length > 10, `${parts.length} parts`);
    }
  });
  it('stylish in parts: whole lines, each part cut once it reaches the size', () => {
    for (const r of variants()) {
      for (const options of [ctx, { ...ctx, reportSuppressed: true, color: true }]) {
        const parts = [...stylishParts(r, options, 1000)];
        assert.equal(parts.join(''), stylish(r, options));
        const longest = Math.max(...stylish(r, options).split('\n').map((l) => l.length + 1));
        parts.forEach((p, i) => {
          assert.ok(p.endsWith('\n'));
          if (i < parts.length - 1) assert.ok(p.length >= 1000 && p.length < 1000 + longest, `part ${i}: ${p.length}`);
        });
        assert.ok(r.findings.length < 10 || parts.length > 10, `${parts.length} parts`);
      }
    }
  });
  it('an array written last is filled at any depth, and a skeleton that writes something after it is refused', () => {
    const skeleton = { a: 1, b: [{ c: { d: 'x' }, items: [] }] };
    const items = [{ e: [1, 2] }, 'f', null, { g: {} }];
    const whole = `${JSON.stringify({ a: 1, b: [{ c: { d: 'x' }, items }] }, null, 2)}\n`;
    for (const size of [1, 10, 1e6]) assert.equal([...jsonWithItems(skeleton, items, size)].join(''), whole);
    assert.equal([...jsonWithItems(skeleton, [])].join(''), `${JSON.stringify(skeleton, null, 2)}\n`);
    assert.throws(() => [...jsonWithItems({ items: [], after: 1 }, items)], /does not write its items array last/);
  });
});

describe('stylish format', () => {
  it('escapes terminal control sequences from file content', () => {
    const f = result.findings[0]!;
    const text = FORMATTERS['stylish']!({ ...result, findings: [{ ...f, message: 'evil \u001b[31mred\u001b[0m' }] }, ctx);
    assert.ok(!text.includes('\u001b'));
    assert.ok(text.includes('\\x1b[31mred'));
  });
  it('has no colour codes when colour is off', () => {
    assert.ok(!FORMATTERS['stylish']!(result, ctx).includes('\u001b['));
    assert.ok(FORMATTERS['stylish']!(result, { ...ctx, color: true }).includes('\u001b['));
  });
});
