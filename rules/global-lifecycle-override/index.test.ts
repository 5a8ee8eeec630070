import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/global-lifecycle-override';

ruleTester(rule, {
  valid: [{ name: 'empty lifecycle in an IstioOperator and in the injector ConfigMap', files: [`${F}/silent.yaml`] }],
  invalid: [
    {
      name: 'IstioOperator lifecycle: counts sidecars and gateways it renders into, names the native sidecar that loses /drain',
      files: [`${F}/iop-native/control-plane.yaml`, `${F}/iop-native/workloads.yaml`],
      errors: [
        {
          messageId: 'dropsDrainHook',
          message: "values.global.proxy.lifecycle replaces the /drain preStop of 1 native sidecar, so the drain starts only after the app has exited.",
          help: `Add preStop: {exec: {command: [pilot-agent, request, --debug-port=15020, POST, drain]}} to it (it already has a preStop: run its command and the added one in a single sh -c script), or remove it and give the workloads that need a hook their own istio-proxy container lifecycle. It replaces the whole istio-proxy lifecycle the injector renders into every injected sidecar and gateway (3 sidecars and 2 gateways in this run); without the preStop \`pilot-agent request --debug-port=15020 POST drain\`, native sidecars drain only after the app has exited (Deployment shop/orders). Values: values.global.proxy.lifecycle with preStop (IstioOperator istio-system/control-plane, ${F}/iop-native/control-plane.yaml:11); sidecar mode of Deployment shop/orders native (sidecar.istio.io/nativeSidecar annotation, ${F}/iop-native/workloads.yaml:11).`,
          line: 11,
          column: 9,
          endLine: 11,
          endColumn: 18,
          related: [
            `${F}/iop-native/workloads.yaml:11:41 native sidecar mode (sidecar.istio.io/nativeSidecar annotation)`,
          ],
          resource: null,
        },
      ],
    },
    {
      name: 'Helm values with holdApplicationUntilProxyStarts in meshConfig: the pod that keeps hold loses its postStart',
      files: [`${F}/helm-hold`],
      errors: [
        {
          messageId: 'dropsWaitHook',
          message: "values.global.proxy.lifecycle replaces the postStart of 1 sidecar with holdApplicationUntilProxyStarts, so apps can start before the proxy is ready.",
          help: `Add postStart: {exec: {command: [pilot-agent, wait]}} to it (it already has a postStart: run its command and the added one in a single sh -c script), or remove it and give the workloads that need a hook their own istio-proxy container lifecycle. It replaces the whole istio-proxy lifecycle the injector renders into every injected sidecar and gateway (2 sidecars in this run); without the postStart \`pilot-agent wait\` of holdApplicationUntilProxyStarts, apps can start before their proxy is ready (Deployment shop/checkout). Values: values.global.proxy.lifecycle with postStart and preStop (Helm values ${F}/helm-hold/values.yaml, ${F}/helm-hold/values.yaml:7); holdApplicationUntilProxyStarts true (mesh config in Helm values ${F}/helm-hold/values.yaml, ${F}/helm-hold/values.yaml:4).`,
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 14,
          file: `${F}/helm-hold/values.yaml`,
          related: [
            `${F}/helm-hold/values.yaml:4:38 holdApplicationUntilProxyStarts true (mesh config in Helm values ${F}/helm-hold/values.yaml)`,
          ],
          resource: null,
        },
      ],
    },
    {
      name: 'holdApplicationUntilProxyStarts in annotations (block scalar, JSON on a CronJob)',
      files: [`${F}/annotation-hold.yaml`],
      errors: [
        {
          messageId: 'dropsWaitHook',
          message: "values.global.proxy.lifecycle replaces the postStart of 2 sidecars with holdApplicationUntilProxyStarts, so apps can start before the proxy is ready.",
          help: `Add postStart: {exec: {command: [pilot-agent, wait]}} to it, or remove it and give the workloads that need a hook their own istio-proxy container lifecycle. It replaces the whole istio-proxy lifecycle the injector renders into every injected sidecar and gateway (2 sidecars in this run); without the postStart \`pilot-agent wait\` of holdApplicationUntilProxyStarts, apps can start before their proxy is ready (CronJob shop/sync and Deployment shop/inventory). Values: values.global.proxy.lifecycle with preStop (IstioOperator istio-system/installed, ${F}/annotation-hold.yaml:12); holdApplicationUntilProxyStarts true (proxy.istio.io/config annotation, ${F}/annotation-hold.yaml:27); holdApplicationUntilProxyStarts true (proxy.istio.io/config annotation, ${F}/annotation-hold.yaml:45).`,
          line: 12,
          column: 9,
          endLine: 12,
          endColumn: 18,
          related: [
            `${F}/annotation-hold.yaml:27:44 holdApplicationUntilProxyStarts true (proxy.istio.io/config annotation)`,
            `${F}/annotation-hold.yaml:45:73 holdApplicationUntilProxyStarts true (proxy.istio.io/config annotation)`,
          ],
          resource: null,
        },
      ],
    },
    {
      name: 'injector ConfigMap (JSON values) with the deprecated values hold and no workloads: points inside the JSON',
      files: [`${F}/injector-configmap.yaml`],
      errors: [
        {
          messageId: 'dropsWaitHook',
          message: "values.global.proxy.lifecycle replaces the postStart of every sidecar with holdApplicationUntilProxyStarts, so apps can start before the proxy is ready.",
          help: `Add postStart: {exec: {command: [pilot-agent, wait]}} to it, or remove it and give the workloads that need a hook their own istio-proxy container lifecycle. It replaces the whole istio-proxy lifecycle the injector renders into every injected sidecar and gateway (none in this run); without the postStart \`pilot-agent wait\` of holdApplicationUntilProxyStarts, apps can start before their proxy is ready (every sidecar it reaches). Values: values.global.proxy.lifecycle with preStop (ConfigMap istio-system/istio-sidecar-injector data.values, ${F}/injector-configmap.yaml:13); values.global.proxy.holdApplicationUntilProxyStarts true (ConfigMap istio-system/istio-sidecar-injector data.values, ${F}/injector-configmap.yaml:12).`,
          line: 13,
          column: 11,
          endLine: 13,
          endColumn: 22,
          related: [
            `${F}/injector-configmap.yaml:12:46 holdApplicationUntilProxyStarts true (values.global.proxy, ConfigMap istio-system/istio-sidecar-injector data.values)`,
          ],
          resource: null,
        },
      ],
    },
    {
      name: 'ENABLE_NATIVE_SIDECARS=true in the same IstioOperator, no workloads',
      files: [`${F}/iop-enable-native.yaml`],
      errors: [
        {
          messageId: 'dropsDrainHook',
          message: "values.global.proxy.lifecycle replaces the /drain preStop of every native sidecar, so the drain starts only after the app has exited.",
          help: `Add preStop: {exec: {command: [pilot-agent, request, --debug-port=15020, POST, drain]}} to it (it already has a preStop: run its command and the added one in a single sh -c script), or remove it and give the workloads that need a hook their own istio-proxy container lifecycle. It replaces the whole istio-proxy lifecycle the injector renders into every injected sidecar and gateway (none in this run); without the preStop \`pilot-agent request --debug-port=15020 POST drain\`, native sidecars drain only after the app has exited (every pod that ENABLE_NATIVE_SIDECARS=true makes native). Values: values.global.proxy.lifecycle with preStop (IstioOperator istio-system/control-plane, ${F}/iop-enable-native.yaml:14); ENABLE_NATIVE_SIDECARS true (IstioOperator istio-system/control-plane, ${F}/iop-enable-native.yaml:11).`,
          line: 14,
          column: 9,
          endLine: 14,
          endColumn: 18,
          related: [
            `${F}/iop-enable-native.yaml:11:33 ENABLE_NATIVE_SIDECARS=true (IstioOperator istio-system/control-plane)`,
          ],
          resource: null,
        },
      ],
    },
    {
      name: 'a canary-revision lifecycle only reaches canary pods',
      files: [`${F}/revisions.yaml`],
      errors: [
        {
          messageId: 'dropsDrainHook',
          message: "values.global.proxy.lifecycle replaces the /drain preStop of 1 native sidecar, so the drain starts only after the app has exited.",
          help: `Add preStop: {exec: {command: [pilot-agent, request, --debug-port=15020, POST, drain]}} to it (it already has a preStop: run its command and the added one in a single sh -c script), or remove it and give the workloads that need a hook their own istio-proxy container lifecycle. It replaces the whole istio-proxy lifecycle the injector renders into every injected sidecar and gateway (1 sidecar in this run); without the preStop \`pilot-agent request --debug-port=15020 POST drain\`, native sidecars drain only after the app has exited (Deployment shop/on-canary). Values: values.global.proxy.lifecycle with preStop (IstioOperator istio-system/canary, ${F}/revisions.yaml:12); sidecar mode of Deployment shop/on-canary native (sidecar.istio.io/nativeSidecar annotation, ${F}/revisions.yaml:28).`,
          line: 12,
          column: 9,
          endLine: 12,
          endColumn: 18,
          related: [
            `${F}/revisions.yaml:28:41 native sidecar mode (sidecar.istio.io/nativeSidecar annotation)`,
          ],
          resource: null,
        },
      ],
    },
    {
      name: 'a native sidecar loses /drain and a hold sidecar its postStart (inline)',
      code: [
        'apiVersion: install.istio.io/v1alpha1',
        'kind: IstioOperator',
        'metadata: {name: control-plane, namespace: istio-system}',
        'spec:',
        '  values:',
        '    global:',
        '      proxy:',
        '        lifecycle:',
        '          preStop: {exec: {command: ["sleep", "5"]}}',
        '---',
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: {name: orders, namespace: shop}',
        'spec:',
        '  template:',
        '    metadata:',
        '      annotations:',
        '        sidecar.istio.io/nativeSidecar: "true"',
        '    spec:',
        '      containers: [{name: orders, image: example/orders:1.0}]',
        '---',
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: {name: checkout, namespace: shop}',
        'spec:',
        '  template:',
        '    metadata:',
        '      annotations:',
        '        proxy.istio.io/config: "holdApplicationUntilProxyStarts: true"',
        '    spec:',
        '      containers: [{name: checkout, image: example/checkout:1.0}]',
        '',
      ].join('\n'),
      errors: [
        {
          messageId: 'dropsBothHooks',
          message: "values.global.proxy.lifecycle replaces the /drain preStop of 1 native sidecar and the postStart of 1 sidecar with holdApplicationUntilProxyStarts.",
          help: "Add preStop: {exec: {command: [pilot-agent, request, --debug-port=15020, POST, drain]}} and postStart: {exec: {command: [pilot-agent, wait]}} to it (it already has a preStop: run its command and the added one in a single sh -c script), or remove it and give the workloads that need a hook their own istio-proxy container lifecycle. It replaces the whole istio-proxy lifecycle the injector renders into every injected sidecar and gateway (2 sidecars in this run); without the preStop `pilot-agent request --debug-port=15020 POST drain`, native sidecars drain only after the app has exited (Deployment shop/orders); without the postStart `pilot-agent wait` of holdApplicationUntilProxyStarts, apps can start before their proxy is ready (Deployment shop/checkout). Values: values.global.proxy.lifecycle with preStop (IstioOperator istio-system/control-plane, inline.yaml:8); sidecar mode of Deployment shop/orders native (sidecar.istio.io/nativeSidecar annotation, inline.yaml:18); holdApplicationUntilProxyStarts true (proxy.istio.io/config annotation, inline.yaml:29).",
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 18,
          related: [
            "inline.yaml:18:41 native sidecar mode (sidecar.istio.io/nativeSidecar annotation)",
            "inline.yaml:29:66 holdApplicationUntilProxyStarts true (proxy.istio.io/config annotation)",
          ],
          resource: null,
        },
      ],
    },
    {
      name: 'info: classic sidecars only, no holdApplicationUntilProxyStarts',
      files: [`${F}/info-classic.yaml`],
      errors: [
        {
          severity: 'info',
          messageId: 'mayDropHooks',
          message: "values.global.proxy.lifecycle replaces every istio-proxy lifecycle: native sidecars or holdApplicationUntilProxyStarts turned on later would lose their hooks.",
          help: `Add preStop: {exec: {command: [pilot-agent, request, --debug-port=15020, POST, drain]}} and postStart: {exec: {command: [pilot-agent, wait]}} to it (it already has a preStop: run its command and the added one in a single sh -c script), or give the workloads that will need a hook their own istio-proxy container lifecycle. It replaces the whole istio-proxy lifecycle the injector renders into every injected sidecar and gateway (1 sidecar in this run); no workload here loses a hook to it now. Values: values.global.proxy.lifecycle with preStop (Helm values ${F}/info-classic.yaml, ${F}/info-classic.yaml:4).`,
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 14,
          related: [],
          resource: null,
        },
      ],
    },
    {
      name: 'warning: the same sidecar is native on Istio 1.28 with Kubernetes 1.33 (auto)',
      files: [`${F}/info-classic.yaml`],
      config: { istioVersion: '1.28', kubernetesVersion: '1.33' },
      errors: [
        {
          messageId: 'dropsDrainHook',
          message: "values.global.proxy.lifecycle replaces the /drain preStop of 1 native sidecar, so the drain starts only after the app has exited.",
          help: `Add preStop: {exec: {command: [pilot-agent, request, --debug-port=15020, POST, drain]}} to it (it already has a preStop: run its command and the added one in a single sh -c script), or remove it and give the workloads that need a hook their own istio-proxy container lifecycle. It replaces the whole istio-proxy lifecycle the injector renders into every injected sidecar and gateway (1 sidecar in this run); without the preStop \`pilot-agent request --debug-port=15020 POST drain\`, native sidecars drain only after the app has exited (Deployment shop/web). Values: values.global.proxy.lifecycle with preStop (Helm values ${F}/info-classic.yaml, ${F}/info-classic.yaml:4).`,
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 14,
          related: [],
          resource: null,
        },
      ],
    },
    {
      name: 'info: the lifecycle runs the /drain preStop and pilot-agent wait itself',
      files: [`${F}/keeps-hooks.yaml`],
      errors: [
        {
          severity: 'info',
          messageId: 'keepsHooks',
          message: "values.global.proxy.lifecycle replaces the istio-proxy lifecycle of every sidecar and gateway, but keeps the /drain and pilot-agent wait hooks.",
          help: `Nothing to add: it runs the native /drain preStop and the pilot-agent wait postStart itself. Keep them when changing it: it replaces the whole istio-proxy lifecycle the injector renders into every injected sidecar and gateway (1 sidecar in this run). Values: values.global.proxy.lifecycle with postStart and preStop (IstioOperator istio-system/control-plane, ${F}/keeps-hooks.yaml:14).`,
          line: 14,
          column: 9,
          endLine: 14,
          endColumn: 18,
          related: [],
          resource: null,
        },
      ],
    },
  ],
});
