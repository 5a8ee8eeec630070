/**
 * exit-on-zero-unbounded on the input shapes of issue 10: the gateway chart's values (their
 * Service's ports are the gateway's) and the ingress gateway of the demo profile (whose Service has
 * a tcp and a tls port).
 */
import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/exit-on-zero-unbounded';

ruleTester(rule, {
  valid: [{ name: 'gateway chart values that declare the connection lifetime in podAnnotations', files: [`${F}/gateway-values-lifetime.yaml`] }],
  invalid: [
    {
      name: "gateway chart values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS in env and a TCP port on the chart's Service",
      files: [`${F}/gateway-values.yaml`],
      errors: [
        {
          messageId: 'unbounded',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on and the gateway's HTTP keep-alive and TCP connections have no known end: its drain may last until SIGKILL at 2m.",
          help: `Declare their lifetime with the drainlint.io/connection-lifetime annotation in podAnnotations of the gateway chart values (e.g. "120s") so that it is checked against terminationGracePeriodSeconds, or bound them with an idleTimeout or maxConnectionDuration in a DestinationRule connectionPool so that the count can reach zero. The drain does not force these connections closed: after MINIMUM_DRAIN_DURATION the gateway waits for them with no bound but kubelet's SIGKILL, and nothing says whether they end before it. For the HTTP keep-alive ports: the drain adds Connection: close only to a connection's next response (envoy#42305), and clients outside the mesh, unlike sidecars, do not drop an idle keep-alive connection when the endpoint goes; ISTIO_META_IDLE_TIMEOUT in proxyMetadata bounds how long they stay idle (Envoy's default is 1h). Ports: HTTP keep-alive on port https 443 of the gateway chart's Service (LoadBalancer) and TCP on port tcp-postgres 5432 of the gateway chart's Service. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (env in the gateway chart values, ${F}/gateway-values.yaml:4); MINIMUM_DRAIN_DURATION 5s (default); terminationGracePeriodSeconds 120 (gateway chart values, ${F}/gateway-values.yaml:2).`,
          line: 4,
          column: 36,
          endLine: 4,
          endColumn: 40,
          related: [
            `${F}/gateway-values.yaml:2:32 terminationGracePeriodSeconds 2m (gateway chart values)`,
            `${F}/gateway-values.yaml:7:13 port https 443 of the gateway chart's Service (LoadBalancer) (HTTP keep-alive)`,
            `${F}/gateway-values.yaml:9:13 port tcp-postgres 5432 of the gateway chart's Service (TCP)`,
          ],
          resource: 'Deployment /',
        },
      ],
    },
    {
      name: "the demo profile's ingress gateway: its tcp and tls ports, located at profile:, with EXIT_ON_ZERO_ACTIVE_CONNECTIONS mesh-wide",
      files: [`${F}/iop-demo-profile.yaml`],
      errors: [
        {
          messageId: 'unboundedMeshWide',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on mesh-wide and a gateway's HTTP keep-alive, TCP and TLS connections have no known end: its drain may last until SIGKILL.",
          help: `Declare the lifetime of the connections of IngressGateway istio-system/istio-ingressgateway with the drainlint.io/connection-lifetime annotation in k8s.podAnnotations of an entry named istio-ingressgateway in components.ingressGateways (e.g. "120s") so that it is checked against terminationGracePeriodSeconds, or bound them with an idleTimeout or maxConnectionDuration in a DestinationRule connectionPool so that the count can reach zero. The drain does not force these connections closed: after MINIMUM_DRAIN_DURATION the gateway waits for them with no bound but kubelet's SIGKILL, and nothing says whether they end before it. For the HTTP keep-alive ports: the drain adds Connection: close only to a connection's next response (envoy#42305), and clients outside the mesh, unlike sidecars, do not drop an idle keep-alive connection when the endpoint goes; ISTIO_META_IDLE_TIMEOUT in proxyMetadata bounds how long they stay idle (Envoy's default is 1h). Ports of IngressGateway istio-system/istio-ingressgateway: HTTP keep-alive on port http2 80 of the istio-ingressgateway Service (demo profile), HTTP keep-alive on port https 443 of the istio-ingressgateway Service (demo profile), TCP on port tcp 31400 of the istio-ingressgateway Service (demo profile) and 1 more. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (mesh config in IstioOperator istio-system/demo spec.meshConfig, ${F}/iop-demo-profile.yaml:12); MINIMUM_DRAIN_DURATION 5s (default); terminationGracePeriodSeconds 30 (default).`,
          line: 12,
          column: 42,
          endLine: 12,
          endColumn: 48,
          related: [
            `${F}/iop-demo-profile.yaml:8:3 port http2 80 of the istio-ingressgateway Service (demo profile) (HTTP keep-alive)`,
            `${F}/iop-demo-profile.yaml:8:3 port https 443 of the istio-ingressgateway Service (demo profile) (HTTP keep-alive)`,
            `${F}/iop-demo-profile.yaml:8:3 port tcp 31400 of the istio-ingressgateway Service (demo profile) (TCP)`,
            `${F}/iop-demo-profile.yaml:8:3 port tls 15443 of the istio-ingressgateway Service (demo profile) (TLS)`,
          ],
          resource: null,
        },
      ],
    },
  ],
});
