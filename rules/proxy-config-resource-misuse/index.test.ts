import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/proxy-config-resource-misuse';

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
          messageId: 'prunedDuration',
          message: "terminationDrainDuration is not a ProxyConfig field and is pruned: Deployment shop/checkout keeps terminationDrainDuration 5s.",
          help: 'Set it in the proxy.istio.io/config annotation of the pod template (terminationDrainDuration: "45s") and remove it here. The ProxyConfig resource has only selector, concurrency, environmentVariables and image, and the API server prunes any other field (or rejects the whole resource when field validation is strict, as with kubectl). Values for Deployment shop/checkout: terminationDrainDuration 5s (default).',
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 27,
          file: `${F}/multi-file/proxyconfig.yaml`,
          related: [],
          resource: "ProxyConfig shop/shop-drain",
        },
      ],
    },
    {
      name: 'root-namespace resource written like a mesh defaultConfig (mesh config in another file), a selector without matchLabels, an empty matchLabels',
      files: [`${F}/spec-fields`],
      errors: [
        {
          messageId: 'prunedDuration',
          message: "drainDuration is not a ProxyConfig field and is pruned: Deployment api/api keeps drainDuration 50s.",
          help: `Set it in meshConfig.defaultConfig (drainDuration: "60s") for every proxy and remove it here. The ProxyConfig resource has only selector, concurrency, environmentVariables and image, and the API server prunes any other field (or rejects the whole resource when field validation is strict, as with kubectl). Values for Deployment api/api: drainDuration 50s (mesh config in ConfigMap istio-system/istio, ${F}/spec-fields/istio-configmap.yaml:9).`,
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 16,
          file: `${F}/spec-fields/proxyconfigs.yaml`,
          related: [
            `${F}/spec-fields/istio-configmap.yaml:9:22 drainDuration 50s (mesh config in ConfigMap istio-system/istio)`,
          ],
          resource: "ProxyConfig istio-system/mesh-proxy",
        },
        {
          messageId: 'prunedEnvVar',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is not a ProxyConfig field and is pruned: it never becomes a proxy environment variable.",
          help: 'Move it under spec.environmentVariables (as EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"), where proxy environment variables go. The ProxyConfig resource has only selector, concurrency, environmentVariables and image, and the API server prunes any other field (or rejects the whole resource when field validation is strict, as with kubectl). Values for Deployment api/api: EXIT_ON_ZERO_ACTIVE_CONNECTIONS false (default).',
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 34,
          file: `${F}/spec-fields/proxyconfigs.yaml`,
          related: [],
          resource: "ProxyConfig istio-system/mesh-proxy",
        },
        {
          messageId: 'prunedMetadata',
          message: "proxyMetadata is not a ProxyConfig field (the resource calls it environmentVariables) and is pruned: its variables never reach a proxy.",
          help: "Rename the key to environmentVariables. The ProxyConfig resource has only selector, concurrency, environmentVariables and image, and the API server prunes any other field (or rejects the whole resource when field validation is strict, as with kubectl). Values for Deployment api/api: MINIMUM_DRAIN_DURATION 5s (default).",
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 16,
          file: `${F}/spec-fields/proxyconfigs.yaml`,
          related: [],
          resource: "ProxyConfig istio-system/mesh-proxy",
        },
        {
          messageId: 'prunedField',
          message: "holdApplicationUntilProxyStarts is not a ProxyConfig field and is pruned: no proxy ever sees it.",
          help: "Set it in the proxy.istio.io/config annotation of the pod template or in meshConfig.defaultConfig and remove it here. The ProxyConfig resource has only selector, concurrency, environmentVariables and image, and the API server prunes any other field (or rejects the whole resource when field validation is strict, as with kubectl).",
          line: 12,
          column: 3,
          endLine: 12,
          endColumn: 34,
          file: `${F}/spec-fields/proxyconfigs.yaml`,
          related: [],
          resource: "ProxyConfig istio-system/mesh-proxy",
        },
        {
          messageId: 'selectorFieldNoLabels',
          message: "app is not a selector field and is pruned, which leaves no matchLabels: this ProxyConfig applies to no pod.",
          help: "Move it under spec.selector.matchLabels, or remove the selector to apply the resource to the whole namespace. A workload selector has only matchLabels, and istiod skips a ProxyConfig whose selector has no matchLabels.",
          line: 22,
          column: 5,
          endLine: 22,
          endColumn: 8,
          file: `${F}/spec-fields/proxyconfigs.yaml`,
          related: [],
          resource: "ProxyConfig api/api-proxy",
        },
        {
          messageId: 'emptySelector',
          message: "The selector has no matchLabels, so istiod applies this ProxyConfig to no pod.",
          help: "Remove the selector to apply it to namespace api, or add matchLabels. istiod skips it both as a namespace-wide ProxyConfig (it has a selector) and as a workload one (no labels to match).",
          line: 31,
          column: 3,
          endLine: 31,
          endColumn: 11,
          file: `${F}/spec-fields/proxyconfigs.yaml`,
          related: [],
          resource: "ProxyConfig api/empty-selector",
        },
      ],
    },
    {
      name: 'selector in the default root namespace matching pods of two other namespaces',
      files: [`${F}/root-selector.yaml`],
      errors: [
        {
          messageId: 'rootSelector',
          message: "A selector in the root namespace istio-system matches only pods of istio-system, not Deployment shop/checkout.",
          help: `Remove the selector to apply it mesh-wide, or create it in namespaces shop and outlet to target those pods. istiod looks up workload selectors only in the pod's own namespace, so it misses Deployment shop/checkout and 1 more workload outside istio-system. Values: root namespace istio-system (the default root namespace); pod labels app: checkout (Deployment shop/checkout, ${F}/root-selector.yaml:23); EXIT_ON_ZERO_ACTIVE_CONNECTIONS false (default).`,
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 11,
          related: [
            `${F}/root-selector.yaml:23:9 pod labels of Deployment shop/checkout`,
          ],
          resource: "ProxyConfig istio-system/checkout-drain",
        },
      ],
    },
    {
      name: 'rootNamespace set by the mesh config in another file: the selector in istio-config is reported, the one in istio-system is not',
      files: [`${F}/root-namespace-from-mesh`],
      errors: [
        {
          messageId: 'rootSelector',
          message: "A selector in the root namespace istio-config matches only pods of istio-config, not StatefulSet jobs/queue-worker.",
          help: `Remove the selector to apply it mesh-wide, or create it in namespace jobs to target those pods. istiod looks up workload selectors only in the pod's own namespace, so it misses StatefulSet jobs/queue-worker. Values: root namespace istio-config (rootNamespace of the mesh config in ConfigMap istio-system/istio, ${F}/root-namespace-from-mesh/istio-configmap.yaml:8); pod labels tier: worker (StatefulSet jobs/queue-worker, ${F}/root-namespace-from-mesh/workers.yaml:10); MINIMUM_DRAIN_DURATION 5s (default).`,
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 11,
          file: `${F}/root-namespace-from-mesh/proxyconfigs.yaml`,
          related: [
            `${F}/root-namespace-from-mesh/workers.yaml:10:9 pod labels of StatefulSet jobs/queue-worker`,
            `${F}/root-namespace-from-mesh/istio-configmap.yaml:8:20 rootNamespace istio-config (rootNamespace of the mesh config in ConfigMap istio-system/istio)`,
          ],
          resource: "ProxyConfig istio-config/worker-drain",
        },
      ],
    },
    {
      name: 'two selector-less resources in a namespace (creationTimestamp, one unquoted) and two in the root namespace (input order)',
      files: [`${F}/two-selectorless.yaml`],
      errors: [
        {
          messageId: 'olderSelectorless',
          message: "ProxyConfig shop/drain is older and also has no selector: istiod applies only that one and ignores this one.",
          help: `Merge its settings into ProxyConfig shop/drain and delete it. istiod applies only the oldest selector-less ProxyConfig of a namespace, and ProxyConfig shop/drain was created 2024-11-20T08:00:00Z, before this one (2025-03-01T10:00:00Z). Values for Deployment shop/cart: MINIMUM_DRAIN_DURATION 10s (ProxyConfig shop/drain, ${F}/two-selectorless.yaml:21).`,
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 17,
          related: [
            `${F}/two-selectorless.yaml:15:9 ProxyConfig shop/drain (applies)`,
            `${F}/two-selectorless.yaml:21:29 MINIMUM_DRAIN_DURATION 10s (ProxyConfig shop/drain)`,
          ],
          resource: "ProxyConfig shop/drain-v2",
        },
        {
          messageId: 'olderSelectorless',
          message: "ProxyConfig istio-system/mesh-defaults is older and also has no selector: istiod applies only that one and ignores this one.",
          help: "Merge its settings into ProxyConfig istio-system/mesh-defaults and delete it. istiod applies only the oldest selector-less ProxyConfig of the root namespace istio-system (the mesh-wide level), and ProxyConfig istio-system/mesh-defaults was listed earlier in the input (without creationTimestamp on both, drainlint takes input order as creation order). Values for Deployment web/frontend and 1 more workload: EXIT_ON_ZERO_ACTIVE_CONNECTIONS false (default).",
          line: 35,
          column: 9,
          endLine: 35,
          endColumn: 19,
          related: [
            `${F}/two-selectorless.yaml:27:9 ProxyConfig istio-system/mesh-defaults (applies)`,
          ],
          resource: "ProxyConfig istio-system/mesh-drain",
        },
      ],
    },
    {
      name: 'Gateway API gateways selected by istio.io/gateway-name, and by gateway-name plus another label',
      files: [`${F}/gateway-api.yaml`],
      errors: [
        {
          messageId: 'gatewaySelector',
          message: "The selector never matches Gateway edge/public, which istiod selects by gateway.networking.k8s.io/gateway-name alone.",
          help: `Select gateway.networking.k8s.io/gateway-name: public only. istiod computes the ProxyConfig of a Gateway API gateway from that single label (and no annotations), so a selector on any other label, or on that label plus another, never applies to it. Values: selector istio.io/gateway-name: public (spec.selector.matchLabels, ${F}/gateway-api.yaml:22); Gateway edge/public (class istio, ${F}/gateway-api.yaml:4); EXIT_ON_ZERO_ACTIVE_CONNECTIONS false (default); MINIMUM_DRAIN_DURATION 5s (default).`,
          line: 22,
          column: 7,
          endLine: 22,
          endColumn: 28,
          related: [
            `${F}/gateway-api.yaml:4:9 Gateway edge/public (class istio)`,
          ],
          resource: "ProxyConfig edge/public-drain",
        },
        {
          messageId: 'gatewaySelector',
          message: "The selector never matches Gateway edge/internal, which istiod selects by gateway.networking.k8s.io/gateway-name alone.",
          help: `Select gateway.networking.k8s.io/gateway-name: internal only. istiod computes the ProxyConfig of a Gateway API gateway from that single label (and no annotations), so a selector on any other label, or on that label plus another, never applies to it. Values: selector gateway.networking.k8s.io/gateway-name: internal, team: platform (spec.selector.matchLabels, ${F}/gateway-api.yaml:50); Gateway edge/internal (class istio, ${F}/gateway-api.yaml:30).`,
          line: 51,
          column: 7,
          endLine: 51,
          endColumn: 11,
          related: [
            `${F}/gateway-api.yaml:30:9 Gateway edge/internal (class istio)`,
          ],
          resource: "ProxyConfig edge/internal-tuning",
        },
      ],
    },
    {
      name: 'inline: a ProxyConfig no workload uses, with a stray selector key beside matchLabels, a drain duration and an unknown variable',
      code: `apiVersion: networking.istio.io/v1beta1
kind: ProxyConfig
metadata:
  name: batch-drain
  namespace: batch
spec:
  selector:
    matchLabels:
      app: batch
    tier: jobs
  terminationDrainDuration: 1m
  ISTIO_META_DNS_CAPTURE: "true"
`,
      errors: [
        {
          messageId: 'selectorField',
          message: "tier is not a selector field and is pruned: the selector matches by its matchLabels alone.",
          help: "Move it under spec.selector.matchLabels if the ProxyConfig should select by it too. A workload selector has only matchLabels, and the API server prunes any other field.",
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 9,
          related: [],
          resource: "ProxyConfig batch/batch-drain",
        },
        {
          messageId: 'prunedField',
          message: "terminationDrainDuration is not a ProxyConfig field and is pruned: no proxy ever sees it.",
          help: 'Set it in the proxy.istio.io/config annotation of the pod template (terminationDrainDuration: "1m") and remove it here. The ProxyConfig resource has only selector, concurrency, environmentVariables and image, and the API server prunes any other field (or rejects the whole resource when field validation is strict, as with kubectl).',
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 27,
          related: [],
          resource: "ProxyConfig batch/batch-drain",
        },
        {
          messageId: 'prunedEnvVar',
          message: "ISTIO_META_DNS_CAPTURE is not a ProxyConfig field and is pruned: it never becomes a proxy environment variable.",
          help: 'Move it under spec.environmentVariables (as ISTIO_META_DNS_CAPTURE: "true"), where proxy environment variables go. The ProxyConfig resource has only selector, concurrency, environmentVariables and image, and the API server prunes any other field (or rejects the whole resource when field validation is strict, as with kubectl).',
          line: 12,
          column: 3,
          endLine: 12,
          endColumn: 25,
          related: [],
          resource: "ProxyConfig batch/batch-drain",
        },
      ],
    },
  ],
});
