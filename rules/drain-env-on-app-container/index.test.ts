import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/drain-env-on-app-container';

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
          messageId: 'appEnv',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS on container app is never read, so the proxy keeps false (default).",
          help: `Write proxyMetadata: {EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"} in the proxy.istio.io/config annotation (spec.template.metadata.annotations) and remove the entry from container app: pilot-agent reads only the istio-proxy container's own environment, which the injector builds from proxyMetadata. An injected sidecar is assumed: its pod template has the sidecar.istio.io/inject label. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (env of container app, ${F}/app-container-env.yaml:25); the proxy's EXIT_ON_ZERO_ACTIVE_CONNECTIONS false (default).`,
          line: 24,
          column: 21,
          endLine: 24,
          endColumn: 52,
          related: [],
          resource: "Deployment shop/checkout [app]",
        },
        {
          messageId: 'appEnv',
          message: "MINIMUM_DRAIN_DURATION on container app is never read, so the proxy keeps 5s (default).",
          help: `Write proxyMetadata: {MINIMUM_DRAIN_DURATION: "30s"} in the proxy.istio.io/config annotation (spec.template.metadata.annotations) and remove the entry from container app: pilot-agent reads only the istio-proxy container's own environment, which the injector builds from proxyMetadata. An injected sidecar is assumed: its pod template has the sidecar.istio.io/inject label. Values: MINIMUM_DRAIN_DURATION "30s" (env of container app, ${F}/app-container-env.yaml:27); the proxy's MINIMUM_DRAIN_DURATION 5s (default).`,
          line: 26,
          column: 21,
          endLine: 26,
          endColumn: 43,
          related: [],
          resource: "Deployment shop/checkout [app]",
        },
      ],
    },
    {
      name: 'CronJob init container and app container, mesh proxyMetadata in another file already sets both',
      files: [`${F}/init-container-with-mesh-config.yaml`, `${F}/mesh-istio-configmap.yaml`],
      errors: [
        {
          messageId: 'appEnvProxyHasValue',
          message: "MINIMUM_DRAIN_DURATION on init container fetch is never read; the proxy gets \"20s\" from the mesh config.",
          help: `Remove the entry from init container fetch, or set "45s" where the proxy gets it: pilot-agent reads only the istio-proxy container's own environment. An injected sidecar is assumed: an Istio mesh config is part of this run. Values: MINIMUM_DRAIN_DURATION "45s" (env of init container fetch, ${F}/init-container-with-mesh-config.yaml:20); the proxy's MINIMUM_DRAIN_DURATION "20s" (mesh config in ConfigMap istio-system/istio, ${F}/mesh-istio-configmap.yaml:11).`,
          line: 19,
          column: 25,
          endLine: 19,
          endColumn: 47,
          related: [
            `${F}/mesh-istio-configmap.yaml:11:33 MINIMUM_DRAIN_DURATION "20s" (mesh config in ConfigMap istio-system/istio)`,
          ],
          resource: "CronJob billing/settle [fetch]",
        },
        {
          messageId: 'appEnvProxyHasValue',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS on container settle is never read; the proxy gets \"true\" from the mesh config.",
          help: `Remove the entry from container settle: pilot-agent reads only the istio-proxy container's own environment. An injected sidecar is assumed: an Istio mesh config is part of this run. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (env of container settle, ${F}/init-container-with-mesh-config.yaml:26); the proxy's EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (mesh config in ConfigMap istio-system/istio, ${F}/mesh-istio-configmap.yaml:10).`,
          line: 25,
          column: 25,
          endLine: 25,
          endColumn: 56,
          related: [
            `${F}/mesh-istio-configmap.yaml:10:42 EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (mesh config in ConfigMap istio-system/istio)`,
          ],
          resource: "CronJob billing/settle [settle]",
        },
      ],
    },
    {
      name: 'Pod with its own istio-proxy container: move the entry there; TERMINATION_DRAIN_DURATION_SECONDS is not reported',
      files: [`${F}/user-istio-proxy-container.yaml`],
      errors: [
        {
          messageId: 'appEnvMoveToProxy',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on container sidecar-helper, not on the istio-proxy container, so the proxy keeps false (default).",
          help: `Move the entry to the env of the istio-proxy container (value "1"): pilot-agent reads only the istio-proxy container's own environment. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS "1" (env of container sidecar-helper, ${F}/user-istio-proxy-container.yaml:21); the proxy's EXIT_ON_ZERO_ACTIVE_CONNECTIONS false (default).`,
          line: 20,
          column: 17,
          endLine: 20,
          endColumn: 48,
          related: [],
          resource: "Pod ingress/edge [sidecar-helper]",
        },
      ],
    },
    {
      name: 'List: DaemonSet in a Namespace with istio-injection=enabled, unit-less MIN suggested as "90s"',
      files: [`${F}/list-namespace-injected.yaml`],
      errors: [
        {
          messageId: 'appEnv',
          message: "MINIMUM_DRAIN_DURATION on container transcoder is never read, so the proxy keeps 5s (default).",
          help: `Write proxyMetadata: {MINIMUM_DRAIN_DURATION: "90s"} in the proxy.istio.io/config annotation (spec.template.metadata.annotations) and remove the entry from container transcoder: pilot-agent reads only the istio-proxy container's own environment, which the injector builds from proxyMetadata. Values: MINIMUM_DRAIN_DURATION "90" (env of container transcoder, ${F}/list-namespace-injected.yaml:29); the proxy's MINIMUM_DRAIN_DURATION 5s (default).`,
          line: 28,
          column: 25,
          endLine: 28,
          endColumn: 47,
          related: [],
          resource: "DaemonSet media/transcoder [transcoder]",
        },
      ],
    },
  ],
});
