import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/annotation-not-rendered';
const IN = 'is set in the proxyMetadata of the proxy.istio.io/config annotation, but';
const IOP =
  'this IstioOperator gateway is not injected: pilot-agent reads the proxy.istio.io/config annotation (k8s.podAnnotations) at runtime, and only the injector turns proxyMetadata into environment variables';
const GW = (cls: string, where: string) =>
  `istiod deploys this Gateway (class ${cls}) itself and computes its ProxyConfig without annotations: the proxy.istio.io/config annotation copied from ${where} is read at runtime only, and its proxyMetadata never becomes an environment variable`;

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
          message: `EXIT_ON_ZERO_ACTIVE_CONNECTIONS ${IN} ${IOP}, so the proxy's EXIT_ON_ZERO_ACTIVE_CONNECTIONS stays false (default). Set it in k8s.env of this gateway entry instead (- name: EXIT_ON_ZERO_ACTIVE_CONNECTIONS, value: "true").`,
          line: 17,
          column: 17,
          endLine: 17,
          endColumn: 48,
          related: [],
        },
        {
          message: `MINIMUM_DRAIN_DURATION ${IN} ${IOP}, so the proxy's MINIMUM_DRAIN_DURATION stays 5s (default). Set it in k8s.env of this gateway entry instead (- name: MINIMUM_DRAIN_DURATION, value: "15s").`,
          line: 18,
          column: 17,
          endLine: 18,
          endColumn: 39,
        },
      ],
    },
    {
      name: 'IstioOperator egress gateway: JSON annotation duplicating k8s.env',
      files: [`${F}/iop-env-already-set.yaml`],
      errors: [
        {
          message: `EXIT_ON_ZERO_ACTIVE_CONNECTIONS ${IN} ${IOP}, so the proxy's EXIT_ON_ZERO_ACTIVE_CONNECTIONS is "true" from k8s.env of the IstioOperator gateway, ${F}/iop-env-already-set.yaml:16, not from this annotation. Remove it here.`,
          line: 18,
          column: 56,
          endLine: 18,
          endColumn: 89,
          related: [`${F}/iop-env-already-set.yaml:16:22 EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (k8s.env of the IstioOperator gateway)`],
        },
      ],
    },
    {
      name: 'Gateway API: spec.infrastructure.annotations, and a waypoint with metadata annotations in JSON (proxy_metadata)',
      files: [`${F}/gateway-api-infrastructure.yaml`],
      errors: [
        {
          message: `EXIT_ON_ZERO_ACTIVE_CONNECTIONS ${IN} ${GW('istio', 'spec.infrastructure.annotations')}, so the proxy's EXIT_ON_ZERO_ACTIVE_CONNECTIONS stays false (default). Set it with a ProxyConfig in namespace edge whose selector.matchLabels is gateway.networking.k8s.io/gateway-name: public and whose spec.environmentVariables has EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true" instead.`,
          line: 13,
          column: 11,
          endLine: 13,
          endColumn: 42,
        },
        {
          message: `MINIMUM_DRAIN_DURATION ${IN} ${GW('istio-waypoint', 'metadata.annotations')}, so the proxy's MINIMUM_DRAIN_DURATION stays 5s (default). Set it with a ProxyConfig in namespace shop whose selector.matchLabels is gateway.networking.k8s.io/gateway-name: waypoint and whose spec.environmentVariables has MINIMUM_DRAIN_DURATION: "20s" instead.`,
          line: 25,
          column: 49,
          endLine: 25,
          endColumn: 73,
        },
      ],
    },
    {
      name: 'Gateway API: "" cannot unset the mesh-wide variable',
      files: [`${F}/gateway-api-unset.yaml`],
      errors: [
        {
          message: `EXIT_ON_ZERO_ACTIVE_CONNECTIONS ${IN} ${GW('istio', 'metadata.annotations')}, so the empty value does not unset it: the proxy keeps EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" from mesh config in IstioOperator istio-system/control-plane spec.meshConfig, ${F}/gateway-api-unset.yaml:11. Set it with a ProxyConfig in namespace edge whose selector.matchLabels is gateway.networking.k8s.io/gateway-name: grpc-edge and whose spec.environmentVariables has EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "false" instead.`,
          line: 21,
          column: 9,
          endLine: 21,
          endColumn: 40,
          related: [`${F}/gateway-api-unset.yaml:11:42 EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (mesh config in IstioOperator istio-system/control-plane spec.meshConfig)`],
        },
      ],
    },
    {
      name: 'Gateway API: a ProxyConfig selecting the gateway already sets another value',
      files: [`${F}/gateway-api-proxyconfig.yaml`],
      errors: [
        {
          message: `MINIMUM_DRAIN_DURATION ${IN} ${GW('istio', 'spec.infrastructure.annotations')}, so the proxy's MINIMUM_DRAIN_DURATION stays "30s" from ProxyConfig edge/public-drain, ${F}/gateway-api-proxyconfig.yaml:12. Remove it here, or change that value to "10s" if that was meant.`,
          line: 25,
          column: 11,
          endLine: 25,
          endColumn: 33,
          related: [`${F}/gateway-api-proxyconfig.yaml:12:29 MINIMUM_DRAIN_DURATION "30s" (ProxyConfig edge/public-drain)`],
        },
      ],
    },
  ],
});
