export type Severity = "error" | "warning" | "info";
/** 1-based line and column, end exclusive (as SARIF and editors expect). */
interface Range$1 {
	line: number;
	column: number;
	endLine: number;
	endColumn: number;
}
export interface ResourceId {
	kind: string;
	name?: string;
	namespace?: string;
	container?: string;
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
	"markdown"
];
export type FormatName = (typeof FORMAT_NAMES)[number];
/** An in-memory input: its path names it in reports (relative to the working directory) and places it for --mesh-config. */
export interface TextInput {
	path: string;
	/** Text, or bytes decoded as files are (BOM, UTF-16, binary content refused). */
	text: string | Uint8Array;
}
/** The level at or above which findings fail a run; `never` fails none. */
export type FailOn = "error" | "warning" | "info" | "never";
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
		/** Run only these rules. */
		onlyRules?: string[];
		/** Do not run these rules. */
		disableRules?: string[];
		/** Target Istio version, e.g. `1.24`. */
		istioVersion?: string;
		/** Target Kubernetes version, e.g. `1.33`. */
		kubernetesVersion?: string;
		/** Treat every workload as having an injected sidecar. */
		assumeInjected?: boolean;
		/** Namespace of workloads without `metadata.namespace`. */
		defaultNamespace?: string;
		/** Where `-` reads from, and the name it gets in reports (default `<stdin>`). */
		stdin?: {
			read(): Promise<Uint8Array>;
			filename?: string;
		};
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
	};
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
/** A usage or configuration error: exit code 2. */
export declare class UsageError extends Error {
}
/** What a formatter may be told; everything has a default (no colour, this version, paths as linted). */
export type FormatOptions = Partial<FormatContext>;
/** Renders a result set as text: `stylish` for people, `json`, `sarif`, `github` workflow commands, `markdown`. */
export type Formatter = (result: LintResult$1, ctx?: FormatOptions) => string;
export declare const formatters: Readonly<Record<FormatName, Formatter>>;

export {
	LintResult$1 as LintResult,
	Range$1 as Range,
};

export {};
