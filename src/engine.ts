/**
 * The pipeline: load → parse → inventory → resolve → rules → result set. Every stage hands the
 * next one its output; nothing goes back. Formatters receive the one sorted result set.
 */
import path from 'node:path';
import { load, type LoadedInput } from './load.js';
import type { Inventory, Workload } from './inventory/model.js';
import { resolve } from './resolve.js';
import type { Resolution, ResolvedWorkload } from './resolved.js';
import { descriptor, type Rule } from './rule.js';
import { ENGINE_FINDINGS } from './engine-findings.js';
import type { DocView, Finding, LintResult, SourceFile } from './types.js';
import { prepareLoaded, type FirstPassRequest, type InputText, type Model, type RunInputs } from './first-pass.js';
import { reportedVersions } from './describe.js';
import type { TargetVersions } from './domain/versions.js';
import { Suppressor, type SuppressionOptions } from './suppress/suppressor.js';
import { runRules, type RunOutcome } from './rule-runner.js';

export interface LintRequest extends FirstPassRequest {
  cwd: string;
  paths: string[];
  rules: Rule[];
  stdinFilename?: string;
  readStdin?: () => Promise<Buffer>;
  /** Files read at once (default 32); output does not depend on it. */
  concurrency?: number;
  /** Called with each resolved workload after the rules, and the run's target versions (explain). */
  onWorkload?: (rw: ResolvedWorkload, versions: TargetVersions) => void;
  /** Inline suppressions on or off, and whether directives that suppress nothing are reported. */
  suppression?: SuppressionOptions;
  /** Texts that stand for files (by absolute path, `-` for stdin): fixed texts linted again before they are written. */
  replaced?: ReadonlyMap<string, string>;
}

export interface LintOutcome {
  result: LintResult;
  /** Explicit paths that matched nothing (usage error, exit 2). */
  missing: string[];
  /** True when no input at all could be read (exit 2). */
  nothingRead: boolean;
  /** Explicit files skipped by an ignore glob. */
  ignored: string[];
  /** Documents the run let go of and parsed again (none on runs of ordinary size). */
  reparsedValues: number;
  /** Absolute paths of the inputs that hold mesh-wide configuration (mesh config, install settings, ProxyConfigs). */
  meshFiles: string[];
  /** Absolute paths of the inputs read as gateway chart values. */
  gatewayValuesFiles: string[];
  /** The run's target versions: given, or read from the input. */
  versions: TargetVersions;
  /** The workloads each finding is about (a finding on a mesh-wide setting: every workload it applies to); filled when `onWorkload` is given. */
  subjects: Map<Finding, Workload[]>;
  /** With `keepTexts`: each linted input's text as read, by display path. */
  texts?: Map<string, InputText>;
}

/** The model with every workload resolved at once, for inspecting small inputs (tests, the smoke report). */
export interface Analysis extends Model {
  resolution: Resolution;
}

/**
 * Load → parse → inventory (document by document) → what the run's workloads share. `onEmbedded`
 * is told of every embedded document the run reads (suppression comments inside it).
 */
export async function prepare(req: Omit<LintRequest, 'rules'>, onEmbedded?: (view: DocView) => void): Promise<Model> {
  return prepareLoaded(req, await loadInputs(req), onEmbedded);
}

/** Load: the paths (files named with --gateway-values too), then the --mesh-config files not among them. */
export async function loadInputs(req: Omit<LintRequest, 'rules'>): Promise<RunInputs> {
  const readStdin = req.readStdin ?? (async () => Buffer.alloc(0));
  // Files named with --gateway-values are linted too (once, if the paths name them as well).
  const gatewayValues = new Set(req.gatewayValuesFiles ?? []);
  const loaded = await load({ cwd: req.cwd, paths: [...req.paths, ...[...gatewayValues].map((f) => path.relative(req.cwd, f) || f)], ignore: req.config.ignore, ignoreBase: req.config.dir, maxFileSize: req.config.maxFileSize, stdinFilename: req.stdinFilename, readStdin, texts: req.texts, concurrency: req.concurrency, replaced: req.replaced });
  const linted = new Set(loaded.inputs.map((i) => i.absPath).filter(Boolean));
  const meshOnly: LoadedInput[] = [];
  if (req.meshConfigFiles.length > 0) {
    const extra = await load({ cwd: req.cwd, paths: req.meshConfigFiles.filter((f) => !linted.has(f)), ignore: [], maxFileSize: req.config.maxFileSize, readStdin });
    meshOnly.push(...extra.inputs);
    loaded.missing.push(...extra.missing.map((m) => path.relative(req.cwd, m) || m));
  }
  return { loaded, meshOnly };
}

