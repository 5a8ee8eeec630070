type PathSeg = string | number;
type Path = readonly PathSeg[];
/** An in-memory input: its path names it in reports (relative to the working directory) and places it for --mesh-config. */
export interface TextInput {
	path: string;
	/** Text, or bytes decoded as files are (BOM, UTF-16, binary content refused). */
	text: string | Uint8Array;
}
type ProxyPath = "none" | "classic" | "native" | "native-without-drain-hook";
type EventKind = "app-prestop-end" | "app-sigterm" | "proxy-prestop-end" | "drain-start" | "listeners-close" | "proxy-exit" | "app-exit" | "connections-end" | "sigkill";
type LossKind = "proxy-gone-app-serving" | "requests-cut-by-proxy-exit" | "listeners-closed" | "connections-cut-at-kill" | "proxy-may-exit-during-app-prestop";
interface Place {
	file?: string;
	line?: number;
}
interface SourceOf extends Place {
	/** The precedence level, e.g. "default", "mesh", "annotation", "pod-spec". */
	level: ProvenanceLevel | "given" | "derived";
	/** In words: "default", "proxy.istio.io/config annotation", "mesh config in IstioOperator istio-system/control-plane spec.meshConfig". */
	source: string;
}
/** A value written for the workload that does not take effect, shown struck through. */
export interface StruckValue extends SourceOf {
	/** The setting it was written as (TERMINATION_DRAIN_DURATION_SECONDS beside terminationDrainDuration). */
	setting: string;
	written: string;
	status: "overridden" | "ignored";
	why: string;
}
type SettingKey = "G" | "TDD" | "DD" | "EZ" | "MIN" | "Pa" | "Pp" | "Sa" | "L" | "mode" | "injection" | "istioVersion" | "kubernetesVersion";
/** One row of the effective-settings table. */
export interface ExplainedSetting extends SourceOf {
	key: SettingKey;
	/** The spec's symbol: G, TDD, DD, EZ, MIN, Pₐ, Pₚ, Sₐ, L. */
	symbol: string;
	/** What the setting is called where users write it. */
	name: string;
	/** set: written somewhere; default: nothing set it; unknown: drainlint cannot tell (see `unknown`); unset: not declared (L, Sₐ, versions). */
	state: "set" | "default" | "unknown" | "unset";
	/** The value in words ("30", "5s", "at least 30s", "true", "classic"); absent when unknown or unset. */
	value?: string;
	seconds?: number;
	/** `seconds` is a lower bound. */
	atLeast?: boolean;
	/** Why the value is unknown. */
	unknown?: string;
	/** Why the value plays no part in the timeline (TDD while EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on). */
	unused?: string;
	/** What the value means here, beside the value (how a proxy mode stops, what an unset value counts as). */
	note?: string;
	struck: StruckValue[];
}
export interface ExplainedInput extends SourceOf {
	name: string;
	value: string;
}
export interface ExplainedEvent {
	kind: EventKind;
	/** What happens, in words. */
	label: string;
	/** Seconds after the pod was deleted; absent when unknown. */
	at?: number;
	/** The moment is a range from `at` to `latest`. */
	latest?: number;
	atLeast?: boolean;
	/** SIGKILL comes first: the moment is cut at G. */
	cutByKill?: boolean;
	unknown?: string;
	inputs: ExplainedInput[];
}
export interface ExplainedLoss {
	kind: LossKind;
	label: string;
	from: number;
	to: number;
	possible?: boolean;
}
export interface ExplainedTimeline {
	path: ProxyPath;
	gateway: boolean;
	/** SIGKILL (G); absent when the grace period is unusable. */
	grace?: number;
	/** The latest moment the timeline shows (what a chart's axis spans). */
	end: number;
	drainStart?: number;
	listenersClose?: number;
	proxyExit?: {
		earliest: number;
		latest: number;
	};
	appExit?: number;
	events: ExplainedEvent[];
	losses: ExplainedLoss[];
}
export interface ExplainedFinding {
	ruleId: string;
	messageId: string;
	severity: Severity;
	message: string;
	help: string;
	file: string;
	line: number;
	column: number;
	docsUrl: string;
}
export interface ExplainedWorkload {
	/** "Deployment shop/test". */
	id: string;
	resource: {
		kind: string;
		namespace?: string;
		name?: string;
	};
	file: string;
	line: number;
	/** The proxy that stops with the pod: classic or native sidecar, gateway, waypoint, none. */
	proxy: "classic" | "native" | "gateway" | "waypoint" | "none";
	settings: ExplainedSetting[];
	timeline: ExplainedTimeline;
	findings: ExplainedFinding[];
}
/** The run's target versions as explain shows them (one settings row each). */
export interface ExplainedTargets {
	istio: ExplainedSetting;
	kubernetes: ExplainedSetting;
}
/** A usage or configuration error: exit code 2. */
export declare class UsageError extends Error {
}
declare const FIX_TYPES: readonly [
	"layout",
	"timing"
];
export type FixType = (typeof FIX_TYPES)[number];
/** A node of a file: a document of it, a path in it, and, for YAML held in a scalar (the proxy.istio.io/config annotation, a ConfigMap's `mesh`), the path of that scalar. */
export interface FixTarget {
	/** Index of the document in its file (as the parse step cuts it). */
	doc: number;
	/** The scalar whose text is the embedded YAML that `path` points into. */
	embedded?: Path;
	path: Path;
}
/**
 * One change. `set` writes a scalar at `at` (the key, and the maps above it, are added when
 * missing), given as YAML source (`text`) or as the value node found at `from` (kept as written,
 * comments and block style included, re-indented to its new place). `remove` drops the key at
 * `at` with its value (and a map left empty by it).
 */
