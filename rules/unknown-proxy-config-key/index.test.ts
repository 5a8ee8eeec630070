import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/unknown-proxy-config-key';
const IOP = 'the mesh config (IstioOperator istio-system/control-plane spec.meshConfig)';

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
          message:
            'Unknown key terminationDrainDurationSeconds in the proxy.istio.io/config annotation of Deployment shop/checkout: the injector and pilot-agent ignore unknown keys, so terminationDrainDuration stays 5s (default); did you mean terminationDrainDuration? Write terminationDrainDuration: "45s".',
          line: 13,
          column: 11,
          endLine: 13,
          endColumn: 42,
        },
      ],
    },
    {
      name: 'istio ConfigMap in another file: ProxyConfig field at top level, misspelt proxyMetadata',
      files: [`${F}/two-files/deployment.yaml`, `${F}/two-files/istio-configmap.yaml`],
      errors: [
        {
          message:
            'Unknown key terminationDrainDurationSecond in the proxy.istio.io/config annotation of Deployment shop/orders: the injector and pilot-agent ignore unknown keys, so terminationDrainDuration stays 30s (mesh config in ConfigMap istio-system/istio, fixtures/unknown-proxy-config-key/two-files/istio-configmap.yaml:11); did you mean terminationDrainDuration? Write terminationDrainDuration: "40s".',
          line: 11,
          column: 11,
          endLine: 11,
          endColumn: 41,
          related: [`${F}/two-files/istio-configmap.yaml:11:33 terminationDrainDuration 30s (mesh config in ConfigMap istio-system/istio)`],
        },
        {
          file: `${F}/two-files/istio-configmap.yaml`,
          message:
            'Unknown key holdApplicationUntilProxyStarts at the top level of the mesh config (ConfigMap istio-system/istio): istiod drops unknown MeshConfig keys silently; holdApplicationUntilProxyStarts is a ProxyConfig field and belongs under defaultConfig: move it to meshConfig.defaultConfig.holdApplicationUntilProxyStarts.',
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 36,
        },
        {
          file: `${F}/two-files/istio-configmap.yaml`,
          message:
            "Unknown key proxyMetaData in defaultConfig of the mesh config (ConfigMap istio-system/istio): istiod drops unknown ProxyConfig keys silently, so EXIT_ON_ZERO_ACTIVE_CONNECTIONS never reaches the proxy's environment; did you mean proxyMetadata? Rename the key to proxyMetadata.",
          line: 12,
          column: 7,
          endLine: 12,
          endColumn: 20,
        },
      ],
    },
    {
      name: 'IstioOperator meshConfig: typo, ProxyConfig field, env var and misspelt ProxyConfig field at top level',
      files: [`${F}/istio-operator-top-level.yaml`],
      errors: [
        {
          message: `Unknown key accessLogFormatt at the top level of ${IOP}: istiod drops unknown MeshConfig keys silently; did you mean accessLogFormat?`,
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 21,
        },
        {
          message: `Unknown key terminationDrainDuration at the top level of ${IOP}: istiod drops unknown MeshConfig keys silently; terminationDrainDuration is a ProxyConfig field and belongs under defaultConfig: move it to meshConfig.defaultConfig.terminationDrainDuration.`,
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 29,
        },
        {
          message: `Unknown key ISTIO_META_DNS_CAPTURE at the top level of ${IOP}: istiod drops unknown MeshConfig keys silently; it is a proxy environment variable and belongs under defaultConfig.proxyMetadata, as a string: move it to meshConfig.defaultConfig.proxyMetadata.ISTIO_META_DNS_CAPTURE.`,
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 27,
        },
        {
          message: `Unknown key terminationDrainDurationSecs at the top level of ${IOP}: istiod drops unknown MeshConfig keys silently; did you mean terminationDrainDuration? It is a ProxyConfig field and belongs under defaultConfig: write meshConfig.defaultConfig.terminationDrainDuration: "20s".`,
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 33,
        },
      ],
    },
    {
      name: 'Helm values: snake_case accepted, a made-up snake_case key is not',
      files: [`${F}/helm-values-snake-case.yaml`],
      errors: [
        {
          message: `Unknown key drain_duration_seconds in defaultConfig of the mesh config (Helm values ${F}/helm-values-snake-case.yaml): istiod drops unknown ProxyConfig keys silently; did you mean drainDuration? Write drainDuration: "45s".`,
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 27,
        },
      ],
    },
    {
      name: 'List item with a single-line JSON annotation: grace period written as a proxy key',
      files: [`${F}/list-json-annotation.yaml`],
      errors: [
        {
          message:
            'Unknown key terminationGracePeriod in the proxy.istio.io/config annotation of StatefulSet bank/ledger: the injector and pilot-agent ignore unknown keys; the grace period is not a proxy setting: set terminationGracePeriodSeconds in the pod spec instead.',
          line: 14,
          column: 73,
          endLine: 14,
          endColumn: 97,
        },
      ],
    },
    {
      name: 'CronJob: removed field and an env var as a direct key (current Istio)',
      files: [`${F}/cronjob-env-and-removed-field.yaml`],
      errors: [
        {
          message: 'Unknown key connectTimeout in the proxy.istio.io/config annotation of CronJob batch/report: the injector and pilot-agent ignore unknown keys; connectTimeout was removed in Istio 1.6: remove it.',
          line: 14,
          column: 15,
          endLine: 14,
          endColumn: 29,
        },
        {
          message:
            'Unknown key ISTIO_META_DNS_CAPTURE in the proxy.istio.io/config annotation of CronJob batch/report: the injector and pilot-agent ignore unknown keys; it looks like a proxy environment variable, and only proxyMetadata turns those into env: move it under proxyMetadata as a string (ISTIO_META_DNS_CAPTURE: "true").',
          line: 15,
          column: 15,
          endLine: 15,
          endColumn: 37,
        },
      ],
    },
    {
      name: 'CronJob on Istio 1.5: connectTimeout still exists',
      files: [`${F}/cronjob-env-and-removed-field.yaml`],
      config: { istioVersion: '1.5' },
      errors: [
        {
          message:
            'Unknown key ISTIO_META_DNS_CAPTURE in the proxy.istio.io/config annotation of CronJob batch/report: the injector and pilot-agent ignore unknown keys; it looks like a proxy environment variable, and only proxyMetadata turns those into env: move it under proxyMetadata as a string (ISTIO_META_DNS_CAPTURE: "true").',
          line: 15,
          column: 15,
          endLine: 15,
          endColumn: 37,
        },
      ],
    },
    {
      name: 'parentShutdownDuration at mesh top level on Istio 1.16 (not removed yet): misplaced',
      files: [`${F}/parent-shutdown-top-level.yaml`],
      config: { istioVersion: '1.16' },
      errors: [
        {
          message: `Unknown key parentShutdownDuration at the top level of ${IOP}: istiod drops unknown MeshConfig keys silently; parentShutdownDuration is a ProxyConfig field and belongs under defaultConfig: move it to meshConfig.defaultConfig.parentShutdownDuration.`,
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 27,
        },
      ],
    },
    {
      name: 'Istio 1.9: parentShutdownDuration misplaced at top level, the env var as a direct key',
      files: [`${F}/helm-values-removed-keys.yaml`],
      config: { istioVersion: '1.9' },
      errors: [
        {
          message: `Unknown key parentShutdownDuration at the top level of the mesh config (Helm values ${F}/helm-values-removed-keys.yaml): istiod drops unknown MeshConfig keys silently; parentShutdownDuration is a ProxyConfig field and belongs under defaultConfig: move it to meshConfig.defaultConfig.parentShutdownDuration.`,
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 25,
        },
        {
          message: `Unknown key TERMINATION_DRAIN_DURATION_SECONDS at the top level of the mesh config (Helm values ${F}/helm-values-removed-keys.yaml): istiod drops unknown MeshConfig keys silently; it is a proxy environment variable and belongs under defaultConfig.proxyMetadata, as a string: move it to meshConfig.defaultConfig.proxyMetadata.TERMINATION_DRAIN_DURATION_SECONDS.`,
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 37,
        },
        {
          message: `Unknown key TERMINATION_DRAIN_DURATION_SECONDS in defaultConfig of the mesh config (Helm values ${F}/helm-values-removed-keys.yaml): istiod drops unknown ProxyConfig keys silently; it looks like a proxy environment variable, and only proxyMetadata turns those into env: move it under proxyMetadata as a string (TERMINATION_DRAIN_DURATION_SECONDS: "45").`,
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 39,
        },
      ],
    },
  ],
});
