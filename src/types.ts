/** Shared types of the pipeline: load → parse → inventory → resolve → rules → report. */
import type { Document } from 'yaml';
import type { LinePositions } from './yaml/lines.js';
import type { Path, PathAt } from './yaml/path-at.js';
import type { DocumentStore } from './yaml/views.js';
import type { ExplainedTargets, ExplainedWorkload } from './explain/model.js';
import type { Fix } from './fix/intent.js';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/** 1-based line and column, end exclusive (as SARIF and editors expect). */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One input read from disk or stdin, decoded to text. */
export interface SourceFile {
  /** Path as shown to the user: relative to the working directory when inside it. */
  path: string;
  /** Absolute path, or undefined for stdin. */
  absPath?: string;
  /**
   * The decoded text. On huge runs it is emptied once each of the file's documents is parsed and
   * holds its own text, unless it has suppression comments (read from it after the rules).
   */
  text: string;
  /** Positions in `text` (found when first asked for); none once the text is emptied. */
  lineCounter: LinePositions;
  /** The documents that parsed and that the inventory reads; emptied once it has (values live on in it). */
  docs: DocView[];
  /**
   * How many documents parsed, how many of them are Kubernetes resources (a string apiVersion and
   * kind; List items count one each), and how many values files the inventory recognised (mesh
   * config, gateway chart values). A file with documents but none of either is not a manifest.
   */
  counts: { documents: number; resources: number; values: number };
  /** The order of the file among the inputs (later inputs win per field). */
  order: number;
  /** Only given with --mesh-config and not linted itself: findings inside it are dropped. */
  meshConfigOnly?: boolean;
  /** Given with --mesh-config: its mesh config wins over the other files of the run. */
  fromMeshConfigFlag?: boolean;
  /** Inside a Helm chart: its values files are chart defaults, not this run's mesh config. */
  inChart?: boolean;
  /** Named with --gateway-values: its values are the gateway chart's, whatever keys they hold. */
  namedGatewayValues?: boolean;
}

export type { Path, PathSeg } from './yaml/path-at.js';

/**
 * A YAML document that can be asked for values and for the source range of any path.
 * Top-level documents and YAML embedded in a scalar (the proxy.istio.io/config annotation,
 * the istio ConfigMap's `mesh` key) share this shape, so rules treat both alike.
 */
export interface DocView {
  readonly file: SourceFile;
  /** The AST (file documents may re-parse it on demand: only values are kept for every document). */
  readonly doc: Document;
  /** The node at a path and its key, for locations (a plainly written document answers from its tokens). */
  at(path: Path): PathAt;
  /** The text the AST's offsets index into (a document's own text, or an embedded scalar's value). */
  readonly sourceText: string;
  /** The plain JS value of the document (YAML 1.1 resolution). */
  readonly value: unknown;
  /** Maps an offset of this document's text to a 1-based line/column of the file. */
  position(offset: number): { line: number; column: number };
  /** Index of the document within its file (for sorting and messages). */
  readonly index: number;
  /** What the document's run keeps in memory (embedded views share their host's). */
  readonly store: DocumentStore;
  /**
   * Lets go of the value on huge runs (it is parsed again if read later): for documents that only
   * hold workloads, once those have been linted. Nothing happens on runs of ordinary size, unless
   * `always` (a document parsed for its workload's visit, which nothing else of the run reads).
   */
  releaseValue(always?: boolean): void;
  /** For YAML embedded in a scalar (the proxy.istio.io/config annotation, a ConfigMap's `mesh`): that scalar. */
  readonly host?: Ref;
  /** A document a chart renders from values (src/yaml/rendered.ts): its paths are not the file's. */
  readonly rendered?: boolean;
}

/** Where a rule points: a path in a document; the engine maps it to a range. */
export interface Ref {
  view: DocView;
  path: Path;
  /** `key` points at the map key of the last segment; default is the value node. */
  target?: 'key' | 'value';
}

/** Where an effective value came from. */
export interface Provenance {
  /** The level in the precedence chain, e.g. "default", "annotation". */
  level: ProvenanceLevel;
  /** Human words, e.g. "mesh config istio-system/istio", "proxy.istio.io/config annotation". */
  source: string;
  /** The node that set it; absent for built-in defaults. */
  ref?: Ref;
}

