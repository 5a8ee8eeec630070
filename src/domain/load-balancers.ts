/**
 * The load balancers in front of a gateway, read from the manifests (spec §8.13): a Service that
 * selects the gateway's pods (or the one an IstioOperator gateway entry or a Gateway API Gateway
 * makes), which provider its type, class and annotations name, whether that load balancer sends to
 * pod IPs, and how long it lets connections to a removed target drain (D).
 *
 * Why pod IPs matter: a load balancer whose targets are pod IPs (AWS Load Balancer Controller with
 * IP targets, GKE container-native load balancing through NEGs) removes a terminating pod itself,
 * and keeps opening connections to it until the removal has propagated (AWS: "a few minutes").
 * With instance (node) targets kube-proxy stops routing to the pod within seconds instead.
 *
 * Every fact is read from a Service-shaped input (ServiceShape): a Service manifest, or a Service
 * synthesised from what renders one (an IstioOperator gateway's `k8s.service`, a Gateway API
 * Gateway, the `gateway` chart's `service` values), with the paths where each part is written.
 */
import type { Inventory, Resource, Workload } from '../inventory/model.js';
import type { DocView, Path, Provenance, Valued } from '../types.js';
import { get, isRecord } from '../yaml/paths.js';
import { selectingServices } from './traffic.js';
import { parseGoBool } from './durations.js';

/**
 * A Service as the load-balancer facts read it. `value` is Service-shaped (`spec.type`,
 * `spec.selector`, `spec.loadBalancerClass`, `metadata.annotations`); `paths` say where each part is
 * written in `view`, so that a Service synthesised from other input (IstioOperator `k8s.service`,
 * gateway chart values) points into that input.
 */
export interface ServiceShape {
  /** Words naming it: "Service istio-ingress/ingress", "k8s.service of IstioOperator gateway istio-ingressgateway". */
  label: string;
  view: DocView;
  value: Record<string, unknown>;
  paths: ServicePaths;
  /** The Service's name and namespace, for resources that refer to it by name (GCPBackendPolicy). */
  name?: string;
  namespace?: string;
  /** spec.type when the input does not write it: Kubernetes' ClusterIP, or what the renderer defaults to. */
  typeDefault: { value: string; source: string };
}

export interface ServicePaths {
  type: Path;
  loadBalancerClass: Path;
  annotations: Path;
  selector: Path;
}

export type LoadBalancerProvider = 'aws-lbc' | 'aws-nlb' | 'aws-clb' | 'gke-neg' | 'gke-l4' | 'azure' | 'class' | 'unknown';

export interface LoadBalancer {
  service: ServiceShape;
  provider: LoadBalancerProvider;
  /** Short words for messages: "an AWS NLB with IP targets". */
  noun: string;
  /** The load balancer sends to pod IPs: it removes a terminating pod itself, which takes a while to propagate. */
  byPodIp: boolean;
  /** D: how long the load balancer lets connections to a removed target drain, when it declares one. */
  draining?: Draining;
  /** What identifies it (type, class, annotations), for help texts and related locations. */
  evidence: [string, Valued<string>][];
  /** Why the gateway must keep serving, for help texts. */
  why: string;
}

export interface Draining {
  seconds: Valued<number>;
  /** The setting's name as written: "deregistration_delay.timeout_seconds", "drainingTimeoutSec". */
  setting: string;
  /** The setting as a value-list entry, shown as written (300, not 5m). */
  entry: [string, Valued<string>];
}

