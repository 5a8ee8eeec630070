import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/listeners-close-before-drain-ends';
const REFUSED = (proxy: string) => `connections that still arrive until the ${proxy} exits are refused.`;
const ASSUMED = (why: string) => ` (an injected sidecar is assumed: ${why})`;
const ANN = 'its pod template has the proxy.istio.io/config annotation';
const NATIVE = ' Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this.';

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
          message: `The sidecar lives until 1m (terminationDrainDuration 1m (proxy.istio.io/config annotation, ${F}/annotation-tdd-over-dd.yaml:17)), but Envoy stops accepting new connections on its inbound listeners at 45s (drainDuration 45s (default)): ${REFUSED('sidecar')} Raise drainDuration to at least 1m (whole seconds), or lower terminationDrainDuration to at most 45s.${ASSUMED(ANN)}${NATIVE}`,
          line: 17,
          column: 37,
          endLine: 17,
          endColumn: 40,
          related: [],
        },
      ],
    },
    {
      name: 'Istio 1.8 and the default drain duration: the grace period cuts a 2m drain at 50s (quoted annotation)',
      files: [`${F}/grace-caps-drain.yaml`],
      config: { istioVersion: '1.8' },
      errors: [
        {
          message: `The sidecar lives until kubelet's SIGKILL at 50s (terminationGracePeriodSeconds 50s (pod spec, ${F}/grace-caps-drain.yaml:20), shorter than terminationDrainDuration 2m (proxy.istio.io/config annotation, ${F}/grace-caps-drain.yaml:18)), but Envoy stops accepting new connections on its inbound listeners at 45s (drainDuration 45s (default)): ${REFUSED('sidecar')} Raise drainDuration to at least 50s (whole seconds), or lower terminationDrainDuration to at most 45s.${ASSUMED(ANN)}`,
          line: 18,
          column: 59,
          endLine: 18,
          endColumn: 61,
          related: [`${F}/grace-caps-drain.yaml:20:38 terminationGracePeriodSeconds 50s (pod spec)`],
        },
      ],
    },
    {
      name: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS: MINIMUM_DRAIN_DURATION over a lowered drainDuration (CronJob)',
      files: [`${F}/exit-on-zero-min.yaml`],
      errors: [
        {
          message: `EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (proxy.istio.io/config annotation, ${F}/exit-on-zero-min.yaml:17) and the sidecar lives at least until 40s (MINIMUM_DRAIN_DURATION 40s (proxy.istio.io/config annotation, ${F}/exit-on-zero-min.yaml:18)), but Envoy stops accepting new connections on its inbound listeners at 30s (drainDuration 30s (proxy.istio.io/config annotation, ${F}/exit-on-zero-min.yaml:15)): ${REFUSED('sidecar')} Raise drainDuration to at least 40s (whole seconds), or lower MINIMUM_DRAIN_DURATION to at most 30s.${ASSUMED(ANN)}${NATIVE}`,
          line: 18,
          column: 41,
          endLine: 18,
          endColumn: 46,
          related: [
            `${F}/exit-on-zero-min.yaml:15:30 drainDuration 30s (proxy.istio.io/config annotation)`,
            `${F}/exit-on-zero-min.yaml:17:50 EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation)`,
          ],
        },
      ],
    },
    {
      name: 'mesh-wide terminationDrainDuration in another file: one finding on the mesh document',
      files: [`${F}/mesh-workloads.yaml`, `${F}/mesh-configmap.yaml`],
      errors: [
        {
          file: `${F}/mesh-configmap.yaml`,
          message: `The sidecar lives until 50s (terminationDrainDuration 50s (mesh config in ConfigMap istio-system/istio, ${F}/mesh-configmap.yaml:11)), but Envoy stops accepting new connections on its inbound listeners at 45s (drainDuration 45s (default)): ${REFUSED('sidecar')} Raise drainDuration to at least 50s (whole seconds), or lower terminationDrainDuration to at most 45s.${ASSUMED('an Istio mesh config is part of this run')}${NATIVE} The same applies to 1 more workload using this mesh config: Deployment shop/search.`,
          line: 11,
          column: 33,
          endLine: 11,
          endColumn: 36,
        },
      ],
    },
    {
      name: 'drainDuration lowered below the default terminationDrainDuration (List)',
      files: [`${F}/short-drain-duration-list.yaml`],
      errors: [
        {
          message: `The sidecar lives until 5s (terminationDrainDuration 5s (default)), but Envoy stops accepting new connections on its inbound listeners at 3s (drainDuration 3s (proxy.istio.io/config annotation, ${F}/short-drain-duration-list.yaml:21)): ${REFUSED('sidecar')} Raise drainDuration to at least 5s (whole seconds), or lower terminationDrainDuration to at most 3s.${ASSUMED(ANN)}${NATIVE}`,
          line: 21,
          column: 30,
          endLine: 21,
          endColumn: 32,
          related: [],
        },
      ],
    },
    {
      name: 'istio-proxy preStop delays both the drain and the listener stop',
      files: [`${F}/proxy-prestop.yaml`],
      errors: [
        {
          message: `The sidecar lives until 1m (its preStop (10s (preStop of container istio-proxy, ${F}/proxy-prestop.yaml:26)) plus terminationDrainDuration 50s (proxy.istio.io/config annotation, ${F}/proxy-prestop.yaml:17)), but Envoy stops accepting new connections on its inbound listeners at 55s (the preStop plus drainDuration 45s (default)): ${REFUSED('sidecar')} Raise drainDuration to at least 50s (whole seconds), or lower terminationDrainDuration to at most 45s.${NATIVE}`,
          line: 17,
          column: 37,
          endLine: 17,
          endColumn: 40,
          related: [`${F}/proxy-prestop.yaml:26:13 istio-proxy preStop 10s (preStop of container istio-proxy)`],
        },
      ],
    },
    {
      name: 'IstioOperator gateway: all listeners stop, grace period from k8s.overlays',
      files: [`${F}/iop-gateway.yaml`],
      errors: [
        {
          message: `The gateway lives until 1m30s (terminationDrainDuration 1m30s (mesh config in IstioOperator istio-system/control-plane spec.meshConfig, ${F}/iop-gateway.yaml:10)), but Envoy stops accepting new connections on all its listeners at 45s (drainDuration 45s (default)): ${REFUSED('gateway')} Raise drainDuration to at least 1m30s (whole seconds), or lower terminationDrainDuration to at most 45s.`,
          line: 10,
          column: 33,
          endLine: 10,
          endColumn: 36,
          related: [],
        },
      ],
    },
  ],
});
