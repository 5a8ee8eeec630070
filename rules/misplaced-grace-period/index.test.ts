import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/misplaced-grace-period';

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
          messageId: 'notAField',
          message: "terminationGracePeriodSeconds is not a field of the Deployment spec: kubectl apply rejects it, and the grace period stays 30 (default).",
          help: `Set it in the pod spec instead: spec.template.spec.terminationGracePeriodSeconds: 60, and remove it from the Deployment spec (spec). There is no such field there: strict field validation (the default of kubectl apply since Kubernetes 1.25) rejects an unknown field, and other clients drop it silently. Values: terminationGracePeriodSeconds 60 (Deployment spec, ${F}/deployment-spec.yaml:9); terminationGracePeriodSeconds 30 (default).`,
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 32,
          related: [],
          resource: "Deployment shop/orders",
        },
      ],
    },
    {
      name: 'StatefulSet: pod template metadata, a container, a readinessProbe; pod spec and livenessProbe are right',
      files: [`${F}/statefulset-container-metadata-probe.yaml`],
      errors: [
        {
          messageId: 'notAFieldBesidePodSpec',
          message: "terminationGracePeriodSeconds is not a field of the pod template's metadata: kubectl apply rejects it; the grace period is the pod spec's 45.",
          help: `Remove it from the pod template's metadata (spec.template.metadata), or set the value you want in spec.template.spec.terminationGracePeriodSeconds. There is no such field there: strict field validation (the default of kubectl apply since Kubernetes 1.25) rejects an unknown field, and other clients drop it silently. Values: terminationGracePeriodSeconds 90 (StatefulSet spec.template.metadata, ${F}/statefulset-container-metadata-probe.yaml:15); terminationGracePeriodSeconds 45 (pod spec, ${F}/statefulset-container-metadata-probe.yaml:17).`,
          line: 15,
          column: 7,
          endLine: 15,
          endColumn: 36,
          related: [
            `${F}/statefulset-container-metadata-probe.yaml:17:38 terminationGracePeriodSeconds 45 (pod spec)`,
          ],
          resource: "StatefulSet catalog/search",
        },
        {
          messageId: 'notAFieldBesidePodSpec',
          message: "terminationGracePeriodSeconds is not a field of container search: kubectl apply rejects it; the grace period is the pod spec's 45.",
          help: `Remove it from container search (spec.template.spec.containers[0]). There is no such field there: strict field validation (the default of kubectl apply since Kubernetes 1.25) rejects an unknown field, and other clients drop it silently. Values: terminationGracePeriodSeconds 45 (StatefulSet spec.template.spec.containers[0], ${F}/statefulset-container-metadata-probe.yaml:21); terminationGracePeriodSeconds 45 (pod spec, ${F}/statefulset-container-metadata-probe.yaml:17).`,
          line: 21,
          column: 11,
          endLine: 21,
          endColumn: 40,
          related: [
            `${F}/statefulset-container-metadata-probe.yaml:17:38 terminationGracePeriodSeconds 45 (pod spec)`,
          ],
          resource: "StatefulSet catalog/search",
        },
        {
          messageId: 'readinessProbe',
          message: "terminationGracePeriodSeconds is not a field of a readinessProbe: the API server rejects the pod template.",
          help: "Remove it from the readinessProbe of container search (spec.template.spec.containers[0].readinessProbe). Kubernetes (≥ 1.25) has a probe-level terminationGracePeriodSeconds on livenessProbe and startupProbe only; the pod's own grace period is spec.template.spec.terminationGracePeriodSeconds.",
          line: 31,
          column: 13,
          endLine: 31,
          endColumn: 42,
          related: [],
          resource: "StatefulSet catalog/search",
        },
      ],
    },
    {
      name: 'CronJob: on the Job spec (spec.jobTemplate.spec)',
      files: [`${F}/cronjob-job-spec.yaml`],
      errors: [
        {
          messageId: 'notAField',
          message: "terminationGracePeriodSeconds is not a field of the Job spec: kubectl apply rejects it, and the grace period stays 30 (default).",
          help: `Set it in the pod spec instead: spec.jobTemplate.spec.template.spec.terminationGracePeriodSeconds: 120, and remove it from the Job spec (spec.jobTemplate.spec). There is no such field there: strict field validation (the default of kubectl apply since Kubernetes 1.25) rejects an unknown field, and other clients drop it silently. Values: terminationGracePeriodSeconds 120 (CronJob spec.jobTemplate.spec, ${F}/cronjob-job-spec.yaml:11); terminationGracePeriodSeconds 30 (default).`,
          line: 11,
          column: 7,
          endLine: 11,
          endColumn: 36,
          related: [],
          resource: "CronJob catalog/reindex",
        },
      ],
    },
    {
      name: 'inside proxy.istio.io/config: block scalar line, and a JSON annotation on a Pod whose spec already has the value',
      files: [`${F}/annotation.yaml`],
      errors: [
        {
          messageId: 'inAnnotation',
          message: 'proxy.istio.io/config has no terminationGracePeriodSeconds: istiod drops the key, and the grace period stays 30 (default).',
          help: `Set it in the pod spec instead: spec.template.spec.terminationGracePeriodSeconds: 60 (and raise drainDuration to at least 50s, or Envoy stops accepting connections before the drain ends), and remove it from the annotation. It is a pod field, not a ProxyConfig field, and istiod drops unknown ProxyConfig keys silently. Values: terminationGracePeriodSeconds 60 (proxy.istio.io/config annotation, ${F}/annotation.yaml:17); terminationGracePeriodSeconds 30 (default); terminationDrainDuration 50s (proxy.istio.io/config annotation, ${F}/annotation.yaml:16); drainDuration 45s (default).`,
          line: 17,
          column: 11,
          endLine: 17,
          endColumn: 40,
          related: [],
          resource: 'Deployment shop/payments',
        },
        {
          messageId: 'inAnnotationBesidePodSpec',
          message: "proxy.istio.io/config has no terminationGracePeriodSeconds: istiod drops the key; the grace period is the pod spec's 90.",
          help: `Remove it from the annotation. It is a pod field, not a ProxyConfig field, and istiod drops unknown ProxyConfig keys silently. Values: terminationGracePeriodSeconds 1m30s (proxy.istio.io/config annotation, ${F}/annotation.yaml:29); terminationGracePeriodSeconds 90 (pod spec, ${F}/annotation.yaml:31).`,
          line: 29,
          column: 30,
          endLine: 29,
          endColumn: 61,
          related: [
            `${F}/annotation.yaml:31:34 terminationGracePeriodSeconds 90 (pod spec)`,
          ],
          resource: 'Pod shop/payments-debug',
        },
      ],
    },
    {
      name: 'mesh defaultConfig in the istio ConfigMap (block scalar mesh key)',
      files: [`${F}/mesh-configmap.yaml`],
      errors: [
        {
          messageId: 'inMeshConfig',
          message: "There is no mesh-wide grace period: istiod drops terminationGracePeriodSeconds from defaultConfig.",
          help: `Set terminationGracePeriodSeconds: 60 in the pod spec of each workload that needs it, and remove this key. ProxyConfig (defaultConfig) has no such field, and istiod drops unknown keys silently: each pod keeps its own terminationGracePeriodSeconds (default 30). Values: terminationGracePeriodSeconds 60 (mesh config in ConfigMap istio-system/istio, ${F}/mesh-configmap.yaml:11).`,
          line: 11,
          column: 7,
          endLine: 11,
          endColumn: 36,
          related: [],
          resource: "ConfigMap istio-system/istio",
        },
      ],
    },
    {
      name: 'IstioOperator meshConfig.defaultConfig with workloads in another file: one finding, on the mesh document',
      files: [`${F}/mesh-istiooperator.yaml`, `${F}/workloads-for-mesh.yaml`],
      errors: [
        {
          messageId: 'inMeshConfig',
          message: "There is no mesh-wide grace period: istiod drops terminationGracePeriodSeconds from defaultConfig.",
          help: `Set terminationGracePeriodSeconds: 45 in the pod spec of each workload that needs it, and remove this key. ProxyConfig (defaultConfig) has no such field, and istiod drops unknown keys silently: each pod keeps its own terminationGracePeriodSeconds (default 30). Values: terminationGracePeriodSeconds 45 (mesh config in IstioOperator istio-system/control-plane spec.meshConfig, ${F}/mesh-istiooperator.yaml:10).`,
          line: 10,
          column: 7,
          endLine: 10,
          endColumn: 36,
          related: [],
          resource: "IstioOperator istio-system/control-plane",
        },
      ],
    },
    {
      name: 'Helm values: at the MeshConfig top level, and snake_case in defaultConfig (a Go duration is suggested as whole seconds)',
      files: [`${F}/helm-values-mesh.yaml`],
      errors: [
        {
          messageId: 'inMeshConfig',
          message: "There is no mesh-wide grace period: istiod drops terminationGracePeriodSeconds from the MeshConfig.",
          help: `Set terminationGracePeriodSeconds: 75 in the pod spec of each workload that needs it, and remove this key. MeshConfig has no such field, and istiod drops unknown keys silently: each pod keeps its own terminationGracePeriodSeconds (default 30). Values: terminationGracePeriodSeconds 75 (mesh config in Helm values ${F}/helm-values-mesh.yaml, ${F}/helm-values-mesh.yaml:3).`,
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 32,
          related: [],
          resource: "HelmValues /",
        },
        {
          messageId: 'inMeshConfig',
          message: "There is no mesh-wide grace period: istiod drops termination_grace_period_seconds from defaultConfig.",
          help: `Set terminationGracePeriodSeconds: 120 in the pod spec of each workload that needs it, and remove this key. ProxyConfig (defaultConfig) has no such field, and istiod drops unknown keys silently: each pod keeps its own terminationGracePeriodSeconds (default 30). Values: termination_grace_period_seconds 2m (mesh config in Helm values ${F}/helm-values-mesh.yaml, ${F}/helm-values-mesh.yaml:5).`,
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 37,
          related: [],
          resource: "HelmValues /",
        },
      ],
    },
  ],
});
