import rule from './index.js';
import { changed, fixTester } from '../../test/helpers/fix-tester.js';

const LIFETIME = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: test
  namespace: orders
spec:
  template:
    metadata:
      annotations:
        drainlint.io/connection-lifetime: "60s"
        proxy.istio.io/config: |
          proxyMetadata:
            EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"
    spec:
      terminationGracePeriodSeconds: 30
      containers:
        - name: app
          image: example/app:1.0
`;

fixTester(rule, [
  {
    name: 'a connection lifetime past the grace period: terminationGracePeriodSeconds raised to it (timing)',
    code: LIFETIME,
    messageIds: ['cut'],
    fixTypes: ['timing'],
    output: changed(LIFETIME, 'terminationGracePeriodSeconds: 30', 'terminationGracePeriodSeconds: 60'),
  },
]);
