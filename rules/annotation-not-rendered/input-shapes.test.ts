/**
 * annotation-not-rendered stays silent on the gateway chart's values: the chart's pods are injected
 * with the gateway template, which renders the annotation's proxyMetadata into the proxy's env.
 */
import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

ruleTester(rule, {
  valid: [{ name: 'gateway chart values with EXIT_ON_ZERO_ACTIVE_CONNECTIONS in the annotation of podAnnotations', files: ['fixtures/annotation-not-rendered/gateway-values.yaml'] }],
  invalid: [],
});
