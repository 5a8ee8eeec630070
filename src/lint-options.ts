/** What lint() takes: the inputs, and the options of a run (the command line's flags, as data). */
import type { TextInput } from './load.js';
import type { FixType } from './rule.js';
import type { ThreadSetting } from './parallel/plan.js';

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
    stdin?: { read(): Promise<Uint8Array>; filename?: string };
    /**
     * Explain workloads too (`result.workloads`: effective settings, timeline, findings): `true` for
     * every workload, `'with-findings'` for those with findings (the markdown format's timelines).
     */
    explain?: boolean | 'with-findings';
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
    fix?: boolean | 'dry-run';
    /** The kinds of fix to apply (default `['layout']`; `timing` fixes change when the pod is killed). */
    fixTypes?: FixType[];
    /**
     * Threads to lint on (default `auto`: one for small inputs, else one per core up to 4). The
     * result is the same for any count. Runs that explain or fix use one.
     */
    threads?: ThreadSetting;
  };
}
