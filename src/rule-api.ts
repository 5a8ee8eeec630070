/**
 * What a rule sees of drainlint, in one module (after ESLint's rule context): how to define a rule
 * and report, the resolved model (workload, timeline, facts), the names and defaults of Istio and
 * Kubernetes, and the words messages are made of. Rules import from here only; the modules behind it
 * may move without touching a rule.
 */
export { GO_DURATION_FORMAT, PARSE_BOOL_VALUES, afterProxyPreStop, alsoWords, assumedSentence, atLeast, clip, denialWords, drainDurationFloor, durationFault, durationWords, fact, fitRaises, fitted, gatewayDrainCaveat, graceWords, helpNotes, meshDiscardWords, namespaceInjection, origin, proxyNoun, raisesToo, rejection, relatedValues, sourceWords, targetVersionNote, targetVersionWords, valueList } from './describe.js';
export { annotationDrain, ezAssumed, meshDrain, proxyConfigDrain, workloadDrain } from './domain/drain-cover.js';
export type { DrainValues } from './domain/drain-cover.js';
export { drainDurationForGrace, drainFit, shorterDrain } from './domain/drain-fit.js';
export { durationFix, formatSeconds, parseGoBool, parseGoDuration, suggestDuration } from './domain/durations.js';
export { podDenied, realProblem, rejectedCrValues, resourceEnvSites, workloadEnvSites } from './domain/env-sites.js';
export type { EnvSite } from './domain/env-sites.js';
export { behindLoadBalancer, graceHint, hardcodedWaypointGrace } from './domain/gateway.js';
export { raiseGraceFix } from './domain/grace.js';
export { loadBalancersInFront, providerKnown } from './domain/load-balancers.js';
export type { Draining, LoadBalancer } from './domain/load-balancers.js';
export { crLabel, crResource, istioComponent, meshResource, operatorName, resourceId, resourceName, resourceNameInMessage, workloadName, workloadNameInMessage } from './domain/identity.js';
export { annotationNotLabel, blockedByNamespace, injectionRuledOut, labelsField, namespaceState, neverInjectedNamespace, noSidecarCause, optsOutOfInjection } from './domain/injection.js';
export { JOB_KINDS, QUIT_ENDPOINT, classicByDefault, isJobWorkload, quitCall } from './domain/jobs.js';
export { drainHookLoss, globalLifecycles, holdSetting, isDrainHook, isWaitHook, lifecycleFor, rendersGlobalLifecycle } from './domain/lifecycle.js';
export { rootNamespace } from './domain/mesh.js';
export { nativeEffective } from './domain/mode.js';
export { DEFAULT_DD, DEFAULT_G, DEFAULT_MIN, DEFAULT_TDD, DRAIN_HOOK, EZ, EZ_POLL_SECONDS, IDLE_TIMEOUT, INJECT, LIFETIME_ANNOTATION, MIN, NATIVE_ANNOTATION, NS_INJECTION, PROXY_CONFIG_ANNOTATION, PROXY_CONTAINER, REV, SHUTDOWN_ANNOTATION, STATUS_ANNOTATION, TDDS, WAIT_HOOK, isIgnoreAnnotation, spellings } from './domain/names.js';
export { OUTSIDE_HTTP, longLivedPorts } from './domain/ports.js';
export { FLAGS_REMOVED, PSD_REMOVED, TDDS_REMOVED, TDD_FIELD_SINCE, isParentShutdownKey, removedIn, reportedAsRemoved, runsPilotAgentProxy } from './domain/removed.js';
export type { ProxyPath, Timing } from './domain/timeline.js';
export { QUIT_SKIPS_DRAIN_SINCE, compareVersions, quitSkipsDrain } from './domain/versions.js';
export type { TargetVersion, TargetVersions } from './domain/versions.js';
export { written, yamlType } from './domain/written.js';
export { WORKLOAD_TEMPLATE, proxyContainer } from './inventory/model.js';
export type { Container, Inventory, LifecycleSetting, MeshSource, ProxyConfigResource, Resource, Workload } from './inventory/model.js';
export { MESH_CONFIG_FIELDS, PROXY_CONFIG_FIELDS } from './istio/mesh-fields.js';
export type { FieldSpec } from './istio/mesh-fields.js';
export type { ValueProblem } from './istio/validate.js';
export { MESSAGE_LIMIT, fillMessage } from './messages.js';
export type { MessageData, MessageSpec } from './messages.js';
export { classicDrainRuns, drainsClassically, mostSpecificSetting } from './resolve.js';
export type { ResolvedWorkload } from './resolved.js';
export { defineRule } from './rule.js';
export { fixOf } from './fix/intent.js';
export type { Fix } from './fix/intent.js';
export type { RelatedValue, RuleContext } from './rule.js';
export { closest, joinWords, snakeToCamel } from './text.js';
export type { DocView, Path, PathSeg, Provenance, Ref, ResourceId, Valued } from './types.js';
export { parseEmbedded } from './yaml/embedded.js';
export { locate } from './yaml/locate.js';
export { get, isRecord } from './yaml/paths.js';
