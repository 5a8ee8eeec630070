/**
 * lint(): the one entry the library, the CLI and the GitHub Action call. It turns options into a
 * run of the engine (the configuration file found or named, flags over it, the rules chosen) and
 * hands back the result set every formatter renders.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { lint as runEngine } from './engine.js';
import { UsageError } from './config.js';
import { planRun } from './run-plan.js';
import { lintParallel } from './parallel/main.js';
import type { WorkerOptions } from './parallel/protocol.js';
import { displayPath, plainError } from './load.js';
import { fixPasses, type FixedFile } from './fix/run.js';
import type { ResolvedWorkload } from './resolved.js';
import type { TargetVersions as EngineVersions } from './domain/versions.js';
import { safe } from './report/safe.js';
import { targetVersions, type TargetVersions } from './domain/targets.js';
import { attachFindings, explainTargets, explainWorkload, type ExplainedWorkload } from './explain/model.js';
import { SEVERITY_RANK, type Finding, type LintResult as FormatterInput } from './types.js';
import { applyBaseline, BaselineError, baselineOf, baselineSize, DEFAULT_BASELINE, parseBaseline, readBaseline, serializeBaseline, writeAtomically, type Baseline } from './suppress/baseline.js';

export type { TextInput } from './load.js';
export type { LintOptions } from './lint-options.js';
import type { LintOptions } from './lint-options.js';
export type { FixedFile } from './fix/run.js';

/** The level at or above which findings fail a run; `never` fails none. */
export type FailOn = 'error' | 'warning' | 'info' | 'never';


/** The options a worker thread plans the same run with: lint()'s, without what is not data. */
function workerOptions(o: NonNullable<LintOptions['options']>): WorkerOptions {
  const { stdin: _stdin, ...data } = o;
  return data;
}

/** What a run did with a baseline. */
export interface BaselineOutcome {
  /** The baseline file, relative to `cwd`. */
  file: string;
  /** Findings it marked suppressed. */
  matched: number;
  /** Findings it records (after writing or pruning: as written). */
  entries: number;
  /** `written`: recorded afresh (--write-baseline); `pruned`: entries that no longer occur dropped. */
  action?: 'written' | 'pruned';
  /** Entries --prune-baseline dropped. */
  dropped?: number;
}

/** The findings of a run and what it read; every formatter renders it. */
export interface LintResult extends FormatterInput {
  /** Paths that exist nowhere or globs that matched nothing (the CLI exits 2 for them; the rest is linted). */
  missing: string[];
  /** Files named explicitly but skipped by an `ignore` glob of the configuration file. */
  ignored: string[];
  /** True when there were inputs and none of them could be read. */
  nothingRead: boolean;
  /** The baseline the run used or wrote, if any. */
  baseline?: BaselineOutcome;
  /** With `fix`: each file the fixes changed, its text before and after, and whether it was written. */
  fixed?: FixedFile[];
}

/**
 * Lints manifests. Usage and configuration errors (an unknown rule id, an invalid configuration
 * file, a version that is not one, a mesh config file without mesh config) throw a `UsageError`;
 * problems of the inputs themselves are findings (`parse-error`).
 */
