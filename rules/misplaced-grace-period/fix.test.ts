import rule from './index.js';
import { changed, fixTester } from '../../test/helpers/fix-tester.js';

const DEPLOYMENT_SPEC = `# Indented one level too shallow: on the Deployment spec instead of the pod spec.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
spec:
  replicas: 3
  terminationGracePeriodSeconds: 60 # room for the slow checkout calls
  selector:
    matchLabels:
      app: orders
  template:
    metadata:
      labels:
        app: orders
    spec:
      containers:
        - name: orders
          image: example/orders:2.0
`;

const STATEFULSET = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: search
  namespace: catalog
spec:
  serviceName: search
  template:
    metadata:
      labels:
        app: search
      terminationGracePeriodSeconds: 90
    spec:
      terminationGracePeriodSeconds: 45
      containers:
        - name: search
          image: example/search:8.1
          terminationGracePeriodSeconds: 45
          readinessProbe:
            httpGet:
              path: /ready
              port: 9200
            terminationGracePeriodSeconds: 5
`;

const CRONJOB = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: reindex
  namespace: catalog
spec:
  schedule: "30 3 * * *"
  jobTemplate:
    spec:
      backoffLimit: 2
      terminationGracePeriodSeconds: "2m"
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: reindex
              image: example/reindex:1.4
`;

const ANNOTATION = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: payments
  namespace: shop
spec:
  template:
    metadata:
      annotations:
        proxy.istio.io/config: |
          terminationGracePeriodSeconds: 60
          drainDuration: 45s
    spec:
      containers:
        - name: payments
          image: example/payments:6.0
`;

const ANNOTATION_BESIDE_POD_SPEC = `apiVersion: v1
kind: Pod
metadata:
  name: payments-debug
  namespace: shop
  annotations:
    proxy.istio.io/config: '{"terminationGracePeriodSeconds": "1m30s"}'
spec:
  terminationGracePeriodSeconds: 90
  containers:
    - name: payments
      image: example/payments:6.0
`;

const MESH = `apiVersion: install.istio.io/v1alpha1
kind: IstioOperator
metadata:
  name: control-plane
  namespace: istio-system
spec:
  profile: minimal
  meshConfig:
    defaultConfig:
      terminationGracePeriodSeconds: 45
`;

fixTester(rule, [
  {
    name: 'Deployment spec: moved to the pod spec as written, with its comment',
    code: DEPLOYMENT_SPEC,
    messageIds: ['notAField'],
    output: changed(
      changed(DEPLOYMENT_SPEC, '  terminationGracePeriodSeconds: 60 # room for the slow checkout calls\n', ''),
      '          image: example/orders:2.0\n',
      '          image: example/orders:2.0\n      terminationGracePeriodSeconds: 60 # room for the slow checkout calls\n',
    ),
  },
  {
    name: 'beside the pod spec (template metadata, a container, a readinessProbe): removed, the pod spec value kept',
    code: STATEFULSET,
    messageIds: ['notAFieldBesidePodSpec', 'notAFieldBesidePodSpec', 'readinessProbe'],
    output: changed(changed(changed(STATEFULSET, '        app: search\n      terminationGracePeriodSeconds: 90\n', '        app: search\n'), '          image: example/search:8.1\n          terminationGracePeriodSeconds: 45\n', '          image: example/search:8.1\n'), '              port: 9200\n            terminationGracePeriodSeconds: 5\n', '              port: 9200\n'),
  },
  {
    name: 'CronJob Job spec, written as a duration: whole seconds in the pod spec of the job template',
    code: CRONJOB,
    messageIds: ['notAField'],
    output: changed(changed(CRONJOB, '      terminationGracePeriodSeconds: "2m"\n', ''), '              image: example/reindex:1.4\n', '              image: example/reindex:1.4\n          terminationGracePeriodSeconds: 120\n'),
  },
  {
    name: 'in the annotation (| block scalar): set in the pod spec, removed from the annotation, the block kept',
    code: ANNOTATION,
    messageIds: ['inAnnotation'],
    output: changed(changed(ANNOTATION, '          terminationGracePeriodSeconds: 60\n', ''), '          image: example/payments:6.0\n', '          image: example/payments:6.0\n      terminationGracePeriodSeconds: 60\n'),
  },
  {
    name: 'in a JSON annotation beside a pod spec grace period: removed from the annotation',
    code: ANNOTATION_BESIDE_POD_SPEC,
    messageIds: ['inAnnotationBesidePodSpec'],
    output: changed(ANNOTATION_BESIDE_POD_SPEC, `'{"terminationGracePeriodSeconds": "1m30s"}'`, `'{}'`),
  },
  {
    name: 'no fix when the grace period taking effect needs drainDuration raised too (the help says both)',
    code: changed(ANNOTATION, '          drainDuration: 45s\n', '          drainDuration: 45s\n          terminationDrainDuration: 50s\n'),
    messageIds: ['inAnnotation'],
    output: null,
  },
  {
    name: 'no fix in a mesh config: there is no pod to move it to',
    code: MESH,
    messageIds: ['inMeshConfig'],
    output: null,
  },
]);
