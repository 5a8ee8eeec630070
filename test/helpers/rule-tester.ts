/**
 * RuleTester: runs one rule over fixture files and asserts its findings exactly — rule id,
 * message, severity and line/column/endLine/endColumn — like ESLint's RuleTester.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { lint } from '../../src/engine.js';
import { emptyConfig, type ResolvedConfig } from '../../src/config.js';
import type { Rule } from '../../src/rule.js';
import type { Finding, Severity } from '../../src/types.js';

/** The repository root (tests run from build/, fixtures stay at the root). */
export const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../..');

export interface Expected {
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity?: Severity;
  /** Fixture path relative to the root; defaults to the case's first file. */
  file?: string;
  /** Related locations, when the case checks them: "file:line:column message". */
  related?: string[];
}

export interface Case {
  name: string;
  /** Fixture files or folders, relative to the repository root. */
  files: string[];
  config?: Partial<ResolvedConfig>;
  /** Mesh config files given as --mesh-config (relative to the root). */
  meshConfig?: string[];
}

export interface InvalidCase extends Case {
  errors: Expected[];
}

export async function runRule(rule: Rule | Rule[], c: Case): Promise<Finding[]> {
  const rules = Array.isArray(rule) ? rule : [rule];
  const config = { ...emptyConfig(ROOT), ...c.config };
  const out = await lint({ cwd: ROOT, paths: c.files, config, meshConfigFiles: (c.meshConfig ?? []).map((m) => path.join(ROOT, m)), rules });
  const parseErrors = out.result.findings.filter((f) => f.ruleId === 'parse-error' && f.severity === 'error');
  assert.deepEqual(parseErrors.map((f) => `${f.file}:${f.range.line} ${f.message}`), [], 'fixtures must parse');
  assert.deepEqual(out.missing, [], 'fixture paths must exist');
  return out.result.findings.filter((f) => f.ruleId !== 'parse-error');
}

export function ruleTester(rule: Rule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, async () => {
        const findings = await runRule(rule, c);
        assert.deepEqual(findings.map(show), [], 'a valid case has no findings');
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, async () => {
        const findings = await runRule(rule, c);
        assert.equal(findings.length > 0, true, 'an invalid case must report');
        const actual = findings.map((f) => {
          const e: Expected = { message: f.message, line: f.range.line, column: f.range.column, endLine: f.range.endLine, endColumn: f.range.endColumn, severity: f.severity, file: f.file };
          return e;
        });
        const expected = c.errors.map((e) => ({ ...e, severity: e.severity ?? rule.meta.severity, file: e.file ?? c.files[0] }));
        const trimmed = actual.map((a, i) => (expected[i]?.related ? { ...a, related: findings[i]!.related.map((r) => `${r.file}:${r.range.line}:${r.range.column} ${r.message}`) } : a));
        for (const f of findings) assert.equal(f.ruleId, rule.meta.id);
        assert.deepEqual(trimmed, expected);
      });
    }
  });
}

function show(f: Finding): string {
  return `${f.file}:${f.range.line}:${f.range.column} ${f.ruleId} ${f.message}`;
}