export async function lint(request: LintOptions): Promise<LintResult> {
  const o = request.options ?? {};
  const { cwd, config, rules, known } = planRun(o);
  const baseline = baselinePlan(cwd, o);
  const stdin = o.stdin;
  let targets: TargetVersions | undefined;
  const explained = new Map<object, ExplainedWorkload>();
  const engineRequest = {
    cwd,
    paths: request.paths ?? (request.texts ? [] : ['.']),
    texts: request.texts,
    config,
    meshConfigFiles: config.meshConfig,
    gatewayValuesFiles: config.gatewayValues,
    rules,
    stdinFilename: stdin?.filename,
    readStdin: stdin ? async () => Buffer.from(await stdin.read()) : undefined,
    onWorkload: o.explain
      ? (rw: ResolvedWorkload, versions: EngineVersions) => {
          targets ??= targetVersions(versions);
          explained.set(rw.workload, explainWorkload(rw, targets));
        }
      : undefined,
    suppression: { inline: o.inlineSuppressions !== false, reportUnused: o.reportUnusedDisableDirectives === true, knownRules: known },
  };
  const threads = o.explain || o.fix ? 1 : (o.threads ?? 'auto');
  let outcome = threads === 1 ? await runEngine({ ...engineRequest, keepTexts: Boolean(o.fix) }) : await lintParallel(engineRequest, threads, workerOptions(o));
  let fixed: FixedFile[] | undefined;
  if (o.fix) {
    const read = outcome.texts!;
    /** A run over these texts in place of the inputs (stdin is read once: later runs get its text). */
    const again = (texts: ReadonlyMap<string, string>) => {
      explained.clear();
      targets = undefined;
      const replaced = new Map<string, string>();
      for (const [file, input] of read) {
        const text = texts.get(file) ?? input.text;
        if (!input.absPath) replaced.set('-', text);
        else if (!input.inMemory) replaced.set(input.absPath, text);
      }
      const inMemory = request.texts?.map((t) => ({ ...t, text: texts.get(displayPath(cwd, path.resolve(cwd, t.path))) ?? t.text }));
      return runEngine({ ...engineRequest, texts: inMemory, replaced });
    };
    const done = await fixPasses(outcome, { types: o.fixTypes ?? ['layout'], dryRun: o.fix === 'dry-run', cwd, lint: again });
    fixed = done.files;
    // A file left as it was on disk is reported as it is there.
    const kept = new Set(fixed.filter((f) => f.status === 'not-written').map((f) => f.file));
    outcome = kept.size === 0 ? done.outcome : await again(new Map(fixed.filter((f) => !kept.has(f.file)).map((f) => [f.file, f.output])));
  }
  const holdsMesh = new Set(outcome.meshFiles);
  const missing = new Set(outcome.missing.map((m) => path.resolve(cwd, m)));
  for (const file of config.meshConfig) {
    if (!holdsMesh.has(file) && !missing.has(file)) {
      throw new UsageError(`the mesh config file ${path.relative(cwd, file) || file} ${whyNoMeshConfig(file)}: --mesh-config (or meshConfig in the configuration file) takes an IstioOperator, the istio ConfigMap, Helm values with meshConfig:, or the istiod Deployment`);
    }
  }
  const holdsGateway = new Set(outcome.gatewayValuesFiles);
  const ignored = new Set(outcome.ignored.map((m) => path.resolve(cwd, m)));
  for (const file of config.gatewayValues) {
    if (!holdsGateway.has(file) && !missing.has(file) && !ignored.has(file)) {
      throw new UsageError(`the gateway values file ${path.relative(cwd, file) || file} ${whyNoGatewayValues(file)}: --gateway-values (or gatewayValues in the configuration file) takes a values file of Istio's gateway Helm chart (YAML without apiVersion and kind)`);
    }
  }
  // A run that could not read what it was asked to changes no baseline (the CLI exits 2).
  const complete = outcome.missing.length === 0 && !outcome.nothingRead;
  const used = baseline ? useBaseline(baseline, outcome.result, cwd, complete) : undefined;
  const result: LintResult = { ...outcome.result, missing: outcome.missing, ignored: outcome.ignored, nothingRead: outcome.nothingRead, ...(used ? { baseline: used } : {}), ...(fixed ? { fixed } : {}) };
  if (o.explain) {
    // A suppressed finding is left out of the timelines, as the reports leave it out.
    attachFindings(explained, outcome.result.findings.filter((f) => !f.suppressions), outcome.subjects);
    const all = [...explained.values()];
    result.workloads = o.explain === 'with-findings' ? all.filter((x) => x.findings.length > 0) : all;
    result.targets = explainTargets(targets ?? targetVersions(outcome.versions));
  }
  return result;
}

/** The baseline a run reads or writes: which file, and what to do with it. */
interface BaselinePlan {
  abs: string;
  shown: string;
  /** The baseline read (absent when writing one afresh). */
  read?: Baseline;
  write: boolean;
  prune: boolean;
}

/** Which baseline a run uses, read before the run so that a bad one stops it early (a usage error). */
function baselinePlan(cwd: string, o: NonNullable<LintOptions['options']>): BaselinePlan | undefined {
  const shownOf = (abs: string) => path.relative(cwd, abs) || abs;
  const fail = (e: unknown): never => {
    throw e instanceof BaselineError ? new UsageError(e.message) : e;
  };
  if (o.writeBaseline !== undefined && o.writeBaseline !== false) {
    if (o.pruneBaseline) throw new UsageError('--write-baseline and --prune-baseline do not go together: writing records every finding afresh');
    const abs = path.resolve(cwd, typeof o.writeBaseline === 'string' ? o.writeBaseline : DEFAULT_BASELINE);
    // Never overwrite a file that is not a baseline (a manifest, package.json…).
    let read: Baseline | undefined;
    if (existsSync(abs)) {
      try {
        read = parseBaseline(readFileSync(abs, 'utf8'), shownOf(abs));
      } catch {
        throw new UsageError(`will not overwrite ${shownOf(abs)}: it is not a drainlint baseline (name a new file, or remove it first)`);
      }
    }
    return { abs, shown: shownOf(abs), read, write: true, prune: false };
  }
  if (o.baseline === false) {
    if (o.pruneBaseline) throw new UsageError('--prune-baseline needs a baseline, and --no-baseline turns it off');
    return undefined;
  }
  const abs = path.resolve(cwd, o.baseline ?? DEFAULT_BASELINE);
  if (!existsSync(abs)) {
    if (o.baseline !== undefined) throw new UsageError(`the baseline ${shownOf(abs)} does not exist (write it with --write-baseline ${o.baseline})`);
    if (o.pruneBaseline) throw new UsageError(`--prune-baseline needs a baseline: ${DEFAULT_BASELINE} does not exist here (or name one with --baseline)`);
    return undefined;
  }
  try {
    return { abs, shown: shownOf(abs), read: readBaseline(abs, shownOf(abs)), write: false, prune: o.pruneBaseline === true };
  } catch (e) {
    return fail(e);
  }
}

