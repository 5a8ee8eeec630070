/**
 * Which ports of a workload carry connections that outlive a request: decided from the port name
 * prefix or `appProtocol`, as Istio's protocol selection reads them (`pkg/config/kube/conversion.go`
 * `ConvertProtocol`: `appProtocol` wins over the name; the name's prefix before the first `-`;
 * `grpc-web` checked first), on the workload's container ports and on the ports of every Service
 * that selects the pod. Gateways add their IstioOperator `k8s.service.ports` and Gateway API
 * `TCP`/`TLS` listeners.
 *
 * Candidate for src/ (beside src/traffic.ts, which has the same Service selection privately):
 * "which Services select this workload" and "which ports does it serve" are model facts.
 */
import { selectingServices as selectingServicesOf } from './traffic.js';
import type { Inventory, Resource, Workload } from '../inventory/model.js';
import { PROXY_CONTAINER } from './names.js';
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

export interface LongLivedPort {
  /** The protocol's display name: "gRPC". */
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

/** Every port of the workload that carries long-lived connections through its proxy. */
export function longLivedPorts(w: Workload, inv: Inventory, gateway: boolean, defaultNamespace?: string): LongLivedPort[] {
  const out: LongLivedPort[] = [];
  const intercepted = interceptedBy(w, gateway);

  const add = (p: Record<string, unknown>, path: readonly (string | number)[], view: Ref['view'], number: unknown, target: number | undefined, owner: string) => {
    if (notTcp(p)) return;
    const proto = longLivedProtocol(p['name'], p['appProtocol'], number);
    if (!proto || !intercepted(target)) return;
    const key = typeof p['appProtocol'] === 'string' && p['appProtocol'] !== '' ? 'appProtocol' : typeof p['name'] === 'string' && p['name'] !== '' ? 'name' : undefined;
    const ref: Ref = { view, path: key ? [...path, key] : path };
    const what = label(p['name'], number);
    out.push({ protocol: proto, text: `${proto} on ${what} of ${owner}`, ref, related: `${what} of ${owner} (${proto})` });
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
    const owner = `Service ${svc.namespace ? `${svc.namespace}/` : ''}${svc.name ?? '(unnamed)'}`;
    ports.forEach((p, i) => {
      if (!isRecord(p)) return;
      const tp = p['targetPort'] ?? p['port'];
      const target = typeof tp === 'number' ? tp : typeof tp === 'string' ? portByName.get(tp) : undefined;
      if (target !== undefined && !notTcp(p)) targeted.add(target);
      add(p, [...svc.base, 'spec', 'ports', i], svc.view, p['port'], target, owner);
    });
  }
  for (const { p, path, owner } of containerPorts) {
    const number = p['containerPort'];
    if (typeof number === 'number' && targeted.has(number)) continue;
    add(p, path, w.view, number, typeof number === 'number' ? number : undefined, owner);
  }

  // Gateways without a pod template: the ports their Service (IstioOperator) or listeners (Gateway API) declare.
  if (w.origin === 'iop-gateway') {
    const ports = get(w.value, ['k8s', 'service', 'ports']);
    if (Array.isArray(ports)) {
      ports.forEach((p, i) => {
        if (isRecord(p)) add(p, [...w.base, 'k8s', 'service', 'ports', i], w.view, p['port'], undefined, `the ${w.name} Service (${w.profile ? `${w.profile} profile` : 'k8s.service'})`);
      });
    }
  }
  if (w.origin === 'gateway-api') {
    const listeners = get(w.value, ['spec', 'listeners']);
    if (Array.isArray(listeners)) {
      listeners.forEach((l, i) => {
        if (!isRecord(l) || typeof l['protocol'] !== 'string') return;
        const proto = { TCP: 'TCP', TLS: 'TLS' }[l['protocol'].toUpperCase()];
        if (!proto) return;
        const what = `listener ${typeof l['name'] === 'string' ? `${l['name']} ` : ''}(port ${String(l['port'] ?? '?')})`;
        out.push({ protocol: proto, text: `${proto} on ${what}`, ref: { view: w.view, path: [...w.base, 'spec', 'listeners', i, 'protocol'] }, related: `${what} (${proto})` });
      });
    }
  }
  return out;
}
