import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/misplaced-grace-period';
const STRICT = 'but that object has no terminationGracePeriodSeconds field: kubectl apply rejects it (strict field validation, the default since Kubernetes 1.25) and other clients drop it silently';

ruleTester(rule, {
  valid: [
    { name: 'pod spec grace period, livenessProbe/startupProbe grace periods, a Pod', files: [`${F}/pod-spec-and-probes.yaml`] },
    { noWorkloads: true, name: 'gateway Helm chart values (a chart value, not a workload)', files: [`${F}/gateway-chart-values.yaml`] },
    { name: 'mesh workloads without any grace period', files: [`${F}/workloads-for-mesh.yaml`] },
    { name: 'inside an annotation that admission denies (only proxy-metadata-not-string is reported)', files: [`${F}/annotation-admission-denied.yaml`] },
  ],
  invalid: [
    {
      name: 'Deployment spec instead of the pod spec (default grace period stays)',
      files: [`${F}/deployment-spec.yaml`],
      errors: [
        {
          message: `terminationGracePeriodSeconds is set in the Deployment spec, ${STRICT}, so the pod keeps the default grace period of 30 seconds. Set it in the pod spec: spec.template.spec.terminationGracePeriodSeconds: 60.`,
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 32,
        },
      ],
    },
    {
      name: 'StatefulSet: pod template metadata, a container, a readinessProbe; pod spec and livenessProbe are right',
      files: [`${F}/statefulset-container-metadata-probe.yaml`],
      errors: [
        {
          message: `terminationGracePeriodSeconds is set in the pod template's metadata (spec.template.metadata), ${STRICT}, so the pod's grace period is 45 (pod spec, fixtures/misplaced-grace-period/statefulset-container-metadata-probe.yaml:17). Remove this one, or set the value you want in spec.template.spec.terminationGracePeriodSeconds.`,
          line: 15,
          column: 7,
          endLine: 15,
          endColumn: 36,
          related: [`${F}/statefulset-container-metadata-probe.yaml:17:38 terminationGracePeriodSeconds 45 (pod spec)`],
        },
        {
          message: `terminationGracePeriodSeconds is set in container search (spec.template.spec.containers[0]), ${STRICT}, so the pod's grace period is 45 (pod spec, fixtures/misplaced-grace-period/statefulset-container-metadata-probe.yaml:17). Remove this one.`,
          line: 21,
          column: 11,
          endLine: 21,
          endColumn: 40,
        },
        {
          message:
            'terminationGracePeriodSeconds is set in the readinessProbe of container search (spec.template.spec.containers[0].readinessProbe), but only livenessProbe and startupProbe have a grace period of their own: the API server rejects the pod template. Remove it.',
          line: 31,
          column: 13,
          endLine: 31,
          endColumn: 42,
          related: [],
        },
      ],
    },
    {
      name: 'CronJob: on the Job spec (spec.jobTemplate.spec)',
      files: [`${F}/cronjob-job-spec.yaml`],
      errors: [
        {
          message: `terminationGracePeriodSeconds is set in the Job spec (spec.jobTemplate.spec), ${STRICT}, so the pod keeps the default grace period of 30 seconds. Set it in the pod spec: spec.jobTemplate.spec.template.spec.terminationGracePeriodSeconds: 120.`,
          line: 11,
          column: 7,
          endLine: 11,
          endColumn: 36,
        },
      ],
    },
    {
      name: 'inside proxy.istio.io/config: block scalar line, and a JSON annotation on a Pod whose spec already has the value',
      files: [`${F}/annotation.yaml`],
      errors: [
        {
          message:
            'terminationGracePeriodSeconds in the proxy.istio.io/config annotation is not a proxy setting: istiod drops unknown ProxyConfig keys, so the pod keeps the default grace period of 30 seconds. Set it in the pod spec: spec.template.spec.terminationGracePeriodSeconds: 60.',
          line: 17,
          column: 11,
          endLine: 17,
          endColumn: 40,
        },
        {
          message:
            "terminationGracePeriodSeconds in the proxy.istio.io/config annotation is not a proxy setting: istiod drops unknown ProxyConfig keys, so the pod's grace period is 90 (pod spec, fixtures/misplaced-grace-period/annotation.yaml:31). Remove this one.",
          line: 29,
          column: 30,
          endLine: 29,
          endColumn: 61,
          related: [`${F}/annotation.yaml:31:34 terminationGracePeriodSeconds 90 (pod spec)`],
        },
      ],
    },
    {
      name: 'mesh defaultConfig in the istio ConfigMap (block scalar mesh key)',
      files: [`${F}/mesh-configmap.yaml`],
      errors: [
        {
          message:
            'terminationGracePeriodSeconds in defaultConfig of the mesh config (ConfigMap istio-system/istio) is not a proxy setting and there is no mesh-wide grace period: istiod drops the key, so every pod keeps its own terminationGracePeriodSeconds (default 30). Set terminationGracePeriodSeconds: 60 in the pod spec of each workload that needs it.',
          line: 11,
          column: 7,
          endLine: 11,
          endColumn: 36,
        },
      ],
    },
    {
      name: 'IstioOperator meshConfig.defaultConfig with workloads in another file: one finding, on the mesh document',
      files: [`${F}/mesh-istiooperator.yaml`, `${F}/workloads-for-mesh.yaml`],
      errors: [
        {
          message:
            'terminationGracePeriodSeconds in defaultConfig of the mesh config (IstioOperator istio-system/control-plane spec.meshConfig) is not a proxy setting and there is no mesh-wide grace period: istiod drops the key, so every pod keeps its own terminationGracePeriodSeconds (default 30). Set terminationGracePeriodSeconds: 45 in the pod spec of each workload that needs it.',
          line: 10,
          column: 7,
          endLine: 10,
          endColumn: 36,
        },
      ],
    },
    {
      name: 'Helm values: at the MeshConfig top level, and snake_case in defaultConfig (a Go duration is suggested as whole seconds)',
      files: [`${F}/helm-values-mesh.yaml`],
      errors: [
        {
          message:
            'terminationGracePeriodSeconds at the top level of the mesh config (Helm values fixtures/misplaced-grace-period/helm-values-mesh.yaml) is not a mesh setting and there is no mesh-wide grace period: istiod drops the key, so every pod keeps its own terminationGracePeriodSeconds (default 30). Set terminationGracePeriodSeconds: 75 in the pod spec of each workload that needs it.',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 32,
        },
        {
          message:
            'termination_grace_period_seconds in defaultConfig of the mesh config (Helm values fixtures/misplaced-grace-period/helm-values-mesh.yaml) is not a proxy setting and there is no mesh-wide grace period: istiod drops the key, so every pod keeps its own terminationGracePeriodSeconds (default 30). Set terminationGracePeriodSeconds: 120 in the pod spec of each workload that needs it.',
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 37,
        },
      ],
    },
  ],
});
