/**
 * Suppressions of one run, over the one result set every formatter renders: a suppressed finding
 * is kept, marked with what suppressed it.
 *
 * - Annotations `drainlint.io/ignore: "rule-a, rule-b"` (or `"*"`) and
 *   `drainlint.io/ignore-<rule-id>: "<reason>"`, on a workload's pod template or its own metadata,
 *   or on the resource a finding is about (a mesh ConfigMap, an IstioOperator, a ProxyConfig).
 * - Comments `# drainlint-disable-next-line`, `-line`, `-file` (directives.ts), also inside YAML
 *   embedded in a scalar.
 * - Config `overrides` (overrides.ts): a rule turned off for what an entry matches.
 *
 * Annotations and comments are `inSource` and can be switched off for a run (central policy);
 * overrides and the baseline (baseline.ts, applied by lint()) are `external`. Engine findings
 * (parse-error, unused-disable-directive) are never suppressed.
 */
import path from 'node:path';
import type { ResolvedConfig } from '../config.js';
import type { Workload } from '../inventory/model.js';
import type { DocView, Finding, Range, Severity, SourceFile, Suppression } from '../types.js';
import { IGNORE_ANNOTATION, IGNORE_PREFIX } from '../domain/names.js';
import { ENGINE_FINDINGS, unusedDirective } from '../engine-findings.js';
import { closest } from '../text.js';
import { locate } from '../yaml/locate.js';
import { directivesIn, fileDirectives, type Directive } from './directives.js';
import { overrideMatches, turnsOn, type ConfigOverride } from './overrides.js';
import { workloadSubject, type AnnotationSite, type Subject } from './subject.js';

export interface SuppressionOptions {
  /** Whether annotations and comments suppress (default true; false is --no-inline-suppressions). */
  inline?: boolean;
  /** Report directives that suppress nothing (`unused-disable-directive` warnings). */
  reportUnused?: boolean;
  /** Every rule id drainlint has (a directive naming another is reported); default: the run's rules. */
  knownRules?: ReadonlySet<string>;
}

/** A `drainlint.io/ignore` or `drainlint.io/ignore-<rule-id>` annotation of one resource. */
interface AnnotationDirective {
  key: string;
  /** Rule ids; empty: every rule (`"*"`). */
  rules: string[];
  reason?: string;
  file: string;
  range: Range;
  resource: Subject['id'];
  used: Set<string>;
  /** In a file given only with --mesh-config: never reported. */
  hidden: boolean;
}

/** What becomes of one report: dropped (its rule is off for it), or kept at a severity, perhaps suppressed. */
export type Decision = { drop: true } | { drop?: false; severity?: Severity; suppressions: Suppression[] };

const ENGINE_IDS = new Set(ENGINE_FINDINGS.map((e) => e.id));

export class Suppressor {
  readonly inline: boolean;
  private readonly reportUnused: boolean;
  private readonly overrides: readonly ConfigOverride[];
  private readonly comments = new Map<string, Directive[]>();
  /** Embedded documents whose comments were read, by file and position (a document may be read more than once). */
  private readonly embeddedRead = new Set<string>();
  private readonly annotationDirectives = new Map<string, AnnotationDirective[]>();
  private knownRules?: ReadonlySet<string>;

  constructor(
    private readonly config: ResolvedConfig,
    private readonly cwd: string,
    opts: SuppressionOptions = {},
  ) {
    this.inline = opts.inline !== false;
    this.reportUnused = opts.reportUnused === true && this.inline;
    this.overrides = config.overrides ?? [];
    this.knownRules = opts.knownRules;
  }

  /** Whether a rule runs at all: on in `rules`, or turned on by an override for some findings. */
  runs(ruleId: string): boolean {
    return this.config.rules[ruleId] !== 'off' || turnsOn(this.overrides, ruleId);
  }

  /** Reads the suppression comments of YAML embedded in a scalar as the run parses it (DocumentStore.onEmbedded). */
  readonly onEmbedded = (view: DocView): void => {
    if (!this.inline || view.file.meshConfigOnly || !view.sourceText.includes('drainlint-disable')) return;
    const start = view.position(0);
    const key = `${view.file.path}\0${start.line}\0${start.column}`;
    if (this.embeddedRead.has(key)) return;
    this.embeddedRead.add(key);
    const text = view.sourceText.replace(/\s+$/, '');
    const end = view.position(Math.max(0, text.length - 1));
    this.addComments(view.file.path, directivesIn(view.sourceText, { file: view.file.path, position: (o) => view.position(o), lines: { from: start.line, to: end.line } }));
  };

  private addComments(file: string, found: Directive[]): void {
    if (found.length === 0) return;
    const list = this.comments.get(file);
    if (list) list.push(...found);
    else this.comments.set(file, found);
  }

