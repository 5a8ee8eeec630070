/**
 * Which ports of a workload carry connections that outlive a request: decided from the port name
 * prefix or `appProtocol`, as Istio's protocol selection reads them (`pkg/config/kube/conversion.go`
 * `ConvertProtocol`: `appProtocol` wins over the name; the name's prefix before the first `-`;
 * `grpc-web` checked first), on the workload's container ports and on the ports of every Service
 * that selects the pod. Gateways add their IstioOperator `k8s.service.ports` and Gateway API
 * `TCP`/`TLS` listeners.
 *
 * HTTP counts too where its clients are outside the mesh (spec §8.7): the drain adds
 * `Connection: close` only to a connection's next response, and a client outside the mesh does not
 * drop an idle keep-alive connection when the endpoint goes (mesh clients do, on the EDS update).
 * That is a gateway's HTTP (not a waypoint's or an egress gateway's: `outside`), and the HTTP ports
 * of a Service of type LoadBalancer or NodePort selecting the pod. Istio's own ports (status,
 * metrics, admin) do not count: the exit-on-zero count leaves them out.
 *
 * Candidate for src/ (beside src/traffic.ts, which has the same Service selection privately):
 * "which Services select this workload" and "which ports does it serve" are model facts.
 */
import { selectingServices as selectingServicesOf } from './traffic.js';
import type { Inventory, Resource, Workload } from '../inventory/model.js';
import { PROXY_CONTAINER } from './names.js';
import { resourceName } from './identity.js';
import type { Ref } from '../types.js';
import { get, isRecord } from '../yaml/paths.js';

/** Protocols whose connections stay open across requests (lower-case name prefix → display name). */
const LONG_LIVED: Record<string, string> = {
  tcp: 'TCP',
  tls: 'TLS',
  grpc: 'gRPC',
  'grpc-web': 'gRPC-Web',
  mongo: 'MongoDB',
  mongodb: 'MongoDB',
  mysql: 'MySQL',
  redis: 'Redis',
  kafka: 'Kafka',
  amqp: 'AMQP',
  amqps: 'AMQP',
  mqtt: 'MQTT',
  nats: 'NATS',
  postgres: 'PostgreSQL',
  postgresql: 'PostgreSQL',
  cassandra: 'Cassandra',
  cql: 'Cassandra',
  memcached: 'Memcached',
  zookeeper: 'ZooKeeper',
  websocket: 'WebSocket',
  websockets: 'WebSocket',
  ws: 'WebSocket',
  wss: 'WebSocket',
};

/** Kubernetes' standard appProtocol names (only valid as appProtocol). */
const K8S_APP_PROTOCOLS: Record<string, string | undefined> = {
  'kubernetes.io/h2c': undefined, // HTTP/2 cleartext: drained with GOAWAY
  'kubernetes.io/ws': 'WebSocket',
  'kubernetes.io/wss': 'WebSocket',
};

/** Istio treats these unnamed ports as TCP (`wellKnownPorts`); MySQL and MongoDB pools are long-lived. */
const WELL_KNOWN: Record<number, string> = { 3306: 'MySQL', 27017: 'MongoDB' };

/** Istio protocols whose connections the drain ends (Connection: close, GOAWAY) or that are not TCP. */
const SHORT_LIVED = new Set(['http', 'http2', 'https', 'http_proxy', 'udp']);

/** Istio's HTTP protocols (port name prefix or appProtocol): keep-alive connections from clients outside the mesh outlive a request. */
const HTTP = new Set(['http', 'http2', 'https']);

/** The display name of HTTP served to clients outside the mesh. */
export const OUTSIDE_HTTP = 'HTTP keep-alive';

/** Ports of Istio's own listeners (admin, status, metrics, tunnels): not the app's clients, and left out of the exit-on-zero count. */
const ISTIO_PORTS = new Set([15000, 15001, 15004, 15006, 15008, 15009, 15012, 15017, 15020, 15021, 15053, 15090]);

/** Service types whose ports clients outside the mesh reach directly. */
const EXTERNAL_SERVICE_TYPES = new Set(['LoadBalancer', 'NodePort']);

/**
 * The long-lived protocol a port declares, or undefined (HTTP, UDP, or unknown: sniffed). As Istio:
 * `appProtocol` replaces the name; an unrecognised one on MySQL's or MongoDB's port is TCP.
 */
