import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/invalid-boolean';
const SILENTLY_FALSE = "Go's strconv.ParseBool accepts only true/false, True/False, TRUE/FALSE, t/f, T/F and 1/0; for anything else pilot-agent logs a warning and treats the variable as false, so the proxy does not wait for active connections to close.";

ruleTester(rule, {
  valid: [
    { name: 'ParseBool spellings ("1", "True", "T") and "" in proxyMetadata / environmentVariables', files: [`${F}/accepted-values.yaml`] },
    {
      name: 'faults of other rules: unquoted yes in proxyMetadata, app container env, a pod admission denies',
      files: [`${F}/other-rules-silent.yaml`],
    },
  ],
  invalid: [
    {
      name: 'IstioOperator spec.values.meshConfig: "yes"',
      files: [`${F}/istiooperator-yes.yaml`],
      errors: [
        {
          messageId: 'silentlyFalse',
          message: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "yes" is not a Go boolean: pilot-agent treats it as false.',
          help: `Write EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true". ${SILENTLY_FALSE}`,
          line: 12,
          column: 44,
          endLine: 12,
          endColumn: 49,
          related: [],
          resource: 'IstioOperator istio-system/control-plane',
        },
      ],
    },
    {
      name: "annotation block scalar: 'on'",
      files: [`${F}/annotation-on.yaml`],
      errors: [
        {
          messageId: 'silentlyFalse',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS: 'on' is not a Go boolean: pilot-agent treats it as false.",
          help: `Write EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true". ${SILENTLY_FALSE}`,
          line: 13,
          column: 46,
          endLine: 13,
          endColumn: 50,
          related: [],
          resource: 'Deployment shop/checkout',
        },
      ],
    },
    {
      name: 'istio-proxy env: a YAML boolean is rejected by the API (error); an empty value is a warning',
      files: [`${F}/proxy-container-env.yaml`],
      errors: [
        {
          severity: 'error',
          messageId: 'envNotString',
          message: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS value: true is a YAML boolean, not a string: the API server rejects the Deployment.',
          help: 'Quote it: value: "true". Container env values must be strings.',
          line: 20,
          column: 22,
          endLine: 20,
          endColumn: 26,
          related: [],
          resource: 'Deployment istio-ingress/ingressgateway [istio-proxy]',
        },
        {
          messageId: 'silentlyFalse',
          message: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS value: "" is not a Go boolean: pilot-agent treats it as false.',
          help: `Write value: "true" to turn it on, or remove the entry. ${SILENTLY_FALSE}`,
          line: 40,
          column: 22,
          endLine: 40,
          endColumn: 24,
          related: [],
          resource: 'DaemonSet infra/node-agent [istio-proxy]',
        },
      ],
    },
    {
      name: 'ProxyConfig environmentVariables and the istio ConfigMap `mesh` block ("off" means false anyway)',
      files: [`${F}/proxyconfig-and-mesh.yaml`],
      errors: [
        {
          messageId: 'silentlyFalse',
          message: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "enabled" is not a Go boolean: pilot-agent treats it as false.',
          help: `Write EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true". ${SILENTLY_FALSE}`,
          line: 11,
          column: 38,
          endLine: 11,
          endColumn: 47,
          related: [],
          resource: 'ProxyConfig shop/drain',
        },
        {
          messageId: 'falseByAccident',
          message: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "off" is not a Go boolean: pilot-agent reads it as false only by accident.',
          help: "Write EXIT_ON_ZERO_ACTIVE_CONNECTIONS: \"false\". Go's strconv.ParseBool accepts only true/false, True/False, TRUE/FALSE, t/f, T/F and 1/0; for anything else pilot-agent logs a warning and treats the variable as false, which is what this value means, but only by accident.",
          line: 22,
          column: 42,
          endLine: 22,
          endColumn: 47,
          related: [],
          resource: 'ConfigMap istio-system/istio',
        },
      ],
    },
      {
      name: 'IstioOperator gateway k8s.env: a YAML boolean is refused by istioctl',
      code: `apiVersion: install.istio.io/v1alpha1
kind: IstioOperator
metadata:
  name: control-plane
  namespace: istio-system
spec:
  components:
    ingressGateways:
      - name: istio-ingressgateway
        enabled: true
        k8s:
          env:
            - name: EXIT_ON_ZERO_ACTIVE_CONNECTIONS
              value: true
`,
      errors: [
        {
          severity: 'error',
          messageId: 'operatorEnvNotString',
          message: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS value: true is a YAML boolean, not a string: istioctl rejects the IstioOperator.',
          help: 'Quote it: value: "true". k8s.env holds Kubernetes EnvVars, whose values must be strings: istioctl fails to decode the IstioOperator and refuses to install it, even with --force.',
          line: 14,
          column: 22,
          endLine: 14,
          endColumn: 26,
          related: [],
          resource: 'IngressGateway istio-system/istio-ingressgateway [istio-proxy]',
        },
      ],
    },
  ],
});
