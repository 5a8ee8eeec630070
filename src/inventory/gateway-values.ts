/**
 * Values of Istio's `gateway` Helm chart (manifests/charts/gateway): recognised by the chart's own
 * values schema (schema/gateway-values.schema.json) plus a key only that chart has, or named with
 * --gateway-values / gatewayValues, and linted as the gateway the chart renders: a Deployment (or
 * DaemonSet) whose pods the injector fills with the `gateway` template, and its Service. Both are
 * rendered views over the values (src/yaml/rendered.ts), so rules read them as any Deployment and
 * Service and their findings point into the values.
 */
import type { DocView, Path } from '../types.js';
import { isRecord } from '../yaml/paths.js';
import { renderedView, type Shape, type ShapeEntry } from '../yaml/rendered.js';
import { validateGatewayValues } from '../generated/validators.js';
import { PROXY_CONFIG_ANNOTATION, PROXY_CONTAINER, REV, TEMPLATES_ANNOTATION } from '../domain/names.js';
import { resource, WORKLOAD_TEMPLATE, type Inventory, type InventoryOptions, type Resource } from './model.js';
import { workload } from './pod-workloads.js';

/**
 * Keys of the gateway chart that istiod's chart (whose values are flat too: env, podAnnotations,
 * resources…) and ordinary application charts do not have, or not with the chart's schema: one of
 * them, in values the schema accepts, says these are gateway values.
 */
export const GATEWAY_ONLY_KEYS = ['service', 'kind', 'terminationGracePeriodSeconds', 'lifecycle', 'networkGateway', 'networkGatewayPorts', 'additionalContainers', 'unprivilegedPort', 'runAsRoot'] as const;

/** Pod annotations only a gateway's pods carry (istiod's are never injected). */
const GATEWAY_POD_ANNOTATIONS = [TEMPLATES_ANNOTATION, PROXY_CONFIG_ANNOTATION];

/** The chart's own pod annotations (values.yaml), merged under the user's. */
const CHART_POD_ANNOTATIONS: Record<string, string> = {
  'prometheus.io/port': '15020',
  'prometheus.io/scrape': 'true',
  'prometheus.io/path': '/stats/prometheus',
  [TEMPLATES_ANNOTATION]: 'gateway',
  'sidecar.istio.io/inject': 'true',
};

/** The chart's own labels (values.yaml): gateways stay out of the ambient data plane. */
const CHART_LABELS: Record<string, string> = { 'istio.io/dataplane-mode': 'none' };

/** The chart's Service type and ports when the values do not set them. */
const CHART_SERVICE_TYPE = 'LoadBalancer';
const CHART_SERVICE_PORTS = [
  { name: 'status-port', port: 15021, protocol: 'TCP', targetPort: 15021 },
  { name: 'http2', port: 80, protocol: 'TCP', targetPort: 80 },
  { name: 'https', port: 443, protocol: 'TCP', targetPort: 443 },
];

/** The east-west ports a network gateway's Service exposes instead (networkGatewayPorts). */
const NETWORK_GATEWAY_PORTS: [string, number, number][] = [
  ['status-port', 15021, 15021],
  ['tls', 15443, 15443],
  ['tls-istiod', 15012, 15012],
  ['tls-webhook', 15017, 15017],
];

/** Service fields the chart copies from `service.*` when they are set. */
const SERVICE_FIELDS = ['loadBalancerIP', 'loadBalancerClass', 'loadBalancerSourceRanges', 'allocateLoadBalancerNodePorts', 'externalTrafficPolicy', 'internalTrafficPolicy', 'healthCheckNodePort', 'ipFamilyPolicy', 'ipFamilies', 'externalIPs', 'clusterIP'];

/** The first key that marks a values mapping as the gateway chart's, if any. */
export function gatewaySpecificKey(values: Record<string, unknown>): string | undefined {
  const own = GATEWAY_ONLY_KEYS.find((k) => k in values);
  if (own) return own;
  const ann = values['podAnnotations'];
  return isRecord(ann) && GATEWAY_POD_ANNOTATIONS.some((a) => a in ann) ? 'podAnnotations' : undefined;
}

/** Values the gateway chart accepts (its schema: no other top-level key, the right types) with a key only it has. */
export function isGatewayChartValues(values: Record<string, unknown>): boolean {
  // The key check first: it is cheap, and most documents have none of those keys.
  return gatewaySpecificKey(values) !== undefined && validateGatewayValues(values) === true;
}

