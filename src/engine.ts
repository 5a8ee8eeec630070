/**
 * The pipeline: load → parse → inventory → resolve → rules → result set. Every stage hands the
 * next one its output; nothing goes back. Formatters receive the one sorted result set.
 */
import path from 'node:path';
import { load, type LoadedInput } from './load.js';
import { parseInput } from './parse.js';
import { resourceId, takeInventory, type Inventory } from './inventory.js';
import { resolve, mostSpecificSetting, type Resolution } from './resolve.js';
import type { ResolvedConfig } from './config.js';
import { ENGINE_FINDINGS, descriptor, engineDocsUrl, type Report, type Rule, type RuleContext } from './rule.js';
import type { Finding, LintResult, Range, ResourceId, Severity, SourceFile } from './types.js';
import { configureAstCache, locate } from './yaml-view.js';
import { joinWords, workloadName } from './describe.js';

export interface LintRequest {
  cwd: string;
  paths: string[];
  config: ResolvedConfig;
  /** Mesh config files applied to every workload (absolute paths). */
  meshConfigFiles: string[];
  rules: Rule[];
  stdinFilename?: string;
  readStdin?: () => Promise<Buffer>;
  /** Files read at once (default 32); output does not depend on it. */
  concurrency?: number;
}

export interface LintOutcome {
  result: LintResult;
  /** Explicit paths that matched nothing (usage error, exit 2). */
  missing: string[];
  /** True when no input at all could be read (exit 2). */
  nothingRead: boolean;
  /** Explicit files skipped by an ignore glob. */
  ignored: string[];
}

export const IGNORE_ANNOTATION = 'drainlint.io/ignore';

/** Everything the rules read, before any rule runs (also what `explain`-style views show). */
export interface Analysis {
  files: SourceFile[];
  inventory: Inventory;
  resolution: Resolution;
  /** Engine findings: parse errors, skipped charts. */
  findings: Finding[];
  missing: string[];
  /** Explicit files skipped by an ignore glob. */
  ignored: string[];
  /** Display paths of the linted inputs, in order. */
  inputs: string[];
  nothingRead: boolean;
}

export async function analyze(req: Omit<LintRequest, 'rules'>): Promise<Analysis> {
  const readStdin = req.readStdin ?? (async () => Buffer.alloc(0));
  const loaded = await load({ cwd: req.cwd, paths: req.paths, ignore: req.config.ignore, ignoreBase: req.config.dir, maxFileSize: req.config.maxFileSize, stdinFilename: req.stdinFilename, readStdin, concurrency: req.concurrency });
  const linted = new Set(loaded.inputs.map((i) => i.absPath).filter(Boolean));
  const flagged = new Set(req.meshConfigFiles);
  const meshOnly: LoadedInput[] = [];
  if (req.meshConfigFiles.length > 0) {
    const extra = await load({ cwd: req.cwd, paths: req.meshConfigFiles.filter((f) => !linted.has(f)), ignore: [], maxFileSize: req.config.maxFileSize, readStdin });
    meshOnly.push(...extra.inputs);
    loaded.missing.push(...extra.missing.map((m) => path.relative(req.cwd, m) || m));
  }
  const findings: Finding[] = [];
  const files: SourceFile[] = [];
  const inputs = [...loaded.inputs, ...meshOnly];
  configureAstCache(inputs.reduce((n, i) => n + (i.text?.length ?? 0), 0));
  inputs.forEach((input, order) => {
    const isMeshOnly = order >= loaded.inputs.length;
    const { file, problems } = parseInput(input, order);
    if (file) {
      file.meshConfigOnly = isMeshOnly;
      // A --mesh-config file wins over the files of the run for the same revision.
      file.fromMeshConfigFlag = input.absPath !== undefined && flagged.has(input.absPath);
      files.push(file);
    }
    if (!isMeshOnly) for (const p of problems) findings.push(engineFinding('parse-error', 'error', p.file, p.range, p.message));
  });
  for (const chart of loaded.charts) {
    findings.push(
      engineFinding('parse-error', 'info', chart.chartFile, { line: 1, column: 1, endLine: 1, endColumn: 1 }, `Helm chart templates skipped (${chart.templates} file${chart.templates === 1 ? '' : 's'} under templates/): render with helm template and pipe the output (helm template … | drainlint -)`),
    );
  }
  const nothingRead = loaded.inputs.length > 0 && loaded.inputs.every((i) => i.problem !== undefined);
  const inventory = takeInventory(files, { defaultNamespace: req.config.defaultNamespace });
  // The inventory keeps what later steps read; documents of other kinds can go now.
  for (const f of files) f.docs = [];
  const resolution = resolve(inventory, req.config);
  findings.push(...embeddedParseErrors(inventory));
  return { files, inventory, resolution, findings, missing: loaded.missing, ignored: loaded.ignored, inputs: loaded.inputs.map((i) => i.path), nothingRead };
}