// Annotations and classes of the providers (AWS Load Balancer Controller and the in-tree AWS
// provider, GKE, Azure).
const AWS = 'service.beta.kubernetes.io/aws-load-balancer-';
export const AWS_LB_TYPE = `${AWS}type`;
export const AWS_TARGET_TYPE = `${AWS}nlb-target-type`;
export const AWS_TG_ATTRIBUTES = `${AWS}target-group-attributes`;
export const AWS_CLB_DRAINING = `${AWS}connection-draining-enabled`;
export const AWS_CLB_DRAINING_TIMEOUT = `${AWS}connection-draining-timeout`;
export const AWS_NLB_CLASS = 'service.k8s.aws/nlb';
/** EKS Auto Mode's class: the same annotations and target groups as the AWS Load Balancer Controller. */
export const EKS_AUTO_NLB_CLASS = 'eks.amazonaws.com/nlb';
const AWS_NLB_CLASSES = new Set([AWS_NLB_CLASS, EKS_AUTO_NLB_CLASS]);
/** The AWS Load Balancer Controller's default deregistration_delay.timeout_seconds (a target group's default). */
export const AWS_DEREGISTRATION_DEFAULT = 300;
/** A Classic Load Balancer's connection-draining timeout when draining is enabled without one. */
export const AWS_CLB_DRAINING_DEFAULT = 300;
export const GKE_NEG = 'cloud.google.com/neg';
export const GKE_BACKEND_CONFIG = ['cloud.google.com/backend-config', 'beta.cloud.google.com/backend-config'] as const;
const GKE_L4 = ['cloud.google.com/load-balancer-type', 'networking.gke.io/load-balancer-type', 'cloud.google.com/l4-rbs'];
const GKE_L4_CLASS = /^networking\.gke\.io\//;
const AZURE = 'service.beta.kubernetes.io/azure-';
/** Gateway API: istiod's Service for a Gateway takes its type from this annotation (default LoadBalancer). */
const GATEWAY_SERVICE_TYPE = 'networking.istio.io/service-type';

const WHY_POD_IP_AWS =
  'The load balancer controller deregisters a terminating pod, but the NLB keeps opening connections to it until that has propagated (about 2 minutes reported), and lets open ones drain for deregistration_delay.timeout_seconds.';
const WHY_POD_IP_GKE = 'GKE detaches a terminating pod from its NEG, but the load balancer keeps sending to it until that has propagated, and lets open connections drain for drainingTimeoutSec.';
const WHY_INSTANCE = 'The load balancer sends to nodes, and kube-proxy stops routing to a terminating pod; connections the load balancer is still draining are reset when the gateway exits.';

/** A Service manifest as a ServiceShape. */
export function serviceFromManifest(res: Resource, defaultNamespace?: string): ServiceShape {
  const ns = res.namespace ?? defaultNamespace;
  return {
    label: `Service ${ns ? `${ns}/` : ''}${res.name ?? '(unnamed)'}`,
    view: res.view,
    value: res.value,
    paths: {
      type: res.base.concat('spec', 'type'),
      loadBalancerClass: res.base.concat('spec', 'loadBalancerClass'),
      annotations: res.base.concat('metadata', 'annotations'),
      selector: res.base.concat('spec', 'selector'),
    },
    name: res.name,
    namespace: ns,
    typeDefault: { value: 'ClusterIP', source: 'Kubernetes default' },
  };
}

/**
 * The Service an IstioOperator ingress gateway entry renders: `k8s.service` (a ServiceSpec; type
 * LoadBalancer by default) with `k8s.serviceAnnotations`, named after the gateway.
 */
export function operatorGatewayService(w: Workload): ServiceShape | undefined {
  if (w.origin !== 'iop-gateway' || w.kind !== 'IngressGateway') return undefined;
  const k8s = isRecord(w.value['k8s']) ? w.value['k8s'] : {};
  const spec = isRecord(k8s['service']) ? k8s['service'] : {};
  const annotations = isRecord(k8s['serviceAnnotations']) ? k8s['serviceAnnotations'] : {};
  const k8sPath = w.base.concat('k8s');
  return {
    label: `the Service of IstioOperator gateway ${w.name ?? '(unnamed)'}`,
    view: w.view,
    value: { spec: { ...spec, selector: w.podLabels }, metadata: { annotations } },
    paths: { type: k8sPath.concat('service', 'type'), loadBalancerClass: k8sPath.concat('service', 'loadBalancerClass'), annotations: k8sPath.concat('serviceAnnotations'), selector: w.labelsPath },
    name: w.name,
    namespace: w.namespace,
    typeDefault: { value: 'LoadBalancer', source: 'default of IstioOperator ingress gateways' },
  };
}