export function longLivedProtocol(name: unknown, appProtocol: unknown, port: unknown): string | undefined {
  const declared = typeof appProtocol === 'string' && appProtocol !== '' ? appProtocol : typeof name === 'string' ? name : '';
  if (declared === appProtocol && Object.hasOwn(K8S_APP_PROTOCOLS, declared)) return K8S_APP_PROTOCOLS[declared];
  const lower = declared.toLowerCase();
  const dash = lower.indexOf('-');
  const prefix = lower.startsWith('grpc-web') ? 'grpc-web' : dash >= 0 ? lower.slice(0, dash) : lower;
  if (Object.hasOwn(LONG_LIVED, prefix)) return LONG_LIVED[prefix];
  if (SHORT_LIVED.has(prefix)) return undefined;
  return typeof port === 'number' ? WELL_KNOWN[port] : undefined;
}

/**
 * Whether a port declares HTTP (as Istio reads name and appProtocol: HTTP, HTTP/2, HTTPS; not
 * Kubernetes' `kubernetes.io/h2c`, whose idle connections the drain's GOAWAY closes).
 */
export function httpProtocol(name: unknown, appProtocol: unknown): boolean {
  const declared = typeof appProtocol === 'string' && appProtocol !== '' ? appProtocol : typeof name === 'string' ? name : '';
  const lower = declared.toLowerCase();
  const dash = lower.indexOf('-');
  return HTTP.has(dash >= 0 ? lower.slice(0, dash) : lower);
}

export interface LongLivedPort {
  /** The protocol's display name: "gRPC", or OUTSIDE_HTTP. */
  protocol: string;
  /** "gRPC on port grpc-api 9090 of container server". */
  text: string;
  /** The node that decided (the appProtocol or the name). */
  ref: Ref;
  /** For related locations: "port grpc-api 9090 (gRPC)". */
  related: string;
}

function label(name: unknown, port: unknown): string {
  const n = typeof name === 'string' && name !== '' ? `${name} ` : '';
  return `port ${n}${typeof port === 'number' || typeof port === 'string' ? String(port) : '(no number)'}`;
}

function notTcp(p: Record<string, unknown>): boolean {
  return typeof p['protocol'] === 'string' && p['protocol'].toUpperCase() !== 'TCP';
}

/** Inbound ports the sidecar's iptables rules redirect to Envoy (traffic.sidecar.istio.io annotations). */
function interceptedBy(w: Workload, gateway: boolean): (port: number | undefined) => boolean {
  if (gateway) return () => true; // a gateway's Envoy listens itself: no redirection involved
  const list = (v: unknown) =>
    typeof v === 'string'
      ? new Set(
          v
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s !== ''),
        )
      : undefined;
  const include = list(w.podAnnotations['traffic.sidecar.istio.io/includeInboundPorts']);
  const exclude = list(w.podAnnotations['traffic.sidecar.istio.io/excludeInboundPorts']);
  return (port) => {
    if (port === undefined) return true;
    if (include && !include.has('*') && !include.has(String(port))) return false;
    return !exclude?.has(String(port));
  };
}

/** Services in the workload's namespace whose non-empty selector matches the pod labels. */
export function selectingServices(w: Workload, inv: Inventory, defaultNamespace?: string): Resource[] {
  return selectingServicesOf(w, inv, { defaultNamespace });
}

/**
 * Every port of the workload that carries long-lived connections through its proxy. `outside`: the
 * workload is a gateway that clients outside the mesh reach (its HTTP counts too).
 */
