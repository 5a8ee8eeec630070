import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/misplaced-annotation';

ruleTester(rule, {
  valid: [
    { name: 'Istio keys on the pod template, workload-level keys that belong there, and a Pod', files: [`${F}/pod-template-annotations.yaml`] },
    { name: 'the same label with the same value on workload and pod template (kustomize commonLabels)', files: [`${F}/common-labels-copied.yaml`] },
    { name: 'suppressed by drainlint.io/ignore on the pod template', files: [`${F}/suppressed-on-pod-template.yaml`] },
  ],
  invalid: [
    {
      name: 'Deployment: injection label and proxy.istio.io/config block scalar on the workload metadata',
      files: [`${F}/deployment-proxy-config-on-metadata.yaml`],
      errors: [
        {
          message:
            'The label sidecar.istio.io/inject: "true" is on the Deployment\'s own metadata, but the injection webhook\'s objectSelector matches pod labels only, so it opts no pod in or out. Move it to spec.template.metadata.labels.',
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 28,
        },
        {
          message:
            "The annotation proxy.istio.io/config is on the Deployment's own metadata, but the sidecar injector and pilot-agent read it from the pod only, so none of its proxy settings apply. Move it to spec.template.metadata.annotations.",
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 26,
        },
      ],
    },
    {
      name: 'CronJob: on the CronJob metadata and on spec.jobTemplate.metadata',
      files: [`${F}/cronjob-job-template-metadata.yaml`],
      errors: [
        {
          message:
            'The annotation sidecar.istio.io/nativeSidecar: "true" is on the CronJob\'s own metadata, but the sidecar injector reads it from the pod only, so it has no effect. Move it to spec.jobTemplate.spec.template.metadata.annotations.',
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 35,
        },
        {
          message:
            "The annotation proxy.istio.io/config is on the Job template's metadata (spec.jobTemplate.metadata), but the sidecar injector and pilot-agent read it from the pod only, so none of its proxy settings apply. Move it to spec.jobTemplate.spec.template.metadata.annotations.",
          line: 13,
          column: 9,
          endLine: 13,
          endColumn: 30,
        },
      ],
    },
    {
      name: 'List: drainlint annotation on a StatefulSet, conflicting istio.io/rev label on a DaemonSet; a Service is no workload',
      files: [`${F}/list-drainlint-and-rev.yaml`],
      errors: [
        {
          message:
            'The annotation drainlint.io/connection-lifetime: "90s" is on the StatefulSet\'s own metadata, but drainlint reads it from the pod template only, so it is ignored. Move it to spec.template.metadata.annotations.',
          line: 22,
          column: 9,
          endLine: 22,
          endColumn: 41,
        },
        {
          message:
            'The label istio.io/rev: "canary" is on the DaemonSet\'s own metadata, but the injection webhook\'s objectSelector matches pod labels only, so it selects no revision for the pods; the pod template sets "stable" (fixtures/misplaced-annotation/list-drainlint-and-rev.yaml:51), which is what counts. Remove this one, or set the value you want in spec.template.metadata.labels.',
          line: 42,
          column: 9,
          endLine: 42,
          endColumn: 21,
          related: [`${F}/list-drainlint-and-rev.yaml:51:27 istio.io/rev: "stable" (pod template)`],
        },
      ],
    },
    {
      name: 'multi-document file: Argo Rollout inject annotation (belongs as a pod label), Job readiness annotation; a ConfigMap is no workload',
      files: [`${F}/multi-doc-rollout-and-job.yaml`],
      errors: [
        {
          message:
            'The annotation sidecar.istio.io/inject: "true" is on the Rollout\'s own metadata, but the injector reads it from the pod only, and there as a label (the annotation form is deprecated and cannot opt a pod in). Move it to spec.template.metadata.labels.',
          line: 16,
          column: 5,
          endLine: 16,
          endColumn: 28,
        },
        {
          message:
            'The annotation readiness.status.sidecar.istio.io/initialDelaySeconds: "10" is on the Job\'s own metadata, but the sidecar injector reads it from the pod only, so it has no effect. Move it to spec.template.metadata.annotations.',
          line: 36,
          column: 5,
          endLine: 36,
          endColumn: 58,
        },
      ],
    },
  ],
});