/**
 * The Service istiod creates for a Gateway API Gateway (not for waypoints): type from the
 * `networking.istio.io/service-type` annotation (LoadBalancer by default), the Gateway's annotations
 * copied onto it.
 */
export function gatewayApiService(w: Workload): ServiceShape | undefined {
  if (w.origin !== 'gateway-api' || w.gatewayClass === 'istio-waypoint') return undefined;
  const type = w.podAnnotations[GATEWAY_SERVICE_TYPE];
  return {
    label: `the Service istiod creates for Gateway ${w.namespace ? `${w.namespace}/` : ''}${w.name ?? '(unnamed)'}`,
    view: w.view,
    value: { spec: { type, selector: w.podLabels }, metadata: { annotations: w.podAnnotations } },
    paths: { type: w.annotationsPath.concat(GATEWAY_SERVICE_TYPE), loadBalancerClass: w.annotationsPath, annotations: w.annotationsPath, selector: w.labelsPath },
    name: w.name && w.gatewayClass ? `${w.name}-${w.gatewayClass}` : w.name,
    namespace: w.effectiveNamespace,
    typeDefault: { value: 'LoadBalancer', source: 'default of Services istiod creates for Gateways' },
  };
}

/**
 * The Services in front of a workload: those its own definition renders (gateway chart values,
 * an IstioOperator entry, a Gateway API Gateway), then the Service manifests of the input that
 * select its pods, in input order.
 */
export function servicesInFront(w: Workload, inv: Inventory, config: { defaultNamespace?: string }): ServiceShape[] {
  const own = [operatorGatewayService(w), gatewayApiService(w)].filter((s): s is ServiceShape => s !== undefined);
  return own.concat(selectingServices(w, inv, config).map((res) => serviceFromManifest(res, config.defaultNamespace)));
}

/** The load balancers in front of a workload: those of servicesInFront that make one. */
export function loadBalancersInFront(w: Workload, inv: Inventory, config: { defaultNamespace?: string }): LoadBalancer[] {
  return servicesInFront(w, inv, config)
    .map((svc) => loadBalancerOf(svc, inv, config))
    .filter((lb): lb is LoadBalancer => lb !== undefined);
}

/**
 * The load balancer a Service makes, if any: a Service of type LoadBalancer, or one whose pods a
 * Google Cloud load balancer reaches through NEGs (container-native load balancing, whatever the
 * Service's type: an Ingress or a GKE Gateway consumes them).
 */
