/**
 * Load balancers in front of a gateway (domain/load-balancers.ts) over Service-shaped inputs: a
 * Service manifest, and a Service synthesised from other input (the `gateway` chart values'
 * `service`), whose facts point into that input.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseInput } from '../src/parse.js';
import { InventoryBuilder, allWorkloads } from '../src/inventory/builder.js';
import { resourcesOf } from '../src/inventory/model.js';
import { loadBalancerOf, loadBalancersInFront, parseAttributes, type ServiceShape } from '../src/domain/load-balancers.js';
import { locate } from '../src/yaml/locate.js';
import { isRecord } from '../src/yaml/paths.js';
import type { DocView } from '../src/types.js';

/** Parses a text as one input file; returns its documents and the inventory built from them. */
function read(text: string) {
  const views: DocView[] = [];
  const builder = new InventoryBuilder({});
  parseInput({ path: 'in.yaml', text }, 0, {
    onDocument: (v) => {
      views.push(v);
      builder.add(v);
    },
  });
  return { views, inv: builder.finish() };
}

const CHART_VALUES = `# values for Istio's gateway chart
service:
  type: LoadBalancer
  annotations:
    service.beta.kubernetes.io/aws-load-balancer-type: external
    service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip
    service.beta.kubernetes.io/aws-load-balancer-target-group-attributes: deregistration_delay.timeout_seconds=60
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ingress
  namespace: istio-ingress
spec:
  template:
    metadata:
      annotations:
        inject.istio.io/templates: gateway
      labels:
        app: ingress
    spec:
      containers:
        - name: istio-proxy
          image: auto
`;

/** The Service the gateway chart renders from its values: the shape the chart-values reader builds. */
function chartService(view: DocView): ServiceShape {
  const service = isRecord(view.value) && isRecord(view.value['service']) ? view.value['service'] : {};
  return {
    label: 'the gateway chart values service',
    view,
    value: { spec: { type: service['type'], selector: { app: 'ingress' } }, metadata: { annotations: service['annotations'] } },
    paths: { type: ['service', 'type'], loadBalancerClass: ['service', 'loadBalancerClass'], annotations: ['service', 'annotations'], selector: ['service'] },
    name: 'ingress',
    namespace: 'istio-ingress',
    typeDefault: { value: 'LoadBalancer', source: 'default of the gateway chart' },
  };
}

describe('load balancers in front of a gateway', () => {
  it('reads a Service synthesised from chart values, with locations in the values file', () => {
    const { views, inv } = read(CHART_VALUES);
    const lb = loadBalancerOf(chartService(views[0]!), inv, {});
    assert.ok(lb);
    assert.equal(lb.provider, 'aws-lbc');
    assert.equal(lb.byPodIp, true);
    assert.equal(lb.draining?.seconds.value, 60);
    assert.equal(locate(lb.draining!.seconds.prov.ref!).line, 7);
    assert.deepEqual(
      lb.evidence.map(([label, v]) => `${label} ${v.value} @${v.prov.ref ? locate(v.prov.ref).line : '-'}`),
      ['type LoadBalancer @3', 'service.beta.kubernetes.io/aws-load-balancer-type "external" @5', 'service.beta.kubernetes.io/aws-load-balancer-nlb-target-type "ip" @6'],
    );
  });

  it("the gateway chart values' own Service is the load balancer in front of the gateway they render", () => {
    const { inv } = read(CHART_VALUES);
    const gateway = allWorkloads(inv).find((w) => w.origin === 'gateway-values');
    assert.ok(gateway, 'the values render a gateway');
    assert.deepEqual(loadBalancersInFront(gateway, inv, {}).map((lb) => lb.noun), ['an AWS NLB with IP targets']);
  });

  it('a Service manifest is a load balancer only as type LoadBalancer or with NEGs; others make none', () => {
    const { views, inv } = read(`apiVersion: v1
kind: Service
metadata: { name: plain, namespace: edge, annotations: { service.beta.kubernetes.io/aws-load-balancer-type: nlb-ip } }
spec: { selector: { app: x } }
---
apiVersion: v1
kind: Service
metadata: { name: neg, namespace: edge, annotations: { cloud.google.com/neg: '{"ingress": true}', cloud.google.com/backend-config: '{"default": "drain"}' } }
spec: { type: NodePort, selector: { app: x } }
---
apiVersion: cloud.google.com/v1
kind: BackendConfig
metadata: { name: drain, namespace: edge }
spec: { connectionDraining: { drainingTimeoutSec: 45 } }
---
apiVersion: v1
kind: Service
metadata: { name: bad, namespace: edge, annotations: { cloud.google.com/neg: 'not json' } }
spec: { type: ClusterIP, selector: { app: x } }
`);
    const shape = (i: number): ServiceShape => {
      const res = resourcesOf(views[i]!)[0]!;
      return {
        label: `Service ${res.name}`,
        view: res.view,
        value: res.value,
        paths: { type: ['spec', 'type'], loadBalancerClass: ['spec', 'loadBalancerClass'], annotations: ['metadata', 'annotations'], selector: ['spec', 'selector'] },
        name: res.name,
        namespace: res.namespace,
        typeDefault: { value: 'ClusterIP', source: 'Kubernetes default' },
      };
    };
    assert.equal(loadBalancerOf(shape(0), inv, {}), undefined);
    const neg = loadBalancerOf(shape(1), inv, {});
    assert.equal(neg?.provider, 'gke-neg');
    assert.equal(neg?.draining?.seconds.value, 45);
    assert.equal(neg?.draining?.seconds.prov.source, 'BackendConfig edge/drain');
    assert.equal(loadBalancerOf(shape(3), inv, {}), undefined);
  });

  it('target group attributes split like the controller splits them', () => {
    assert.deepEqual([...parseAttributes('a=1, b.c = 2,,=3,d')], [
      ['a', '1'],
      ['b.c', '2'],
    ]);
  });
});
