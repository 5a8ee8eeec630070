/**
 * The target Istio and Kubernetes versions a run checks against, with where each came from. Today
 * they are what the user gave (`--istio-version`, `--k8s-version`, or the config file); versions
 * inferred from the input (issue #10) fill this one function, and everything that shows where a
 * version came from (explain) reads it.
 */
import type { ResolvedConfig } from '../config.js';
import type { Ref } from '../types.js';

export interface TargetVersion {
  /** The version, e.g. "1.24"; undefined when none was given or found. */
  value?: string;
  /** Where it came from in words: "given", "not given" (an inferred one names its file). */
  source: string;
  /** The node it was read from, for versions found in the input. */
  ref?: Ref;
}

export interface TargetVersions {
  istio: TargetVersion;
  kubernetes: TargetVersion;
}

/** The run's target versions, each with its source. */
export function targetVersions(config: Pick<ResolvedConfig, 'istioVersion' | 'kubernetesVersion'>): TargetVersions {
  const given = (value: string | undefined): TargetVersion => (value ? { value, source: 'given' } : { source: 'not given' });
  return { istio: given(config.istioVersion), kubernetes: given(config.kubernetesVersion) };
}
