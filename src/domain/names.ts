/**
 * Names and defaults of Istio and Kubernetes that drain settings are written with, in one place:
 * environment variables, annotations and labels, containers, built-in defaults, and the two
 * spellings (camelCase and snake_case) that istiod's proto-JSON reading accepts for every field.
 */

// Environment variables of the istio-proxy container (spec §1).
export const EZ = 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS';
export const MIN = 'MINIMUM_DRAIN_DURATION';
/** The idle timeout of the proxy's HTTP connection managers and TCP proxies (Envoy's default 1h). */
export const IDLE_TIMEOUT = 'ISTIO_META_IDLE_TIMEOUT';
/** Removed in Istio 1.10; before it, a TDD source of its own (spec §8.1). */
export const TDDS = 'TERMINATION_DRAIN_DURATION_SECONDS';

// Built-in defaults (pkg/config/mesh DefaultProxyConfig; Kubernetes pod spec).
export const DEFAULT_G = 30;
export const DEFAULT_TDD = 5;
export const DEFAULT_DD = 45;
export const DEFAULT_MIN = 5;
/** The EZ loop's poll interval: its first connection check comes this long after MIN. */
export const EZ_POLL_SECONDS = 1;

export const PROXY_CONTAINER = 'istio-proxy';
export const PROXY_CONFIG_ANNOTATION = 'proxy.istio.io/config';
export const NATIVE_ANNOTATION = 'sidecar.istio.io/nativeSidecar';
export const INJECT = 'sidecar.istio.io/inject';
export const REV = 'istio.io/rev';
export const NS_INJECTION = 'istio-injection';
export const DATAPLANE_MODE = 'istio.io/dataplane-mode';
export const STATUS_ANNOTATION = 'sidecar.istio.io/status';
export const TEMPLATES_ANNOTATION = 'inject.istio.io/templates';
export const GATEWAY_NAME_LABEL = 'gateway.networking.k8s.io/gateway-name';

// drainlint's own annotations.
export const LIFETIME_ANNOTATION = 'drainlint.io/connection-lifetime';
export const SHUTDOWN_ANNOTATION = 'drainlint.io/shutdown-duration';
export const IGNORE_ANNOTATION = 'drainlint.io/ignore';

/** Namespaces the injection webhook never injects (inject.go injectRequired). */
export const SYSTEM_NAMESPACES = new Set(['kube-system', 'kube-public', 'kube-node-lease', 'local-path-storage']);

/** The native sidecar's injected preStop, and the hold-app postStart. */
export const DRAIN_HOOK = 'pilot-agent request --debug-port=15020 POST drain';
export const WAIT_HOOK = 'pilot-agent wait';

/** Both spellings istiod's proto-JSON reading accepts, camelCase first. */
export function spellings(camel: string): readonly [string, string] {
  return DRAIN_FIELD_SPELLINGS.get(camel) ?? snakeAlso(camel);
}

function snakeAlso(camel: string): readonly [string, string] {
  return [camel, camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)];
}

/** The fields every workload's resolution reads, spelled once (a constant table, never written after). */
const DRAIN_FIELD_SPELLINGS: ReadonlyMap<string, readonly [string, string]> = new Map(['terminationDrainDuration', 'drainDuration', 'proxyMetadata', 'defaultConfig'].map((f) => [f, snakeAlso(f)]));

/** The spellings of the fields drain settings live in. */
export const PROXY_METADATA_KEYS = spellings('proxyMetadata');
export const DEFAULT_CONFIG_KEYS = spellings('defaultConfig');

/**
 * Each spelling of a field that a mapping holds, with its value, in the order istiod applies them
 * (both may be present; the later one wins field by field).
 */
export function fieldsOf(mapping: Record<string, unknown>, camel: string): [key: string, value: unknown][] {
  const out: [string, unknown][] = [];
  for (const key of spellings(camel)) if (key in mapping) out.push([key, mapping[key]]);
  return out;
}

/** `drainlint.io/ignore-<rule-id>: "<reason>"`: suppresses one rule, with its reason. */
export const IGNORE_PREFIX = 'drainlint.io/ignore-';

/** drainlint.io/ignore and drainlint.io/ignore-<rule-id>: valid on a workload's own metadata as on its pod template. */
export function isIgnoreAnnotation(key: string): boolean {
  return key === IGNORE_ANNOTATION || (key.startsWith(IGNORE_PREFIX) && key.length > IGNORE_PREFIX.length);
}
