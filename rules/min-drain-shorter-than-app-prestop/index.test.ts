import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/min-drain-shorter-than-app-prestop';

ruleTester(rule, {
  valid: [
    { name: 'MIN equal to the app preStop; EZ off; app preStop of unknown length', files: [`${F}/min-covers-prestop.yaml`] },
    { name: 'native sidecar; hostNetwork pod', files: [`${F}/native-or-no-sidecar.yaml`] },
    { name: 'spec §8.11: sleeps after exit do not count; native without the /drain preStop drains after the app', files: [`${F}/bounds-and-paths-silent.yaml`] },
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
          messageId: 'minShorterThanPreStop',
          message: "MINIMUM_DRAIN_DURATION is 5s, but the app's preStop takes 30s: the sidecar may exit from 6s on, while the app still serves.",
          help: `Set MINIMUM_DRAIN_DURATION "30s" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, the sidecar sleeps MINIMUM_DRAIN_DURATION once its drain starts, then exits at the first check that finds no open connection; during the app's preStop there may be none for a moment, while the pod still receives traffic (istio/istio#47718). Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Values: MINIMUM_DRAIN_DURATION 5s (default); EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation, ${F}/issue-47718.yaml:13); app preStop 30s (preStop of container server, ${F}/issue-47718.yaml:23).`,
          line: 13,
          column: 46,
          endLine: 13,
          endColumn: 52,
          related: [
            `${F}/issue-47718.yaml:23:13 app preStop 30s (preStop of container server)`,
          ],
          resource: "Deployment rpc/grpc-server",
        },
      ],
    },
    {
      name: 'Istio 1.24 with Kubernetes 1.30 stays classic: no native note',
      files: [`${F}/issue-47718.yaml`],
      config: { istioVersion: '1.24', kubernetesVersion: '1.30' },
      errors: [
        {
          messageId: 'minShorterThanPreStop',
          message: "MINIMUM_DRAIN_DURATION is 5s, but the app's preStop takes 30s: the sidecar may exit from 6s on, while the app still serves.",
          help: `Set MINIMUM_DRAIN_DURATION "30s" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, the sidecar sleeps MINIMUM_DRAIN_DURATION once its drain starts, then exits at the first check that finds no open connection; during the app's preStop there may be none for a moment, while the pod still receives traffic (istio/istio#47718). An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Values: MINIMUM_DRAIN_DURATION 5s (default); EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation, ${F}/issue-47718.yaml:13); app preStop 30s (preStop of container server, ${F}/issue-47718.yaml:23).`,
          line: 13,
          column: 46,
          endLine: 13,
          endColumn: 52,
          related: [
            `${F}/issue-47718.yaml:23:13 app preStop 30s (preStop of container server)`,
          ],
          resource: "Deployment rpc/grpc-server",
        },
      ],
    },
    {
      name: 'MIN 10s in the annotation, longest of two app preStops 20s: points at MIN',
      files: [`${F}/annotation-min-short.yaml`],
      errors: [
        {
          messageId: 'minShorterThanPreStop',
          message: "MINIMUM_DRAIN_DURATION is 10s, but the app's preStop takes 20s: the sidecar may exit from 11s on, while the app still serves.",
          help: `Set MINIMUM_DRAIN_DURATION "20s" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, the sidecar sleeps MINIMUM_DRAIN_DURATION once its drain starts, then exits at the first check that finds no open connection; during the app's preStop there may be none for a moment, while the pod still receives traffic (istio/istio#47718). Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Values: MINIMUM_DRAIN_DURATION 10s (proxy.istio.io/config annotation, ${F}/annotation-min-short.yaml:15); EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation, ${F}/annotation-min-short.yaml:14); app preStop 20s (preStop of container consumer, ${F}/annotation-min-short.yaml:21).`,
          line: 15,
          column: 37,
          endLine: 15,
          endColumn: 42,
          related: [
            `${F}/annotation-min-short.yaml:14:46 EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation)`,
            `${F}/annotation-min-short.yaml:21:13 app preStop 20s (preStop of container consumer)`,
          ],
          resource: "StatefulSet events/kafka-consumer",
        },
      ],
    },
    {
      name: 'EZ and MIN in the istio ConfigMap mesh block: reported once, inside the block scalar',
      files: [`${F}/mesh-configmap.yaml`, `${F}/mesh-workloads.yaml`],
      errors: [
        {
          messageId: 'minShorterThanPreStop',
          message: "MINIMUM_DRAIN_DURATION is 3s, but the app's preStop takes 10s: the sidecar may exit from 4s on, while the app still serves.",
          help: `Set MINIMUM_DRAIN_DURATION "10s" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, the sidecar sleeps MINIMUM_DRAIN_DURATION once its drain starts, then exits at the first check that finds no open connection; during the app's preStop there may be none for a moment, while the pod still receives traffic (istio/istio#47718). Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: an Istio mesh config is part of this run. Values: MINIMUM_DRAIN_DURATION 3s (mesh config in ConfigMap istio-system/istio, ${F}/mesh-configmap.yaml:12); EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (mesh config in ConfigMap istio-system/istio, ${F}/mesh-configmap.yaml:11); app preStop 10s (preStop of container web, ${F}/mesh-workloads.yaml:13). The same applies to 1 more workload using this mesh config: DaemonSet shop/agent.`,
          line: 12,
          column: 33,
          endLine: 12,
          endColumn: 35,
          related: [
            `${F}/mesh-configmap.yaml:11:42 EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (mesh config in ConfigMap istio-system/istio)`,
            `${F}/mesh-workloads.yaml:13:13 app preStop 10s (preStop of container web)`,
          ],
          resource: null,
        },
      ],
    },
    {
      name: "istio-proxy container env and preStop: the proxy's preStop counts (second document covered)",
      files: [`${F}/proxy-prestop.yaml`],
      errors: [
        {
          messageId: 'minShorterThanPreStop',
          message: "MINIMUM_DRAIN_DURATION is 10s after a 5s istio-proxy preStop, but the app's preStop takes 20s: the sidecar may exit from 16s on, while the app still serves.",
          help: `Set MINIMUM_DRAIN_DURATION "15s" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, the sidecar sleeps MINIMUM_DRAIN_DURATION once its drain starts at the end of its preStop, then exits at the first check that finds no open connection; during the app's preStop there may be none for a moment, while the pod still receives traffic (istio/istio#47718). Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. Values: MINIMUM_DRAIN_DURATION 10s (env of the istio-proxy container, ${F}/proxy-prestop.yaml:23); EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (env of the istio-proxy container, ${F}/proxy-prestop.yaml:21); app preStop 20s (preStop of container app, ${F}/proxy-prestop.yaml:14); istio-proxy preStop 5s (preStop of container istio-proxy, ${F}/proxy-prestop.yaml:25).`,
          line: 23,
          column: 22,
          endLine: 23,
          endColumn: 25,
          related: [
            `${F}/proxy-prestop.yaml:21:22 EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (env of the istio-proxy container)`,
            `${F}/proxy-prestop.yaml:14:13 app preStop 20s (preStop of container app)`,
            `${F}/proxy-prestop.yaml:25:13 istio-proxy preStop 5s (preStop of container istio-proxy)`,
          ],
          resource: "Deployment web/edge",
        },
      ],
    },
    {
      name: 'grace period 0: info',
      files: [`${F}/grace-zero.yaml`],
      errors: [
        {
          severity: 'info',
          messageId: 'minShorterThanPreStop',
          message: "MINIMUM_DRAIN_DURATION is 5s, but the app's preStop takes 8s: the sidecar may exit from 6s on, while the app still serves.",
          help: `Set MINIMUM_DRAIN_DURATION "8s" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS, and raise terminationGracePeriodSeconds to at least 9. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, the sidecar sleeps MINIMUM_DRAIN_DURATION once its drain starts, then exits at the first check that finds no open connection; during the app's preStop there may be none for a moment, while the pod still receives traffic (istio/istio#47718). Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Values: MINIMUM_DRAIN_DURATION 5s (default); EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation, ${F}/grace-zero.yaml:13); app preStop 8s (preStop of container scratch, ${F}/grace-zero.yaml:20); terminationGracePeriodSeconds 0 (pod spec, ${F}/grace-zero.yaml:15).`,
          line: 13,
          column: 46,
          endLine: 13,
          endColumn: 49,
          related: [
            `${F}/grace-zero.yaml:20:13 app preStop 8s (preStop of container scratch)`,
          ],
          resource: "Deployment dev/scratch",
        },
      ],
    },
    {
      name: 'MIN without a unit falls back to 5s: points at EZ',
      files: [`${F}/min-invalid.yaml`],
      errors: [
        {
          messageId: 'minShorterThanPreStop',
          message: "MINIMUM_DRAIN_DURATION is 5s, but the app's preStop takes 25s: the sidecar may exit from 6s on, while the app still serves.",
          help: `Set MINIMUM_DRAIN_DURATION "25s" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, the sidecar sleeps MINIMUM_DRAIN_DURATION once its drain starts, then exits at the first check that finds no open connection; during the app's preStop there may be none for a moment, while the pod still receives traffic (istio/istio#47718). Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Values: MINIMUM_DRAIN_DURATION 5s (default (MINIMUM_DRAIN_DURATION "30" is not a duration)); EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation, ${F}/min-invalid.yaml:13); app preStop 25s (preStop of container billing, ${F}/min-invalid.yaml:20).`,
          line: 13,
          column: 46,
          endLine: 13,
          endColumn: 52,
          related: [
            `${F}/min-invalid.yaml:20:13 app preStop 25s (preStop of container billing)`,
          ],
          resource: "Deployment shop/billing",
        },
      ],
    },
    {
      name: 'app preStop 1m: the suggested MINIMUM_DRAIN_DURATION needs drainDuration and the grace period raised too',
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: batch-api
  namespace: batch
spec:
  template:
    metadata:
      annotations:
        proxy.istio.io/config: |
          proxyMetadata:
            EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"
            MINIMUM_DRAIN_DURATION: "20s"
    spec:
      terminationGracePeriodSeconds: 60
      containers:
        - name: api
          image: example/batch-api:1.0
          lifecycle:
            preStop:
              sleep:
                seconds: 60
`,
      errors: [
        {
          messageId: 'minShorterThanPreStop',
          message: "MINIMUM_DRAIN_DURATION is 20s, but the app's preStop takes 1m: the sidecar may exit from 21s on, while the app still serves.",
          help: "Set MINIMUM_DRAIN_DURATION \"1m\" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS, and raise terminationGracePeriodSeconds to at least 61 and drainDuration to at least 1m. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, the sidecar sleeps MINIMUM_DRAIN_DURATION once its drain starts, then exits at the first check that finds no open connection; during the app's preStop there may be none for a moment, while the pod still receives traffic (istio/istio#47718). Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Values: MINIMUM_DRAIN_DURATION 20s (proxy.istio.io/config annotation, inline.yaml:13); EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation, inline.yaml:12); app preStop 1m (preStop of container api, inline.yaml:20); drainDuration 45s (default); terminationGracePeriodSeconds 60 (pod spec, inline.yaml:15).",
          line: 13,
          column: 37,
          endLine: 13,
          endColumn: 42,
          related: [
            "inline.yaml:12:46 EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation)",
            "inline.yaml:20:13 app preStop 1m (preStop of container api)",
          ],
          resource: "Deployment batch/batch-api",
        },
      ],
    },
    {
      name: 'spec §8.11: an app preStop of at least 30s (sleep, then a script of unknown length)',
      files: [`${F}/prestop-lower-bound.yaml`],
      errors: [
        {
          messageId: 'minShorterThanPreStop',
          message: "MINIMUM_DRAIN_DURATION is 5s, but the app's preStop takes at least 30s: the sidecar may exit from 6s on, while the app still serves.",
          help: `Set MINIMUM_DRAIN_DURATION "30s" or more (the app's preStop runs for an unknown time after its 30s of sleep) beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, the sidecar sleeps MINIMUM_DRAIN_DURATION once its drain starts, then exits at the first check that finds no open connection; during the app's preStop there may be none for a moment, while the pod still receives traffic (istio/istio#47718). Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Values: MINIMUM_DRAIN_DURATION 5s (default); EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation, ${F}/prestop-lower-bound.yaml:20); app preStop at least 30s (preStop of container feed, ${F}/prestop-lower-bound.yaml:27).`,
          line: 20,
          column: 46,
          endLine: 20,
          endColumn: 52,
          related: [
            `${F}/prestop-lower-bound.yaml:27:13 app preStop at least 30s (preStop of container feed)`,
          ],
          resource: "Deployment news/feed",
        },
      ],
    },
  ],
});
