import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/invalid-duration';
const MESH_DISCARDED = 'istiod rejects the whole mesh config and keeps its last good one (or the built-in defaults), so none of its settings apply';
const DENIED = 'the sidecar injector rejects the annotation, so admission denies the pod and it is never created (an injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation)';
const NOT_GO = 'is not a Go duration (a number with a unit ns, us, ms, s, m or h, e.g. "1m30s")';
const MIN_DEFAULT = 'pilot-agent logs a warning and uses the 5s default instead';

ruleTester(rule, {
  valid: [
    { name: 'Go durations everywhere, drainDuration in whole seconds, "0" and "" for MIN', files: [`${F}/valid-durations.yaml`] },
    {
      name: 'tie-breaks: unquoted proxyMetadata number, non-string drainlint annotation, other duration fields, null',
      files: [`${F}/tie-breaks-silent.yaml`],
    },
    { noWorkloads: true, name: 'a bad MIN inside a mesh config istiod discards anyway', files: [`${F}/discarded-mesh-config.yaml`] },
    { name: 'drainlint.io/ignore on the pod template', files: [`${F}/suppressed.yaml`] },
  ],
  invalid: [
    {
      name: 'IstioOperator terminationDrainDuration: 30 (a number)',
      files: [`${F}/istiooperator-tdd-number.yaml`],
      errors: [
        {
          message: `terminationDrainDuration: 30 in the mesh config (IstioOperator istio-system/control-plane spec.meshConfig) is a YAML number, not a Go duration string: ${MESH_DISCARDED}; write terminationDrainDuration: "30s".`,
          line: 10,
          column: 33,
          endLine: 10,
          endColumn: 35,
          related: [],
        },
      ],
    },
    {
      name: 'istio ConfigMap `mesh` block: "30" without unit and drainDuration 500ms',
      files: [`${F}/configmap-mesh-durations.yaml`],
      errors: [
        {
          message: `terminationDrainDuration: "30" in the mesh config (ConfigMap istio-system/istio) has no unit, so it is not a Go duration: ${MESH_DISCARDED}; write terminationDrainDuration: "30s".`,
          line: 10,
          column: 33,
          endLine: 10,
          endColumn: 37,
        },
        {
          message: `drainDuration: 500ms in the mesh config (ConfigMap istio-system/istio) is not a whole number of seconds (Istio validates drainDuration in whole seconds: Envoy takes --drain-time-s): ${MESH_DISCARDED}; write drainDuration: "1s".`,
          line: 11,
          column: 22,
          endLine: 11,
          endColumn: 27,
        },
      ],
    },
    {
      name: 'annotations: admission denies the pod; the MIN beside the bad TDD is not reported; flow-style drain_duration 0s',
      files: [`${F}/annotation-durations.yaml`],
      errors: [
        {
          message: `terminationDrainDuration: 45 sec in the proxy.istio.io/config annotation ${NOT_GO}: ${DENIED}; write terminationDrainDuration: "45s".`,
          line: 11,
          column: 37,
          endLine: 11,
          endColumn: 43,
        },
        {
          message: `drain_duration: 0s in the proxy.istio.io/config annotation is not positive (Istio validates drainDuration as at least 1s, in whole seconds): ${DENIED}; write drain_duration: "1s".`,
          line: 29,
          column: 50,
          endLine: 29,
          endColumn: 52,
        },
      ],
    },
    {
      name: 'MINIMUM_DRAIN_DURATION strings: annotation, ProxyConfig, mesh ConfigMap (warnings)',
      files: [`${F}/min-not-a-duration.yaml`],
      errors: [
        {
          message: `MINIMUM_DRAIN_DURATION: "30" in the proxyMetadata of the proxy.istio.io/config annotation has no unit, so it is not a Go duration: ${MIN_DEFAULT}; write MINIMUM_DRAIN_DURATION: "30s".`,
          severity: 'warning',
          line: 13,
          column: 37,
          endLine: 13,
          endColumn: 41,
        },
        {
          message: `MINIMUM_DRAIN_DURATION: 1 minute in spec.environmentVariables of ProxyConfig shop/slow-drain ${NOT_GO}: ${MIN_DEFAULT}; write MINIMUM_DRAIN_DURATION: "1m".`,
          severity: 'warning',
          line: 27,
          column: 29,
          endLine: 27,
          endColumn: 37,
        },
        {
          message: `MINIMUM_DRAIN_DURATION: 20S in the proxyMetadata of the mesh config (ConfigMap istio-system/istio) is not a Go duration (units are lower-case: ns, us, ms, s, m, h): ${MIN_DEFAULT}; write MINIMUM_DRAIN_DURATION: "20s".`,
          severity: 'warning',
          line: 39,
          column: 33,
          endLine: 39,
          endColumn: 36,
        },
      ],
    },
    {
      name: 'a null proxyMetadata value does not deny the pod (Istio reads it as ""), so its bad MIN is reported',
      files: [`${F}/null-beside-bad-min.yaml`],
      errors: [
        {
          message: `MINIMUM_DRAIN_DURATION: "45" in the proxyMetadata of the proxy.istio.io/config annotation has no unit, so it is not a Go duration: ${MIN_DEFAULT}; write MINIMUM_DRAIN_DURATION: "45s".`,
          severity: 'warning',
          line: 14,
          column: 37,
          endLine: 14,
          endColumn: 41,
        },
      ],
    },
    {
      name: 'istio-proxy container env: numbers are rejected by the API (error), a bad string is a warning',
      files: [`${F}/proxy-container-env.yaml`],
      errors: [
        {
          message: 'MINIMUM_DRAIN_DURATION in the env of the istio-proxy container has value: 60, a YAML number: the API server rejects the Deployment because env values must be strings; write value: "60s".',
          line: 22,
          column: 22,
          endLine: 22,
          endColumn: 24,
        },
        {
          message: 'TERMINATION_DRAIN_DURATION_SECONDS in the env of the istio-proxy container has value: 60, a YAML number: the API server rejects the Deployment because env values must be strings; quote it: value: "60".',
          line: 24,
          column: 22,
          endLine: 24,
          endColumn: 24,
        },
        {
          message: `MINIMUM_DRAIN_DURATION value: "2 min" in the env of the istio-proxy container ${NOT_GO}: ${MIN_DEFAULT}; write value: "2m".`,
          severity: 'warning',
          line: 43,
          column: 22,
          endLine: 43,
          endColumn: 29,
        },
      ],
    },
    {
      name: 'drainlint.io/connection-lifetime and shutdown-duration that are not Go durations',
      files: [`${F}/drainlint-annotations.yaml`],
      errors: [
        {
          message:
            'drainlint.io/connection-lifetime: "120" has no unit, so it is not a Go duration: drainlint cannot use it, and the expected connection lifetime of this workload stays unknown; write drainlint.io/connection-lifetime: "120s".',
          line: 10,
          column: 43,
          endLine: 10,
          endColumn: 48,
        },
        {
          message: `drainlint.io/shutdown-duration: 20 seconds ${NOT_GO}: drainlint cannot use it, and the app's shutdown time stays unknown (counted as 0); write drainlint.io/shutdown-duration: "20s".`,
          line: 11,
          column: 41,
          endLine: 11,
          endColumn: 51,
        },
      ],
    },
    {
      name: 'mesh config in another file: the finding is in that file',
      files: [`${F}/drainlint-annotations.yaml`, `${F}/istiooperator-tdd-number.yaml`],
      errors: [
        {
          message:
            'drainlint.io/connection-lifetime: "120" has no unit, so it is not a Go duration: drainlint cannot use it, and the expected connection lifetime of this workload stays unknown; write drainlint.io/connection-lifetime: "120s".',
          line: 10,
          column: 43,
          endLine: 10,
          endColumn: 48,
        },
        {
          message: `drainlint.io/shutdown-duration: 20 seconds ${NOT_GO}: drainlint cannot use it, and the app's shutdown time stays unknown (counted as 0); write drainlint.io/shutdown-duration: "20s".`,
          line: 11,
          column: 41,
          endLine: 11,
          endColumn: 51,
        },
        {
          file: `${F}/istiooperator-tdd-number.yaml`,
          message: `terminationDrainDuration: 30 in the mesh config (IstioOperator istio-system/control-plane spec.meshConfig) is a YAML number, not a Go duration string: ${MESH_DISCARDED}; write terminationDrainDuration: "30s".`,
          line: 10,
          column: 33,
          endLine: 10,
          endColumn: 35,
        },
      ],
    },
  ],
});
