import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/invalid-boolean';
const REJECTED = "is not a value Go's strconv.ParseBool accepts (true/false, True/False, TRUE/FALSE, t/f, T/F, 1/0): pilot-agent logs a warning and treats it as false";
const OFF = 'so the proxy does not wait for active connections to close';

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
          message: `EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "yes" in the proxyMetadata of the mesh config (IstioOperator istio-system/control-plane spec.values.meshConfig) ${REJECTED}, ${OFF}; write EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true".`,
          line: 12,
          column: 44,
          endLine: 12,
          endColumn: 49,
          related: [],
        },
      ],
    },
    {
      name: "annotation block scalar: 'on'",
      files: [`${F}/annotation-on.yaml`],
      errors: [
        {
          message: `EXIT_ON_ZERO_ACTIVE_CONNECTIONS: 'on' in the proxyMetadata of the proxy.istio.io/config annotation ${REJECTED}, ${OFF}; write EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true".`,
          line: 13,
          column: 46,
          endLine: 13,
          endColumn: 50,
        },
      ],
    },
    {
      name: 'istio-proxy env: a YAML boolean is rejected by the API (error); an empty value is a warning',
      files: [`${F}/proxy-container-env.yaml`],
      errors: [
        {
          message:
            'EXIT_ON_ZERO_ACTIVE_CONNECTIONS in the env of the istio-proxy container has value: true, a YAML boolean: the API server rejects the Deployment because env values must be strings; quote it: value: "true".',
          severity: 'error',
          line: 20,
          column: 22,
          endLine: 20,
          endColumn: 26,
        },
        {
          message: `EXIT_ON_ZERO_ACTIVE_CONNECTIONS value: "" in the env of the istio-proxy container ${REJECTED}, ${OFF}; write value: "true" to turn it on, or remove the entry.`,
          line: 40,
          column: 22,
          endLine: 40,
          endColumn: 24,
        },
      ],
    },
    {
      name: 'ProxyConfig environmentVariables and the istio ConfigMap `mesh` block ("off" means false anyway)',
      files: [`${F}/proxyconfig-and-mesh.yaml`],
      errors: [
        {
          message: `EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "enabled" in spec.environmentVariables of ProxyConfig shop/drain ${REJECTED}, ${OFF}; write EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true".`,
          line: 11,
          column: 38,
          endLine: 11,
          endColumn: 47,
        },
        {
          message: `EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "off" in the proxyMetadata of the mesh config (ConfigMap istio-system/istio) ${REJECTED}, which is what it means here, but only by accident; write EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "false".`,
          line: 22,
          column: 42,
          endLine: 22,
          endColumn: 47,
        },
      ],
    },
  ],
});
