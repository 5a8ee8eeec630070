import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/proxy-config-env-override';

ruleTester(rule, {
  valid: [
    { name: 'kube-inject output, a never-injected hand-written proxy, PROXY_CONFIG on an app container, istio-proxy without it, drainlint.io/ignore', files: [`${F}/silent.yaml`] },
    { name: 'multi-file fixture: no istio-proxy container', files: ['fixtures/proxy-config-resource-misuse/multi-file'] },
  ],
  invalid: [
    {
      name: 'mesh defaultConfig in another file is lost: terminationDrainDuration and drainDuration fall back to defaults',
      files: [`${F}/mesh-in-other-file`],
      errors: [
        {
          messageId: 'settingsLost',
          message: "PROXY_CONFIG replaces the injected ProxyConfig: terminationDrainDuration 5s instead of 30s and drainDuration 45s instead of 1m.",
          help: `Remove the entry and set the fields you need in the proxy.istio.io/config annotation. The injector merges this container over its own and the user's entry wins, so PROXY_CONFIG replaces the whole ProxyConfig istiod computed from the mesh config and ProxyConfig resources; only the proxy.istio.io/config annotation is applied again, at runtime. Values: terminationDrainDuration (lost) 30s (mesh config in ConfigMap istio-system/istio, ${F}/mesh-in-other-file/istio-configmap.yaml:9); terminationDrainDuration 5s (default); drainDuration (lost) 1m (mesh config in ConfigMap istio-system/istio, ${F}/mesh-in-other-file/istio-configmap.yaml:10); drainDuration 45s (default).`,
          line: 21,
          column: 21,
          endLine: 21,
          endColumn: 33,
          file: `${F}/mesh-in-other-file/deployment.yaml`,
          related: [
            `${F}/mesh-in-other-file/istio-configmap.yaml:9:33 terminationDrainDuration (lost) 30s (mesh config in ConfigMap istio-system/istio)`,
            `${F}/mesh-in-other-file/istio-configmap.yaml:10:22 drainDuration (lost) 1m (mesh config in ConfigMap istio-system/istio)`,
          ],
          resource: "Deployment shop/checkout [istio-proxy]",
        },
      ],
    },
    {
      name: 'native sidecar under initContainers with a PROXY_CONFIG that does not parse',
      files: [`${F}/native-init-container.yaml`],
      errors: [
        {
          messageId: 'unparsable',
          message: "PROXY_CONFIG does not parse as ProxyConfig YAML or JSON: pilot-agent fails to start.",
          help: `Remove the entry and set the fields you need in the proxy.istio.io/config annotation. pilot-agent reads PROXY_CONFIG at start and cannot parse this value (Flow map must end with a }). Even a valid one would replace the whole ProxyConfig istiod computed from the mesh config and ProxyConfig resources: the injector merges this init container over its own and the user's entry wins. Values: PROXY_CONFIG '{"concurrency": 1' (env of the istio-proxy init container, ${F}/native-init-container.yaml:18).`,
          line: 17,
          column: 17,
          endLine: 17,
          endColumn: 29,
          related: [],
          resource: "Pod jobs/worker [istio-proxy]",
        },
      ],
    },
    {
      name: 'annotation TDD survives a valueFrom PROXY_CONFIG; a gateway takes TDD from a block-scalar PROXY_CONFIG',
      files: [`${F}/annotation-and-valuefrom.yaml`],
      errors: [
        {
          messageId: 'replaced',
          message: "PROXY_CONFIG replaces the whole ProxyConfig istiod injects; the sidecar drains for terminationDrainDuration 40s.",
          help: `Remove the entry and set the fields you need in the proxy.istio.io/config annotation. The injector merges this container over its own and the user's entry wins, so PROXY_CONFIG replaces the whole ProxyConfig istiod computed from the mesh config and ProxyConfig resources; only the proxy.istio.io/config annotation is applied again, at runtime. Values: terminationDrainDuration 40s (proxy.istio.io/config annotation, ${F}/annotation-and-valuefrom.yaml:12).`,
          line: 21,
          column: 21,
          endLine: 21,
          endColumn: 33,
          related: [
            `${F}/annotation-and-valuefrom.yaml:12:37 terminationDrainDuration 40s (proxy.istio.io/config annotation)`,
          ],
          resource: "Deployment payments/ledger [istio-proxy]",
        },
        {
          messageId: 'replaced',
          message: "PROXY_CONFIG replaces the whole ProxyConfig istiod injects; the gateway drains for terminationDrainDuration 20s.",
          help: `Remove the entry and set the fields you need in the proxy.istio.io/config annotation. The injector merges this container over its own and the user's entry wins, so PROXY_CONFIG replaces the whole ProxyConfig istiod computed from the mesh config and ProxyConfig resources; only the proxy.istio.io/config annotation is applied again, at runtime. Values: terminationDrainDuration 20s (PROXY_CONFIG env of the istio-proxy container, ${F}/annotation-and-valuefrom.yaml:49).`,
          line: 46,
          column: 21,
          endLine: 46,
          endColumn: 33,
          related: [
            `${F}/annotation-and-valuefrom.yaml:49:43 terminationDrainDuration 20s (PROXY_CONFIG env of the istio-proxy container)`,
          ],
          resource: "Deployment istio-ingress/ingress [istio-proxy]",
        },
      ],
    },
    {
      name: 'inline: a native sidecar (annotation) whose PROXY_CONFIG parses: nothing drain-related is lost',
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  template:
    metadata:
      labels:
        sidecar.istio.io/inject: "true"
      annotations:
        sidecar.istio.io/nativeSidecar: "true"
    spec:
      containers:
        - name: api
          image: example/api:1.0
        - name: istio-proxy
          image: auto
          env:
            - name: PROXY_CONFIG
              value: '{"concurrency": 2}'
`,
      errors: [
        {
          messageId: 'replacedNative',
          message: "PROXY_CONFIG replaces the whole ProxyConfig istiod injects from the mesh config and ProxyConfig resources.",
          help: "Remove the entry and set the fields you need in the proxy.istio.io/config annotation. The injector merges this container over its own and the user's entry wins, so PROXY_CONFIG replaces the whole ProxyConfig istiod computed from the mesh config and ProxyConfig resources; only the proxy.istio.io/config annotation is applied again, at runtime. (A native sidecar exits right after the app: its drain does not depend on terminationDrainDuration.) Values: native sidecar mode on (sidecar.istio.io/nativeSidecar annotation, inline.yaml:12).",
          line: 20,
          column: 21,
          endLine: 20,
          endColumn: 33,
          related: [],
          resource: "Deployment shop/api [istio-proxy]",
        },
      ],
    },
  ],
});
