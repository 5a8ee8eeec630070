/**
 * The rules over a run's workloads: each workload is resolved and handed to every rule, one at a
 * time, then each rule ends. Reports become findings as they come (a location is looked up while
 * the document's AST is still cached).
 *
 * With worker threads (src/parallel/), a worker runs the rules that judge each workload on its own
 * over the workloads it owns and records what they report as events; the main thread visits every
 * workload in input order, runs the rules that gather facts across workloads (`crossWorkload`)
 * itself and replays the workers' events where they belong, so the findings come out in the same
 * order, with the same texts, as on one thread.
 */
import { resourceId, workloadName } from './domain/identity.js';
import { forEachWorkload } from './inventory/builder.js';
import type { Inventory, Workload } from './inventory/model.js';
import { mostSpecificSetting, resolveWorkload } from './resolve.js';
import type { ResolvedWorkload, RunResolution } from './resolved.js';
import type { ResolvedConfig } from './config.js';
import type { Report, Rule, RuleContext } from './rule.js';
import { fillMessage } from './messages.js';
import { parseError } from './engine-findings.js';
import type { Finding, ResourceId } from './types.js';
import { locate } from './yaml/locate.js';
import { joinWords } from './text.js';
import { targetVersionNote } from './describe.js';
import type { TargetVersions } from './domain/versions.js';
import { Suppressor } from './suppress/suppressor.js';
import { resourceSubject, workloadSubject, type Subject } from './suppress/subject.js';
import { fingerprint } from './suppress/fingerprint.js';

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
 * What a rule reported for one workload on a worker thread, in order: a finding, or a report about
 * a mesh-wide setting (`meshKey`: where it is), which the main thread merges with the same
 * setting's reports for other workloads. `finding` is absent when the worker had already made the
 * finding for an earlier workload.
 */
export interface RuleEvent {
  /** Index of the rule among the run's rules. */
  rule: number;
  finding?: Finding;
  meshKey?: string;
  subject?: string;
}

/** `main`: one thread, or the main thread of several; `worker`: a worker thread (no end(), events instead of findings). */
export type RunnerRole = 'main' | 'worker';

export interface RunOutcome {
  findings: Finding[];
  workloads: number;
  ran: Set<string>;
}

export function runRules(rules: Rule[], input: RuleInput): RunOutcome {
  const runner = new RuleRunner(rules, input);
  forEachWorkload(input.inventory, (w) => runner.visit(w));
  return runner.finish();
}

/** One run of the rules: visit() each workload in input order, then finish(). */
export class RuleRunner {
  readonly findings: Finding[] = [];
  private workloads = 0;
  private readonly active: RuleRun[];
  private readonly running: Rule[];
  private readonly suppressor: Suppressor;
  private readonly notes: boolean;

  constructor(
    rules: Rule[],
    private readonly input: RuleInput,
    private readonly role: RunnerRole = 'main',
  ) {
    this.suppressor = input.suppressor ?? new Suppressor(input.config, process.cwd());
    this.running = rules.filter((rule) => this.suppressor.runs(rule.meta.id));
    // A worker runs only the rules that judge each workload on its own; the main thread runs the others over every workload.
    this.active = this.running.map((rule, index) => ruleRun(rule, index, input, this.suppressor, this.findings, role === 'worker' && rule.meta.crossWorkload !== true));
    this.notes = this.suppressor.notesAnnotations && role === 'main';
    if (this.notes) {
      const inv = input.inventory;
      for (const r of [...inv.meshSources.map((m) => m.resource), ...inv.istioOperators, ...inv.proxyConfigs]) {
        this.suppressor.note(resourceSubject({ view: r.view, path: r.base }, undefined, inv.defaultNamespace));
      }
    }
  }

  /**
   * One workload. On the main thread, `remote` holds what a worker's rules reported for it: those
   * rules are not run again here, their events are replayed in their place. On a worker, returns
   * the events of the rules it runs.
   */
  visit(w: Workload, remote?: readonly RuleEvent[]): RuleEvent[] {
    const events: RuleEvent[] = [];
    const rw = this.prepareVisit(w);
    if (this.role === 'worker') {
      for (const a of this.active) if (a.recording) a.visit(rw, events);
      return events;
    }
    for (const a of this.active) {
      if (!remote || a.rule.meta.crossWorkload) a.visitor.workload?.(rw);
      else replayEvents(a, remote);
    }
    this.input.onWorkload?.(rw, this.input.run.versions);
    return events;
  }

  /**
   * Whether the main thread reads every workload itself: a rule that reads across workloads visits
   * them, directives are noted for unused-directive reports, or workloads are explained. Otherwise
   * a worker's workload is merged from its events alone (replayVisit), and the worker sends no value.
   * Every thread of a run decides the same from the same rules and inventory.
   */
  get readsEveryWorkload(): boolean {
    return this.suppressor.notesAnnotations || this.input.onWorkload !== undefined || this.active.some((a) => a.rule.meta.crossWorkload === true && a.visitor.workload !== undefined);
  }

