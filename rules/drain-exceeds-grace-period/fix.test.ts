import rule from './index.js';
import { changed, fixTester } from '../../test/helpers/fix-tester.js';

const TDD_OVER_DEFAULT_GRACE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
  namespace: shop
spec:
  template:
    metadata:
      annotations:
        proxy.istio.io/config: |
          terminationDrainDuration: 45s
    spec:
      containers:
        - name: app
          image: example/checkout:1.0
`;

const PRESTOP_OVER_GRACE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: batch
  namespace: jobs
spec:
  template:
    spec:
      terminationGracePeriodSeconds: 20 # seconds
      containers:
        - name: worker
          image: example/worker:1.0
          lifecycle:
            preStop:
              sleep:
                seconds: 25
`;

fixTester(rule, [
  {
    name: 'a drain past the default grace period: terminationGracePeriodSeconds added to the pod spec (timing)',
    code: TDD_OVER_DEFAULT_GRACE,
    messageIds: ['classicDrain'],
    fixTypes: ['timing'],
    output: changed(TDD_OVER_DEFAULT_GRACE, '    spec:\n      containers:\n        - name: app\n          image: example/checkout:1.0\n', '    spec:\n      containers:\n        - name: app\n          image: example/checkout:1.0\n      terminationGracePeriodSeconds: 45\n'),
  },
  {
    name: 'a preStop sleep the API rejects: the grace period raised past it, its comment kept',
    code: PRESTOP_OVER_GRACE,
    messageIds: ['preStopRejected'],
    fixTypes: ['timing'],
    output: changed(PRESTOP_OVER_GRACE, 'terminationGracePeriodSeconds: 20 # seconds', 'terminationGracePeriodSeconds: 26 # seconds'),
  },
  {
    name: 'layout fixes alone leave the timing finding as it is',
    code: TDD_OVER_DEFAULT_GRACE,
    messageIds: ['classicDrain'],
    output: null,
  },
]);