export function loadBalancerOf(svc: ServiceShape, inv: Inventory, config: { defaultNamespace?: string }): LoadBalancer | undefined {
  const annotations = annotationsOf(svc);
  const ann = (key: string): string | undefined => (typeof annotations[key] === 'string' ? (annotations[key] as string) : undefined);
  const fact = (label: string, value: string, path: Path, source: string): [string, Valued<string>] => [label, { value, prov: provAt(svc, path, source) }];
  const annFact = (key: string): [string, Valued<string>] => fact(key, JSON.stringify(ann(key)), svc.paths.annotations.concat(key), `annotation of ${svc.label}`);

  const rawType = get(svc.value, ['spec', 'type']);
  const typeWritten = typeof rawType === 'string';
  const type = typeWritten ? rawType : svc.typeDefault.value;
  const typeFact: [string, Valued<string>] = typeWritten
    ? fact('type', type, svc.paths.type, svc.label)
    : ['type', { value: type, prov: { level: 'default', source: `${svc.typeDefault.source}, ${svc.label}` } }];
  const rawClass = get(svc.value, ['spec', 'loadBalancerClass']);
  const cls = typeof rawClass === 'string' && rawClass !== '' ? rawClass : undefined;
  const classFact = (): [string, Valued<string>] => fact('loadBalancerClass', cls!, svc.paths.loadBalancerClass, svc.label);

  // Container-native load balancing: NEGs of pod IPs (the Service's type does not matter).
  const gke = gkeNeg(svc, inv, config, ann);
  if (gke) {
    return { service: svc, provider: 'gke-neg', noun: 'a GKE NEG load balancer', byPodIp: true, draining: gke.draining, evidence: gke.evidence, why: WHY_POD_IP_GKE };
  }
  if (type !== 'LoadBalancer') return undefined;

  const lbType = ann(AWS_LB_TYPE);
  // The AWS Load Balancer Controller: `external` / `nlb-ip`, or its class (or EKS Auto Mode's).
  if ((cls !== undefined && AWS_NLB_CLASSES.has(cls)) || (cls === undefined && (lbType === 'external' || lbType === 'nlb-ip'))) {
    const target = ann(AWS_TARGET_TYPE);
    const byPodIp = lbType === 'nlb-ip' || target === 'ip';
    const evidence = [typeFact, cls !== undefined ? classFact() : annFact(AWS_LB_TYPE)];
    if (target !== undefined) evidence.push(annFact(AWS_TARGET_TYPE));
    return {
      service: svc,
      provider: 'aws-lbc',
      noun: byPodIp ? 'an AWS NLB with IP targets' : 'an AWS NLB with instance targets',
      byPodIp,
      draining: awsDeregistrationDelay(svc, ann),
      evidence,
      why: byPodIp ? WHY_POD_IP_AWS : WHY_INSTANCE,
    };
  }
  if (cls !== undefined) {
    // Another controller's class: the input names the load balancer, drainlint knows nothing of it.
    const gkeClass = GKE_L4_CLASS.test(cls);
    return { service: svc, provider: gkeClass ? 'gke-l4' : 'class', noun: gkeClass ? 'a GKE L4 load balancer' : `the load balancer of class ${cls}`, byPodIp: false, evidence: [typeFact, classFact()], why: WHY_INSTANCE };
  }
  if (lbType === 'nlb') {
    // The in-tree provider's NLB: instance targets, nothing is deregistered when a pod terminates.
    return { service: svc, provider: 'aws-nlb', noun: 'an AWS NLB with instance targets', byPodIp: false, evidence: [typeFact, annFact(AWS_LB_TYPE)], why: WHY_INSTANCE };
  }
  const awsKey = Object.keys(annotations).find((k) => k.startsWith(AWS));
  if (awsKey !== undefined) {
    // The in-tree provider's Classic Load Balancer (its default type), with optional connection draining.
    const evidence = [typeFact, annFact(awsKey)];
    return { service: svc, provider: 'aws-clb', noun: 'an AWS Classic Load Balancer', byPodIp: false, draining: clbDraining(svc, ann), evidence, why: WHY_INSTANCE };
  }
  const gkeKey = GKE_L4.find((k) => ann(k) !== undefined);
  if (gkeKey) return { service: svc, provider: 'gke-l4', noun: 'a GKE L4 load balancer', byPodIp: false, evidence: [typeFact, annFact(gkeKey)], why: WHY_INSTANCE };
  const azureKey = Object.keys(annotations).find((k) => k.startsWith(AZURE));
  // Azure's cloud provider has no draining setting: health probes only.
  if (azureKey) return { service: svc, provider: 'azure', noun: 'an Azure load balancer', byPodIp: false, evidence: [typeFact, annFact(azureKey)], why: WHY_INSTANCE };
  return { service: svc, provider: 'unknown', noun: 'a load balancer', byPodIp: false, evidence: [typeFact], why: WHY_INSTANCE };
}

/** Whether a load balancer's provider is known from the input (a type LoadBalancer alone does not say which). */
export function providerKnown(lb: LoadBalancer): boolean {
  return lb.provider !== 'unknown';
}

function annotationsOf(svc: ServiceShape): Record<string, unknown> {
  const a = get(svc.value, ['metadata', 'annotations']);
  return isRecord(a) ? a : {};
}

function provAt(svc: ServiceShape, path: Path, source: string): Provenance {
  return { level: 'traffic', source, ref: { view: svc.view, path } };
}

