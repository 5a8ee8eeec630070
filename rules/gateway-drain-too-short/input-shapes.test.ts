/**
 * gateway-drain-too-short on the input shapes of issue 10: the gateway Istio's gateway chart renders
 * from its values (a values file, an Argo CD Application), and the ingress gateway an IstioOperator's
 * profile installs. Findings point into the values, or at the IstioOperator's `profile:` / `spec:`.
 */
import path from 'node:path';
import rule from './index.js';
import { ROOT, ruleTester } from '../../test/helpers/rule-tester.js';
import { loadConfig } from '../../src/config.js';

const F = 'fixtures/gateway-drain-too-short';
const CFG = `${F}/config/drainlint.yaml`;
const dereg = { gatewayDeregistrationDelay: loadConfig(path.join(ROOT, CFG), ROOT, new Set([rule.meta.id])).gatewayDeregistrationDelay };
const DEFAULT_HELP =
  "Set gatewayDeregistrationDelay in .drainlint.yaml to the load balancer's deregistration time, and raise terminationDrainDuration to at least that, with drainDuration (now 45s) and terminationGracePeriodSeconds (now 30) not below it. No gatewayDeregistrationDelay is configured, and nothing in the input says which load balancer is in front. Istio's maintainers advise a longer drain on the gateway; a preStop sleep belongs in the gateway chart's lifecycle value, not in values.global.proxy.lifecycle, which hits every sidecar. Values: terminationDrainDuration 5s (default); drainDuration 45s (default); terminationGracePeriodSeconds 30 (default).";

ruleTester(rule, {
  valid: [
    { name: 'gateway chart values with a 40s drain and no deregistration delay configured', files: [`${F}/gateway-values-drain.yaml`] },
    { name: 'gateway chart values with a 40s drain above a 30s deregistration delay', files: [`${F}/gateway-values-drain.yaml`], config: dereg },
    { name: 'the minimal profile installs no gateway; its mesh-wide 40s drain reaches the gateway chart values', files: [`${F}/iop-minimal-profile.yaml`, `${F}/gateway-values-defaults.yaml`] },
  ],
  invalid: [
    {
      name: 'gateway chart values at the defaults: info at their first key',
      files: [`${F}/gateway-values-defaults.yaml`],
      errors: [
        {
          severity: 'info',
          messageId: 'defaultDrain',
          message: 'With the default terminationDrainDuration of 5s, the gateway exits at 5s, perhaps before load balancers stop sending to it.',
          help: DEFAULT_HELP,
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 5,
          related: [],
          resource: 'Deployment /istio-ingress',
        },
      ],
    },
    {
      name: 'Argo CD valuesObject of the gateway chart: a 20s drain below a 30s deregistration delay, at the drain inside the values',
      files: [`${F}/argo-gateway-values.yaml`],
      config: dereg,
      errors: [
        {
          messageId: 'tddBelowDeregistration',
          message: 'With terminationDrainDuration 20s, the gateway exits at 20s while load balancers still send to it until 30s.',
          help: `Raise terminationDrainDuration to at least 30s. Load balancers keep opening connections to a terminating gateway until they have deregistered it; Istio's maintainers advise a longer drain on the gateway over a preStop sleep. Values: gatewayDeregistrationDelay 30s (gatewayDeregistrationDelay in the config file, ${CFG}:2); terminationDrainDuration 20s (proxy.istio.io/config annotation, ${F}/argo-gateway-values.yaml:17); terminationGracePeriodSeconds 60 (gateway chart values, ${F}/argo-gateway-values.yaml:14).`,
          line: 17,
          column: 39,
          endLine: 17,
          endColumn: 42,
          related: [`${CFG}:2:29 gatewayDeregistrationDelay 30s (gatewayDeregistrationDelay in the config file)`],
          resource: 'Deployment istio-ingress/ingress',
        },
      ],
    },
    {
      name: "an IstioOperator without a profile: the default profile's ingress gateway, at spec:",
      files: [`${F}/iop-default-profile.yaml`],
      errors: [
        {
          severity: 'info',
          messageId: 'defaultDrain',
          message: 'With the default terminationDrainDuration of 5s, the gateway exits at 5s, perhaps before load balancers stop sending to it.',
          help: DEFAULT_HELP,
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 5,
          related: [],
          resource: 'IngressGateway istio-system/istio-ingressgateway',
        },
      ],
    },
  ],
});
