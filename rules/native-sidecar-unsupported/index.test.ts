import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/native-sidecar-unsupported';
const why = (k8s: string) =>
  `the target Kubernetes ${k8s} does not run init containers with restartPolicy: Always as sidecars (on by default from 1.29; 1.28 only with the SidecarContainers alpha feature gate)`;
const ANNOTATION = (k8s: string) =>
  `sidecar.istio.io/nativeSidecar: "true" forces a native sidecar, but ${why(k8s)}: istio-proxy will not work as a sidecar in this pod. Remove the annotation (or write "false"), or target Kubernetes 1.29 or later.`;
const AUTO = ' (or "auto", which checks each node\'s kubelet)';

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
        { message: ANNOTATION('1.28'), line: 11, column: 41, endLine: 11, endColumn: 47 },
        { message: ANNOTATION('1.28'), line: 30, column: 57, endLine: 30, endColumn: 63 },
      ],
    },
    {
      name: 'istiod Deployment env: one finding naming the workloads it forces (not the opted-out one, not the gateway)',
      files: [`${F}/istiod-deployment.yaml`, `${F}/workloads.yaml`],
      config: { kubernetesVersion: '1.28.9' },
      errors: [
        {
          message:
            `ENABLE_NATIVE_SIDECARS=true (istiod Deployment istio-system/istiod, ${F}/istiod-deployment.yaml:21) forces native sidecars for every pod it injects (1 workload of this run: Deployment shop/catalog), but ${why('1.28.9')}: ` +
            `istio-proxy will not work as a sidecar. Set ENABLE_NATIVE_SIDECARS to "false"${AUTO}, or target Kubernetes 1.29 or later.`,
          line: 21,
          column: 22,
          endLine: 21,
          endColumn: 28,
        },
      ],
    },
    {
      name: 'IstioOperator pilot.env on Istio 1.24 (no auto to suggest), beside annotated pods',
      files: [`${F}/iop-pilot-env.yaml`, `${F}/annotation-true.yaml`],
      config: { kubernetesVersion: 'v1.27.3', istioVersion: '1.24.2' },
      errors: [
        { file: `${F}/annotation-true.yaml`, message: ANNOTATION('v1.27.3'), line: 11, column: 41, endLine: 11, endColumn: 47 },
        { file: `${F}/annotation-true.yaml`, message: ANNOTATION('v1.27.3'), line: 30, column: 57, endLine: 30, endColumn: 63 },
        {
          message:
            `ENABLE_NATIVE_SIDECARS=true (IstioOperator istio-system/control-plane, ${F}/iop-pilot-env.yaml:11) forces native sidecars for every pod it injects, but ${why('v1.27.3')}: ` +
            'istio-proxy will not work as a sidecar. Set ENABLE_NATIVE_SIDECARS to "false", or target Kubernetes 1.29 or later.',
          line: 11,
          column: 33,
          endLine: 11,
          endColumn: 39,
        },
      ],
    },
    {
      name: 'Helm values pilot.env with an unquoted true',
      files: [`${F}/helm-values.yaml`],
      config: { kubernetesVersion: '1.26' },
      errors: [
        {
          message:
            `ENABLE_NATIVE_SIDECARS=true (Helm values ${F}/helm-values.yaml, ${F}/helm-values.yaml:4) forces native sidecars for every pod it injects, but ${why('1.26')}: ` +
            `istio-proxy will not work as a sidecar. Set ENABLE_NATIVE_SIDECARS to "false"${AUTO}, or target Kubernetes 1.29 or later.`,
          line: 4,
          column: 29,
          endLine: 4,
          endColumn: 33,
        },
      ],
    },
  ],
});
