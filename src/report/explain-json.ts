/**
 * `drainlint explain --format json`: the explained workloads as they are — effective settings with
 * their sources, timeline events in seconds, loss windows, findings — and the findings about no
 * single workload, under a versioned envelope (schema/explain.schema.json). Optional keys appear
 * only when they hold something.
 */
import type { LintResult } from '../types.js';
import type { FormatContext } from './format.js';
import { counts } from './json.js';
import { EXPLAIN_FORMAT_VERSION, otherFindings } from '../explain/model.js';

export function explainJson(result: LintResult, ctx: FormatContext): string {
  const workloads = result.workloads ?? [];
  const doc = {
    version: EXPLAIN_FORMAT_VERSION,
    tool: { name: 'drainlint', version: ctx.version },
    ...(result.targets ? { targets: result.targets } : {}),
    summary: { files: result.files.length, workloads: workloads.length, ...counts(result.findings) },
    workloads,
    otherFindings: otherFindings(result.findings, workloads),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
