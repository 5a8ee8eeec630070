/**
 * `--workload` selectors: `kind/namespace/name`, `namespace/name`, a name, or a glob of any of them
 * (`*` and `?` within a segment: `checkout-*`, `Deployment/shop/*`). A workload without a namespace
 * answers to `kind/name`. Kinds match whatever their case.
 */
import type { ExplainedWorkload } from './model.js';

interface Candidate {
  segments: string[];
  /** The first segment is the kind. */
  kind: boolean;
}

/** The names a workload answers to. */
function candidates(x: ExplainedWorkload): Candidate[] {
  const { kind, namespace, name } = x.resource;
  if (name === undefined) return [];
  if (!namespace) return [{ segments: [name], kind: false }, { segments: [kind, name], kind: true }];
  return [
    { segments: [name], kind: false },
    { segments: [namespace, name], kind: false },
    { segments: [kind, namespace, name], kind: true },
  ];
}

function segmentMatches(pattern: string, text: string): boolean {
  if (!/[*?]/.test(pattern)) return pattern === text;
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 's').test(text);
}

/** Whether a selector picks the workload. */
export function selects(selector: string, x: ExplainedWorkload): boolean {
  const wanted = selector.split('/');
  return candidates(x).some((c) => c.segments.length === wanted.length && c.segments.every((seg, i) => (c.kind && i === 0 ? segmentMatches(wanted[i]!.toLowerCase(), seg.toLowerCase()) : segmentMatches(wanted[i]!, seg))));
}

/** The workloads the selectors pick (all without selectors), and the selectors that pick none. */
export function selectWorkloads(all: readonly ExplainedWorkload[], selectors: readonly string[]): { chosen: ExplainedWorkload[]; unmatched: string[] } {
  if (selectors.length === 0) return { chosen: [...all], unmatched: [] };
  return { chosen: all.filter((x) => selectors.some((s) => selects(s, x))), unmatched: selectors.filter((s) => !all.some((x) => selects(s, x))) };
}
