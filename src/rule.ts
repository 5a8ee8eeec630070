/**
 * The rule contract: metadata beside a pure check. A rule reads the resolved model and reports a
 * reference (a document and a path); the engine turns it into a range, a resource and a docs link.
 */
import type { Inventory, Workload } from './inventory.js';
import type { ResolvedWorkload, RunResolution } from './resolve.js';
import type { ResolvedConfig } from './config.js';
import type { Ref, ResourceId, RuleDescriptor, Severity, Valued } from './types.js';

export const HOMEPAGE = 'https://github.com/drainlint/drainlint';

/** Docs URL of a rule or engine finding, derived from its id (never typed by hand). */
export function docsUrl(id: string): string {
  return `${HOMEPAGE}/blob/main/rules/${id}/README.md`;
}

export interface RuleMeta {
  id: string;
  severity: Severity;
  description: string;
  fixable: boolean;
}

export interface RelatedValue {
  /** What the location holds, e.g. "terminationDrainDuration 45s (proxy.istio.io/config annotation)". */
  message: string;
  ref: Ref;
}

export interface Report {
  at: Ref;
  /**
   * What to change. A function is called after the rule's end(), for a message that names
   * workloads seen later in the run (it should hold on to little: it lives until then).
   */
  message: string | (() => string);
  /** Overrides the rule's default severity for this finding (the catalogue says when). */
  severity?: Severity;
  related?: RelatedValue[];
  /** The workload the finding is about (resource identity and suppressions). */
  workload?: Workload;
  resource?: ResourceId;
  container?: string;
}

export interface DrainSettingReport extends Omit<Report, 'at' | 'workload'> {
  workload: ResolvedWorkload;
  /** The drain settings involved (TDD, MIN, EZ, DD): the finding points at the most specific one. */
  involved: Valued<unknown>[];
}

export interface RuleContext {
  /** What the run holds besides workloads (mesh configs, ProxyConfigs, Namespaces, istiod env…); workloads come to workload(). */
  inventory: Inventory;
  resolution: RunResolution;
  config: ResolvedConfig;
  report(r: Report): void;
  /**
   * Reports a finding about drain settings: at the most specific setting involved; at the pod
   * template's metadata key when all are defaults; once per mesh document when that is where they are.
   */
  reportDrainSetting(r: DrainSettingReport): void;
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

export interface Rule {
  meta: RuleMeta & { docsUrl: string };
  create(ctx: RuleContext): RuleVisitor;
}

export function defineRule(def: { meta: RuleMeta; create(ctx: RuleContext): RuleVisitor }): Rule {
  return { meta: { ...def.meta, docsUrl: docsUrl(def.meta.id) }, create: def.create };
}

export function descriptor(rule: Rule): RuleDescriptor {
  const { id, severity, description, fixable, docsUrl: url } = rule.meta;
  return { id, severity, description, fixable, docsUrl: url };
}

/** Findings the engine itself reports; declared and documented like rules, never disabled. */
export const ENGINE_FINDINGS: RuleDescriptor[] = [
  { id: 'parse-error', severity: 'error', description: 'A file or document cannot be read as a Kubernetes manifest (malformed YAML, unrendered Helm template, binary or undecodable content, alias bomb, size limit).', fixable: false, docsUrl: engineDocsUrl('parse-error') },
  { id: 'config-error', severity: 'error', description: 'The drainlint configuration file is invalid (reported as a usage error, exit code 2).', fixable: false, docsUrl: engineDocsUrl('config-error') },
];

/** Engine findings are documented under docs/ (rules/ holds rules only). */
export function engineDocsUrl(id: string): string {
  return `${HOMEPAGE}/blob/main/docs/${id}.md`;
}
