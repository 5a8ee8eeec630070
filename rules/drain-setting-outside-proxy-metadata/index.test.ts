import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/drain-setting-outside-proxy-metadata';
const WHY = 'but it is an environment variable of the proxy, not a ProxyConfig field, and istiod drops unknown keys silently';

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
          message: `EXIT_ON_ZERO_ACTIVE_CONNECTIONS is a direct key of defaultConfig in the mesh config (ConfigMap istio-system/istio), ${WHY}, so no proxy gets EXIT_ON_ZERO_ACTIVE_CONNECTIONS from this mesh config. Write it as proxyMetadata: {EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"} under defaultConfig.`,
          line: 12,
          column: 7,
          endLine: 12,
          endColumn: 38,
          related: [],
        },
        {
          message: `MINIMUM_DRAIN_DURATION is a direct key of defaultConfig in the mesh config (ConfigMap istio-system/istio), ${WHY}, so no proxy gets MINIMUM_DRAIN_DURATION from this mesh config. Write it as proxyMetadata: {MINIMUM_DRAIN_DURATION: "30s"} under defaultConfig.`,
          line: 13,
          column: 7,
          endLine: 13,
          endColumn: 29,
        },
      ],
    },
    {
      name: 'IstioOperator: a YAML bool at the MeshConfig top level, and a direct key beside proxyMetadata that already sets it',
      files: [`${F}/istiooperator.yaml`],
      errors: [
        {
          message: `EXIT_ON_ZERO_ACTIVE_CONNECTIONS is written at the top level of the mesh config (IstioOperator istio-system/control-plane spec.meshConfig), ${WHY}, so no proxy gets EXIT_ON_ZERO_ACTIVE_CONNECTIONS from this mesh config. Write it as defaultConfig: {proxyMetadata: {EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"}}.`,
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 36,
        },
        {
          message: `MINIMUM_DRAIN_DURATION is a direct key of defaultConfig in the mesh config (IstioOperator istio-system/control-plane spec.meshConfig), ${WHY}, so it has no effect: defaultConfig.proxyMetadata sets it to "20s" (fixtures/drain-setting-outside-proxy-metadata/istiooperator.yaml:12), which is what proxies get. Remove this key, or write "25s" there.`,
          line: 10,
          column: 7,
          endLine: 10,
          endColumn: 29,
          related: [`${F}/istiooperator.yaml:12:33 MINIMUM_DRAIN_DURATION "20s" (defaultConfig.proxyMetadata)`],
        },
      ],
    },
    {
      name: 'annotation block scalar: a string and an unquoted number (suggested as "30s")',
      files: [`${F}/annotation-block-scalar.yaml`],
      errors: [
        {
          message: `EXIT_ON_ZERO_ACTIVE_CONNECTIONS is a direct key of the proxy.istio.io/config annotation, ${WHY}, so the proxy's EXIT_ON_ZERO_ACTIVE_CONNECTIONS stays false (default). Write it as proxyMetadata: {EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"} in the annotation.`,
          line: 16,
          column: 11,
          endLine: 16,
          endColumn: 42,
        },
        {
          message: `MINIMUM_DRAIN_DURATION is a direct key of the proxy.istio.io/config annotation, ${WHY}, so the proxy's MINIMUM_DRAIN_DURATION stays 5s (default). Write it as proxyMetadata: {MINIMUM_DRAIN_DURATION: "30s"} in the annotation.`,
          line: 17,
          column: 11,
          endLine: 17,
          endColumn: 33,
        },
      ],
    },
    {
      name: 'JSON annotation, mesh proxyMetadata from Helm values in another file already sets it',
      files: [`${F}/annotation-json.yaml`, `${F}/helm-values.yaml`],
      errors: [
        {
          message: `EXIT_ON_ZERO_ACTIVE_CONNECTIONS is a direct key of the proxy.istio.io/config annotation, ${WHY}, so it has no effect: the proxy gets EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" from mesh config in Helm values fixtures/drain-setting-outside-proxy-metadata/helm-values.yaml, fixtures/drain-setting-outside-proxy-metadata/helm-values.yaml:5. Remove this key.`,
          line: 17,
          column: 34,
          endLine: 17,
          endColumn: 67,
          related: [`${F}/helm-values.yaml:5:40 EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (mesh config in Helm values fixtures/drain-setting-outside-proxy-metadata/helm-values.yaml)`],
        },
      ],
    },
  ],
});
