/**
 * What the resolver produces and the rules read: the effective settings of a workload with their
 * provenance, its timeline, and what the run's workloads share. Types only, so that the domain
 * modules and the rules depend on the model, not on how it is computed.
 */
import type { MeshSource, Workload } from './inventory/model.js';
import type { Timeline, Timing } from './domain/timeline.js';
import type { ValueProblem } from './istio/validate.js';
import type { Provenance, Valued } from './types.js';
import type { TargetVersions } from './domain/versions.js';

export type Mode = 'classic' | 'native';

export interface Sidecar {
  /** seen: an istio-proxy container or a Namespace that injects; assumed: a mesh signal; none. */
  status: 'seen' | 'assumed' | 'none';
  reason: string;
}

export interface ResolvedWorkload {
  workload: Workload;
  sidecar: Sidecar;
  gateway: boolean;
  mode: Valued<Mode>;
  /** The mesh / ProxyConfig values that a user istio-proxy container's PROXY_CONFIG env replaced. */
  replacedByProxyConfigEnv?: { tdd: Valued<number>; dd: Valued<number> };
  /** terminationGracePeriodSeconds; undefined value = unusable (wrong type). */
  grace: Valued<number | undefined>;
  /** True when G is explicitly 0: the pod opted out of graceful shutdown. */
  graceOptOut: boolean;
  tdd: Valued<number>;
  dd: Valued<number>;
  /** Effective env of the istio-proxy container that matters for drain, by name. */
  proxyEnv: Map<string, Valued<string>>;
  ez: Valued<boolean>;
  min: Valued<number>;
  appPreStop: Timing;
  proxyPreStop: Timing;
  /** Each container's own preStop duration, by container name (containers with a hook only). */
  containerPreStops: Map<string, Timing>;
  lifetime?: Valued<number>;
  shutdown?: Valued<number>;
  /** What happens from the pod's deletion to SIGKILL, computed once from the values above. */
  timeline: Timeline;
  /** Admission would deny the pod (its annotation does not parse or validate). */
  admissionDenied: boolean;
  /** Value problems of the proxy.istio.io/config annotation (any one makes admission deny the pod). */
  annotationProblems: ValueProblem[];
  meshSources: MeshSource[];
  /**
   * Drain values written for this workload that are not its effective ones, each with why:
   * overridden by a higher precedence level, or ignored (a value Go cannot parse, a key istiod
   * drops, a mesh config istiod discards, env on a container pilot-agent does not read…).
   */
  unapplied: UnappliedValue[];
}

/** A drain value written somewhere for a workload that does not take effect (explain strikes it through). */
export interface UnappliedValue {
  /** terminationDrainDuration, drainDuration, an env name (EXIT_ON_ZERO_ACTIVE_CONNECTIONS…), connection lifetime, shutdown duration. */
  setting: string;
  /** The value as written. */
  written: string;
  prov: Provenance;
  /** `overridden`: a higher level set it again; `ignored`: it never takes effect wherever it stands. */
  status: 'overridden' | 'ignored';
  why: string;
}

/** What the run's workloads share: resolved once, before any workload. */
export interface RunResolution {
  /** Value problems of each mesh document (a problem discards the document). */
  meshProblems: Map<MeshSource, ValueProblem[]>;
  /** Whether any mesh config was in the run (a mesh signal for every workload). */
  meshPresent: boolean;
  /** The mesh documents that reach each revision, istiod's discarded ones left out (filled on first use). */
  meshByRevision: Map<string, MeshSource[]>;
  /** The drain values of each revision's mesh documents that istiod discards (filled on first use). */
  discardedByRevision: Map<string, UnappliedValue[]>;
  /**
   * Each revision's mesh `defaultConfig` layers folded, by revision and Istio version (filled on
   * first use): every workload of the revision starts its own levels from it.
   */
  meshFolds: Map<string, MeshFold>;
  /**
   * proxy.istio.io/config values that validated without a problem (filled as workloads resolve).
   * Workloads whose annotations have the same text share one parsed value, and whether a value is
   * valid depends on nothing else: each is validated once.
   */
  validProxyConfigs: WeakSet<object>;
  /**
   * The Istio and Kubernetes versions the run targets, with where each came from: the flag or the
   * configuration file, else read from the input (the lowest of those it states). The run's config
   * carries the same values (config.istioVersion / kubernetesVersion).
   */
  versions: TargetVersions;
}

/** Every workload resolved at once: for inspecting small inputs (tests, the smoke report). */
export interface Resolution extends RunResolution {
  workloads: ResolvedWorkload[];
}

/** Where the drain settings stand after the mesh levels, and what those levels left unapplied. */
export interface MeshFold {
  tdd: Valued<number>;
  dd: Valued<number>;
  env: ReadonlyMap<string, Valued<string>>;
  /** What each level wrote, for the values it set (an override quotes it). */
  raws: ReadonlyMap<Valued<unknown>, string>;
  unapplied: readonly UnappliedValue[];
}
