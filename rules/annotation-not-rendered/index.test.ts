import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/annotation-not-rendered';
ruleTester(rule, {
  valid: [
    { name: 'injected pods render the annotation: Helm gateway chart Deployment, CronJob sidecar', files: [`${F}/rendered-workloads.yaml`] },
    {
      name: 'direct key, unquoted value (admission problem), removed variable, disabled entry, TDD only, Gateway of another class',
      files: [`${F}/other-rules.yaml`],
    },
    { name: 'suppressed in k8s.podAnnotations', files: [`${F}/suppressed.yaml`] },
  ],
  invalid: [
    {
      name: 'IstioOperator gateway: both variables in k8s.podAnnotations (block scalar)',
      files: [`${F}/iop-pod-annotations.yaml`],
      errors: [
        {
          messageId: 'notRendered',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS in proxy.istio.io/config never becomes this gateway's env, so the proxy keeps false (default).",
          help: `Set it in k8s.env of this gateway entry instead (- name: EXIT_ON_ZERO_ACTIVE_CONNECTIONS, value: "true"). This IstioOperator gateway is not injected: pilot-agent reads the proxy.istio.io/config annotation (k8s.podAnnotations) at runtime, and only the injector turns proxyMetadata into environment variables. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (proxy.istio.io/config annotation, ${F}/iop-pod-annotations.yaml:17); the proxy's EXIT_ON_ZERO_ACTIVE_CONNECTIONS false (default).`,
          line: 17,
          column: 17,
          endLine: 17,
          endColumn: 48,
          related: [],
          resource: "IngressGateway istio-system/istio-ingressgateway",
        },
        {
          messageId: 'notRendered',
          message: "MINIMUM_DRAIN_DURATION in proxy.istio.io/config never becomes this gateway's env, so the proxy keeps 5s (default).",
          help: `Set it in k8s.env of this gateway entry instead (- name: MINIMUM_DRAIN_DURATION, value: "15s"). This IstioOperator gateway is not injected: pilot-agent reads the proxy.istio.io/config annotation (k8s.podAnnotations) at runtime, and only the injector turns proxyMetadata into environment variables. Values: MINIMUM_DRAIN_DURATION "15s" (proxy.istio.io/config annotation, ${F}/iop-pod-annotations.yaml:18); the proxy's MINIMUM_DRAIN_DURATION 5s (default).`,
          line: 18,
          column: 17,
          endLine: 18,
          endColumn: 39,
          related: [],
          resource: "IngressGateway istio-system/istio-ingressgateway",
        },
      ],
    },
    {
      name: 'IstioOperator egress gateway: JSON annotation duplicating k8s.env',
      files: [`${F}/iop-env-already-set.yaml`],
      errors: [
        {
          messageId: 'sameValueElsewhere',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS \"true\" in proxy.istio.io/config is never rendered; the k8s.env of the IstioOperator gateway sets the same value.",
          help: `Remove it here. This IstioOperator gateway is not injected: pilot-agent reads the proxy.istio.io/config annotation (k8s.podAnnotations) at runtime, and only the injector turns proxyMetadata into environment variables. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (proxy.istio.io/config annotation, ${F}/iop-env-already-set.yaml:18); the proxy's EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (k8s.env of the IstioOperator gateway, ${F}/iop-env-already-set.yaml:16).`,
          line: 18,
          column: 56,
          endLine: 18,
          endColumn: 89,
          related: [
            `${F}/iop-env-already-set.yaml:16:22 EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (k8s.env of the IstioOperator gateway)`,
          ],
          resource: "EgressGateway istio-system/istio-egressgateway",
        },
      ],
    },
    {
      name: 'Gateway API: spec.infrastructure.annotations, and a waypoint with metadata annotations in JSON (proxy_metadata)',
      files: [`${F}/gateway-api-infrastructure.yaml`],
      errors: [
        {
          messageId: 'notRendered',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS in proxy.istio.io/config never becomes this gateway's env, so the proxy keeps false (default).",
          help: `Set it with a ProxyConfig in namespace edge whose selector.matchLabels is gateway.networking.k8s.io/gateway-name: public and whose spec.environmentVariables has EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true" instead. istiod deploys this Gateway (class istio) itself and computes its ProxyConfig without annotations: the proxy.istio.io/config annotation copied from spec.infrastructure.annotations is read at runtime only, and its proxyMetadata never becomes an environment variable. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (proxy.istio.io/config annotation, ${F}/gateway-api-infrastructure.yaml:13); the proxy's EXIT_ON_ZERO_ACTIVE_CONNECTIONS false (default).`,
          line: 13,
          column: 11,
          endLine: 13,
          endColumn: 42,
          related: [],
          resource: "Gateway edge/public",
        },
        {
          messageId: 'notRendered',
          message: "MINIMUM_DRAIN_DURATION in proxy.istio.io/config never becomes this gateway's env, so the proxy keeps 5s (default).",
          help: `Set it with a ProxyConfig in namespace shop whose selector.matchLabels is gateway.networking.k8s.io/gateway-name: waypoint and whose spec.environmentVariables has MINIMUM_DRAIN_DURATION: "20s" instead. istiod deploys this Gateway (class istio-waypoint) itself and computes its ProxyConfig without annotations: the proxy.istio.io/config annotation copied from metadata.annotations is read at runtime only, and its proxyMetadata never becomes an environment variable. Values: MINIMUM_DRAIN_DURATION "20s" (proxy.istio.io/config annotation, ${F}/gateway-api-infrastructure.yaml:25); the proxy's MINIMUM_DRAIN_DURATION 5s (default).`,
          line: 25,
          column: 49,
          endLine: 25,
          endColumn: 73,
          related: [],
          resource: "Gateway shop/waypoint",
        },
      ],
    },
    {
      name: 'Gateway API: "" cannot unset the mesh-wide variable',
      files: [`${F}/gateway-api-unset.yaml`],
      errors: [
        {
          messageId: 'emptyCannotUnset',
          message: "An empty EXIT_ON_ZERO_ACTIVE_CONNECTIONS in proxy.istio.io/config cannot unset it on this gateway: the proxy keeps \"true\" from the mesh config.",
          help: `Set it with a ProxyConfig in namespace edge whose selector.matchLabels is gateway.networking.k8s.io/gateway-name: grpc-edge and whose spec.environmentVariables has EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "false" instead. istiod deploys this Gateway (class istio) itself and computes its ProxyConfig without annotations: the proxy.istio.io/config annotation copied from metadata.annotations is read at runtime only, and its proxyMetadata never becomes an environment variable, so an empty value there unsets nothing. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS "" (proxy.istio.io/config annotation, ${F}/gateway-api-unset.yaml:21); the proxy's EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (mesh config in IstioOperator istio-system/control-plane spec.meshConfig, ${F}/gateway-api-unset.yaml:11).`,
          line: 21,
          column: 9,
          endLine: 21,
          endColumn: 40,
          related: [
            `${F}/gateway-api-unset.yaml:11:42 EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (mesh config in IstioOperator istio-system/control-plane spec.meshConfig)`,
          ],
          resource: "Gateway edge/grpc-edge",
        },
      ],
    },
    {
      name: 'Gateway API: a ProxyConfig selecting the gateway already sets another value',
      files: [`${F}/gateway-api-proxyconfig.yaml`],
      errors: [
        {
          messageId: 'setForThisGateway',
          message: "MINIMUM_DRAIN_DURATION \"10s\" in proxy.istio.io/config never becomes this gateway's env; the proxy keeps \"30s\" from ProxyConfig edge/public-drain.",
          help: `Remove it here, or change that value to "10s" if that was meant: it already sets MINIMUM_DRAIN_DURATION for this gateway alone, where it works. istiod deploys this Gateway (class istio) itself and computes its ProxyConfig without annotations: the proxy.istio.io/config annotation copied from spec.infrastructure.annotations is read at runtime only, and its proxyMetadata never becomes an environment variable. Values: MINIMUM_DRAIN_DURATION "10s" (proxy.istio.io/config annotation, ${F}/gateway-api-proxyconfig.yaml:25); the proxy's MINIMUM_DRAIN_DURATION "30s" (ProxyConfig edge/public-drain, ${F}/gateway-api-proxyconfig.yaml:12).`,
          line: 25,
          column: 11,
          endLine: 25,
          endColumn: 33,
          related: [
            `${F}/gateway-api-proxyconfig.yaml:12:29 MINIMUM_DRAIN_DURATION "30s" (ProxyConfig edge/public-drain)`,
          ],
          resource: "Gateway edge/public",
        },
      ],
    },
    {
      name: 'inline: Gateway API, an empty MINIMUM_DRAIN_DURATION with nothing to unset',
      code: `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: api-edge
  namespace: edge
spec:
  gatewayClassName: istio
  infrastructure:
    annotations:
      proxy.istio.io/config: |
        proxyMetadata:
          MINIMUM_DRAIN_DURATION: ""
  listeners:
    - name: http
      port: 80
      protocol: HTTP
`,
      errors: [
        {
          messageId: 'emptyNoEffect',
          message: "An empty MINIMUM_DRAIN_DURATION in proxy.istio.io/config has no effect on this gateway, whose proxy keeps 5s (default).",
          help: "Remove it: the proxy has no value from elsewhere to unset. istiod deploys this Gateway (class istio) itself and computes its ProxyConfig without annotations: the proxy.istio.io/config annotation copied from spec.infrastructure.annotations is read at runtime only, and its proxyMetadata never becomes an environment variable. Values: MINIMUM_DRAIN_DURATION \"\" (proxy.istio.io/config annotation, inline.yaml:12); the proxy's MINIMUM_DRAIN_DURATION 5s (default).",
          line: 12,
          column: 11,
          endLine: 12,
          endColumn: 33,
          related: [],
          resource: "Gateway edge/api-edge",
        },
      ],
    },
  ],
});
