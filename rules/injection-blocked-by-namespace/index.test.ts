import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/injection-blocked-by-namespace';
const PATHS = 'the namespace webhook needs istio-injection=enabled and the sidecar.istio.io/inject/istio.io/rev ones need no istio-injection key at all, so the pod gets no sidecar.';

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
          message: `The pod template opts in to sidecar injection with the label sidecar.istio.io/inject: "true", but Namespace payments has istio-injection=disabled (${F}/disabled-namespace.yaml:7): ${PATHS} To inject it, remove the istio-injection label from Namespace payments (or set it to enabled); to keep it out of the mesh, drop the pod's label.`,
          line: 22,
          column: 9,
          endLine: 22,
          endColumn: 32,
          related: [`${F}/disabled-namespace.yaml:7:22 Namespace payments label istio-injection=disabled`],
        },
      ],
    },
    {
      name: 'istio.io/rev on a StatefulSet, Namespace istio-injection "off" in another file: only removing the key keeps the revision',
      files: [`${F}/rev-two-files`],
      errors: [
        {
          file: `${F}/rev-two-files/statefulset.yaml`,
          message: `The pod template opts in to sidecar injection with the label istio.io/rev: "canary", but Namespace search has istio-injection=off (${F}/rev-two-files/namespace.yaml:6): ${PATHS} To inject it, remove the istio-injection label from Namespace search; to keep it out of the mesh, drop the pod's label.`,
          line: 13,
          column: 28,
          endLine: 13,
          endColumn: 40,
          related: [`${F}/rev-two-files/namespace.yaml:6:22 Namespace search label istio-injection=off`],
        },
      ],
    },
    {
      name: 'Job in a List with both opt-in labels: one finding, at the inject label',
      files: [`${F}/both-labels-list.yaml`],
      errors: [
        {
          message: `The pod template opts in to sidecar injection with the labels sidecar.istio.io/inject: "true" and istio.io/rev: "stable", but Namespace jobs has istio-injection=disabled (${F}/both-labels-list.yaml:10): ${PATHS} To inject it, remove the istio-injection label from Namespace jobs; to keep it out of the mesh, drop the pod's labels.`,
          line: 21,
          column: 13,
          endLine: 21,
          endColumn: 36,
          related: [`${F}/both-labels-list.yaml:10:26 Namespace jobs label istio-injection=disabled`, `${F}/both-labels-list.yaml:20:13 pod label istio.io/rev: "stable"`],
        },
      ],
    },
  ],
});
