import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/inject-annotation-not-label';

ruleTester(rule, {
  valid: [
    {
      name: 'injecting Namespace (istio-injection or istio.io/rev), label present, Namespace unknown, hostNetwork, own istio-proxy, "false", workload metadata',
      files: [`${F}/silent.yaml`],
    },
    { name: 'the label in a disabled Namespace is injection-blocked-by-namespace', files: ['fixtures/injection-blocked-by-namespace/disabled-namespace.yaml'] },
    { name: 'multi-file fixture: the Namespace injects', files: ['fixtures/proxy-config-resource-misuse/multi-file'] },
  ],
  invalid: [
    {
      name: 'Deployment in a Namespace without injection labels (istio/istio#26600)',
      files: [`${F}/annotation-in-plain-namespace.yaml`],
      errors: [
        {
          messageId: 'notInjectingNamespace',
          message: 'sidecar.istio.io/inject: "true" is an annotation, not a label, and Namespace shop does not enable injection: no sidecar.',
          help: `Make it a label: move it to spec.template.metadata.labels as sidecar.istio.io/inject: "true". The injection webhook's objectSelector matches labels only, so the annotation opts nothing in and none of the pod's proxy settings apply. Values: sidecar.istio.io/inject "true" (pod annotation, ${F}/annotation-in-plain-namespace.yaml:23); istio-injection and istio.io/rev labels unset (Namespace shop, ${F}/annotation-in-plain-namespace.yaml:6).`,
          line: 23,
          column: 9,
          endLine: 23,
          endColumn: 32,
          related: [
            `${F}/annotation-in-plain-namespace.yaml:6:3 Namespace shop (no istio-injection or istio.io/rev label)`,
          ],
          resource: "Deployment shop/checkout",
        },
      ],
    },
    {
      name: 'bare Pod, annotation "yes", Namespace istio-injection=disabled: make it a label and lift the Namespace opt-out',
      files: [`${F}/namespace-disabled.yaml`],
      errors: [
        {
          messageId: 'namespaceOptOut',
          message: 'sidecar.istio.io/inject: "yes" is an annotation, not a label, and Namespace batch has istio-injection=disabled: no sidecar.',
          help: `Make it a label: move it to metadata.labels as sidecar.istio.io/inject: "true", and remove the istio-injection label of Namespace batch (or set it to enabled), which blocks injection even for a labelled pod. The injection webhook's objectSelector matches labels only, so the annotation opts nothing in and none of the pod's proxy settings apply. Values: sidecar.istio.io/inject "yes" (pod annotation, ${F}/namespace-disabled.yaml:15); istio-injection "disabled" (label of Namespace batch, ${F}/namespace-disabled.yaml:7).`,
          line: 15,
          column: 5,
          endLine: 15,
          endColumn: 28,
          related: [
            `${F}/namespace-disabled.yaml:7:22 Namespace batch (istio-injection=disabled)`,
          ],
          resource: "Pod batch/worker",
        },
      ],
    },
    {
      name: 'CronJob in a List, flow-style annotations, Namespace in another file without labels',
      files: [`${F}/namespace-elsewhere`],
      errors: [
        {
          messageId: 'notInjectingNamespace',
          message: 'sidecar.istio.io/inject: "true" is an annotation, not a label, and Namespace reports does not enable injection: no sidecar.',
          help: `Make it a label: move it to spec.jobTemplate.spec.template.metadata.labels as sidecar.istio.io/inject: "true". The injection webhook's objectSelector matches labels only, so the annotation opts nothing in and none of the pod's proxy settings apply. Values: sidecar.istio.io/inject "true" (pod annotation, ${F}/namespace-elsewhere/cronjob-list.yaml:16); istio-injection and istio.io/rev labels unset (Namespace reports, ${F}/namespace-elsewhere/namespace.yaml:4).`,
          line: 16,
          column: 29,
          endLine: 16,
          endColumn: 52,
          file: `${F}/namespace-elsewhere/cronjob-list.yaml`,
          related: [
            `${F}/namespace-elsewhere/namespace.yaml:4:9 Namespace reports (no istio-injection or istio.io/rev label)`,
          ],
          resource: "CronJob reports/nightly",
        },
      ],
    },
  ],
});
