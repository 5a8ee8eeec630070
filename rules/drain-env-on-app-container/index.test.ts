import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/drain-env-on-app-container';
const READS = "but pilot-agent reads only the istio-proxy container's own environment";

ruleTester(rule, {
  valid: [
    { name: 'variables on the istio-proxy container; TERMINATION_DRAIN_DURATION_SECONDS on the app is removed-setting', files: [`${F}/proxy-container-env.yaml`] },
    { name: 'no mesh signal, and sidecar.istio.io/inject "false"', files: [`${F}/no-mesh-signal.yaml`] },
    { name: 'kube-inject output: istio-init carries the rendered proxyMetadata', files: [`${F}/kube-inject-output.yaml`] },
    { name: 'pod denied by admission (its annotation does not validate): only that finding', files: [`${F}/annotation-admission-denied.yaml`] },
  ],
  invalid: [
    {
      name: 'app container with EZ and MIN, injection assumed from the pod label, defaults stay',
      files: [`${F}/app-container-env.yaml`],
      errors: [
        {
          message: `EXIT_ON_ZERO_ACTIVE_CONNECTIONS is set in the env of container app, ${READS}, so the proxy's EXIT_ON_ZERO_ACTIVE_CONNECTIONS stays false (default). Write it as proxyMetadata: {EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"} in the proxy.istio.io/config annotation (spec.template.metadata.annotations) and remove it from container app. (an injected sidecar is assumed: its pod template has the sidecar.istio.io/inject label)`,
          line: 24,
          column: 21,
          endLine: 24,
          endColumn: 52,
          related: [],
        },
        {
          message: `MINIMUM_DRAIN_DURATION is set in the env of container app, ${READS}, so the proxy's MINIMUM_DRAIN_DURATION stays 5s (default). Write it as proxyMetadata: {MINIMUM_DRAIN_DURATION: "30s"} in the proxy.istio.io/config annotation (spec.template.metadata.annotations) and remove it from container app. (an injected sidecar is assumed: its pod template has the sidecar.istio.io/inject label)`,
          line: 26,
          column: 21,
          endLine: 26,
          endColumn: 43,
        },
      ],
    },
    {
      name: 'CronJob init container and app container, mesh proxyMetadata in another file already sets both',
      files: [`${F}/init-container-with-mesh-config.yaml`, `${F}/mesh-istio-configmap.yaml`],
      errors: [
        {
          message: `MINIMUM_DRAIN_DURATION is set in the env of init container fetch, ${READS}, so it has no effect: the proxy gets MINIMUM_DRAIN_DURATION "20s" from mesh config in ConfigMap istio-system/istio, fixtures/drain-env-on-app-container/mesh-istio-configmap.yaml:11. Remove it from init container fetch, or set "45s" where the proxy gets it. (an injected sidecar is assumed: an Istio mesh config is part of this run)`,
          line: 19,
          column: 25,
          endLine: 19,
          endColumn: 47,
          related: [`${F}/mesh-istio-configmap.yaml:11:33 MINIMUM_DRAIN_DURATION "20s" (mesh config in ConfigMap istio-system/istio)`],
        },
        {
          message: `EXIT_ON_ZERO_ACTIVE_CONNECTIONS is set in the env of container settle, ${READS}, so it has no effect: the proxy gets EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" from mesh config in ConfigMap istio-system/istio, fixtures/drain-env-on-app-container/mesh-istio-configmap.yaml:10. Remove it from container settle. (an injected sidecar is assumed: an Istio mesh config is part of this run)`,
          line: 25,
          column: 25,
          endLine: 25,
          endColumn: 56,
          related: [`${F}/mesh-istio-configmap.yaml:10:42 EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (mesh config in ConfigMap istio-system/istio)`],
        },
      ],
    },
    {
      name: 'Pod with its own istio-proxy container: move the entry there; TERMINATION_DRAIN_DURATION_SECONDS is not reported',
      files: [`${F}/user-istio-proxy-container.yaml`],
      errors: [
        {
          message: `EXIT_ON_ZERO_ACTIVE_CONNECTIONS is set in the env of container sidecar-helper, ${READS}, so the proxy's EXIT_ON_ZERO_ACTIVE_CONNECTIONS stays false (default). Move the entry to the env of the istio-proxy container (value "1").`,
          line: 20,
          column: 17,
          endLine: 20,
          endColumn: 48,
        },
      ],
    },
    {
      name: 'List: DaemonSet in a Namespace with istio-injection=enabled, unit-less MIN suggested as "90s"',
      files: [`${F}/list-namespace-injected.yaml`],
      errors: [
        {
          message: `MINIMUM_DRAIN_DURATION is set in the env of container transcoder, ${READS}, so the proxy's MINIMUM_DRAIN_DURATION stays 5s (default). Write it as proxyMetadata: {MINIMUM_DRAIN_DURATION: "90s"} in the proxy.istio.io/config annotation (spec.template.metadata.annotations) and remove it from container transcoder.`,
          line: 28,
          column: 25,
          endLine: 28,
          endColumn: 47,
        },
      ],
    },
  ],
});
