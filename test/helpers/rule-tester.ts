/**
 * RuleTester: runs one rule over fixture files or inline YAML and asserts its findings exactly —
 * rule id, message id, severity, line/column/endLine/endColumn, resource and related locations
 * (and the message text or help where a case gives them) — like ESLint's RuleTester.
 *
 * Besides what a case expects, every finding must keep the message contract (one sentence of at
 * most 160 characters without a file path, a help text), a valid case must have linted at least
 * one workload (an empty fixture folder must not pass), and two cases may not be the same.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { lint } from '../../src/engine.js';
import { emptyConfig, type ResolvedConfig } from '../../src/config.js';
import type { Rule } from '../../src/rule.js';
import type { Finding, LintResult, Severity } from '../../src/types.js';
import { MESSAGE_LIMIT } from '../../src/messages.js';

/** The repository root (tests run from build/, fixtures stay at the root). */
export const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../..');


export interface Expected {
  messageId: string;
  /** The exact message, when the case checks it. */
  message?: string;
  /** The help text (exact, or a pattern it must match), when the case checks it. */
  help?: string | RegExp;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity?: Severity;
  /** Fixture path relative to the root; defaults to the case's first file (or `inline.yaml`). */
  file?: string;
  /** Related locations, "file:line:column message" (empty when there are none). */
  related: string[];
  /** "Kind namespace/name [container]", or null for a finding about no resource. */
  resource: string | null;
}


export interface Case {
  name: string;
  /** Fixture files or folders, relative to the repository root. */
  files?: string[];
  /** Inline YAML, linted as the file `inline.yaml`. */
  code?: string;
  config?: Partial<ResolvedConfig>;
  /** Mesh config files given as --mesh-config (relative to the root). */
  meshConfig?: string[];
  /** A valid case about resources other than workloads (mesh configs, ProxyConfigs) says so. */
  noWorkloads?: true;
}

export interface InvalidCase extends Case {
  errors: Expected[];
}

export const INLINE = 'inline.yaml';

export async function lintCase(rule: Rule | Rule[], c: Case): Promise<LintResult> {
  const rules = Array.isArray(rule) ? rule : [rule];
  const config = { ...emptyConfig(ROOT), ...c.config };
  assert.ok((c.files?.length ?? 0) > 0 !== (c.code !== undefined), `case "${c.name}" gives files or code, not both`);
  const paths = c.code !== undefined ? ['-'] : c.files!;
  const out = await lint({
    cwd: ROOT,
    paths,
    config,
    meshConfigFiles: (c.meshConfig ?? []).map((m) => path.join(ROOT, m)),
    rules,
    readStdin: async () => Buffer.from(c.code ?? ''),
    stdinFilename: INLINE,
  });
  const parseErrors = out.result.findings.filter((f) => f.ruleId === 'parse-error' && f.severity === 'error');
  assert.deepEqual(parseErrors.map((f) => `${f.file}:${f.range.line} ${f.message}`), [], 'fixtures must parse');
  assert.deepEqual(out.missing, [], 'fixture paths must exist');
  return out.result;
}

/** The findings a case reports: parse errors and suppressed findings are not among them (suppressions.test.ts checks those). */
export async function runRule(rule: Rule | Rule[], c: Case): Promise<Finding[]> {
  return (await lintCase(rule, c)).findings.filter((f) => f.ruleId !== 'parse-error' && !f.suppressions);
}

