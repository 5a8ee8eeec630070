import assert from 'node:assert/strict';
import { it } from 'node:test';
import rule from './index.js';
import invalidFieldType from '../invalid-field-type/index.js';
import misplacedAnnotation from '../misplaced-annotation/index.js';
import { ruleTester, runRule } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/invalid-native-sidecar-annotation';
const A = 'sidecar.istio.io/nativeSidecar';
const TEMPLATE = `is neither "true" nor "false": Istio's injection template treats every value but exactly "false" as native`;
const WHATEVER = "so this pod gets a native sidecar whatever istiod's ENABLE_NATIVE_SIDECARS says";
const OPPOSITE = 'so this pod gets a native sidecar, the opposite of what it says';

ruleTester(rule, {
  valid: [{ name: 'exact values, YAML boolean, workload metadata, gateway, hostNetwork pod', files: [`${F}/valid-cases.yaml`] }],
  invalid: [
    {
      name: 'True, no, enabled (plain scalar on a Pod), sidecar (CronJob)',
      files: [`${F}/spellings.yaml`],
      errors: [
        { message: `${A}: "True" ${TEMPLATE}, ${WHATEVER}. Write "true".`, line: 11, column: 41, endLine: 11, endColumn: 47 },
        { message: `${A}: "no" ${TEMPLATE}, ${OPPOSITE}. Write "false".`, line: 26, column: 41, endLine: 26, endColumn: 45 },
        { message: `${A}: "enabled" ${TEMPLATE}, ${WHATEVER}. Write "true".`, line: 38, column: 37, endLine: 38, endColumn: 44 },
        { message: `${A}: "sidecar" ${TEMPLATE}, ${WHATEVER}. Write "true" or "false".`, line: 56, column: 45, endLine: 56, endColumn: 54 },
      ],
    },
    {
      name: 'empty value; "False" on a pod that declares its own istio-proxy container',
      files: [`${F}/empty-and-own-proxy.yaml`],
      errors: [
        {
          message: `${A} is empty: the injector treats it as unset, so istiod's ENABLE_NATIVE_SIDECARS decides; write "true" or "false", or remove it.`,
          line: 11,
          column: 41,
          endLine: 11,
          endColumn: 43,
        },
        {
          message:
            `${A}: "False" ${TEMPLATE}, ${OPPOSITE}; the istio-proxy container the pod declares is moved to initContainers only for exactly "true", ` +
            'so unless istiod enables native sidecars the pod ends up with two istio-proxy containers. Write "false".',
          line: 26,
          column: 41,
          endLine: 26,
          endColumn: 48,
        },
      ],
    },
  ],
});

it('invalid-native-sidecar-annotation: one finding per fault with invalid-field-type and misplaced-annotation', async () => {
  const findings = await runRule([rule, invalidFieldType, misplacedAnnotation], { name: 'tie-breaks', files: [`${F}/valid-cases.yaml`] });
  // The unquoted boolean is invalid-field-type's; the annotation on the Deployment's own metadata is misplaced-annotation's.
  assert.deepEqual(
    findings.map((f) => `${f.range.line} ${f.ruleId}`),
    ['42 invalid-field-type', '54 misplaced-annotation'],
  );
});
