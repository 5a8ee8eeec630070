import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/invalid-duration';
const GO_DURATION = 'A Go duration is a number with a lower-case unit (ns, us, ms, s, m or h), e.g. "1m30s".';
const WHOLE = 'Istio validates drainDuration as at least 1s, in whole seconds, because Envoy takes it as --drain-time-s.';
const DENIED = 'The sidecar injector rejects a proxy.istio.io/config annotation it cannot parse, so admission denies the pod and it is never created. An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation.';
const MIN_DEFAULT = "pilot-agent parses MINIMUM_DRAIN_DURATION with Go's time.ParseDuration and on an error logs a warning and uses 5s: with EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, the proxy starts checking for zero connections after 5s instead of the minimum meant here.";
const LAST_GOOD = 'istiod logs "invalid mesh config, using last known state" and keeps its last good mesh config (or the built-in defaults) instead of this one';

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
          messageId: 'meshDuration',
          message: 'terminationDrainDuration: 30 is a YAML number, not a Go duration string: istiod rejects the whole mesh config.',
          help: `Write terminationDrainDuration: "30s". ${GO_DURATION} ${LAST_GOOD} (IstioOperator istio-system/control-plane spec.meshConfig), so none of its settings apply.`,
          line: 10,
          column: 33,
          endLine: 10,
          endColumn: 35,
          related: [],
          resource: 'IstioOperator istio-system/control-plane',
        },
      ],
    },
    {
      name: 'istio ConfigMap `mesh` block: "30" without unit and drainDuration 500ms',
      files: [`${F}/configmap-mesh-durations.yaml`],
      errors: [
        {
          messageId: 'meshDuration',
          message: 'terminationDrainDuration: "30" has no unit, so it is not a Go duration: istiod rejects the whole mesh config.',
          help: `Write terminationDrainDuration: "30s". ${GO_DURATION} ${LAST_GOOD} (ConfigMap istio-system/istio), so none of its settings apply.`,
          line: 10,
          column: 33,
          endLine: 10,
          endColumn: 37,
          related: [],
          resource: 'ConfigMap istio-system/istio',
        },
        {
          messageId: 'meshDrainSeconds',
          message: 'drainDuration: 500ms is not a whole number of seconds: istiod rejects the whole mesh config.',
          help: `Write drainDuration: "30s" (not below terminationDrainDuration 30s (mesh config in ConfigMap istio-system/istio, ${F}/configmap-mesh-durations.yaml:10), or Envoy stops accepting connections before the drain ends). ${WHOLE} ${LAST_GOOD} (ConfigMap istio-system/istio), so none of its settings apply.`,
          line: 11,
          column: 22,
          endLine: 11,
          endColumn: 27,
          related: [],
          resource: 'ConfigMap istio-system/istio',
        },
      ],
    },
    {
      name: 'annotations: admission denies the pod; the MIN beside the bad TDD is not reported; flow-style drain_duration 0s',
      files: [`${F}/annotation-durations.yaml`],
      errors: [
        {
          messageId: 'annotationDuration',
          message: 'terminationDrainDuration: 45 sec is not a Go duration: admission denies the pod.',
          help: `Write terminationDrainDuration: "45s". ${GO_DURATION} ${DENIED}`,
          line: 11,
          column: 37,
          endLine: 11,
          endColumn: 43,
          related: [],
          resource: 'Deployment shop/checkout',
        },
        {
          messageId: 'annotationDrainSeconds',
          message: 'drain_duration: 0s is not positive: admission denies the pod.',
          help: `Write drain_duration: "5s" (not below terminationDrainDuration 5s (default), or Envoy stops accepting connections before the drain ends). ${WHOLE} ${DENIED}`,
          line: 29,
          column: 50,
          endLine: 29,
          endColumn: 52,
          related: [],
          resource: 'Deployment shop/payments',
        },
      ],
    },
    {
      name: 'MINIMUM_DRAIN_DURATION strings: annotation, ProxyConfig, mesh ConfigMap (warnings)',
      files: [`${F}/min-not-a-duration.yaml`],
      errors: [
        {
          severity: 'warning',
          messageId: 'minDefault',
          message: 'MINIMUM_DRAIN_DURATION: "30" has no unit, so it is not a Go duration: pilot-agent uses the 5s default instead.',
          help: `Write MINIMUM_DRAIN_DURATION: "30s". ${GO_DURATION} ${MIN_DEFAULT}`,
          line: 13,
          column: 37,
          endLine: 13,
          endColumn: 41,
          related: [],
          resource: 'Deployment shop/search',
        },
        {
          severity: 'warning',
          messageId: 'minDefault',
          message: 'MINIMUM_DRAIN_DURATION: 1 minute is not a Go duration: pilot-agent uses the 5s default instead.',
          help: `Write MINIMUM_DRAIN_DURATION: "1m", and raise drainDuration to at least 1m. ${GO_DURATION} ${MIN_DEFAULT}`,
          line: 27,
          column: 29,
          endLine: 27,
          endColumn: 37,
          related: [],
          resource: 'ProxyConfig shop/slow-drain',
        },
        {
          severity: 'warning',
          messageId: 'minDefault',
          message: 'MINIMUM_DRAIN_DURATION: 20S has an upper-case unit, so it is not a Go duration: pilot-agent uses the 5s default instead.',
          help: `Write MINIMUM_DRAIN_DURATION: "20s". ${GO_DURATION} ${MIN_DEFAULT}`,
          line: 39,
          column: 33,
          endLine: 39,
          endColumn: 36,
          related: [],
          resource: 'ConfigMap istio-system/istio',
        },
      ],
    },
    {
      name: 'a null proxyMetadata value does not deny the pod (Istio reads it as ""), so its bad MIN is reported',
      files: [`${F}/null-beside-bad-min.yaml`],
      errors: [
        {
          severity: 'warning',
          messageId: 'minDefault',
          message: 'MINIMUM_DRAIN_DURATION: "45" has no unit, so it is not a Go duration: pilot-agent uses the 5s default instead.',
          help: `Write MINIMUM_DRAIN_DURATION: "45s". ${GO_DURATION} ${MIN_DEFAULT}`,
          line: 14,
          column: 37,
          endLine: 14,
          endColumn: 41,
          related: [],
          resource: 'Deployment shop/search',
        },
      ],
    },
    {
      name: 'istio-proxy container env: numbers are rejected by the API (error), a bad string is a warning',
      files: [`${F}/proxy-container-env.yaml`],
      errors: [
        {
          messageId: 'envNotString',
          message: 'MINIMUM_DRAIN_DURATION value: 60 is a YAML number, not a string: the API server rejects the Deployment.',
          help: 'Write value: "60s", and raise drainDuration to at least 1m. Container env values must be strings.',
          line: 22,
          column: 22,
          endLine: 22,
          endColumn: 24,
          related: [],
          resource: 'Deployment istio-ingress/ingressgateway [istio-proxy]',
        },
        {
          messageId: 'envNotString',
          message: 'TERMINATION_DRAIN_DURATION_SECONDS value: 60 is a YAML number, not a string: the API server rejects the Deployment.',
          help: 'Remove it: Istio 1.10 removed the variable, so quoted it would be accepted and still ignored. Container env values must be strings.',
          line: 24,
          column: 22,
          endLine: 24,
          endColumn: 24,
          related: [],
          resource: 'Deployment istio-ingress/ingressgateway [istio-proxy]',
        },
        {
          severity: 'warning',
          messageId: 'minDefault',
          message: 'MINIMUM_DRAIN_DURATION value: "2 min" is not a Go duration: pilot-agent uses the 5s default instead.',
          help: `Write value: "2m", and raise terminationGracePeriodSeconds to at least 121 and drainDuration to at least 2m. ${GO_DURATION} ${MIN_DEFAULT}`,
          line: 43,
          column: 22,
          endLine: 43,
          endColumn: 29,
          related: [],
          resource: 'DaemonSet infra/node-agent [istio-proxy]',
        },
      ],
    },
    {
      name: 'drainlint.io/connection-lifetime and shutdown-duration that are not Go durations',
      files: [`${F}/drainlint-annotations.yaml`],
      errors: [
        {
          messageId: 'lifetimeNotDuration',
          message: 'drainlint.io/connection-lifetime: "120" has no unit, so it is not a Go duration: the connection lifetime stays unknown.',
          help: `Write drainlint.io/connection-lifetime: "120s". ${GO_DURATION} drainlint reads its own annotations as Go durations; with this one unreadable it knows no connection lifetime for the workload and does not fall back to the config file or traffic resources.`,
          line: 10,
          column: 43,
          endLine: 10,
          endColumn: 48,
          related: [],
          resource: 'Deployment media/streaming',
        },
        {
          messageId: 'shutdownNotDuration',
          message: "drainlint.io/shutdown-duration: 20 seconds is not a Go duration: the app's shutdown time counts as 0.",
          help: `Write drainlint.io/shutdown-duration: "20s". ${GO_DURATION} drainlint reads its own annotations as Go durations; with this one unreadable it counts the app's shutdown time as 0 and does not fall back to the config file.`,
          line: 11,
          column: 41,
          endLine: 11,
          endColumn: 51,
          related: [],
          resource: 'Deployment media/streaming',
        },
      ],
    },
    {
      name: 'mesh config in another file: the finding is in that file',
      files: [`${F}/drainlint-annotations.yaml`, `${F}/istiooperator-tdd-number.yaml`],
      errors: [
        {
          messageId: 'lifetimeNotDuration',
          message: 'drainlint.io/connection-lifetime: "120" has no unit, so it is not a Go duration: the connection lifetime stays unknown.',
          help: `Write drainlint.io/connection-lifetime: "120s". ${GO_DURATION} drainlint reads its own annotations as Go durations; with this one unreadable it knows no connection lifetime for the workload and does not fall back to the config file or traffic resources.`,
          line: 10,
          column: 43,
          endLine: 10,
          endColumn: 48,
          related: [],
          resource: 'Deployment media/streaming',
        },
        {
          messageId: 'shutdownNotDuration',
          message: "drainlint.io/shutdown-duration: 20 seconds is not a Go duration: the app's shutdown time counts as 0.",
          help: `Write drainlint.io/shutdown-duration: "20s". ${GO_DURATION} drainlint reads its own annotations as Go durations; with this one unreadable it counts the app's shutdown time as 0 and does not fall back to the config file.`,
          line: 11,
          column: 41,
          endLine: 11,
          endColumn: 51,
          related: [],
          resource: 'Deployment media/streaming',
        },
        {
          messageId: 'meshDuration',
          message: 'terminationDrainDuration: 30 is a YAML number, not a Go duration string: istiod rejects the whole mesh config.',
          help: `Write terminationDrainDuration: "30s". ${GO_DURATION} ${LAST_GOOD} (IstioOperator istio-system/control-plane spec.meshConfig), so none of its settings apply.`,
          line: 10,
          column: 33,
          endLine: 10,
          endColumn: 35,
          file: `${F}/istiooperator-tdd-number.yaml`,
          related: [],
          resource: 'IstioOperator istio-system/control-plane',
        },
      ],
    },
      {
      name: 'IstioOperator gateway k8s.env: a number is refused by istioctl, not the API server',
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
            - name: MINIMUM_DRAIN_DURATION
              value: 30
`,
      errors: [
        {
          messageId: 'operatorEnvNotString',
          message: 'MINIMUM_DRAIN_DURATION value: 30 is a YAML number, not a string: istioctl rejects the IstioOperator.',
          help: 'Write value: "30s". k8s.env holds Kubernetes EnvVars, whose values must be strings: istioctl fails to decode the IstioOperator and refuses to install it, even with --force.',
          line: 14,
          column: 22,
          endLine: 14,
          endColumn: 24,
          related: [],
          resource: 'IngressGateway istio-system/istio-ingressgateway [istio-proxy]',
        },
      ],
    },
    {
      name: 'istio#31383: TERMINATION_DRAIN_DURATION_SECONDS: 60 in k8s.env: istioctl refuses it, and Istio 1.10 removed it: remove, not quote',
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
            - name: TERMINATION_DRAIN_DURATION_SECONDS
              value: 60
`,
      errors: [
        {
          messageId: 'operatorEnvNotString',
          message: 'TERMINATION_DRAIN_DURATION_SECONDS value: 60 is a YAML number, not a string: istioctl rejects the IstioOperator.',
          help: 'Remove it: Istio 1.10 removed the variable, so quoted it would be accepted and still ignored. k8s.env holds Kubernetes EnvVars, whose values must be strings: istioctl fails to decode the IstioOperator and refuses to install it, even with --force.',
          line: 14,
          column: 22,
          endLine: 14,
          endColumn: 24,
          related: [],
          resource: 'IngressGateway istio-system/istio-ingressgateway [istio-proxy]',
        },
      ],
    },
    {
      name: 'TERMINATION_DRAIN_DURATION_SECONDS: 60 in k8s.env on Istio 1.9, which still reads it: quote it',
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
            - name: TERMINATION_DRAIN_DURATION_SECONDS
              value: 60
`,
      config: { istioVersion: '1.9' },
      errors: [
        {
          messageId: 'operatorEnvNotString',
          message: 'TERMINATION_DRAIN_DURATION_SECONDS value: 60 is a YAML number, not a string: istioctl rejects the IstioOperator.',
          help: 'Quote it: value: "60". k8s.env holds Kubernetes EnvVars, whose values must be strings: istioctl fails to decode the IstioOperator and refuses to install it, even with --force.',
          line: 14,
          column: 22,
          endLine: 14,
          endColumn: 24,
          related: [],
          resource: 'IngressGateway istio-system/istio-ingressgateway [istio-proxy]',
        },
      ],
    },
    {
      name: 'beside a shared mesh ConfigMap, istiod skips the invalid mesh config and applies the other',
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: istiod
  namespace: istio-system
spec:
  template:
    spec:
      containers:
        - name: discovery
          image: istio/pilot:1.29.0
          env:
            - name: SHARED_MESH_CONFIG
              value: istio-shared
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: istio-shared
  namespace: istio-system
data:
  mesh: |
    defaultConfig:
      terminationDrainDuration: 20s
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: istio
  namespace: istio-system
data:
  mesh: |
    defaultConfig:
      drainDuration: 1.5s
`,
      errors: [
        {
          messageId: 'meshDrainSeconds',
          message: 'drainDuration: 1.5s is not a whole number of seconds: istiod rejects the whole mesh config.',
          help: `Write drainDuration: "5s" (not below terminationDrainDuration 5s (default), or Envoy stops accepting connections before the drain ends). ${WHOLE} istiod skips this mesh config (ConfigMap istio-system/istio; it logs "invalid mesh config, ignoring") and applies ConfigMap istio-system/istio-shared alone, so none of this one's settings apply.`,
          line: 34,
          column: 22,
          endLine: 34,
          endColumn: 26,
          related: [],
          resource: 'ConfigMap istio-system/istio',
        },
      ],
    },
      {
      name: 'a suggested terminationDrainDuration above drainDuration asks to raise drainDuration too',
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ledger
  namespace: bank
spec:
  template:
    metadata:
      annotations:
        proxy.istio.io/config: |
          terminationDrainDuration: 60
    spec:
      terminationGracePeriodSeconds: 90
      containers:
        - name: ledger
          image: example/ledger:1.0
`,
      errors: [
        {
          messageId: 'annotationDuration',
          message: 'terminationDrainDuration: 60 is a YAML number, not a Go duration string: admission denies the pod.',
          help: `Write terminationDrainDuration: "60s", and raise drainDuration to at least 1m. ${GO_DURATION} ${DENIED}`,
          line: 11,
          column: 37,
          endLine: 11,
          endColumn: 39,
          related: [],
          resource: 'Deployment bank/ledger',
        },
      ],
    },
  ],
});
