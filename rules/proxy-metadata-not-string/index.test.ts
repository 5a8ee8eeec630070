import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/proxy-metadata-not-string';
const MAP_OF_STRINGS = 'proxyMetadata is a map of strings, and istiod cannot unmarshal';
const LAST_GOOD = 'istiod logs "invalid mesh config, using last known state" and keeps its last good mesh config (or the built-in defaults) instead of this one';
const DENIED = 'The sidecar injector rejects a proxy.istio.io/config annotation it cannot parse, so admission denies the pod and it is never created. An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation.';

ruleTester(rule, {
  valid: [
    { name: 'quoted values in mesh config, ProxyConfig and annotation', files: [`${F}/quoted-ok.yaml`] },
    { name: '"" and null unset a key (jsonpb reads null as "")', files: [`${F}/empty-and-null-unset.yaml`] },
    { name: 'container env values belong to invalid-boolean / invalid-duration / drain-env-on-app-container', files: [`${F}/env-values-other-rules.yaml`] },
  ],
  invalid: [
    {
      name: 'two mesh sources (istiod SHARED_MESH_CONFIG): istiod skips the invalid shared ConfigMap and applies the istio one alone',
      files: [`${F}/shared-mesh`],
      errors: [
        {
          messageId: 'meshNotString',
          message: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS: true in proxyMetadata is a YAML boolean, not a string: istiod rejects the whole mesh config.',
          help: `Quote it: EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true". ${MAP_OF_STRINGS} a YAML boolean into it. istiod skips this mesh config (ConfigMap istio-system/istio-shared-configmap; it logs "invalid mesh config, ignoring") and applies ConfigMap istio-system/istio alone, so none of this one's settings apply.`,
          line: 11,
          column: 42,
          endLine: 11,
          endColumn: 46,
          file: `${F}/shared-mesh/istio-shared-configmap.yaml`,
          related: [],
          resource: 'ConfigMap istio-system/istio-shared-configmap',
        },
      ],
    },
    {
      name: 'IstioOperator meshConfig: a boolean and a number (the number is not also invalid-duration)',
      files: [`${F}/istiooperator-unquoted.yaml`],
      errors: [
        {
          messageId: 'meshNotString',
          message: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS: true in proxyMetadata is a YAML boolean, not a string: istiod rejects the whole mesh config.',
          help: `Quote it: EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true". ${MAP_OF_STRINGS} a YAML boolean into it. ${LAST_GOOD} (IstioOperator istio-system/control-plane spec.meshConfig), so none of its settings apply.`,
          line: 12,
          column: 42,
          endLine: 12,
          endColumn: 46,
          related: [],
          resource: 'IstioOperator istio-system/control-plane',
        },
        {
          messageId: 'meshNotString',
          message: 'MINIMUM_DRAIN_DURATION: 30 in proxyMetadata is a YAML number, not a string: istiod rejects the whole mesh config.',
          help: `Write MINIMUM_DRAIN_DURATION: "30s". ${MAP_OF_STRINGS} a YAML number into it. ${LAST_GOOD} (IstioOperator istio-system/control-plane spec.meshConfig), so none of its settings apply.`,
          line: 13,
          column: 33,
          endLine: 13,
          endColumn: 35,
          related: [],
          resource: 'IstioOperator istio-system/control-plane',
        },
      ],
    },
    {
      name: 'mesh config in another file than the workloads',
      files: [`${F}/env-values-other-rules.yaml`, `${F}/istiooperator-unquoted.yaml`],
      errors: [
        {
          messageId: 'meshNotString',
          message: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS: true in proxyMetadata is a YAML boolean, not a string: istiod rejects the whole mesh config.',
          help: `Quote it: EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true". ${MAP_OF_STRINGS} a YAML boolean into it. ${LAST_GOOD} (IstioOperator istio-system/control-plane spec.meshConfig), so none of its settings apply.`,
          line: 12,
          column: 42,
          endLine: 12,
          endColumn: 46,
          file: `${F}/istiooperator-unquoted.yaml`,
          related: [],
          resource: 'IstioOperator istio-system/control-plane',
        },
        {
          messageId: 'meshNotString',
          message: 'MINIMUM_DRAIN_DURATION: 30 in proxyMetadata is a YAML number, not a string: istiod rejects the whole mesh config.',
          help: `Write MINIMUM_DRAIN_DURATION: "30s". ${MAP_OF_STRINGS} a YAML number into it. ${LAST_GOOD} (IstioOperator istio-system/control-plane spec.meshConfig), so none of its settings apply.`,
          line: 13,
          column: 33,
          endLine: 13,
          endColumn: 35,
          file: `${F}/istiooperator-unquoted.yaml`,
          related: [],
          resource: 'IstioOperator istio-system/control-plane',
        },
      ],
    },
    {
      name: 'istio ConfigMap `mesh` block scalar: YAML 1.1 `yes` is a boolean (points inside the block)',
      files: [`${F}/configmap-mesh-yes.yaml`],
      errors: [
        {
          messageId: 'meshNotString',
          message: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS: yes in proxyMetadata is a YAML boolean, not a string: istiod rejects the whole mesh config.',
          help: `Write EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true". ${MAP_OF_STRINGS} a YAML boolean into it. ${LAST_GOOD} (ConfigMap istio-system/istio), so none of its settings apply.`,
          line: 11,
          column: 42,
          endLine: 11,
          endColumn: 45,
          related: [],
          resource: 'ConfigMap istio-system/istio',
        },
      ],
    },
    {
      name: 'Helm values meshConfig: any proxyMetadata key, not only drain ones',
      files: [`${F}/helm-values.yaml`],
      errors: [
        {
          messageId: 'meshNotString',
          message: 'ISTIO_META_DNS_CAPTURE: true in proxyMetadata is a YAML boolean, not a string: istiod rejects the whole mesh config.',
          help: `Quote it: ISTIO_META_DNS_CAPTURE: "true". ${MAP_OF_STRINGS} a YAML boolean into it. ${LAST_GOOD} (Helm values ${F}/helm-values.yaml), so none of its settings apply.`,
          line: 7,
          column: 31,
          endLine: 7,
          endColumn: 35,
          related: [],
          resource: 'HelmValues /',
        },
        {
          messageId: 'meshNotString',
          message: 'TERMINATION_DRAIN_DURATION_SECONDS: 60 in proxyMetadata is a YAML number, not a string: istiod rejects the whole mesh config.',
          help: `Quote it: TERMINATION_DRAIN_DURATION_SECONDS: "60". ${MAP_OF_STRINGS} a YAML number into it. ${LAST_GOOD} (Helm values ${F}/helm-values.yaml), so none of its settings apply.`,
          line: 8,
          column: 43,
          endLine: 8,
          endColumn: 45,
          related: [],
          resource: 'HelmValues /',
        },
      ],
    },
    {
      name: 'annotation block scalar: admission denies the pod',
      files: [`${F}/annotation-unquoted.yaml`],
      errors: [
        {
          messageId: 'annotationNotString',
          message: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS: true in proxyMetadata is a YAML boolean, not a string: admission denies the pod.',
          help: `Quote it: EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true". proxyMetadata is a map of strings. ${DENIED}`,
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
      name: 'CronJob with a JSON annotation: a number for the boolean',
      files: [`${F}/cronjob-json-annotation.yaml`],
      errors: [
        {
          messageId: 'annotationNotString',
          message: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS: 1 in proxyMetadata is a YAML number, not a string: admission denies the pod.',
          help: `Write EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true". proxyMetadata is a map of strings. ${DENIED}`,
          line: 13,
          column: 91,
          endLine: 13,
          endColumn: 92,
          related: [],
          resource: 'CronJob batch/report',
        },
      ],
    },
    {
      name: 'ProxyConfig environmentVariables: the API server rejects the CR',
      files: [`${F}/proxyconfig-cr.yaml`],
      errors: [
        {
          messageId: 'proxyConfigNotString',
          message: 'MINIMUM_DRAIN_DURATION: 20 in environmentVariables is a YAML number, not a string: the API server rejects the ProxyConfig.',
          help: "Write MINIMUM_DRAIN_DURATION: \"20s\". The ProxyConfig schema types every environmentVariables value as a string, so none of this resource's variables reach any proxy.",
          line: 13,
          column: 29,
          endLine: 13,
          endColumn: 31,
          related: [],
          resource: 'ProxyConfig shop/drain',
        },
      ],
    },
    {
      name: 'List item in a Namespace that does not inject: denied once injected',
      files: [`${F}/list-not-injected.yaml`],
      errors: [
        {
          messageId: 'annotationNotString',
          message: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS: off in proxyMetadata is a YAML boolean, not a string: admission will deny the pod once it is injected.',
          help: 'Write EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "false". proxyMetadata is a map of strings. The sidecar injector rejects a proxy.istio.io/config annotation it cannot parse: once the pod is injected, admission denies it. It is not injected today: Namespace legacy does not enable injection.',
          line: 20,
          column: 50,
          endLine: 20,
          endColumn: 53,
          related: [],
          resource: 'StatefulSet legacy/ledger',
        },
      ],
    },
      {
      name: 'IstioOperator gateway (not injected): pilot-agent reads the annotation at start and fails',
      code: `apiVersion: install.istio.io/v1alpha1
kind: IstioOperator
metadata:
  name: gateways
  namespace: istio-system
spec:
  profile: empty
  components:
    ingressGateways:
      - name: edge
        enabled: true
        k8s:
          podAnnotations:
            proxy.istio.io/config: |
              proxyMetadata:
                EXIT_ON_ZERO_ACTIVE_CONNECTIONS: true
`,
      errors: [
        {
          messageId: 'annotationNotString',
          message: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS: true in proxyMetadata is a YAML boolean, not a string: pilot-agent fails to start.',
          help: 'Quote it: EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true". proxyMetadata is a map of strings. pilot-agent reads the proxy.istio.io/config annotation when it starts and exits on a value it cannot parse.',
          line: 16,
          column: 50,
          endLine: 16,
          endColumn: 54,
          related: [],
          resource: 'IngressGateway istio-system/edge',
        },
      ],
    },
  ],
});
