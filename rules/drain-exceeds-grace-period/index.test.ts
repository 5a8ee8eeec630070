import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/drain-exceeds-grace-period';

ruleTester(rule, {
  valid: [
    { name: 'grace period covers the drain exactly', files: [`${F}/grace-covers-drain.yaml`] },
    { name: 'plain workload without mesh signal', files: [`${F}/plain-workload-long-tdd-no-mesh.yaml`] },
  ],
  invalid: [
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
