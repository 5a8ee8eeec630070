/** The expected connection lifetime L and the app's shutdown time Sₐ, with where each was declared. */
import type { Workload } from '../inventory/model.js';
import type { LifetimeRule } from '../config.js';
import type { Valued } from '../types.js';
import { parseGoDuration } from './durations.js';

/**
 * L or Sₐ: the pod-template annotation, then the config's per-workload entries, then (L only) the
 * traffic resources routed to the workload, then the config default.
 */
export function declared(w: Workload, annotation: string, rules: LifetimeRule | undefined, key: string, derived?: () => Valued<number> | undefined): Valued<number> | undefined {
  const raw = w.podAnnotations[annotation];
  if (raw !== undefined && raw !== null) {
    // A value that is not a duration string is a finding of its own and leaves the value unknown.
    const secs = typeof raw === 'string' ? parseGoDuration(raw) : undefined;
    if (secs !== undefined) return { value: secs, prov: { level: 'annotation', source: `${annotation} annotation`, ref: { view: w.view, path: w.annotationsPath.concat(annotation) } } };
    return undefined;
  }
  const hit = rules?.workloads.find((e) => e.matches(w));
  if (hit) return { value: hit.seconds, prov: { level: 'config', source: `${key}.workloads[${hit.index}] in the config file`, ref: hit.ref } };
  const fromTraffic = derived?.();
  if (fromTraffic) return fromTraffic;
  if (rules?.default !== undefined) return { value: rules.default.seconds, prov: { level: 'config', source: `${key}.default in the config file`, ref: rules.default.ref } };
  return undefined;
}

/**
 * Every value declared for L or Sₐ below the one `declared` picks, in the same order (a config
 * entry, the traffic resources, the config default): explain shows them overridden by the winner.
 */
export function shadowedDeclarations(w: Workload, winner: Valued<number> | undefined, rules: LifetimeRule | undefined, key: string, derived?: () => Valued<number> | undefined): Valued<number>[] {
  if (!winner) return [];
  const hit = rules?.workloads.find((e) => e.matches(w));
  const candidates: (Valued<number> | undefined)[] = [
    hit ? { value: hit.seconds, prov: { level: 'config', source: `${key}.workloads[${hit.index}] in the config file`, ref: hit.ref } } : undefined,
    winner.prov.level === 'annotation' || winner.prov.level === 'config' ? derived?.() : undefined,
    rules?.default !== undefined ? { value: rules.default.seconds, prov: { level: 'config', source: `${key}.default in the config file`, ref: rules.default.ref } } : undefined,
  ];
  // Those below the winner: the winner itself and what ranks above it are left out.
  const rank = (v: Valued<number>) => (v.prov.level === 'annotation' ? 0 : v.prov.source.includes('.workloads[') ? 1 : v.prov.level === 'traffic' ? 2 : 3);
  return candidates.filter((v): v is Valued<number> => v !== undefined && rank(v) > rank(winner));
}