export type FixEdit = {
	op: "set";
	at: FixTarget;
	text: string;
} | {
	op: "set";
	at: FixTarget;
	from: FixTarget;
} | {
	op: "remove";
	at: FixTarget;
};
/** What a report's fix does: its edits, applied together or not at all. */
export interface Fix {
	type: FixType;
	edits: FixEdit[];
}
export type Severity = "error" | "warning" | "info";
/** 1-based line and column, end exclusive (as SARIF and editors expect). */
interface Range$1 {
	line: number;
	column: number;
	endLine: number;
	endColumn: number;
}
type ProvenanceLevel = "default" | "mesh" | "root-proxyconfig" | "namespace-proxyconfig" | "annotation" | "selector-proxyconfig" | "proxy-container" | "pod-spec" | "config" | "traffic";
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
	range: Range$1;
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
	range: Range$1;
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
	kind: "inSource" | "external";
	via: SuppressionVia;
	/** The reason the directive gives, if any. */
	justification?: string;
	/** Where the directive is: a file as findings name them, and its range when it has one. */
	file?: string;
	range?: Range$1;
}
/**
 * `annotation`: drainlint.io/ignore or drainlint.io/ignore-<rule-id>; `comment`: a
 * drainlint-disable comment; `override`: an `overrides` entry of the config file; `baseline`: an
 * entry of the baseline file.
 */