  /**
   * For one report of `ruleId` about `subject` in `file`: dropped when the rule is off for it in
   * `rules` (and no override turns it on), else its severity setting and what suppresses it — the
   * subject's annotations, an override that turns the rule off.
   */
  decide(ruleId: string, subject: Subject, file: string): Decision {
    const s = this.setting(ruleId, subject, file);
    if (!s.on && !s.offBy) return { drop: true };
    const suppressions: Suppression[] = [];
    if (this.inline) {
      for (const d of this.annotationsOf(subject)) {
        if (d.rules.length > 0 && !d.rules.includes(ruleId)) continue;
        d.used.add(d.rules.length === 0 ? '*' : ruleId);
        suppressions.push({ kind: 'inSource', via: 'annotation', ...(d.reason ? { justification: d.reason } : {}), file: d.file, range: d.range });
      }
    }
    if (s.offBy) {
      const o = s.offBy;
      suppressions.push({ kind: 'external', via: 'override', ...(o.reason ? { justification: o.reason } : {}), file: o.file, range: locate(o.ref) });
    }
    return { severity: s.severity, suppressions };
  }

  /**
   * Whether a rule leaves this workload out of a finding that sums up several (a mesh-wide setting
   * reported once, a count of workloads): its annotations suppress the rule, or an override turns
   * the rule off for it.
   */
  ignores(ruleId: string, w: Workload): boolean {
    const subject = workloadSubject(w);
    if (this.inline) {
      const d = this.annotationsOf(subject).find((a) => a.rules.length === 0 || a.rules.includes(ruleId));
      if (d) {
        d.used.add(d.rules.length === 0 ? '*' : ruleId);
        return true;
      }
    }
    return !this.setting(ruleId, subject, w.view.file.absPath ?? path.resolve(this.cwd, w.view.file.path)).on;
  }

  /** The rule's setting for a subject: `rules`, then every override that matches, in order. */
  private setting(ruleId: string, subject: Subject, file: string): { on: boolean; severity?: Severity; offBy?: ConfigOverride } {
    const global = this.config.rules[ruleId];
    let on = global !== 'off';
    let severity = global === 'off' ? undefined : global;
    let offBy: ConfigOverride | undefined;
    for (const o of this.overrides) {
      const s = o.rules[ruleId];
      if (s === undefined || !overrideMatches(o, subject, path.resolve(this.cwd, file))) continue;
      if (s === 'off') {
        on = false;
        offBy = o;
      } else {
        on = true;
        offBy = undefined;
        if (s !== true) severity = s;
      }
    }
    return { on, severity, offBy };
  }

  /** Whether the run reports unused directives: then every resource's annotations are noted (note()). */
  get notesAnnotations(): boolean {
    return this.reportUnused;
  }

  /** Notes a resource's annotation directives, so that unused ones can be reported. */
  note(subject: Subject): void {
    if (this.reportUnused) this.annotationsOf(subject);
  }

  /**
   * Which annotation directives suppressed something here (a worker thread's run), to be merged
   * into the main thread's with useFrom(): site, key and the rules each was used for.
   */
  uses(): [string, string, string[]][] {
    const out: [string, string, string[]][] = [];
    for (const [site, list] of this.annotationDirectives) for (const d of list) if (d.used.size > 0) out.push([site, d.key, [...d.used]]);
    return out;
  }

  /** Marks the directives another thread's run used (see uses()). */
  useFrom(uses: readonly [string, string, string[]][]): void {
    for (const [site, key, used] of uses) {
      const d = this.annotationDirectives.get(site)?.find((x) => x.key === key);
      for (const u of used) d?.used.add(u);
    }
  }

  /** The drainlint.io/ignore annotations of a subject (read once per annotation). */
  private annotationsOf(subject: Subject): AnnotationDirective[] {
    const out: AnnotationDirective[] = [];
    for (const site of subject.annotations) out.push(...this.siteDirectives(site, subject));
    return out;
  }

  private siteDirectives(site: AnnotationSite, subject: Subject): AnnotationDirective[] {
    const keys = Object.keys(site.value).filter((k) => k === IGNORE_ANNOTATION || (k.startsWith(IGNORE_PREFIX) && k.length > IGNORE_PREFIX.length));
    if (keys.length === 0) return [];
    const id = `${site.view.file.path}\0${site.view.index}\0${site.path.join('\0')}`;
    const known = this.annotationDirectives.get(id);
    if (known) return known;
    const out: AnnotationDirective[] = [];
    for (const key of keys) {
      const value = site.value[key];
      if (typeof value !== 'string') continue;
      let rules: string[];
      let reason: string | undefined;
      if (key === IGNORE_ANNOTATION) {
        rules = value.split(',').map((s) => s.trim()).filter(Boolean);
        if (rules.length === 0) continue;
        if (rules.includes('*')) rules = [];
      } else {
        rules = [key.slice(IGNORE_PREFIX.length)];
        reason = value.trim() || undefined;
      }
      const range = locate({ view: site.view, path: [...site.path, key], target: 'key' });
      out.push({ key, rules, ...(reason ? { reason } : {}), file: site.view.file.path, range, resource: subject.id, used: new Set(), hidden: site.view.file.meshConfigOnly === true });
    }
    this.annotationDirectives.set(id, out);
    return out;
  }

