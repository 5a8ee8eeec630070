import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/proxy-exits-before-app';
const NATIVE_NOTE = ' Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this.';
const HARM = "the app's inbound and outbound traffic fails once the proxy is gone.";

ruleTester(rule, {
  valid: [
    { name: 'EZ on (other rules judge MIN)', files: [`${F}/ez-on.yaml`] },
    { name: 'native sidecar by annotation', files: [`${F}/native-sidecar.yaml`] },
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
          message:
            `The sidecar is killed at 5s, after terminationDrainDuration 5s (default), since EXIT_ON_ZERO_ACTIVE_CONNECTIONS is off (default), but the app stops only at 20s (preStop 20s (preStop of container checkout, fixtures/proxy-exits-before-app/app-prestop-defaults.yaml:18)): ${HARM} ` +
            'Set EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" with MINIMUM_DRAIN_DURATION "20s" in proxyMetadata, or raise terminationDrainDuration to at least 20s. (an injected sidecar is assumed: its pod template has the sidecar.istio.io/inject label)' +
            NATIVE_NOTE,
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 13,
          related: [`${F}/app-prestop-defaults.yaml:18:13 app preStop 20s (preStop of container checkout)`],
        },
      ],
    },
    {
      name: 'Istio 1.11: no EZ to suggest, no native-sidecar note',
      files: [`${F}/app-prestop-defaults.yaml`],
      config: { istioVersion: '1.11' },
      errors: [
        {
          message:
            `The sidecar is killed at 5s, after terminationDrainDuration 5s (default), since EXIT_ON_ZERO_ACTIVE_CONNECTIONS is off (default), but the app stops only at 20s (preStop 20s (preStop of container checkout, fixtures/proxy-exits-before-app/app-prestop-defaults.yaml:18)): ${HARM} ` +
            'Raise terminationDrainDuration to at least 20s (EXIT_ON_ZERO_ACTIVE_CONNECTIONS needs Istio ≥ 1.12). (an injected sidecar is assumed: its pod template has the sidecar.istio.io/inject label)',
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 13,
        },
      ],
    },
    {
      name: 'TDD 10s in the annotation block scalar, app preStop sleep action 30s',
      files: [`${F}/annotation-tdd-short.yaml`],
      errors: [
        {
          message:
            `The sidecar is killed at 10s, after terminationDrainDuration 10s (proxy.istio.io/config annotation, fixtures/proxy-exits-before-app/annotation-tdd-short.yaml:13), since EXIT_ON_ZERO_ACTIVE_CONNECTIONS is off (default), but the app stops only at 30s (preStop 30s (preStop of container payments, fixtures/proxy-exits-before-app/annotation-tdd-short.yaml:20)): ${HARM} ` +
            'Set EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" with MINIMUM_DRAIN_DURATION "30s" in proxyMetadata, or raise terminationDrainDuration to at least 30s. (an injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation)' +
            NATIVE_NOTE,
          line: 13,
          column: 37,
          endLine: 13,
          endColumn: 40,
          related: [`${F}/annotation-tdd-short.yaml:20:13 app preStop 30s (preStop of container payments)`],
        },
      ],
    },
    {
      name: 'TDD in the istio ConfigMap (another file): reported once on the mesh document',
      files: [`${F}/mesh-configmap.yaml`, `${F}/mesh-wide-workloads.yaml`],
      errors: [
        {
          message:
            `The sidecar is killed at 10s, after terminationDrainDuration 10s (mesh config in ConfigMap istio-system/istio, fixtures/proxy-exits-before-app/mesh-configmap.yaml:11), since EXIT_ON_ZERO_ACTIVE_CONNECTIONS is off (default), but the app stops only at 15s (preStop 15s (preStop of container web, fixtures/proxy-exits-before-app/mesh-wide-workloads.yaml:13)): ${HARM} ` +
            'Set EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" with MINIMUM_DRAIN_DURATION "15s" in proxyMetadata, or raise terminationDrainDuration to at least 15s. (an injected sidecar is assumed: an Istio mesh config is part of this run)' +
            NATIVE_NOTE +
            ' The same applies to 1 more workload using this mesh config: Deployment shop/backend.',
          line: 11,
          column: 33,
          endLine: 11,
          endColumn: 36,
          related: [`${F}/mesh-wide-workloads.yaml:13:13 app preStop 15s (preStop of container web)`],
        },
      ],
    },
    {
      name: 'L 25s with EZ explicitly "false": points at the EZ value',
      files: [`${F}/lifetime-driven.yaml`],
      errors: [
        {
          message:
            `The sidecar is killed at 5s, after terminationDrainDuration 5s (default), since EXIT_ON_ZERO_ACTIVE_CONNECTIONS is off (proxy.istio.io/config annotation, fixtures/proxy-exits-before-app/lifetime-driven.yaml:17), but requests or connections may stay in flight for 25s (connection lifetime, drainlint.io/connection-lifetime annotation, fixtures/proxy-exits-before-app/lifetime-driven.yaml:14): ${HARM} ` +
            'Set EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" in proxyMetadata, or raise terminationDrainDuration to at least 25s. (an injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation)' +
            NATIVE_NOTE,
          line: 17,
          column: 46,
          endLine: 17,
          endColumn: 53,
          related: [`${F}/lifetime-driven.yaml:14:43 connection lifetime 25s (drainlint.io/connection-lifetime annotation)`],
        },
      ],
    },
    {
      name: 'shutdown duration after an istio-proxy preStop (Job); grace period 0 makes it info',
      files: [`${F}/shutdown-and-info.yaml`],
      errors: [
        {
          message:
            `The sidecar is killed at 8s, after its preStop (3s (preStop of container istio-proxy, fixtures/proxy-exits-before-app/shutdown-and-info.yaml:20)) plus terminationDrainDuration 5s (default), since EXIT_ON_ZERO_ACTIVE_CONNECTIONS is off (default), but the app stops only at 15s (shutdown 15s (drainlint.io/shutdown-duration annotation, fixtures/proxy-exits-before-app/shutdown-and-info.yaml:11)): ${HARM} ` +
            'Set EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" in proxyMetadata, or raise terminationDrainDuration to at least 12s.' +
            NATIVE_NOTE,
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 13,
          related: [
            `${F}/shutdown-and-info.yaml:20:13 istio-proxy preStop 3s (preStop of container istio-proxy)`,
            `${F}/shutdown-and-info.yaml:11:41 shutdown duration 15s (drainlint.io/shutdown-duration annotation)`,
          ],
        },
        {
          severity: 'info',
          message:
            `The sidecar is killed at 5s, after terminationDrainDuration 5s (default), since EXIT_ON_ZERO_ACTIVE_CONNECTIONS is off (default), but the app stops only at 10s (preStop 10s (preStop of container scratch, fixtures/proxy-exits-before-app/shutdown-and-info.yaml:41)): ${HARM} ` +
            'Set EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" with MINIMUM_DRAIN_DURATION "10s" in proxyMetadata, or raise terminationDrainDuration to at least 10s and terminationGracePeriodSeconds to at least 10. (an injected sidecar is assumed: its pod template has the sidecar.istio.io/inject label)' +
            NATIVE_NOTE,
          line: 32,
          column: 5,
          endLine: 32,
          endColumn: 13,
        },
      ],
    },
    {
      name: 'CronJob: app preStop unknown (httpGet) but L 40s decides',
      files: [`${F}/unknown-prestop-lifetime.yaml`],
      errors: [
        {
          message:
            `The sidecar is killed at 5s, after terminationDrainDuration 5s (default), since EXIT_ON_ZERO_ACTIVE_CONNECTIONS is off (default), but requests or connections may stay in flight for 40s (connection lifetime, drainlint.io/connection-lifetime annotation, fixtures/proxy-exits-before-app/unknown-prestop-lifetime.yaml:14): ${HARM} ` +
            'Set EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" in proxyMetadata, or raise terminationDrainDuration to at least 40s. (an injected sidecar is assumed: its pod template has the sidecar.istio.io/nativeSidecar annotation)',
          line: 12,
          column: 9,
          endLine: 12,
          endColumn: 17,
          related: [`${F}/unknown-prestop-lifetime.yaml:14:47 connection lifetime 40s (drainlint.io/connection-lifetime annotation)`],
        },
      ],
    },
  ],
});