export type SuppressionVia = "annotation" | "comment" | "override" | "baseline";
interface LintStats {
	/** YAML documents that parsed. */
	documents: number;
	/** Documents (and List items) that are Kubernetes resources. */
	resources: number;
	/** Workloads linted (pod templates, IstioOperator gateways, Gateway API gateways). */
	workloads: number;
	/** Files skipped because they hold no Kubernetes manifest (workflows, compose files, values of other charts…). */
	skipped: number;
}
interface LintResult {
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
	targetVersions?: {
		istio?: ReportedVersion;
		kubernetes?: ReportedVersion;
	};
}
interface ReportedVersion {
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
interface FormatContext {
	color: boolean;
	version: string;
	/** Columns to wrap text to (stylish); 80 when not a terminal. */
	width?: number;
	/** Show each finding's help text (stylish; default true). */
	help?: boolean;
	/**
	 * The folder that paths in `github` and `markdown` output are relative to: the repository
	 * root on a GitHub runner (GITHUB_WORKSPACE), where annotations are matched to the diff.
	 * Default: the run's working directory.
	 */
	workspace?: string;
	/** Base URL of the linted files on the web (…/blob/<sha>): `markdown` links each finding to its line. */
	blobUrl?: string;
	/** `stylish`: show suppressed findings too, each with what suppressed it (default: hidden). */
	reportSuppressed?: boolean;
}
declare const FORMAT_NAMES: readonly [
	"stylish",
	"json",
	"sarif",
	"github",
	"markdown",
	"html"
];
export type FormatName = (typeof FORMAT_NAMES)[number];
declare const EXPLAIN_FORMAT_NAMES: readonly [
	"stylish",
	"json",
	"markdown",
	"html"
];
export type ExplainFormatName = (typeof EXPLAIN_FORMAT_NAMES)[number];
/** What fixing did to one file. */
export interface FixedFile {
	/** The file as reports name it. */
	file: string;
	/** The text as it was read, and as fixed. */
	input: string;
	output: string;
	/** How many fixes were applied to it, over all passes. */
	applied: number;
	/** An in-memory input of the library's `texts`. */
	inMemory?: boolean;
	/** `written`: the file holds the output; `not-written`: it was not written (`reason` says why); `output`: stdin or an in-memory text, whose output the caller prints. */
	status: "written" | "not-written" | "output" | "dry-run";
	reason?: string;
}
type ThreadSetting = number | "auto";
export interface LintOptions {
	/** Files, folders or globs (relative to `cwd`); `-` reads `stdin`. Default: `cwd` itself, unless `texts` are given. */
	paths?: string[];
	/** In-memory inputs linted after the paths as if they were files at their `path` (nothing is read from disk for them). */
	texts?: TextInput[];
	options?: {
		/** Folder that paths are relative to and reports are relative to. Default: `process.cwd()`. */
		cwd?: string;
		/** Configuration file; `false` for none. Default: `.drainlint.yaml` or `.drainlint.yml` found upwards from `cwd`. */
		config?: string | false;
		/** Mesh config files applied to every workload (IstioOperator, the istio ConfigMap, Helm values). */
		meshConfig?: string[];
		/** Values files of Istio's gateway Helm chart, linted as the gateway the chart renders. */
		gatewayValues?: string[];
		/** Run only these rules. */
		onlyRules?: string[];
		/** Do not run these rules. */
		disableRules?: string[];
		/** Target Istio version, e.g. `1.24`. */
		istioVersion?: string;
		/** Target Kubernetes version, e.g. `1.33`. */
		kubernetesVersion?: string;
		/**
		 * `false`: do not read the target versions from the input (IstioOperator and Helm values tags,
		 * istiod and proxy image tags, Istio chart versions of Argo CD / Flux, revision names such as
		 * `1-24-2`) when `istioVersion` / `kubernetesVersion` are not given. Default: read them.
		 */
		inferVersions?: boolean;
		/** Treat every workload as having an injected sidecar. */
		assumeInjected?: boolean;
		/** Namespace of workloads without `metadata.namespace`. */
		defaultNamespace?: string;
		/** Where `-` reads from, and the name it gets in reports (default `<stdin>`). */
		stdin?: {
			read(): Promise<Uint8Array>;
			filename?: string;
		};
		/**
		 * Explain workloads too (`result.workloads`: effective settings, timeline, findings): `true` for
		 * every workload, `'with-findings'` for those with findings (the markdown format's timelines).
		 */
		explain?: boolean | "with-findings";
		/** Whether annotations and comments suppress findings (default true; false is `--no-inline-suppressions`). */
		inlineSuppressions?: boolean;
		/** Report suppression comments and annotations that suppress nothing (`unused-disable-directive` warnings). */
		reportUnusedDisableDirectives?: boolean;
		/**
		 * Baseline file whose findings are marked suppressed; `false` for none. Default:
		 * `.drainlint-baseline.json` in `cwd`, when it exists.
		 */
		baseline?: string | false;
		/** Record this run's findings as the baseline (`true`: `.drainlint-baseline.json` in `cwd`), then apply it. */
		writeBaseline?: string | boolean;
		/** Drop the baseline's entries that no longer occur, and write it back. */
		pruneBaseline?: boolean;
		/**
		 * Apply the fixes of the findings (`--fix`): `true` writes the fixed files (stdin and `texts`:
		 * `result.fixed` holds their output); `'dry-run'` writes nothing. The result is that of a run
		 * over the fixed texts.
		 */
		fix?: boolean | "dry-run";
		/** The kinds of fix to apply (default `['layout']`; `timing` fixes change when the pod is killed). */
		fixTypes?: FixType[];
		/**
		 * Threads to lint on (default `auto`: one for small inputs, else one per core up to 4). The
		 * result is the same for any count. Runs that explain or fix use one.
		 */
		threads?: ThreadSetting;
	};
}
/** The level at or above which findings fail a run; `never` fails none. */
export type FailOn = "error" | "warning" | "info" | "never";
/** What a run did with a baseline. */
export interface BaselineOutcome {
	/** The baseline file, relative to `cwd`. */
	file: string;
	/** Findings it marked suppressed. */
	matched: number;
	/** Findings it records (after writing or pruning: as written). */
	entries: number;
	/** `written`: recorded afresh (--write-baseline); `pruned`: entries that no longer occur dropped. */
	action?: "written" | "pruned";
	/** Entries --prune-baseline dropped. */
	dropped?: number;
}
/** The findings of a run and what it read; every formatter renders it. */
interface LintResult$1 extends LintResult {
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
export declare function lint(request: LintOptions): Promise<LintResult$1>;
/** Whether a finding fails the run at this level: a suppressed finding never does. */
export declare function failsAt(f: Finding, failOn: FailOn): boolean;
/** drainlint's version, from package.json (the bundle carries it inline: it reads no file to know it). */
export declare const VERSION: string;
export interface ExplainOptions extends LintOptions {
	/** Which workloads: `kind/namespace/name`, `namespace/name`, a name, or a glob of those. Default: all. */
	workloads?: string[];
}
export interface ExplainResult extends LintResult$1 {
	workloads: ExplainedWorkload[];
	targets: ExplainedTargets;
	/** Selectors that picked no workload (the CLI exits 2 for them). */
	unmatched: string[];
}
/**
 * Lints the inputs and explains their workloads: effective settings with their sources, the
 * termination timeline, the windows where traffic is lost, and the findings that apply. With
 * selectors, `workloads` and `findings` keep only the workloads picked and their findings.
 */
export declare function explain(request: ExplainOptions): Promise<ExplainResult>;
/** What a formatter may be told; everything has a default (no colour, this version, paths as linted). */
export type FormatOptions = Partial<FormatContext>;
/** Renders a result set as text: `stylish` for people, `json`, `sarif`, `github` workflow commands, `markdown`, `html`. */
export type Formatter = (result: LintResult$1, ctx?: FormatOptions) => string;
export declare const formatters: Readonly<Record<FormatName, Formatter>>;
/** Renders what explain() returns: `stylish` for a terminal, `json` (schema/explain.schema.json), `markdown`, `html`. */
export declare const explainFormatters: Readonly<Record<ExplainFormatName, Formatter>>;

export {
	LintResult$1 as LintResult,
	Range$1 as Range,
};

export {};
