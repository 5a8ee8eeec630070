import rule from './index.js';
import { changed, fixTester } from '../../test/helpers/fix-tester.js';

const ANNOTATION_ONLY = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: cart
  namespace: shop
spec:
  template:
    metadata:
      annotations:
        proxy.istio.io/config: |
          proxyMetadata:
            TERMINATION_DRAIN_DURATION_SECONDS: "20"
    spec:
      terminationGracePeriodSeconds: 45
      containers:
        - name: app
          image: example/cart:1.0
`;

const ANNOTATION_BESIDE_TDD = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
  namespace: shop
spec:
  template:
    metadata:
      annotations:
        proxy.istio.io/config: |
          terminationDrainDuration: 30s
          parentShutdownDuration: 60s
          proxyMetadata:
            TERMINATION_DRAIN_DURATION_SECONDS: "30"
            ISTIO_META_DNS_CAPTURE: "true"
    spec:
      terminationGracePeriodSeconds: 45
      containers:
        - name: app
          image: example/checkout:1.0
`;

const CONFIGMAP = `apiVersion: v1
kind: ConfigMap
metadata:
  name: istio
  namespace: istio-system
data:
  mesh: |-
    defaultConfig:
      terminationDrainDuration: 20s
      proxyMetadata:
        TERMINATION_DRAIN_DURATION_SECONDS: "20"
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: unrelated
data:
  key: value
`;

const HELM_VALUES = `# Helm values for the istiod chart: removed settings written as keys of the MeshConfig and of defaultConfig.
meshConfig:
  parentShutdownDuration: 60s
  TERMINATION_DRAIN_DURATION_SECONDS: "30"
  defaultConfig:
    TERMINATION_DRAIN_DURATION_SECONDS: 45
`;

fixTester(rule, [
  {
    name: 'the variable alone in proxyMetadata: written as terminationDrainDuration, the emptied proxyMetadata removed',
    code: ANNOTATION_ONLY,
    messageIds: ['tddsInProxyMetadata'],
    output: changed(ANNOTATION_ONLY, `          proxyMetadata:
            TERMINATION_DRAIN_DURATION_SECONDS: "20"
`, `          terminationDrainDuration: "20s"
`),
  },
  {
    name: 'beside a terminationDrainDuration of its own: the variable and parentShutdownDuration removed, other proxyMetadata kept',
    code: ANNOTATION_BESIDE_TDD,
    messageIds: ['parentShutdownDuration', 'tddsInProxyMetadata'],
    output: changed(changed(ANNOTATION_BESIDE_TDD, '          parentShutdownDuration: 60s\n', ''), '            TERMINATION_DRAIN_DURATION_SECONDS: "30"\n', ''),
  },
  {
    name: 'in the istio ConfigMap mesh (|- block scalar) of a file of two documents: the other document untouched',
    code: CONFIGMAP,
    messageIds: ['tddsInProxyMetadata'],
    output: changed(CONFIGMAP, `      terminationDrainDuration: 20s
      proxyMetadata:
        TERMINATION_DRAIN_DURATION_SECONDS: "20"
`, `      terminationDrainDuration: 20s
`),
  },
  {
    name: "Helm values: fixes that meet at defaultConfig's terminationDrainDuration converge in a second pass",
    code: HELM_VALUES,
    messageIds: ['parentShutdownDuration', 'tddsAtMeshTopLevel', 'tddsAsProxyConfigKey'],
    output: `# Helm values for the istiod chart: removed settings written as keys of the MeshConfig and of defaultConfig.
meshConfig:
  defaultConfig:
    terminationDrainDuration: "30s"
`,
  },
]);
