import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/invalid-mesh-config';
const ISTIOD = 'istiod discards the whole mesh config (it logs "invalid mesh config") and';
const CM = 'mesh config in ConfigMap istio-system/istio';
const IOP = 'IstioOperator istio-system/control-plane';

ruleTester(rule, {
  valid: [
    { noWorkloads: true, name: 'integers as strings, enums as numbers, nulls, correct enum spelling', files: [`${F}/valid-mesh-config.yaml`] },
    { noWorkloads: true, name: 'problems owned by invalid-duration, proxy-metadata-not-string and invalid-field-type', files: [`${F}/owned-by-other-rules.yaml`] },
  ],
  invalid: [
    {
      name: 'istio/istio#54012: accessLogEncoding json in Helm values voids terminationDrainDuration 30s',
      files: [`${F}/issue-54012-helm-values.yaml`],
      errors: [
        {
          message:
            `accessLogEncoding: json in the mesh config (Helm values ${F}/issue-54012-helm-values.yaml) is not one of TEXT, JSON (enum values are case-sensitive): ` +
            `${ISTIOD} with it every drain setting in it: terminationDrainDuration 30s here never applies; write accessLogEncoding: JSON.`,
          line: 6,
          column: 22,
          endLine: 6,
          endColumn: 26,
          related: [`${F}/issue-54012-helm-values.yaml:8:31 terminationDrainDuration 30s (mesh config in Helm values ${F}/issue-54012-helm-values.yaml, discarded)`],
        },
      ],
    },
    {
      name: 'istio ConfigMap, |- block scalar: an enum in the wrong case and a quoted boolean in defaultConfig, every drain setting listed',
      files: [`${F}/configmap-block-scalar.yaml`],
      errors: [13, 16].map((line) => {
        const lost = `${ISTIOD} with it every drain setting in it: terminationDrainDuration 40s, drainDuration 45s, EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" and MINIMUM_DRAIN_DURATION 20s here never apply`;
        return line === 13
          ? {
              message: `accessLogEncoding: text in the mesh config (ConfigMap istio-system/istio) is not one of TEXT, JSON (enum values are case-sensitive): ${lost}; write accessLogEncoding: TEXT.`,
              line: 13,
              column: 24,
              endLine: 13,
              endColumn: 28,
              related: [
                `${F}/configmap-block-scalar.yaml:17:33 terminationDrainDuration 40s (${CM}, discarded)`,
                `${F}/configmap-block-scalar.yaml:18:22 drainDuration 45s (${CM}, discarded)`,
                `${F}/configmap-block-scalar.yaml:20:42 EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (${CM}, discarded)`,
                `${F}/configmap-block-scalar.yaml:21:33 MINIMUM_DRAIN_DURATION 20s (${CM}, discarded)`,
              ],
            }
          : {
              message: `defaultConfig.holdApplicationUntilProxyStarts: "true" in the mesh config (ConfigMap istio-system/istio) is a string, not a boolean (true or false): ${lost}; write holdApplicationUntilProxyStarts: true without quotes.`,
              line: 16,
              column: 40,
              endLine: 16,
              endColumn: 46,
            };
      }),
    },
    {
      name: 'IstioOperator: a quoted boolean, a string for a mapping, a number for a duration; drain settings from spec.meshConfig and spec.values.meshConfig',
      files: [`${F}/istiooperator.yaml`],
      errors: [
        ['enableTracing: "false"', 'is a string, not a boolean (true or false)', 'write enableTracing: false without quotes', 11, 20, 27],
        ['outboundTrafficPolicy: REGISTRY_ONLY', 'is a string, not a mapping', 'write outboundTrafficPolicy: {mode: REGISTRY_ONLY}', 12, 28, 41],
        ['connectTimeout: 10', 'is a YAML number, not a Go duration string', 'write connectTimeout: "10s"', 13, 21, 23],
      ].map(([value, what, fix, line, column, endColumn]) => ({
        message:
          `${value} in the mesh config (${IOP} spec.meshConfig) ${what}: istioctl refuses the IstioOperator (unless forced), and ${ISTIOD} with it every drain setting in it: ` +
          `terminationDrainDuration 25s and MINIMUM_DRAIN_DURATION 25s here never apply; ${fix}.`,
        line: line as number,
        column: column as number,
        endLine: line as number,
        endColumn: endColumn as number,
        related: [
          `${F}/istiooperator.yaml:15:33 terminationDrainDuration 25s (mesh config in ${IOP} spec.meshConfig, discarded)`,
          `${F}/istiooperator.yaml:20:35 MINIMUM_DRAIN_DURATION 25s (mesh config in ${IOP} spec.values.meshConfig, discarded)`,
        ],
      })),
    },
    {
      name: 'ConfigMap data.mesh written as a mapping (API server rejects it); mesh text that is a list',
      files: [`${F}/configmap-mesh-not-text.yaml`],
      errors: [
        {
          message:
            'data.mesh of ConfigMap istio-system/istio-canary is a mapping, not a string: the API server rejects the ConfigMap (every data value must be a string), so istiod never reads this mesh config: ' +
            'terminationDrainDuration 30s and EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" here never apply; write it as YAML text in a block scalar: mesh: | followed by the indented fields.',
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 7,
          related: [
            `${F}/configmap-mesh-not-text.yaml:10:33 terminationDrainDuration 30s (ConfigMap istio-system/istio-canary data.mesh, discarded)`,
            `${F}/configmap-mesh-not-text.yaml:12:42 EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (ConfigMap istio-system/istio-canary data.mesh, discarded)`,
          ],
        },
        {
          message: `The mesh text in ConfigMap istio-system/istio (data.mesh) is a list, not a mapping of MeshConfig fields: ${ISTIOD} keeps its last good one (or the built-in defaults); write field: value lines (e.g. accessLogFile: /dev/stdout), with lists under their field name.`,
          line: 22,
          column: 5,
          endLine: 25,
          endColumn: 19,
          related: [],
        },
      ],
    },
  ],
});
