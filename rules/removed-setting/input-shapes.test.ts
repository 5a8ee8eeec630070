/** removed-setting on the gateway chart's values: a removed variable in their env. */
import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/removed-setting';

ruleTester(rule, {
  valid: [{ name: 'gateway chart env without removed variables (quoted numbers included)', files: ['fixtures/invalid-duration/gateway-values-env.yaml'] }],
  invalid: [
    {
      name: 'gateway chart env: TERMINATION_DRAIN_DURATION_SECONDS (a number the chart quotes), at its name',
      files: [`${F}/gateway-values-env.yaml`],
      errors: [
        {
          messageId: 'tddsInContainerEnv',
          message: 'TERMINATION_DRAIN_DURATION_SECONDS on container istio-proxy was removed in Istio 1.10; terminationDrainDuration is 5s (default).',
          help: `Set terminationDrainDuration: "30s" in the pod template's proxy.istio.io/config annotation and remove the variable. Istio 1.10 removed the variable (from 1.7 to 1.9 it overrode terminationDrainDuration, the ProxyConfig field that replaced it). Values: TERMINATION_DRAIN_DURATION_SECONDS "30" (env of container istio-proxy, ${F}/gateway-values-env.yaml:3); terminationDrainDuration 5s (default).`,
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 37,
          related: [],
          resource: 'Deployment / [istio-proxy]',
        },
      ],
    },
  ],
});
