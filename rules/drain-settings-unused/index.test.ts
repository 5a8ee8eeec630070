import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/drain-settings-unused';
const ANN = 'in the proxy.istio.io/config annotation of';
const MEANT = 'if the pod is meant to have a sidecar,';

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
          message: `terminationDrainDuration 30s and EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" ${ANN} DaemonSet monitoring/node-exporter are never read: the pod gets no sidecar (hostNetwork pods are never injected). Remove them, or, ${MEANT} turn hostNetwork off.`,
          line: 19,
          column: 37,
          endLine: 19,
          endColumn: 40,
          related: [
            `${F}/hostnetwork-daemonset.yaml:21:46 EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (proxy.istio.io/config annotation)`,
            `${F}/hostnetwork-daemonset.yaml:23:20 no sidecar: hostNetwork: true`,
          ],
        },
      ],
    },
    {
      name: 'inject "false" label with a one-line JSON annotation, and kube-system with a snake_case key',
      files: [`${F}/inject-false-and-kube-system.yaml`],
      errors: [
        {
          message: `drainDuration 60s and MINIMUM_DRAIN_DURATION "20s" ${ANN} Deployment data/batch-reader are never read: the pod gets no sidecar (sidecar.istio.io/inject is "false"). Remove them, or, ${MEANT} drop the sidecar.istio.io/inject: "false" label.`,
          line: 13,
          column: 51,
          endLine: 13,
          endColumn: 56,
          related: [
            `${F}/inject-false-and-kube-system.yaml:13:102 MINIMUM_DRAIN_DURATION "20s" (proxy.istio.io/config annotation)`,
            `${F}/inject-false-and-kube-system.yaml:11:34 no sidecar: sidecar.istio.io/inject label "false"`,
          ],
        },
        {
          message: `termination_drain_duration 10s ${ANN} Deployment kube-system/dns-cache is never read: the pod gets no sidecar (kube-system is never injected). Remove it, or, ${MEANT} run it in another namespace.`,
          line: 30,
          column: 39,
          endLine: 30,
          endColumn: 42,
          related: [`${F}/inject-false-and-kube-system.yaml:24:14 no sidecar: namespace kube-system`],
        },
      ],
    },
    {
      name: 'CronJob in an ambient Namespace given in another file',
      files: [`${F}/ambient-namespace`],
      errors: [
        {
          file: `${F}/ambient-namespace/cronjob.yaml`,
          message: `MINIMUM_DRAIN_DURATION "15s" ${ANN} CronJob orders/settle is never read: the pod gets no sidecar (it is in ambient mode (istio.io/dataplane-mode=ambient): ztunnel serves it, no sidecar). Remove it, or, ${MEANT} label the pod template sidecar.istio.io/inject: "true" (a sidecar takes precedence over ambient).`,
          line: 15,
          column: 41,
          endLine: 15,
          endColumn: 46,
          related: [`${F}/ambient-namespace/namespace.yaml:6:30 no sidecar: istio.io/dataplane-mode ambient`],
        },
      ],
    },
    {
      name: 'List: a Namespace without injection labels, and one with istio-injection=disabled and no pod opt-in',
      files: [`${F}/namespace-without-injection.yaml`],
      errors: [
        {
          message: `terminationDrainDuration 15s ${ANN} Deployment tools/linkcheck is never read: the pod gets no sidecar (Namespace tools does not enable injection). Remove it, or, ${MEANT} label Namespace tools istio-injection=enabled or the pod template sidecar.istio.io/inject: "true".`,
          line: 24,
          column: 41,
          endLine: 24,
          endColumn: 44,
          related: [`${F}/namespace-without-injection.yaml:7:13 no sidecar: Namespace tools (no istio-injection or istio.io/rev label)`],
        },
        {
          message: `EXIT_ON_ZERO_ACTIVE_CONNECTIONS "false" ${ANN} Deployment legacy/archive is never read: the pod gets no sidecar (Namespace legacy has istio-injection=disabled). Remove it, or, ${MEANT} set the istio-injection label of Namespace legacy to enabled.`,
          line: 40,
          column: 50,
          endLine: 40,
          endColumn: 57,
          related: [`${F}/namespace-without-injection.yaml:13:26 no sidecar: Namespace legacy label istio-injection=disabled`],
        },
      ],
    },
  ],
});
