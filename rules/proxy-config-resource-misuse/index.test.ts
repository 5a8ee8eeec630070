import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/proxy-config-resource-misuse';
const PRUNED = 'so the API server prunes it (or rejects the whole resource when field validation is strict, as with kubectl) and no proxy ever sees it';
const ONLY = 'the ProxyConfig resource has only selector, concurrency, environmentVariables and image';
const ROOT_SELECTOR = 'where a selector matches only pods of';

ruleTester(rule, {
  valid: [
    {
      name: 'one selector-less resource per namespace, a namespace selector, a root selector for a root-namespace gateway, gateway-name for a Gateway',
      files: [`${F}/silent.yaml`],
    },
    { name: 'no ProxyConfig at all', files: ['fixtures/drain-settings-unused/hostnetwork-daemonset.yaml'] },
  ],
  invalid: [
    {
      name: 'multi-file: Namespace, ProxyConfig, Deployment + Service, VirtualService in four files; terminationDrainDuration is pruned',
      files: [`${F}/multi-file`],
      errors: [
        {
          file: `${F}/multi-file/proxyconfig.yaml`,
          message: `terminationDrainDuration is not a field of ProxyConfig shop/shop-drain: ${ONLY}, ${PRUNED}: Deployment shop/checkout drains for terminationDrainDuration 5s (default). Set it in the proxy.istio.io/config annotation of the pod template (terminationDrainDuration: "45s") and remove it here.`,
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 27,
          related: [],
        },
      ],
    },
    {
      name: 'root-namespace resource written like a mesh defaultConfig (mesh config in another file), a selector without matchLabels, an empty matchLabels',
      files: [`${F}/spec-fields`],
      errors: [
        {
          file: `${F}/spec-fields/proxyconfigs.yaml`,
          message: `drainDuration is not a field of ProxyConfig istio-system/mesh-proxy: ${ONLY}, ${PRUNED}: Deployment api/api has drainDuration 50s (mesh config in ConfigMap istio-system/istio, ${F}/spec-fields/istio-configmap.yaml:9). Set it in meshConfig.defaultConfig (drainDuration: "60s") for every proxy and remove it here.`,
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 16,
          related: [`${F}/spec-fields/istio-configmap.yaml:9:22 drainDuration 50s (mesh config in ConfigMap istio-system/istio)`],
        },
        {
          file: `${F}/spec-fields/proxyconfigs.yaml`,
          message: `EXIT_ON_ZERO_ACTIVE_CONNECTIONS is not a field of ProxyConfig istio-system/mesh-proxy: proxy environment variables go under spec.environmentVariables, ${PRUNED}: Deployment api/api gets EXIT_ON_ZERO_ACTIVE_CONNECTIONS false (default). Move it to spec.environmentVariables as EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true".`,
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 34,
        },
        {
          file: `${F}/spec-fields/proxyconfigs.yaml`,
          message: `proxyMetadata is not a field of ProxyConfig istio-system/mesh-proxy: the ProxyConfig resource calls it environmentVariables, ${PRUNED}: Deployment api/api gets MINIMUM_DRAIN_DURATION 5s (default). Rename the key to environmentVariables.`,
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 16,
        },
        {
          file: `${F}/spec-fields/proxyconfigs.yaml`,
          message: `holdApplicationUntilProxyStarts is not a field of ProxyConfig istio-system/mesh-proxy: ${ONLY}, ${PRUNED}. Set it in the proxy.istio.io/config annotation of the pod template or in meshConfig.defaultConfig instead.`,
          line: 12,
          column: 3,
          endLine: 12,
          endColumn: 34,
        },
        {
          file: `${F}/spec-fields/proxyconfigs.yaml`,
          message:
            'app is not a field of the selector of ProxyConfig api/api-proxy (a workload selector has only matchLabels): the API server prunes it, and istiod skips a ProxyConfig whose selector has no matchLabels, so the resource applies to no pod. Move it under spec.selector.matchLabels, or remove the selector to apply the resource to the whole namespace.',
          line: 22,
          column: 5,
          endLine: 22,
          endColumn: 8,
        },
        {
          file: `${F}/spec-fields/proxyconfigs.yaml`,
          message:
            'ProxyConfig api/empty-selector has a selector without matchLabels: istiod skips it both as a namespace-wide ProxyConfig (it has a selector) and as a workload one (no labels to match), so it applies to no pod. Remove the selector to apply it to namespace api, or add matchLabels.',
          line: 31,
          column: 3,
          endLine: 31,
          endColumn: 11,
        },
      ],
    },
    {
      name: 'selector in the default root namespace matching pods of two other namespaces',
      files: [`${F}/root-selector.yaml`],
      errors: [
        {
          message: `ProxyConfig istio-system/checkout-drain has a selector (app: checkout) but sits in the root namespace istio-system, ${ROOT_SELECTOR} istio-system itself: it does not reach Deployment shop/checkout (${F}/root-selector.yaml:23), which has EXIT_ON_ZERO_ACTIVE_CONNECTIONS false (default), nor 1 more workload outside istio-system. Remove the selector to apply it mesh-wide, or create it in namespaces shop and outlet to target those pods.`,
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 11,
          related: [`${F}/root-selector.yaml:23:9 pod labels of Deployment shop/checkout`],
        },
      ],
    },
    {
      name: 'rootNamespace set by the mesh config in another file: the selector in istio-config is reported, the one in istio-system is not',
      files: [`${F}/root-namespace-from-mesh`],
      errors: [
        {
          file: `${F}/root-namespace-from-mesh/proxyconfigs.yaml`,
          message: `ProxyConfig istio-config/worker-drain has a selector (tier: worker) but sits in the root namespace istio-config (rootNamespace of the mesh config in ConfigMap istio-system/istio, ${F}/root-namespace-from-mesh/istio-configmap.yaml:8), ${ROOT_SELECTOR} istio-config itself: it does not reach StatefulSet jobs/queue-worker (${F}/root-namespace-from-mesh/workers.yaml:10), which has MINIMUM_DRAIN_DURATION 5s (default). Remove the selector to apply it mesh-wide, or create it in namespace jobs to target those pods.`,
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 11,
          related: [
            `${F}/root-namespace-from-mesh/workers.yaml:10:9 pod labels of StatefulSet jobs/queue-worker`,
            `${F}/root-namespace-from-mesh/istio-configmap.yaml:8:20 rootNamespace istio-config (rootNamespace of the mesh config in ConfigMap istio-system/istio)`,
          ],
        },
      ],
    },
    {
      name: 'two selector-less resources in a namespace (creationTimestamp, one unquoted) and two in the root namespace (input order)',
      files: [`${F}/two-selectorless.yaml`],
      errors: [
        {
          message: `ProxyConfig shop/drain-v2 has no selector, and neither has ProxyConfig shop/drain (${F}/two-selectorless.yaml:15), which is older: created 2024-11-20T08:00:00Z, before this one (2025-03-01T10:00:00Z). istiod applies only the oldest selector-less ProxyConfig of a namespace, so this one is ignored: Deployment shop/cart gets MINIMUM_DRAIN_DURATION 10s (ProxyConfig shop/drain, ${F}/two-selectorless.yaml:21). Merge its settings into ProxyConfig shop/drain and delete it.`,
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 17,
          related: [`${F}/two-selectorless.yaml:15:9 ProxyConfig shop/drain (applies)`, `${F}/two-selectorless.yaml:21:29 MINIMUM_DRAIN_DURATION 10s (ProxyConfig shop/drain)`],
        },
        {
          message: `ProxyConfig istio-system/mesh-drain has no selector, and neither has ProxyConfig istio-system/mesh-defaults (${F}/two-selectorless.yaml:27), which is older: listed earlier in the input (without creationTimestamp on both, drainlint takes input order as creation order). istiod applies only the oldest selector-less ProxyConfig of the root namespace istio-system (the mesh-wide level), so this one is ignored: Deployment web/frontend gets EXIT_ON_ZERO_ACTIVE_CONNECTIONS false (default). Merge its settings into ProxyConfig istio-system/mesh-defaults and delete it.`,
          line: 35,
          column: 9,
          endLine: 35,
          endColumn: 19,
          related: [`${F}/two-selectorless.yaml:27:9 ProxyConfig istio-system/mesh-defaults (applies)`],
        },
      ],
    },
    {
      name: 'Gateway API gateways selected by istio.io/gateway-name, and by gateway-name plus another label',
      files: [`${F}/gateway-api.yaml`],
      errors: [
        {
          message: `ProxyConfig edge/public-drain selects istio.io/gateway-name: public, but istiod computes the ProxyConfig of Gateway edge/public (class istio, ${F}/gateway-api.yaml:4) from the single label gateway.networking.k8s.io/gateway-name: public, so this resource never applies to it: the gateway gets EXIT_ON_ZERO_ACTIVE_CONNECTIONS false (default) and MINIMUM_DRAIN_DURATION 5s (default). Select gateway.networking.k8s.io/gateway-name: public only.`,
          line: 22,
          column: 7,
          endLine: 22,
          endColumn: 28,
          related: [`${F}/gateway-api.yaml:4:9 Gateway edge/public (class istio)`],
        },
        {
          message: `ProxyConfig edge/internal-tuning selects gateway.networking.k8s.io/gateway-name: internal, team: platform, but istiod computes the ProxyConfig of Gateway edge/internal (class istio, ${F}/gateway-api.yaml:30) from the single label gateway.networking.k8s.io/gateway-name: internal, so this resource never applies to it. Select gateway.networking.k8s.io/gateway-name: internal only.`,
          line: 51,
          column: 7,
          endLine: 51,
          endColumn: 11,
          related: [`${F}/gateway-api.yaml:30:9 Gateway edge/internal (class istio)`],
        },
      ],
    },
  ],
});