/**
 * `deregistration_delay.timeout_seconds` from the target-group-attributes annotation
 * (`key=value` pairs separated by commas), else the target group's default of 300.
 */
function awsDeregistrationDelay(svc: ServiceShape, ann: (key: string) => string | undefined): Draining {
  const setting = 'deregistration_delay.timeout_seconds';
  const attributes = ann(AWS_TG_ATTRIBUTES);
  const written = attributes === undefined ? undefined : parseAttributes(attributes).get(setting);
  if (written !== undefined && /^\d+$/.test(written)) {
    const prov = provAt(svc, svc.paths.annotations.concat(AWS_TG_ATTRIBUTES), `${AWS_TG_ATTRIBUTES} annotation of ${svc.label}`);
    return { setting, seconds: { value: Number(written), prov }, entry: [setting, { value: written, prov }] };
  }
  const prov: Provenance = { level: 'default', source: 'default of AWS target groups' };
  return { setting, seconds: { value: AWS_DEREGISTRATION_DEFAULT, prov }, entry: [setting, { value: String(AWS_DEREGISTRATION_DEFAULT), prov }] };
}

/** `a=1, b=2` → { a: "1", b: "2" } (as the controller splits its map annotations). */
export function parseAttributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) out.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return out;
}

/** A Classic Load Balancer's connection draining: enabled by annotation, its timeout 300s unless given. */
function clbDraining(svc: ServiceShape, ann: (key: string) => string | undefined): Draining | undefined {
  const enabled = ann(AWS_CLB_DRAINING);
  if (enabled === undefined || parseGoBool(enabled) !== true) return undefined;
  const setting = 'connection-draining-timeout';
  const timeout = ann(AWS_CLB_DRAINING_TIMEOUT);
  if (timeout !== undefined && /^\d+$/.test(timeout)) {
    const prov = provAt(svc, svc.paths.annotations.concat(AWS_CLB_DRAINING_TIMEOUT), `annotation of ${svc.label}`);
    return { setting, seconds: { value: Number(timeout), prov }, entry: [AWS_CLB_DRAINING_TIMEOUT, { value: JSON.stringify(timeout), prov }] };
  }
  const prov: Provenance = { level: 'default', source: `AWS default with ${AWS_CLB_DRAINING} "${enabled}", ${svc.label}` };
  return { setting, seconds: { value: AWS_CLB_DRAINING_DEFAULT, prov }, entry: [AWS_CLB_DRAINING_TIMEOUT, { value: String(AWS_CLB_DRAINING_DEFAULT), prov }] };
}

/**
 * GKE container-native load balancing: the Service's `cloud.google.com/neg` annotation enables NEGs
 * (`{"ingress": true}` or `exposed_ports`), or a GCPBackendPolicy targets it (GKE Gateways always
 * use NEGs). D is the longest `drainingTimeoutSec` of its BackendConfigs and GCPBackendPolicies.
 */
