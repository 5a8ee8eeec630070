/**
 * The pipeline: load → parse → inventory → resolve → rules → result set. Every stage hands the
 * next one its output; nothing goes back. Formatters receive the one sorted result set.
 */
import path from 'node:path';
import { load, type LoadedInput, type TextInput } from './load.js';
import { parseDeferred, parseInput, type DeferredDocument } from './parse.js';
import { InventoryBuilder, forEachWorkload } from './inventory/builder.js';
import { type Inventory, type Workload } from './inventory/model.js';
import { resourceId } from './domain/identity.js';
import { mostSpecificSetting, resolve, resolveRun, resolveWorkload, targetConfig } from './resolve.js';
import { type Resolution, type ResolvedWorkload, type RunResolution } from './resolved.js';
import type { ResolvedConfig } from './config.js';
import { descriptor, type Report, type Rule, type RuleContext } from './rule.js';
import { fillMessage } from './messages.js';
import { ENGINE_FINDINGS, parseError } from './engine-findings.js';
import type { DocView, Finding, LintResult, ResourceId, SourceFile } from './types.js';
import { DocumentStore, type MemoryLimits } from './yaml/views.js';
import { locate } from './yaml/locate.js';
import { joinWords } from './text.js';
import { reportedVersions, targetVersionNote } from './describe.js';
import type { TargetVersions } from './domain/versions.js';
import { workloadName } from './domain/identity.js';
import { Suppressor, type SuppressionOptions } from './suppress/suppressor.js';
import { resourceSubject, workloadSubject, type Subject } from './suppress/subject.js';
import { fingerprint } from './suppress/fingerprint.js';