export function longLivedPorts(w: Workload, inv: Inventory, gateway: boolean, defaultNamespace?: string, outside = false): LongLivedPort[] {
  const out: LongLivedPort[] = [];
  const intercepted = interceptedBy(w, gateway);

  /** `external`: clients outside the mesh reach this port (a gateway's, a LoadBalancer or NodePort Service's); `externalOwner` names the owner so. */
  const add = (p: Record<string, unknown>, path: readonly (string | number)[], view: Ref['view'], number: unknown, target: number | undefined, owner: string, external = false, externalOwner = owner) => {
    if (notTcp(p)) return;
    const istioPort = (typeof number === 'number' && ISTIO_PORTS.has(number)) || (target !== undefined && ISTIO_PORTS.has(target));
    const keepAlive = external && !istioPort && httpProtocol(p['name'], p['appProtocol']);
    const proto = longLivedProtocol(p['name'], p['appProtocol'], number) ?? (keepAlive ? OUTSIDE_HTTP : undefined);
    if (!proto || !intercepted(target)) return;
    const key = typeof p['appProtocol'] === 'string' && p['appProtocol'] !== '' ? 'appProtocol' : typeof p['name'] === 'string' && p['name'] !== '' ? 'name' : undefined;
    const ref: Ref = { view, path: key ? [...path, key] : path };
    const what = label(p['name'], number);
    const of = proto === OUTSIDE_HTTP ? externalOwner : owner;
    out.push({ protocol: proto, text: `${proto} on ${what} of ${of}`, ref, related: `${what} of ${of} (${proto})` });
  };

  // Container ports: the app's (a sidecar's own ports are its admin/metrics ports); a gateway's proxy serves itself.
  const containerPorts: { p: Record<string, unknown>; path: (string | number)[]; owner: string }[] = [];
  const portByName = new Map<string, number>();
  for (const c of w.containers) {
    if (!gateway && c.name === PROXY_CONTAINER) continue;
    if (c.init && c.value['restartPolicy'] !== 'Always') continue;
    const ports = c.value['ports'];
    if (!Array.isArray(ports)) continue;
    ports.forEach((p, i) => {
      if (!isRecord(p)) return;
      if (typeof p['name'] === 'string' && typeof p['containerPort'] === 'number') portByName.set(p['name'], p['containerPort']);
      containerPorts.push({ p, path: [...c.path, 'ports', i], owner: `container ${c.name || '(unnamed)'}` });
    });
  }

  // Services selecting the pod: their port names / appProtocol are what Istio's protocol selection
  // reads, so a container port a Service port targets is decided by the Service port.
  const targeted = new Set<number>();
  for (const svc of selectingServices(w, inv, defaultNamespace)) {
    const ports = get(svc.value, ['spec', 'ports']);
    if (!Array.isArray(ports)) continue;
    const owner = resourceName(svc);
    const type = get(svc.value, ['spec', 'type']);
    const externalType = typeof type === 'string' && EXTERNAL_SERVICE_TYPES.has(type);
    ports.forEach((p, i) => {
      if (!isRecord(p)) return;
      const tp = p['targetPort'] ?? p['port'];
      const target = typeof tp === 'number' ? tp : typeof tp === 'string' ? portByName.get(tp) : undefined;
      if (target !== undefined && !notTcp(p)) targeted.add(target);
      add(p, [...svc.base, 'spec', 'ports', i], svc.view, p['port'], target, owner, outside || externalType, externalType ? (!svc.name && svc.unnamedAs ? `${owner} (${String(type)})` : `${String(type)} ${owner}`) : owner);
    });
  }
  for (const { p, path, owner } of containerPorts) {
    const number = p['containerPort'];
    if (typeof number === 'number' && targeted.has(number)) continue;
    add(p, path, w.view, number, typeof number === 'number' ? number : undefined, owner, outside);
  }

  // Gateways without a pod template: the ports their Service (IstioOperator) or listeners (Gateway API) declare.
  if (w.origin === 'iop-gateway') {
    const ports = get(w.value, ['k8s', 'service', 'ports']);
    if (Array.isArray(ports)) {
      ports.forEach((p, i) => {
        if (isRecord(p)) add(p, [...w.base, 'k8s', 'service', 'ports', i], w.view, p['port'], typeof p['targetPort'] === 'number' ? p['targetPort'] : undefined, `${w.name ? `the ${w.name} Service` : 'its Service'} (${w.profile ? `${w.profile} profile` : 'k8s.service'})`, outside);
      });
    }
  }
  if (w.origin === 'gateway-api') {
    const listeners = get(w.value, ['spec', 'listeners']);
    if (Array.isArray(listeners)) {
      listeners.forEach((l, i) => {
        if (!isRecord(l) || typeof l['protocol'] !== 'string') return;
        const declared = l['protocol'].toUpperCase();
        const proto = { TCP: 'TCP', TLS: 'TLS' }[declared] ?? (outside && (declared === 'HTTP' || declared === 'HTTPS') && !ISTIO_PORTS.has(Number(l['port'])) ? OUTSIDE_HTTP : undefined);
        if (!proto) return;
        const what = `listener ${typeof l['name'] === 'string' ? `${l['name']} ` : ''}(port ${String(l['port'] ?? '?')})`;
        out.push({ protocol: proto, text: `${proto} on ${what}`, ref: { view: w.view, path: [...w.base, 'spec', 'listeners', i, 'protocol'] }, related: `${what} (${proto})` });
      });
    }
  }
  return out;
}
