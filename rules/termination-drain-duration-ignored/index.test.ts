import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/termination-drain-duration-ignored';
const NATIVE_NOTE = ' Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this.';
const ASSUMED_ANN = ' (an injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation)';
const IOP = 'mesh config in IstioOperator istio-system/control-plane spec.meshConfig';
const HELM = `mesh config in Helm values ${F}/helm-values.yaml`;

ruleTester(rule, {
  valid: [
    { name: 'EZ not set, EZ "yes" (not a Go bool), EZ without terminationDrainDuration', files: [`${F}/ez-off-or-tdd-default.yaml`] },
    { name: 'native sidecar; not injected', files: [`${F}/native-or-no-sidecar.yaml`] },
    { name: 'native sidecar by versions (Istio 1.28 auto on Kubernetes 1.33)', files: [`${F}/issue-44690-annotation.yaml`], config: { istioVersion: '1.28', kubernetesVersion: '1.33' } },
    { name: 'Istio 1.11 has no EZ', files: [`${F}/issue-44690-annotation.yaml`], config: { istioVersion: '1.11' } },
    { name: 'mesh-wide TDD without EZ anywhere', files: [`${F}/helm-values.yaml`, `${F}/mesh-workloads.yaml`] },
  ],
  invalid: [
    {
      name: 'IstioOperator gateways: EZ in k8s.env beside a mesh-wide TDD (says gateway); EZ only in podAnnotations is never env',
      files: [`${F}/gateway-iop.yaml`],
      errors: [
        {
          message: `terminationDrainDuration 30s (${IOP}, ${F}/gateway-iop.yaml:11) is not read because EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (k8s.env of the IstioOperator gateway, ${F}/gateway-iop.yaml:19): the gateway waits MINIMUM_DRAIN_DURATION 5s (default), then exits as soon as no connection is open. Set MINIMUM_DRAIN_DURATION "30s" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS if the 30s were meant as the minimum drain here; the mesh-wide terminationDrainDuration only applies to workloads without EXIT_ON_ZERO_ACTIVE_CONNECTIONS.`,
          line: 19,
          column: 22,
          endLine: 19,
          endColumn: 28,
          related: [`${F}/gateway-iop.yaml:11:33 terminationDrainDuration 30s (${IOP})`],
        },
      ],
    },
    {
      name: 'istio#44690: TDD and EZ in one annotation block scalar: points at TDD',
      files: [`${F}/issue-44690-annotation.yaml`],
      errors: [
        {
          message:
            `terminationDrainDuration 30s (proxy.istio.io/config annotation, ${F}/issue-44690-annotation.yaml:12) is not read because EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (proxy.istio.io/config annotation, ${F}/issue-44690-annotation.yaml:14): ` +
            'the sidecar waits MINIMUM_DRAIN_DURATION 5s (default), then exits as soon as no connection is open. Set MINIMUM_DRAIN_DURATION "30s" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS if the 30s were meant as the minimum drain, and remove terminationDrainDuration.' +
            ASSUMED_ANN +
            NATIVE_NOTE,
          line: 12,
          column: 37,
          endLine: 12,
          endColumn: 40,
          related: [`${F}/issue-44690-annotation.yaml:14:46 EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation)`],
        },
      ],
    },
    {
      name: 'both mesh-wide in an IstioOperator: reported once on the mesh document',
      files: [`${F}/mesh-iop.yaml`, `${F}/mesh-workloads.yaml`],
      errors: [
        {
          message:
            `terminationDrainDuration 20s (${IOP}, ${F}/mesh-iop.yaml:10) is not read because EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (${IOP}, ${F}/mesh-iop.yaml:12): ` +
            `the sidecar waits MINIMUM_DRAIN_DURATION 20s (${IOP}, ${F}/mesh-iop.yaml:13), then exits as soon as no connection is open. Remove terminationDrainDuration.` +
            ' (an injected sidecar is assumed: an Istio mesh config is part of this run)' +
            NATIVE_NOTE +
            ' The same applies to 1 more workload using this mesh config: Deployment shop/catalog.',
          line: 10,
          column: 33,
          endLine: 10,
          endColumn: 36,
          related: [
            `${F}/mesh-iop.yaml:12:42 EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (${IOP})`,
            `${F}/mesh-iop.yaml:13:33 MINIMUM_DRAIN_DURATION 20s (${IOP})`,
          ],
        },
      ],
    },
    {
      name: 'TDD in Helm values, EZ per workload (flow mapping in a block scalar; MIN shorter and longer)',
      files: [`${F}/annotation-ez-only.yaml`, `${F}/helm-values.yaml`],
      errors: [
        {
          message:
            `terminationDrainDuration 45s (${HELM}, ${F}/helm-values.yaml:4) is not read because EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (proxy.istio.io/config annotation, ${F}/annotation-ez-only.yaml:12): ` +
            `the sidecar waits MINIMUM_DRAIN_DURATION 10s (proxy.istio.io/config annotation, ${F}/annotation-ez-only.yaml:12), then exits as soon as no connection is open. ` +
            'Set MINIMUM_DRAIN_DURATION "45s" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS if the 45s were meant as the minimum drain here; the mesh-wide terminationDrainDuration only applies to workloads without EXIT_ON_ZERO_ACTIVE_CONNECTIONS.' +
            ASSUMED_ANN +
            NATIVE_NOTE,
          line: 12,
          column: 60,
          endLine: 12,
          endColumn: 66,
          related: [
            `${F}/helm-values.yaml:4:31 terminationDrainDuration 45s (${HELM})`,
            `${F}/annotation-ez-only.yaml:12:92 MINIMUM_DRAIN_DURATION 10s (proxy.istio.io/config annotation)`,
          ],
        },
        {
          message:
            `terminationDrainDuration 45s (${HELM}, ${F}/helm-values.yaml:4) is not read because EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (proxy.istio.io/config annotation, ${F}/annotation-ez-only.yaml:30): ` +
            `the sidecar waits MINIMUM_DRAIN_DURATION 1m (proxy.istio.io/config annotation, ${F}/annotation-ez-only.yaml:29), then exits as soon as no connection is open. ` +
            'MINIMUM_DRAIN_DURATION already covers it; the mesh-wide terminationDrainDuration only applies to workloads without EXIT_ON_ZERO_ACTIVE_CONNECTIONS.' +
            ASSUMED_ANN +
            NATIVE_NOTE,
          line: 30,
          column: 46,
          endLine: 30,
          endColumn: 52,
        },
      ],
    },
    {
      name: 'EZ in the env of a declared istio-proxy container beats a JSON annotation',
      files: [`${F}/proxy-container-env.yaml`],
      errors: [
        {
          message:
            `terminationDrainDuration 15s (proxy.istio.io/config annotation, ${F}/proxy-container-env.yaml:11) is not read because EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (env of the istio-proxy container, ${F}/proxy-container-env.yaml:20): ` +
            'the sidecar waits MINIMUM_DRAIN_DURATION 5s (default), then exits as soon as no connection is open. Set MINIMUM_DRAIN_DURATION "15s" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS if the 15s were meant as the minimum drain, and remove terminationDrainDuration.' +
            NATIVE_NOTE,
          line: 20,
          column: 22,
          endLine: 20,
          endColumn: 25,
          related: [`${F}/proxy-container-env.yaml:11:62 terminationDrainDuration 15s (proxy.istio.io/config annotation)`],
        },
      ],
    },
    {
      name: 'TDD equal to the default on a pod with grace period 0: info',
      files: [`${F}/grace-zero.yaml`],
      errors: [
        {
          severity: 'info',
          message:
            `terminationDrainDuration 5s (proxy.istio.io/config annotation, ${F}/grace-zero.yaml:14) is not read because EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (proxy.istio.io/config annotation, ${F}/grace-zero.yaml:13): ` +
            'the sidecar waits MINIMUM_DRAIN_DURATION 5s (default), then exits as soon as no connection is open. Remove terminationDrainDuration.' +
            ASSUMED_ANN +
            NATIVE_NOTE,
          line: 14,
          column: 37,
          endLine: 14,
          endColumn: 39,
        },
      ],
    },
  ],
});
