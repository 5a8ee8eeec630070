import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/injection-blocked-by-namespace';

ruleTester(rule, {
  valid: [
    {
      name: 'Namespace enabled or unlabelled, pod opts out, no opt-in, hostNetwork, annotation instead of label',
      files: [`${F}/silent.yaml`],
    },
    { name: 'annotation in a disabled Namespace is inject-annotation-not-label', files: ['fixtures/inject-annotation-not-label/namespace-disabled.yaml'] },
    { name: 'multi-file fixture: the Namespace injects', files: ['fixtures/proxy-config-resource-misuse/multi-file'] },
  ],
  invalid: [
    {
      name: 'label sidecar.istio.io/inject "true" in a Namespace with istio-injection=disabled (istio/istio#32388)',
      files: [`${F}/disabled-namespace.yaml`],
      errors: [
        {
          messageId: 'injectLabel',
          message: `The pod's label sidecar.istio.io/inject: "true" is blocked by istio-injection=disabled on Namespace payments: no sidecar.`,
          help: `To inject the pod, remove the istio-injection label from Namespace payments (or set it to enabled, which injects every pod of the Namespace); to keep it out of the mesh, drop the pod's label. The injection webhook is called for istio-injection=enabled, or for an istio.io/rev label or a pod opt-in label only when the Namespace has no istio-injection key at all. Values: sidecar.istio.io/inject "true" (pod label, ${F}/disabled-namespace.yaml:22); istio-injection "disabled" (label of Namespace payments, ${F}/disabled-namespace.yaml:7).`,
          line: 22,
          column: 9,
          endLine: 22,
          endColumn: 32,
          related: [
            `${F}/disabled-namespace.yaml:7:22 Namespace payments label istio-injection=disabled`,
          ],
          resource: "Deployment payments/ledger",
        },
      ],
    },
    {
      name: 'istio.io/rev on a StatefulSet, Namespace istio-injection "off" in another file: only removing the key keeps the revision',
      files: [`${F}/rev-two-files`],
      errors: [
        {
          messageId: 'revLabel',
          message: `The pod's label istio.io/rev: "canary" is blocked by istio-injection=off on Namespace search: no sidecar.`,
          help: `To inject the pod, remove the istio-injection label from Namespace search (setting it to enabled would inject the default revision instead of canary); to keep it out of the mesh, drop the pod's label. The injection webhook is called for istio-injection=enabled, or for an istio.io/rev label or a pod opt-in label only when the Namespace has no istio-injection key at all. Values: istio.io/rev "canary" (pod label, ${F}/rev-two-files/statefulset.yaml:13); istio-injection "off" (label of Namespace search, ${F}/rev-two-files/namespace.yaml:6).`,
          line: 13,
          column: 28,
          endLine: 13,
          endColumn: 40,
          file: `${F}/rev-two-files/statefulset.yaml`,
          related: [
            `${F}/rev-two-files/namespace.yaml:6:22 Namespace search label istio-injection=off`,
          ],
          resource: "StatefulSet search/index",
        },
      ],
    },
    {
      name: 'Job in a List with both opt-in labels: one finding, at the inject label',
      files: [`${F}/both-labels-list.yaml`],
      errors: [
        {
          messageId: 'bothLabels',
          message: "The pod's labels sidecar.istio.io/inject and istio.io/rev are blocked by istio-injection=disabled on Namespace jobs: no sidecar.",
          help: `To inject the pod, remove the istio-injection label from Namespace jobs (setting it to enabled would inject the default revision instead of stable); to keep it out of the mesh, drop the pod's labels. The injection webhook is called for istio-injection=enabled, or for an istio.io/rev label or a pod opt-in label only when the Namespace has no istio-injection key at all. Values: sidecar.istio.io/inject "true" (pod label, ${F}/both-labels-list.yaml:21); istio.io/rev "stable" (pod label, ${F}/both-labels-list.yaml:20); istio-injection "disabled" (label of Namespace jobs, ${F}/both-labels-list.yaml:10).`,
          line: 21,
          column: 13,
          endLine: 21,
          endColumn: 36,
          related: [
            `${F}/both-labels-list.yaml:10:26 Namespace jobs label istio-injection=disabled`,
            `${F}/both-labels-list.yaml:20:13 pod label istio.io/rev: "stable"`,
          ],
          resource: "Job jobs/migrate",
        },
      ],
    },
  ],
});
