import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/min-drain-shorter-than-app-prestop';
const NATIVE_NOTE = ' Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this.';
const ASSUMED_ANN = ' (an injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation)';
const CHECK = 'the sidecar exits at the first check that finds no open connection, from';
const CM = 'mesh config in ConfigMap istio-system/istio';

ruleTester(rule, {
  valid: [
    { name: 'MIN equal to the app preStop; EZ off; app preStop of unknown length', files: [`${F}/min-covers-prestop.yaml`] },
    { name: 'native sidecar; hostNetwork pod', files: [`${F}/native-or-no-sidecar.yaml`] },
    { name: 'Istio 1.27 auto on Kubernetes 1.33 is native', files: [`${F}/issue-47718.yaml`], config: { istioVersion: '1.27.1', kubernetesVersion: '1.33' } },
    { name: 'Istio 1.11 has no EZ', files: [`${F}/issue-47718.yaml`], config: { istioVersion: '1.11' } },
    { name: 'gateway with EZ and a helper container preStop: the proxy is the app', files: [`${F}/gateway-extra-container.yaml`] },
  ],
  invalid: [
    {
      name: 'istio#47718: EZ in the annotation, default MIN, app preStop 30s: points at EZ',
      files: [`${F}/issue-47718.yaml`],
      errors: [
        {
          message:
            `EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (proxy.istio.io/config annotation, ${F}/issue-47718.yaml:13) and MINIMUM_DRAIN_DURATION is 5s (default): ` +
            `${CHECK} 6s on, while the app's preStop (30s (preStop of container server, ${F}/issue-47718.yaml:23)) still runs and the pod still receives traffic. ` +
            'Set MINIMUM_DRAIN_DURATION "30s" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS.' +
            ASSUMED_ANN +
            NATIVE_NOTE,
          line: 13,
          column: 46,
          endLine: 13,
          endColumn: 52,
          related: [`${F}/issue-47718.yaml:23:13 app preStop 30s (preStop of container server)`],
        },
      ],
    },
    {
      name: 'Istio 1.24 with Kubernetes 1.30 stays classic: no native note',
      files: [`${F}/issue-47718.yaml`],
      config: { istioVersion: '1.24', kubernetesVersion: '1.30' },
      errors: [
        {
          message:
            `EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (proxy.istio.io/config annotation, ${F}/issue-47718.yaml:13) and MINIMUM_DRAIN_DURATION is 5s (default): ` +
            `${CHECK} 6s on, while the app's preStop (30s (preStop of container server, ${F}/issue-47718.yaml:23)) still runs and the pod still receives traffic. ` +
            'Set MINIMUM_DRAIN_DURATION "30s" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS.' +
            ASSUMED_ANN,
          line: 13,
          column: 46,
          endLine: 13,
          endColumn: 52,
        },
      ],
    },
    {
      name: 'MIN 10s in the annotation, longest of two app preStops 20s: points at MIN',
      files: [`${F}/annotation-min-short.yaml`],
      errors: [
        {
          message:
            `EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (proxy.istio.io/config annotation, ${F}/annotation-min-short.yaml:14) and MINIMUM_DRAIN_DURATION is 10s (proxy.istio.io/config annotation, ${F}/annotation-min-short.yaml:15): ` +
            `${CHECK} 11s on, while the app's preStop (20s (preStop of container consumer, ${F}/annotation-min-short.yaml:21)) still runs and the pod still receives traffic. ` +
            'Set MINIMUM_DRAIN_DURATION "20s" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS.' +
            ASSUMED_ANN +
            NATIVE_NOTE,
          line: 15,
          column: 37,
          endLine: 15,
          endColumn: 42,
          related: [
            `${F}/annotation-min-short.yaml:14:46 EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation)`,
            `${F}/annotation-min-short.yaml:21:13 app preStop 20s (preStop of container consumer)`,
          ],
        },
      ],
    },
    {
      name: 'EZ and MIN in the istio ConfigMap mesh block: reported once, inside the block scalar',
      files: [`${F}/mesh-configmap.yaml`, `${F}/mesh-workloads.yaml`],
      errors: [
        {
          message:
            `EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (${CM}, ${F}/mesh-configmap.yaml:11) and MINIMUM_DRAIN_DURATION is 3s (${CM}, ${F}/mesh-configmap.yaml:12): ` +
            `${CHECK} 4s on, while the app's preStop (10s (preStop of container web, ${F}/mesh-workloads.yaml:13)) still runs and the pod still receives traffic. ` +
            'Set MINIMUM_DRAIN_DURATION "10s" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS. (an injected sidecar is assumed: an Istio mesh config is part of this run)' +
            NATIVE_NOTE +
            ' The same applies to 1 more workload using this mesh config: DaemonSet shop/agent.',
          line: 12,
          column: 33,
          endLine: 12,
          endColumn: 35,
          related: [
            `${F}/mesh-configmap.yaml:11:42 EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (${CM})`,
            `${F}/mesh-workloads.yaml:13:13 app preStop 10s (preStop of container web)`,
          ],
        },
      ],
    },
    {
      name: "istio-proxy container env and preStop: the proxy's preStop counts (second document covered)",
      files: [`${F}/proxy-prestop.yaml`],
      errors: [
        {
          message:
            `EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (env of the istio-proxy container, ${F}/proxy-prestop.yaml:21) and MINIMUM_DRAIN_DURATION is 10s (env of the istio-proxy container, ${F}/proxy-prestop.yaml:23), after the sidecar's preStop (5s (preStop of container istio-proxy, ${F}/proxy-prestop.yaml:25)): ` +
            `${CHECK} 16s on, while the app's preStop (20s (preStop of container app, ${F}/proxy-prestop.yaml:14)) still runs and the pod still receives traffic. ` +
            'Set MINIMUM_DRAIN_DURATION "15s" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS.' +
            NATIVE_NOTE,
          line: 23,
          column: 22,
          endLine: 23,
          endColumn: 25,
          related: [
            `${F}/proxy-prestop.yaml:21:22 EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (env of the istio-proxy container)`,
            `${F}/proxy-prestop.yaml:14:13 app preStop 20s (preStop of container app)`,
            `${F}/proxy-prestop.yaml:25:13 istio-proxy preStop 5s (preStop of container istio-proxy)`,
          ],
        },
      ],
    },
    {
      name: 'grace period 0: info',
      files: [`${F}/grace-zero.yaml`],
      errors: [
        {
          severity: 'info',
          message:
            `EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (proxy.istio.io/config annotation, ${F}/grace-zero.yaml:13) and MINIMUM_DRAIN_DURATION is 5s (default): ` +
            `${CHECK} 6s on, while the app's preStop (8s (preStop of container scratch, ${F}/grace-zero.yaml:20)) still runs and the pod still receives traffic. ` +
            'Set MINIMUM_DRAIN_DURATION "8s" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS.' +
            ASSUMED_ANN +
            NATIVE_NOTE,
          line: 13,
          column: 46,
          endLine: 13,
          endColumn: 49,
        },
      ],
    },
    {
      name: 'MIN without a unit falls back to 5s: points at EZ',
      files: [`${F}/min-invalid.yaml`],
      errors: [
        {
          message:
            `EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (proxy.istio.io/config annotation, ${F}/min-invalid.yaml:13) and MINIMUM_DRAIN_DURATION is 5s (default (MINIMUM_DRAIN_DURATION "30" is not a duration)): ` +
            `${CHECK} 6s on, while the app's preStop (25s (preStop of container billing, ${F}/min-invalid.yaml:20)) still runs and the pod still receives traffic. ` +
            'Set MINIMUM_DRAIN_DURATION "25s" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS.' +
            ASSUMED_ANN +
            NATIVE_NOTE,
          line: 13,
          column: 46,
          endLine: 13,
          endColumn: 52,
        },
      ],
    },
  ],
});
