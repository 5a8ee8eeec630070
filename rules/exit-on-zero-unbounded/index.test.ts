import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rule from './index.js';
import { longLivedProtocol } from '../../src/domain/ports.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/exit-on-zero-unbounded';
const NATIVE_NOTE = ' Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this.';
const ASSUMED_ANN = ' (an injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation)';
const ASSUMED_MESH = ' (an injected sidecar is assumed: an Istio mesh config is part of this run)';
const ANN = 'proxy.istio.io/config annotation';

/** The rule's message, spelt out: EZ origin, ports, MIN, G, where the lifetime annotation goes. */
function msg(subject: string, ez: string, ports: string, min: string, grace: string, place = 'on the pod template'): string {
  const noun = subject.split(' ')[0];
  return (
    `EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (${ez}) and the ${subject} serves connections that outlive a request (${ports}): ` +
    `the drain does not force them closed, so after MINIMUM_DRAIN_DURATION ${min} the ${noun} waits for them with no bound but kubelet's SIGKILL at ${grace}, and nothing says whether they end before it. ` +
    `Declare their lifetime with the drainlint.io/connection-lifetime annotation ${place} (e.g. "120s") so it is checked against the grace period, ` +
    'or bound them with an idleTimeout or maxConnectionDuration in a DestinationRule connectionPool so the count can reach zero.'
  );
}