/**
 * Records, applies or prunes the baseline over the run's findings. Writing and pruning change the
 * entries of the files this run linted; those of other files are kept while the files exist (a run
 * over part of a repository leaves the rest of its baseline alone).
 */
function useBaseline(plan: BaselinePlan, result: FormatterInput, cwd: string, complete: boolean): BaselineOutcome {
  const { findings } = result;
  const dir = path.dirname(plan.abs);
  const write = (b: Baseline) => {
    try {
      writeAtomically(plan.abs, serializeBaseline(b));
    } catch (e) {
      throw new UsageError(`cannot write the baseline ${plan.shown}: ${plainError(e)}`);
    }
  };
  const linted = new Set([...result.files, ...findings.map((f) => f.file)].map((f) => path.relative(dir, path.resolve(cwd, f)).split(path.sep).join('/')));
  /** `b` with the entries of files this run did not lint carried over from the baseline read. */
  const withOthers = (b: Baseline): Baseline => {
    const files = { ...b.files };
    for (const [file, entries] of Object.entries(plan.read?.files ?? {})) {
      if (!linted.has(file) && existsSync(path.resolve(dir, file))) files[file] = entries;
    }
    return { ...b, files };
  };
  if (plan.write) {
    if (!complete) return { file: plan.shown, matched: 0, entries: 0 };
    const fresh = withOthers(baselineOf(findings, cwd, dir));
    write(fresh);
    const { matched } = applyBaseline(findings, fresh, cwd, dir, plan.shown);
    return { file: plan.shown, matched, entries: baselineSize(fresh), action: 'written' };
  }
  const { kept, matched } = applyBaseline(findings, plan.read!, cwd, dir, plan.shown);
  if (plan.prune && complete) {
    const pruned = withOthers(kept);
    write(pruned);
    return { file: plan.shown, matched, entries: baselineSize(pruned), action: 'pruned', dropped: baselineSize(plan.read!) - baselineSize(pruned) };
  }
  return { file: plan.shown, matched, entries: baselineSize(plan.read!) };
}

/**
 * What must be said besides the findings (the CLI writes it to stderr, the Action as errors):
 * paths that matched nothing, no manifest at all, nothing readable. Any of them is a usage error.
 */
export function inputProblems(r: LintResult, paths: readonly string[]): string[] {
  const out = r.missing.map((m) => `no such file or directory, or no match: ${safe(m)}`);
  if (r.files.length === 0 && r.skipped.length === 0 && r.findings.length === 0 && !paths.includes('-') && r.ignored.length === 0 && r.missing.length === 0) {
    out.push(`no manifests (*.yaml, *.yml) found in ${paths.map(safe).join(', ')}`);
  }
  if (r.nothingRead) {
    for (const f of r.findings) if (f.ruleId === 'parse-error' && r.files.includes(f.file)) out.push(`cannot lint ${safe(f.file)}: ${safe(f.message)}`);
  }
  return out;
}

/** Whether a finding fails the run at this level: a suppressed finding never does. */
export function failsAt(f: Finding, failOn: FailOn): boolean {
  return !f.suppressions && atOrAbove(f, failOn);
}

/** Whether a finding's severity is at or above the level (suppressed or not: what --quiet keeps). */
export function atOrAbove(f: Finding, failOn: FailOn): boolean {
  return failOn !== 'never' && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn];
}


/** Why a mesh config file gave no mesh config: it is not YAML, or it holds none (findings inside it are not reported). */
function whyNoMeshConfig(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return `cannot be read (${plainError(e)})`;
  }
  const error = parseAllDocuments(text, { prettyErrors: true }).flatMap((d) => ('errors' in d ? d.errors : []))[0];
  if (error) return `is not valid YAML (line ${error.linePos?.[0].line ?? 1}: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')})`;
  return 'holds no mesh config';
}

/** Why a file named with --gateway-values gave no gateway values: it is not YAML, or it holds a manifest instead. */
function whyNoGatewayValues(file: string): string {
  const why = whyNoMeshConfig(file);
  return why === 'holds no mesh config' ? 'holds no values mapping (a Kubernetes manifest, or nothing)' : why;
}

