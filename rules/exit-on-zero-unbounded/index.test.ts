import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rule from './index.js';
import { longLivedProtocol } from '../../src/domain/ports.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/exit-on-zero-unbounded';
ruleTester(rule, {
  valid: [
    {
      name: 'lifetime declared or derived, unusable lifetime annotation, EZ "yes", native sidecar, no sidecar, excluded port, suppressed',
      files: [`${F}/bounded-or-not-applicable.yaml`],
    },
    { name: 'Istio 1.11 has no EXIT_ON_ZERO_ACTIVE_CONNECTIONS', files: [`${F}/grpc-annotation.yaml`], config: { istioVersion: '1.11' } },
    { name: 'mesh-wide EZ, HTTP-only workload (a Service port with appProtocol http decides for a grpc-named container port)', files: [`${F}/mesh-iop.yaml`, `${F}/http-only.yaml`] },
    { name: 'spec §8.7: HTTP to mesh clients only (ClusterIP), bounded by ISTIO_META_IDLE_TIMEOUT, or an egress gateway', files: [`${F}/http-inside-mesh.yaml`] },
  ],
  invalid: [
    {
      name: 'gRPC container port, EZ and MIN in the annotation block scalar: points at EZ',
      files: [`${F}/grpc-annotation.yaml`],
      errors: [
        {
          messageId: 'unbounded',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on and the sidecar's gRPC connections have no known end: its drain may last until SIGKILL at 1m.",
          help: `Declare their lifetime with the drainlint.io/connection-lifetime annotation on the pod template (e.g. "120s") so that it is checked against terminationGracePeriodSeconds, or bound them with an idleTimeout or maxConnectionDuration in a DestinationRule connectionPool so that the count can reach zero. The drain does not force these connections closed: after MINIMUM_DRAIN_DURATION the sidecar waits for them with no bound but kubelet's SIGKILL, and nothing says whether they end before it. Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Ports: gRPC on port grpc-stream 9090 of container chat. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation, ${F}/grpc-annotation.yaml:20); MINIMUM_DRAIN_DURATION 10s (proxy.istio.io/config annotation, ${F}/grpc-annotation.yaml:21); terminationGracePeriodSeconds 60 (pod spec, ${F}/grpc-annotation.yaml:23).`,
          line: 20,
          column: 46,
          endLine: 20,
          endColumn: 52,
          related: [
            `${F}/grpc-annotation.yaml:21:37 MINIMUM_DRAIN_DURATION 10s (proxy.istio.io/config annotation)`,
            `${F}/grpc-annotation.yaml:23:38 terminationGracePeriodSeconds 1m (pod spec)`,
            `${F}/grpc-annotation.yaml:28:21 port grpc-stream 9090 of container chat (gRPC)`,
          ],
          resource: "Deployment shop/chat",
        },
      ],
    },
    {
      name: 'mesh-wide EZ in an IstioOperator: once on the mesh document; Redis via a Service port, WebSocket via appProtocol; HTTP-only workload silent',
      files: [`${F}/mesh-iop.yaml`, `${F}/mesh-workloads.yaml`],
      errors: [
        {
          messageId: 'unboundedMeshWide',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on mesh-wide and a sidecar's TCP connections have no known end: its drain may last until SIGKILL.",
          help: `Declare the lifetime of the connections of StatefulSet shop/cache with the drainlint.io/connection-lifetime annotation on the pod template (e.g. "120s") so that it is checked against terminationGracePeriodSeconds, or bound them with an idleTimeout or maxConnectionDuration in a DestinationRule connectionPool so that the count can reach zero. The drain does not force these connections closed: after MINIMUM_DRAIN_DURATION the sidecar waits for them with no bound but kubelet's SIGKILL, and nothing says whether they end before it. Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: an Istio mesh config is part of this run. Ports of StatefulSet shop/cache: TCP on port tcp-redis 6379 of Service shop/cache. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (mesh config in IstioOperator istio-system/control-plane spec.meshConfig, ${F}/mesh-iop.yaml:11); MINIMUM_DRAIN_DURATION 5s (default); terminationGracePeriodSeconds 30 (default). The same applies to 1 more workload using this mesh config: Deployment shop/notifications.`,
          line: 11,
          column: 42,
          endLine: 11,
          endColumn: 48,
          related: [
            `${F}/mesh-workloads.yaml:32:13 port tcp-redis 6379 of Service shop/cache (TCP)`,
          ],
          resource: null,
        },
      ],
    },
    {
      name: 'user istio-proxy container env; Postgres Service port decides for the unnamed container port; other-namespace and non-matching Services ignored',
      files: [`${F}/proxy-container-env.yaml`],
      errors: [
        {
          messageId: 'unbounded',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on and the sidecar's PostgreSQL connections have no known end: its drain may last until SIGKILL at 30s.",
          help: `Declare their lifetime with the drainlint.io/connection-lifetime annotation on the pod template (e.g. "120s") so that it is checked against terminationGracePeriodSeconds, or bound them with an idleTimeout or maxConnectionDuration in a DestinationRule connectionPool so that the count can reach zero. The drain does not force these connections closed: after MINIMUM_DRAIN_DURATION the sidecar waits for them with no bound but kubelet's SIGKILL, and nothing says whether they end before it. Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. Ports: PostgreSQL on port postgres 5432 of Service data/pgbouncer. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (env of the istio-proxy container, ${F}/proxy-container-env.yaml:34); MINIMUM_DRAIN_DURATION 5s (default); terminationGracePeriodSeconds 30 (default).`,
          line: 34,
          column: 22,
          endLine: 34,
          endColumn: 28,
          related: [
            `${F}/proxy-container-env.yaml:45:13 port postgres 5432 of Service data/pgbouncer (PostgreSQL)`,
          ],
          resource: "Deployment data/pgbouncer",
        },
      ],
    },
    {
      name: 'List kind: EZ in Helm values, MIN in a JSON annotation (more specific: points at MIN); Kafka appProtocol, tcp- and tls- names; four ports, three named',
      files: [`${F}/kafka-list.yaml`, `${F}/helm-values.yaml`],
      errors: [
        {
          messageId: 'unbounded',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on and the sidecar's Kafka, TCP and TLS connections have no known end: its drain may last until SIGKILL at 2m.",
          help: `Declare their lifetime with the drainlint.io/connection-lifetime annotation on the pod template (e.g. "120s") so that it is checked against terminationGracePeriodSeconds, or bound them with an idleTimeout or maxConnectionDuration in a DestinationRule connectionPool so that the count can reach zero. The drain does not force these connections closed: after MINIMUM_DRAIN_DURATION the sidecar waits for them with no bound but kubelet's SIGKILL, and nothing says whether they end before it. Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Ports: Kafka on port broker 9092 of Service events/broker, Kafka on port controller 9093 of Service events/broker, TCP on port tcp-external 9094 of Service events/broker and 1 more. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (mesh config in Helm values ${F}/helm-values.yaml, ${F}/helm-values.yaml:5); MINIMUM_DRAIN_DURATION 15s (proxy.istio.io/config annotation, ${F}/kafka-list.yaml:21); terminationGracePeriodSeconds 120 (pod spec, ${F}/kafka-list.yaml:23).`,
          line: 21,
          column: 82,
          endLine: 21,
          endColumn: 87,
          related: [
            `${F}/helm-values.yaml:5:40 EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (mesh config in Helm values ${F}/helm-values.yaml)`,
            `${F}/kafka-list.yaml:23:42 terminationGracePeriodSeconds 2m (pod spec)`,
            `${F}/kafka-list.yaml:43:24 port broker 9092 of Service events/broker (Kafka)`,
            `${F}/kafka-list.yaml:46:24 port controller 9093 of Service events/broker (Kafka)`,
            `${F}/kafka-list.yaml:47:17 port tcp-external 9094 of Service events/broker (TCP)`,
            `${F}/kafka-list.yaml:49:17 port tls-external 9095 of Service events/broker (TLS)`,
          ],
          resource: "StatefulSet events/broker",
        },
      ],
    },
    {
      name: 'gateways: IstioOperator entry (k8s.env, k8s.service.ports tls) and Gateway API (TCP listener, an HTTP one from outside the mesh, selector ProxyConfig); no native-sidecar note',
      files: [`${F}/gateways.yaml`],
      errors: [
        {
          messageId: 'unbounded',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on and the gateway's TLS connections have no known end: its drain may last until SIGKILL at 30s.",
          help: `Declare their lifetime with the drainlint.io/connection-lifetime annotation in its k8s.podAnnotations (e.g. "120s") so that it is checked against terminationGracePeriodSeconds, or bound them with an idleTimeout or maxConnectionDuration in a DestinationRule connectionPool so that the count can reach zero. The drain does not force these connections closed: after MINIMUM_DRAIN_DURATION the gateway waits for them with no bound but kubelet's SIGKILL, and nothing says whether they end before it. Ports: TLS on port tls 15443 of the istio-eastwestgateway Service (k8s.service) and TLS on port tls-istiod 15012 of the istio-eastwestgateway Service (k8s.service). Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (k8s.env of the IstioOperator gateway, ${F}/gateways.yaml:22); MINIMUM_DRAIN_DURATION 5s (default); terminationGracePeriodSeconds 30 (default).`,
          line: 22,
          column: 22,
          endLine: 22,
          endColumn: 28,
          related: [
            `${F}/gateways.yaml:28:23 port tls 15443 of the istio-eastwestgateway Service (k8s.service) (TLS)`,
            `${F}/gateways.yaml:31:23 port tls-istiod 15012 of the istio-eastwestgateway Service (k8s.service) (TLS)`,
          ],
          resource: "IngressGateway istio-system/istio-eastwestgateway",
        },
        {
          messageId: 'unbounded',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on and the gateway's TCP and HTTP keep-alive connections have no known end: its drain may last until SIGKILL at 30s.",
          help: `Declare their lifetime with the drainlint.io/connection-lifetime annotation in the Gateway annotations (e.g. "120s") so that it is checked against terminationGracePeriodSeconds, or bound them with an idleTimeout or maxConnectionDuration in a DestinationRule connectionPool so that the count can reach zero. The drain does not force these connections closed: after MINIMUM_DRAIN_DURATION the gateway waits for them with no bound but kubelet's SIGKILL, and nothing says whether they end before it. For the HTTP keep-alive ports: the drain adds Connection: close only to a connection's next response (envoy#42305), and clients outside the mesh, unlike sidecars, do not drop an idle keep-alive connection when the endpoint goes; ISTIO_META_IDLE_TIMEOUT in proxyMetadata bounds how long they stay idle (Envoy's default is 1h). Ports: TCP on listener mqtt (port 1883) and HTTP keep-alive on listener metrics (port 8080). Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (ProxyConfig iot/mqtt-gateway-drain, ${F}/gateways.yaml:63); MINIMUM_DRAIN_DURATION 20s (ProxyConfig iot/mqtt-gateway-drain, ${F}/gateways.yaml:64); terminationGracePeriodSeconds 30 (default).`,
          line: 63,
          column: 38,
          endLine: 63,
          endColumn: 44,
          related: [
            `${F}/gateways.yaml:64:29 MINIMUM_DRAIN_DURATION 20s (ProxyConfig iot/mqtt-gateway-drain)`,
            `${F}/gateways.yaml:45:17 listener mqtt (port 1883) (TCP)`,
            `${F}/gateways.yaml:51:17 listener metrics (port 8080) (HTTP keep-alive)`,
          ],
          resource: "Gateway iot/mqtt-gateway",
        },
      ],
    },
    {
      name: 'bare Pod, EZ "1" in a JSON annotation, unnamed MySQL port (well-known), mysqlx not recognised',
      files: [`${F}/mysql-pod.yaml`],
      errors: [
        {
          messageId: 'unbounded',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on and the sidecar's MySQL connections have no known end: its drain may last until SIGKILL at 1m30s.",
          help: `Declare their lifetime with the drainlint.io/connection-lifetime annotation in the Pod's annotations (e.g. "120s") so that it is checked against terminationGracePeriodSeconds, or bound them with an idleTimeout or maxConnectionDuration in a DestinationRule connectionPool so that the count can reach zero. The drain does not force these connections closed: after MINIMUM_DRAIN_DURATION the sidecar waits for them with no bound but kubelet's SIGKILL, and nothing says whether they end before it. Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Ports: MySQL on port 3306 of container mysql. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation, ${F}/mysql-pod.yaml:8); MINIMUM_DRAIN_DURATION 5s (default); terminationGracePeriodSeconds 90 (pod spec, ${F}/mysql-pod.yaml:10).`,
          line: 8,
          column: 81,
          endLine: 8,
          endColumn: 84,
          related: [
            `${F}/mysql-pod.yaml:10:34 terminationGracePeriodSeconds 1m30s (pod spec)`,
            `${F}/mysql-pod.yaml:15:11 port 3306 of container mysql (MySQL)`,
          ],
          resource: "Pod finance/reporting-db",
        },
      ],
    },
    {
      name: 'spec §8.7: HTTP to clients outside the mesh: a gateway behind a LoadBalancer, a sidecar behind a NodePort Service',
      files: [`${F}/http-outside-mesh.yaml`],
      errors: [
        {
          messageId: 'keepAlive',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on and the gateway serves HTTP outside the mesh: idle client connections may hold its drain until SIGKILL at 30s.",
          help: `Declare how long those connections stay open with the drainlint.io/connection-lifetime annotation on the pod template (e.g. "120s") so that it is checked against terminationGracePeriodSeconds, or bound their idle time with ISTIO_META_IDLE_TIMEOUT in proxyMetadata (e.g. "30s"; Envoy's default is 1h). The drain adds Connection: close only to a connection's next response (envoy#42305), and clients outside the mesh, unlike sidecars, do not drop an idle keep-alive connection when the endpoint goes: after MINIMUM_DRAIN_DURATION the gateway waits for them with no bound but kubelet's SIGKILL. Ports: HTTP keep-alive on port http2 80 of LoadBalancer Service istio-ingress/istio-ingressgateway and HTTP keep-alive on port https 443 of LoadBalancer Service istio-ingress/istio-ingressgateway. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation, ${F}/http-outside-mesh.yaml:24); MINIMUM_DRAIN_DURATION 5s (default); terminationGracePeriodSeconds 30 (default).`,
          line: 24,
          column: 46,
          endLine: 24,
          endColumn: 52,
          related: [
            `${F}/http-outside-mesh.yaml:48:13 port http2 80 of LoadBalancer Service istio-ingress/istio-ingressgateway (HTTP keep-alive)`,
            `${F}/http-outside-mesh.yaml:51:13 port https 443 of LoadBalancer Service istio-ingress/istio-ingressgateway (HTTP keep-alive)`,
          ],
          resource: "Deployment istio-ingress/istio-ingressgateway",
        },
        {
          messageId: 'keepAlive',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on and the sidecar serves HTTP outside the mesh: idle client connections may hold its drain until SIGKILL at 1m.",
          help: `Declare how long those connections stay open with the drainlint.io/connection-lifetime annotation on the pod template (e.g. "120s") so that it is checked against terminationGracePeriodSeconds, or bound their idle time with ISTIO_META_IDLE_TIMEOUT in proxyMetadata (e.g. "30s"; Envoy's default is 1h). The drain adds Connection: close only to a connection's next response (envoy#42305), and clients outside the mesh, unlike sidecars, do not drop an idle keep-alive connection when the endpoint goes: after MINIMUM_DRAIN_DURATION the sidecar waits for them with no bound but kubelet's SIGKILL. Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Ports: HTTP keep-alive on port http-web 80 of NodePort Service web/legacy-portal. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation, ${F}/http-outside-mesh.yaml:72); MINIMUM_DRAIN_DURATION 10s (proxy.istio.io/config annotation, ${F}/http-outside-mesh.yaml:73); terminationGracePeriodSeconds 60 (pod spec, ${F}/http-outside-mesh.yaml:75).`,
          line: 72,
          column: 46,
          endLine: 72,
          endColumn: 52,
          related: [
            `${F}/http-outside-mesh.yaml:73:37 MINIMUM_DRAIN_DURATION 10s (proxy.istio.io/config annotation)`,
            `${F}/http-outside-mesh.yaml:75:38 terminationGracePeriodSeconds 1m (pod spec)`,
            `${F}/http-outside-mesh.yaml:93:13 port http-web 80 of NodePort Service web/legacy-portal (HTTP keep-alive)`,
          ],
          resource: "Deployment web/legacy-portal",
        },
      ],
    },
    {
      name: 'spec §8.7: mesh-wide EZ and HTTP behind a LoadBalancer Service: once on the mesh document',
      files: [`${F}/mesh-iop.yaml`, `${F}/mesh-http-outside.yaml`],
      errors: [
        {
          messageId: 'keepAliveMeshWide',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on mesh-wide and a sidecar serves HTTP outside the mesh: idle client connections may hold its drain until SIGKILL.",
          help: `Declare how long the connections of Deployment marketing/landing stay open with the drainlint.io/connection-lifetime annotation on the pod template (e.g. "120s") so that it is checked against terminationGracePeriodSeconds, or bound their idle time with ISTIO_META_IDLE_TIMEOUT in proxyMetadata (e.g. "30s"; Envoy's default is 1h). The drain adds Connection: close only to a connection's next response (envoy#42305), and clients outside the mesh, unlike sidecars, do not drop an idle keep-alive connection when the endpoint goes: after MINIMUM_DRAIN_DURATION the sidecar waits for them with no bound but kubelet's SIGKILL. Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: an Istio mesh config is part of this run. Ports of Deployment marketing/landing: HTTP keep-alive on port http 80 of LoadBalancer Service marketing/landing. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (mesh config in IstioOperator istio-system/control-plane spec.meshConfig, ${F}/mesh-iop.yaml:11); MINIMUM_DRAIN_DURATION 5s (default); terminationGracePeriodSeconds 30 (default).`,
          line: 11,
          column: 42,
          endLine: 11,
          endColumn: 48,
          related: [
            `${F}/mesh-http-outside.yaml:34:13 port http 80 of LoadBalancer Service marketing/landing (HTTP keep-alive)`,
          ],
          resource: null,
        },
      ],
    },
  ],
});

