/**
 * invalid-boolean on the gateway chart's env: a YAML boolean is harmless (the chart quotes it), a
 * string Go's ParseBool rejects is not; the fix is written under the variable's name.
 */
import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/invalid-boolean';

ruleTester(rule, {
  valid: [{ name: 'gateway chart env with a YAML boolean (yes): the chart writes "true"', files: [`${F}/gateway-values-bools.yaml`] }],
  invalid: [
    {
      name: 'gateway chart env with the string "yes"',
      files: [`${F}/gateway-values-env.yaml`],
      errors: [
        {
          messageId: 'silentlyFalse',
          message: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "yes" is not a Go boolean: pilot-agent treats it as false.',
          help: 'Write EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true". Go\'s strconv.ParseBool accepts only true/false, True/False, TRUE/FALSE, t/f, T/F and 1/0; for anything else pilot-agent logs a warning and treats the variable as false, so the proxy does not wait for active connections to close.',
          line: 4,
          column: 36,
          endLine: 4,
          endColumn: 41,
          related: [],
          resource: 'Deployment / [istio-proxy]',
        },
      ],
    },
  ],
});
