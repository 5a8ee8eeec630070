import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/listeners-close-before-drain-ends';

ruleTester(rule, {
  valid: [
    {
      name: 'drain equal to drainDuration; native sidecar; grace period ends the drain at drainDuration; EXIT_ON_ZERO_ACTIVE_CONNECTIONS with the default minimum; no sidecar',
      files: [`${F}/silent.yaml`],
    },
    { name: 'Istio 1.7: the drain was not graceful yet', files: [`${F}/annotation-tdd-over-dd.yaml`], config: { istioVersion: '1.7' } },
  ],
  invalid: [
    {
      name: 'annotation terminationDrainDuration 60s over the default drainDuration',
      files: [`${F}/annotation-tdd-over-dd.yaml`],
      errors: [
        {
          messageId: 'terminationDrainOverDrainDuration',
          message: "terminationDrainDuration is 1m but drainDuration is 45s: Envoy stops accepting new connections while the sidecar lives.",
          help: `Raise drainDuration to at least 1m (whole seconds), or lower terminationDrainDuration to at most 45s. Once the drain starts, Envoy keeps accepting new connections on its inbound listeners for drainDuration, until 45s, then stops them; the sidecar lives until 1m, and connections that still arrive meanwhile are refused. Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Values: terminationDrainDuration 1m (proxy.istio.io/config annotation, ${F}/annotation-tdd-over-dd.yaml:17); drainDuration 45s (default).`,
          line: 17,
          column: 37,
          endLine: 17,
          endColumn: 40,
          related: [],
          resource: "Deployment shop/checkout",
        },
      ],
    },
    {
      name: 'Istio 1.8 and the default drain duration: the grace period cuts a 2m drain at 50s (quoted annotation)',
      files: [`${F}/grace-caps-drain.yaml`],
      config: { istioVersion: '1.8' },
      errors: [
        {
          messageId: 'terminationDrainOverDrainDuration',
          message: "terminationDrainDuration is 2m but drainDuration is 45s: Envoy stops accepting new connections while the sidecar lives.",
          help: `Raise drainDuration to at least 50s (whole seconds), or lower terminationDrainDuration to at most 45s. Once the drain starts, Envoy keeps accepting new connections on its inbound listeners for drainDuration, until 45s, then stops them; the sidecar lives until kubelet's SIGKILL at 50s, and connections that still arrive meanwhile are refused. An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Values: terminationDrainDuration 2m (proxy.istio.io/config annotation, ${F}/grace-caps-drain.yaml:18); drainDuration 45s (default); terminationGracePeriodSeconds 50 (pod spec, ${F}/grace-caps-drain.yaml:20).`,
          line: 18,
          column: 59,
          endLine: 18,
          endColumn: 61,
          related: [
            `${F}/grace-caps-drain.yaml:20:38 terminationGracePeriodSeconds 50s (pod spec)`,
          ],
          resource: "StatefulSet bank/ledger",
        },
      ],
    },
    {
      name: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS: MINIMUM_DRAIN_DURATION over a lowered drainDuration (CronJob)',
      files: [`${F}/exit-on-zero-min.yaml`],
      errors: [
        {
          messageId: 'minimumDrainOverDrainDuration',
          message: "MINIMUM_DRAIN_DURATION is 40s but drainDuration is 30s: Envoy stops accepting new connections while the sidecar lives.",
          help: `Raise drainDuration to at least 40s (whole seconds), or lower MINIMUM_DRAIN_DURATION to at most 30s. Once the drain starts, Envoy keeps accepting new connections on its inbound listeners for drainDuration, until 30s, then stops them; with EXIT_ON_ZERO_ACTIVE_CONNECTIONS on the sidecar lives at least until 40s, and connections that still arrive meanwhile are refused. Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Values: MINIMUM_DRAIN_DURATION 40s (proxy.istio.io/config annotation, ${F}/exit-on-zero-min.yaml:18); drainDuration 30s (proxy.istio.io/config annotation, ${F}/exit-on-zero-min.yaml:15); EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation, ${F}/exit-on-zero-min.yaml:17).`,
          line: 18,
          column: 41,
          endLine: 18,
          endColumn: 46,
          related: [
            `${F}/exit-on-zero-min.yaml:15:30 drainDuration 30s (proxy.istio.io/config annotation)`,
            `${F}/exit-on-zero-min.yaml:17:50 EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation)`,
          ],
          resource: "CronJob reports/export",
        },
      ],
    },
    {
      name: 'mesh-wide terminationDrainDuration in another file: one finding on the mesh document',
      files: [`${F}/mesh-workloads.yaml`, `${F}/mesh-configmap.yaml`],
      errors: [
        {
          messageId: 'terminationDrainOverDrainDuration',
          message: "terminationDrainDuration is 50s but drainDuration is 45s: Envoy stops accepting new connections while the sidecar lives.",
          help: `Raise drainDuration to at least 50s (whole seconds), or lower terminationDrainDuration to at most 45s. Once the drain starts, Envoy keeps accepting new connections on its inbound listeners for drainDuration, until 45s, then stops them; the sidecar lives until 50s, and connections that still arrive meanwhile are refused. Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: an Istio mesh config is part of this run. Values: terminationDrainDuration 50s (mesh config in ConfigMap istio-system/istio, ${F}/mesh-configmap.yaml:11); drainDuration 45s (default). The same applies to 1 more workload using this mesh config: Deployment shop/search.`,
          line: 11,
          column: 33,
          endLine: 11,
          endColumn: 36,
          file: `${F}/mesh-configmap.yaml`,
          related: [],
          resource: null,
        },
      ],
    },
    {
      name: 'drainDuration lowered below the default terminationDrainDuration (List)',
      files: [`${F}/short-drain-duration-list.yaml`],
      errors: [
        {
          messageId: 'terminationDrainOverDrainDuration',
          message: "terminationDrainDuration is 5s but drainDuration is 3s: Envoy stops accepting new connections while the sidecar lives.",
          help: `Raise drainDuration to at least 5s (whole seconds), or lower terminationDrainDuration to at most 3s. Once the drain starts, Envoy keeps accepting new connections on its inbound listeners for drainDuration, until 3s, then stops them; the sidecar lives until 5s, and connections that still arrive meanwhile are refused. Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Values: terminationDrainDuration 5s (default); drainDuration 3s (proxy.istio.io/config annotation, ${F}/short-drain-duration-list.yaml:21).`,
          line: 21,
          column: 30,
          endLine: 21,
          endColumn: 32,
          related: [],
          resource: "Deployment shop/api",
        },
      ],
    },
    {
      name: 'istio-proxy preStop delays both the drain and the listener stop',
      files: [`${F}/proxy-prestop.yaml`],
      errors: [
        {
          messageId: 'terminationDrainOverDrainDuration',
          message: "terminationDrainDuration is 50s but drainDuration is 45s: Envoy stops accepting new connections while the sidecar lives.",
          help: `Raise drainDuration to at least 50s (whole seconds), or lower terminationDrainDuration to at most 45s. Once the drain starts at the end of the istio-proxy preStop, Envoy keeps accepting new connections on its inbound listeners for drainDuration, until 55s, then stops them; the sidecar lives until 1m, and connections that still arrive meanwhile are refused. Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. Values: terminationDrainDuration 50s (proxy.istio.io/config annotation, ${F}/proxy-prestop.yaml:17); drainDuration 45s (default); istio-proxy preStop 10s (preStop of container istio-proxy, ${F}/proxy-prestop.yaml:26).`,
          line: 17,
          column: 37,
          endLine: 17,
          endColumn: 40,
          related: [
            `${F}/proxy-prestop.yaml:26:13 istio-proxy preStop 10s (preStop of container istio-proxy)`,
          ],
          resource: "Deployment shop/payments",
        },
      ],
    },
    {
      name: 'IstioOperator gateway: all listeners stop, grace period from k8s.overlays',
      files: [`${F}/iop-gateway.yaml`],
      errors: [
        {
          messageId: 'terminationDrainOverDrainDuration',
          message: "terminationDrainDuration is 1m30s but drainDuration is 45s: Envoy stops accepting new connections while the gateway lives.",
          help: `Raise drainDuration to at least 1m30s (whole seconds), or lower terminationDrainDuration to at most 45s if load balancers stop sending to the gateway by then. Once the drain starts, Envoy keeps accepting new connections on all its listeners for drainDuration, until 45s, then stops them; the gateway lives until 1m30s, and connections that still arrive meanwhile are refused. Values: terminationDrainDuration 1m30s (mesh config in IstioOperator istio-system/control-plane spec.meshConfig, ${F}/iop-gateway.yaml:10); drainDuration 45s (default).`,
          line: 10,
          column: 33,
          endLine: 10,
          endColumn: 36,
          related: [],
          resource: null,
        },
      ],
    },
    {
      name: 'native without the /drain preStop: the drain starts when the app has exited; native with it: silent',
      files: [`${F}/native-paths.yaml`],
      errors: [
        {
          messageId: 'terminationDrainOverDrainDuration',
          message: "terminationDrainDuration is 1m but drainDuration is 45s: Envoy stops accepting new connections while the sidecar lives.",
          help: `Raise drainDuration to at least 1m (whole seconds), or lower terminationDrainDuration to at most 45s. Once the drain starts when the app has exited, at 10s, Envoy keeps accepting new connections on its inbound listeners for drainDuration, until 55s, then stops them; the sidecar lives until 1m10s, and connections that still arrive meanwhile are refused. Values: terminationDrainDuration 1m (proxy.istio.io/config annotation, ${F}/native-paths.yaml:20); drainDuration 45s (default); app preStop 10s (preStop of container uploads, ${F}/native-paths.yaml:27).`,
          line: 20,
          column: 37,
          endLine: 20,
          endColumn: 40,
          related: [
            `${F}/native-paths.yaml:27:13 app preStop 10s (preStop of container uploads)`,
          ],
          resource: "Deployment media/uploads",
        },
      ],
    },
    {
      name: 'Istio 1.23 ignores the nativeSidecar annotation: both drain classically',
      files: [`${F}/native-paths.yaml`],
      config: { istioVersion: '1.23', kubernetesVersion: '1.30' },
      errors: [
        {
          messageId: 'terminationDrainOverDrainDuration',
          message: "terminationDrainDuration is 1m but drainDuration is 45s: Envoy stops accepting new connections while the sidecar lives.",
          help: `Raise drainDuration to at least 1m (whole seconds), or lower terminationDrainDuration to at most 45s. Once the drain starts at the end of the istio-proxy preStop, Envoy keeps accepting new connections on its inbound listeners for drainDuration, until 46s, then stops them; the sidecar lives until 1m1s, and connections that still arrive meanwhile are refused. Values: terminationDrainDuration 1m (proxy.istio.io/config annotation, ${F}/native-paths.yaml:20); drainDuration 45s (default); istio-proxy preStop 1s (preStop of container istio-proxy, ${F}/native-paths.yaml:33).`,
          line: 20,
          column: 37,
          endLine: 20,
          endColumn: 40,
          related: [
            `${F}/native-paths.yaml:33:13 istio-proxy preStop 1s (preStop of container istio-proxy)`,
          ],
          resource: "Deployment media/uploads",
        },
        {
          messageId: 'terminationDrainOverDrainDuration',
          message: "terminationDrainDuration is 1m but drainDuration is 45s: Envoy stops accepting new connections while the sidecar lives.",
          help: `Raise drainDuration to at least 1m (whole seconds), or lower terminationDrainDuration to at most 45s. Once the drain starts, Envoy keeps accepting new connections on its inbound listeners for drainDuration, until 45s, then stops them; the sidecar lives until 1m, and connections that still arrive meanwhile are refused. An injected sidecar is assumed: its pod template has the sidecar.istio.io/nativeSidecar annotation. Values: terminationDrainDuration 1m (proxy.istio.io/config annotation, ${F}/native-paths.yaml:55); drainDuration 45s (default).`,
          line: 55,
          column: 37,
          endLine: 55,
          endColumn: 40,
          related: [],
          resource: "Deployment media/thumbnails",
        },
      ],
    },
  ],
});
