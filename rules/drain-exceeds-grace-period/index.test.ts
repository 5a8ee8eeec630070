import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/drain-exceeds-grace-period';

ruleTester(rule, {
  valid: [
    { name: 'grace period covers the drain exactly', files: [`${F}/grace-covers-drain.yaml`] },
    { name: 'plain workload without mesh signal', files: [`${F}/plain-workload-long-tdd-no-mesh.yaml`] },
    { name: 'waypoint on Istio 1.27: the hard-coded 2s grace period is gateway-drain-too-short', files: [`${F}/gateway-waypoint.yaml`], config: { istioVersion: '1.27' } },
    { name: 'waypoint with a target version older than waypoints (a mixed input): the default grace period', files: [`${F}/gateway-waypoint.yaml`], config: { istioVersion: '1.5' } },
    { name: 'spec §8.11: sleeps after exit do not count; a native app stop known only as a lower bound counts as unknown', files: [`${F}/prestop-bounds-silent.yaml`] },
    { name: 'native sidecar without the /drain preStop: the grace period covers the drain after the app exactly', files: [`${F}/native-without-drain-hook-silent.yaml`] },
    { name: 'Istio 1.21 injects the /drain preStop: native, the app stops in time', files: [`${F}/native-without-drain-hook-istio-1-20.yaml`], config: { istioVersion: '1.21', kubernetesVersion: '1.29' } },
  ],
  invalid: [
    {
      name: 'Helm gateway chart Deployment: says gateway, no native-sidecar note',
      files: [`${F}/gateway-helm-chart.yaml`],
      errors: [
        {
          messageId: 'classicDrain',
          message: "terminationDrainDuration is 45s, but terminationGracePeriodSeconds is 30 (default): SIGKILL cuts the gateway's drain.",
          help: `Raise terminationGracePeriodSeconds to at least 45, or lower terminationDrainDuration to at most 30s if load balancers stop sending to the gateway by then. The grace period counts from the pod's deletion, preStop included: the gateway's drain would end at 45s, but kubelet kills Envoy at 30s and the requests still in flight are reset. Values: terminationDrainDuration 45s (proxy.istio.io/config annotation, ${F}/gateway-helm-chart.yaml:16); terminationGracePeriodSeconds 30 (default).`,
          line: 20,
          column: 5,
          endLine: 20,
          endColumn: 9,
          related: [
            `${F}/gateway-helm-chart.yaml:16:37 terminationDrainDuration 45s (proxy.istio.io/config annotation)`,
          ],
          resource: "Deployment istio-ingress/ingress",
        },
      ],
    },
    {
      name: 'IstioOperator gateways: grace period from a k8s.overlays patch, or the default at the entry name (one patched high enough)',
      files: [`${F}/gateway-iop.yaml`],
      errors: [
        {
          messageId: 'classicDrain',
          message: "terminationDrainDuration is 45s, but terminationGracePeriodSeconds is 20: SIGKILL cuts the gateway's drain.",
          help: `Raise terminationGracePeriodSeconds to at least 45, or lower terminationDrainDuration to at most 20s if load balancers stop sending to the gateway by then. The grace period counts from the pod's deletion, preStop included: the gateway's drain would end at 45s, but kubelet kills Envoy at 20s and the requests still in flight are reset. Values: terminationDrainDuration 45s (mesh config in IstioOperator istio-system/control-plane spec.meshConfig, ${F}/gateway-iop.yaml:10); terminationGracePeriodSeconds 20 (IstioOperator k8s.overlays patch, ${F}/gateway-iop.yaml:21).`,
          line: 21,
          column: 26,
          endLine: 21,
          endColumn: 28,
          related: [
            `${F}/gateway-iop.yaml:10:33 terminationDrainDuration 45s (mesh config in IstioOperator istio-system/control-plane spec.meshConfig)`,
          ],
          resource: "IngressGateway istio-system/istio-ingressgateway",
        },
        {
          messageId: 'classicDrain',
          message: "terminationDrainDuration is 45s, but terminationGracePeriodSeconds is 30 (default): SIGKILL cuts the gateway's drain.",
          help: `Raise terminationGracePeriodSeconds to at least 45 (set it with a k8s.overlays patch of spec.template.spec.terminationGracePeriodSeconds on this gateway entry), or lower terminationDrainDuration to at most 30s if load balancers stop sending to the gateway by then. The grace period counts from the pod's deletion, preStop included: the gateway's drain would end at 45s, but kubelet kills Envoy at 30s and the requests still in flight are reset. Values: terminationDrainDuration 45s (mesh config in IstioOperator istio-system/control-plane spec.meshConfig, ${F}/gateway-iop.yaml:10); terminationGracePeriodSeconds 30 (default).`,
          line: 22,
          column: 15,
          endLine: 22,
          endColumn: 38,
          related: [
            `${F}/gateway-iop.yaml:10:33 terminationDrainDuration 45s (mesh config in IstioOperator istio-system/control-plane spec.meshConfig)`,
          ],
          resource: "IngressGateway istio-system/internal-ingressgateway",
        },
      ],
    },
    {
      name: 'Gateway API: grace period from the parametersRef ConfigMap deployment overlay',
      files: [`${F}/gateway-api-parameters.yaml`],
      errors: [
        {
          messageId: 'classicDrain',
          message: "terminationDrainDuration is 20s, but terminationGracePeriodSeconds is 10: SIGKILL cuts the gateway's drain.",
          help: `Raise terminationGracePeriodSeconds to at least 20, or lower terminationDrainDuration to at most 10s if load balancers stop sending to the gateway by then. The grace period counts from the pod's deletion, preStop included: the gateway's drain would end at 20s, but kubelet kills Envoy at 10s and the requests still in flight are reset. Values: terminationDrainDuration 20s (proxy.istio.io/config annotation, ${F}/gateway-api-parameters.yaml:12); terminationGracePeriodSeconds 10 (Gateway parameters ConfigMap, ${F}/gateway-api-parameters.yaml:32).`,
          line: 32,
          column: 42,
          endLine: 32,
          endColumn: 44,
          related: [
            `${F}/gateway-api-parameters.yaml:12:35 terminationDrainDuration 20s (proxy.istio.io/config annotation)`,
          ],
          resource: "Gateway edge/public",
        },
      ],
    },
    {
      name: 'waypoint on Istio 1.28: default grace period, reported at the Gateway name',
      files: [`${F}/gateway-waypoint.yaml`],
      config: { istioVersion: '1.28' },
      errors: [
        {
          messageId: 'classicDrain',
          message: "terminationDrainDuration is 45s, but terminationGracePeriodSeconds is 30 (default): SIGKILL cuts the gateway's drain.",
          help: `Raise terminationGracePeriodSeconds to at least 45 (set it as spec.template.spec.terminationGracePeriodSeconds in the \`deployment\` key of a ConfigMap named by spec.infrastructure.parametersRef, Istio ≥ 1.26), or lower terminationDrainDuration to at most 30s. The grace period counts from the pod's deletion, preStop included: the gateway's drain would end at 45s, but kubelet kills Envoy at 30s and the requests still in flight are reset. Values: terminationDrainDuration 45s (proxy.istio.io/config annotation, ${F}/gateway-waypoint.yaml:9); terminationGracePeriodSeconds 30 (default).`,
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 17,
          related: [
            `${F}/gateway-waypoint.yaml:9:33 terminationDrainDuration 45s (proxy.istio.io/config annotation)`,
          ],
          resource: "Gateway shop/waypoint",
        },
      ],
    },
    {
      name: 'annotation TDD 45s over the default grace period',
      files: [`${F}/annotation-tdd-over-default-grace.yaml`],
      errors: [
        {
          messageId: 'classicDrain',
          message: "terminationDrainDuration is 45s, but terminationGracePeriodSeconds is 30 (default): SIGKILL cuts the sidecar's drain.",
          help: `Raise terminationGracePeriodSeconds to at least 45, or lower terminationDrainDuration to at most 30s. The grace period counts from the pod's deletion, preStop included: the sidecar's drain would end at 45s, but kubelet kills Envoy at 30s and the requests still in flight are reset. Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Values: terminationDrainDuration 45s (proxy.istio.io/config annotation, ${F}/annotation-tdd-over-default-grace.yaml:11); terminationGracePeriodSeconds 30 (default).`,
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 9,
          related: [
            `${F}/annotation-tdd-over-default-grace.yaml:11:37 terminationDrainDuration 45s (proxy.istio.io/config annotation)`,
          ],
          resource: "Deployment shop/checkout",
        },
      ],
    },
    {
      name: 'preStop sleep action longer than the grace period (API rejects it)',
      files: [`${F}/prestop-sleep-over-grace.yaml`],
      errors: [
        {
          severity: 'error',
          messageId: 'preStopRejected',
          message: "The preStop sleep of container worker is 25s, longer than terminationGracePeriodSeconds 20: the API server rejects it.",
          help: `Raise terminationGracePeriodSeconds to at least 26, or shorten the sleep to less than 20s. The API server rejects a lifecycle.preStop.sleep.seconds above the grace period, and a hook that takes the whole grace period leaves the container no time to stop. Values: preStop 25s (preStop of container worker, ${F}/prestop-sleep-over-grace.yaml:14); terminationGracePeriodSeconds 20 (pod spec, ${F}/prestop-sleep-over-grace.yaml:9).`,
          line: 9,
          column: 38,
          endLine: 9,
          endColumn: 40,
          related: [
            `${F}/prestop-sleep-over-grace.yaml:14:13 preStop 25s (preStop of container worker)`,
          ],
          resource: "Deployment /worker [worker]",
        },
      ],
    },
    {
      name: 'preStop exec sleep as long as the default grace period in a plain workload: no graceful stop',
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
  namespace: batch
spec:
  template:
    spec:
      containers:
        - name: worker
          image: example/worker:1.0
          lifecycle:
            preStop:
              exec:
                command: ["/bin/sleep", "30"]
`,
      errors: [
        {
          messageId: 'preStopOutlastsGrace',
          message: "The preStop hook of container worker takes 30s, but terminationGracePeriodSeconds is 30 (default): no time is left for a graceful stop.",
          help: "Raise terminationGracePeriodSeconds to at least 31, or shorten the hook to less than 30s. The grace period includes the preStop hook and SIGTERM comes only after it, so a hook that takes the whole grace period leaves the container no time to stop before kubelet's SIGKILL. Values: preStop 30s (preStop of container worker, inline.yaml:13); terminationGracePeriodSeconds 30 (default).",
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 9,
          related: [
            "inline.yaml:13:13 preStop 30s (preStop of container worker)",
          ],
          resource: "Deployment batch/worker [worker]",
        },
      ],
    },
    {
      name: 'istio-proxy preStop over the grace period: the suggestion also covers the drain after it, and drainDuration',
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ledger
  namespace: bank
spec:
  template:
    metadata:
      annotations:
        proxy.istio.io/config: |
          terminationDrainDuration: 50s
    spec:
      terminationGracePeriodSeconds: 40
      containers:
        - name: app
          image: example/ledger:1.0
        - name: istio-proxy
          image: auto
          lifecycle:
            preStop:
              exec:
                command: ["sleep", "45"]
`,
      errors: [
        {
          messageId: 'preStopOutlastsGrace',
          message: "The preStop hook of container istio-proxy takes 45s, but terminationGracePeriodSeconds is 40: no time is left for a graceful stop.",
          help: "Raise terminationGracePeriodSeconds to at least 95 (the sidecar's drain ends at 1m35s) and drainDuration to at least 50s, or shorten the hook to less than 40s. The grace period includes the preStop hook and SIGTERM comes only after it, so a hook that takes the whole grace period leaves the container no time to stop before kubelet's SIGKILL. Values: preStop 45s (preStop of container istio-proxy, inline.yaml:20); terminationDrainDuration 50s (proxy.istio.io/config annotation, inline.yaml:11); drainDuration 45s (default); terminationGracePeriodSeconds 40 (pod spec, inline.yaml:13).",
          line: 13,
          column: 38,
          endLine: 13,
          endColumn: 40,
          related: [
            "inline.yaml:20:13 preStop 45s (preStop of container istio-proxy)",
          ],
          resource: "Deployment bank/ledger [istio-proxy]",
        },
      ],
    },
    {
      name: 'grace period 0 and a preStop hook: remove the hook (info)',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: scratch
  namespace: dev
spec:
  terminationGracePeriodSeconds: 0
  containers:
    - name: helper
      image: example/helper:1.0
      lifecycle:
        preStop:
          exec:
            command: ["sleep", "8"]
`,
      errors: [
        {
          severity: 'info',
          messageId: 'preStopOutlastsGrace',
          message: "The preStop hook of container helper takes 8s, but terminationGracePeriodSeconds is 0 (no graceful shutdown): no time is left for a graceful stop.",
          help: "Raise terminationGracePeriodSeconds to at least 9, or remove the hook. The grace period includes the preStop hook and SIGTERM comes only after it, so a hook that takes the whole grace period leaves the container no time to stop before kubelet's SIGKILL. Values: preStop 8s (preStop of container helper, inline.yaml:12); terminationGracePeriodSeconds 0 (pod spec, inline.yaml:7).",
          line: 7,
          column: 34,
          endLine: 7,
          endColumn: 35,
          related: [
            "inline.yaml:12:9 preStop 8s (preStop of container helper)",
          ],
          resource: "Pod dev/scratch [helper]",
        },
      ],
    },
    {
      name: 'native sidecar: the app needs longer than the grace period to stop',
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
  namespace: shop
spec:
  template:
    metadata:
      annotations:
        sidecar.istio.io/nativeSidecar: "true"
        drainlint.io/shutdown-duration: "25s"
    spec:
      containers:
        - name: worker
          image: example/worker:1.0
          lifecycle:
            preStop:
              exec:
                command: ["sleep", "20"]
`,
      errors: [
        {
          messageId: 'nativeAppStop',
          message: "The app needs 45s to stop, but terminationGracePeriodSeconds is 30 (default): SIGKILL cuts its shutdown.",
          help: "Raise terminationGracePeriodSeconds to at least 45, or shorten the app's preStop or shutdown. The native sidecar keeps serving until the app has exited, so the grace period has to cover the whole of the app's stop, preStop included. An injected sidecar is assumed: its pod template has the sidecar.istio.io/nativeSidecar annotation. Values: app preStop 20s (preStop of container worker, inline.yaml:17); shutdown duration 25s (drainlint.io/shutdown-duration annotation, inline.yaml:11); terminationGracePeriodSeconds 30 (default).",
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 9,
          related: [
            "inline.yaml:17:13 app preStop 20s (preStop of container worker)",
            "inline.yaml:11:41 shutdown duration 25s (drainlint.io/shutdown-duration annotation)",
          ],
          resource: "Deployment shop/worker",
        },
      ],
    },
    {
      name: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS: MINIMUM_DRAIN_DURATION 30s and the first check at 31s',
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: cart
  namespace: shop
spec:
  template:
    metadata:
      annotations:
        proxy.istio.io/config: |
          proxyMetadata:
            EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"
            MINIMUM_DRAIN_DURATION: "30s"
    spec:
      containers:
        - name: app
          image: example/cart:1.0
`,
      errors: [
        {
          messageId: 'exitOnZeroDrain',
          message: "MINIMUM_DRAIN_DURATION is 30s, but terminationGracePeriodSeconds is 30 (default): SIGKILL precedes the first connection check.",
          help: "Raise terminationGracePeriodSeconds to at least 31, or lower MINIMUM_DRAIN_DURATION to at most 29s. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, the sidecar sleeps MINIMUM_DRAIN_DURATION once its drain starts and checks for open connections only 1s later, at 31s; kubelet kills it at 30s, before it can exit on its own. Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Values: MINIMUM_DRAIN_DURATION 30s (proxy.istio.io/config annotation, inline.yaml:13); EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation, inline.yaml:12); terminationGracePeriodSeconds 30 (default).",
          line: 14,
          column: 5,
          endLine: 14,
          endColumn: 9,
          related: [
            "inline.yaml:13:37 MINIMUM_DRAIN_DURATION 30s (proxy.istio.io/config annotation)",
            "inline.yaml:12:46 EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation)",
          ],
          resource: "Deployment shop/cart",
        },
      ],
    },
    {
      name: 'istio-proxy preStop 10s then terminationDrainDuration 25s: over the default grace period',
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: search
  namespace: shop
spec:
  template:
    metadata:
      annotations:
        proxy.istio.io/config: |
          terminationDrainDuration: 25s
    spec:
      containers:
        - name: app
          image: example/search:1.0
        - name: istio-proxy
          image: auto
          lifecycle:
            preStop:
              exec:
                command: ["sleep", "10"]
`,
      errors: [
        {
          messageId: 'classicDrain',
          message: "terminationDrainDuration is 25s after a 10s istio-proxy preStop, but terminationGracePeriodSeconds is 30 (default): SIGKILL cuts the sidecar's drain.",
          help: "Raise terminationGracePeriodSeconds to at least 35, or lower terminationDrainDuration to at most 20s. The grace period counts from the pod's deletion, preStop included: the sidecar's drain would end at 35s, but kubelet kills Envoy at 30s and the requests still in flight are reset. Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. Values: terminationDrainDuration 25s (proxy.istio.io/config annotation, inline.yaml:11); istio-proxy preStop 10s (preStop of container istio-proxy, inline.yaml:19); terminationGracePeriodSeconds 30 (default).",
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 9,
          related: [
            "inline.yaml:11:37 terminationDrainDuration 25s (proxy.istio.io/config annotation)",
            "inline.yaml:19:13 istio-proxy preStop 10s (preStop of container istio-proxy)",
          ],
          resource: "Deployment shop/search",
        },
      ],
    },
    {
      name: 'spec §8.11: a preStop of at least 30s (sleep, then a script) as long as the default grace period',
      files: [`${F}/prestop-lower-bound.yaml`],
      errors: [
        {
          messageId: 'preStopOutlastsGrace',
          message: "The preStop hook of container billing takes at least 30s, but terminationGracePeriodSeconds is 30 (default): no time is left for a graceful stop.",
          help: `Raise terminationGracePeriodSeconds to at least 31, or shorten the hook to less than 30s. The grace period includes the preStop hook and SIGTERM comes only after it, so a hook that takes the whole grace period leaves the container no time to stop before kubelet's SIGKILL. Values: preStop at least 30s (preStop of container billing, ${F}/prestop-lower-bound.yaml:21); terminationGracePeriodSeconds 30 (default).`,
          line: 16,
          column: 5,
          endLine: 16,
          endColumn: 9,
          related: [
            `${F}/prestop-lower-bound.yaml:21:13 preStop at least 30s (preStop of container billing)`,
          ],
          resource: "Deployment payments/billing [billing]",
        },
      ],
    },
    {
      name: 'native sidecar whose /drain preStop the istio-proxy container replaces: the drain starts when the app exits',
      files: [`${F}/native-without-drain-hook.yaml`],
      errors: [
        {
          messageId: 'lateDrain',
          message: "terminationDrainDuration 15s starts only when the app exits at 20s, but terminationGracePeriodSeconds is 30 (default): SIGKILL cuts that drain.",
          help: `Raise terminationGracePeriodSeconds to at least 35, or lower terminationDrainDuration to at most 10s. The native sidecar's /drain preStop is replaced by the preStop of the istio-proxy container, so the sidecar gets SIGTERM only once the app has exited and only then drains for terminationDrainDuration: the drain would end at 35s, but kubelet kills Envoy at 30s. Values: app preStop 20s (preStop of container search, ${F}/native-without-drain-hook.yaml:26); terminationDrainDuration 15s (proxy.istio.io/config annotation, ${F}/native-without-drain-hook.yaml:20); terminationGracePeriodSeconds 30 (default).`,
          line: 21,
          column: 5,
          endLine: 21,
          endColumn: 9,
          related: [
            `${F}/native-without-drain-hook.yaml:20:37 terminationDrainDuration 15s (proxy.istio.io/config annotation)`,
            `${F}/native-without-drain-hook.yaml:26:13 app preStop 20s (preStop of container search)`,
          ],
          resource: "Deployment shop/search",
        },
      ],
    },
    {
      name: 'Istio 1.20 native sidecars (no /drain preStop yet): MIN and the first check after the app exits',
      files: [`${F}/native-without-drain-hook-istio-1-20.yaml`],
      config: { istioVersion: '1.20', kubernetesVersion: '1.29' },
      errors: [
        {
          messageId: 'lateExitOnZeroDrain',
          message: "MINIMUM_DRAIN_DURATION 20s starts only when the app exits at 10s, but terminationGracePeriodSeconds is 30 (default): SIGKILL comes first.",
          help: `Raise terminationGracePeriodSeconds to at least 31, or lower MINIMUM_DRAIN_DURATION to at most 19s. The native sidecar's /drain preStop is missing (Istio 1.20 injects none; added in 1.21), so the sidecar gets SIGTERM only once the app has exited; with EXIT_ON_ZERO_ACTIVE_CONNECTIONS on it then sleeps MINIMUM_DRAIN_DURATION and checks for open connections 1s later, at 31s, but kubelet kills it at 30s. An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Values: app preStop 10s (preStop of container orders, ${F}/native-without-drain-hook-istio-1-20.yaml:50); MINIMUM_DRAIN_DURATION 20s (proxy.istio.io/config annotation, ${F}/native-without-drain-hook-istio-1-20.yaml:44); EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation, ${F}/native-without-drain-hook-istio-1-20.yaml:43); terminationGracePeriodSeconds 30 (default).`,
          line: 45,
          column: 5,
          endLine: 45,
          endColumn: 9,
          related: [
            `${F}/native-without-drain-hook-istio-1-20.yaml:44:37 MINIMUM_DRAIN_DURATION 20s (proxy.istio.io/config annotation)`,
            `${F}/native-without-drain-hook-istio-1-20.yaml:43:46 EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation)`,
            `${F}/native-without-drain-hook-istio-1-20.yaml:50:13 app preStop 10s (preStop of container orders)`,
          ],
          resource: "Deployment shop/orders",
        },
      ],
    },
    {
      name: 'mesh defaultConfig proxyMetadata reaches a Gateway API gateway and a waypoint (Istio 1.28): MIN and the first check past G',
      files: [`${F}/gateway-api-mesh-default-config.yaml`],
      config: { istioVersion: '1.28' },
      errors: [
        {
          messageId: 'exitOnZeroDrain',
          message: "MINIMUM_DRAIN_DURATION is 40s, but terminationGracePeriodSeconds is 30 (default): SIGKILL precedes the first connection check.",
          help: `Raise terminationGracePeriodSeconds to at least 41 (set it as spec.template.spec.terminationGracePeriodSeconds in the \`deployment\` key of a ConfigMap named by spec.infrastructure.parametersRef, Istio ≥ 1.26), or lower MINIMUM_DRAIN_DURATION to at most 29s if load balancers stop sending to the gateway by then. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, the gateway sleeps MINIMUM_DRAIN_DURATION once its drain starts and checks for open connections only 1s later, at 41s; kubelet kills it at 30s, before it can exit on its own. Values: MINIMUM_DRAIN_DURATION 40s (mesh config in ConfigMap istio-system/istio, ${F}/gateway-api-mesh-default-config.yaml:14); EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (mesh config in ConfigMap istio-system/istio, ${F}/gateway-api-mesh-default-config.yaml:13); terminationGracePeriodSeconds 30 (default).`,
          line: 19,
          column: 9,
          endLine: 19,
          endColumn: 15,
          related: [
            `${F}/gateway-api-mesh-default-config.yaml:14:33 MINIMUM_DRAIN_DURATION 40s (mesh config in ConfigMap istio-system/istio)`,
            `${F}/gateway-api-mesh-default-config.yaml:13:42 EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (mesh config in ConfigMap istio-system/istio)`,
          ],
          resource: "Gateway edge/public",
        },
        {
          messageId: 'exitOnZeroDrain',
          message: "MINIMUM_DRAIN_DURATION is 40s, but terminationGracePeriodSeconds is 30 (default): SIGKILL precedes the first connection check.",
          help: `Raise terminationGracePeriodSeconds to at least 41 (set it as spec.template.spec.terminationGracePeriodSeconds in the \`deployment\` key of a ConfigMap named by spec.infrastructure.parametersRef, Istio ≥ 1.26), or lower MINIMUM_DRAIN_DURATION to at most 29s. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, the gateway sleeps MINIMUM_DRAIN_DURATION once its drain starts and checks for open connections only 1s later, at 41s; kubelet kills it at 30s, before it can exit on its own. Values: MINIMUM_DRAIN_DURATION 40s (mesh config in ConfigMap istio-system/istio, ${F}/gateway-api-mesh-default-config.yaml:14); EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (mesh config in ConfigMap istio-system/istio, ${F}/gateway-api-mesh-default-config.yaml:13); terminationGracePeriodSeconds 30 (default).`,
          line: 31,
          column: 9,
          endLine: 31,
          endColumn: 17,
          related: [
            `${F}/gateway-api-mesh-default-config.yaml:14:33 MINIMUM_DRAIN_DURATION 40s (mesh config in ConfigMap istio-system/istio)`,
            `${F}/gateway-api-mesh-default-config.yaml:13:42 EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (mesh config in ConfigMap istio-system/istio)`,
          ],
          resource: "Gateway shop/waypoint",
        },
      ],
    },
    {
      name: 'native sidecar without the /drain preStop whose app stops past G: the raised grace period covers the drain after it',
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: reports
  namespace: shop
spec:
  template:
    metadata:
      annotations:
        sidecar.istio.io/nativeSidecar: "true"
        drainlint.io/shutdown-duration: 20s
        proxy.istio.io/config: |
          terminationDrainDuration: 50s
    spec:
      containers:
        - name: reports
          image: example/reports:1.0
          lifecycle:
            preStop:
              sleep:
                seconds: 15
        - name: istio-proxy
          image: auto
          lifecycle:
            preStop:
              exec:
                command: ["sleep", "1"]
`,
      errors: [
        {
          messageId: 'nativeAppStop',
          message: "The app needs 35s to stop, but terminationGracePeriodSeconds is 30 (default): SIGKILL cuts its shutdown.",
          help: "Raise terminationGracePeriodSeconds to at least 85 (the sidecar, whose /drain preStop is replaced by the preStop of the istio-proxy container, drains only after it, until 1m25s) and drainDuration to at least 50s, or shorten the app's preStop or shutdown. The native sidecar keeps serving until the app has exited, so the grace period has to cover the whole of the app's stop, preStop included. Values: app preStop 15s (preStop of container reports, inline.yaml:19); shutdown duration 20s (drainlint.io/shutdown-duration annotation, inline.yaml:11); terminationDrainDuration 50s (proxy.istio.io/config annotation, inline.yaml:13); drainDuration 45s (default); terminationGracePeriodSeconds 30 (default).",
          line: 14,
          column: 5,
          endLine: 14,
          endColumn: 9,
          related: [
            "inline.yaml:19:13 app preStop 15s (preStop of container reports)",
            "inline.yaml:11:41 shutdown duration 20s (drainlint.io/shutdown-duration annotation)",
          ],
          resource: "Deployment shop/reports",
        },
      ],
    },
  ],
});
