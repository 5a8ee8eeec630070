import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/invalid-mesh-config';
const LAST_GOOD = 'istiod logs "invalid mesh config, using last known state" and keeps its last good mesh config (or the built-in defaults) instead of this one';
const ISTIOCTL = 'istioctl validates the mesh config and refuses the IstioOperator unless forced; forced,';
const CM = 'mesh config in ConfigMap istio-system/istio';
const IOP = 'IstioOperator istio-system/control-plane';

ruleTester(rule, {
  valid: [
    { noWorkloads: true, name: 'integers as strings, enums as numbers, nulls, correct enum spelling', files: [`${F}/valid-mesh-config.yaml`] },
    { noWorkloads: true, name: 'problems owned by invalid-duration, proxy-metadata-not-string and invalid-field-type', files: [`${F}/owned-by-other-rules.yaml`] },
  ],
  invalid: [
    {
      name: 'two mesh sources (istiod SHARED_MESH_CONFIG): istiod skips the invalid istio ConfigMap and applies the shared one alone',
      files: [`${F}/shared-mesh`],
      errors: [
        {
          messageId: 'meshField',
          message: 'accessLogEncoding: json is not one of TEXT, JSON: istiod rejects the mesh config, so terminationDrainDuration 50s never applies.',
          help: `Write accessLogEncoding: JSON. Enum values are case-sensitive. istiod skips this mesh config (ConfigMap istio-system/istio; it logs "invalid mesh config, ignoring") and applies ConfigMap istio-system/istio-shared-configmap alone, so none of this one's settings apply. Drain settings that never apply: terminationDrainDuration 50s (data.mesh, ${F}/shared-mesh/istio.yaml:10).`,
          line: 8,
          column: 24,
          endLine: 8,
          endColumn: 28,
          file: `${F}/shared-mesh/istio.yaml`,
          related: [`${F}/shared-mesh/istio.yaml:10:33 terminationDrainDuration 50s (mesh config in ConfigMap istio-system/istio, discarded)`],
          resource: 'ConfigMap istio-system/istio',
        },
      ],
    },
    {
      name: 'istio/istio#54012: accessLogEncoding json in Helm values voids terminationDrainDuration 30s',
      files: [`${F}/issue-54012-helm-values.yaml`],
      errors: [
        {
          messageId: 'meshField',
          message: 'accessLogEncoding: json is not one of TEXT, JSON: istiod rejects the mesh config, so terminationDrainDuration 30s never applies.',
          help: `Write accessLogEncoding: JSON. Enum values are case-sensitive. ${LAST_GOOD} (Helm values ${F}/issue-54012-helm-values.yaml), so none of its settings apply. Drain settings that never apply: terminationDrainDuration 30s (meshConfig, ${F}/issue-54012-helm-values.yaml:8).`,
          line: 6,
          column: 22,
          endLine: 6,
          endColumn: 26,
          related: [
            `${F}/issue-54012-helm-values.yaml:8:31 terminationDrainDuration 30s (mesh config in Helm values ${F}/issue-54012-helm-values.yaml, discarded)`,
          ],
          resource: 'HelmValues /',
        },
      ],
    },
    {
      name: 'istio ConfigMap, |- block scalar: an enum in the wrong case and a quoted boolean in defaultConfig, every drain setting listed',
      files: [`${F}/configmap-block-scalar.yaml`],
      errors: [
        {
          messageId: 'meshField',
          message: 'accessLogEncoding: text is not one of TEXT, JSON: istiod rejects the mesh config, so its 4 drain settings never apply.',
          help: `Write accessLogEncoding: TEXT. Enum values are case-sensitive. ${LAST_GOOD} (ConfigMap istio-system/istio), so none of its settings apply. Drain settings that never apply: terminationDrainDuration 40s (data.mesh, ${F}/configmap-block-scalar.yaml:17); drainDuration 45s (data.mesh, ${F}/configmap-block-scalar.yaml:18); EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (data.mesh, ${F}/configmap-block-scalar.yaml:20); MINIMUM_DRAIN_DURATION 20s (data.mesh, ${F}/configmap-block-scalar.yaml:21).`,
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
          resource: 'ConfigMap istio-system/istio',
        },
        {
          messageId: 'meshField',
          message: 'defaultConfig.holdApplicationUntilProxyStarts: "true" is a string, not a boolean: istiod rejects the mesh config, so its 4 drain settings never apply.',
          help: `Write holdApplicationUntilProxyStarts: true without quotes. ${LAST_GOOD} (ConfigMap istio-system/istio), so none of its settings apply. Drain settings that never apply: terminationDrainDuration 40s (data.mesh, ${F}/configmap-block-scalar.yaml:17); drainDuration 45s (data.mesh, ${F}/configmap-block-scalar.yaml:18); EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (data.mesh, ${F}/configmap-block-scalar.yaml:20); MINIMUM_DRAIN_DURATION 20s (data.mesh, ${F}/configmap-block-scalar.yaml:21).`,
          line: 16,
          column: 40,
          endLine: 16,
          endColumn: 46,
          related: [
            `${F}/configmap-block-scalar.yaml:17:33 terminationDrainDuration 40s (${CM}, discarded)`,
            `${F}/configmap-block-scalar.yaml:18:22 drainDuration 45s (${CM}, discarded)`,
            `${F}/configmap-block-scalar.yaml:20:42 EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (${CM}, discarded)`,
            `${F}/configmap-block-scalar.yaml:21:33 MINIMUM_DRAIN_DURATION 20s (${CM}, discarded)`,
          ],
          resource: 'ConfigMap istio-system/istio',
        },
      ],
    },
    {
      name: 'IstioOperator: a quoted boolean, a string for a mapping, a number for a duration; drain settings from spec.meshConfig and spec.values.meshConfig',
      files: [`${F}/istiooperator.yaml`],
      errors: [
        {
          messageId: 'operatorField',
          message: 'enableTracing: "false" is a string, not a boolean: istioctl refuses the IstioOperator, so its 2 drain settings never apply.',
          help: `Write enableTracing: false without quotes. ${ISTIOCTL} ${LAST_GOOD} (IstioOperator istio-system/control-plane spec.meshConfig), so none of its settings apply. Drain settings that never apply: terminationDrainDuration 25s (spec.meshConfig, ${F}/istiooperator.yaml:15); MINIMUM_DRAIN_DURATION 25s (spec.values.meshConfig, ${F}/istiooperator.yaml:20).`,
          line: 11,
          column: 20,
          endLine: 11,
          endColumn: 27,
          related: [
            `${F}/istiooperator.yaml:15:33 terminationDrainDuration 25s (mesh config in ${IOP} spec.meshConfig, discarded)`,
            `${F}/istiooperator.yaml:20:35 MINIMUM_DRAIN_DURATION 25s (mesh config in ${IOP} spec.values.meshConfig, discarded)`,
          ],
          resource: 'IstioOperator istio-system/control-plane',
        },
        {
          messageId: 'operatorField',
          message: 'outboundTrafficPolicy: REGISTRY_ONLY is a string, not a mapping: istioctl refuses the IstioOperator, so its 2 drain settings never apply.',
          help: `Write outboundTrafficPolicy: {mode: REGISTRY_ONLY}. ${ISTIOCTL} ${LAST_GOOD} (IstioOperator istio-system/control-plane spec.meshConfig), so none of its settings apply. Drain settings that never apply: terminationDrainDuration 25s (spec.meshConfig, ${F}/istiooperator.yaml:15); MINIMUM_DRAIN_DURATION 25s (spec.values.meshConfig, ${F}/istiooperator.yaml:20).`,
          line: 12,
          column: 28,
          endLine: 12,
          endColumn: 41,
          related: [
            `${F}/istiooperator.yaml:15:33 terminationDrainDuration 25s (mesh config in ${IOP} spec.meshConfig, discarded)`,
            `${F}/istiooperator.yaml:20:35 MINIMUM_DRAIN_DURATION 25s (mesh config in ${IOP} spec.values.meshConfig, discarded)`,
          ],
          resource: 'IstioOperator istio-system/control-plane',
        },
        {
          messageId: 'operatorField',
          message: 'connectTimeout: 10 is a YAML number, not a Go duration string: istioctl refuses the IstioOperator, so its 2 drain settings never apply.',
          help: `Write connectTimeout: "10s". A Go duration is a number with a lower-case unit (ns, us, ms, s, m or h), e.g. "1m30s". ${ISTIOCTL} ${LAST_GOOD} (IstioOperator istio-system/control-plane spec.meshConfig), so none of its settings apply. Drain settings that never apply: terminationDrainDuration 25s (spec.meshConfig, ${F}/istiooperator.yaml:15); MINIMUM_DRAIN_DURATION 25s (spec.values.meshConfig, ${F}/istiooperator.yaml:20).`,
          line: 13,
          column: 21,
          endLine: 13,
          endColumn: 23,
          related: [
            `${F}/istiooperator.yaml:15:33 terminationDrainDuration 25s (mesh config in ${IOP} spec.meshConfig, discarded)`,
            `${F}/istiooperator.yaml:20:35 MINIMUM_DRAIN_DURATION 25s (mesh config in ${IOP} spec.values.meshConfig, discarded)`,
          ],
          resource: 'IstioOperator istio-system/control-plane',
        },
      ],
    },
    {
      name: 'ConfigMap data.mesh written as a mapping (API server rejects it); mesh text that is a list',
      files: [`${F}/configmap-mesh-not-text.yaml`],
      errors: [
        {
          messageId: 'meshNotText',
          message: 'data.mesh is a mapping, not a string: the API server rejects the ConfigMap, so its 2 drain settings never apply.',
          help: `Write the mesh config as YAML text in a block scalar: mesh: | followed by the indented fields. Every ConfigMap data value must be a string, so istiod never reads this mesh config. Drain settings that never apply: terminationDrainDuration 30s (data.mesh, ${F}/configmap-mesh-not-text.yaml:10); EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (data.mesh, ${F}/configmap-mesh-not-text.yaml:12).`,
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 7,
          related: [
            `${F}/configmap-mesh-not-text.yaml:10:33 terminationDrainDuration 30s (ConfigMap istio-system/istio-canary data.mesh, discarded)`,
            `${F}/configmap-mesh-not-text.yaml:12:42 EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (ConfigMap istio-system/istio-canary data.mesh, discarded)`,
          ],
          resource: 'ConfigMap istio-system/istio-canary',
        },
        {
          messageId: 'meshTextNotMapping',
          message: 'The mesh text in data.mesh is a list, not a mapping of MeshConfig fields: istiod rejects it.',
          help: `Write field: value lines (e.g. accessLogFile: /dev/stdout), with lists under their field name. ${LAST_GOOD} (ConfigMap istio-system/istio), so none of its settings apply.`,
          line: 22,
          column: 5,
          endLine: 25,
          endColumn: 19,
          related: [],
          resource: 'ConfigMap istio-system/istio',
        },
      ],
    },
  ],
});