  /** A workload a worker linted, merged without reading it here (see readsEveryWorkload). */
  replayVisit(annotationError: Finding | undefined, remote: readonly RuleEvent[]): void {
    if (annotationError) this.findings.push(annotationError);
    this.workloads++;
    for (const a of this.active) replayEvents(a, remote);
  }

  private prepareVisit(w: Workload): ResolvedWorkload {
    if (this.role === 'main') {
      const e = annotationParseError(w);
      if (e) {
        this.findings.push(e);
        this.input.subjects?.set(e, [w]);
      }
      if (this.notes) this.suppressor.note(workloadSubject(w));
    }
    this.workloads++;
    return resolveWorkload(w, this.input.inventory, this.input.config, this.input.run);
  }

  /** Each rule's end(), then the texts that waited for it. */
  finish(): RunOutcome {
    if (this.role === 'main') {
      for (const a of this.active) {
        a.visitor.end?.();
        a.finish();
      }
    }
    return { findings: this.findings, workloads: this.workloads, ran: new Set(this.running.map((r) => r.meta.id)) };
  }
}

interface RuleRun {
  rule: Rule;
  index: number;
  /** On a worker: the rule's reports become events (RuleRunner.visit). */
  recording: boolean;
  visitor: ReturnType<Rule['create']>;
  visit(rw: ResolvedWorkload, events: RuleEvent[]): void;
  replay(e: RuleEvent): void;
  finish(): void;
}

/** A worker's events of one rule, in the order it reported them (a worker sends them rule by rule). */
function replayEvents(a: RuleRun, remote: readonly RuleEvent[]): void {
  for (const e of remote) if (e.rule === a.index) a.replay(e);
}

/** One rule's context, bound to the run's suppressions and to the findings it adds to. */
function ruleRun(rule: Rule, index: number, input: RuleInput, suppressor: Suppressor, out: Finding[], recording: boolean): RuleRun {
  const id = rule.meta.id;
  const meshWide = new Map<string, { finding: Finding; first: string; others: Set<string> }>();
  const deferred: [Finding, Report][] = [];
  /** The events of the workload being visited, on a worker. */
  let events: RuleEvent[] | undefined;
  const emit = (r: Report, meshKey?: { subject: string }) => {
    // A workload that suppresses the rule is left out of a finding about a mesh-wide setting.
    if (meshKey && r.workload && suppressor.ignores(id, r.workload)) return;
    const range = locate(r.at);
    // A mesh-wide setting is reported once, for the first workload; the others are named in its help.
    const meshWideKey = meshKey && `${r.at.view.file.path}:${range.line}:${range.column}`;
    const seen = meshWideKey ? meshWide.get(meshWideKey) : undefined;
    if (seen) {
      if (events) events.push({ rule: index, meshKey: meshWideKey, subject: meshKey!.subject });
      else if (meshKey!.subject !== seen.first) seen.others.add(meshKey!.subject);
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
    if (typeof r.data === 'function') {
      // Texts that wait for the rule's end() can only be written where end() runs.
      if (events) throw new Error(`rule ${id} reports data computed after end(): declare it crossWorkload`);
      deferred.push([finding, r]);
    } else compact(Object.assign(finding, texts(rule, r, input.run.versions)));
    if (events) events.push(meshWideKey ? { rule: index, finding, meshKey: meshWideKey, subject: meshKey!.subject } : { rule: index, finding });
    else out.push(finding);
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
  const visitor = rule.create(ctx);
  return {
    rule,
    index,
    recording,
    visitor,
    visit(rw, into) {
      events = into;
      try {
        visitor.workload?.(rw);
      } finally {
        events = undefined;
      }
    },
    /** A worker's event, merged as if this thread had made the report. */
    replay(e) {
      if (e.meshKey === undefined) {
        out.push(e.finding!);
        return;
      }
      const seen = meshWide.get(e.meshKey);
      if (seen) {
        if (e.subject !== seen.first) seen.others.add(e.subject!);
        return;
      }
      // The worker's first report of this setting comes before its later ones: it carries the finding.
      meshWide.set(e.meshKey, { finding: e.finding!, first: e.subject!, others: new Set() });
      out.push(e.finding!);
    },
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

/** A proxy.istio.io/config annotation that does not parse. */
export function annotationParseError(w: Workload): Finding | undefined {
  const e = w.proxyConfigAnnotation?.error;
  if (!e) return undefined;
  return { ...parseError(w.view.file.path, e.range, 'annotationSyntax', { detail: e.message }), resource: resourceOf(w) };
}

export function resourceOf(w: Workload, container?: string): ResourceId {
  const id = resourceId(w);
  if (container) id.container = container;
  return id;
}