export type ProvenanceLevel =
  | 'default'
  | 'mesh'
  | 'root-proxyconfig'
  | 'namespace-proxyconfig'
  | 'annotation'
  | 'selector-proxyconfig'
  | 'proxy-container'
  | 'pod-spec'
  | 'config'
  | 'traffic';

export interface Valued<T> {
  value: T;
  prov: Provenance;
}

export interface ResourceId {
  kind: string;
  name?: string;
  namespace?: string;
  container?: string;
  /** A resource without a name: where it starts ("deploy.yaml:3"), which names it in texts. */
  at?: string;
}

export interface RelatedLocation {
  file: string;
  range: Range;
  message: string;
}

/** One finding, as every formatter receives it. */
export interface Finding {
  ruleId: string;
  /** Which of the rule's declared messages this is (meta.messages). */
  messageId: string;
  severity: Severity;
  /** One sentence: what is wrong, with the effective values; never a file path. */
  message: string;
  /** What to change and why, with each value's source (may span a few sentences). */
  help: string;
  file: string;
  range: Range;
  resource?: ResourceId;
  related: RelatedLocation[];
  docsUrl: string;
  /**
   * Why the finding is suppressed, when it is (an annotation, a comment, a config override, the
   * baseline). A suppressed finding stays in the result set: JSON and SARIF carry it marked, the
   * other formats hide it, and it counts toward no total and no exit code.
   */
  suppressions?: Suppression[];
  /**
   * Identifies the finding across line shifts and reformatting (the baseline matches on it): rule,
   * message id, resource, the YAML path of the node it points at and that node's value.
   */
  fingerprint?: string;
  /** What `--fix` would change (fixes of type `timing` only with `--fix-type timing`). */
  fix?: Fix;
}

/** What suppressed a finding, and where that is said. */
export interface Suppression {
  /** As SARIF says it: `inSource` (a comment or annotation in the linted file), `external` (the config file, the baseline). */
  kind: 'inSource' | 'external';
  via: SuppressionVia;
  /** The reason the directive gives, if any. */
  justification?: string;
  /** Where the directive is: a file as findings name them, and its range when it has one. */
  file?: string;
  range?: Range;
}

/**
 * `annotation`: drainlint.io/ignore or drainlint.io/ignore-<rule-id>; `comment`: a
 * drainlint-disable comment; `override`: an `overrides` entry of the config file; `baseline`: an
 * entry of the baseline file.
 */
export type SuppressionVia = 'annotation' | 'comment' | 'override' | 'baseline';

/** How much of the input was read as what. */
export interface LintStats {
  /** YAML documents that parsed. */
  documents: number;
  /** Documents (and List items) that are Kubernetes resources. */
  resources: number;
  /** Workloads linted (pod templates, IstioOperator gateways, Gateway API gateways). */
  workloads: number;
  /** Files skipped because they hold no Kubernetes manifest (workflows, compose files, values of other charts…). */
  skipped: number;
}

export interface LintResult {
  findings: Finding[];
  /** Files that were linted (display paths), in input order; files that hold no manifest are not among them. */
  files: string[];
  /** Files read but skipped: they hold YAML that is not a Kubernetes manifest. */
  skipped: string[];
  stats: LintStats;
  /** Every rule and engine check that ran, for formatters that declare rules (SARIF). */
  rules: RuleDescriptor[];
  /** Working directory that relative paths are relative to. */
  cwd: string;
  /**
   * The workloads explained, in input order: effective settings, timeline, the findings that apply
   * (`drainlint explain`; the markdown and html formats). Absent unless the run was asked for them.
   */
  workloads?: ExplainedWorkload[];
  /** The target versions the run checked against, with their source (with `workloads`). */
  targets?: ExplainedTargets;
  /** The Istio and Kubernetes versions the run targeted, when known (given, or read from the input). */
  targetVersions?: { istio?: ReportedVersion; kubernetes?: ReportedVersion };
}

/** A target version as reports show it. */
export interface ReportedVersion {
  version: string;
  /** Read from the input: neither the flag nor the configuration file gave it. */
  inferred: boolean;
  /** Where it came from, in words: "global.tag in istiod/values.yaml:12", "--istio-version". */
  source: string;
  /** The file and line that state it (an inferred version, or the configuration file's key). */
  file?: string;
  line?: number;
  /** Every version the input states, lowest first, when it states several (the lowest applies). */
  seen?: string[];
}

export interface RuleDescriptor {
  id: string;
  severity: Severity;
  description: string;
  help: string;
  fixable: boolean;
  docsUrl: string;
}
