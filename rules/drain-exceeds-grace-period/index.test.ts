import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/drain-exceeds-grace-period';

ruleTester(rule, {
  valid: [
    { name: 'grace period covers the drain exactly', files: [`${F}/grace-covers-drain.yaml`] },
    { name: 'plain workload without mesh signal', files: [`${F}/plain-workload-long-tdd-no-mesh.yaml`] },
    { name: 'waypoint on Istio 1.27: the hard-coded 2s grace period is gateway-drain-too-short', files: [`${F}/gateway-waypoint.yaml`], config: { istioVersion: '1.27' } },
  ],
  invalid: [
    {
      name: 'Helm gateway chart Deployment: says gateway, no native-sidecar note',
      files: [`${F}/gateway-helm-chart.yaml`],
      errors: [
        {
          message:
            'terminationGracePeriodSeconds is 30 (default) but the gateway drains for terminationDrainDuration 45s (proxy.istio.io/config annotation, fixtures/drain-exceeds-grace-period/gateway-helm-chart.yaml:16): the drain ends at 45s, after SIGKILL. Raise terminationGracePeriodSeconds to at least 45 or lower the drain.',
          line: 20,
          column: 5,
          endLine: 20,
          endColumn: 9,
          related: [`${F}/gateway-helm-chart.yaml:16:37 terminationDrainDuration 45s (proxy.istio.io/config annotation)`],
        },
      ],
    },
    {
      name: 'IstioOperator gateways: grace period from a k8s.overlays patch, or the default at the entry name (one patched high enough)',
      files: [`${F}/gateway-iop.yaml`],
      errors: [
        {
          message:
            'terminationGracePeriodSeconds is 20 but the gateway drains for terminationDrainDuration 45s (mesh config in IstioOperator istio-system/control-plane spec.meshConfig, fixtures/drain-exceeds-grace-period/gateway-iop.yaml:10): the drain ends at 45s, after SIGKILL. Raise terminationGracePeriodSeconds to at least 45 or lower the drain.',
          line: 21,
          column: 26,
          endLine: 21,
          endColumn: 28,
          related: [`${F}/gateway-iop.yaml:10:33 terminationDrainDuration 45s (mesh config in IstioOperator istio-system/control-plane spec.meshConfig)`],
        },
        {
          message:
            'terminationGracePeriodSeconds is 30 (default) but the gateway drains for terminationDrainDuration 45s (mesh config in IstioOperator istio-system/control-plane spec.meshConfig, fixtures/drain-exceeds-grace-period/gateway-iop.yaml:10): the drain ends at 45s, after SIGKILL. Raise terminationGracePeriodSeconds to at least 45 (set it with a k8s.overlays patch of spec.template.spec.terminationGracePeriodSeconds on this gateway entry) or lower the drain.',
          line: 22,
          column: 15,
          endLine: 22,
          endColumn: 38,
        },
      ],
    },
    {
      name: 'Gateway API: grace period from the parametersRef ConfigMap deployment overlay',
      files: [`${F}/gateway-api-parameters.yaml`],
      errors: [
        {
          message:
            'terminationGracePeriodSeconds is 10 but the gateway drains for terminationDrainDuration 20s (proxy.istio.io/config annotation, fixtures/drain-exceeds-grace-period/gateway-api-parameters.yaml:12): the drain ends at 20s, after SIGKILL. Raise terminationGracePeriodSeconds to at least 20 or lower the drain.',
          line: 32,
          column: 42,
          endLine: 32,
          endColumn: 44,
          related: [`${F}/gateway-api-parameters.yaml:12:35 terminationDrainDuration 20s (proxy.istio.io/config annotation)`],
        },
      ],
    },
    {
      name: 'waypoint on Istio 1.28: default grace period, reported at the Gateway name',
      files: [`${F}/gateway-waypoint.yaml`],
      config: { istioVersion: '1.28' },
      errors: [
        {
          message:
            'terminationGracePeriodSeconds is 30 (default) but the gateway drains for terminationDrainDuration 45s (proxy.istio.io/config annotation, fixtures/drain-exceeds-grace-period/gateway-waypoint.yaml:9): the drain ends at 45s, after SIGKILL. Raise terminationGracePeriodSeconds to at least 45 (set it as spec.template.spec.terminationGracePeriodSeconds in the `deployment` key of a ConfigMap named by spec.infrastructure.parametersRef, Istio ≥ 1.26) or lower the drain.',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 17,
          related: [`${F}/gateway-waypoint.yaml:9:33 terminationDrainDuration 45s (proxy.istio.io/config annotation)`],
        },
      ],
    },
    {
      name: 'annotation TDD 45s over the default grace period',
      files: [`${F}/annotation-tdd-over-default-grace.yaml`],
      errors: [
        {
          message:
            'terminationGracePeriodSeconds is 30 (default) but the sidecar drains for terminationDrainDuration 45s (proxy.istio.io/config annotation, fixtures/drain-exceeds-grace-period/annotation-tdd-over-default-grace.yaml:11): the drain ends at 45s, after SIGKILL. Raise terminationGracePeriodSeconds to at least 45 or lower the drain. (an injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation) Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this.',
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 9,
          related: [`${F}/annotation-tdd-over-default-grace.yaml:11:37 terminationDrainDuration 45s (proxy.istio.io/config annotation)`],
        },
      ],
    },
    {
      name: 'preStop sleep action longer than the grace period (API rejects it)',
      files: [`${F}/prestop-sleep-over-grace.yaml`],
      errors: [
        {
          message:
            'terminationGracePeriodSeconds is 20 but the preStop hook of container worker takes 25s (preStop of container worker, fixtures/drain-exceeds-grace-period/prestop-sleep-over-grace.yaml:14): the API server rejects a preStop sleep longer than the grace period; raise terminationGracePeriodSeconds to at least 26 or shorten the hook.',
          severity: 'error',
          line: 9,
          column: 38,
          endLine: 9,
          endColumn: 40,
        },
      ],
    },
  ],
});
