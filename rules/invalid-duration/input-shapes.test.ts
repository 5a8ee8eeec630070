/**
 * invalid-duration on the input shapes of issue 10: istiod's values inside an Argo CD Application
 * (located inside the helm.values string), and the gateway chart's env, whose values the chart
 * quotes: a number is no type error there, but "30" is still no Go duration.
 */
import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/invalid-duration';

ruleTester(rule, {
  valid: [{ name: 'gateway chart env with numbers the chart quotes (and a removed variable, removed-setting\'s)', files: [`${F}/gateway-values-quoted-numbers.yaml`] }],
  invalid: [
    {
      name: 'Argo CD helm.values of istiod: terminationDrainDuration as a number, inside the string',
      files: [`${F}/argo-istiod-values.yaml`],
      noWorkloads: true,
      errors: [
        {
          messageId: 'meshDuration',
          message: 'terminationDrainDuration: 30 is a YAML number, not a Go duration string: istiod rejects the whole mesh config.',
          help: 'Write terminationDrainDuration: "30s". A Go duration is a number with a lower-case unit (ns, us, ms, s, m or h), e.g. "1m30s". istiod logs "invalid mesh config, using last known state" and keeps its last good mesh config (or the built-in defaults) instead of this one (Helm values of Application argocd/istiod), so none of its settings apply.',
          line: 15,
          column: 39,
          endLine: 15,
          endColumn: 41,
          related: [],
          resource: 'Application argocd/istiod',
        },
      ],
    },
    {
      name: 'gateway chart env: MINIMUM_DRAIN_DURATION 30, which the chart writes as "30": the fix is written under its name',
      files: [`${F}/gateway-values-env.yaml`],
      errors: [
        {
          severity: 'warning',
          messageId: 'minDefault',
          message: 'MINIMUM_DRAIN_DURATION: "30" has no unit, so it is not a Go duration: pilot-agent uses the 5s default instead.',
          help: 'Write MINIMUM_DRAIN_DURATION: "30s". A Go duration is a number with a lower-case unit (ns, us, ms, s, m or h), e.g. "1m30s". pilot-agent parses MINIMUM_DRAIN_DURATION with Go\'s time.ParseDuration and on an error logs a warning and uses 5s: with EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, the proxy starts checking for zero connections after 5s instead of the minimum meant here.',
          line: 5,
          column: 27,
          endLine: 5,
          endColumn: 29,
          related: [],
          resource: 'Deployment / [istio-proxy]',
        },
      ],
    },
  ],
});