ruleTester(rule, {
  valid: [
    {
      name: 'lifetime declared or derived, unusable lifetime annotation, EZ "yes", native sidecar, no sidecar, excluded port, suppressed',
      files: [`${F}/bounded-or-not-applicable.yaml`],
    },
    { name: 'Istio 1.11 has no EXIT_ON_ZERO_ACTIVE_CONNECTIONS', files: [`${F}/grpc-annotation.yaml`], config: { istioVersion: '1.11' } },
    { name: 'mesh-wide EZ, HTTP-only workload (a Service port with appProtocol http decides for a grpc-named container port)', files: [`${F}/mesh-iop.yaml`, `${F}/http-only.yaml`] },
  ],
  invalid: [
    {
      name: 'gRPC container port, EZ and MIN in the annotation block scalar: points at EZ',
      files: [`${F}/grpc-annotation.yaml`],
      errors: [
        {
          message:
            msg('sidecar', `${ANN}, ${F}/grpc-annotation.yaml:20`, 'gRPC on port grpc-stream 9090 of container chat', `10s (${ANN}, ${F}/grpc-annotation.yaml:21)`, `1m (terminationGracePeriodSeconds, pod spec, ${F}/grpc-annotation.yaml:23)`) +
            ASSUMED_ANN +
            NATIVE_NOTE,
          line: 20,
          column: 46,
          endLine: 20,
          endColumn: 52,
          related: [
            `${F}/grpc-annotation.yaml:21:37 MINIMUM_DRAIN_DURATION 10s (${ANN})`,
            `${F}/grpc-annotation.yaml:23:38 terminationGracePeriodSeconds 1m (pod spec)`,
            `${F}/grpc-annotation.yaml:28:21 port grpc-stream 9090 of container chat (gRPC)`,
          ],
        },
      ],
    },
    {
      name: 'mesh-wide EZ in an IstioOperator: once on the mesh document; Redis via a Service port, WebSocket via appProtocol; HTTP-only workload silent',
      files: [`${F}/mesh-iop.yaml`, `${F}/mesh-workloads.yaml`],
      errors: [
        {
          message:
            msg(
              'sidecar of StatefulSet shop/cache',
              `mesh config in IstioOperator istio-system/control-plane spec.meshConfig, ${F}/mesh-iop.yaml:11`,
              'TCP on port tcp-redis 6379 of Service shop/cache',
              '5s (default)',
              '30s (terminationGracePeriodSeconds, default)',
            ) +
            ASSUMED_MESH +
            NATIVE_NOTE +
            ' The same applies to 1 more workload using this mesh config: Deployment shop/notifications.',
          line: 11,
          column: 42,
          endLine: 11,
          endColumn: 48,
          related: [`${F}/mesh-workloads.yaml:32:13 port tcp-redis 6379 of Service shop/cache (TCP)`],
        },
      ],
    },
    {
      name: 'user istio-proxy container env; Postgres Service port decides for the unnamed container port; other-namespace and non-matching Services ignored',
      files: [`${F}/proxy-container-env.yaml`],
      errors: [
        {
          message:
            msg('sidecar', `env of the istio-proxy container, ${F}/proxy-container-env.yaml:34`, 'PostgreSQL on port postgres 5432 of Service data/pgbouncer', '5s (default)', '30s (terminationGracePeriodSeconds, default)') +
            NATIVE_NOTE,
          line: 34,
          column: 22,
          endLine: 34,
          endColumn: 28,
          related: [`${F}/proxy-container-env.yaml:45:13 port postgres 5432 of Service data/pgbouncer (PostgreSQL)`],
        },
      ],
    },
    {
      name: 'List kind: EZ in Helm values, MIN in a JSON annotation (more specific: points at MIN); Kafka appProtocol, tcp- and tls- names; four ports, three named',
      files: [`${F}/kafka-list.yaml`, `${F}/helm-values.yaml`],
      errors: [
        {
          message:
            msg(
              'sidecar',
              `mesh config in Helm values ${F}/helm-values.yaml, ${F}/helm-values.yaml:5`,
              'Kafka on port broker 9092 of Service events/broker, Kafka on port controller 9093 of Service events/broker, TCP on port tcp-external 9094 of Service events/broker and 1 more',
              `15s (${ANN}, ${F}/kafka-list.yaml:21)`,
              `2m (terminationGracePeriodSeconds, pod spec, ${F}/kafka-list.yaml:23)`,
            ) +
            ASSUMED_ANN +
            NATIVE_NOTE,
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
        },
      ],
    },
    {
      name: 'gateways: IstioOperator entry (k8s.env, k8s.service.ports tls) and Gateway API (TCP listener, selector ProxyConfig); no native-sidecar note',
      files: [`${F}/gateways.yaml`],
      errors: [
        {
          message: msg(
            'gateway',
            `k8s.env of the IstioOperator gateway, ${F}/gateways.yaml:21`,
            'TLS on port tls 15443 of the istio-eastwestgateway Service (k8s.service), TLS on port tls-istiod 15012 of the istio-eastwestgateway Service (k8s.service)',
            '5s (default)',
            '30s (terminationGracePeriodSeconds, default)',
            'in its k8s.podAnnotations',
          ),
          line: 21,
          column: 22,
          endLine: 21,
          endColumn: 28,
          related: [
            `${F}/gateways.yaml:27:23 port tls 15443 of the istio-eastwestgateway Service (k8s.service) (TLS)`,
            `${F}/gateways.yaml:30:23 port tls-istiod 15012 of the istio-eastwestgateway Service (k8s.service) (TLS)`,
          ],
        },
        {
          message: msg(
            'gateway',
            `ProxyConfig iot/mqtt-gateway-drain, ${F}/gateways.yaml:62`,
            'TCP on listener mqtt (port 1883)',
            `20s (ProxyConfig iot/mqtt-gateway-drain, ${F}/gateways.yaml:63)`,
            '30s (terminationGracePeriodSeconds, default)',
            'in the Gateway annotations',
          ),
          line: 62,
          column: 38,
          endLine: 62,
          endColumn: 44,
          related: [`${F}/gateways.yaml:63:29 MINIMUM_DRAIN_DURATION 20s (ProxyConfig iot/mqtt-gateway-drain)`, `${F}/gateways.yaml:44:17 listener mqtt (port 1883) (TCP)`],
        },
      ],
    },
    {
      name: 'bare Pod, EZ "1" in a JSON annotation, unnamed MySQL port (well-known), mysqlx not recognised',
      files: [`${F}/mysql-pod.yaml`],
      errors: [
        {
          message:
            msg('sidecar', `${ANN}, ${F}/mysql-pod.yaml:8`, 'MySQL on port 3306 of container mysql', '5s (default)', `1m30s (terminationGracePeriodSeconds, pod spec, ${F}/mysql-pod.yaml:10)`, "in the Pod's annotations") +
            ASSUMED_ANN +
            NATIVE_NOTE,
          line: 8,
          column: 81,
          endLine: 8,
          endColumn: 84,
          related: [`${F}/mysql-pod.yaml:10:34 terminationGracePeriodSeconds 1m30s (pod spec)`, `${F}/mysql-pod.yaml:15:11 port 3306 of container mysql (MySQL)`],
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
