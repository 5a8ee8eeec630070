import rule from './index.js';
import { changed, fixTester } from '../../test/helpers/fix-tester.js';

const DEPLOYMENT = `# Annotation and injection label put on the Deployment instead of its pod template.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
  namespace: shop
  labels:
    app: checkout
    sidecar.istio.io/inject: "true"
  annotations:
    proxy.istio.io/config: |
      terminationDrainDuration: 30s
spec:
  selector:
    matchLabels:
      app: checkout
  template:
    metadata:
      labels:
        app: checkout
    spec:
      terminationGracePeriodSeconds: 45
      containers:
        - name: app
          image: example/checkout:1.0
`;

const NO_POD_METADATA = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
  annotations:
    drainlint.io/connection-lifetime: "20s" # the slowest report
    kubernetes.io/description: orders
spec:
  template:
    spec:
      containers:
        - name: orders
          image: example/orders:1.0
`;

const INJECT_ANNOTATION = `apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: web
  namespace: storefront
  annotations:
    sidecar.istio.io/inject: "true"
spec:
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: example/web:3.0
`;

const POD_TEMPLATE_DIFFERS = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: payments
  namespace: shop
  annotations:
    proxy.istio.io/config: |-
      terminationDrainDuration: 20s
spec:
  template:
    metadata:
      annotations:
        proxy.istio.io/config: |-
          terminationDrainDuration: 10s
    spec:
      containers:
        - name: payments
          image: example/payments:1.0
`;

const MERGE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
  annotations:
    proxy.istio.io/config: |
      terminationDrainDuration: 60s
      drainDuration: 90s # long drains
      proxyMetadata:
        ISTIO_META_DNS_CAPTURE: "true"
spec:
  template:
    metadata:
      annotations:
        proxy.istio.io/config: |-
          terminationDrainDuration: 20s
          proxyMetadata:
            ISTIO_META_DNS_AUTO_ALLOCATE: "true"
    spec:
      containers:
        - name: api
          image: example/api:1.0
`;

fixTester(rule, [
  {
    name: 'a block-scalar annotation and a label move to the pod template (annotations added, the block kept, re-indented)',
    code: DEPLOYMENT,
    messageIds: ['injectionLabel', 'proxyConfig'],
    output: changed(
      changed(DEPLOYMENT, '    sidecar.istio.io/inject: "true"\n  annotations:\n    proxy.istio.io/config: |\n      terminationDrainDuration: 30s\n', ''),
      '        app: checkout\n    spec:\n',
      '        app: checkout\n        sidecar.istio.io/inject: "true"\n      annotations:\n        proxy.istio.io/config: |\n          terminationDrainDuration: 30s\n    spec:\n',
    ),
  },
  {
    name: 'a pod template without metadata gets metadata.annotations; the comment goes with the value, other annotations stay',
    code: NO_POD_METADATA,
    messageIds: ['drainlintAnnotation'],
    output: changed(
      changed(NO_POD_METADATA, '    drainlint.io/connection-lifetime: "20s" # the slowest report\n', ''),
      '          image: example/orders:1.0\n',
      '          image: example/orders:1.0\n    metadata:\n      annotations:\n        drainlint.io/connection-lifetime: "20s" # the slowest report\n',
    ),
  },
  {
    name: 'the inject annotation becomes a pod label',
    code: INJECT_ANNOTATION,
    messageIds: ['injectAnnotation'],
    output: changed(changed(INJECT_ANNOTATION, '  annotations:\n    sidecar.istio.io/inject: "true"\n', ''), '        app: web\n', '        app: web\n        sidecar.istio.io/inject: "true"\n'),
  },
  {
    name: "the pod template's own value counts: this one is removed",
    code: POD_TEMPLATE_DIFFERS,
    messageIds: ['podTemplateDiffers'],
    output: changed(POD_TEMPLATE_DIFFERS, `  annotations:
    proxy.istio.io/config: |-
      terminationDrainDuration: 20s
`, ''),
  },
  {
    name: "merged into the pod template's own proxy.istio.io/config (|- block scalar): the settings it lacks added as written, its own values kept",
    code: MERGE,
    messageIds: ['proxyConfigMerge'],
    output: changed(
      changed(MERGE, '  annotations:\n    proxy.istio.io/config: |\n      terminationDrainDuration: 60s\n      drainDuration: 90s # long drains\n      proxyMetadata:\n        ISTIO_META_DNS_CAPTURE: "true"\n', ''),
      '            ISTIO_META_DNS_AUTO_ALLOCATE: "true"\n',
      '            ISTIO_META_DNS_AUTO_ALLOCATE: "true"\n            ISTIO_META_DNS_CAPTURE: "true"\n          drainDuration: 90s # long drains\n',
    ),
  },
]);
