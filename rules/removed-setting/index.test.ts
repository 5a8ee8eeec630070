import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/removed-setting';

ruleTester(rule, {
  valid: [
    { name: 'the replacements (terminationDrainDuration, drainDuration, proxyMetadata) and an unrelated flag', files: [`${F}/current-settings.yaml`] },
    { name: 'Istio 1.9: TERMINATION_DRAIN_DURATION_SECONDS still overrides terminationDrainDuration', files: [`${F}/annotation-tdds-only.yaml`], config: { istioVersion: '1.9' } },
    { name: 'Istio 1.7: same', files: [`${F}/annotation-tdds-only.yaml`], config: { istioVersion: '1.7.8' } },
    { name: 'Istio 1.9: parentShutdownDuration and the env var still work', files: [`${F}/annotation.yaml`], config: { istioVersion: '1.9' } },
    { name: 'Istio 1.5: the pilot-agent flags and the env var still work', files: [`${F}/legacy-proxy-container.yaml`], config: { istioVersion: '1.5' } },
    { name: 'flags named like the removed ones on containers that do not run pilot-agent proxy', files: [`${F}/agent-flags-silent.yaml`] },
    { name: 'kube-inject output on the Istio 1.9 it came from', files: [`${F}/kube-inject-output.yaml`], config: { istioVersion: '1.9.9' } },
    { name: 'kube-inject output: Istio 1.9.9 read from its proxyv2 image, where the variable still works', files: [`${F}/kube-inject-output.yaml`] },
    { name: 'pre-injected container: Istio 1.5.10 read from its proxyv2 image, where the flags and the variable still work', files: [`${F}/legacy-proxy-container.yaml`] },
  ],
  invalid: [
    {
      name: 'Istio 1.10: the env var in the annotation proxyMetadata is ignored from this release',
      files: [`${F}/annotation-tdds-only.yaml`],
      config: { istioVersion: '1.10' },
      errors: [
        {
          messageId: 'tddsInProxyMetadata',
          message: "TERMINATION_DRAIN_DURATION_SECONDS in proxyMetadata was removed in Istio 1.10; terminationDrainDuration is 5s (default).",
          help: `Write terminationDrainDuration: "20s" in the annotation and remove the variable. Istio 1.10 removed the variable (from 1.7 to 1.9 it overrode terminationDrainDuration, the ProxyConfig field that replaced it). Values: TERMINATION_DRAIN_DURATION_SECONDS "20" (proxy.istio.io/config annotation, ${F}/annotation-tdds-only.yaml:13); terminationDrainDuration 5s (default).`,
          line: 13,
          column: 13,
          endLine: 13,
          endColumn: 47,
          related: [],
          resource: "Deployment shop/cart",
        },
      ],
    },
    {
      name: 'IstioOperator: mesh proxyMetadata and ingress gateway k8s.env (istio/istio#31383)',
      files: [`${F}/istio-operator-env.yaml`],
      errors: [
        {
          messageId: 'tddsInProxyMetadata',
          message: "TERMINATION_DRAIN_DURATION_SECONDS in proxyMetadata was removed in Istio 1.10; the mesh-wide terminationDrainDuration is 5s (default).",
          help: `Set meshConfig.defaultConfig.terminationDrainDuration: "60s" and remove the variable. Raise drainDuration to at least 60s and the terminationGracePeriodSeconds of pods that keep the default of 30 to at least 60 too: Envoy stops accepting connections at drainDuration and kubelet's SIGKILL at the grace period cuts the drain. Istio 1.10 removed the variable (from 1.7 to 1.9 it overrode terminationDrainDuration, the ProxyConfig field that replaced it). Values: TERMINATION_DRAIN_DURATION_SECONDS "60" (mesh config in IstioOperator istio-system/control-plane spec.meshConfig, ${F}/istio-operator-env.yaml:12); terminationDrainDuration 5s (default); drainDuration 45s (default).`,
          line: 12,
          column: 9,
          endLine: 12,
          endColumn: 43,
          related: [],
          resource: "IstioOperator istio-system/control-plane",
        },
        {
          messageId: 'tddsInGatewayEnv',
          message: "TERMINATION_DRAIN_DURATION_SECONDS in the gateway's k8s.env was removed in Istio 1.10; terminationDrainDuration is 5s (default).",
          help: `Set meshConfig.defaultConfig.terminationDrainDuration: "310s", or terminationDrainDuration: "310s" in a proxy.istio.io/config annotation under k8s.podAnnotations, and remove the variable. Raise drainDuration to at least 310s and terminationGracePeriodSeconds to at least 310 (set it with a k8s.overlays patch of spec.template.spec.terminationGracePeriodSeconds on this gateway entry) too: Envoy stops accepting connections at drainDuration and kubelet's SIGKILL at the grace period cuts the drain. Istio 1.10 removed the variable (from 1.7 to 1.9 it overrode terminationDrainDuration, the ProxyConfig field that replaced it). Values: TERMINATION_DRAIN_DURATION_SECONDS "310" (k8s.env of gateway istio-ingressgateway, ${F}/istio-operator-env.yaml:20); terminationDrainDuration 5s (default); drainDuration 45s (default); terminationGracePeriodSeconds 30 (default).`,
          line: 19,
          column: 21,
          endLine: 19,
          endColumn: 55,
          related: [],
          resource: "IstioOperator istio-system/control-plane",
        },
      ],
    },
    {
      name: 'annotation: parentShutdownDuration, and the env var beside a terminationDrainDuration',
      files: [`${F}/annotation.yaml`],
      errors: [
        {
          messageId: 'parentShutdownDuration',
          message: "parentShutdownDuration was removed in Istio 1.17; terminationDrainDuration is 30s.",
          help: `Remove it. Istio 1.17 removed the field; hot restart is disabled, so it never bounded the proxy's shutdown. Values: parentShutdownDuration 60s (proxy.istio.io/config annotation, ${F}/annotation.yaml:12); terminationDrainDuration 30s (proxy.istio.io/config annotation, ${F}/annotation.yaml:11).`,
          line: 12,
          column: 11,
          endLine: 12,
          endColumn: 33,
          related: [
            `${F}/annotation.yaml:11:37 terminationDrainDuration 30s (proxy.istio.io/config annotation)`,
          ],
          resource: "Deployment shop/checkout",
        },
        {
          messageId: 'tddsInProxyMetadata',
          message: "TERMINATION_DRAIN_DURATION_SECONDS in proxyMetadata was removed in Istio 1.10; terminationDrainDuration is 30s.",
          help: `Remove the variable. Istio 1.10 removed the variable (from 1.7 to 1.9 it overrode terminationDrainDuration, the ProxyConfig field that replaced it). Values: TERMINATION_DRAIN_DURATION_SECONDS "30" (proxy.istio.io/config annotation, ${F}/annotation.yaml:14); terminationDrainDuration 30s (proxy.istio.io/config annotation, ${F}/annotation.yaml:11).`,
          line: 14,
          column: 13,
          endLine: 14,
          endColumn: 47,
          related: [
            `${F}/annotation.yaml:11:37 terminationDrainDuration 30s (proxy.istio.io/config annotation)`,
          ],
          resource: "Deployment shop/checkout",
        },
      ],
    },
    {
      name: 'Istio 1.16: only the env var is removed',
      files: [`${F}/annotation.yaml`],
      config: { istioVersion: '1.16.7' },
      errors: [
        {
          messageId: 'tddsInProxyMetadata',
          message: "TERMINATION_DRAIN_DURATION_SECONDS in proxyMetadata was removed in Istio 1.10; terminationDrainDuration is 30s.",
          help: `Remove the variable. Istio 1.10 removed the variable (from 1.7 to 1.9 it overrode terminationDrainDuration, the ProxyConfig field that replaced it). Values: TERMINATION_DRAIN_DURATION_SECONDS "30" (proxy.istio.io/config annotation, ${F}/annotation.yaml:14); terminationDrainDuration 30s (proxy.istio.io/config annotation, ${F}/annotation.yaml:11).`,
          line: 14,
          column: 13,
          endLine: 14,
          endColumn: 47,
          related: [
            `${F}/annotation.yaml:11:37 terminationDrainDuration 30s (proxy.istio.io/config annotation)`,
          ],
          resource: "Deployment shop/checkout",
        },
      ],
    },
    {
      name: 'pre-injected istio-proxy container: pilot-agent flags and env, app container env (versions not read from its proxyv2:1.5.10 image)',
      files: [`${F}/legacy-proxy-container.yaml`],
      config: { inferVersions: false },
      errors: [
        {
          messageId: 'tddsInContainerEnv',
          message: "TERMINATION_DRAIN_DURATION_SECONDS on container app was removed in Istio 1.10; terminationDrainDuration is 5s (default).",
          help: `Set terminationDrainDuration: "20s" in the pod template's proxy.istio.io/config annotation and remove the variable. Istio 1.10 removed the variable (from 1.7 to 1.9 it overrode terminationDrainDuration, the ProxyConfig field that replaced it); only the istio-proxy container's env was ever read. Values: TERMINATION_DRAIN_DURATION_SECONDS "20" (env of container app, ${F}/legacy-proxy-container.yaml:16); terminationDrainDuration 5s (default).`,
          line: 15,
          column: 21,
          endLine: 15,
          endColumn: 55,
          related: [],
          resource: "Deployment shop/legacy [app]",
        },
        {
          messageId: 'drainDurationFlag',
          message: "pilot-agent flag --drainDuration was removed in Istio 1.6; drainDuration stays 45s (default).",
          help: `Write drainDuration: "45s" in the pod template's proxy.istio.io/config annotation instead and remove the flag. Istio 1.6 removed the flag, and pilot-agent tolerates unknown flags, so it is silently ignored. Values: pilot-agent flag --drainDuration 45s (args of the istio-proxy container, ${F}/legacy-proxy-container.yaml:22); drainDuration 45s (default).`,
          line: 22,
          column: 15,
          endLine: 22,
          endColumn: 30,
          related: [],
          resource: "Deployment shop/legacy [istio-proxy]",
        },
        {
          messageId: 'parentShutdownFlag',
          message: "pilot-agent flag --parentShutdownDuration was removed in Istio 1.6; terminationDrainDuration is 5s (default).",
          help: `Remove it. Istio 1.6 removed the flag, and pilot-agent tolerates unknown flags, so it is silently ignored. Values: pilot-agent flag --parentShutdownDuration=1m0s (args of the istio-proxy container, ${F}/legacy-proxy-container.yaml:24); terminationDrainDuration 5s (default).`,
          line: 24,
          column: 15,
          endLine: 24,
          endColumn: 44,
          related: [],
          resource: "Deployment shop/legacy [istio-proxy]",
        },
        {
          messageId: 'tddsInContainerEnv',
          message: "TERMINATION_DRAIN_DURATION_SECONDS on container istio-proxy was removed in Istio 1.10; terminationDrainDuration is 5s (default).",
          help: `Set terminationDrainDuration: "20s" in the pod template's proxy.istio.io/config annotation and remove the variable. Istio 1.10 removed the variable (from 1.7 to 1.9 it overrode terminationDrainDuration, the ProxyConfig field that replaced it). Values: TERMINATION_DRAIN_DURATION_SECONDS "20" (env of container istio-proxy, ${F}/legacy-proxy-container.yaml:27); terminationDrainDuration 5s (default).`,
          line: 26,
          column: 21,
          endLine: 26,
          endColumn: 55,
          related: [],
          resource: "Deployment shop/legacy [istio-proxy]",
        },
      ],
    },
    {
      name: 'Istio 1.9: only the pilot-agent flags (removed in 1.6); the env var still sets the drain',
      files: [`${F}/legacy-proxy-container.yaml`],
      config: { istioVersion: '1.9' },
      errors: [
        {
          messageId: 'drainDurationFlag',
          message: "pilot-agent flag --drainDuration was removed in Istio 1.6; drainDuration stays 45s (default).",
          help: `Write drainDuration: "45s" in the pod template's proxy.istio.io/config annotation instead and remove the flag. Istio 1.6 removed the flag, and pilot-agent tolerates unknown flags, so it is silently ignored. Values: pilot-agent flag --drainDuration 45s (args of the istio-proxy container, ${F}/legacy-proxy-container.yaml:22); drainDuration 45s (default).`,
          line: 22,
          column: 15,
          endLine: 22,
          endColumn: 30,
          related: [],
          resource: "Deployment shop/legacy [istio-proxy]",
        },
        {
          messageId: 'parentShutdownFlag',
          message: "pilot-agent flag --parentShutdownDuration was removed in Istio 1.6; terminationDrainDuration is 20s.",
          help: `Remove it. Istio 1.6 removed the flag, and pilot-agent tolerates unknown flags, so it is silently ignored. Values: pilot-agent flag --parentShutdownDuration=1m0s (args of the istio-proxy container, ${F}/legacy-proxy-container.yaml:24); terminationDrainDuration 20s (env of the istio-proxy container, ${F}/legacy-proxy-container.yaml:27).`,
          line: 24,
          column: 15,
          endLine: 24,
          endColumn: 44,
          related: [
            `${F}/legacy-proxy-container.yaml:27:22 terminationDrainDuration 20s (env of the istio-proxy container)`,
          ],
          resource: "Deployment shop/legacy [istio-proxy]",
        },
      ],
    },
    {
      name: 'kube-inject output on Istio 1.28 (the target version wins over its proxyv2:1.9.9 image): once on istio-proxy, not again on istio-init',
      files: [`${F}/kube-inject-output.yaml`],
      config: { istioVersion: '1.28' },
      errors: [
        {
          messageId: 'tddsInContainerEnv',
          message: "TERMINATION_DRAIN_DURATION_SECONDS on container istio-proxy was removed in Istio 1.10; terminationDrainDuration is 5s (default).",
          help: `Set terminationDrainDuration: "40s" in the pod template's proxy.istio.io/config annotation and remove the variable. Istio 1.10 removed the variable (from 1.7 to 1.9 it overrode terminationDrainDuration, the ProxyConfig field that replaced it). Values: TERMINATION_DRAIN_DURATION_SECONDS "40" (env of container istio-proxy, ${F}/kube-inject-output.yaml:29); terminationDrainDuration 5s (default).`,
          line: 28,
          column: 21,
          endLine: 28,
          endColumn: 55,
          related: [],
          resource: "Deployment bookinfo/reviews [istio-proxy]",
        },
      ],
    },
    {
      name: 'a pod without a sidecar (Namespace does not inject)',
      files: [`${F}/no-sidecar.yaml`],
      errors: [
        {
          messageId: 'removedNoSidecar',
          message: "TERMINATION_DRAIN_DURATION_SECONDS on container exporter was removed in Istio 1.10, and this pod gets no sidecar anyway.",
          help: "Remove the variable, or, if the pod is meant to be in the mesh, set terminationDrainDuration: \"15s\" in the pod template's proxy.istio.io/config annotation instead. The pod gets no sidecar (Namespace tools does not enable injection), and Istio 1.10 removed the variable (from 1.7 to 1.9 it overrode terminationDrainDuration, the ProxyConfig field that replaced it).",
          line: 19,
          column: 21,
          endLine: 19,
          endColumn: 55,
          related: [],
          resource: "Deployment tools/exporter [exporter]",
        },
      ],
    },
    {
      name: 'Helm values: removed settings as MeshConfig and defaultConfig keys',
      files: [`${F}/helm-values-direct-keys.yaml`],
      errors: [
        {
          messageId: 'parentShutdownDuration',
          message: "parentShutdownDuration was removed in Istio 1.17; the mesh-wide terminationDrainDuration is 5s (default).",
          help: `Remove it; the drain is meshConfig.defaultConfig.terminationDrainDuration. Istio 1.17 removed the field; hot restart is disabled, so it never bounded the proxy's shutdown. Values: parentShutdownDuration 60s (mesh config in Helm values ${F}/helm-values-direct-keys.yaml, ${F}/helm-values-direct-keys.yaml:3); terminationDrainDuration 5s (default).`,
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 25,
          related: [],
          resource: "HelmValues /",
        },
        {
          messageId: 'tddsAtMeshTopLevel',
          message: "TERMINATION_DRAIN_DURATION_SECONDS is not a MeshConfig field; the mesh-wide terminationDrainDuration is 5s (default).",
          help: `Set meshConfig.defaultConfig.terminationDrainDuration: "30s" and remove the key. It is a pilot-agent environment variable, never a MeshConfig field, and Istio 1.10 removed it (from 1.7 to 1.9 it overrode terminationDrainDuration, the ProxyConfig field that replaced it). Values: TERMINATION_DRAIN_DURATION_SECONDS "30" (mesh config in Helm values ${F}/helm-values-direct-keys.yaml, ${F}/helm-values-direct-keys.yaml:4); terminationDrainDuration 5s (default).`,
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 37,
          related: [],
          resource: "HelmValues /",
        },
        {
          messageId: 'tddsAsProxyConfigKey',
          message: "TERMINATION_DRAIN_DURATION_SECONDS is not a ProxyConfig key; the mesh-wide terminationDrainDuration is 5s (default).",
          help: `Set meshConfig.defaultConfig.terminationDrainDuration: "45s" and remove the key. Raise the terminationGracePeriodSeconds of pods that keep the default of 30 to at least 45 too: kubelet's SIGKILL at the grace period cuts the drain. It is a pilot-agent environment variable, never a ProxyConfig key, and Istio 1.10 removed it (from 1.7 to 1.9 it overrode terminationDrainDuration, the ProxyConfig field that replaced it). Values: TERMINATION_DRAIN_DURATION_SECONDS 45 (mesh config in Helm values ${F}/helm-values-direct-keys.yaml, ${F}/helm-values-direct-keys.yaml:6); terminationDrainDuration 5s (default).`,
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 39,
          related: [],
          resource: "HelmValues /",
        },
      ],
    },
    {
      name: 'multi-document file: ConfigMap mesh text, ProxyConfig resource, CronJob in a List',
      files: [`${F}/multi-doc-configmap-cr-cronjob.yaml`],
      errors: [
        {
          messageId: 'parentShutdownDuration',
          message: "parentShutdownDuration was removed in Istio 1.17; the mesh-wide terminationDrainDuration is 20s.",
          help: `Remove it. Istio 1.17 removed the field; hot restart is disabled, so it never bounded the proxy's shutdown. Values: parentShutdownDuration 30s (mesh config in ConfigMap istio-system/istio, ${F}/multi-doc-configmap-cr-cronjob.yaml:10); terminationDrainDuration 20s (mesh config in ConfigMap istio-system/istio, ${F}/multi-doc-configmap-cr-cronjob.yaml:9).`,
          line: 10,
          column: 7,
          endLine: 10,
          endColumn: 29,
          related: [
            `${F}/multi-doc-configmap-cr-cronjob.yaml:9:33 terminationDrainDuration 20s (mesh config in ConfigMap istio-system/istio)`,
          ],
          resource: "ConfigMap istio-system/istio",
        },
        {
          messageId: 'tddsInProxyMetadata',
          message: "TERMINATION_DRAIN_DURATION_SECONDS in proxyMetadata was removed in Istio 1.10; the mesh-wide terminationDrainDuration is 20s.",
          help: `Remove the variable. Istio 1.10 removed the variable (from 1.7 to 1.9 it overrode terminationDrainDuration, the ProxyConfig field that replaced it). Values: TERMINATION_DRAIN_DURATION_SECONDS "20" (mesh config in ConfigMap istio-system/istio, ${F}/multi-doc-configmap-cr-cronjob.yaml:12); terminationDrainDuration 20s (mesh config in ConfigMap istio-system/istio, ${F}/multi-doc-configmap-cr-cronjob.yaml:9).`,
          line: 12,
          column: 9,
          endLine: 12,
          endColumn: 43,
          related: [
            `${F}/multi-doc-configmap-cr-cronjob.yaml:9:33 terminationDrainDuration 20s (mesh config in ConfigMap istio-system/istio)`,
          ],
          resource: "ConfigMap istio-system/istio",
        },
        {
          messageId: 'tddsInProxyConfigResource',
          message: "TERMINATION_DRAIN_DURATION_SECONDS in environmentVariables was removed in Istio 1.10, and a ProxyConfig resource has no drain field.",
          help: `Set terminationDrainDuration: "40s" in the pod template's proxy.istio.io/config annotation, or meshConfig.defaultConfig.terminationDrainDuration mesh-wide, and remove the variable. Raise the terminationGracePeriodSeconds of pods that keep the default of 30 to at least 40 too: kubelet's SIGKILL at the grace period cuts the drain. Istio 1.10 removed the variable (from 1.7 to 1.9 it overrode terminationDrainDuration, the ProxyConfig field that replaced it); a ProxyConfig resource can set no drain duration. Values: TERMINATION_DRAIN_DURATION_SECONDS "40" (ProxyConfig batch/batch-drain, ${F}/multi-doc-configmap-cr-cronjob.yaml:21).`,
          line: 21,
          column: 5,
          endLine: 21,
          endColumn: 39,
          related: [],
          resource: "ProxyConfig batch/batch-drain",
        },
        {
          messageId: 'tddsInContainerEnv',
          message: "TERMINATION_DRAIN_DURATION_SECONDS on container report was removed in Istio 1.10; terminationDrainDuration is 20s.",
          help: `Set terminationDrainDuration: "40s" in the pod template's proxy.istio.io/config annotation and remove the variable. Raise terminationGracePeriodSeconds to at least 40 too: kubelet's SIGKILL at the grace period cuts the drain. Istio 1.10 removed the variable (from 1.7 to 1.9 it overrode terminationDrainDuration, the ProxyConfig field that replaced it); only the istio-proxy container's env was ever read. Values: TERMINATION_DRAIN_DURATION_SECONDS "40" (env of container report, ${F}/multi-doc-configmap-cr-cronjob.yaml:43); terminationDrainDuration 20s (mesh config in ConfigMap istio-system/istio, ${F}/multi-doc-configmap-cr-cronjob.yaml:9); terminationGracePeriodSeconds 30 (default).`,
          line: 42,
          column: 29,
          endLine: 42,
          endColumn: 63,
          related: [
            `${F}/multi-doc-configmap-cr-cronjob.yaml:9:33 terminationDrainDuration 20s (mesh config in ConfigMap istio-system/istio)`,
          ],
          resource: "CronJob batch/report [report]",
        },
      ],
    },
    {
      name: 'inline: EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, so no terminationDrainDuration is suggested',
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
spec:
  template:
    metadata:
      annotations:
        proxy.istio.io/config: |
          proxyMetadata:
            EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"
            TERMINATION_DRAIN_DURATION_SECONDS: "60"
    spec:
      containers:
        - name: orders
          image: example/orders:1.0
`,
      errors: [
        {
          messageId: 'tddsInProxyMetadata',
          message: "TERMINATION_DRAIN_DURATION_SECONDS in proxyMetadata was removed in Istio 1.10; terminationDrainDuration is 5s (default).",
          help: "Remove the variable: with EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, terminationDrainDuration is not read either (MINIMUM_DRAIN_DURATION sets the least drain). Istio 1.10 removed the variable (from 1.7 to 1.9 it overrode terminationDrainDuration, the ProxyConfig field that replaced it). Values: TERMINATION_DRAIN_DURATION_SECONDS \"60\" (proxy.istio.io/config annotation, inline.yaml:13); terminationDrainDuration 5s (default); EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation, inline.yaml:12).",
          line: 13,
          column: 13,
          endLine: 13,
          endColumn: 47,
          related: [],
          resource: "Deployment shop/orders",
        },
      ],
    },
    {
      name: 'inline: native sidecar, so no terminationDrainDuration is suggested',
      config: { istioVersion: '1.28', kubernetesVersion: '1.33' },
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
spec:
  template:
    metadata:
      labels:
        sidecar.istio.io/inject: "true"
    spec:
      containers:
        - name: orders
          image: example/orders:1.0
          env:
            - name: TERMINATION_DRAIN_DURATION_SECONDS
              value: "60"
`,
      errors: [
        {
          messageId: 'tddsInContainerEnv',
          message: "TERMINATION_DRAIN_DURATION_SECONDS on container orders was removed in Istio 1.10; terminationDrainDuration is 5s (default).",
          help: "Remove the variable: native sidecars do not use terminationDrainDuration either (the proxy stops once the app has exited). Istio 1.10 removed the variable (from 1.7 to 1.9 it overrode terminationDrainDuration, the ProxyConfig field that replaced it); only the istio-proxy container's env was ever read. Values: TERMINATION_DRAIN_DURATION_SECONDS \"60\" (env of container orders, inline.yaml:17); terminationDrainDuration 5s (default); sidecar mode native (ENABLE_NATIVE_SIDECARS=auto with Kubernetes 1.33).",
          line: 16,
          column: 21,
          endLine: 16,
          endColumn: 55,
          related: [],
          resource: "Deployment shop/orders [orders]",
        },
      ],
    },
    {
      name: 'pilot-agent flags on any container that runs pilot-agent proxy: a hand-written gateway, pilot-agent in the command',
      files: [`${F}/agent-flags-any-container.yaml`],
      errors: [
        {
          messageId: 'drainDurationFlag',
          message: 'pilot-agent flag --drainDuration was removed in Istio 1.6; drainDuration stays 45s (default).',
          help: `Write drainDuration: "45s" in the pod template's proxy.istio.io/config annotation instead and remove the flag. Istio 1.6 removed the flag, and pilot-agent tolerates unknown flags, so it is silently ignored. Values: pilot-agent flag --drainDuration 45s (args of the gateway container, ${F}/agent-flags-any-container.yaml:26); drainDuration 45s (default). Target: Istio 1.22.3, from the proxyv2 image of Deployment edge/edge-gateway in ${F}/agent-flags-any-container.yaml:20.`,
          line: 26,
          column: 15,
          endLine: 26,
          endColumn: 30,
          related: [],
          resource: 'Deployment edge/edge-gateway [gateway]',
        },
        {
          messageId: 'parentShutdownFlag',
          message: 'pilot-agent flag --parentShutdownDuration was removed in Istio 1.6; terminationDrainDuration is 5s (default).',
          help: `Remove it. Istio 1.6 removed the flag, and pilot-agent tolerates unknown flags, so it is silently ignored. Values: pilot-agent flag --parentShutdownDuration 1m0s (args of the gateway container, ${F}/agent-flags-any-container.yaml:28); terminationDrainDuration 5s (default). Target: Istio 1.22.3, from the proxyv2 image of Deployment edge/edge-gateway in ${F}/agent-flags-any-container.yaml:20.`,
          line: 28,
          column: 15,
          endLine: 28,
          endColumn: 39,
          related: [],
          resource: 'Deployment edge/edge-gateway [gateway]',
        },
        {
          messageId: 'terminationDrainFlag',
          message: 'pilot-agent has no --terminationDrainDuration flag and ignores it; terminationDrainDuration is 5s (default).',
          help: `Write terminationDrainDuration: "30s" in the pod template's proxy.istio.io/config annotation instead and remove the flag. pilot-agent never had this flag (terminationDrainDuration is a ProxyConfig field, and was TERMINATION_DRAIN_DURATION_SECONDS before it), and it tolerates unknown flags, so it is silently ignored. Values: pilot-agent flag --terminationDrainDuration=30s (args of the gateway container, ${F}/agent-flags-any-container.yaml:30); terminationDrainDuration 5s (default).`,
          line: 30,
          column: 15,
          endLine: 30,
          endColumn: 45,
          related: [],
          resource: 'Deployment edge/edge-gateway [gateway]',
        },
        {
          messageId: 'terminationDrainFlag',
          message: 'pilot-agent has no --terminationDrainDuration flag and ignores it; terminationDrainDuration is 5s (default).',
          help: `Write terminationDrainDuration: "20s" in the pod template's proxy.istio.io/config annotation instead and remove the flag. pilot-agent never had this flag (terminationDrainDuration is a ProxyConfig field, and was TERMINATION_DRAIN_DURATION_SECONDS before it), and it tolerates unknown flags, so it is silently ignored. Values: pilot-agent flag --terminationDrainDuration 20s (args of the envoy container, ${F}/agent-flags-any-container.yaml:53); terminationDrainDuration 5s (default).`,
          line: 53,
          column: 38,
          endLine: 53,
          endColumn: 66,
          related: [],
          resource: 'Deployment shop/reports [envoy]',
        },
      ],
    },
    {
      name: 'Istio 1.5 still has --drainDuration and --parentShutdownDuration; --terminationDrainDuration never existed',
      files: [`${F}/agent-flags-any-container.yaml`],
      config: { istioVersion: '1.5' },
      errors: [
        {
          messageId: 'terminationDrainFlag',
          message: "pilot-agent has no --terminationDrainDuration flag and ignores it; terminationDrainDuration is 5s (default).",
          help: `Set TERMINATION_DRAIN_DURATION_SECONDS to "30" in the env of the gateway container instead and remove the flag. pilot-agent never had this flag (terminationDrainDuration is a ProxyConfig field, and was TERMINATION_DRAIN_DURATION_SECONDS before it), and it tolerates unknown flags, so it is silently ignored. Values: pilot-agent flag --terminationDrainDuration=30s (args of the gateway container, ${F}/agent-flags-any-container.yaml:30); terminationDrainDuration 5s (default: Istio 1.5 has no terminationDrainDuration field, TERMINATION_DRAIN_DURATION_SECONDS sets it).`,
          line: 30,
          column: 15,
          endLine: 30,
          endColumn: 45,
          related: [],
          resource: "Deployment edge/edge-gateway [gateway]",
        },
        {
          messageId: 'terminationDrainFlag',
          message: "pilot-agent has no --terminationDrainDuration flag and ignores it; terminationDrainDuration is 5s (default).",
          help: `Set TERMINATION_DRAIN_DURATION_SECONDS to "20" in the env of the envoy container instead and remove the flag. pilot-agent never had this flag (terminationDrainDuration is a ProxyConfig field, and was TERMINATION_DRAIN_DURATION_SECONDS before it), and it tolerates unknown flags, so it is silently ignored. Values: pilot-agent flag --terminationDrainDuration 20s (args of the envoy container, ${F}/agent-flags-any-container.yaml:53); terminationDrainDuration 5s (default: Istio 1.5 has no terminationDrainDuration field, TERMINATION_DRAIN_DURATION_SECONDS sets it).`,
          line: 53,
          column: 38,
          endLine: 53,
          endColumn: 66,
          related: [],
          resource: "Deployment shop/reports [envoy]",
        },
      ],
    },
  ],
});