/** Where a gateway chart's values are, and what the release around them says. */
export interface GatewayValuesSite {
  /** The view that holds the values mapping (a values file, a GitOps wrapper, YAML embedded in one). */
  view: DocView;
  /** Where the mapping is in it. */
  path: Path;
  values: Record<string, unknown>;
  /** A path in `view` whose key locates what the chart adds itself (default: the values' first key). */
  anchor?: Path;
  /** The Helm release's name (a GitOps wrapper's), which names the gateway when `name` is unset. */
  releaseName?: string;
  /** The release's namespace (a GitOps wrapper's destination). */
  namespace?: string;
}

/** Adds the gateway the chart renders from the values, and its Service. */
export function addGatewayValues(inv: Inventory, site: GatewayValuesSite, opts: InventoryOptions): void {
  const chart = renderGatewayChart(site);
  const anchor = site.anchor ?? [];
  const deployment = renderedView(site.view, site.path, chart.deployment, anchor);
  const res: Resource = resource(deployment, [], deployment.value as Record<string, unknown>);
  const w = workload(res, WORKLOAD_TEMPLATE['Deployment']!, opts);
  w.origin = 'gateway-values';
  w.anchor = anchorRef(site);
  inv.workloadSources.push(w);
  if (chart.service) {
    const view = renderedView(site.view, site.path, chart.service, anchor);
    const svc = resource(view, [], view.value as Record<string, unknown>);
    svc.unnamedAs = "the gateway chart's Service";
    inv.others.push(svc);
    const ns = svc.namespace ?? opts.defaultNamespace ?? '';
    const list = inv.servicesByNamespace.get(ns);
    if (list) list.push(svc);
    else inv.servicesByNamespace.set(ns, [svc]);
  }
}

