import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/native-sidecar-ignores-drain-settings';
const NATIVE = `whose preStop drains Envoy when termination starts and whose SIGTERM, sent only after the app has exited, makes pilot-agent stop Envoy immediately.`;
const ONLY_APP = "with native sidecars only the app's stop time (preStop + shutdown) has to fit terminationGracePeriodSeconds.";
const CLASSIC_AFTER = 'so istio-proxy gets SIGTERM only after the app has exited and only then runs the classic drain, keeping a proxy without its app for another';
const PUT_BACK = 'Put the preStop `pilot-agent request --debug-port=15020 POST drain` back and';
const ASSUMED_NATIVE = ' (an injected sidecar is assumed: its pod template has the sidecar.istio.io/nativeSidecar annotation)';
const ISTIOD = `ENABLE_NATIVE_SIDECARS=true (istiod Deployment istio-system/istiod), ${F}/istiod-mesh/istiod.yaml:18`;
const MESH = `mesh config in ConfigMap istio-system/istio, ${F}/istiod-mesh/istiod.yaml:28`;
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
          message:
            `terminationDrainDuration 30s (proxy.istio.io/config annotation, ${F}/annotation-native.yaml:13), EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (proxy.istio.io/config annotation, ${F}/annotation-native.yaml:15) and MINIMUM_DRAIN_DURATION 20s (proxy.istio.io/config annotation, ${F}/annotation-native.yaml:16) are not used: ` +
            `the pod runs a native sidecar (sidecar.istio.io/nativeSidecar annotation, ${F}/annotation-native.yaml:11), ${NATIVE} Remove them; ${ONLY_APP}${ASSUMED_NATIVE}`,
          line: 13,
          column: 37,
          endLine: 13,
          endColumn: 40,
          related: [
            `${F}/annotation-native.yaml:15:46 EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation)`,
            `${F}/annotation-native.yaml:16:37 MINIMUM_DRAIN_DURATION 20s (proxy.istio.io/config annotation)`,
            `${F}/annotation-native.yaml:11:41 native sidecar mode (sidecar.istio.io/nativeSidecar annotation)`,
          ],
        },
      ],
    },
    {
      name: 'istiod ENABLE_NATIVE_SIDECARS=true and a mesh-wide TDD: once on the mesh document, kept for the classic workload',
      files: [`${F}/istiod-mesh`],
      errors: [
        {
          file: `${F}/istiod-mesh/istiod.yaml`,
          message:
            `terminationDrainDuration 20s (${MESH}) is not used: Deployment shop/catalog runs a native sidecar (${ISTIOD}), ${NATIVE} ` +
            `Keep it only for gateways and classic sidecars (in this run: Deployment shop/legacy); ${ONLY_APP}` +
            ' (an injected sidecar is assumed: an Istio mesh config is part of this run) The same applies to 1 more workload using this mesh config: StatefulSet shop/ledger.',
          line: 28,
          column: 33,
          endLine: 28,
          endColumn: 36,
          related: [`${F}/istiod-mesh/istiod.yaml:18:22 native sidecar mode (ENABLE_NATIVE_SIDECARS=true (istiod Deployment istio-system/istiod))`],
        },
      ],
    },
    {
      name: 'Istio 1.20 with ENABLE_NATIVE_SIDECARS=true: no /drain preStop yet, the classic drain runs after the app',
      files: [`${F}/istiod-mesh`],
      config: { istioVersion: '1.20', kubernetesVersion: '1.29' },
      errors: [
        {
          file: `${F}/istiod-mesh/istiod.yaml`,
          message:
            `terminationDrainDuration 20s (${MESH}) does not drain while the app serves: Deployment shop/catalog runs a native sidecar (${ISTIOD}) whose /drain preStop is missing (Istio 1.20 injects none; added in 1.21), ` +
            `${CLASSIC_AFTER} terminationDrainDuration 20s. Upgrade to Istio 1.21 or later for the /drain preStop; keep it only for gateways and classic sidecars (in this run: Deployment shop/legacy).` +
            ' (an injected sidecar is assumed: an Istio mesh config is part of this run) The same applies to 1 more workload using this mesh config: StatefulSet shop/ledger.',
          line: 28,
          column: 33,
          endLine: 28,
          endColumn: 36,
        },
      ],
    },
    {
      name: 'native by ENABLE_NATIVE_SIDECARS=auto on Istio 1.28 / Kubernetes 1.33; EZ "1" in a declared istio-proxy env',
      files: [`${F}/proxy-container-env.yaml`],
      config: AUTO,
      errors: [
        {
          message:
            `EXIT_ON_ZERO_ACTIVE_CONNECTIONS "1" (env of the istio-proxy container, ${F}/proxy-container-env.yaml:24) is not used: the pod runs a native sidecar (ENABLE_NATIVE_SIDECARS=auto with Kubernetes 1.33), ${NATIVE} ` +
            `Remove EXIT_ON_ZERO_ACTIVE_CONNECTIONS; ${ONLY_APP}`,
          line: 24,
          column: 22,
          endLine: 24,
          endColumn: 25,
          related: [],
        },
      ],
    },
    {
      name: 'values.global.proxy.lifecycle replaces the /drain preStop (TDD in a JSON annotation)',
      files: [`${F}/global-lifecycle.yaml`],
      errors: [
        {
          message:
            `terminationDrainDuration 25s (proxy.istio.io/config annotation, ${F}/global-lifecycle.yaml:26) does not drain while the app serves: the pod runs a native sidecar (sidecar.istio.io/nativeSidecar annotation, ${F}/global-lifecycle.yaml:25) ` +
            `whose /drain preStop is replaced by values.global.proxy.lifecycle (IstioOperator istio-system/control-plane), ${F}/global-lifecycle.yaml:11, ${CLASSIC_AFTER} terminationDrainDuration 25s. ${PUT_BACK} remove terminationDrainDuration.${ASSUMED_NATIVE}`,
          line: 26,
          column: 62,
          endLine: 26,
          endColumn: 67,
          related: [
            `${F}/global-lifecycle.yaml:25:41 native sidecar mode (sidecar.istio.io/nativeSidecar annotation)`,
            `${F}/global-lifecycle.yaml:11:9 the native sidecar's /drain preStop is replaced by values.global.proxy.lifecycle (IstioOperator istio-system/control-plane)`,
          ],
        },
      ],
    },
    {
      name: "a Pod's own istio-proxy preStop replaces the /drain hook; EZ on: MIN and the checks follow the app",
      files: [`${F}/own-prestop.yaml`],
      errors: [
        {
          message:
            `EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (env of the istio-proxy container, ${F}/own-prestop.yaml:24) and MINIMUM_DRAIN_DURATION 15s (env of the istio-proxy container, ${F}/own-prestop.yaml:26) do not drain while the app serves: ` +
            `the pod runs a native sidecar (sidecar.istio.io/nativeSidecar annotation, ${F}/own-prestop.yaml:9) whose /drain preStop is replaced by the preStop of the istio-proxy container, ${F}/own-prestop.yaml:19, ` +
            `${CLASSIC_AFTER} MINIMUM_DRAIN_DURATION 15s and the connection checks. ${PUT_BACK} remove them.`,
          line: 24,
          column: 18,
          endLine: 24,
          endColumn: 24,
          related: [
            `${F}/own-prestop.yaml:26:18 MINIMUM_DRAIN_DURATION 15s (env of the istio-proxy container)`,
            `${F}/own-prestop.yaml:9:37 native sidecar mode (sidecar.istio.io/nativeSidecar annotation)`,
            `${F}/own-prestop.yaml:19:9 the native sidecar's /drain preStop is replaced by the preStop of the istio-proxy container`,
          ],
        },
      ],
    },
    {
      name: 'a CronJob inside a List, MIN in a JSON annotation',
      files: [`${F}/list-cronjob.yaml`],
      errors: [
        {
          message:
            `MINIMUM_DRAIN_DURATION 10s (proxy.istio.io/config annotation, ${F}/list-cronjob.yaml:18) is not used: the pod runs a native sidecar (sidecar.istio.io/nativeSidecar annotation, ${F}/list-cronjob.yaml:17), ${NATIVE} ` +
            `Remove MINIMUM_DRAIN_DURATION; ${ONLY_APP}${ASSUMED_NATIVE}`,
          line: 18,
          column: 86,
          endLine: 18,
          endColumn: 91,
        },
      ],
    },
    {
      name: 'a global lifecycle that runs the drain itself keeps the native drain',
      files: [`${F}/lifecycle-keeps-drain.yaml`],
      errors: [
        {
          message:
            `terminationDrainDuration 25s (proxy.istio.io/config annotation, ${F}/lifecycle-keeps-drain.yaml:27) is not used: the pod runs a native sidecar (sidecar.istio.io/nativeSidecar annotation, ${F}/lifecycle-keeps-drain.yaml:25), ${NATIVE} ` +
            `Remove terminationDrainDuration; ${ONLY_APP}${ASSUMED_NATIVE}`,
          line: 27,
          column: 37,
          endLine: 27,
          endColumn: 40,
        },
      ],
    },
  ],
});