  /**
   * After the rules: the suppression comments of the linted files mark the findings they cover,
   * and, with reportUnused, the directives that suppressed nothing become findings. `ran` holds
   * the rules that ran: a directive is judged only for those (one for every rule, only when all ran).
   */
  finish(findings: Finding[], files: readonly SourceFile[], ran: ReadonlySet<string>): Finding[] {
    if (!this.inline) return [];
    for (const f of files) {
      if (f.meshConfigOnly || !f.text.includes('drainlint-disable')) continue;
      this.addComments(f.path, fileDirectives(f.text, { file: f.path, position: (o) => toPosition(f, o), lines: { from: 1, to: Number.MAX_SAFE_INTEGER } }));
    }
    if (this.comments.size > 0) {
      for (const f of findings) {
        if (ENGINE_IDS.has(f.ruleId)) continue;
        for (const d of this.comments.get(f.file) ?? []) {
          if (f.range.line < d.from || f.range.line > d.to) continue;
          if (d.rules.length > 0 && !d.rules.includes(f.ruleId)) continue;
          d.used.add(d.rules.length === 0 ? '*' : f.ruleId);
          (f.suppressions ??= []).push({ kind: 'inSource', via: 'comment', ...(d.reason ? { justification: d.reason } : {}), file: d.file, range: d.range });
        }
      }
    }
    return this.reportUnused ? this.unused(ran) : [];
  }

  private unused(ran: ReadonlySet<string>): Finding[] {
    const known = this.knownRules ?? ran;
    const allRan = [...known].every((id) => ran.has(id));
    const out: Finding[] = [];
    const judge = (d: { rules: string[]; used: Set<string> }, directive: string, at: (messageId: 'unusedComment' | 'unusedAnnotation', of: string) => Finding | undefined, unknownAt: (data: Record<string, string>) => Finding) => {
      const unknown = d.rules.filter((id) => !known.has(id));
      if (unknown.length > 0) {
        const near = unknown.length === 1 ? closest(unknown[0]!, known) : undefined;
        out.push(unknownAt({ directive, ids: orWords(unknown), verb: unknown.length === 1 ? 'is' : 'are', near: near ? `Did you mean ${near}? ` : '' }));
      }
      if (d.rules.length === 0) {
        if (allRan && d.used.size === 0) {
          const f = at(directive.endsWith('comment') ? 'unusedComment' : 'unusedAnnotation', '');
          if (f) out.push(f);
        }
        return;
      }
      const stale = d.rules.filter((id) => known.has(id) && ran.has(id) && !d.used.has(id));
      if (stale.length > 0) {
        const f = at(directive.endsWith('comment') ? 'unusedComment' : 'unusedAnnotation', ` of ${orWords(stale)}`);
        if (f) out.push(f);
      }
    };
    for (const list of this.comments.values()) {
      for (const d of list) {
        const directive = `drainlint-${d.kind} comment`;
        judge(
          d,
          directive,
          (messageId, of) => unusedDirective(d.file, d.range, messageId, { directive: `drainlint-${d.kind}`, of }),
          (data) => unusedDirective(d.file, d.range, 'unknownRule', data),
        );
      }
    }
    for (const list of this.annotationDirectives.values()) {
      for (const d of list) {
        if (d.hidden) continue;
        const withResource = (f: Finding): Finding => ({ ...f, resource: d.resource });
        judge(
          d,
          `annotation ${d.key}`,
          (messageId, of) => withResource(unusedDirective(d.file, d.range, messageId, { key: d.key, of })),
          (data) => withResource(unusedDirective(d.file, d.range, 'unknownRule', data)),
        );
      }
    }
    return out;
  }
}

function toPosition(f: SourceFile, offset: number): { line: number; column: number } {
  const p = f.lineCounter.linePos(offset);
  return { line: p.line, column: p.col };
}

/** "a", "a or b", "a, b or c"; past 70 characters "a, b or 3 more" (a message stays one short sentence). */
function orWords(items: string[]): string {
  const all = items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
  if (all.length <= 70 || items.length === 1) return all;
  let n = 1;
  while (n < items.length - 1 && items.slice(0, n + 1).join(', ').length <= 60) n++;
  return `${items.slice(0, n).join(', ')} or ${items.length - n} more`;
}
