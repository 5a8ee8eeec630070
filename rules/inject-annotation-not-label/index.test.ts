import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/inject-annotation-not-label';
const WEBHOOK = "is a pod annotation, but the injection webhook's objectSelector matches labels only and";
const NO_SIDECAR = 'so the pod gets no sidecar and none of its proxy settings apply.';

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
          message: `sidecar.istio.io/inject: "true" ${WEBHOOK} Namespace shop (no istio-injection or istio.io/rev label, ${F}/annotation-in-plain-namespace.yaml:6) does not enable injection, ${NO_SIDECAR} Make it a label: move it to spec.template.metadata.labels as sidecar.istio.io/inject: "true".`,
          line: 23,
          column: 9,
          endLine: 23,
          endColumn: 32,
          related: [`${F}/annotation-in-plain-namespace.yaml:6:3 Namespace shop (no istio-injection or istio.io/rev label)`],
        },
      ],
    },
    {
      name: 'bare Pod, annotation "yes", Namespace istio-injection=disabled: make it a label and lift the Namespace opt-out',
      files: [`${F}/namespace-disabled.yaml`],
      errors: [
        {
          message: `sidecar.istio.io/inject: "yes" ${WEBHOOK} Namespace batch has istio-injection=disabled (${F}/namespace-disabled.yaml:7), which blocks injection even for a labelled pod, ${NO_SIDECAR} Make it a label: move it to metadata.labels as sidecar.istio.io/inject: "true", and remove the istio-injection label of Namespace batch (or set it to enabled).`,
          line: 15,
          column: 5,
          endLine: 15,
          endColumn: 28,
          related: [`${F}/namespace-disabled.yaml:7:22 Namespace batch (istio-injection=disabled)`],
        },
      ],
    },
    {
      name: 'CronJob in a List, flow-style annotations, Namespace in another file without labels',
      files: [`${F}/namespace-elsewhere`],
      errors: [
        {
          file: `${F}/namespace-elsewhere/cronjob-list.yaml`,
          message: `sidecar.istio.io/inject: "true" ${WEBHOOK} Namespace reports (no istio-injection or istio.io/rev label, ${F}/namespace-elsewhere/namespace.yaml:4) does not enable injection, ${NO_SIDECAR} Make it a label: move it to spec.jobTemplate.spec.template.metadata.labels as sidecar.istio.io/inject: "true".`,
          line: 16,
          column: 29,
          endLine: 16,
          endColumn: 52,
          related: [`${F}/namespace-elsewhere/namespace.yaml:4:9 Namespace reports (no istio-injection or istio.io/rev label)`],
        },
      ],
    },
  ],
});
