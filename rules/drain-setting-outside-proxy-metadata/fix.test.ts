import rule from './index.js';
import { changed, fixTester } from '../../test/helpers/fix-tester.js';

const ANNOTATION = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
  namespace: shop
spec:
  template:
    metadata:
      annotations:
        proxy.istio.io/config: |
          # wait for open connections
          EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"
          MINIMUM_DRAIN_DURATION: 20
    spec:
      terminationGracePeriodSeconds: 60
      containers:
        - name: app
          image: example/checkout:1.0
`;

const CONFIGMAP = `# Both drain variables written straight under defaultConfig: istiod drops them as unknown fields.
apiVersion: v1
kind: ConfigMap
metadata:
  name: istio
  namespace: istio-system
data:
  mesh: |-
    accessLogFile: /dev/stdout
    defaultConfig:
      EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"
      MINIMUM_DRAIN_DURATION: 10s
`;

const OPERATOR = `apiVersion: install.istio.io/v1alpha1
kind: IstioOperator
metadata:
  name: control-plane
  namespace: istio-system
spec:
  profile: minimal
  meshConfig:
    EXIT_ON_ZERO_ACTIVE_CONNECTIONS: true
    defaultConfig:
      MINIMUM_DRAIN_DURATION: 25s
      proxyMetadata:
        MINIMUM_DRAIN_DURATION: "20s"
`;

const JSON_BESIDE_MESH = `apiVersion: install.istio.io/v1alpha1
kind: IstioOperator
metadata:
  name: control-plane
  namespace: istio-system
spec:
  profile: minimal
  meshConfig:
    defaultConfig:
      proxyMetadata:
        EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"
        MINIMUM_DRAIN_DURATION: "20s"
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ledger
  namespace: finance
spec:
  template:
    metadata:
      annotations:
        proxy.istio.io/config: '{"EXIT_ON_ZERO_ACTIVE_CONNECTIONS": "true", "drainDuration": "45s"}'
    spec:
      terminationGracePeriodSeconds: 60
      containers:
        - name: ledger
          image: example/ledger:4.1
`;

fixTester(rule, [
  {
    name: 'direct keys of the annotation (| block scalar): moved under a new proxyMetadata, quoted, the comment line with its key',
    code: ANNOTATION,
    messageIds: ['annotationKey', 'annotationKey'],
    output: changed(ANNOTATION, `          # wait for open connections
          EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"
          MINIMUM_DRAIN_DURATION: 20
`, `          proxyMetadata:
            EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"
            MINIMUM_DRAIN_DURATION: "20s"
`),
  },
  {
    name: 'direct keys of defaultConfig in the istio ConfigMap (|- block scalar): under proxyMetadata, no final newline added',
    code: CONFIGMAP,
    messageIds: ['meshKey', 'meshKey'],
    output: changed(CONFIGMAP, `    defaultConfig:
      EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"
      MINIMUM_DRAIN_DURATION: 10s
`, `    defaultConfig:
      proxyMetadata:
        EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"
        MINIMUM_DRAIN_DURATION: "10s"
`),
  },
  {
    name: "IstioOperator: the top-level key moves into defaultConfig's proxyMetadata; the direct key beside a proxyMetadata value is removed",
    code: OPERATOR,
    messageIds: ['meshKey', 'meshKeyProxyHasValue'],
    output: changed(
      changed(OPERATOR, '    EXIT_ON_ZERO_ACTIVE_CONNECTIONS: true\n', ''),
      '      MINIMUM_DRAIN_DURATION: 25s\n      proxyMetadata:\n        MINIMUM_DRAIN_DURATION: "20s"\n',
      '      proxyMetadata:\n        MINIMUM_DRAIN_DURATION: "20s"\n        EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"\n',
    ),
  },
  {
    name: 'a JSON annotation key the proxy gets from the mesh config anyway: removed, the quoting kept',
    code: JSON_BESIDE_MESH,
    messageIds: ['annotationKeyProxyHasValue'],
    output: changed(JSON_BESIDE_MESH, `'{"EXIT_ON_ZERO_ACTIVE_CONNECTIONS": "true", "drainDuration": "45s"}'`, `'{"drainDuration": "45s"}'`),
  },
]);
