import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/global-lifecycle-override';
const REPLACES = 'replaces the whole istio-proxy lifecycle the injector renders into every injected sidecar and gateway';
const DRAIN = 'preStop `pilot-agent request --debug-port=15020 POST drain`';
const ADD_DRAIN = 'preStop: {exec: {command: [pilot-agent, request, --debug-port=15020, POST, drain]}}';
const ADD_WAIT = 'postStart: {exec: {command: [pilot-agent, wait]}}';
const OR_OWN = 'or remove it and give the workloads that need a hook their own istio-proxy container lifecycle.';

ruleTester(rule, {
  valid: [{ name: 'empty lifecycle in an IstioOperator and in the injector ConfigMap', files: [`${F}/silent.yaml`] }],
  invalid: [
    {
      name: 'IstioOperator lifecycle: counts sidecars and gateways it renders into, names the native sidecar that loses /drain',
      files: [`${F}/iop-native/control-plane.yaml`, `${F}/iop-native/workloads.yaml`],
      errors: [
        {
          message:
            `values.global.proxy.lifecycle (IstioOperator istio-system/control-plane, ${F}/iop-native/control-plane.yaml:11) ${REPLACES} (3 sidecars and 2 gateways in this run): ` +
            `the native sidecar of Deployment shop/orders loses the ${DRAIN}, so it drains only after the app has exited. Add ${ADD_DRAIN} to it, ${OR_OWN}`,
          line: 11,
          column: 9,
          endLine: 11,
          endColumn: 18,
          related: [`${F}/iop-native/workloads.yaml:11:41 native sidecar mode (sidecar.istio.io/nativeSidecar annotation)`],
        },
      ],
    },
    {
      name: 'Helm values with holdApplicationUntilProxyStarts in meshConfig: the pod that keeps hold loses its postStart',
      files: [`${F}/helm-hold`],
      errors: [
        {
          file: `${F}/helm-hold/values.yaml`,
          message:
            `values.global.proxy.lifecycle (Helm values ${F}/helm-hold/values.yaml, ${F}/helm-hold/values.yaml:7) ${REPLACES} (2 sidecars in this run): ` +
            `Deployment shop/checkout loses the postStart \`pilot-agent wait\` of holdApplicationUntilProxyStarts, so its app can start before the proxy is ready. Add ${ADD_WAIT} to it, ${OR_OWN}`,
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 14,
          related: [`${F}/helm-hold/values.yaml:4:38 holdApplicationUntilProxyStarts true (mesh config in Helm values ${F}/helm-hold/values.yaml)`],
        },
      ],
    },
    {
      name: 'holdApplicationUntilProxyStarts in annotations (block scalar, JSON on a CronJob)',
      files: [`${F}/annotation-hold.yaml`],
      errors: [
        {
          message:
            `values.global.proxy.lifecycle (IstioOperator istio-system/installed, ${F}/annotation-hold.yaml:12) ${REPLACES} (2 sidecars in this run): ` +
            `CronJob shop/sync and Deployment shop/inventory lose the postStart \`pilot-agent wait\` of holdApplicationUntilProxyStarts, so their apps can start before the proxy is ready. Add ${ADD_WAIT} to it, ${OR_OWN}`,
          line: 12,
          column: 9,
          endLine: 12,
          endColumn: 18,
          related: [
            `${F}/annotation-hold.yaml:27:44 holdApplicationUntilProxyStarts true (proxy.istio.io/config annotation)`,
            `${F}/annotation-hold.yaml:45:73 holdApplicationUntilProxyStarts true (proxy.istio.io/config annotation)`,
          ],
        },
      ],
    },
    {
      name: 'injector ConfigMap (JSON values) with the deprecated values hold and no workloads: points inside the JSON',
      files: [`${F}/injector-configmap.yaml`],
      errors: [
        {
          message:
            `values.global.proxy.lifecycle (ConfigMap istio-system/istio-sidecar-injector data.values, ${F}/injector-configmap.yaml:13) ${REPLACES} (none in this run): ` +
            `sidecars that hold the app until the proxy starts (values.global.proxy.holdApplicationUntilProxyStarts in ConfigMap istio-system/istio-sidecar-injector data.values, ${F}/injector-configmap.yaml:12) ` +
            `lose the postStart \`pilot-agent wait\`, so their apps can start before the proxy is ready. Add ${ADD_WAIT} to it, ${OR_OWN}`,
          line: 13,
          column: 11,
          endLine: 13,
          endColumn: 22,
          related: [`${F}/injector-configmap.yaml:12:46 holdApplicationUntilProxyStarts true (values.global.proxy, ConfigMap istio-system/istio-sidecar-injector data.values)`],
        },
      ],
    },
    {
      name: 'ENABLE_NATIVE_SIDECARS=true in the same IstioOperator, no workloads',
      files: [`${F}/iop-enable-native.yaml`],
      errors: [
        {
          message:
            `values.global.proxy.lifecycle (IstioOperator istio-system/control-plane, ${F}/iop-enable-native.yaml:14) ${REPLACES} (none in this run): ` +
            `native sidecars (ENABLE_NATIVE_SIDECARS=true, IstioOperator istio-system/control-plane, ${F}/iop-enable-native.yaml:11) lose the ${DRAIN}, so they drain only after the app has exited. Add ${ADD_DRAIN} to it, ${OR_OWN}`,
          line: 14,
          column: 9,
          endLine: 14,
          endColumn: 18,
          related: [`${F}/iop-enable-native.yaml:11:33 ENABLE_NATIVE_SIDECARS=true (IstioOperator istio-system/control-plane)`],
        },
      ],
    },
    {
      name: 'a canary-revision lifecycle only reaches canary pods',
      files: [`${F}/revisions.yaml`],
      errors: [
        {
          message:
            `values.global.proxy.lifecycle (IstioOperator istio-system/canary, ${F}/revisions.yaml:12) ${REPLACES} (1 sidecar in this run): ` +
            `the native sidecar of Deployment shop/on-canary loses the ${DRAIN}, so it drains only after the app has exited. Add ${ADD_DRAIN} to it, ${OR_OWN}`,
          line: 12,
          column: 9,
          endLine: 12,
          endColumn: 18,
        },
      ],
    },
    {
      name: 'info: classic sidecars only, no holdApplicationUntilProxyStarts',
      files: [`${F}/info-classic.yaml`],
      errors: [
        {
          severity: 'info',
          message:
            `values.global.proxy.lifecycle (Helm values ${F}/info-classic.yaml, ${F}/info-classic.yaml:4) ${REPLACES} (1 sidecar in this run). ` +
            `No workload here loses a hook to it now, but native sidecars or holdApplicationUntilProxyStarts turned on later would silently lose their hooks unless it also holds ${ADD_DRAIN} and ${ADD_WAIT}.`,
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 14,
          related: [],
        },
      ],
    },
    {
      name: 'warning: the same sidecar is native on Istio 1.28 with Kubernetes 1.33 (auto)',
      files: [`${F}/info-classic.yaml`],
      config: { istioVersion: '1.28', kubernetesVersion: '1.33' },
      errors: [
        {
          message:
            `values.global.proxy.lifecycle (Helm values ${F}/info-classic.yaml, ${F}/info-classic.yaml:4) ${REPLACES} (1 sidecar in this run): ` +
            `the native sidecar of Deployment shop/web loses the ${DRAIN}, so it drains only after the app has exited. Add ${ADD_DRAIN} to it, ${OR_OWN}`,
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 14,
          related: [],
        },
      ],
    },
    {
      name: 'info: the lifecycle runs the /drain preStop and pilot-agent wait itself',
      files: [`${F}/keeps-hooks.yaml`],
      errors: [
        {
          severity: 'info',
          message: `values.global.proxy.lifecycle (IstioOperator istio-system/control-plane, ${F}/keeps-hooks.yaml:14) ${REPLACES} (1 sidecar in this run). It runs the native /drain preStop and the pilot-agent wait postStart itself, so nothing is lost.`,
          line: 14,
          column: 9,
          endLine: 14,
          endColumn: 18,
        },
      ],
    },
  ],
});
