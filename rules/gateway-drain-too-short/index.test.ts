import path from 'node:path';
import rule from './index.js';
import { ROOT, ruleTester } from '../../test/helpers/rule-tester.js';
import { loadConfig } from '../../src/config.js';

const F = 'fixtures/gateway-drain-too-short';
const CFG = `${F}/config/drainlint.yaml`;
const dereg = { gatewayDeregistrationDelay: loadConfig(path.join(ROOT, CFG), ROOT, new Set([rule.meta.id])).gatewayDeregistrationDelay };

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
          severity: 'info',
          messageId: 'defaultDrain',
          message: "With the default terminationDrainDuration of 5s, the gateway exits at 5s, perhaps before load balancers stop sending to it.",
          help: `Set gatewayDeregistrationDelay in .drainlint.yaml to the load balancer's deregistration time, and raise terminationDrainDuration to at least that, with drainDuration (now 45s) and terminationGracePeriodSeconds (now 30) not below it. No gatewayDeregistrationDelay is configured, and nothing in the input says which load balancer is in front. Istio's maintainers advise a longer drain on the gateway; a preStop sleep belongs in the gateway chart's lifecycle value, not in values.global.proxy.lifecycle, which hits every sidecar. Values: terminationDrainDuration 5s (default); drainDuration 45s (default); terminationGracePeriodSeconds 30 (pod spec, ${F}/helm-gateway-default.yaml:22).`,
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 13,
          related: [],
          resource: "Deployment istio-ingress/ingress",
        },
      ],
    },
    {
      name: 'IstioOperator ingress gateway and east-west Gateway with the defaults: info at their names',
      files: [`${F}/defaults-at-gateway-names.yaml`],
      errors: [
        {
          severity: 'info',
          messageId: 'defaultDrain',
          message: "With the default terminationDrainDuration of 5s, the gateway exits at 5s, perhaps before load balancers stop sending to it.",
          help: "Set gatewayDeregistrationDelay in .drainlint.yaml to the load balancer's deregistration time, and raise terminationDrainDuration to at least that, with drainDuration (now 45s) and terminationGracePeriodSeconds (now 30) not below it. No gatewayDeregistrationDelay is configured, and nothing in the input says which load balancer is in front. Istio's maintainers advise a longer drain on the gateway; a preStop sleep belongs in the gateway chart's lifecycle value, not in values.global.proxy.lifecycle, which hits every sidecar. Values: terminationDrainDuration 5s (default); drainDuration 45s (default); terminationGracePeriodSeconds 30 (default).",
          line: 11,
          column: 15,
          endLine: 11,
          endColumn: 35,
          related: [],
          resource: "IngressGateway istio-system/istio-ingressgateway",
        },
        {
          severity: 'info',
          messageId: 'defaultDrain',
          message: "With the default terminationDrainDuration of 5s, the gateway exits at 5s, perhaps before load balancers stop sending to it.",
          help: "Set gatewayDeregistrationDelay in .drainlint.yaml to the load balancer's deregistration time, and raise terminationDrainDuration to at least that, with drainDuration (now 45s) and terminationGracePeriodSeconds (now 30) not below it. No gatewayDeregistrationDelay is configured, and nothing in the input says which load balancer is in front. Istio's maintainers advise a longer drain on the gateway; a preStop sleep belongs in the gateway chart's lifecycle value, not in values.global.proxy.lifecycle, which hits every sidecar. Values: terminationDrainDuration 5s (default); drainDuration 45s (default); terminationGracePeriodSeconds 30 (default).",
          line: 17,
          column: 9,
          endLine: 17,
          endColumn: 22,
          related: [],
          resource: "Gateway istio-system/cross-network",
        },
      ],
    },
    {
      name: 'Helm gateway chart with the 5s default below a 30s deregistration delay',
      files: [`${F}/helm-gateway-default.yaml`],
      config: dereg,
      errors: [
        {
          messageId: 'tddBelowDeregistration',
          message: "With terminationDrainDuration 5s, the gateway exits at 5s while load balancers still send to it until 30s.",
          help: `Raise terminationDrainDuration to at least 30s. Load balancers keep opening connections to a terminating gateway until they have deregistered it; Istio's maintainers advise a longer drain on the gateway over a preStop sleep. Values: gatewayDeregistrationDelay 30s (gatewayDeregistrationDelay in the config file, ${F}/config/drainlint.yaml:2); terminationDrainDuration 5s (default); terminationGracePeriodSeconds 30 (pod spec, ${F}/helm-gateway-default.yaml:22).`,
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 13,
          related: [
            `${F}/config/drainlint.yaml:2:29 gatewayDeregistrationDelay 30s (gatewayDeregistrationDelay in the config file)`,
          ],
          resource: "Deployment istio-ingress/ingress",
        },
      ],
    },
    {
      name: 'gateway chart preStop plus the default drain, grace period too short for the fix',
      files: [`${F}/helm-gateway-prestop.yaml`],
      config: dereg,
      errors: [
        {
          messageId: 'tddBelowDeregistration',
          message: "With terminationDrainDuration 5s after a 10s preStop, the gateway exits at 15s while load balancers still send to it until 30s.",
          help: `Raise terminationDrainDuration to at least 20s and terminationGracePeriodSeconds to at least 30. Load balancers keep opening connections to a terminating gateway until they have deregistered it; Istio's maintainers advise a longer drain on the gateway over a preStop sleep. Values: gatewayDeregistrationDelay 30s (gatewayDeregistrationDelay in the config file, ${F}/config/drainlint.yaml:2); terminationDrainDuration 5s (default); istio-proxy preStop 10s (preStop of container istio-proxy, ${F}/helm-gateway-prestop.yaml:24); terminationGracePeriodSeconds 20 (pod spec, ${F}/helm-gateway-prestop.yaml:19).`,
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 13,
          related: [
            `${F}/config/drainlint.yaml:2:29 gatewayDeregistrationDelay 30s (gatewayDeregistrationDelay in the config file)`,
            `${F}/helm-gateway-prestop.yaml:24:13 istio-proxy preStop 10s (preStop of container istio-proxy)`,
            `${F}/helm-gateway-prestop.yaml:19:38 terminationGracePeriodSeconds 20s (pod spec)`,
          ],
          resource: "Deployment istio-ingress/ingress",
        },
      ],
    },
    {
      name: 'mesh config in another file: reported once on the mesh document',
      files: [`${F}/helm-gateway-default.yaml`, `${F}/mesh-configmap.yaml`],
      config: dereg,
      errors: [
        {
          messageId: 'tddBelowDeregistration',
          message: "With terminationDrainDuration 10s, the gateway exits at 10s while load balancers still send to it until 30s.",
          help: `Raise terminationDrainDuration to at least 30s. Load balancers keep opening connections to a terminating gateway until they have deregistered it; Istio's maintainers advise a longer drain on the gateway over a preStop sleep. Values: gatewayDeregistrationDelay 30s (gatewayDeregistrationDelay in the config file, ${F}/config/drainlint.yaml:2); terminationDrainDuration 10s (mesh config in ConfigMap istio-system/istio, ${F}/mesh-configmap.yaml:11); terminationGracePeriodSeconds 30 (pod spec, ${F}/helm-gateway-default.yaml:22).`,
          line: 11,
          column: 33,
          endLine: 11,
          endColumn: 36,
          file: `${F}/mesh-configmap.yaml`,
          related: [
            `${F}/config/drainlint.yaml:2:29 gatewayDeregistrationDelay 30s (gatewayDeregistrationDelay in the config file)`,
          ],
          resource: null,
        },
      ],
    },
    {
      name: 'IstioOperator ingress gateways (k8s.overlays grace period, default) share the mesh drain; the egress gateway is not behind a load balancer',
      files: [`${F}/iop-gateways-mesh-tdd.yaml`],
      config: dereg,
      errors: [
        {
          messageId: 'tddBelowDeregistration',
          message: "With terminationDrainDuration 20s, the gateway exits at 20s while load balancers still send to it until 30s.",
          help: `Raise terminationDrainDuration to at least 30s. Load balancers keep opening connections to a terminating gateway until they have deregistered it; Istio's maintainers advise a longer drain on the gateway over a preStop sleep. Values: gatewayDeregistrationDelay 30s (gatewayDeregistrationDelay in the config file, ${F}/config/drainlint.yaml:2); terminationDrainDuration 20s (mesh config in IstioOperator istio-system/control-plane spec.meshConfig, ${F}/iop-gateways-mesh-tdd.yaml:10); terminationGracePeriodSeconds 60 (IstioOperator k8s.overlays patch, ${F}/iop-gateways-mesh-tdd.yaml:21). The same applies to 1 more workload using this mesh config: IngressGateway istio-system/internal-ingressgateway.`,
          line: 10,
          column: 33,
          endLine: 10,
          endColumn: 36,
          related: [
            `${F}/config/drainlint.yaml:2:29 gatewayDeregistrationDelay 30s (gatewayDeregistrationDelay in the config file)`,
          ],
          resource: null,
        },
      ],
    },
    {
      name: 'IstioOperator gateway with EXIT_ON_ZERO_ACTIVE_CONNECTIONS in k8s.env and the default minimum drain: info',
      files: [`${F}/iop-gateway-exit-on-zero.yaml`],
      errors: [
        {
          severity: 'info',
          messageId: 'ezDefaultDrain',
          message: "With EXIT_ON_ZERO_ACTIVE_CONNECTIONS and the default MINIMUM_DRAIN_DURATION of 5s, the gateway can exit at 6s, perhaps before load balancers stop sending to it.",
          help: `Set gatewayDeregistrationDelay in .drainlint.yaml to the load balancer's deregistration time, and raise MINIMUM_DRAIN_DURATION to at least that, with drainDuration (now 45s) and terminationGracePeriodSeconds (now 30) not below it. The gateway exits at the first 1s connection check after MINIMUM_DRAIN_DURATION that finds no open connection. No gatewayDeregistrationDelay is configured, and nothing in the input says which load balancer is in front. Istio's maintainers advise a longer drain on the gateway; a preStop sleep belongs in the gateway chart's lifecycle value, not in values.global.proxy.lifecycle, which hits every sidecar. Values: MINIMUM_DRAIN_DURATION 5s (default); EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (k8s.env of the IstioOperator gateway, ${F}/iop-gateway-exit-on-zero.yaml:16); drainDuration 45s (default); terminationGracePeriodSeconds 30 (default).`,
          line: 16,
          column: 22,
          endLine: 16,
          endColumn: 28,
          related: [],
          resource: "IngressGateway istio-system/istio-ingressgateway",
        },
      ],
    },
    {
      name: 'IstioOperator gateway with EXIT_ON_ZERO_ACTIVE_CONNECTIONS below the deregistration delay',
      files: [`${F}/iop-gateway-exit-on-zero.yaml`],
      config: dereg,
      errors: [
        {
          messageId: 'ezBelowDeregistration',
          message: "With EXIT_ON_ZERO_ACTIVE_CONNECTIONS and MINIMUM_DRAIN_DURATION 5s, the gateway can exit at 6s while load balancers still send to it until 30s.",
          help: `Set MINIMUM_DRAIN_DURATION to at least "29s" (the first connection check comes 1s later). The gateway exits at the first 1s connection check after MINIMUM_DRAIN_DURATION that finds no open connection. Load balancers keep opening connections to a terminating gateway until they have deregistered it; Istio's maintainers advise a longer drain on the gateway over a preStop sleep. Values: gatewayDeregistrationDelay 30s (gatewayDeregistrationDelay in the config file, ${F}/config/drainlint.yaml:2); MINIMUM_DRAIN_DURATION 5s (default); EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (k8s.env of the IstioOperator gateway, ${F}/iop-gateway-exit-on-zero.yaml:16); terminationGracePeriodSeconds 30 (default).`,
          line: 16,
          column: 22,
          endLine: 16,
          endColumn: 28,
          related: [
            `${F}/config/drainlint.yaml:2:29 gatewayDeregistrationDelay 30s (gatewayDeregistrationDelay in the config file)`,
          ],
          resource: "IngressGateway istio-system/istio-ingressgateway",
        },
      ],
    },
    {
      name: 'Gateway API gateway: annotation drain and parameters ConfigMap grace period both too short',
      files: [`${F}/gateway-api-parameters.yaml`],
      config: dereg,
      errors: [
        {
          messageId: 'tddBelowDeregistration',
          message: "With terminationDrainDuration 10s, the gateway exits at 10s while load balancers still send to it until 30s.",
          help: `Raise terminationDrainDuration to at least 30s and terminationGracePeriodSeconds to at least 30. Load balancers keep opening connections to a terminating gateway until they have deregistered it; Istio's maintainers advise a longer drain on the gateway over a preStop sleep. Values: gatewayDeregistrationDelay 30s (gatewayDeregistrationDelay in the config file, ${F}/config/drainlint.yaml:2); terminationDrainDuration 10s (proxy.istio.io/config annotation, ${F}/gateway-api-parameters.yaml:12); terminationGracePeriodSeconds 20 (Gateway parameters ConfigMap, ${F}/gateway-api-parameters.yaml:32).`,
          line: 12,
          column: 35,
          endLine: 12,
          endColumn: 38,
          related: [
            `${F}/config/drainlint.yaml:2:29 gatewayDeregistrationDelay 30s (gatewayDeregistrationDelay in the config file)`,
            `${F}/gateway-api-parameters.yaml:32:42 terminationGracePeriodSeconds 20s (Gateway parameters ConfigMap)`,
          ],
          resource: "Gateway edge/public",
        },
      ],
    },
    {
      name: 'grace period shorter than the drain and both below the deregistration delay (List)',
      files: [`${F}/grace-shorter-than-drain.yaml`],
      config: dereg,
      errors: [
        {
          messageId: 'graceBelowDeregistration',
          message: "terminationGracePeriodSeconds is 3, so the gateway is killed at 3s while load balancers still send to it until 30s.",
          help: `Raise terminationGracePeriodSeconds to at least 30, and raise terminationDrainDuration to at least 30s. Load balancers keep opening connections to a terminating gateway until they have deregistered it; Istio's maintainers advise a longer drain on the gateway over a preStop sleep. Values: gatewayDeregistrationDelay 30s (gatewayDeregistrationDelay in the config file, ${F}/config/drainlint.yaml:2); terminationDrainDuration 5s (default); terminationGracePeriodSeconds 3 (pod spec, ${F}/grace-shorter-than-drain.yaml:21).`,
          line: 15,
          column: 9,
          endLine: 15,
          endColumn: 17,
          related: [
            `${F}/config/drainlint.yaml:2:29 gatewayDeregistrationDelay 30s (gatewayDeregistrationDelay in the config file)`,
            `${F}/grace-shorter-than-drain.yaml:21:42 terminationGracePeriodSeconds 3s (pod spec)`,
          ],
          resource: "Deployment istio-ingress/ingress",
        },
      ],
    },
    {
      name: 'grace period 0 (opted out): info',
      files: [`${F}/grace-zero.yaml`],
      config: dereg,
      errors: [
        {
          severity: 'info',
          messageId: 'graceBelowDeregistration',
          message: "terminationGracePeriodSeconds is 0 (no graceful shutdown), so the gateway is killed at 0s while load balancers still send to it until 30s.",
          help: `Raise terminationGracePeriodSeconds to at least 30, and raise terminationDrainDuration to at least 30s. Load balancers keep opening connections to a terminating gateway until they have deregistered it; Istio's maintainers advise a longer drain on the gateway over a preStop sleep. Values: gatewayDeregistrationDelay 30s (gatewayDeregistrationDelay in the config file, ${F}/config/drainlint.yaml:2); terminationDrainDuration 5s (default); terminationGracePeriodSeconds 0 (pod spec, ${F}/grace-zero.yaml:18).`,
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 13,
          related: [
            `${F}/config/drainlint.yaml:2:29 gatewayDeregistrationDelay 30s (gatewayDeregistrationDelay in the config file)`,
            `${F}/grace-zero.yaml:18:38 terminationGracePeriodSeconds 0s (pod spec)`,
          ],
          resource: "Deployment istio-ingress/ingress",
        },
      ],
    },
    {
      name: 'waypoint on Istio 1.27: the hard-coded 2s grace period cuts the default drain',
      files: [`${F}/waypoint.yaml`],
      config: { istioVersion: '1.27' },
      errors: [
        {
          messageId: 'waypointGrace',
          message: "Istio 1.27's waypoint template hard-codes terminationGracePeriodSeconds 2, so SIGKILL comes before the drain ends at 5s.",
          help: "Upgrade to Istio 1.28 or later (grace period 30 by default), or on Istio 1.26–1.27 set terminationGracePeriodSeconds to at least 5 in the `deployment` key of a ConfigMap named by spec.infrastructure.parametersRef. Kubelet kills the waypoint 2s after it starts terminating, before its drain ends at 5s (terminationDrainDuration). Values: terminationGracePeriodSeconds 2 (waypoint template of Istio 1.27 (hard-coded)); terminationDrainDuration 5s (default).",
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 17,
          related: [],
          resource: "Gateway shop/waypoint",
        },
      ],
    },
    {
      name: 'waypoint on Istio 1.26 with a short drain but long requests (deregistration delay does not apply)',
      files: [`${F}/waypoint-long-requests.yaml`],
      config: { ...dereg, istioVersion: '1.26' },
      errors: [
        {
          messageId: 'waypointGrace',
          message: "Istio 1.26's waypoint template hard-codes terminationGracePeriodSeconds 2, so SIGKILL comes before requests of up to 1m finish.",
          help: `Upgrade to Istio 1.28 or later (grace period 30 by default; set it to at least 60 the same way there), or on Istio 1.26–1.27 set terminationGracePeriodSeconds to at least 60 in the \`deployment\` key of a ConfigMap named by spec.infrastructure.parametersRef. Kubelet kills the waypoint 2s after it starts terminating. Values: terminationGracePeriodSeconds 2 (waypoint template of Istio 1.26 (hard-coded)); terminationDrainDuration 1s (proxy.istio.io/config annotation, ${F}/waypoint-long-requests.yaml:10); connection lifetime 1m (drainlint.io/connection-lifetime annotation, ${F}/waypoint-long-requests.yaml:8).`,
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 25,
          related: [
            `${F}/waypoint-long-requests.yaml:10:33 terminationDrainDuration 1s (proxy.istio.io/config annotation)`,
            `${F}/waypoint-long-requests.yaml:8:39 connection lifetime 1m (drainlint.io/connection-lifetime annotation)`,
          ],
          resource: "Gateway reports/reports-waypoint",
        },
      ],
    },
  ],
});
