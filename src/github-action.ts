/**
 * The GitHub Action (action.yml): inputs from the environment (INPUT_*, never through a shell),
 * findings as annotations on the pull request's diff, a Markdown job summary, outputs, an
 * optional SARIF file for code scanning, and the step's status from fail-on.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lint, failsAt, inputProblems, type FailOn } from './lint.js';
import { UsageError } from './config.js';
import { counts } from './report/json.js';
import { loadFormatter } from './report/formats.js';
import { relativeTo } from './report/paths.js';
import { data } from './report/github.js';
import { plainError } from './load.js';
import { HOMEPAGE } from './messages.js';
import { VERSION } from './version.js';

export interface ActionIO {
  env: NodeJS.ProcessEnv;
  stdout: { write(s: string): unknown };
}

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'info', 'never'];

/** Runs the Action; the resolved value is the process's exit code (0 passes the step). */
export async function runAction(io: ActionIO): Promise<number> {
  const log = (s: string) => io.stdout.write(`${s}\n`);
  try {
    return await run(io, log);
  } catch (e) {
    if (e instanceof UsageError) {
      log(`::error title=drainlint::${data(e.message)}`);
      return 2;
    }
    log(`::error title=drainlint internal error::${data(`${(e as Error).stack ?? e}\nThis is a bug: please report it at ${HOMEPAGE}/issues`)}`);
    return 3;
  }
}

async function run(io: ActionIO, log: (s: string) => void): Promise<number> {
  const inputs = readInputs(io.env);
  const workspace = path.resolve(io.env['GITHUB_WORKSPACE'] || process.cwd());
  const cwd = path.resolve(workspace, inputs.workingDirectory);
  const full = await lint({
    paths: inputs.paths,
    // The job summary draws the timeline of each workload with findings.
    options: { cwd, config: inputs.config, meshConfig: inputs.meshConfig, istioVersion: inputs.istioVersion, kubernetesVersion: inputs.kubernetesVersion, explain: inputs.summary ? 'with-findings' : undefined },
  });
  // Annotations, the summary and SARIF name files as the repository does, from its root.
  const result = relativeTo(full, workspace);
  const ctx = { color: false, version: VERSION, workspace, blobUrl: blobUrl(io.env) };
  const n = counts(result.findings);
  // Suppressed findings (annotations, comments, overrides, the baseline) count toward nothing and annotate nothing.
  const problems = result.findings.filter((f) => !f.suppressions).length;

  // The report for people goes to the log with workflow commands stopped: manifest text cannot issue any.
  const stop = randomUUID();
  log(`::group::drainlint: ${plural(problems, 'problem')} (${plural(n.errors, 'error')}, ${plural(n.warnings, 'warning')}, ${n.infos} info) in ${plural(result.files.length, 'file')}`);
  log(`::stop-commands::${stop}`);
  io.stdout.write((await loadFormatter('stylish'))(result, ctx));
  log(`::${stop}::`);
  log('::endgroup::');
  if (inputs.annotations) io.stdout.write((await loadFormatter('github'))(result, ctx));

  let sarifFile = '';
  if (inputs.sarifFile) {
    const file = path.resolve(cwd, inputs.sarifFile);
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, (await loadFormatter('sarif'))(result, ctx));
    } catch (e) {
      throw new UsageError(`cannot write the SARIF file ${inputs.sarifFile}: ${plainError(e)}`);
    }
    sarifFile = path.relative(workspace, file).split(path.sep).join('/') || file;
  }
  if (inputs.summary && io.env['GITHUB_STEP_SUMMARY']) appendFileSync(io.env['GITHUB_STEP_SUMMARY'], (await loadFormatter('markdown'))(result, ctx));
  setOutputs(io.env, { findings: problems, errors: n.errors, warnings: n.warnings, infos: n.infos, 'sarif-file': sarifFile });

  const usage = inputProblems(full, inputs.paths);
  for (const p of usage) log(`::error title=drainlint::${data(p)}`);
  if (usage.length > 0) return 2;
  const failing = result.findings.filter((f) => failsAt(f, inputs.failOn)).length;
  if (failing > 0) {
    log(`::error title=drainlint::${data(`${plural(failing, 'finding')} at or above fail-on: ${inputs.failOn}`)}`);
    return 1;
  }
  return 0;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

interface Inputs {
  paths: string[];
  config?: string;
  meshConfig: string[];
  failOn: FailOn;
  istioVersion?: string;
  kubernetesVersion?: string;
  sarifFile?: string;
  annotations: boolean;
  summary: boolean;
  workingDirectory: string;
}

/** Inputs as the runner passes them: INPUT_<NAME> (upper case, spaces as _), trimmed; lists one item a line. */
function readInputs(env: NodeJS.ProcessEnv): Inputs {
  const text = (name: string) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
  const list = (name: string) => text(name).split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
  const optional = (name: string) => text(name) || undefined;
  // The YAML 1.2 core schema's booleans, as @actions/core's getBooleanInput reads them.
  const bool = (name: string, fallback: boolean) => {
    const v = text(name);
    if (v === '') return fallback;
    if (['true', 'True', 'TRUE'].includes(v)) return true;
    if (['false', 'False', 'FALSE'].includes(v)) return false;
    throw new UsageError(`input ${name} is "${v}": it takes true or false`);
  };
  const failOn = text('fail-on') || 'warning';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) throw new UsageError(`input fail-on is "${failOn}": it takes ${FAIL_ON.join(', ')}`);
  const paths = list('paths');
  return {
    paths: paths.length > 0 ? paths : ['.'],
    config: optional('config'),
    meshConfig: list('mesh-config'),
    failOn: failOn as FailOn,
    istioVersion: optional('istio-version'),
    kubernetesVersion: optional('kubernetes-version'),
    sarifFile: optional('sarif-file'),
    annotations: bool('annotations', true),
    summary: bool('summary', true),
    workingDirectory: text('working-directory') || '.',
  };
}

/** Writes step outputs as the runner reads them: `name<<delimiter` blocks in $GITHUB_OUTPUT. */
function setOutputs(env: NodeJS.ProcessEnv, outputs: Record<string, string | number>): void {
  const file = env['GITHUB_OUTPUT'];
  if (!file) return;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, Object.entries(outputs).map(([k, v]) => `${k}<<${delimiter}\n${v}\n${delimiter}\n`).join(''));
}

/** …/blob/<sha> of the checked-out commit, so the summary links each finding to its line. */
function blobUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = env;
  return server && repo && sha ? `${server}/${repo}/blob/${sha}` : undefined;
}
