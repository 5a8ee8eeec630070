/** The target versions a run read from the input, in words for people (stylish, and any text report). */
import type { LintResult, ReportedVersion } from '../types.js';

const NAMES = { istio: 'Istio', kubernetes: 'Kubernetes' } as const;
const FLAGS = { istio: '--istio-version', kubernetes: '--k8s-version' } as const;

/**
 * One line per version read from the input (given versions are known to whoever gave them):
 * "Istio 1.24.2 assumed, from the proxyv2 image of Deployment shop/web in k8s/web.yaml:20 (the
 * lowest of 1.24.2 and 1.29.0 in the input); --istio-version sets it."
 */
export function inferredVersionLines(result: LintResult): string[] {
  const out: string[] = [];
  for (const p of ['istio', 'kubernetes'] as const) {
    const v: ReportedVersion | undefined = result.targetVersions?.[p];
    if (!v?.inferred) continue;
    const where = v.file ? ` in ${v.file}:${v.line}` : '';
    const seen = v.seen && v.seen.length > 1 ? ` (the lowest of ${list(v.seen)} in the input)` : '';
    out.push(`${NAMES[p]} ${v.version} assumed, from ${v.source}${where}${seen}; ${FLAGS[p]} sets it.`);
  }
  return out;
}

function list(items: string[]): string {
  return items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
