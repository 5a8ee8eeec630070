import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/drain-settings-unused';

ruleTester(rule, {
  valid: [
    {
      name: 'injection assumed, nothing drain-related (lifetime, concurrency, "" unset), own istio-proxy container, admission-denied annotation',
      files: [`${F}/silent.yaml`],
    },
    { name: 'inject-annotation-not-label explains the missing sidecar', files: ['fixtures/inject-annotation-not-label/annotation-in-plain-namespace.yaml'] },
    { name: 'injection-blocked-by-namespace explains the missing sidecar', files: ['fixtures/injection-blocked-by-namespace/disabled-namespace.yaml'] },
    { name: 'multi-file fixture: the Namespace injects', files: ['fixtures/proxy-config-resource-misuse/multi-file'] },
  ],
  invalid: [
    {
      name: 'hostNetwork DaemonSet: TDD and EZ in a block scalar (connection-lifetime is not a drain setting)',
      files: [`${F}/hostnetwork-daemonset.yaml`],
      errors: [
        {
          messageId: 'hostNetwork',
          message: 'terminationDrainDuration 30s and EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" are never read: hostNetwork pods get no sidecar.',
          help: `Remove them from the proxy.istio.io/config annotation, or, if the pod is meant to have a sidecar, turn hostNetwork off. Only the sidecar injector and pilot-agent read proxy.istio.io/config; without a sidecar the pod stops as plain Kubernetes does: preStop, SIGTERM, SIGKILL at terminationGracePeriodSeconds. Values: terminationDrainDuration 30s (proxy.istio.io/config annotation, ${F}/hostnetwork-daemonset.yaml:19); EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (proxy.istio.io/config annotation, ${F}/hostnetwork-daemonset.yaml:21); hostNetwork true (pod spec, ${F}/hostnetwork-daemonset.yaml:23).`,
          line: 19,
          column: 37,
          endLine: 19,
          endColumn: 40,
          related: [
            `${F}/hostnetwork-daemonset.yaml:21:46 EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (proxy.istio.io/config annotation)`,
            `${F}/hostnetwork-daemonset.yaml:23:20 no sidecar: hostNetwork: true`,
          ],
          resource: "DaemonSet monitoring/node-exporter",
        },
      ],
    },
    {
      name: 'inject "false" label with a one-line JSON annotation, and kube-system with a snake_case key',
      files: [`${F}/inject-false-and-kube-system.yaml`],
      errors: [
        {
          messageId: 'injectFalse',
          message: 'drainDuration 60s and MINIMUM_DRAIN_DURATION "20s" are never read: sidecar.istio.io/inject is "false", so there is no sidecar.',
          help: `Remove them from the proxy.istio.io/config annotation, or, if the pod is meant to have a sidecar, drop the sidecar.istio.io/inject: "false" label. Only the sidecar injector and pilot-agent read proxy.istio.io/config; without a sidecar the pod stops as plain Kubernetes does: preStop, SIGTERM, SIGKILL at terminationGracePeriodSeconds. Values: drainDuration 60s (proxy.istio.io/config annotation, ${F}/inject-false-and-kube-system.yaml:13); MINIMUM_DRAIN_DURATION "20s" (proxy.istio.io/config annotation, ${F}/inject-false-and-kube-system.yaml:13); sidecar.istio.io/inject "false" (pod label, ${F}/inject-false-and-kube-system.yaml:11).`,
          line: 13,
          column: 51,
          endLine: 13,
          endColumn: 56,
          related: [
            `${F}/inject-false-and-kube-system.yaml:13:102 MINIMUM_DRAIN_DURATION "20s" (proxy.istio.io/config annotation)`,
            `${F}/inject-false-and-kube-system.yaml:11:34 no sidecar: sidecar.istio.io/inject label "false"`,
          ],
          resource: "Deployment data/batch-reader",
        },
        {
          messageId: 'systemNamespace',
          message: "termination_drain_duration 10s is never read: pods in kube-system get no sidecar.",
          help: `Remove it from the proxy.istio.io/config annotation, or, if the pod is meant to have a sidecar, run it in another namespace. Only the sidecar injector and pilot-agent read proxy.istio.io/config; without a sidecar the pod stops as plain Kubernetes does: preStop, SIGTERM, SIGKILL at terminationGracePeriodSeconds. Values: termination_drain_duration 10s (proxy.istio.io/config annotation, ${F}/inject-false-and-kube-system.yaml:30); namespace kube-system (metadata.namespace, ${F}/inject-false-and-kube-system.yaml:24).`,
          line: 30,
          column: 39,
          endLine: 30,
          endColumn: 42,
          related: [
            `${F}/inject-false-and-kube-system.yaml:24:14 no sidecar: namespace kube-system`,
          ],
          resource: "Deployment kube-system/dns-cache",
        },
      ],
    },
    {
      name: 'CronJob in an ambient Namespace given in another file',
      files: [`${F}/ambient-namespace`],
      errors: [
        {
          messageId: 'ambient',
          message: 'MINIMUM_DRAIN_DURATION "15s" is never read: the pod is in ambient mode, without a sidecar.',
          help: `Remove it from the proxy.istio.io/config annotation, or, if the pod is meant to have a sidecar, label the pod template sidecar.istio.io/inject: "true" (a sidecar takes precedence over ambient). In ambient mode ztunnel carries the pod's traffic and has no per-pod drain settings. Only the sidecar injector and pilot-agent read proxy.istio.io/config; without a sidecar the pod stops as plain Kubernetes does: preStop, SIGTERM, SIGKILL at terminationGracePeriodSeconds. Values: MINIMUM_DRAIN_DURATION "15s" (proxy.istio.io/config annotation, ${F}/ambient-namespace/cronjob.yaml:15); istio.io/dataplane-mode "ambient" (label of Namespace orders, ${F}/ambient-namespace/namespace.yaml:6).`,
          line: 15,
          column: 41,
          endLine: 15,
          endColumn: 46,
          file: `${F}/ambient-namespace/cronjob.yaml`,
          related: [
            `${F}/ambient-namespace/namespace.yaml:6:30 no sidecar: istio.io/dataplane-mode ambient`,
          ],
          resource: "CronJob orders/settle",
        },
      ],
    },
    {
      name: 'List: a Namespace without injection labels, and one with istio-injection=disabled and no pod opt-in',
      files: [`${F}/namespace-without-injection.yaml`],
      errors: [
        {
          messageId: 'namespaceNotInjecting',
          message: "terminationDrainDuration 15s is never read: neither Namespace tools nor the pod opts in to sidecar injection.",
          help: `Remove it from the proxy.istio.io/config annotation, or, if the pod is meant to have a sidecar, label Namespace tools istio-injection=enabled or the pod template sidecar.istio.io/inject: "true". Only the sidecar injector and pilot-agent read proxy.istio.io/config; without a sidecar the pod stops as plain Kubernetes does: preStop, SIGTERM, SIGKILL at terminationGracePeriodSeconds. Values: terminationDrainDuration 15s (proxy.istio.io/config annotation, ${F}/namespace-without-injection.yaml:24); istio-injection and istio.io/rev labels unset (Namespace tools, ${F}/namespace-without-injection.yaml:7).`,
          line: 24,
          column: 41,
          endLine: 24,
          endColumn: 44,
          related: [
            `${F}/namespace-without-injection.yaml:7:13 no sidecar: Namespace tools (no istio-injection or istio.io/rev label)`,
          ],
          resource: "Deployment tools/linkcheck",
        },
        {
          messageId: 'namespaceOptOut',
          message: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS "false" is never read: Namespace legacy has istio-injection=disabled, so there is no sidecar.',
          help: `Remove it from the proxy.istio.io/config annotation, or, if the pod is meant to have a sidecar, set the istio-injection label of Namespace legacy to enabled. Only the sidecar injector and pilot-agent read proxy.istio.io/config; without a sidecar the pod stops as plain Kubernetes does: preStop, SIGTERM, SIGKILL at terminationGracePeriodSeconds. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS "false" (proxy.istio.io/config annotation, ${F}/namespace-without-injection.yaml:40); istio-injection "disabled" (label of Namespace legacy, ${F}/namespace-without-injection.yaml:13).`,
          line: 40,
          column: 50,
          endLine: 40,
          endColumn: 57,
          related: [
            `${F}/namespace-without-injection.yaml:13:26 no sidecar: Namespace legacy label istio-injection=disabled`,
          ],
          resource: "Deployment legacy/archive",
        },
      ],
    },
    {
      name: 'inline: the inject "false" annotation, pod label ambient, four settings (snake_case and camelCase)',
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: sync
  namespace: ops
spec:
  template:
    metadata:
      annotations:
        sidecar.istio.io/inject: "false"
        proxy.istio.io/config: |
          drain_duration: 20s
          terminationDrainDuration: 10s
          proxyMetadata:
            EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"
            MINIMUM_DRAIN_DURATION: 5s
    spec:
      containers:
        - name: sync
          image: example/sync:1.0
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: cache
  namespace: ops
spec:
  template:
    metadata:
      labels:
        istio.io/dataplane-mode: ambient
      annotations:
        proxy.istio.io/config: '{"terminationDrainDuration": "12s"}'
    spec:
      containers:
        - name: cache
          image: example/cache:1.0
`,
      errors: [
        {
          messageId: 'injectFalse',
          message: 'drain_duration 20s and 3 more drain settings are never read: sidecar.istio.io/inject is "false", so there is no sidecar.',
          help: 'Remove them from the proxy.istio.io/config annotation, or, if the pod is meant to have a sidecar, drop the sidecar.istio.io/inject: "false" annotation. Only the sidecar injector and pilot-agent read proxy.istio.io/config; without a sidecar the pod stops as plain Kubernetes does: preStop, SIGTERM, SIGKILL at terminationGracePeriodSeconds. Values: drain_duration 20s (proxy.istio.io/config annotation, inline.yaml:12); terminationDrainDuration 10s (proxy.istio.io/config annotation, inline.yaml:13); EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (proxy.istio.io/config annotation, inline.yaml:15); MINIMUM_DRAIN_DURATION "5s" (proxy.istio.io/config annotation, inline.yaml:16); sidecar.istio.io/inject "false" (pod annotation, inline.yaml:10).',
          line: 12,
          column: 27,
          endLine: 12,
          endColumn: 30,
          related: [
            "inline.yaml:13:37 terminationDrainDuration 10s (proxy.istio.io/config annotation)",
            'inline.yaml:15:46 EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (proxy.istio.io/config annotation)',
            'inline.yaml:16:37 MINIMUM_DRAIN_DURATION "5s" (proxy.istio.io/config annotation)',
            'inline.yaml:10:34 no sidecar: sidecar.istio.io/inject annotation "false"',
          ],
          resource: "Deployment ops/sync",
        },
        {
          messageId: 'ambient',
          message: "terminationDrainDuration 12s is never read: the pod is in ambient mode, without a sidecar.",
          help: `Remove it from the proxy.istio.io/config annotation, or, if the pod is meant to have a sidecar, label the pod template sidecar.istio.io/inject: "true" (a sidecar takes precedence over ambient). In ambient mode ztunnel carries the pod's traffic and has no per-pod drain settings. Only the sidecar injector and pilot-agent read proxy.istio.io/config; without a sidecar the pod stops as plain Kubernetes does: preStop, SIGTERM, SIGKILL at terminationGracePeriodSeconds. Values: terminationDrainDuration 12s (proxy.istio.io/config annotation, inline.yaml:33); istio.io/dataplane-mode "ambient" (pod label, inline.yaml:31).`,
          line: 33,
          column: 62,
          endLine: 33,
          endColumn: 67,
          related: [
            "inline.yaml:31:34 no sidecar: istio.io/dataplane-mode ambient",
          ],
          resource: "Deployment ops/cache",
        },
      ],
    },
  ],
});