describe('exit-on-zero-unbounded: protocol selection', () => {
  it('reads appProtocol before the name, the prefix before the first dash, grpc-web first, case-insensitively', () => {
    const cases: [unknown, unknown, unknown, string | undefined][] = [
      ['tcp', undefined, 80, 'TCP'],
      ['TCP-db', undefined, 80, 'TCP'],
      ['grpc', undefined, 80, 'gRPC'],
      ['grpc-web-ui', undefined, 80, 'gRPC-Web'],
      ['grpcweb', undefined, 80, undefined],
      ['mongo-primary', undefined, 80, 'MongoDB'],
      ['redis', undefined, 80, 'Redis'],
      ['mysql', undefined, 80, 'MySQL'],
      ['kafka-broker', undefined, 80, 'Kafka'],
      ['ws', undefined, 80, 'WebSocket'],
      ['websocket-chat', undefined, 80, 'WebSocket'],
      ['tls-passthrough', undefined, 80, 'TLS'],
      ['http', undefined, 80, undefined],
      ['http2-grpc', undefined, 80, undefined],
      ['https', undefined, 80, undefined],
      ['tcpx', undefined, 80, undefined],
      ['metrics', undefined, 80, undefined],
      ['tcp-x', 'http', 80, undefined],
      ['http-x', 'grpc', 80, 'gRPC'],
      ['web', 'kubernetes.io/ws', 80, 'WebSocket'],
      ['web', 'kubernetes.io/wss', 80, 'WebSocket'],
      ['tcp-h2', 'kubernetes.io/h2c', 80, undefined],
      ['unknown', 'example.com/custom', 3306, 'MySQL'],
      ['http', undefined, 3306, undefined],
      [undefined, 'http', 27017, undefined],
      [undefined, undefined, 3306, 'MySQL'],
      [undefined, undefined, 27017, 'MongoDB'],
      ['web', undefined, 3306, 'MySQL'],
      [undefined, undefined, 8080, undefined],
    ];
    for (const [name, app, port, expected] of cases) {
      assert.equal(longLivedProtocol(name, app, port), expected, `name ${String(name)}, appProtocol ${String(app)}, port ${String(port)}`);
    }
  });
});
