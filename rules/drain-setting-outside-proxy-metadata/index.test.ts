import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/drain-setting-outside-proxy-metadata';

ruleTester(rule, {
  valid: [
    {
      name: 'under proxyMetadata (mesh and annotation); TERMINATION_DRAIN_DURATION_SECONDS and camelCase spellings belong to other rules; app env is not this rule',
      files: [`${F}/under-proxy-metadata.yaml`],
    },
    { noWorkloads: true, name: 'Helm values with proxyMetadata only', files: [`${F}/helm-values.yaml`] },
    { name: 'direct key in an annotation that admission denies (only proxy-metadata-not-string is reported)', files: [`${F}/annotation-admission-denied.yaml`] },
  ],
  invalid: [
    {
      name: 'istio ConfigMap: both variables as direct defaultConfig keys inside the mesh block scalar',
      files: [`${F}/configmap-default-config.yaml`],
      errors: [
        {
          messageId: 'meshKey',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS as a direct key of defaultConfig is dropped by istiod, so no proxy gets it from this mesh config.",
          help: `Write it as proxyMetadata: {EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"} under defaultConfig. It is an environment variable of the proxy, not a ProxyConfig field: istiod drops unknown keys silently, and only proxyMetadata entries become the proxy's environment. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (mesh config in ConfigMap istio-system/istio, ${F}/configmap-default-config.yaml:12).`,
          line: 12,
          column: 7,
          endLine: 12,
          endColumn: 38,
          related: [],
          resource: "ConfigMap istio-system/istio",
        },
        {
          messageId: 'meshKey',
          message: "MINIMUM_DRAIN_DURATION as a direct key of defaultConfig is dropped by istiod, so no proxy gets it from this mesh config.",
          help: `Write it as proxyMetadata: {MINIMUM_DRAIN_DURATION: "30s"} under defaultConfig. It is an environment variable of the proxy, not a ProxyConfig field: istiod drops unknown keys silently, and only proxyMetadata entries become the proxy's environment. Values: MINIMUM_DRAIN_DURATION 30s (mesh config in ConfigMap istio-system/istio, ${F}/configmap-default-config.yaml:13).`,
          line: 13,
          column: 7,
          endLine: 13,
          endColumn: 29,
          related: [],
          resource: "ConfigMap istio-system/istio",
        },
      ],
    },
    {
      name: 'IstioOperator: a YAML bool at the MeshConfig top level, and a direct key beside proxyMetadata that already sets it',
      files: [`${F}/istiooperator.yaml`],
      errors: [
        {
          messageId: 'meshKey',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS at the top level of the mesh config is dropped by istiod, so no proxy gets it from this mesh config.",
          help: `Write it as defaultConfig: {proxyMetadata: {EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"}}. It is an environment variable of the proxy, not a ProxyConfig field: istiod drops unknown keys silently, and only proxyMetadata entries become the proxy's environment. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (mesh config in IstioOperator istio-system/control-plane spec.meshConfig, ${F}/istiooperator.yaml:8).`,
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 36,
          related: [],
          resource: "IstioOperator istio-system/control-plane",
        },
        {
          messageId: 'meshKeyProxyHasValue',
          message: "MINIMUM_DRAIN_DURATION as a direct key of defaultConfig is dropped by istiod; proxies get \"20s\" from defaultConfig.proxyMetadata.",
          help: `Remove this key, or write "25s" in defaultConfig.proxyMetadata. It is an environment variable of the proxy, not a ProxyConfig field: istiod drops unknown keys silently, and only proxyMetadata entries become the proxy's environment. Values: MINIMUM_DRAIN_DURATION 25s (mesh config in IstioOperator istio-system/control-plane spec.meshConfig, ${F}/istiooperator.yaml:10); defaultConfig.proxyMetadata.MINIMUM_DRAIN_DURATION "20s" (mesh config in IstioOperator istio-system/control-plane spec.meshConfig, ${F}/istiooperator.yaml:12).`,
          line: 10,
          column: 7,
          endLine: 10,
          endColumn: 29,
          related: [
            `${F}/istiooperator.yaml:12:33 MINIMUM_DRAIN_DURATION "20s" (defaultConfig.proxyMetadata)`,
          ],
          resource: "IstioOperator istio-system/control-plane",
        },
      ],
    },
    {
      name: 'annotation block scalar: a string and an unquoted number (suggested as "30s")',
      files: [`${F}/annotation-block-scalar.yaml`],
      errors: [
        {
          messageId: 'annotationKey',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS as a direct key of proxy.istio.io/config is dropped by istiod, so the proxy keeps false (default).",
          help: `Write it as proxyMetadata: {EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"} in the annotation. It is an environment variable of the proxy, not a ProxyConfig field: istiod drops unknown keys silently, and only proxyMetadata entries become the proxy's environment. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (proxy.istio.io/config annotation, ${F}/annotation-block-scalar.yaml:16); the proxy's EXIT_ON_ZERO_ACTIVE_CONNECTIONS false (default).`,
          line: 16,
          column: 11,
          endLine: 16,
          endColumn: 42,
          related: [],
          resource: "Deployment shop/checkout",
        },
        {
          messageId: 'annotationKey',
          message: "MINIMUM_DRAIN_DURATION as a direct key of proxy.istio.io/config is dropped by istiod, so the proxy keeps 5s (default).",
          help: `Write it as proxyMetadata: {MINIMUM_DRAIN_DURATION: "30s"} in the annotation. It is an environment variable of the proxy, not a ProxyConfig field: istiod drops unknown keys silently, and only proxyMetadata entries become the proxy's environment. Values: MINIMUM_DRAIN_DURATION 30 (proxy.istio.io/config annotation, ${F}/annotation-block-scalar.yaml:17); the proxy's MINIMUM_DRAIN_DURATION 5s (default).`,
          line: 17,
          column: 11,
          endLine: 17,
          endColumn: 33,
          related: [],
          resource: "Deployment shop/checkout",
        },
      ],
    },
    {
      name: 'JSON annotation, mesh proxyMetadata from Helm values in another file already sets it',
      files: [`${F}/annotation-json.yaml`, `${F}/helm-values.yaml`],
      errors: [
        {
          messageId: 'annotationKeyProxyHasValue',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS as a direct key of proxy.istio.io/config is dropped by istiod; the proxy gets \"true\" from the mesh config.",
          help: `Remove this key. It is an environment variable of the proxy, not a ProxyConfig field: istiod drops unknown keys silently, and only proxyMetadata entries become the proxy's environment. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (proxy.istio.io/config annotation, ${F}/annotation-json.yaml:17); the proxy's EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (mesh config in Helm values ${F}/helm-values.yaml, ${F}/helm-values.yaml:5).`,
          line: 17,
          column: 34,
          endLine: 17,
          endColumn: 67,
          related: [
            `${F}/helm-values.yaml:5:40 EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (mesh config in Helm values ${F}/helm-values.yaml)`,
          ],
          resource: "StatefulSet finance/ledger",
        },
      ],
    },
  ],
});
