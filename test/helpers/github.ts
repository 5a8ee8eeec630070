/**
 * GitHub's own parser of action metadata and workflows (@actions/workflow-parser, offline), and
 * what a runner does around an Action: INPUT_* from action.yml's defaults and a step's `with:`,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, workflow commands read back from the log.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { register } from 'node:module';
import path from 'node:path';
import { ROOT } from './rule-tester.js';

export interface ParseResult {
  errors: string[];
  value: unknown;
  context: unknown;
}

export interface ActionTemplate {
  name: string;
  inputs?: { id: string; description: string; default?: unknown; required?: boolean }[];
  outputs?: { id: string; description: string }[];
  runs: { using: string; main?: string };
}

interface ParserModules {
  parseAction(file: { name: string; content: string }, trace: unknown): { context: { errors: { getErrors(): { message: string }[] } }; value: unknown };
  convertActionTemplate(context: unknown, value: unknown): ActionTemplate;
  parseWorkflow(file: { name: string; content: string }, trace: unknown): { context: { errors: { getErrors(): { message: string }[] } }; value: unknown };
  convertWorkflowTemplate(context: unknown, value: unknown): Promise<unknown>;
  NoOperationTraceWriter: new () => unknown;
}

/** The parser, loaded once per test process with the JSON import hook in place. */
const modules: Promise<ParserModules> = (async () => {
  register(new URL('./json-import-attributes.js', import.meta.url));
  const actions = (await import('@actions/workflow-parser/actions/index')) as unknown as Pick<ParserModules, 'parseAction' | 'convertActionTemplate'>;
  const workflows = (await import('@actions/workflow-parser')) as unknown as Omit<ParserModules, 'parseAction' | 'convertActionTemplate'>;
  return { ...actions, ...workflows };
})();

export async function parseAction(name: string, content: string): Promise<{ errors: string[]; template: ActionTemplate }> {
  const m = await modules;
  const r = m.parseAction({ name, content }, new m.NoOperationTraceWriter());
  const errors = r.context.errors.getErrors().map((e) => e.message);
  return { errors, template: errors.length === 0 ? m.convertActionTemplate(r.context, r.value) : ({} as ActionTemplate) };
}

export async function parseWorkflow(name: string, content: string): Promise<{ errors: string[]; template: unknown }> {
  const m = await modules;
  const r = m.parseWorkflow({ name, content }, new m.NoOperationTraceWriter());
  const errors = r.context.errors.getErrors().map((e) => e.message);
  return { errors, template: errors.length === 0 ? await m.convertWorkflowTemplate(r.context, r.value) : undefined };
}

export const ACTION_YML = path.join(ROOT, 'action.yml');

/** INPUT_* as the runner sets them: every input of action.yml with its default, then the step's `with:`. */
export async function inputEnv(withInputs: Record<string, string>): Promise<Record<string, string>> {
  const { errors, template } = await parseAction('action.yml', readFileSync(ACTION_YML, 'utf8'));
  assert.deepEqual(errors, []);
  const env: Record<string, string> = {};
  for (const i of template.inputs ?? []) env[`INPUT_${i.id.toUpperCase()}`] = i.default === undefined ? '' : String((i.default as { value?: unknown }).value ?? i.default);
  for (const [k, v] of Object.entries(withInputs)) {
    assert.ok(`INPUT_${k.toUpperCase()}` in env, `action.yml declares the input ${k}`);
    env[`INPUT_${k.toUpperCase()}`] = v;
  }
  return env;
}

/** The `name<<delimiter … delimiter` blocks of a GITHUB_OUTPUT file. */
export function readOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

/** Workflow commands read back from a log as the runner does (unescaping data and properties); text between stop-commands and its token is not read. */
export function readCommands(log: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  let stoppedUntil: string | undefined;
  for (const line of log.split('\n')) {
    if (stoppedUntil !== undefined) {
      if (line === `::${stoppedUntil}::`) stoppedUntil = undefined;
      continue;
    }
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    if (m[1] === 'stop-commands') {
      stoppedUntil = m[3];
      continue;
    }
    const properties: Record<string, string> = {};
    for (const p of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = p.indexOf('=');
      properties[p.slice(0, eq)] = unescape(p.slice(eq + 1));
    }
    out.push({ command: m[1]!, properties, data: unescape(m[3]!) });
  }
  return out;
}

function unescape(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}
