import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/proxy-config-env-override';
const REPLACES =
  "the injector merges this container over its own and the user's entry wins, so it replaces the whole ProxyConfig istiod computed from the mesh config and ProxyConfig resources (only the proxy.istio.io/config annotation is applied again, at runtime)";
const FIX = 'Remove the entry and set the fields you need in the proxy.istio.io/config annotation.';

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
          file: `${F}/mesh-in-other-file/deployment.yaml`,
          message: `PROXY_CONFIG is set in the env of the istio-proxy container of Deployment shop/checkout: ${REPLACES}: terminationDrainDuration 30s (mesh config in ConfigMap istio-system/istio, ${F}/mesh-in-other-file/istio-configmap.yaml:9) no longer applies and the sidecar has 5s (default); drainDuration 1m (mesh config in ConfigMap istio-system/istio, ${F}/mesh-in-other-file/istio-configmap.yaml:10) no longer applies and the sidecar has 45s (default). ${FIX}`,
          line: 21,
          column: 21,
          endLine: 21,
          endColumn: 33,
          related: [
            `${F}/mesh-in-other-file/istio-configmap.yaml:9:33 terminationDrainDuration (lost) 30s (mesh config in ConfigMap istio-system/istio)`,
            `${F}/mesh-in-other-file/istio-configmap.yaml:10:22 drainDuration (lost) 1m (mesh config in ConfigMap istio-system/istio)`,
          ],
        },
      ],
    },
    {
      name: 'native sidecar under initContainers with a PROXY_CONFIG that does not parse',
      files: [`${F}/native-init-container.yaml`],
      errors: [
        {
          message: `PROXY_CONFIG is set in the env of the istio-proxy init container of Pod jobs/worker: ${REPLACES}. It does not even parse as ProxyConfig YAML or JSON (Flow map must end with a }), so pilot-agent fails to start. ${FIX}`,
          line: 17,
          column: 17,
          endLine: 17,
          endColumn: 29,
          related: [],
        },
      ],
    },
    {
      name: 'annotation TDD survives a valueFrom PROXY_CONFIG; a gateway takes TDD from a block-scalar PROXY_CONFIG',
      files: [`${F}/annotation-and-valuefrom.yaml`],
      errors: [
        {
          message: `PROXY_CONFIG is set in the env of the istio-proxy container of Deployment payments/ledger: ${REPLACES}; the sidecar drains for terminationDrainDuration 40s (proxy.istio.io/config annotation, ${F}/annotation-and-valuefrom.yaml:12). ${FIX}`,
          line: 21,
          column: 21,
          endLine: 21,
          endColumn: 33,
          related: [`${F}/annotation-and-valuefrom.yaml:12:37 terminationDrainDuration 40s (proxy.istio.io/config annotation)`],
        },
        {
          message: `PROXY_CONFIG is set in the env of the istio-proxy container of Deployment istio-ingress/ingress: ${REPLACES}; the gateway drains for terminationDrainDuration 20s (PROXY_CONFIG env of the istio-proxy container, ${F}/annotation-and-valuefrom.yaml:49). ${FIX}`,
          line: 46,
          column: 21,
          endLine: 46,
          endColumn: 33,
          related: [`${F}/annotation-and-valuefrom.yaml:49:43 terminationDrainDuration 20s (PROXY_CONFIG env of the istio-proxy container)`],
        },
      ],
    },
  ],
});