/** Where findings about what the values leave to the chart point: the key holding them, else their first key. */
function anchorRef(site: GatewayValuesSite) {
  if (site.anchor && site.anchor.length > 0) return { view: site.view, path: site.anchor, target: 'key' as const };
  const first = Object.keys(site.values)[0];
  return { view: site.view, path: first === undefined ? site.path : site.path.concat(first), target: 'key' as const };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const lit = (value: unknown, at?: Path, atKey?: boolean): Shape => ({ value, at, atKey });
const entry = (key: string, shape: Shape, keyAt?: Path): ShapeEntry => ({ key, shape, keyAt });
/** Entries with one per key, the last one written winning (user labels over the chart's, as Helm's YAML reads them). */
const unique = (entries: ShapeEntry[]): ShapeEntry[] => [...new Map(entries.map((e) => [e.key, e])).values()];

/**
 * Helm's `quote` of a value the chart copies into the env: the text of a string, Go's %v of a
 * number (Helm reads every number as a float64: 1e+06 from a million), "" for null.
 */
export function helmQuote(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return goFloat(v);
  if (typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** Go's %v of a float64 (strconv's shortest %g): an exponent below 1e-4 and from 1e6 on, as in 1e+06. */
function goFloat(v: number): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : v > 0 ? '+Inf' : '-Inf';
  if (v === 0) return Object.is(v, -0) ? '-0' : '0';
  const exp = Number(v.toExponential().split('e')[1]);
  if (exp < -4 || exp >= 6) {
    const [mantissa, e] = v.toExponential().split('e');
    const n = Number(e);
    return `${mantissa}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  }
  return String(v);
}

/**
 * What templates/deployment.yaml and templates/service.yaml render from the values (Istio @86c9f01):
 * the shape of each, over the values' own nodes. The grace period is left out when the values do
 * not set it: the chart's default is Kubernetes' own 30, which the resolver reports as the default.
 */
export function renderGatewayChart(site: GatewayValuesSite): { deployment: Shape; service?: Shape } {
  const v = site.values;
  const set = (k: string) => v[k] !== undefined && v[k] !== null;
  const name = str(v['name']) ?? site.releaseName;
  // Labels need a name even when neither the values nor a wrapper give one: the chart's fallback.
  const labelName = name ?? 'istio-ingressgateway';
  const userLabels = isRecord(v['labels']) ? v['labels'] : {};
  const nameAt = set('name') ? ['name'] : undefined;

  const selector: ShapeEntry[] = [
    entry('app', 'app' in userLabels && userLabels['app'] !== null ? lit(helmQuote(userLabels['app']), ['labels', 'app']) : lit(labelName, nameAt), 'app' in userLabels ? ['labels', 'app'] : undefined),
    entry('istio', 'istio' in userLabels && userLabels['istio'] !== null ? lit(helmQuote(userLabels['istio']), ['labels', 'istio']) : lit(labelName.replace(/^istio-/, ''), nameAt), 'istio' in userLabels ? ['labels', 'istio'] : undefined),
  ];
  const extraLabels: ShapeEntry[] = [];
  if (v['labels'] !== null) {
    for (const [k, val] of Object.entries({ ...CHART_LABELS, ...userLabels })) {
      if (k === 'app' || k === 'istio' || val === null) continue;
      extraLabels.push(k in userLabels ? entry(k, lit(helmQuote(val), ['labels', k]), ['labels', k]) : entry(k, lit(val, ['labels'], true)));
    }
  }
  const resourceLabels = unique([entry('app.kubernetes.io/name', lit(labelName, nameAt)), ...selector, ...extraLabels]);
  const podLabels: ShapeEntry[] = [entry('sidecar.istio.io/inject', lit('true'))];
  if (str(v['revision'])) podLabels.push(entry(REV, lit(v['revision'], ['revision']), ['revision']));
  podLabels.push(...selector, entry('app.kubernetes.io/name', lit(labelName, nameAt)), ...extraLabels);
  const networkGateway = str(v['networkGateway']);
  if (networkGateway) podLabels.push(entry('topology.istio.io/network', lit(networkGateway, ['networkGateway'])));

  // Pod annotations: the user's over the chart's; a null value deletes one, a null map all of them.
  const podAnnotations: ShapeEntry[] = [];
  const userAnn = isRecord(v['podAnnotations']) ? v['podAnnotations'] : {};
  if (v['podAnnotations'] !== null) {
    for (const [k, val] of Object.entries(userAnn)) if (val !== null) podAnnotations.push(entry(k, { from: ['podAnnotations', k] }, ['podAnnotations', k]));
    for (const [k, val] of Object.entries(CHART_POD_ANNOTATIONS)) if (!(k in userAnn)) podAnnotations.push(entry(k, lit(val, set('podAnnotations') ? ['podAnnotations'] : undefined, true)));
  }

  // The istio-proxy container: env (every value quoted, in key order as Go templates range over a map), lifecycle.
  const env: Shape[] = [];
  if (networkGateway) env.push({ map: [entry('name', lit('ISTIO_META_REQUESTED_NETWORK_VIEW', ['networkGateway'], true)), entry('value', lit(networkGateway, ['networkGateway']))] });
  const userEnv = isRecord(v['env']) ? v['env'] : {};
  for (const k of Object.keys(userEnv).sort()) {
    env.push({ map: [entry('name', lit(k, ['env', k], true)), entry('value', lit(helmQuote(userEnv[k]), ['env', k]))], at: ['env', k] });
  }
  if (Array.isArray(v['envVarFrom'])) v['envVarFrom'].forEach((_, i) => env.push({ from: ['envVarFrom', i] }));
  const proxy: ShapeEntry[] = [entry('name', lit(PROXY_CONTAINER)), entry('image', lit('auto'))];
  if (env.length > 0) proxy.push(entry('env', { seq: env, at: ['env'] }, set('env') ? ['env'] : undefined));
  proxy.push(entry('ports', lit([{ containerPort: 15090, protocol: 'TCP', name: 'http-envoy-prom' }])));
  if (isRecord(v['readinessProbe']) && Object.keys(v['readinessProbe']).length > 0) proxy.push(entry('readinessProbe', { from: ['readinessProbe'] }, ['readinessProbe']));
  if (isRecord(v['lifecycle']) && Object.keys(v['lifecycle']).length > 0) proxy.push(entry('lifecycle', { from: ['lifecycle'] }, ['lifecycle']));

  const containers: Shape[] = [{ map: proxy }];
  if (Array.isArray(v['additionalContainers'])) v['additionalContainers'].forEach((_, i) => containers.push({ from: ['additionalContainers', i] }));
  const podSpec: ShapeEntry[] = [];
  for (const k of ['volumes', 'initContainers'] as const) {
    if (Array.isArray(v[k]) && (v[k] as unknown[]).length > 0) podSpec.push(entry(k, { from: [k] }, [k]));
  }
  podSpec.push(entry('containers', { seq: containers }));
  if (set('terminationGracePeriodSeconds')) podSpec.push(entry('terminationGracePeriodSeconds', { from: ['terminationGracePeriodSeconds'] }, ['terminationGracePeriodSeconds']));

  const metadata = (annotations: ShapeEntry | undefined): Shape => ({
    map: [
      ...(name !== undefined ? [entry('name', lit(name, nameAt))] : []),
      ...(site.namespace !== undefined ? [entry('namespace', lit(site.namespace))] : []),
      entry('labels', { map: resourceLabels }),
      ...(annotations ? [annotations] : []),
    ],
  });
  const kind = v['kind'] === 'DaemonSet' ? 'DaemonSet' : 'Deployment';
  const deployment: Shape = {
    map: [
      entry('apiVersion', lit('apps/v1')),
      entry('kind', lit(kind, set('kind') ? ['kind'] : undefined), set('kind') ? ['kind'] : undefined),
      entry('metadata', metadata(isRecord(v['annotations']) ? entry('annotations', { from: ['annotations'] }, ['annotations']) : undefined)),
      entry('spec', {
        map: [
          entry('selector', { map: [entry('matchLabels', { map: selector })] }),
          entry('template', {
            map: [entry('metadata', { map: [...(podAnnotations.length > 0 ? [entry('annotations', { map: podAnnotations, at: ['podAnnotations'] }, set('podAnnotations') ? ['podAnnotations'] : undefined)] : []), entry('labels', { map: unique(podLabels) })] }), entry('spec', { map: podSpec })],
          }),
        ],
      }),
    ],
  };
  return { deployment, service: serviceShape(v, selector, metadata, networkGateway) };
}

/** templates/service.yaml: none for type None; the chart's type and ports unless the values set them. */
function serviceShape(v: Record<string, unknown>, selector: ShapeEntry[], metadata: (annotations: ShapeEntry | undefined) => Shape, networkGateway: string | undefined): Shape | undefined {
  const service = isRecord(v['service']) ? v['service'] : {};
  const at = (k: string): Path => ['service', k];
  const typeSet = typeof service['type'] === 'string';
  if (service['type'] === 'None') return undefined;
  const type = typeSet ? (service['type'] as string) : CHART_SERVICE_TYPE;
  // Service annotations: the service's own over the chart-wide `annotations`.
  const annotations: ShapeEntry[] = [];
  const own = isRecord(service['annotations']) ? service['annotations'] : {};
  const common = isRecord(v['annotations']) ? v['annotations'] : {};
  for (const k of Object.keys(own)) annotations.push(entry(k, { from: ['service', 'annotations', k] }, ['service', 'annotations', k]));
  for (const k of Object.keys(common)) if (!(k in own)) annotations.push(entry(k, { from: ['annotations', k] }, ['annotations', k]));

  let ports: Shape;
  if (networkGateway) {
    const configured = isRecord(v['networkGatewayPorts']) ? v['networkGatewayPorts'] : {};
    ports = {
      seq: NETWORK_GATEWAY_PORTS.map(([name, port, target]) => {
        const c = isRecord(configured[name]) ? configured[name] : {};
        const p: Path = ['networkGatewayPorts', name];
        return {
          map: [
            entry('name', lit(name, p, true)),
            entry('port', c['port'] !== undefined ? { from: [...p, 'port'] } : lit(port, p, true)),
            entry('targetPort', c['targetPort'] !== undefined && c['targetPort'] !== null ? { from: [...p, 'targetPort'] } : lit(target, p, true)),
            entry('protocol', typeof c['protocol'] === 'string' ? { from: [...p, 'protocol'] } : lit('TCP', p, true)),
          ],
          at: p,
        };
      }),
    };
  } else {
    ports = Array.isArray(service['ports']) ? { from: at('ports') } : lit(CHART_SERVICE_PORTS, isRecord(v['service']) ? ['service'] : undefined, true);
  }
  const spec: ShapeEntry[] = [entry('type', typeSet ? { from: at('type') } : lit(type, isRecord(v['service']) ? ['service'] : undefined, true), typeSet ? at('type') : undefined)];
  for (const k of SERVICE_FIELDS) {
    const val = service[k];
    if (val === undefined || val === null || val === '' || (Array.isArray(val) && val.length === 0)) continue;
    if ((k === 'loadBalancerClass' || k === 'allocateLoadBalancerNodePorts') && type !== 'LoadBalancer') continue;
    spec.push(entry(k, { from: at(k) }, at(k)));
  }
  spec.push(entry('ports', ports, Array.isArray(service['ports']) && !networkGateway ? at('ports') : undefined));
  const selectorLabels = isRecord(service['selectorLabels']) ? service['selectorLabels'] : {};
  spec.push(entry('selector', { map: [...selector, ...Object.keys(selectorLabels).map((k) => entry(k, { from: ['service', 'selectorLabels', k] }, ['service', 'selectorLabels', k]))] }));
  return {
    map: [
      entry('apiVersion', lit('v1')),
      entry('kind', lit('Service')),
      entry('metadata', metadata(annotations.length > 0 ? entry('annotations', { map: annotations }, isRecord(v['service']) && 'annotations' in service ? at('annotations') : undefined) : undefined)),
      entry('spec', { map: spec }),
    ],
  };
}
