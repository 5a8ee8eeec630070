/**
 * The target Istio and Kubernetes versions a run checks against, as explain shows them: the run's
 * target versions (given by the flag or the configuration file, or read from the input) with where
 * each came from.
 */
import type { Ref } from '../types.js';
import type { TargetVersions as RunTargetVersions } from './versions.js';

export interface TargetVersion {
  /** The version, e.g. "1.24"; undefined when none was given or found. */
  value?: string;
  /** Where it came from in words: "--istio-version", "global.tag in istiod/values.yaml (read from the input)", "not given". */
  source: string;
  /** The node it was read from, for versions found in the input or the configuration file. */
  ref?: Ref;
}

export interface TargetVersions {
  istio: TargetVersion;
  kubernetes: TargetVersion;
}

/** The run's target versions, each with its source. */
export function targetVersions(run: RunTargetVersions): TargetVersions {
  const one = (v: RunTargetVersions['istio']): TargetVersion => {
    if (!v) return { source: 'not given or found' };
    const seen = v.seen.length > 1 ? `; the lowest of ${v.seen.map((s) => s.version).join(', ')} in the input` : '';
    const source = v.inferred ? `${v.prov.source} (read from the input${seen})` : v.prov.source;
    return { value: v.value, source, ...(v.prov.ref ? { ref: v.prov.ref } : {}) };
  };
  return { istio: one(run.istio), kubernetes: one(run.kubernetes) };
}
