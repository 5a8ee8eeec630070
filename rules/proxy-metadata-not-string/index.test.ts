import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/proxy-metadata-not-string';
const MESH_DISCARDED = 'istiod cannot unmarshal it into the string map, rejects the whole mesh config and keeps its last good one (or the built-in defaults), so none of its settings apply';
const DENIED = 'the sidecar injector cannot parse the annotation, so admission denies the pod and it is never created (an injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation)';

ruleTester(rule, {
  valid: [
    { name: 'quoted values in mesh config, ProxyConfig and annotation', files: [`${F}/quoted-ok.yaml`] },
    { name: '"" and null unset a key (jsonpb reads null as "")', files: [`${F}/empty-and-null-unset.yaml`] },
    { name: 'container env values belong to invalid-boolean / invalid-duration / drain-env-on-app-container', files: [`${F}/env-values-other-rules.yaml`] },
  ],
  invalid: [
    {
      name: 'IstioOperator meshConfig: a boolean and a number (the number is not also invalid-duration)',
      files: [`${F}/istiooperator-unquoted.yaml`],
      errors: [
        {
          message: `proxyMetadata value EXIT_ON_ZERO_ACTIVE_CONNECTIONS: true in the mesh config (IstioOperator istio-system/control-plane spec.meshConfig) is a YAML boolean, not a string: ${MESH_DISCARDED}; quote it: EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true".`,
          line: 12,
          column: 42,
          endLine: 12,
          endColumn: 46,
          related: [],
        },
        {
          message: `proxyMetadata value MINIMUM_DRAIN_DURATION: 30 in the mesh config (IstioOperator istio-system/control-plane spec.meshConfig) is a YAML number, not a string: ${MESH_DISCARDED}; write MINIMUM_DRAIN_DURATION: "30s".`,
          line: 13,
          column: 33,
          endLine: 13,
          endColumn: 35,
        },
      ],
    },
    {
      name: 'mesh config in another file than the workloads',
      files: [`${F}/env-values-other-rules.yaml`, `${F}/istiooperator-unquoted.yaml`],
      errors: [
        {
          file: `${F}/istiooperator-unquoted.yaml`,
          message: `proxyMetadata value EXIT_ON_ZERO_ACTIVE_CONNECTIONS: true in the mesh config (IstioOperator istio-system/control-plane spec.meshConfig) is a YAML boolean, not a string: ${MESH_DISCARDED}; quote it: EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true".`,
          line: 12,
          column: 42,
          endLine: 12,
          endColumn: 46,
        },
        {
          file: `${F}/istiooperator-unquoted.yaml`,
          message: `proxyMetadata value MINIMUM_DRAIN_DURATION: 30 in the mesh config (IstioOperator istio-system/control-plane spec.meshConfig) is a YAML number, not a string: ${MESH_DISCARDED}; write MINIMUM_DRAIN_DURATION: "30s".`,
          line: 13,
          column: 33,
          endLine: 13,
          endColumn: 35,
        },
      ],
    },
    {
      name: 'istio ConfigMap `mesh` block scalar: YAML 1.1 `yes` is a boolean (points inside the block)',
      files: [`${F}/configmap-mesh-yes.yaml`],
      errors: [
        {
          message: `proxyMetadata value EXIT_ON_ZERO_ACTIVE_CONNECTIONS: yes in the mesh config (ConfigMap istio-system/istio) is a YAML boolean, not a string: ${MESH_DISCARDED}; write EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true".`,
          line: 11,
          column: 42,
          endLine: 11,
          endColumn: 45,
        },
      ],
    },
    {
      name: 'Helm values meshConfig: any proxyMetadata key, not only drain ones',
      files: [`${F}/helm-values.yaml`],
      errors: [
        {
          message: `proxyMetadata value ISTIO_META_DNS_CAPTURE: true in the mesh config (Helm values ${F}/helm-values.yaml) is a YAML boolean, not a string: ${MESH_DISCARDED}; quote it: ISTIO_META_DNS_CAPTURE: "true".`,
          line: 7,
          column: 31,
          endLine: 7,
          endColumn: 35,
        },
        {
          message: `proxyMetadata value TERMINATION_DRAIN_DURATION_SECONDS: 60 in the mesh config (Helm values ${F}/helm-values.yaml) is a YAML number, not a string: ${MESH_DISCARDED}; quote it: TERMINATION_DRAIN_DURATION_SECONDS: "60".`,
          line: 8,
          column: 43,
          endLine: 8,
          endColumn: 45,
        },
      ],
    },
    {
      name: 'annotation block scalar: admission denies the pod',
      files: [`${F}/annotation-unquoted.yaml`],
      errors: [
        {
          message: `proxyMetadata value EXIT_ON_ZERO_ACTIVE_CONNECTIONS: true in the proxy.istio.io/config annotation is a YAML boolean, not a string: ${DENIED}; quote it: EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true".`,
          line: 13,
          column: 46,
          endLine: 13,
          endColumn: 50,
        },
      ],
    },
    {
      name: 'CronJob with a JSON annotation: a number for the boolean',
      files: [`${F}/cronjob-json-annotation.yaml`],
      errors: [
        {
          message: `proxyMetadata value EXIT_ON_ZERO_ACTIVE_CONNECTIONS: 1 in the proxy.istio.io/config annotation is a YAML number, not a string: ${DENIED}; write EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true".`,
          line: 13,
          column: 91,
          endLine: 13,
          endColumn: 92,
        },
      ],
    },
    {
      name: 'ProxyConfig environmentVariables: the API server rejects the CR',
      files: [`${F}/proxyconfig-cr.yaml`],
      errors: [
        {
          message:
            'environmentVariables value MINIMUM_DRAIN_DURATION: 20 in ProxyConfig shop/drain is a YAML number, not a string: the API server rejects the ProxyConfig (its schema types every value as a string), so none of its variables reach any proxy; write MINIMUM_DRAIN_DURATION: "20s".',
          line: 13,
          column: 29,
          endLine: 13,
          endColumn: 31,
        },
      ],
    },
    {
      name: 'List item in a Namespace that does not inject: denied once injected',
      files: [`${F}/list-not-injected.yaml`],
      errors: [
        {
          message:
            'proxyMetadata value EXIT_ON_ZERO_ACTIVE_CONNECTIONS: off in the proxy.istio.io/config annotation is a YAML boolean, not a string: the sidecar injector cannot parse the annotation and denies the pod as soon as it is injected (today it is not: Namespace legacy does not enable injection); write EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "false".',
          line: 20,
          column: 50,
          endLine: 20,
          endColumn: 53,
        },
      ],
    },
  ],
});