export async function analyze(req: Omit<LintRequest, 'rules'>): Promise<Analysis> {
  const model = await prepare(req);
  return { ...model, resolution: resolve(model.inventory, model.config, model.run) };
}

export async function lint(req: LintRequest): Promise<LintOutcome> {
  const suppressor = new Suppressor(req.config, req.cwd, req.suppression);
  const model = await prepare(req, suppressor.onEmbedded);
  const subjects = new Map<Finding, Workload[]>();
  // Only explain reads who each finding is about: a lint run holds no workload past its visit.
  const ran = runRules(req.rules, { inventory: model.inventory, run: model.run, config: model.config, onWorkload: req.onWorkload, subjects: req.onWorkload ? subjects : undefined, suppressor });
  return outcome(req, model, ran, suppressor, subjects);
}

/** The run's result set, from what the rules found and what the engine found itself. */
export function outcome(req: LintRequest, model: Model, ran: RunOutcome, suppressor: Suppressor, subjects = new Map<Finding, Workload[]>()): LintOutcome {
  const findings = [...model.findings, ...ran.findings];
  const hidden = meshOnlyPaths(model.files);
  const kept = findings.filter((f) => !hidden.has(f.file));
  kept.push(...suppressor.finish(kept, model.files, ran.ran));
  kept.sort(compareFindings);
  // A file of YAML documents none of which is a manifest (a workflow, a compose file) is skipped quietly.
  const withFindings = new Set(kept.map((f) => f.file));
  const skipped = new Set(model.files.filter((f) => !f.meshConfigOnly && f.counts.documents > 0 && f.counts.resources === 0 && f.counts.values === 0 && !withFindings.has(f.path)).map((f) => f.path));
  const stats = { documents: 0, resources: 0, workloads: ran.workloads, skipped: skipped.size };
  for (const f of model.files) {
    if (f.meshConfigOnly) continue;
    stats.documents += f.counts.documents;
    stats.resources += f.counts.resources;
  }
  return {
    result: { findings: kept, files: model.inputs.filter((p) => !skipped.has(p)), skipped: [...skipped], stats, rules: [...req.rules.map(descriptor), ...ENGINE_FINDINGS], cwd: req.cwd, targetVersions: reportedVersions(model.run.versions) },
    missing: model.missing,
    nothingRead: model.nothingRead,
    ignored: model.ignored,
    reparsedValues: model.store.reparsedValues,
    meshFiles: meshFilesOf(model.inventory),
    gatewayValuesFiles: gatewayValuesFilesOf(model.inventory),
    subjects,
    versions: model.run.versions,
    texts: model.texts,
  };
}

/** The files that hold gateway chart values (a values file, or a GitOps wrapper of the gateway chart). */
function gatewayValuesFilesOf(inv: Inventory): string[] {
  const files = inv.workloadSources.flatMap((s) => ('origin' in s && s.origin === 'gateway-values' && s.view.file.absPath ? [s.view.file.absPath] : []));
  return [...new Set(files)];
}

/** What `--mesh-config` may name: files that set something for the whole mesh. */
function meshFilesOf(inv: Inventory): string[] {
  const views = [...inv.meshSources.map((m) => m.view), ...inv.istioOperators.map((r) => r.view), ...inv.proxyConfigs.map((r) => r.view), ...inv.istiodEnv.map((e) => e.ref.view), ...inv.globalLifecycles.map((e) => e.ref.view)];
  return [...new Set(views.map((v) => v.file.absPath).filter((p): p is string => p !== undefined))];
}

function meshOnlyPaths(files: SourceFile[]): Set<string> {
  return new Set(files.filter((f) => f.meshConfigOnly).map((f) => f.path));
}


export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.range.line - b.range.line ||
    a.range.column - b.range.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

export { runRules, type RuleInput } from './rule-runner.js';
