import rule from './index.js';
import { changed, fixTester } from '../../test/helpers/fix-tester.js';

const ANNOTATION_BLOCK = `# Source: shop/templates/checkout.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
  namespace: shop
spec:
  template:
    metadata:
      annotations:
        # exit when the last connection closes
        proxy.istio.io/config: |
          proxyMetadata:
            EXIT_ON_ZERO_ACTIVE_CONNECTIONS: true   # was a bool
            MINIMUM_DRAIN_DURATION: "10s"
    spec:
      containers:
        - name: checkout
          image: example/checkout:1.0
`;

const ANNOTATION_JSON = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: report
  namespace: batch
spec:
  template:
    metadata:
      annotations:
        proxy.istio.io/config: '{"proxyMetadata": {"EXIT_ON_ZERO_ACTIVE_CONNECTIONS": 1, "MINIMUM_DRAIN_DURATION": "10s"}}'
    spec:
      containers:
        - name: report
          image: example/report:1.0
`;

const CONFIGMAP = `apiVersion: v1
kind: ConfigMap
metadata:
  name: istio
  namespace: istio-system
data:
  mesh: |-
    defaultConfig:
      proxyMetadata:
        MINIMUM_DRAIN_DURATION: 10
        EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"
    rootNamespace: istio-system
`;

const OPERATOR = (ez: string, min: string) => `apiVersion: install.istio.io/v1alpha1
kind: IstioOperator
metadata:
  name: control-plane
  namespace: istio-system
spec:
  profile: minimal
  meshConfig:
    defaultConfig:
      proxyMetadata:
        EXIT_ON_ZERO_ACTIVE_CONNECTIONS: ${ez}
        MINIMUM_DRAIN_DURATION: ${min}
`;

const PROXY_CONFIG = `apiVersion: networking.istio.io/v1beta1
kind: ProxyConfig
metadata:
  name: drain
  namespace: shop
spec:
  environmentVariables:
    EXIT_ON_ZERO_ACTIVE_CONNECTIONS: true
    MINIMUM_DRAIN_DURATION: "10s"
`;

fixTester(rule, [
  {
    name: 'a bool in the annotation (| block scalar): quoted in place, its comment and the Helm Source line kept',
    code: ANNOTATION_BLOCK,
    messageIds: ['annotationNotString'],
    output: changed(ANNOTATION_BLOCK, 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS: true   # was a bool', 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"   # was a bool'),
  },
  {
    name: 'a number in a JSON annotation (single-quoted): the string Go reads for 1, the quoting kept',
    code: ANNOTATION_JSON,
    messageIds: ['annotationNotString'],
    output: changed(ANNOTATION_JSON, '"EXIT_ON_ZERO_ACTIVE_CONNECTIONS": 1,', '"EXIT_ON_ZERO_ACTIVE_CONNECTIONS": "true",'),
  },
  {
    name: 'a number in the istio ConfigMap mesh (|- block scalar): seconds as a Go duration',
    code: CONFIGMAP,
    messageIds: ['meshNotString'],
    output: changed(CONFIGMAP, 'MINIMUM_DRAIN_DURATION: 10\n', 'MINIMUM_DRAIN_DURATION: "10s"\n'),
  },
  {
    name: 'a bool in an IstioOperator meshConfig',
    code: OPERATOR('true', '"10s"'),
    messageIds: ['meshNotString'],
    output: OPERATOR('"true"', '"10s"'),
  },
  {
    name: 'a bool in ProxyConfig environmentVariables',
    code: PROXY_CONFIG,
    messageIds: ['proxyConfigNotString'],
    output: changed(PROXY_CONFIG, 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS: true', 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"'),
  },
  {
    name: 'no fix when drainDuration must be raised too (MINIMUM_DRAIN_DURATION 60 over the 45s default)',
    code: OPERATOR('"true"', '60'),
    messageIds: ['meshNotString'],
    output: null,
  },
]);
