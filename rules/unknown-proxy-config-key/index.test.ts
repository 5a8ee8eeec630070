import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/unknown-proxy-config-key';
const ANN_IGNORES = 'The injector and pilot-agent ignore unknown keys in the proxy.istio.io/config annotation without a warning.';
const MESH_DROPS = 'istiod drops unknown MeshConfig keys without a warning.';

ruleTester(rule, {
  valid: [
    { name: 'camelCase and snake_case fields, an unquoted yes, default_config', files: [`${F}/known-keys.yaml`] },
    { name: 'keys other rules own (removed-setting, misplaced-grace-period, drain-setting-outside-proxy-metadata)', files: [`${F}/owned-by-other-rules.yaml`] },
    { name: 'a pod that admission denies gets only the invalid-field-type finding', files: [`${F}/admission-denied.yaml`] },
    { noWorkloads: true, name: 'parentShutdownDuration at mesh top level on current Istio is removed-setting', files: [`${F}/parent-shutdown-top-level.yaml`] },
    { noWorkloads: true, name: 'removed settings as keys on current Istio are removed-setting', files: [`${F}/helm-values-removed-keys.yaml`] },
  ],
  invalid: [
    {
      name: 'misspelt terminationDrainDuration in a block-scalar annotation',
      files: [`${F}/annotation-typo.yaml`],
      errors: [
        {
          messageId: 'misspelt',
          message: 'Unknown key terminationDrainDurationSeconds in proxy.istio.io/config: Istio ignores it, so terminationDrainDuration stays 5s (default).',
          help: `Did you mean terminationDrainDuration? Write terminationDrainDuration: "45s". ${ANN_IGNORES} Values: terminationDrainDuration 5s (default).`,
          line: 13,
          column: 11,
          endLine: 13,
          endColumn: 42,
          related: [],
          resource: 'Deployment shop/checkout',
        },
      ],
    },
    {
      name: 'istio ConfigMap in another file: ProxyConfig field at top level, misspelt proxyMetadata',
      files: [`${F}/two-files/deployment.yaml`, `${F}/two-files/istio-configmap.yaml`],
      errors: [
        {
          messageId: 'misspelt',
          message: 'Unknown key terminationDrainDurationSecond in proxy.istio.io/config: Istio ignores it, so terminationDrainDuration stays 30s.',
          help: `Did you mean terminationDrainDuration? Write terminationDrainDuration: "40s". ${ANN_IGNORES} Values: terminationDrainDuration 30s (mesh config in ConfigMap istio-system/istio, ${F}/two-files/istio-configmap.yaml:11).`,
          line: 11,
          column: 11,
          endLine: 11,
          endColumn: 41,
          related: [
            `${F}/two-files/istio-configmap.yaml:11:33 terminationDrainDuration 30s (mesh config in ConfigMap istio-system/istio)`,
          ],
          resource: 'Deployment shop/orders',
        },
        {
          messageId: 'proxyFieldAtTop',
          message: 'holdApplicationUntilProxyStarts is a ProxyConfig field at the top level of the mesh config: istiod drops it.',
          help: `Move it to meshConfig.defaultConfig.holdApplicationUntilProxyStarts. ProxyConfig fields apply only under defaultConfig; ${MESH_DROPS}`,
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 36,
          file: `${F}/two-files/istio-configmap.yaml`,
          related: [],
          resource: 'ConfigMap istio-system/istio',
        },
        {
          messageId: 'misspelt',
          message: "Unknown key proxyMetaData in defaultConfig: istiod drops it, so EXIT_ON_ZERO_ACTIVE_CONNECTIONS never reaches the proxy's environment.",
          help: 'Did you mean proxyMetadata? Rename the key to proxyMetadata. istiod drops unknown ProxyConfig keys without a warning.',
          line: 12,
          column: 7,
          endLine: 12,
          endColumn: 20,
          file: `${F}/two-files/istio-configmap.yaml`,
          related: [],
          resource: null,
        },
      ],
    },
    {
      name: 'IstioOperator meshConfig: typo, ProxyConfig field, env var and misspelt ProxyConfig field at top level',
      files: [`${F}/istio-operator-top-level.yaml`],
      errors: [
        {
          messageId: 'meshMisspelt',
          message: 'Unknown MeshConfig key accessLogFormatt: istiod drops it.',
          help: `Did you mean accessLogFormat? ${MESH_DROPS}`,
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 21,
          related: [],
          resource: 'IstioOperator istio-system/control-plane',
        },
        {
          messageId: 'proxyFieldAtTop',
          message: 'terminationDrainDuration is a ProxyConfig field at the top level of the mesh config: istiod drops it.',
          help: `Move it to meshConfig.defaultConfig.terminationDrainDuration. ProxyConfig fields apply only under defaultConfig; ${MESH_DROPS}`,
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 29,
          related: [],
          resource: 'IstioOperator istio-system/control-plane',
        },
        {
          messageId: 'envVarAtTop',
          message: 'ISTIO_META_DNS_CAPTURE is an environment variable at the top level of the mesh config: istiod drops it.',
          help: `Move it to meshConfig.defaultConfig.proxyMetadata.ISTIO_META_DNS_CAPTURE, as a string: only proxyMetadata entries become environment variables of the proxies. ${MESH_DROPS}`,
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 27,
          related: [],
          resource: 'IstioOperator istio-system/control-plane',
        },
        {
          messageId: 'misspeltProxyFieldAtTop',
          message: 'Unknown MeshConfig key terminationDrainDurationSecs: istiod drops it.',
          help: `Did you mean terminationDrainDuration? It is a ProxyConfig field and belongs under defaultConfig: write meshConfig.defaultConfig.terminationDrainDuration: "20s". ${MESH_DROPS}`,
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 33,
          related: [],
          resource: 'IstioOperator istio-system/control-plane',
        },
      ],
    },
    {
      name: 'Helm values: snake_case accepted, a made-up snake_case key is not',
      files: [`${F}/helm-values-snake-case.yaml`],
      errors: [
        {
          messageId: 'misspelt',
          message: 'Unknown key drain_duration_seconds in defaultConfig: istiod drops it.',
          help: 'Did you mean drainDuration? Write drainDuration: "45s". istiod drops unknown ProxyConfig keys without a warning.',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 27,
          related: [],
          resource: null,
        },
      ],
    },
    {
      name: 'List item with a single-line JSON annotation: grace period written as a proxy key',
      files: [`${F}/list-json-annotation.yaml`],
      errors: [
        {
          messageId: 'gracePeriodKey',
          message: 'terminationGracePeriod in proxy.istio.io/config is not a ProxyConfig field: the grace period is set in the pod spec.',
          help: `Set terminationGracePeriodSeconds in the pod spec instead, and remove this key. ${ANN_IGNORES}`,
          line: 14,
          column: 73,
          endLine: 14,
          endColumn: 97,
          related: [],
          resource: 'StatefulSet bank/ledger',
        },
      ],
    },
    {
      name: 'CronJob: removed field and an env var as a direct key (current Istio)',
      files: [`${F}/cronjob-env-and-removed-field.yaml`],
      errors: [
        {
          messageId: 'removedKey',
          message: 'connectTimeout in proxy.istio.io/config was removed from ProxyConfig in Istio 1.6: Istio ignores it.',
          help: `Remove it: the field no longer exists. ${ANN_IGNORES}`,
          line: 14,
          column: 15,
          endLine: 14,
          endColumn: 29,
          related: [],
          resource: 'CronJob batch/report',
        },
        {
          messageId: 'envVarKey',
          message: "ISTIO_META_DNS_CAPTURE in proxy.istio.io/config is not under proxyMetadata: it never reaches the proxy's environment.",
          help: `Move it under proxyMetadata as a string (ISTIO_META_DNS_CAPTURE: "true"): only proxyMetadata entries become environment variables of the istio-proxy container. ${ANN_IGNORES}`,
          line: 15,
          column: 15,
          endLine: 15,
          endColumn: 37,
          related: [],
          resource: 'CronJob batch/report',
        },
      ],
    },
    {
      name: 'CronJob on Istio 1.5: connectTimeout still exists',
      files: [`${F}/cronjob-env-and-removed-field.yaml`],
      config: { istioVersion: '1.5' },
      errors: [
        {
          messageId: 'envVarKey',
          message: "ISTIO_META_DNS_CAPTURE in proxy.istio.io/config is not under proxyMetadata: it never reaches the proxy's environment.",
          help: `Move it under proxyMetadata as a string (ISTIO_META_DNS_CAPTURE: "true"): only proxyMetadata entries become environment variables of the istio-proxy container. ${ANN_IGNORES}`,
          line: 15,
          column: 15,
          endLine: 15,
          endColumn: 37,
          related: [],
          resource: 'CronJob batch/report',
        },
      ],
    },
    {
      name: 'parentShutdownDuration at mesh top level on Istio 1.16 (not removed yet): misplaced',
      files: [`${F}/parent-shutdown-top-level.yaml`],
      config: { istioVersion: '1.16' },
      errors: [
        {
          messageId: 'proxyFieldAtTop',
          message: 'parentShutdownDuration is a ProxyConfig field at the top level of the mesh config: istiod drops it.',
          help: `Move it to meshConfig.defaultConfig.parentShutdownDuration. ProxyConfig fields apply only under defaultConfig; ${MESH_DROPS}`,
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 27,
          related: [],
          resource: 'IstioOperator istio-system/control-plane',
        },
      ],
    },
    {
      name: 'Istio 1.9: parentShutdownDuration misplaced at top level, the env var as a direct key',
      files: [`${F}/helm-values-removed-keys.yaml`],
      config: { istioVersion: '1.9' },
      errors: [
        {
          messageId: 'proxyFieldAtTop',
          message: 'parentShutdownDuration is a ProxyConfig field at the top level of the mesh config: istiod drops it.',
          help: `Move it to meshConfig.defaultConfig.parentShutdownDuration. ProxyConfig fields apply only under defaultConfig; ${MESH_DROPS}`,
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 25,
          related: [],
          resource: 'HelmValues /',
        },
        {
          messageId: 'envVarAtTop',
          message: 'TERMINATION_DRAIN_DURATION_SECONDS is an environment variable at the top level of the mesh config: istiod drops it.',
          help: `Move it to meshConfig.defaultConfig.proxyMetadata.TERMINATION_DRAIN_DURATION_SECONDS, as a string: only proxyMetadata entries become environment variables of the proxies. ${MESH_DROPS}`,
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 37,
          related: [],
          resource: 'HelmValues /',
        },
        {
          messageId: 'envVarKey',
          message: "TERMINATION_DRAIN_DURATION_SECONDS in defaultConfig is not under proxyMetadata: it never reaches the proxy's environment.",
          help: 'Move it under proxyMetadata as a string (TERMINATION_DRAIN_DURATION_SECONDS: "45"): only proxyMetadata entries become environment variables of the istio-proxy container. istiod drops unknown ProxyConfig keys without a warning.',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 39,
          related: [],
          resource: null,
        },
      ],
    },
      {
      name: 'no close field: a made-up key in the annotation and at the mesh top level, a removed MeshConfig field',
      code: `apiVersion: install.istio.io/v1alpha1
kind: IstioOperator
metadata:
  name: control-plane
  namespace: istio-system
spec:
  meshConfig:
    mixerCheckServer: istio-policy.istio-system:15004
    gracefulShutdownMode: drain
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
  namespace: shop
spec:
  template:
    metadata:
      annotations:
        proxy.istio.io/config: |
          gracefulShutdownMode: drain
    spec:
      containers:
        - name: app
          image: example/checkout:1.0
`,
      errors: [
        {
          messageId: 'meshRemoved',
          message: 'mixerCheckServer was removed from MeshConfig in Istio 1.8: istiod drops it.',
          help: `Remove it: the field no longer exists. ${MESH_DROPS}`,
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 21,
          related: [],
          resource: 'IstioOperator istio-system/control-plane',
        },
        {
          messageId: 'meshUnknown',
          message: 'Unknown MeshConfig key gracefulShutdownMode: istiod drops it.',
          help: `Current Istio has no such MeshConfig field: remove it or fix the name. ${MESH_DROPS}`,
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 25,
          related: [],
          resource: 'IstioOperator istio-system/control-plane',
        },
        {
          messageId: 'unknownKey',
          message: 'Unknown key gracefulShutdownMode in proxy.istio.io/config: Istio ignores it.',
          help: `Current Istio has no such ProxyConfig field: remove it or fix the name. ${ANN_IGNORES}`,
          line: 21,
          column: 11,
          endLine: 21,
          endColumn: 31,
          related: [],
          resource: 'Deployment shop/checkout',
        },
      ],
    },
    {
      name: 'a misspelt drainDuration is suggested not below terminationDrainDuration; a misspelt longer terminationDrainDuration asks to raise drainDuration',
      code: `apiVersion: v1
kind: ConfigMap
metadata:
  name: istio
  namespace: istio-system
data:
  mesh: |
    defaultConfig:
      terminationDrainDuration: 20s
      drainDurationSeconds: 10
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
  namespace: shop
spec:
  template:
    metadata:
      annotations:
        proxy.istio.io/config: |
          terminationDrainDurationSecs: 60s
    spec:
      terminationGracePeriodSeconds: 90
      containers:
        - name: app
          image: example/checkout:1.0
`,
      errors: [
        {
          messageId: 'misspelt',
          message: 'Unknown key drainDurationSeconds in defaultConfig: istiod drops it.',
          help: 'Did you mean drainDuration? Write drainDuration: "20s" (not below terminationDrainDuration 20s (mesh config in ConfigMap istio-system/istio, inline.yaml:9), or Envoy stops accepting connections before the drain ends). istiod drops unknown ProxyConfig keys without a warning.',
          line: 10,
          column: 7,
          endLine: 10,
          endColumn: 27,
          related: [],
          resource: null,
        },
        {
          messageId: 'misspelt',
          message: 'Unknown key terminationDrainDurationSecs in proxy.istio.io/config: Istio ignores it, so terminationDrainDuration stays 20s.',
          help: `Did you mean terminationDrainDuration? Write terminationDrainDuration: "1m", and raise drainDuration to at least 1m. ${ANN_IGNORES} Values: terminationDrainDuration 20s (mesh config in ConfigMap istio-system/istio, inline.yaml:9).`,
          line: 22,
          column: 11,
          endLine: 22,
          endColumn: 39,
          related: [
            'inline.yaml:9:33 terminationDrainDuration 20s (mesh config in ConfigMap istio-system/istio)',
          ],
          resource: 'Deployment shop/checkout',
        },
      ],
    },
  ],
});
