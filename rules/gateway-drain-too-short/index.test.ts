import path from 'node:path';
import rule from './index.js';
import { ROOT, ruleTester } from '../../test/helpers/rule-tester.js';
import { loadConfig } from '../../src/config.js';

const F = 'fixtures/gateway-drain-too-short';
const CFG = `${F}/config/drainlint.yaml`;
const dereg = { gatewayDeregistrationDelay: loadConfig(path.join(ROOT, CFG), ROOT, new Set([rule.meta.id])).gatewayDeregistrationDelay };
const DEREG = `30s (gatewayDeregistrationDelay in the config file, ${CFG}:2)`;
const DEREG_RELATED = `${CFG}:2:29 gatewayDeregistrationDelay 30s (gatewayDeregistrationDelay in the config file)`;
const INFO_TAIL =
  "and no gatewayDeregistrationDelay is configured: an external load balancer that sends to a terminating pod for longer (its deregistration delay) gets refused connections. Set gatewayDeregistrationDelay in .drainlint.yaml to the load balancer's deregistration time and raise";
const WAYPOINT_FIX =
  'Upgrade to Istio ≥ 1.28 (grace period 30s by default), or on Istio 1.26–1.27 set terminationGracePeriodSeconds to at least';

ruleTester(rule, {
  valid: [
    { name: 'drain window exactly as long as the deregistration delay', files: [`${F}/helm-gateway-window-equals-delay.yaml`], config: dereg },
    { name: 'explicit terminationDrainDuration and no deregistration delay configured', files: [`${F}/helm-gateway-window-equals-delay.yaml`] },
    { name: 'mesh-wide terminationDrainDuration (not the default) and no deregistration delay configured', files: [`${F}/helm-gateway-default.yaml`, `${F}/mesh-configmap.yaml`] },
    { name: 'waypoint on Istio 1.28: grace period 30s, not behind a load balancer', files: [`${F}/waypoint.yaml`, `${F}/waypoint-long-requests.yaml`], config: { ...dereg, istioVersion: '1.28' } },
    { name: 'waypoint without a target Istio version', files: [`${F}/waypoint.yaml`] },
    { name: 'operator egress gateway and a sidecar are not behind a load balancer', files: [`${F}/not-lb-gateways.yaml`], config: dereg },
    { name: 'default 5s drain longer than the grace period is drain-exceeds-grace-period (List)', files: [`${F}/grace-shorter-than-drain.yaml`] },
    { name: 'grace period 0 and no deregistration delay: drain-exceeds-grace-period', files: [`${F}/grace-zero.yaml`] },
    { name: 'suppressed by drainlint.io/ignore', files: [`${F}/suppressed.yaml`], config: dereg },
  ],
  invalid: [
    {
      name: 'Helm gateway chart with the 5s default and no deregistration delay: info at the pod template',
      files: [`${F}/helm-gateway-default.yaml`],
      errors: [
        {
          message: `The gateway keeps serving for only 5s after it starts terminating (terminationDrainDuration 5s (default)) ${INFO_TAIL} terminationDrainDuration to at least that (with terminationGracePeriodSeconds above it).`,
          severity: 'info',
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 13,
          related: [],
        },
      ],
    },
    {
      name: 'IstioOperator ingress gateway and east-west Gateway with the defaults: info at their names',
      files: [`${F}/defaults-at-gateway-names.yaml`],
      errors: [
        {
          message: `The gateway keeps serving for only 5s after it starts terminating (terminationDrainDuration 5s (default)) ${INFO_TAIL} terminationDrainDuration to at least that (with terminationGracePeriodSeconds above it).`,
          severity: 'info',
          line: 11,
          column: 15,
          endLine: 11,
          endColumn: 35,
        },
        {
          message: `The gateway keeps serving for only 5s after it starts terminating (terminationDrainDuration 5s (default)) ${INFO_TAIL} terminationDrainDuration to at least that (with terminationGracePeriodSeconds above it).`,
          severity: 'info',
          line: 17,
          column: 9,
          endLine: 17,
          endColumn: 22,
        },
      ],
    },
    {
      name: 'Helm gateway chart with the 5s default below a 30s deregistration delay',
      files: [`${F}/helm-gateway-default.yaml`],
      config: dereg,
      errors: [
        {
          message: `The gateway keeps serving for only 5s after it starts terminating (terminationDrainDuration 5s (default)), but load balancers keep sending to it for ${DEREG}: connections they open after 5s are refused. Raise terminationDrainDuration to at least 30s.`,
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 13,
          related: [DEREG_RELATED],
        },
      ],
    },
    {
      name: 'gateway chart preStop plus the default drain, grace period too short for the fix',
      files: [`${F}/helm-gateway-prestop.yaml`],
      config: dereg,
      errors: [
        {
          message: `The gateway keeps serving for only 15s after it starts terminating (terminationDrainDuration 5s (default) after its preStop (10s (preStop of container istio-proxy, ${F}/helm-gateway-prestop.yaml:24))), but load balancers keep sending to it for ${DEREG}: connections they open after 15s are refused. Raise terminationDrainDuration to at least 20s and terminationGracePeriodSeconds to at least 30.`,
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 13,
          related: [
            DEREG_RELATED,
            `${F}/helm-gateway-prestop.yaml:24:13 istio-proxy preStop 10s (preStop of container istio-proxy)`,
            `${F}/helm-gateway-prestop.yaml:19:38 terminationGracePeriodSeconds 20s (pod spec)`,
          ],
        },
      ],
    },
    {
      name: 'mesh config in another file: reported once on the mesh document',
      files: [`${F}/helm-gateway-default.yaml`, `${F}/mesh-configmap.yaml`],
      config: dereg,
      errors: [
        {
          file: `${F}/mesh-configmap.yaml`,
          message: `The gateway keeps serving for only 10s after it starts terminating (terminationDrainDuration 10s (mesh config in ConfigMap istio-system/istio, ${F}/mesh-configmap.yaml:11)), but load balancers keep sending to it for ${DEREG}: connections they open after 10s are refused. Raise terminationDrainDuration to at least 30s.`,
          line: 11,
          column: 33,
          endLine: 11,
          endColumn: 36,
          related: [DEREG_RELATED],
        },
      ],
    },
    {
      name: 'IstioOperator ingress gateways (k8s.overlays grace period, default) share the mesh drain; the egress gateway is not behind a load balancer',
      files: [`${F}/iop-gateways-mesh-tdd.yaml`],
      config: dereg,
      errors: [
        {
          message: `The gateway keeps serving for only 20s after it starts terminating (terminationDrainDuration 20s (mesh config in IstioOperator istio-system/control-plane spec.meshConfig, ${F}/iop-gateways-mesh-tdd.yaml:10)), but load balancers keep sending to it for ${DEREG}: connections they open after 20s are refused. Raise terminationDrainDuration to at least 30s. The same applies to 1 more workload using this mesh config: IngressGateway istio-system/internal-ingressgateway.`,
          line: 10,
          column: 33,
          endLine: 10,
          endColumn: 36,
        },
      ],
    },
    {
      name: 'IstioOperator gateway with EXIT_ON_ZERO_ACTIVE_CONNECTIONS in k8s.env and the default minimum drain: info',
      files: [`${F}/iop-gateway-exit-on-zero.yaml`],
      errors: [
        {
          message: `The gateway keeps serving for as little as 6s after it starts terminating (EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (k8s.env of the IstioOperator gateway, ${F}/iop-gateway-exit-on-zero.yaml:16), so it exits at the first check that finds no open connection: MINIMUM_DRAIN_DURATION 5s (default) plus 1s) ${INFO_TAIL} MINIMUM_DRAIN_DURATION to at least that (with terminationGracePeriodSeconds above it).`,
          severity: 'info',
          line: 16,
          column: 22,
          endLine: 16,
          endColumn: 28,
          related: [],
        },
      ],
    },
    {
      name: 'IstioOperator gateway with EXIT_ON_ZERO_ACTIVE_CONNECTIONS below the deregistration delay',
      files: [`${F}/iop-gateway-exit-on-zero.yaml`],
      config: dereg,
      errors: [
        {
          message: `The gateway keeps serving for as little as 6s after it starts terminating (EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (k8s.env of the IstioOperator gateway, ${F}/iop-gateway-exit-on-zero.yaml:16), so it exits at the first check that finds no open connection: MINIMUM_DRAIN_DURATION 5s (default) plus 1s), but load balancers keep sending to it for ${DEREG}: connections they open after 6s are refused. Set MINIMUM_DRAIN_DURATION to at least "29s" (the first connection check comes 1s later).`,
          line: 16,
          column: 22,
          endLine: 16,
          endColumn: 28,
          related: [DEREG_RELATED],
        },
      ],
    },
    {
      name: 'Gateway API gateway: annotation drain and parameters ConfigMap grace period both too short',
      files: [`${F}/gateway-api-parameters.yaml`],
      config: dereg,
      errors: [
        {
          message: `The gateway keeps serving for only 10s after it starts terminating (terminationDrainDuration 10s (proxy.istio.io/config annotation, ${F}/gateway-api-parameters.yaml:12)), but load balancers keep sending to it for ${DEREG}: connections they open after 10s are refused. Raise terminationDrainDuration to at least 30s and terminationGracePeriodSeconds to at least 30.`,
          line: 12,
          column: 35,
          endLine: 12,
          endColumn: 38,
          related: [DEREG_RELATED, `${F}/gateway-api-parameters.yaml:32:42 terminationGracePeriodSeconds 20s (Gateway parameters ConfigMap)`],
        },
      ],
    },
    {
      name: 'grace period shorter than the drain and both below the deregistration delay (List)',
      files: [`${F}/grace-shorter-than-drain.yaml`],
      config: dereg,
      errors: [
        {
          message: `The gateway keeps serving for only 3s after it starts terminating (terminationDrainDuration 5s (default); kubelet kills it at 3s, terminationGracePeriodSeconds 3s (pod spec, ${F}/grace-shorter-than-drain.yaml:21)), but load balancers keep sending to it for ${DEREG}: connections they open after 3s are refused. Raise terminationDrainDuration to at least 30s and terminationGracePeriodSeconds to at least 30.`,
          line: 15,
          column: 9,
          endLine: 15,
          endColumn: 17,
        },
      ],
    },
    {
      name: 'grace period 0 (opted out): info',
      files: [`${F}/grace-zero.yaml`],
      config: dereg,
      errors: [
        {
          message: `The gateway keeps serving for only 0s after it starts terminating (terminationDrainDuration 5s (default); kubelet kills it at 0s, terminationGracePeriodSeconds 0s (pod spec, ${F}/grace-zero.yaml:18)), but load balancers keep sending to it for ${DEREG}: connections they open after 0s are refused. Raise terminationDrainDuration to at least 30s and terminationGracePeriodSeconds to at least 30.`,
          severity: 'info',
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 13,
        },
      ],
    },
    {
      name: 'waypoint on Istio 1.27: the hard-coded 2s grace period cuts the default drain',
      files: [`${F}/waypoint.yaml`],
      config: { istioVersion: '1.27' },
      errors: [
        {
          message: `The waypoint template of Istio 1.27 hard-codes terminationGracePeriodSeconds: 2, so kubelet kills this gateway 2s after it starts terminating, before its drain ends at 5s (terminationDrainDuration 5s (default)). ${WAYPOINT_FIX} 5 in the \`deployment\` key of a ConfigMap named by spec.infrastructure.parametersRef.`,
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 17,
          related: [],
        },
      ],
    },
    {
      name: 'waypoint on Istio 1.26 with a short drain but long requests (deregistration delay does not apply)',
      files: [`${F}/waypoint-long-requests.yaml`],
      config: { ...dereg, istioVersion: '1.26' },
      errors: [
        {
          message: `The waypoint template of Istio 1.26 hard-codes terminationGracePeriodSeconds: 2, so kubelet kills this gateway 2s after it starts terminating, before requests or connections that may stay in flight for 1m (connection lifetime, drainlint.io/connection-lifetime annotation, ${F}/waypoint-long-requests.yaml:8) finish. ${WAYPOINT_FIX} 60 in the \`deployment\` key of a ConfigMap named by spec.infrastructure.parametersRef.`,
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 25,
          related: [
            `${F}/waypoint-long-requests.yaml:10:33 terminationDrainDuration 1s (proxy.istio.io/config annotation)`,
            `${F}/waypoint-long-requests.yaml:8:39 connection lifetime 1m (drainlint.io/connection-lifetime annotation)`,
          ],
        },
      ],
    },
  ],
});
