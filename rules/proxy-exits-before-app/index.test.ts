import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/proxy-exits-before-app';

ruleTester(rule, {
  valid: [
    { name: 'EZ on (other rules judge MIN)', files: [`${F}/ez-on.yaml`] },
    { name: 'native sidecar by annotation', files: [`${F}/native-sidecar.yaml`] },
    { name: 'native by annotation; native without the /drain preStop: the sidecar exits after the app', files: [`${F}/native-annotation-and-late-drain.yaml`] },
    { name: 'Istio 1.24 reads the nativeSidecar annotation: native, and native without the /drain preStop', files: [`${F}/native-annotation-and-late-drain.yaml`], config: { istioVersion: '1.24', kubernetesVersion: '1.30' } },
    { name: 'native sidecar by versions (Istio 1.27 auto on Kubernetes 1.33)', files: [`${F}/app-prestop-defaults.yaml`], config: { istioVersion: '1.27', kubernetesVersion: '1.33' } },
    { name: 'drain ends exactly when the app stops', files: [`${F}/drain-covers-app.yaml`] },
    { name: 'no sidecar: plain workload and inject "false"', files: [`${F}/no-sidecar.yaml`] },
    { name: 'unknown app preStop without L; unknown istio-proxy preStop', files: [`${F}/unknown-timings.yaml`] },
    { name: 'gateway (Helm gateway chart) with long requests: the proxy is the app', files: [`${F}/gateway-lifetime.yaml`] },
  ],
  invalid: [
    {
      name: 'app preStop 20s with all drain settings at their defaults: points at the pod template metadata',
      files: [`${F}/app-prestop-defaults.yaml`],
      errors: [
        {
          messageId: 'appStopsLater',
          message: "terminationDrainDuration is 5s, but the app needs 20s to stop: the sidecar is killed at 5s, cutting the app's traffic.",
          help: `Raise terminationDrainDuration to at least 20s, or set EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" with MINIMUM_DRAIN_DURATION "20s" in proxyMetadata. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS off, pilot-agent kills Envoy once terminationDrainDuration has passed, whether or not the app has stopped; from then on the app's inbound and outbound traffic fails. Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: its pod template has the sidecar.istio.io/inject label. Values: terminationDrainDuration 5s (default); EXIT_ON_ZERO_ACTIVE_CONNECTIONS false (default); app preStop 20s (preStop of container checkout, ${F}/app-prestop-defaults.yaml:18); MINIMUM_DRAIN_DURATION 5s (default).`,
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 13,
          related: [
            `${F}/app-prestop-defaults.yaml:18:13 app preStop 20s (preStop of container checkout)`,
          ],
          resource: "Deployment shop/checkout",
        },
      ],
    },
    {
      name: 'Istio 1.11: no EZ to suggest, no native-sidecar note',
      files: [`${F}/app-prestop-defaults.yaml`],
      config: { istioVersion: '1.11' },
      errors: [
        {
          messageId: 'appStopsLater',
          message: "terminationDrainDuration is 5s, but the app needs 20s to stop: the sidecar is killed at 5s, cutting the app's traffic.",
          help: `Raise terminationDrainDuration to at least 20s (EXIT_ON_ZERO_ACTIVE_CONNECTIONS needs Istio ≥ 1.12). With EXIT_ON_ZERO_ACTIVE_CONNECTIONS off, pilot-agent kills Envoy once terminationDrainDuration has passed, whether or not the app has stopped; from then on the app's inbound and outbound traffic fails. An injected sidecar is assumed: its pod template has the sidecar.istio.io/inject label. Values: terminationDrainDuration 5s (default); EXIT_ON_ZERO_ACTIVE_CONNECTIONS false (default); app preStop 20s (preStop of container checkout, ${F}/app-prestop-defaults.yaml:18).`,
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 13,
          related: [
            `${F}/app-prestop-defaults.yaml:18:13 app preStop 20s (preStop of container checkout)`,
          ],
          resource: "Deployment shop/checkout",
        },
      ],
    },
    {
      name: 'TDD 10s in the annotation block scalar, app preStop sleep action 30s',
      files: [`${F}/annotation-tdd-short.yaml`],
      errors: [
        {
          messageId: 'appStopsLater',
          message: "terminationDrainDuration is 10s, but the app needs 30s to stop: the sidecar is killed at 10s, cutting the app's traffic.",
          help: `Raise terminationDrainDuration to at least 30s, or set EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" with MINIMUM_DRAIN_DURATION "30s" in proxyMetadata and remove terminationDrainDuration, which it leaves unused. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS off, pilot-agent kills Envoy once terminationDrainDuration has passed, whether or not the app has stopped; from then on the app's inbound and outbound traffic fails. Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Values: terminationDrainDuration 10s (proxy.istio.io/config annotation, ${F}/annotation-tdd-short.yaml:13); EXIT_ON_ZERO_ACTIVE_CONNECTIONS false (default); app preStop 30s (preStop of container payments, ${F}/annotation-tdd-short.yaml:20); MINIMUM_DRAIN_DURATION 5s (default).`,
          line: 13,
          column: 37,
          endLine: 13,
          endColumn: 40,
          related: [
            `${F}/annotation-tdd-short.yaml:20:13 app preStop 30s (preStop of container payments)`,
          ],
          resource: "Deployment bank/payments",
        },
      ],
    },
    {
      name: 'TDD in the istio ConfigMap (another file): reported once on the mesh document',
      files: [`${F}/mesh-configmap.yaml`, `${F}/mesh-wide-workloads.yaml`],
      errors: [
        {
          messageId: 'appStopsLater',
          message: "terminationDrainDuration is 10s, but the app needs 15s to stop: the sidecar is killed at 10s, cutting the app's traffic.",
          help: `Raise terminationDrainDuration to at least 15s, or set EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" with MINIMUM_DRAIN_DURATION "15s" in proxyMetadata. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS off, pilot-agent kills Envoy once terminationDrainDuration has passed, whether or not the app has stopped; from then on the app's inbound and outbound traffic fails. Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: an Istio mesh config is part of this run. Values: terminationDrainDuration 10s (mesh config in ConfigMap istio-system/istio, ${F}/mesh-configmap.yaml:11); EXIT_ON_ZERO_ACTIVE_CONNECTIONS false (default); app preStop 15s (preStop of container web, ${F}/mesh-wide-workloads.yaml:13); MINIMUM_DRAIN_DURATION 5s (default). The same applies to 1 more workload using this mesh config: Deployment shop/backend.`,
          line: 11,
          column: 33,
          endLine: 11,
          endColumn: 36,
          related: [
            `${F}/mesh-wide-workloads.yaml:13:13 app preStop 15s (preStop of container web)`,
          ],
          resource: null,
        },
      ],
    },
    {
      name: 'L 25s with EZ explicitly "false": points at the EZ value',
      files: [`${F}/lifetime-driven.yaml`],
      errors: [
        {
          messageId: 'requestsOutlast',
          message: "terminationDrainDuration is 5s, but requests may stay in flight for 25s: the sidecar is killed at 5s, cutting them.",
          help: `Raise terminationDrainDuration to at least 25s, or set EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" in proxyMetadata. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS off, pilot-agent kills Envoy once terminationDrainDuration has passed, whether or not requests are still in flight; from then on the app's inbound and outbound traffic fails. Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Values: terminationDrainDuration 5s (default); EXIT_ON_ZERO_ACTIVE_CONNECTIONS false (proxy.istio.io/config annotation, ${F}/lifetime-driven.yaml:17); connection lifetime 25s (drainlint.io/connection-lifetime annotation, ${F}/lifetime-driven.yaml:14); MINIMUM_DRAIN_DURATION 5s (default).`,
          line: 17,
          column: 46,
          endLine: 17,
          endColumn: 53,
          related: [
            `${F}/lifetime-driven.yaml:14:43 connection lifetime 25s (drainlint.io/connection-lifetime annotation)`,
          ],
          resource: "StatefulSet chat/ws-gateway",
        },
      ],
    },
    {
      name: 'shutdown duration after an istio-proxy preStop (Job); grace period 0 makes it info',
      files: [`${F}/shutdown-and-info.yaml`],
      errors: [
        {
          messageId: 'appStopsLater',
          message: "terminationDrainDuration is 5s after a 3s istio-proxy preStop, but the app needs 15s to stop: the sidecar is killed at 8s, cutting the app's traffic.",
          help: `Raise terminationDrainDuration to at least 12s, or set EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" in proxyMetadata. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS off, pilot-agent kills Envoy once terminationDrainDuration has passed since its preStop ended, whether or not the app has stopped; from then on the app's inbound and outbound traffic fails. Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. Values: terminationDrainDuration 5s (default); EXIT_ON_ZERO_ACTIVE_CONNECTIONS false (default); istio-proxy preStop 3s (preStop of container istio-proxy, ${F}/shutdown-and-info.yaml:20); shutdown duration 15s (drainlint.io/shutdown-duration annotation, ${F}/shutdown-and-info.yaml:11); MINIMUM_DRAIN_DURATION 5s (default).`,
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 13,
          related: [
            `${F}/shutdown-and-info.yaml:20:13 istio-proxy preStop 3s (preStop of container istio-proxy)`,
            `${F}/shutdown-and-info.yaml:11:41 shutdown duration 15s (drainlint.io/shutdown-duration annotation)`,
          ],
          resource: "Job db/migrate",
        },
        {
          severity: 'info',
          messageId: 'appStopsLater',
          message: "terminationDrainDuration is 5s, but the app needs 10s to stop: the sidecar is killed at 5s, cutting the app's traffic.",
          help: `Raise terminationDrainDuration to at least 10s and terminationGracePeriodSeconds to at least 10, or set EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" with MINIMUM_DRAIN_DURATION "10s" in proxyMetadata and raise terminationGracePeriodSeconds to at least 11. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS off, pilot-agent kills Envoy once terminationDrainDuration has passed, whether or not the app has stopped; from then on the app's inbound and outbound traffic fails. Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: its pod template has the sidecar.istio.io/inject label. Values: terminationDrainDuration 5s (default); EXIT_ON_ZERO_ACTIVE_CONNECTIONS false (default); app preStop 10s (preStop of container scratch, ${F}/shutdown-and-info.yaml:41); MINIMUM_DRAIN_DURATION 5s (default); terminationGracePeriodSeconds 0 (pod spec, ${F}/shutdown-and-info.yaml:36).`,
          line: 32,
          column: 5,
          endLine: 32,
          endColumn: 13,
          related: [
            `${F}/shutdown-and-info.yaml:41:13 app preStop 10s (preStop of container scratch)`,
          ],
          resource: "Deployment dev/scratch",
        },
      ],
    },
    {
      name: 'CronJob: app preStop unknown (httpGet) but L 40s decides',
      files: [`${F}/unknown-prestop-lifetime.yaml`],
      errors: [
        {
          messageId: 'requestsOutlast',
          message: "terminationDrainDuration is 5s, but requests may stay in flight for 40s: the sidecar is killed at 5s, cutting them.",
          help: `Raise terminationDrainDuration to at least 40s, or set EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" in proxyMetadata. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS off, pilot-agent kills Envoy once terminationDrainDuration has passed, whether or not requests are still in flight; from then on the app's inbound and outbound traffic fails. An injected sidecar is assumed: its pod template has the sidecar.istio.io/nativeSidecar annotation. Values: terminationDrainDuration 5s (default); EXIT_ON_ZERO_ACTIVE_CONNECTIONS false (default); connection lifetime 40s (drainlint.io/connection-lifetime annotation, ${F}/unknown-prestop-lifetime.yaml:14); MINIMUM_DRAIN_DURATION 5s (default).`,
          line: 12,
          column: 9,
          endLine: 12,
          endColumn: 17,
          related: [
            `${F}/unknown-prestop-lifetime.yaml:14:47 connection lifetime 40s (drainlint.io/connection-lifetime annotation)`,
          ],
          resource: "CronJob batch/nightly",
        },
      ],
    },
    {
      name: 'requests of up to 1m: a terminationDrainDuration that long needs drainDuration raised too',
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: reports
  namespace: shop
spec:
  template:
    metadata:
      annotations:
        drainlint.io/connection-lifetime: "1m"
        proxy.istio.io/config: |
          terminationDrainDuration: 20s
    spec:
      terminationGracePeriodSeconds: 90
      containers:
        - name: app
          image: example/reports:1.0
`,
      errors: [
        {
          messageId: 'requestsOutlast',
          message: "terminationDrainDuration is 20s, but requests may stay in flight for 1m: the sidecar is killed at 20s, cutting them.",
          help: "Raise terminationDrainDuration to at least 1m and drainDuration to at least 1m, or set EXIT_ON_ZERO_ACTIVE_CONNECTIONS \"true\" in proxyMetadata and remove terminationDrainDuration, which it leaves unused. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS off, pilot-agent kills Envoy once terminationDrainDuration has passed, whether or not requests are still in flight; from then on the app's inbound and outbound traffic fails. Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Values: terminationDrainDuration 20s (proxy.istio.io/config annotation, inline.yaml:12); EXIT_ON_ZERO_ACTIVE_CONNECTIONS false (default); connection lifetime 1m (drainlint.io/connection-lifetime annotation, inline.yaml:10); MINIMUM_DRAIN_DURATION 5s (default); drainDuration 45s (default).",
          line: 12,
          column: 37,
          endLine: 12,
          endColumn: 40,
          related: [
            "inline.yaml:10:43 connection lifetime 1m (drainlint.io/connection-lifetime annotation)",
          ],
          resource: "Deployment shop/reports",
        },
      ],
    },
    {
      name: 'spec §8.11: the app preStop sleeps 20s, then runs a script: the app needs at least 20s',
      files: [`${F}/prestop-lower-bound.yaml`],
      errors: [
        {
          messageId: 'appStopsLater',
          message: "terminationDrainDuration is 5s, but the app needs at least 20s to stop: the sidecar is killed at 5s, cutting the app's traffic.",
          help: `Raise terminationDrainDuration to at least 20s (more if the app's preStop runs long after its 20s of sleep), or set EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" with MINIMUM_DRAIN_DURATION "20s" in proxyMetadata. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS off, pilot-agent kills Envoy once terminationDrainDuration has passed, whether or not the app has stopped; from then on the app's inbound and outbound traffic fails. Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: its pod template has the sidecar.istio.io/inject label. Values: terminationDrainDuration 5s (default); EXIT_ON_ZERO_ACTIVE_CONNECTIONS false (default); app preStop at least 20s (preStop of container invoices, ${F}/prestop-lower-bound.yaml:22); MINIMUM_DRAIN_DURATION 5s (default).`,
          line: 13,
          column: 5,
          endLine: 13,
          endColumn: 13,
          related: [
            `${F}/prestop-lower-bound.yaml:22:13 app preStop at least 20s (preStop of container invoices)`,
          ],
          resource: "Deployment billing/invoices",
        },
      ],
    },
    {
      name: 'Istio 1.23 ignores the nativeSidecar annotation: the timeline is classic, so are the findings',
      files: [`${F}/native-annotation-and-late-drain.yaml`],
      config: { istioVersion: '1.23', kubernetesVersion: '1.30' },
      errors: [
        {
          messageId: 'appStopsLater',
          message: "terminationDrainDuration is 5s, but the app needs 15s to stop: the sidecar is killed at 5s, cutting the app's traffic.",
          help: `Raise terminationDrainDuration to at least 15s, or set EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" with MINIMUM_DRAIN_DURATION "15s" in proxyMetadata. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS off, pilot-agent kills Envoy once terminationDrainDuration has passed, whether or not the app has stopped; from then on the app's inbound and outbound traffic fails. An injected sidecar is assumed: its pod template has the sidecar.istio.io/nativeSidecar annotation. Values: terminationDrainDuration 5s (default); EXIT_ON_ZERO_ACTIVE_CONNECTIONS false (default); app preStop 15s (preStop of container reports, ${F}/native-annotation-and-late-drain.yaml:23); MINIMUM_DRAIN_DURATION 5s (default).`,
          line: 13,
          column: 5,
          endLine: 13,
          endColumn: 13,
          related: [
            `${F}/native-annotation-and-late-drain.yaml:23:13 app preStop 15s (preStop of container reports)`,
          ],
          resource: "Deployment billing/reports",
        },
        {
          messageId: 'appStopsLater',
          message: "terminationDrainDuration is 5s after a 1s istio-proxy preStop, but the app needs 15s to stop: the sidecar is killed at 6s, cutting the app's traffic.",
          help: `Raise terminationDrainDuration to at least 14s, or set EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" with MINIMUM_DRAIN_DURATION "14s" in proxyMetadata. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS off, pilot-agent kills Envoy once terminationDrainDuration has passed since its preStop ended, whether or not the app has stopped; from then on the app's inbound and outbound traffic fails. Values: terminationDrainDuration 5s (default); EXIT_ON_ZERO_ACTIVE_CONNECTIONS false (default); istio-proxy preStop 1s (preStop of container istio-proxy, ${F}/native-annotation-and-late-drain.yaml:55); app preStop 15s (preStop of container statements, ${F}/native-annotation-and-late-drain.yaml:49); MINIMUM_DRAIN_DURATION 5s (default).`,
          line: 39,
          column: 5,
          endLine: 39,
          endColumn: 13,
          related: [
            `${F}/native-annotation-and-late-drain.yaml:55:13 istio-proxy preStop 1s (preStop of container istio-proxy)`,
            `${F}/native-annotation-and-late-drain.yaml:49:13 app preStop 15s (preStop of container statements)`,
          ],
          resource: "Deployment billing/statements",
        },
      ],
    },
  ],
});
