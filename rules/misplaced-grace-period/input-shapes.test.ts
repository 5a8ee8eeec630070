/**
 * misplaced-grace-period on the input shapes of issue 10: the gateway chart's values (where the
 * grace period is a chart value) and istiod's values inside an Argo CD Application (located inside
 * the helm.values string).
 */
import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/misplaced-grace-period';

ruleTester(rule, {
  valid: [{ name: 'gateway chart values set the grace period at their top level, as the chart reads it', files: [`${F}/gateway-chart-values.yaml`] }],
  invalid: [
    {
      name: 'gateway chart values with a grace period inside the proxy.istio.io/config annotation of podAnnotations',
      files: [`${F}/gateway-values-annotation.yaml`],
      errors: [
        {
          messageId: 'inAnnotation',
          message: 'proxy.istio.io/config has no terminationGracePeriodSeconds: istiod drops the key, and the grace period stays 30 (default).',
          help: `Set it as a value of the gateway chart instead: terminationGracePeriodSeconds: 60, and remove it from the annotation. It is a pod field, not a ProxyConfig field, and istiod drops unknown ProxyConfig keys silently. Values: terminationGracePeriodSeconds 60 (proxy.istio.io/config annotation, ${F}/gateway-values-annotation.yaml:6); terminationGracePeriodSeconds 30 (default).`,
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 34,
          related: [],
          resource: 'Deployment /',
        },
      ],
    },
    {
      name: "Argo CD helm.values of istiod with a grace period in meshConfig.defaultConfig, inside the string",
      files: [`${F}/argo-istiod-values.yaml`],
      noWorkloads: true,
      errors: [
        {
          messageId: 'inMeshConfig',
          message: 'There is no mesh-wide grace period: istiod drops terminationGracePeriodSeconds from defaultConfig.',
          help: `Set terminationGracePeriodSeconds: 60 in the pod spec of each workload that needs it, and remove this key. ProxyConfig (defaultConfig) has no such field, and istiod drops unknown keys silently: each pod keeps its own terminationGracePeriodSeconds (default 30). Values: terminationGracePeriodSeconds 60 (mesh config in Helm values of Application argocd/istiod, ${F}/argo-istiod-values.yaml:16).`,
          line: 16,
          column: 13,
          endLine: 16,
          endColumn: 42,
          related: [],
          resource: 'Application argocd/istiod',
        },
      ],
    },
  ],
});
