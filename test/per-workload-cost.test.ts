/**
 * Nothing per run is quadratic: what linting one more workload costs does not grow with the number
 * of mesh configs, ProxyConfigs, Services and routes in the run. Cost is counted, not timed: every
 * read of an element of the inventory's lists of run-level resources is a unit of work, and the
 * units one more workload adds are compared between a run with few sources and one with many.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prepare, runRules } from '../src/engine.js';
import { emptyConfig } from '../src/config.js';
import { RULES } from '../rules/index.js';
import type { Inventory } from '../src/inventory/model.js';
import { ROOT } from './helpers/rule-tester.js';

/** `sources` of each run-level kind (mesh configs of other revisions, ProxyConfigs, Services, routes), then `workloads` Deployments. */
function manifests(workloads: number, sources: number): string {
  const docs: string[] = [];
  docs.push('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: istio\n  namespace: istio-system\ndata:\n  mesh: |\n    defaultConfig:\n      terminationDrainDuration: 20s\n');
  for (let i = 0; i < sources; i++) {
    docs.push(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: istio-r${i}\n  namespace: istio-system\ndata:\n  mesh: |\n    defaultConfig:\n      terminationDrainDuration: ${i % 2 === 0 ? '15s' : 'soon'}\n`);
    docs.push(`apiVersion: networking.istio.io/v1beta1\nkind: ProxyConfig\nmetadata:\n  name: pc-${i}\n  namespace: ns-${i}\nspec:\n  environmentVariables:\n    MINIMUM_DRAIN_DURATION: 5s\n`);
    docs.push(`apiVersion: v1\nkind: Service\nmetadata:\n  name: svc-${i}\n  namespace: apps\nspec:\n  selector:\n    app: x${i}\n  ports:\n    - name: http\n      port: 80\n`);
    docs.push(`apiVersion: networking.istio.io/v1beta1\nkind: VirtualService\nmetadata:\n  name: vs-${i}\n  namespace: apps\nspec:\n  hosts: [svc-${i}]\n  http:\n    - timeout: 40s\n      route:\n        - destination:\n            host: svc-${i}\n`);
    docs.push(`apiVersion: networking.istio.io/v1beta1\nkind: DestinationRule\nmetadata:\n  name: dr-${i}\n  namespace: apps\nspec:\n  host: svc-${i}\n`);
  }
  for (let j = 0; j < workloads; j++) {
    docs.push(
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: w${j}\n  namespace: apps\nspec:\n  template:\n    metadata:\n      labels:\n        app: x${j}\n      annotations:\n        proxy.istio.io/config: '{"terminationDrainDuration": "40s"}'\n    spec:\n      containers:\n        - name: app\n          image: app:1\n`,
    );
  }
  return docs.join('---\n');
}

/** Every list of run-level resources in the inventory, wrapped so that each element read counts. */
function countReads(inv: Inventory): { reads: number } {
  const counter = { reads: 0 };
  const counted = <T extends object>(list: T[]): T[] =>
    new Proxy(list, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) counter.reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  inv.meshSources = counted(inv.meshSources);
  inv.proxyConfigs = counted(inv.proxyConfigs);
  inv.istiodEnv = counted(inv.istiodEnv);
  inv.globalLifecycles = counted(inv.globalLifecycles);
  inv.istioOperators = counted(inv.istioOperators);
  inv.others = counted(inv.others);
  inv.routes = counted(inv.routes);
  for (const [ns, list] of inv.servicesByNamespace) inv.servicesByNamespace.set(ns, counted(list));
  return counter;
}

/** Element reads of run-level lists while the rules lint every workload. */
async function reads(workloads: number, sources: number): Promise<number> {
  const config = emptyConfig(ROOT);
  const model = await prepare({ cwd: ROOT, paths: [], config, meshConfigFiles: [], texts: [{ path: 'cost.yaml', text: manifests(workloads, sources) }] });
  const counter = countReads(model.inventory);
  const ran = runRules([...RULES], { inventory: model.inventory, run: model.run, config: model.config });
  assert.equal(ran.workloads, workloads);
  return counter.reads;
}

/** The reads one more workload adds, measured between two runs with the same sources. */
async function perWorkload(sources: number): Promise<number> {
  return ((await reads(60, sources)) - (await reads(20, sources))) / 40;
}

describe('cost per workload', () => {
  it('does not grow with the number of run-level sources', async () => {
    const few = await perWorkload(10);
    const many = await perWorkload(400);
    // Quadratic lookups would make each workload read hundreds of elements more with 400 sources of each kind.
    assert.ok(many <= few + 5, `one more workload reads ${many} elements with 400 sources of each kind, ${few} with 10`);
  });

  it('the run-level work itself grows linearly with the sources', async () => {
    const base = await reads(1, 0);
    const s1 = (await reads(1, 400)) - base;
    const s2 = (await reads(1, 800)) - base;
    assert.ok(s2 <= 2.2 * s1, `${s1} element reads with 400 sources of each kind, ${s2} with 800`);
  });
});