/** The message contract every finding keeps: one short sentence without file paths, and a help text. */
export function assertMessageContract(f: Finding, inputs: readonly string[]): void {
  const where = `${f.ruleId}/${f.messageId} at ${f.file}:${f.range.line}`;
  assert.ok(f.message.length <= MESSAGE_LIMIT, `${where}: message of ${f.message.length} characters (at most ${MESSAGE_LIMIT}): ${f.message}`);
  assert.ok(!/\.ya?ml\b|\.json\b|[\w-]+\/[\w.-]+\.\w+:\d+/.test(f.message), `${where}: the message names a file (related locations carry them): ${f.message}`);
  for (const input of inputs) assert.ok(!f.message.includes(input), `${where}: the message names ${input}`);
  assert.ok(f.help.length > 0, `${where}: no help text`);
  assert.match(f.message, /^[A-Z0-9`"'a-z].*[.…)]$/s, `${where}: the message is one sentence ending with a period`);
}

export function resourceText(f: Finding): string | null {
  const r = f.resource;
  if (!r) return null;
  return `${r.kind} ${r.namespace ?? ''}/${r.name ?? ''}${r.container ? ` [${r.container}]` : ''}`;
}

export function relatedText(f: Finding): string[] {
  return f.related.map((r) => `${r.file}:${r.range.line}:${r.range.column} ${r.message}`);
}

function caseKey(c: Case): string {
  return JSON.stringify({ files: c.files, code: c.code, config: c.config, meshConfig: c.meshConfig });
}

export function ruleTester(rule: Rule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it('has no duplicate cases', () => {
      const all = [...cases.valid, ...cases.invalid];
      const names = new Set<string>();
      const inputs = new Map<string, string>();
      for (const c of all) {
        assert.ok(!names.has(c.name), `two cases are named "${c.name}"`);
        names.add(c.name);
        const key = caseKey(c);
        const expect = 'errors' in c ? JSON.stringify((c as InvalidCase).errors) : 'valid';
        assert.ok(!inputs.has(key + expect), `cases "${inputs.get(key + expect)}" and "${c.name}" are the same`);
        inputs.set(key + expect, c.name);
      }
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, async () => {
        const result = await lintCase(rule, c);
        const findings = result.findings.filter((f) => f.ruleId !== 'parse-error' && !f.suppressions);
        assert.deepEqual(findings.map(show), [], 'a valid case has no findings (suppressed ones aside)');
        if (c.noWorkloads) assert.ok(result.stats.documents > 0, 'a valid case must lint something');
        else assert.ok(result.stats.workloads > 0, 'a valid case must lint at least one workload (or say noWorkloads)');
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, async () => {
        const findings = await runRule(rule, c);
        assert.equal(findings.length > 0, true, 'an invalid case must report');
        const inputs = c.files ?? [INLINE];
        for (const f of findings) {
          assert.equal(f.ruleId, rule.meta.id);
          assertMessageContract(f, inputs);
        }
        const actual = findings.map((f, i) => {
          const e = c.errors[i];
          const base = { line: f.range.line, column: f.range.column, endLine: f.range.endLine, endColumn: f.range.endColumn, severity: f.severity, file: f.file };
          return {
            messageId: f.messageId,
            ...(e?.message !== undefined ? { message: f.message } : {}),
            ...(typeof e?.help === 'string' ? { help: f.help } : {}),
            ...base,
            related: relatedText(f),
            resource: resourceText(f),
          };
        });
        const expected = c.errors.map((e) => {
          const { help, ...rest } = e;
          return { ...rest, ...(typeof help === 'string' ? { help } : {}), severity: e.severity ?? rule.meta.severity, file: e.file ?? inputs[0] };
        });
        if (process.env['RULE_TESTER_SHOW_ACTUAL']) console.log(`// ${rule.meta.id} / ${c.name}\n${showExpected(findings, inputs[0]!)}`);
        assert.deepEqual(actual, expected);
        c.errors.forEach((e, i) => {
          if (e.help instanceof RegExp) assert.match(findings[i]!.help, e.help);
        });
      });
    }
  });
}

/** The findings as `errors` entries, for writing a case (RULE_TESTER_SHOW_ACTUAL=1 prints them). */
function showExpected(findings: Finding[], first: string): string {
  const lines = findings.map((f) => {
    const e: Record<string, unknown> = { messageId: f.messageId, message: f.message, line: f.range.line, column: f.range.column, endLine: f.range.endLine, endColumn: f.range.endColumn };
    if (f.file !== first) e['file'] = f.file;
    e['related'] = relatedText(f);
    e['resource'] = resourceText(f);
    return `  ${JSON.stringify(e)},\n  // help: ${f.help}`;
  });
  return `errors: [\n${lines.join('\n')}\n]`;
}

function show(f: Finding): string {
  return `${f.file}:${f.range.line}:${f.range.column} ${f.ruleId} ${f.message}`;
}
