/**
 * The rule contract: metadata beside a pure check. A rule reads the resolved model and reports a
 * reference (a document and a path); the engine turns it into a range, a resource and a docs link.
 */
import type { Inventory, Workload } from './inventory/model.js';
import type { ResolvedWorkload, RunResolution } from './resolved.js';
import type { ResolvedConfig } from './config.js';
import type { Ref, ResourceId, RuleDescriptor, Severity, Valued } from './types.js';
import { HOMEPAGE, type MessageData, type MessageSpec } from './messages.js';
import type { Fix } from './fix/intent.js';


/** Docs URL of a rule or engine finding, derived from its id (never typed by hand). */
export function docsUrl(id: string): string {
  return `${HOMEPAGE}/blob/main/rules/${id}/README.md`;
}


/**
 * What a fix of a finding changes, for the autofix (`--fix`): `layout` keeps what the manifest means
 * to Kubernetes and Istio (quote a value, move a key to where it is read); `timing` changes when
 * the pod is killed (raise terminationGracePeriodSeconds or MINIMUM_DRAIN_DURATION), so it is
 * applied only when asked for (`--fix-type timing`).
 */
export const FIX_TYPES = ['layout', 'timing'] as const;
export type FixType = (typeof FIX_TYPES)[number];

export interface RuleMeta<M extends string = string> {
  id: string;
  severity: Severity;
  /** One sentence: what the rule reports (docs, `drainlint rules`, SARIF shortDescription). */
  description: string;
  /** What to do about it in general (SARIF rule help, `drainlint rules --format json`). */
  help: string;
  fixable: boolean;
  /** The kinds of fix a fixable rule's findings may carry (declared exactly when `fixable`). */
  fixTypes?: readonly FixType[];
  messages: Record<M, MessageSpec>;
  /**
   * workload() gathers facts across workloads that end() or a report's deferred `data` reads (counts,
   * names, the first workload a resource applies to). With worker threads such a rule runs on the
   * main thread over every workload; any other rule judges each workload on its own and may run on
   * a worker (a test runs every fixture on 1, 2 and 4 threads and compares the output byte for byte).
   */
  crossWorkload?: boolean;
}


export interface RelatedValue {
  /** What the location holds, e.g. "terminationDrainDuration 45s (proxy.istio.io/config annotation)". */
  message: string;
  ref: Ref;
}

export interface Report<M extends string = string> {
  at: Ref;
  messageId: M;
  /**
   * The placeholders' values. A function is called after the rule's end(), for a message that
   * names workloads seen later in the run (it should hold on to little: it lives until then).
   */
  data?: MessageData | (() => MessageData);
  /** Overrides the rule's default severity for this finding (the catalogue says when). */
  severity?: Severity;
  related?: RelatedValue[];
  /** The workload the finding is about (resource identity and suppressions). */
  workload?: Workload;
  resource?: ResourceId;
  container?: string;
  /**
   * What `--fix` changes: the help's own suggestion as edits on paths (src/fix/intent.ts), of a
   * type the rule's `fixTypes` declares. Absent when the intent is ambiguous.
   */
  fix?: Fix;
}

export interface DrainSettingReport<M extends string = string> extends Omit<Report<M>, 'at' | 'workload'> {
  workload: ResolvedWorkload;
  /** The drain settings involved (TDD, MIN, EZ, DD): the finding points at the most specific one. */
  involved: Valued<unknown>[];
}

export interface RuleContext<M extends string = string> {
  /** What the run holds besides workloads (mesh configs, ProxyConfigs, Namespaces, istiod env…); workloads come to workload(). */
  inventory: Inventory;
  resolution: RunResolution;
  config: ResolvedConfig;
  report(r: Report<M>): void;
  /**
   * Whether this workload is left out of a finding that sums up several workloads (reported in
   * end(), or once on a mesh config): it suppresses the rule (drainlint.io/ignore annotations,
   * unless inline suppressions are off) or a config override turns the rule off for it. Findings
   * reported with `workload` need no such check: the engine keeps them, marked suppressed.
   */
  ignores(workload: Workload): boolean;
  /**
   * Reports a finding about drain settings: at the most specific setting involved; at the pod
   * template's metadata key when all are defaults; once per mesh document when that is where they are.
   */
  reportDrainSetting(r: DrainSettingReport<M>): void;
}

/**
 * What a rule does with the run (after ESLint's `create`): the engine hands it each resolved
 * workload in input order, one at a time, then calls end() once. A rule keeps across workloads
 * only what end() needs (counts, names, references), so memory stays flat on huge runs.
 */
export interface RuleVisitor {
  workload?(rw: ResolvedWorkload): void;
  /** After the last workload: findings about mesh documents and resources, and those that sum up workloads. */
  end?(): void;
}

export interface Rule<M extends string = string> {
  meta: RuleMeta<M> & { docsUrl: string };
  create(ctx: RuleContext<M>): RuleVisitor;
}

/** A rule: its message ids are a type, so reporting an undeclared one does not compile. */
export function defineRule<M extends string>(def: { meta: RuleMeta<M>; create(ctx: RuleContext<M>): RuleVisitor }): Rule<M> {
  return { meta: { ...def.meta, docsUrl: docsUrl(def.meta.id) }, create: def.create };
}

export function descriptor(rule: Rule): RuleDescriptor {
  const { id, severity, description, help, fixable, docsUrl: url } = rule.meta;
  return { id, severity, description, help, fixable, docsUrl: url };
}