function gkeNeg(svc: ServiceShape, inv: Inventory, config: { defaultNamespace?: string }, ann: (key: string) => string | undefined): { evidence: [string, Valued<string>][]; draining?: Draining } | undefined {
  const evidence: [string, Valued<string>][] = [];
  const negText = ann(GKE_NEG);
  if (negText !== undefined && negEnabled(negText)) {
    evidence.push([GKE_NEG, { value: negText, prov: provAt(svc, svc.paths.annotations.concat(GKE_NEG), `annotation of ${svc.label}`) }]);
  }
  const ns = svc.namespace;
  const drains: Draining[] = [];
  // BackendConfigs named by the backend-config annotation ({"default": name} or {"ports": {port: name}}).
  for (const key of GKE_BACKEND_CONFIG) {
    const text = ann(key);
    if (text === undefined) continue;
    for (const name of backendConfigNames(text)) {
      const bc = gkeResources(inv, 'BackendConfig').find((r) => r.name === name && nsOf(r, config) === ns);
      const secs = bc ? get(bc.value, ['spec', 'connectionDraining', 'drainingTimeoutSec']) : undefined;
      if (!bc || typeof secs !== 'number' || !Number.isFinite(secs) || secs < 0) continue;
      const prov: Provenance = { level: 'traffic', source: `BackendConfig ${nsPrefix(bc, config)}${name}`, ref: { view: bc.view, path: bc.base.concat('spec', 'connectionDraining', 'drainingTimeoutSec') } };
      drains.push({ setting: 'drainingTimeoutSec', seconds: { value: secs, prov }, entry: ['drainingTimeoutSec', { value: String(secs), prov }] });
    }
  }
  // GCPBackendPolicies that target the Service (spec.targetRef); drainingTimeoutSec defaults to 0.
  let policy = false;
  for (const p of gkeResources(inv, 'GCPBackendPolicy')) {
    const ref = get(p.value, ['spec', 'targetRef']);
    if (!isRecord(ref) || ref['kind'] !== 'Service' || ref['name'] !== svc.name || svc.name === undefined || nsOf(p, config) !== ns) continue;
    policy = true;
    const path = p.base.concat('spec', 'default', 'connectionDraining', 'drainingTimeoutSec');
    const secs = get(p.value, ['spec', 'default', 'connectionDraining', 'drainingTimeoutSec']);
    if (typeof secs === 'number' && Number.isFinite(secs) && secs >= 0) {
      const prov: Provenance = { level: 'traffic', source: `GCPBackendPolicy ${nsPrefix(p, config)}${p.name ?? '(unnamed)'}`, ref: { view: p.view, path } };
      drains.push({ setting: 'drainingTimeoutSec', seconds: { value: secs, prov }, entry: ['drainingTimeoutSec', { value: String(secs), prov }] });
    }
    if (evidence.length === 0) evidence.push(['targetRef', { value: svc.name, prov: { level: 'traffic', source: `GCPBackendPolicy ${nsPrefix(p, config)}${p.name ?? '(unnamed)'}`, ref: { view: p.view, path: p.base.concat('spec', 'targetRef') } } }]);
  }
  if (evidence.length === 0 && !policy) return undefined;
  const draining = drains.filter((d) => d.seconds.value > 0).reduce<Draining | undefined>((a, b) => (a && a.seconds.value >= b.seconds.value ? a : b), undefined);
  return { evidence, draining };
}

/** Whether a `cloud.google.com/neg` annotation enables NEGs: `{"ingress": true}` or exposed ports. */
function negEnabled(text: string): boolean {
  const parsed = parseJson(text);
  if (!isRecord(parsed)) return false;
  return parsed['ingress'] === true || (isRecord(parsed['exposed_ports']) && Object.keys(parsed['exposed_ports']).length > 0);
}

/** The BackendConfig names of a backend-config annotation. */
function backendConfigNames(text: string): string[] {
  const parsed = parseJson(text);
  if (!isRecord(parsed)) return [];
  const names = new Set<string>();
  if (typeof parsed['default'] === 'string') names.add(parsed['default']);
  if (isRecord(parsed['ports'])) for (const v of Object.values(parsed['ports'])) if (typeof v === 'string') names.add(v);
  return [...names];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** BackendConfigs and GCPBackendPolicies of the run (by API group, not only by kind), found once per run. */
function gkeResources(inv: Inventory, kind: 'BackendConfig' | 'GCPBackendPolicy'): Resource[] {
  let found = inv.lookups.gkeBackendPolicies;
  if (!found) {
    found = inv.others.filter((r) => (r.kind === 'BackendConfig' && r.apiVersion.startsWith('cloud.google.com/')) || (r.kind === 'GCPBackendPolicy' && r.apiVersion.startsWith('networking.gke.io/')));
    inv.lookups.gkeBackendPolicies = found;
  }
  return found.filter((r) => r.kind === kind);
}

function nsOf(res: Resource, config: { defaultNamespace?: string }): string | undefined {
  return res.namespace ?? config.defaultNamespace;
}

function nsPrefix(res: Resource, config: { defaultNamespace?: string }): string {
  const ns = nsOf(res, config);
  return ns ? `${ns}/` : '';
}
