import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/misplaced-annotation';

ruleTester(rule, {
  valid: [
    { name: 'Istio keys on the pod template, workload-level keys that belong there, and a Pod', files: [`${F}/pod-template-annotations.yaml`] },
    { name: 'the same label with the same value on workload and pod template (kustomize commonLabels)', files: [`${F}/common-labels-copied.yaml`] },
    { name: 'suppressed by drainlint.io/ignore on the pod template', files: [`${F}/suppressed-on-pod-template.yaml`] },
    { name: "istio.io/rev as Istio's ownership label: istiod, istio-cni, ztunnel, a gateway, a pod template with its own value, an opted-out pod, the root namespace", files: [`${F}/rev-ownership-label.yaml`] },
    { name: 'drainlint.io/ignore and drainlint.io/ignore-<rule-id> on the workload, where they suppress too', files: [`${F}/ignore-on-workload.yaml`] },
  ],
  invalid: [
    {
      name: 'Deployment: injection label and proxy.istio.io/config block scalar on the workload metadata',
      files: [`${F}/deployment-proxy-config-on-metadata.yaml`],
      errors: [
        {
          messageId: 'injectionLabel',
          message: "The label sidecar.istio.io/inject: \"true\" is on the Deployment's own metadata, so it opts no pod in or out of injection.",
          help: "Move it to spec.template.metadata.labels: the injection webhook's objectSelector matches the labels of the pod being created only, and a Deployment's own labels and annotations are never copied onto its pods.",
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 28,
          related: [],
          resource: "Deployment shop/checkout",
        },
        {
          messageId: 'proxyConfig',
          message: "The annotation proxy.istio.io/config is on the Deployment's own metadata, so none of its proxy settings apply.",
          help: "Move it to spec.template.metadata.annotations: the sidecar injector and pilot-agent read it from the pod only, and a Deployment's own labels and annotations are never copied onto its pods.",
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 26,
          related: [],
          resource: "Deployment shop/checkout",
        },
      ],
    },
    {
      name: 'CronJob: on the CronJob metadata and on spec.jobTemplate.metadata',
      files: [`${F}/cronjob-job-template-metadata.yaml`],
      errors: [
        {
          messageId: 'injectorAnnotation',
          message: "The annotation sidecar.istio.io/nativeSidecar: \"true\" is on the CronJob's own metadata, so the sidecar injector never sees it.",
          help: "Move it to spec.jobTemplate.spec.template.metadata.annotations: the sidecar injector reads it from the pod only, and a CronJob's own labels and annotations are never copied onto its pods.",
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 35,
          related: [],
          resource: "CronJob reports/nightly-report",
        },
        {
          messageId: 'proxyConfig',
          message: "The annotation proxy.istio.io/config is on the Job template's metadata, so none of its proxy settings apply.",
          help: "Move it to spec.jobTemplate.spec.template.metadata.annotations: the sidecar injector and pilot-agent read it from the pod only, and spec.jobTemplate.metadata lands on the Job, not on its pods.",
          line: 13,
          column: 9,
          endLine: 13,
          endColumn: 30,
          related: [],
          resource: "CronJob reports/nightly-report",
        },
      ],
    },
    {
      name: "List: drainlint annotation on a StatefulSet; a DaemonSet's istio.io/rev that differs from its pod template's is an ownership label; a Service is no workload",
      files: [`${F}/list-drainlint-and-rev.yaml`],
      errors: [
        {
          messageId: 'drainlintAnnotation',
          message: "The annotation drainlint.io/connection-lifetime: \"90s\" is on the StatefulSet's own metadata, so drainlint ignores it.",
          help: "Move it to spec.template.metadata.annotations: drainlint reads its own annotations from the pod template only, as Istio does, and a StatefulSet's own labels and annotations are never copied onto its pods.",
          line: 22,
          column: 9,
          endLine: 22,
          endColumn: 41,
          related: [],
          resource: "StatefulSet finance/ledger",
        },
      ],
    },
    {
      name: 'multi-document file: Argo Rollout inject annotation (belongs as a pod label), Job readiness annotation; a ConfigMap is no workload',
      files: [`${F}/multi-doc-rollout-and-job.yaml`],
      errors: [
        {
          messageId: 'injectAnnotation',
          message: "The annotation sidecar.istio.io/inject: \"true\" is on the Rollout's own metadata, where the injector never sees it.",
          help: "Move it to spec.template.metadata.labels, as a label: the injection webhook selects pods by label, so the deprecated annotation form cannot opt a pod in, and a Rollout's own labels and annotations are never copied onto its pods.",
          line: 16,
          column: 5,
          endLine: 16,
          endColumn: 28,
          related: [],
          resource: "Rollout storefront/web",
        },
        {
          messageId: 'injectorAnnotation',
          message: "The annotation readiness.status.sidecar.istio.io/initialDelaySeconds: \"10\" is on the Job's own metadata, so the sidecar injector never sees it.",
          help: "Move it to spec.template.metadata.annotations: the sidecar injector reads it from the pod only, and a Job's own labels and annotations are never copied onto its pods.",
          line: 36,
          column: 5,
          endLine: 36,
          endColumn: 58,
          related: [],
          resource: "Job storefront/migrate",
        },
      ],
    },
    {
      name: 'inline: proxy.istio.io/config on the Deployment and another one on the pod template',
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
  annotations:
    proxy.istio.io/config: |
      terminationDrainDuration: 60s
spec:
  template:
    metadata:
      annotations:
        proxy.istio.io/config: |
          terminationDrainDuration: 20s
    spec:
      containers:
        - name: api
          image: example/api:1.0
`,
      errors: [
        {
          messageId: 'podTemplateDiffers',
          message: "The annotation proxy.istio.io/config on the Deployment's own metadata is ignored; the pod template's own value counts.",
          help: "Remove this one, or set the value you want in spec.template.metadata.annotations: the sidecar injector and pilot-agent read it from the pod only, and a Deployment's own labels and annotations are never copied onto its pods. Values: proxy.istio.io/config set (Deployment metadata annotations, inline.yaml:7); proxy.istio.io/config set (pod template annotations, inline.yaml:13).",
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 26,
          related: [
            "inline.yaml:13:32 proxy.istio.io/config (pod template)",
          ],
          resource: "Deployment shop/api",
        },
      ],
    },
    {
      name: 'inline: proxy.istio.io/config on the Deployment with settings the pod template\'s own one lacks: merged',
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
  annotations:
    proxy.istio.io/config: |
      terminationDrainDuration: 60s
      drainDuration: 90s # long drains
      proxyMetadata:
        ISTIO_META_DNS_CAPTURE: "true"
spec:
  template:
    metadata:
      annotations:
        proxy.istio.io/config: |-
          terminationDrainDuration: 20s
          proxyMetadata:
            ISTIO_META_DNS_AUTO_ALLOCATE: "true"
    spec:
      containers:
        - name: api
          image: example/api:1.0
`,
      errors: [
        {
          messageId: 'proxyConfigMerge',
          message: "The annotation proxy.istio.io/config on the Deployment's own metadata is ignored; the pod template's own one counts.",
          help: "Merge it into the pod template's: add drainDuration and proxyMetadata.ISTIO_META_DNS_CAPTURE to spec.template.metadata.annotations.proxy.istio.io/config (its own values stay), and remove this one: the sidecar injector and pilot-agent read it from the pod only, and a Deployment's own labels and annotations are never copied onto its pods. Values: proxy.istio.io/config set (Deployment metadata annotations, inline.yaml:7); proxy.istio.io/config set (pod template annotations, inline.yaml:16).",
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 26,
          related: [
            "inline.yaml:16:32 proxy.istio.io/config (pod template)",
          ],
          resource: "Deployment shop/api",
        },
      ],
    },
    {
      name: 'istio.io/rev on the Deployment only, for an app in a namespace the injector serves',
      files: [`${F}/rev-selects-nothing.yaml`],
      errors: [
        {
          messageId: 'injectionLabel',
          message: "The label istio.io/rev: \"canary\" is on the Deployment's own metadata, so it selects no revision for the pods.",
          help: "Move it to spec.template.metadata.labels: the injection webhook's objectSelector matches the labels of the pod being created only, and a Deployment's own labels and annotations are never copied onto its pods.",
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 17,
          related: [],
          resource: "Deployment shop/checkout",
        },
      ],
    },
  ],
});
