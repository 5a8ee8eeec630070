import rule from './index.js';
import { changed, fixTester } from '../../test/helpers/fix-tester.js';

const ANNOTATION_INDENT_INDICATOR = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
spec:
  template:
    metadata:
      annotations:
        proxy.istio.io/config: |2
            terminationDrainDuration: 20
            drainDuration: 45s
    spec:
      containers:
        - name: orders
          image: example/orders:1.0
`;

const DRAINLINT_ANNOTATIONS = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
spec:
  template:
    metadata:
      annotations:
        drainlint.io/connection-lifetime: "25"
        drainlint.io/shutdown-duration: 10 S
    spec:
      containers:
        - name: orders
          image: example/orders:1.0
`;

const MINIMUM = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: gateway
  namespace: istio-ingress
spec:
  template:
    metadata:
      labels:
        istio: ingressgateway
      annotations:
        proxy.istio.io/config: |
          proxyMetadata:
            EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"
            MINIMUM_DRAIN_DURATION: "10"
    spec:
      terminationGracePeriodSeconds: 60
      containers:
        - name: istio-proxy
          image: auto
          env:
            - name: MINIMUM_DRAIN_DURATION
              value: 10
`;

const MESH = (tdd: string) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: istio
  namespace: istio-system
data:
  mesh: |-
    defaultConfig:
      terminationDrainDuration: ${tdd}
`;

fixTester(rule, [
  {
    name: 'a unit-less number in the annotation (|2 block scalar with an indentation indicator): seconds, the indentation kept',
    code: ANNOTATION_INDENT_INDICATOR,
    messageIds: ['annotationDuration'],
    output: changed(ANNOTATION_INDENT_INDICATOR, 'terminationDrainDuration: 20\n', 'terminationDrainDuration: "20s"\n'),
  },
  {
    name: "drainlint's own annotations: a unit-less string and a spaced upper-case unit",
    code: DRAINLINT_ANNOTATIONS,
    messageIds: ['lifetimeNotDuration', 'shutdownNotDuration'],
    output: changed(changed(DRAINLINT_ANNOTATIONS, 'connection-lifetime: "25"', 'connection-lifetime: "25s"'), 'shutdown-duration: 10 S', 'shutdown-duration: "10s"'),
  },
  {
    name: 'MINIMUM_DRAIN_DURATION unit-less in proxyMetadata and a number in the istio-proxy env',
    code: MINIMUM,
    messageIds: ['minDefault', 'envNotString'],
    output: changed(changed(MINIMUM, 'MINIMUM_DRAIN_DURATION: "10"', 'MINIMUM_DRAIN_DURATION: "10s"'), 'value: 10', 'value: "10s"'),
  },
  {
    name: 'a number in the istio ConfigMap mesh (|- block scalar)',
    code: MESH('30'),
    messageIds: ['meshDuration'],
    output: MESH('"30s"'),
  },
  {
    name: 'no fix for a number that may be milliseconds',
    code: MESH('5000'),
    messageIds: ['meshDuration'],
    output: null,
  },
]);