export async function lint(req: LintRequest): Promise<LintOutcome> {
  const a = await analyze(req);
  const findings = [...a.findings, ...runRules(req.rules, { inventory: a.inventory, resolution: a.resolution, config: req.config })];
  const hidden = meshOnlyPaths(a.files);
  const kept = findings.filter((f) => !hidden.has(f.file));
  kept.sort(compareFindings);
  return {
    result: { findings: kept, files: a.inputs, rules: [...req.rules.map(descriptor), ...ENGINE_FINDINGS], cwd: req.cwd },
    missing: a.missing,
    nothingRead: a.nothingRead,
    ignored: a.ignored,
  };
}

/** YAML inside the proxy.istio.io/config annotation or a ConfigMap's `mesh` key that does not parse. */
function embeddedParseErrors(inv: import('./inventory.js').Inventory): Finding[] {
  const out: Finding[] = [];
  for (const w of inv.workloads) {
    const e = w.proxyConfigAnnotation?.error;
    if (e) out.push({ ...engineFinding('parse-error', 'error', w.view.file.path, e.range, `the proxy.istio.io/config annotation is not valid YAML or JSON (${e.message}): admission denies the pod`), resource: resourceOf(w) });
  }
  for (const m of inv.meshSources) {
    const e = m.embedError;
    if (e) out.push(engineFinding('parse-error', 'error', m.view.file.path, e.range, `the mesh config in ${m.label} (data.mesh) is not valid YAML (${e.message}): istiod discards it and keeps its last good mesh config`));
  }
  return out;
}

function meshOnlyPaths(files: SourceFile[]): Set<string> {
  return new Set(files.filter((f) => f.meshConfigOnly).map((f) => f.path));
}

function engineFinding(ruleId: string, severity: Severity, file: string, range: Range, message: string): Finding {
  return { ruleId, severity, message, file, range, related: [], docsUrl: engineDocsUrl(ruleId) };
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

type ModelParts = Pick<RuleContext, 'inventory' | 'resolution' | 'config'>;

/** Runs each rule over the model and maps its reports to findings. */
export function runRules(rules: Rule[], model: ModelParts): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    const setting = model.config.rules[rule.meta.id];
    if (setting === 'off') continue;
    const meshWide = new Map<string, { finding: Finding; first: string; others: Set<string> }>();
    const emit = (r: Report, meshKey?: { subject: string }) => {
      if (r.workload && suppressed(r.workload, rule.meta.id)) return;
      const range = locate(r.at);
      const finding: Finding = {
        ruleId: rule.meta.id,
        severity: setting ?? r.severity ?? rule.meta.severity,
        message: r.message,
        file: r.at.view.file.path,
        range,
        resource: r.resource ?? (r.workload ? resourceOf(r.workload, r.container) : undefined),
        related: (r.related ?? []).map((rel) => ({ file: rel.ref.view.file.path, range: locate(rel.ref), message: rel.message })),
        docsUrl: rule.meta.docsUrl,
      };
      if (meshKey) {
        const key = `${finding.file}:${range.line}:${range.column}`;
        const seen = meshWide.get(key);
        if (seen) {
          if (meshKey.subject !== seen.first) seen.others.add(meshKey.subject);
          return;
        }
        finding.resource = undefined;
        meshWide.set(key, { finding, first: meshKey.subject, others: new Set() });
      }
      out.push(finding);
    };
    const ctx: RuleContext = {
      ...model,
      report: (r) => emit(r),
      reportDrainSetting: (r) => {
        const w = r.workload.workload;
        const most = mostSpecificSetting(r.involved);
        if (!most) {
          // All defaults: where the annotation to add belongs (a gateway without a pod template: its entry).
          emit({ ...r, at: w.anchor ?? { view: w.view, path: w.podMetaPath, target: 'key' }, workload: w });
          return;
        }
        // The finding points at that setting: it is not repeated as a related location.
        const related = r.related?.filter((rel) => rel.ref !== most.prov.ref);
        if (most.prov.level === 'mesh') emit({ ...r, related, at: most.prov.ref!, workload: w }, { subject: workloadName(r.workload) });
        else emit({ ...r, related, at: most.prov.ref!, workload: w });
      },
    };
    rule.check(ctx);
    for (const { finding, others } of meshWide.values()) {
      if (others.size > 0) finding.message += ` The same applies to ${others.size} more workload${others.size === 1 ? '' : 's'} using this mesh config: ${joinWords([...others].sort(), 5)}.`;
    }
  }
  return out;
}

function resourceOf(w: import('./inventory.js').Workload, container?: string): ResourceId {
  const id = resourceId(w);
  if (container) id.container = container;
  return id;
}

/** Inline suppression: `drainlint.io/ignore: "rule-a,rule-b"` (or "*") on the pod template. */
function suppressed(w: import('./inventory.js').Workload, ruleId: string): boolean {
  const v = w.podAnnotations[IGNORE_ANNOTATION];
  if (typeof v !== 'string') return false;
  return v.split(',').map((s) => s.trim()).some((s) => s === '*' || s === ruleId);
}
