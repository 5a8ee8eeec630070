import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/native-sidecar-ignores-drain-settings';
const AUTO = { istioVersion: '1.28', kubernetesVersion: '1.33' };

ruleTester(rule, {
  valid: [
    { name: 'classic, native with drainDuration only or nothing, gateway, not injected, admission denied, suppressed', files: [`${F}/silent-cases.yaml`] },
    { name: 'Kubernetes 1.28: forced native does not work (native-sidecar-unsupported)', files: [`${F}/annotation-native.yaml`], config: { kubernetesVersion: '1.28' } },
    { name: 'Istio 1.23 does not know the nativeSidecar annotation', files: [`${F}/annotation-native.yaml`], config: { istioVersion: '1.23', kubernetesVersion: '1.30' } },
    { name: 'no versions: ENABLE_NATIVE_SIDECARS unset is classic', files: [`${F}/proxy-container-env.yaml`] },
    { name: 'Istio 1.26 keeps auto off (false by default)', files: [`${F}/proxy-container-env.yaml`], config: { istioVersion: '1.26', kubernetesVersion: '1.33' } },
  ],
  invalid: [
    {
      name: 'TDD, EZ and MIN in one annotation block scalar: points at TDD, the others are related',
      files: [`${F}/annotation-native.yaml`],
      errors: [
        {
          messageId: 'unused',
          message: "terminationDrainDuration 30s, EXIT_ON_ZERO_ACTIVE_CONNECTIONS \"true\" and MINIMUM_DRAIN_DURATION 20s are unused: native sidecars stop Envoy once the app exits.",
          help: `Remove them; with native sidecars only the app's stop time (preStop + shutdown) has to fit terminationGracePeriodSeconds. The pod runs a native sidecar, whose preStop drains Envoy when termination starts and whose SIGTERM, sent only after the app has exited, makes pilot-agent stop Envoy at once. An injected sidecar is assumed: its pod template has the sidecar.istio.io/nativeSidecar annotation. Values: terminationDrainDuration 30s (proxy.istio.io/config annotation, ${F}/annotation-native.yaml:13); EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (proxy.istio.io/config annotation, ${F}/annotation-native.yaml:15); MINIMUM_DRAIN_DURATION 20s (proxy.istio.io/config annotation, ${F}/annotation-native.yaml:16); sidecar mode native (sidecar.istio.io/nativeSidecar annotation, ${F}/annotation-native.yaml:11).`,
          line: 13,
          column: 37,
          endLine: 13,
          endColumn: 40,
          related: [
            `${F}/annotation-native.yaml:15:46 EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation)`,
            `${F}/annotation-native.yaml:16:37 MINIMUM_DRAIN_DURATION 20s (proxy.istio.io/config annotation)`,
            `${F}/annotation-native.yaml:11:41 native sidecar mode (sidecar.istio.io/nativeSidecar annotation)`,
          ],
          resource: "Deployment shop/orders",
        },
      ],
    },
    {
      name: 'istiod ENABLE_NATIVE_SIDECARS=true and a mesh-wide TDD: once on the mesh document, kept for the classic workload',
      files: [`${F}/istiod-mesh`],
      errors: [
        {
          messageId: 'unused',
          message: "terminationDrainDuration 20s is unused: native sidecars stop Envoy once the app exits.",
          help: `Keep it only for gateways and classic sidecars (in this run: Deployment shop/legacy); with native sidecars only the app's stop time (preStop + shutdown) has to fit terminationGracePeriodSeconds. Deployment shop/catalog runs a native sidecar, whose preStop drains Envoy when termination starts and whose SIGTERM, sent only after the app has exited, makes pilot-agent stop Envoy at once. An injected sidecar is assumed: an Istio mesh config is part of this run. Values: terminationDrainDuration 20s (mesh config in ConfigMap istio-system/istio, ${F}/istiod-mesh/istiod.yaml:28); sidecar mode native (ENABLE_NATIVE_SIDECARS=true (istiod Deployment istio-system/istiod), ${F}/istiod-mesh/istiod.yaml:18). Target: Istio 1.26.2, from the pilot image of Deployment istio-system/istiod in ${F}/istiod-mesh/istiod.yaml:15. The same applies to 1 more workload using this mesh config: StatefulSet shop/ledger.`,
          line: 28,
          column: 33,
          endLine: 28,
          endColumn: 36,
          file: `${F}/istiod-mesh/istiod.yaml`,
          related: [
            `${F}/istiod-mesh/istiod.yaml:18:22 native sidecar mode (ENABLE_NATIVE_SIDECARS=true (istiod Deployment istio-system/istiod))`,
          ],
          resource: null,
        },
      ],
    },
    {
      name: 'Istio 1.20 with ENABLE_NATIVE_SIDECARS=true: no /drain preStop yet, the classic drain runs after the app (the nativeSidecar "false" of shop/legacy is ignored before 1.24)',
      files: [`${F}/istiod-mesh`],
      config: { istioVersion: '1.20', kubernetesVersion: '1.29' },
      errors: [
        {
          messageId: 'hookMissing',
          message: "terminationDrainDuration 20s applies only once the app exits: Istio 1.20 injects no /drain preStop.",
          help: `Upgrade to Istio 1.21 or later for the /drain preStop; keep it only for gateways and classic sidecars. Istio 1.20 injects none (it came in 1.21), so istio-proxy drains nothing while the app serves: it gets SIGTERM only after the app has exited and only then runs the classic drain, keeping a proxy without its app for another terminationDrainDuration 20s. An injected sidecar is assumed: an Istio mesh config is part of this run. Values: terminationDrainDuration 20s (mesh config in ConfigMap istio-system/istio, ${F}/istiod-mesh/istiod.yaml:28); sidecar mode native (ENABLE_NATIVE_SIDECARS=true (istiod Deployment istio-system/istiod), ${F}/istiod-mesh/istiod.yaml:18). The same applies to 2 more workloads using this mesh config: Deployment shop/legacy and StatefulSet shop/ledger.`,
          line: 28,
          column: 33,
          endLine: 28,
          endColumn: 36,
          file: `${F}/istiod-mesh/istiod.yaml`,
          related: [
            `${F}/istiod-mesh/istiod.yaml:18:22 native sidecar mode (ENABLE_NATIVE_SIDECARS=true (istiod Deployment istio-system/istiod))`,
          ],
          resource: null,
        },
      ],
    },
    {
      name: 'native by ENABLE_NATIVE_SIDECARS=auto on Istio 1.28 / Kubernetes 1.33; EZ "1" in a declared istio-proxy env',
      files: [`${F}/proxy-container-env.yaml`],
      config: AUTO,
      errors: [
        {
          messageId: 'unused',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS \"1\" is unused: native sidecars stop Envoy once the app exits.",
          help: `Remove EXIT_ON_ZERO_ACTIVE_CONNECTIONS; with native sidecars only the app's stop time (preStop + shutdown) has to fit terminationGracePeriodSeconds. The pod runs a native sidecar, whose preStop drains Envoy when termination starts and whose SIGTERM, sent only after the app has exited, makes pilot-agent stop Envoy at once. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS "1" (env of the istio-proxy container, ${F}/proxy-container-env.yaml:24); sidecar mode native (ENABLE_NATIVE_SIDECARS=auto with Kubernetes 1.33).`,
          line: 24,
          column: 22,
          endLine: 24,
          endColumn: 25,
          related: [],
          resource: "Deployment shop/search",
        },
      ],
    },
    {
      name: 'values.global.proxy.lifecycle replaces the /drain preStop (TDD in a JSON annotation)',
      files: [`${F}/global-lifecycle.yaml`],
      errors: [
        {
          messageId: 'hookReplaced',
          message: "terminationDrainDuration 25s applies only once the app exits: the sidecar's /drain preStop is replaced.",
          help: `Put the preStop \`pilot-agent request --debug-port=15020 POST drain\` back and remove terminationDrainDuration. The /drain preStop of the native sidecar of this pod is replaced by values.global.proxy.lifecycle (IstioOperator istio-system/control-plane) at ${F}/global-lifecycle.yaml:11, so istio-proxy drains nothing while the app serves: it gets SIGTERM only after the app has exited and only then runs the classic drain, keeping a proxy without its app for another terminationDrainDuration 25s. An injected sidecar is assumed: its pod template has the sidecar.istio.io/nativeSidecar annotation. Values: terminationDrainDuration 25s (proxy.istio.io/config annotation, ${F}/global-lifecycle.yaml:26); sidecar mode native (sidecar.istio.io/nativeSidecar annotation, ${F}/global-lifecycle.yaml:25).`,
          line: 26,
          column: 62,
          endLine: 26,
          endColumn: 67,
          related: [
            `${F}/global-lifecycle.yaml:25:41 native sidecar mode (sidecar.istio.io/nativeSidecar annotation)`,
            `${F}/global-lifecycle.yaml:11:9 the native sidecar's /drain preStop is replaced by values.global.proxy.lifecycle (IstioOperator istio-system/control-plane)`,
          ],
          resource: "Deployment shop/payments",
        },
      ],
    },
    {
      name: "a Pod's own istio-proxy preStop replaces the /drain hook; EZ on: MIN and the checks follow the app",
      files: [`${F}/own-prestop.yaml`],
      errors: [
        {
          messageId: 'hookReplaced',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS \"true\" and MINIMUM_DRAIN_DURATION 15s apply only once the app exits: the sidecar's /drain preStop is replaced.",
          help: `Put the preStop \`pilot-agent request --debug-port=15020 POST drain\` back and remove them. The /drain preStop of the native sidecar of this pod is replaced by the preStop of the istio-proxy container at ${F}/own-prestop.yaml:19, so istio-proxy drains nothing while the app serves: it gets SIGTERM only after the app has exited and only then runs the classic drain, keeping a proxy without its app for another MINIMUM_DRAIN_DURATION 15s and the connection checks. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (env of the istio-proxy container, ${F}/own-prestop.yaml:24); MINIMUM_DRAIN_DURATION 15s (env of the istio-proxy container, ${F}/own-prestop.yaml:26); sidecar mode native (sidecar.istio.io/nativeSidecar annotation, ${F}/own-prestop.yaml:9).`,
          line: 24,
          column: 18,
          endLine: 24,
          endColumn: 24,
          related: [
            `${F}/own-prestop.yaml:26:18 MINIMUM_DRAIN_DURATION 15s (env of the istio-proxy container)`,
            `${F}/own-prestop.yaml:9:37 native sidecar mode (sidecar.istio.io/nativeSidecar annotation)`,
            `${F}/own-prestop.yaml:19:9 the native sidecar's /drain preStop is replaced by the preStop of the istio-proxy container`,
          ],
          resource: "Pod jobs/worker",
        },
      ],
    },
    {
      name: 'a CronJob inside a List, MIN in a JSON annotation',
      files: [`${F}/list-cronjob.yaml`],
      errors: [
        {
          messageId: 'unused',
          message: "MINIMUM_DRAIN_DURATION 10s is unused: native sidecars stop Envoy once the app exits.",
          help: `Remove MINIMUM_DRAIN_DURATION; with native sidecars only the app's stop time (preStop + shutdown) has to fit terminationGracePeriodSeconds. The pod runs a native sidecar, whose preStop drains Envoy when termination starts and whose SIGTERM, sent only after the app has exited, makes pilot-agent stop Envoy at once. An injected sidecar is assumed: its pod template has the sidecar.istio.io/nativeSidecar annotation. Values: MINIMUM_DRAIN_DURATION 10s (proxy.istio.io/config annotation, ${F}/list-cronjob.yaml:18); sidecar mode native (sidecar.istio.io/nativeSidecar annotation, ${F}/list-cronjob.yaml:17).`,
          line: 18,
          column: 86,
          endLine: 18,
          endColumn: 91,
          related: [
            `${F}/list-cronjob.yaml:17:49 native sidecar mode (sidecar.istio.io/nativeSidecar annotation)`,
          ],
          resource: "CronJob reports/nightly-report",
        },
      ],
    },
    {
      name: 'a global lifecycle that runs the drain itself keeps the native drain',
      files: [`${F}/lifecycle-keeps-drain.yaml`],
      errors: [
        {
          messageId: 'unused',
          message: "terminationDrainDuration 25s is unused: native sidecars stop Envoy once the app exits.",
          help: `Remove terminationDrainDuration; with native sidecars only the app's stop time (preStop + shutdown) has to fit terminationGracePeriodSeconds. The pod runs a native sidecar, whose preStop drains Envoy when termination starts and whose SIGTERM, sent only after the app has exited, makes pilot-agent stop Envoy at once. An injected sidecar is assumed: its pod template has the sidecar.istio.io/nativeSidecar annotation. Values: terminationDrainDuration 25s (proxy.istio.io/config annotation, ${F}/lifecycle-keeps-drain.yaml:27); sidecar mode native (sidecar.istio.io/nativeSidecar annotation, ${F}/lifecycle-keeps-drain.yaml:25).`,
          line: 27,
          column: 37,
          endLine: 27,
          endColumn: 40,
          related: [
            `${F}/lifecycle-keeps-drain.yaml:25:41 native sidecar mode (sidecar.istio.io/nativeSidecar annotation)`,
          ],
          resource: "Deployment shop/payments",
        },
      ],
    },
    {
      name: 'native sidecar without its /drain preStop, EZ on: the classic drain after the app reads EZ and MIN, not terminationDrainDuration',
      files: [`${F}/replaced-hook-exit-on-zero.yaml`],
      errors: [
        {
          messageId: 'hookReplaced',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS \"true\" and MINIMUM_DRAIN_DURATION 10s apply only once the app exits: the sidecar's /drain preStop is replaced.",
          help: `Put the preStop \`pilot-agent request --debug-port=15020 POST drain\` back and remove them and terminationDrainDuration. The /drain preStop of the native sidecar of this pod is replaced by the preStop of the istio-proxy container at ${F}/replaced-hook-exit-on-zero.yaml:33, so istio-proxy drains nothing while the app serves: it gets SIGTERM only after the app has exited and only then runs the classic drain, keeping a proxy without its app for another MINIMUM_DRAIN_DURATION 10s and the connection checks. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (proxy.istio.io/config annotation, ${F}/replaced-hook-exit-on-zero.yaml:23); MINIMUM_DRAIN_DURATION 10s (proxy.istio.io/config annotation, ${F}/replaced-hook-exit-on-zero.yaml:24); sidecar mode native (sidecar.istio.io/nativeSidecar annotation, ${F}/replaced-hook-exit-on-zero.yaml:19).`,
          line: 23,
          column: 46,
          endLine: 23,
          endColumn: 52,
          related: [
            `${F}/replaced-hook-exit-on-zero.yaml:24:37 MINIMUM_DRAIN_DURATION 10s (proxy.istio.io/config annotation)`,
            `${F}/replaced-hook-exit-on-zero.yaml:19:41 native sidecar mode (sidecar.istio.io/nativeSidecar annotation)`,
            `${F}/replaced-hook-exit-on-zero.yaml:33:13 the native sidecar's /drain preStop is replaced by the preStop of the istio-proxy container`,
          ],
          resource: "Deployment notify/mailer",
        },
      ],
    },
  ],
});
