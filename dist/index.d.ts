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
}
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
	};
}
/** The findings of a run and what it read; every formatter renders it. */
interface LintResult$1 extends LintResult {
	/** Paths that exist nowhere or globs that matched nothing (the CLI exits 2 for them; the rest is linted). */
	missing: string[];
	/** Files named explicitly but skipped by an `ignore` glob of the configuration file. */
	ignored: string[];
	/** True when there were inputs and none of them could be read. */
	nothingRead: boolean;
}
/**
 * Lints manifests. Usage and configuration errors (an unknown rule id, an invalid configuration
 * file, a version that is not one, a mesh config file without mesh config) throw a `UsageError`;
 * problems of the inputs themselves are findings (`parse-error`).
 */
export declare function lint(request: LintOptions): Promise<LintResult$1>;
/** Whether a finding fails the run at this level. */
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