export interface LintRequest {
  cwd: string;
  paths: string[];
  config: ResolvedConfig;
  /** Mesh config files applied to every workload (absolute paths). */
  meshConfigFiles: string[];
  /** Values files of Istio's gateway chart, linted as the gateway it renders (absolute paths). */
  gatewayValuesFiles?: string[];
  rules: Rule[];
  stdinFilename?: string;
  readStdin?: () => Promise<Buffer>;
  /** In-memory inputs linted after the paths, as if they were files. */
  texts?: readonly TextInput[];
  /** Files read at once (default 32); output does not depend on it. */
  concurrency?: number;
  /** What is kept in memory on huge runs; output does not depend on it. */
  memory?: MemoryLimits;
  /**
   * Whether a document of one workload that nothing else of the run reads is parsed only when its
   * workload is linted (default true), instead of in the first pass; output does not depend on it.
   */
  deferWorkloads?: boolean;
  /** Called with each resolved workload after the rules, and the run's target versions (explain). */
  onWorkload?: (rw: ResolvedWorkload, versions: TargetVersions) => void;
  /** Inline suppressions on or off, and whether directives that suppress nothing are reported. */
  suppression?: SuppressionOptions;
  /** Texts that stand for files (by absolute path, `-` for stdin): fixed texts linted again before they are written. */
  replaced?: ReadonlyMap<string, string>;
  /** Keep the text of each linted input in the outcome (`texts`), for fixing them. */
  keepTexts?: boolean;
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

/** A linted input's text as the run read it. */
export interface InputText {
  /** Absolute path; absent for stdin. */
  absPath?: string;
  /** An in-memory input (`texts`): it has no file to write. */
  inMemory?: boolean;
  text: string;
}

/** What the rules read besides workloads, before any rule runs; workloads are built one at a time as they are linted. */
export interface Model {
  files: SourceFile[];
  inventory: Inventory;
  run: RunResolution;
  /** The configuration the run uses: the request's, with the target versions (given or read from the input). */
  config: ResolvedConfig;
  /** Engine findings: parse errors, skipped charts. */
  findings: Finding[];
  missing: string[];
  /** Explicit files skipped by an ignore glob. */
  ignored: string[];
  /** Display paths of the linted inputs, in order. */
  inputs: string[];
  nothingRead: boolean;
  /** What the run keeps of its documents. */
  store: DocumentStore;
  /** With `keepTexts`: each linted input's text. */
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
  const readStdin = req.readStdin ?? (async () => Buffer.alloc(0));
  // Files named with --gateway-values are linted too (once, if the paths name them as well).
  const gatewayValues = new Set(req.gatewayValuesFiles ?? []);
  const loaded = await load({ cwd: req.cwd, paths: [...req.paths, ...[...gatewayValues].map((f) => path.relative(req.cwd, f) || f)], ignore: req.config.ignore, ignoreBase: req.config.dir, maxFileSize: req.config.maxFileSize, stdinFilename: req.stdinFilename, readStdin, texts: req.texts, concurrency: req.concurrency, replaced: req.replaced });
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
  const store = new DocumentStore(inputs.reduce((n, i) => n + (i.text?.length ?? 0), 0), req.memory);
  store.onEmbedded = onEmbedded;
  // Each document goes into the inventory as soon as it has parsed: only what the inventory keeps stays.
  const builder = new InventoryBuilder({ defaultNamespace: req.config.defaultNamespace });
  inputs.forEach((input, order) => {
    const isMeshOnly = order >= loaded.inputs.length;
    // A --mesh-config file wins over the files of the run for the same revision.
    const fromMeshConfigFlag = input.absPath !== undefined && flagged.has(input.absPath);
    const namedGatewayValues = !isMeshOnly && input.absPath !== undefined && gatewayValues.has(input.absPath);
    const { file, problems } = parseInput(input, order, { store, meshConfigOnly: isMeshOnly, fromMeshConfigFlag, namedGatewayValues, onDocument: (view) => builder.add(view), onDeferred: req.deferWorkloads === false ? undefined : (d) => builder.addDeferred(d.kind, deferredRead(d, store, findings)) });
    if (file) files.push(file);
    if (!isMeshOnly) for (const p of problems) findings.push(parseError(p.file, p.range, p.messageId, p.data));
  });
  for (const chart of loaded.charts) {
    findings.push(parseError(chart.chartFile, { line: 1, column: 1, endLine: 1, endColumn: 1 }, 'chartTemplates', { count: `${chart.templates} file${chart.templates === 1 ? '' : 's'}` }, 'info'));
  }
  const nothingRead = loaded.inputs.length > 0 && loaded.inputs.every((i) => i.problem !== undefined);
  const inventory = builder.finish();
  findings.push(...meshParseErrors(inventory), ...valuesParseErrors(inventory));
  const { config, versions } = targetConfig(inventory, req.config);
  const fromTexts = loaded.inputs.length - (req.texts?.length ?? 0);
  const texts = req.keepTexts ? new Map(loaded.inputs.flatMap((i, n) => (i.text === undefined ? [] : [[i.path, { absPath: i.absPath, text: i.text, ...(n >= fromTexts ? { inMemory: true } : {}) }] as const]))) : undefined;
  return { files, inventory, run: resolveRun(inventory, versions), config, findings, missing: loaded.missing, ignored: loaded.ignored, inputs: loaded.inputs.map((i) => i.path), nothingRead, store, texts };
}

/**
 * How a deferred workload document is read when its workload is linted: parsed once (its parse
 * problems join the run's findings then), the same view on any later visit. On huge runs the
 * inventory does not hold the view past its visit: views held for the whole run would hold every
 * document's text, and a run visits each workload once (a later visit parses the text again while
 * the file still holds it).
 */
function deferredRead(d: DeferredDocument, store: DocumentStore, findings: Finding[]): () => DocView | undefined {
  let read: { view?: DocView } | undefined;
  return () => {
    if (read) return store.keepEverything ? read.view : parseDeferred(d, store).view;
    const { view, problems } = parseDeferred(d, store);
    for (const p of problems) findings.push(parseError(p.file, p.range, p.messageId, p.data));
    read = store.keepEverything ? { view } : {};
    return view;
  };
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

/** YAML inside a ConfigMap's `mesh` key that does not parse. */
function meshParseErrors(inv: Inventory): Finding[] {
  const out: Finding[] = [];
  for (const m of inv.meshSources) {
    const e = m.embedError;
    if (e) out.push(parseError(m.view.file.path, e.range, 'meshSyntax', { label: m.label, detail: e.message }));
  }
  return out;
}

/** Helm values written as YAML text in a GitOps wrapper (Argo CD helm.values) that does not parse. */
function valuesParseErrors(inv: Inventory): Finding[] {
  return inv.valuesErrors.map((e) => ({ ...parseError(e.file.path, e.range, 'valuesSyntax', { owner: e.owner, detail: e.message }), resource: resourceId(e.resource) }));
}

/** A proxy.istio.io/config annotation that does not parse. */
function annotationParseError(w: Workload): Finding | undefined {
  const e = w.proxyConfigAnnotation?.error;
  if (!e) return undefined;
  return { ...parseError(w.view.file.path, e.range, 'annotationSyntax', { detail: e.message }), resource: resourceOf(w) };
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

export interface RuleInput {
  inventory: Inventory;
  run: RunResolution;
  config: ResolvedConfig;
  /** Called with each resolved workload after the rules have seen it. */
  onWorkload?: (rw: ResolvedWorkload, versions: TargetVersions) => void;
  /** Filled with the workloads each finding is about. */
  subjects?: Map<Finding, Workload[]>;
  /** The run's suppressions (default: the config's, with inline suppressions on). */
  suppressor?: Suppressor;
}

/**
 * Runs the rules over the run: each workload is built, resolved and handed to every rule, one at a
 * time, then each rule ends. Reports become findings as they come (a location is looked up while
 * the document's AST is still cached).
 */
export function runRules(rules: Rule[], input: RuleInput): { findings: Finding[]; workloads: number; ran: Set<string> } {
  const out: Finding[] = [];
  let workloads = 0;
  const { inventory, run, config } = input;
  const suppressor = input.suppressor ?? new Suppressor(config, process.cwd());
  const running = rules.filter((rule) => suppressor.runs(rule.meta.id));
  const active = running.map((rule) => ruleRun(rule, input, suppressor, out));
  const notes = suppressor.notesAnnotations;
  if (notes) {
    for (const r of [...inventory.meshSources.map((m) => m.resource), ...inventory.istioOperators, ...inventory.proxyConfigs]) {
      suppressor.note(resourceSubject({ view: r.view, path: r.base }, undefined, inventory.defaultNamespace));
    }
  }
  forEachWorkload(inventory, (w) => {
    const e = annotationParseError(w);
    if (e) {
      out.push(e);
      input.subjects?.set(e, [w]);
    }
    if (notes) suppressor.note(workloadSubject(w));
    const rw = resolveWorkload(w, inventory, config, run);
    workloads++;
    for (const a of active) a.visitor.workload?.(rw);
    input.onWorkload?.(rw, run.versions);
  });
  for (const a of active) {
    a.visitor.end?.();
    a.finish();
  }
  return { findings: out, workloads, ran: new Set(running.map((r) => r.meta.id)) };
}

/** One rule's context, bound to the run's suppressions and to the findings it adds to. */
function ruleRun(rule: Rule, input: RuleInput, suppressor: Suppressor, out: Finding[]) {
  const id = rule.meta.id;
  const meshWide = new Map<string, { finding: Finding; first: string; others: Set<string> }>();
  const deferred: [Finding, Report][] = [];
  const emit = (r: Report, meshKey?: { subject: string }) => {
    // A workload that suppresses the rule is left out of a finding about a mesh-wide setting.
    if (meshKey && r.workload && suppressor.ignores(id, r.workload)) return;
    const range = locate(r.at);
    // A mesh-wide setting is reported once, for the first workload; the others are named in its help.
    const meshWideKey = meshKey && `${r.at.view.file.path}:${range.line}:${range.column}`;
    const seen = meshWideKey ? meshWide.get(meshWideKey) : undefined;
    if (seen) {
      if (meshKey!.subject !== seen.first) seen.others.add(meshKey!.subject);
      if (r.workload) input.subjects?.get(seen.finding)?.push(r.workload);
      return;
    }
    // Who the finding is about: the workload, or (mesh-wide, or reported without one) the resource it points into.
    const resource = meshKey ? undefined : (r.resource ?? (r.workload ? resourceOf(r.workload, r.container) : undefined));
    const subject: Subject = r.workload && !meshKey ? workloadSubject(r.workload, r.container ?? r.resource?.container) : resourceSubject(r.at, resource, input.inventory.defaultNamespace);
    const decision = suppressor.decide(id, subject, r.at.view.file.path);
    if (decision.drop) return;
    const finding: Finding = {
      ruleId: id,
      messageId: r.messageId,
      severity: decision.severity ?? r.severity ?? rule.meta.severity,
      message: '',
      help: '',
      file: r.at.view.file.path,
      range,
      resource,
      related: (r.related ?? []).map((rel) => ({ file: rel.ref.view.file.path, range: locate(rel.ref), message: rel.message })),
      docsUrl: rule.meta.docsUrl,
      fingerprint: fingerprint(id, r.messageId, subject.id, r.at),
    };
    if (decision.suppressions.length > 0) finding.suppressions = decision.suppressions;
    if (r.fix) {
      if (!rule.meta.fixTypes?.includes(r.fix.type)) throw new Error(`rule ${id} reported a ${r.fix.type} fix it does not declare`);
      finding.fix = r.fix;
    }
    if (meshWideKey) meshWide.set(meshWideKey, { finding, first: meshKey!.subject, others: new Set() });
    if (r.workload) input.subjects?.set(finding, [r.workload]);
    if (typeof r.data === 'function') deferred.push([finding, r]);
    else compact(Object.assign(finding, texts(rule, r, input.run.versions)));
    out.push(finding);
  };
  const ctx: RuleContext = {
    inventory: input.inventory,
    resolution: input.run,
    config: input.config,
    report: (r) => emit(r),
    ignores: (w) => suppressor.ignores(id, w),
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
  return {
    visitor: rule.create(ctx),
    /** A finding about a mesh-wide setting names the other workloads it applies to. */
    finish() {
      for (const [finding, r] of deferred) compact(Object.assign(finding, texts(rule, r, input.run.versions)));
      for (const { finding, others } of meshWide.values()) {
        if (others.size === 0) continue;
        const more = `The same applies to ${others.size} more workload${others.size === 1 ? '' : 's'} using this mesh config: ${joinWords([...others].sort(), 5)}.`;
        finding.help = finding.help ? `${finding.help} ${more}` : more;
      }
    },
  };
}

/** The message and help of a report, built from the rule's declared message and the report's data. */
function texts(rule: Rule, r: Report, versions: TargetVersions): { message: string; help: string } {
  const spec = rule.meta.messages[r.messageId];
  if (!spec) throw new Error(`rule ${rule.meta.id} reported the undeclared message ${r.messageId}`);
  const data = typeof r.data === 'function' ? r.data() : r.data;
  const where = `rule ${rule.meta.id}, message ${r.messageId}`;
  // A message that depends on the target versions says where they came from.
  const target = spec.versions ? targetVersionNote(versions, spec.versions) : '';
  return { message: fillMessage(spec.message, data, where), help: fillMessage(spec.help, data, where) + target };
}

/**
 * A message built from many pieces is held by V8 as a tree of them until it is first read flat;
 * findings live until the output is written, so read each once now (a quarter less memory each).
 */
function compact(f: Finding): void {
  f.message.charCodeAt(0);
  f.help.charCodeAt(0);
  for (const r of f.related) r.message.charCodeAt(0);
}

function resourceOf(w: Workload, container?: string): ResourceId {
  const id = resourceId(w);
  if (container) id.container = container;
  return id;
}

