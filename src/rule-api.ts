/**
 * What a rule sees of drainlint, in one module (after ESLint's rule context): how to define a rule
 * and report, the resolved model (workload, timeline, facts), the names and defaults of Istio and
 * Kubernetes, and the words messages are made of. Rules import from here only; the modules behind it
 * may move without touching a rule.
 */
export { GO_DURATION_FORMAT, PARSE_BOOL_VALUES, afterProxyPreStop, alsoWords, assumedSentence, atLeast, clip, denialWords, drainDurationFloor, durationFault, durationWords, fact, fitRaises, fitted, gatewayDrainCaveat, graceWords, helpNotes, meshDiscardWords, namespaceInjection, origin, proxyNoun, raisesToo, rejection, relatedValues, sourceWords, valueList } from './describe.js';
export { annotationDrain, ezAssumed, meshDrain, proxyConfigDrain, workloadDrain } from './domain/drain-cover.js';
export type { DrainValues } from './domain/drain-cover.js';
export { drainFit, shorterDrain } from './domain/drain-fit.js';
export { durationFix, formatSeconds, parseGoBool, parseGoDuration, suggestDuration } from './domain/durations.js';
export { podDenied, realProblem, rejectedCrValues, resourceEnvSites, workloadEnvSites } from './domain/env-sites.js';
export type { EnvSite } from './domain/env-sites.js';
export { behindLoadBalancer, graceHint, hardcodedWaypointGrace } from './domain/gateway.js';
export { crLabel, crResource, meshResource, resourceId, workloadName } from './domain/identity.js';
export { annotationNotLabel, blockedByNamespace, injectionRuledOut, labelsField, namespaceState, noSidecarCause } from './domain/injection.js';
export { drainHookLoss, globalLifecycles, holdSetting, isDrainHook, isWaitHook, lifecycleFor, rendersGlobalLifecycle } from './domain/lifecycle.js';
export { nativeEffective } from './domain/mode.js';
export { DEFAULT_DD, DEFAULT_G, DEFAULT_MIN, DEFAULT_TDD, DRAIN_HOOK, EZ, EZ_POLL_SECONDS, INJECT, LIFETIME_ANNOTATION, MIN, NATIVE_ANNOTATION, NS_INJECTION, PROXY_CONFIG_ANNOTATION, PROXY_CONTAINER, REV, SHUTDOWN_ANNOTATION, STATUS_ANNOTATION, TDDS, WAIT_HOOK, isIgnoreAnnotation, spellings } from './domain/names.js';
export { longLivedPorts } from './domain/ports.js';
export { FLAGS_REMOVED, PSD_REMOVED, TDDS_REMOVED, isParentShutdownKey, removedIn, reportedAsRemoved } from './domain/removed.js';
export type { ProxyPath, Timing } from './domain/timeline.js';
export { compareVersions } from './domain/versions.js';
export { written, yamlType } from './domain/written.js';
export { WORKLOAD_TEMPLATE, proxyContainer } from './inventory/model.js';
export type { Container, Inventory, LifecycleSetting, MeshSource, ProxyConfigResource, Resource, Workload } from './inventory/model.js';
export { MESH_CONFIG_FIELDS, PROXY_CONFIG_FIELDS } from './istio/mesh-fields.js';
export type { FieldSpec } from './istio/mesh-fields.js';
export type { ValueProblem } from './istio/validate.js';
export { MESSAGE_LIMIT, fillMessage } from './messages.js';
export type { MessageData, MessageSpec } from './messages.js';
export { drainsClassically, mostSpecificSetting } from './resolve.js';
export type { ResolvedWorkload } from './resolved.js';
export { defineRule } from './rule.js';
export type { RelatedValue, RuleContext } from './rule.js';
export { closest, joinWords, snakeToCamel } from './text.js';
export type { DocView, Path, PathSeg, Provenance, Ref, ResourceId, Valued } from './types.js';
export { parseEmbedded } from './yaml/embedded.js';
export { locate } from './yaml/locate.js';
export { get, isRecord } from './yaml/paths.js';
