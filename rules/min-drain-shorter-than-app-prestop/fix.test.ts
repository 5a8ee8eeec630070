import rule from './index.js';
import { changed, fixTester } from '../../test/helpers/fix-tester.js';

const MIN_SHORT = `# MINIMUM_DRAIN_DURATION set, but shorter than the longest app preStop (20s, of two containers).
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: kafka-consumer
  namespace: events
spec:
  serviceName: kafka-consumer
  template:
    metadata:
      annotations:
        proxy.istio.io/config: |
          proxyMetadata:
            EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"
            MINIMUM_DRAIN_DURATION: "10s"
    spec:
      containers:
        - name: consumer
          image: example/consumer:1.0
          lifecycle:
            preStop:
              sleep:
                seconds: 20
        - name: metrics
          image: example/metrics:1.0
          lifecycle:
            preStop:
              exec:
                command: ["sleep", "12"]
`;

const MIN_DEFAULT = changed(MIN_SHORT, '            MINIMUM_DRAIN_DURATION: "10s"\n', '');

fixTester(rule, [
  {
    name: 'MINIMUM_DRAIN_DURATION raised to the app preStop where it is set (timing)',
    code: MIN_SHORT,
    messageIds: ['minShorterThanPreStop'],
    fixTypes: ['timing'],
    output: changed(MIN_SHORT, 'MINIMUM_DRAIN_DURATION: "10s"', 'MINIMUM_DRAIN_DURATION: "20s"'),
  },
  {
    name: 'the 5s default: MINIMUM_DRAIN_DURATION written beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS',
    code: MIN_DEFAULT,
    messageIds: ['minShorterThanPreStop'],
    fixTypes: ['timing'],
    output: changed(MIN_DEFAULT, '            EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"\n', '            EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"\n            MINIMUM_DRAIN_DURATION: "20s"\n'),
  },
]);
