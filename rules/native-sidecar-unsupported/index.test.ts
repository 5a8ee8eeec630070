import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/native-sidecar-unsupported';

ruleTester(rule, {
  valid: [
    { name: 'no --k8s-version: silent', files: [`${F}/annotation-true.yaml`, `${F}/iop-pilot-env.yaml`] },
    { name: 'Kubernetes 1.29 runs native sidecars', files: [`${F}/annotation-true.yaml`, `${F}/iop-pilot-env.yaml`], config: { kubernetesVersion: '1.29' } },
    { name: 'Istio 1.23 ignores the annotation (added in 1.24)', files: [`${F}/annotation-true.yaml`], config: { kubernetesVersion: '1.28', istioVersion: '1.23' } },
    { name: 'auto, false, a pod that is not injected, an annotation that is not exactly "true"', files: [`${F}/silent-cases.yaml`], config: { kubernetesVersion: '1.28' } },
  ],
  invalid: [
    {
      name: 'annotation on a Deployment and (flow mapping) on a CronJob pod template',
      files: [`${F}/annotation-true.yaml`],
      config: { kubernetesVersion: '1.28' },
      errors: [
        {
          messageId: 'annotationForcesNative',
          message: "sidecar.istio.io/nativeSidecar is \"true\", but Kubernetes 1.28 does not run native sidecars: istio-proxy will not work in this pod.",
          help: `Remove the annotation (or write "false"), or target Kubernetes 1.29 or later. Kubernetes runs init containers with restartPolicy: Always as sidecars from 1.29 on (1.28 only with the SidecarContainers alpha feature gate). Values: sidecar.istio.io/nativeSidecar "true" (pod template annotation, ${F}/annotation-true.yaml:11).`,
          line: 11,
          column: 41,
          endLine: 11,
          endColumn: 47,
          related: [],
          resource: "Deployment shop/orders",
        },
        {
          messageId: 'annotationForcesNative',
          message: "sidecar.istio.io/nativeSidecar is \"true\", but Kubernetes 1.28 does not run native sidecars: istio-proxy will not work in this pod.",
          help: `Remove the annotation (or write "false"), or target Kubernetes 1.29 or later. Kubernetes runs init containers with restartPolicy: Always as sidecars from 1.29 on (1.28 only with the SidecarContainers alpha feature gate). Values: sidecar.istio.io/nativeSidecar "true" (pod template annotation, ${F}/annotation-true.yaml:30).`,
          line: 30,
          column: 57,
          endLine: 30,
          endColumn: 63,
          related: [],
          resource: "CronJob shop/cleanup",
        },
      ],
    },
    {
      name: 'istiod Deployment env: one finding naming the workloads it forces (not the opted-out one, not the gateway)',
      files: [`${F}/istiod-deployment.yaml`, `${F}/workloads.yaml`],
      config: { kubernetesVersion: '1.28.9' },
      errors: [
        {
          messageId: 'istiodForcesNative',
          message: "ENABLE_NATIVE_SIDECARS is true, but Kubernetes 1.28.9 does not run native sidecars: istio-proxy will not work in the pods istiod injects.",
          help: `Set ENABLE_NATIVE_SIDECARS to "false" (or "auto", which checks each node's kubelet), or target Kubernetes 1.29 or later. It forces native sidecars for every pod this istiod injects (1 workload of this run: Deployment shop/catalog). Kubernetes runs init containers with restartPolicy: Always as sidecars from 1.29 on (1.28 only with the SidecarContainers alpha feature gate). Values: ENABLE_NATIVE_SIDECARS true (istiod Deployment istio-system/istiod, ${F}/istiod-deployment.yaml:21).`,
          line: 21,
          column: 22,
          endLine: 21,
          endColumn: 28,
          related: [],
          resource: null,
        },
      ],
    },
    {
      name: 'IstioOperator pilot.env on Istio 1.24 (no auto to suggest), beside annotated pods',
      files: [`${F}/iop-pilot-env.yaml`, `${F}/annotation-true.yaml`],
      config: { kubernetesVersion: 'v1.27.3', istioVersion: '1.24.2' },
      errors: [
        {
          messageId: 'annotationForcesNative',
          message: "sidecar.istio.io/nativeSidecar is \"true\", but Kubernetes v1.27.3 does not run native sidecars: istio-proxy will not work in this pod.",
          help: `Remove the annotation (or write "false"), or target Kubernetes 1.29 or later. Kubernetes runs init containers with restartPolicy: Always as sidecars from 1.29 on (1.28 only with the SidecarContainers alpha feature gate). Values: sidecar.istio.io/nativeSidecar "true" (pod template annotation, ${F}/annotation-true.yaml:11).`,
          line: 11,
          column: 41,
          endLine: 11,
          endColumn: 47,
          file: `${F}/annotation-true.yaml`,
          related: [],
          resource: "Deployment shop/orders",
        },
        {
          messageId: 'annotationForcesNative',
          message: "sidecar.istio.io/nativeSidecar is \"true\", but Kubernetes v1.27.3 does not run native sidecars: istio-proxy will not work in this pod.",
          help: `Remove the annotation (or write "false"), or target Kubernetes 1.29 or later. Kubernetes runs init containers with restartPolicy: Always as sidecars from 1.29 on (1.28 only with the SidecarContainers alpha feature gate). Values: sidecar.istio.io/nativeSidecar "true" (pod template annotation, ${F}/annotation-true.yaml:30).`,
          line: 30,
          column: 57,
          endLine: 30,
          endColumn: 63,
          file: `${F}/annotation-true.yaml`,
          related: [],
          resource: "CronJob shop/cleanup",
        },
        {
          messageId: 'istiodForcesNative',
          message: "ENABLE_NATIVE_SIDECARS is true, but Kubernetes v1.27.3 does not run native sidecars: istio-proxy will not work in the pods istiod injects.",
          help: `Set ENABLE_NATIVE_SIDECARS to "false", or target Kubernetes 1.29 or later. It forces native sidecars for every pod this istiod injects. Kubernetes runs init containers with restartPolicy: Always as sidecars from 1.29 on (1.28 only with the SidecarContainers alpha feature gate). Values: ENABLE_NATIVE_SIDECARS true (IstioOperator istio-system/control-plane, ${F}/iop-pilot-env.yaml:11).`,
          line: 11,
          column: 33,
          endLine: 11,
          endColumn: 39,
          related: [],
          resource: null,
        },
      ],
    },
    {
      name: 'Helm values pilot.env with an unquoted true',
      files: [`${F}/helm-values.yaml`],
      config: { kubernetesVersion: '1.26' },
      errors: [
        {
          messageId: 'istiodForcesNative',
          message: "ENABLE_NATIVE_SIDECARS is true, but Kubernetes 1.26 does not run native sidecars: istio-proxy will not work in the pods istiod injects.",
          help: `Set ENABLE_NATIVE_SIDECARS to "false" (or "auto", which checks each node's kubelet), or target Kubernetes 1.29 or later. It forces native sidecars for every pod this istiod injects. Kubernetes runs init containers with restartPolicy: Always as sidecars from 1.29 on (1.28 only with the SidecarContainers alpha feature gate). Values: ENABLE_NATIVE_SIDECARS true (Helm values ${F}/helm-values.yaml, ${F}/helm-values.yaml:4).`,
          line: 4,
          column: 29,
          endLine: 4,
          endColumn: 33,
          related: [],
          resource: null,
        },
      ],
    },
  ],
});
