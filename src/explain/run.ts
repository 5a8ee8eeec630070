/**
 * explain(): what `drainlint explain` runs. A lint run that also explains every workload (the same
 * resolution the rules saw), narrowed to the workloads asked for.
 */
import { lint, type LintOptions, type LintResult } from '../lint.js';
import type { ExplainedTargets, ExplainedWorkload } from './model.js';
import { selectWorkloads } from './select.js';

export interface ExplainOptions extends LintOptions {
  /** Which workloads: `kind/namespace/name`, `namespace/name`, a name, or a glob of those. Default: all. */
  workloads?: string[];
}

export interface ExplainResult extends LintResult {
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
export async function explain(request: ExplainOptions): Promise<ExplainResult> {
  const result = await lint({ ...request, options: { ...request.options, explain: true } });
  const selectors = request.workloads ?? [];
  const { chosen, unmatched } = selectWorkloads(result.workloads ?? [], selectors);
  const kept = new Set(chosen.flatMap((x) => x.findings.map((f) => `${f.file}:${f.line}:${f.column}:${f.ruleId}:${f.message}`)));
  const findings = selectors.length === 0 ? result.findings : result.findings.filter((f) => kept.has(`${f.file}:${f.range.line}:${f.range.column}:${f.ruleId}:${f.message}`));
  return { ...result, findings, workloads: chosen, targets: result.targets!, unmatched };
}
