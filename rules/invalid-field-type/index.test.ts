import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/invalid-field-type';
const DENIED = 'admission denies the pod, so it is never created';

ruleTester(rule, {
  valid: [
    { name: 'every field has its API type; unquoted yes, a timestamp and a null annotation value are fine', files: [`${F}/valid-types.yaml`] },
    { name: 'a unit-less duration and a YAML bool in proxyMetadata belong to other rules', files: [`${F}/other-rules-value-problems.yaml`] },
  ],
  invalid: [
    {
      name: 'multi-document file: terminationGracePeriodSeconds quoted, and a word',
      files: [`${F}/grace-period-strings.yaml`],
      errors: [
        {
          message:
            'terminationGracePeriodSeconds of Deployment shop/checkout is "30" (a string) but must be an integer number of seconds: the API server rejects the Deployment, and drainlint treats the grace period as unknown; write terminationGracePeriodSeconds: 30 without quotes.',
          line: 14,
          column: 38,
          endLine: 14,
          endColumn: 42,
        },
        {
          message:
            'terminationGracePeriodSeconds of Pod shop/debug is "abc" (a string) but must be an integer number of seconds: the API server rejects the Pod, and drainlint treats the grace period as unknown; write terminationGracePeriodSeconds: 30 (the default) or the seconds you need.',
          line: 25,
          column: 34,
          endLine: 25,
          endColumn: 37,
        },
      ],
    },
    {
      name: 'label and annotation values that are not strings, on the workload and the pod template',
      files: [`${F}/annotation-values.yaml`],
      errors: [
        {
          message: 'The label version of Deployment shop/orders is 2 (an integer) but label values must be strings: the API server rejects the Deployment; quote it: version: "2".',
          line: 8,
          column: 14,
          endLine: 8,
          endColumn: 15,
        },
        {
          message:
            'The label sidecar.istio.io/inject of the pod template of Deployment shop/orders is true (a boolean) but label values must be strings: the API server rejects the Deployment; quote it: sidecar.istio.io/inject: "true".',
          line: 14,
          column: 34,
          endLine: 14,
          endColumn: 38,
        },
        {
          message:
            'The annotation proxy.istio.io/config of the pod template of Deployment shop/orders is a mapping but annotation values must be strings: the API server rejects the Deployment; write the ProxyConfig as YAML text in a block scalar: proxy.istio.io/config: | followed by the indented fields.',
          line: 17,
          column: 11,
          endLine: 17,
          endColumn: 40,
        },
        {
          message:
            'The annotation prometheus.io/port of the pod template of Deployment shop/orders is 9090 (an integer) but annotation values must be strings: the API server rejects the Deployment; quote it: prometheus.io/port: "9090".',
          line: 18,
          column: 29,
          endLine: 18,
          endColumn: 33,
        },
      ],
    },
    {
      name: 'wrong-typed ProxyConfig fields inside a block-scalar annotation (quoted "yes", lower-case enum; a quoted integer is accepted)',
      files: [`${F}/annotation-field-types.yaml`],
      errors: [
        {
          message: `holdApplicationUntilProxyStarts in the proxy.istio.io/config annotation of Deployment shop/payments is "yes" (a string) but must be a boolean: ${DENIED}; write holdApplicationUntilProxyStarts: true.`,
          line: 12,
          column: 44,
          endLine: 12,
          endColumn: 49,
        },
        {
          message: `interceptionMode in the proxy.istio.io/config annotation of Deployment shop/payments is "tproxy" (a string) but must be one of REDIRECT, TPROXY, NONE: ${DENIED}; write interceptionMode: TPROXY.`,
          line: 13,
          column: 29,
          endLine: 13,
          endColumn: 35,
        },
      ],
    },
    {
      name: 'proxy.istio.io/config that parses but is not a mapping (a plain string, a JSON list)',
      files: [`${F}/annotation-not-a-mapping.yaml`],
      errors: [
        {
          message: `The proxy.istio.io/config annotation of StatefulSet bank/ledger holds "terminationDrainDuration=45s" (a string) but must hold a ProxyConfig mapping: ${DENIED}; write key: value lines such as terminationDrainDuration: "30s".`,
          line: 11,
          column: 32,
          endLine: 11,
          endColumn: 60,
        },
        {
          message: `The proxy.istio.io/config annotation of DaemonSet monitoring/agent holds a list but must hold a ProxyConfig mapping: ${DENIED}; write key: value lines such as terminationDrainDuration: "30s".`,
          line: 26,
          column: 33,
          endLine: 26,
          endColumn: 70,
        },
      ],
    },
    {
      name: 'CronJob containers: initContainers as a mapping, env as a mapping, preStop as a list, quoted seconds, numeric argv',
      files: [`${F}/container-shapes.yaml`],
      errors: [
        {
          message: 'initContainers of CronJob batch/report is a mapping but must be a list: the API server rejects the CronJob; write each container as a list item (- name: …).',
          line: 18,
          column: 13,
          endLine: 19,
          endColumn: 37,
        },
        {
          message: 'env of container report in CronJob batch/report is a mapping but must be a list: the API server rejects the CronJob; write each variable as a list item (- name: X, value: "…").',
          line: 24,
          column: 17,
          endLine: 24,
          endColumn: 46,
        },
        {
          message: 'lifecycle.preStop of container report in CronJob batch/report is a list but must be a mapping: the API server rejects the CronJob; write one handler: sleep, exec or httpGet.',
          line: 27,
          column: 19,
          endLine: 28,
          endColumn: 47,
        },
        {
          message:
            'preStop.sleep.seconds of container uploader in CronJob batch/report is "15" (a string) but must be an integer: the API server rejects the CronJob, and drainlint treats the hook\'s duration as unknown; write seconds: 15.',
          line: 34,
          column: 30,
          endLine: 34,
          endColumn: 34,
        },
        {
          message: 'preStop.exec.command[1] of container cleaner in CronJob batch/report is 5 (an integer) but must be a string: the API server rejects the CronJob; quote it: "5".',
          line: 40,
          column: 40,
          endLine: 40,
          endColumn: 41,
        },
      ],
    },
    {
      name: 'List items (Namespace, Deployment) with annotations as lists, and a mesh defaultConfig written as a string',
      files: [`${F}/list-metadata-and-mesh.yaml`],
      errors: [
        {
          message: 'metadata.annotations of Namespace shop is a list but must be a mapping: the API server rejects the Namespace; write annotations as key: "value" pairs.',
          line: 10,
          column: 20,
          endLine: 10,
          endColumn: 22,
        },
        {
          message: 'metadata.annotations of Deployment shop/cart is a list but must be a mapping: the API server rejects the Deployment; write annotations as key: "value" pairs.',
          line: 16,
          column: 20,
          endLine: 16,
          endColumn: 43,
        },
        {
          message:
            'defaultConfig in the mesh config (IstioOperator istio-system/control-plane spec.meshConfig) is a multi-line string but must be a mapping: istiod discards the whole mesh config and keeps its last good one, so none of its drain settings apply; write its fields as a YAML mapping under defaultConfig:, not as a string.',
          line: 34,
          column: 20,
          endLine: 35,
          endColumn: 36,
        },
      ],
    },
  ],
});
