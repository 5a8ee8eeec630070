/** The resolver: effective drain settings and where each came from, across files and levels. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../src/engine.js';
import { emptyConfig, type ResolvedConfig } from '../src/config.js';
import type { ResolvedWorkload } from '../src/resolved.js';
import { locate } from '../src/yaml/locate.js';
import type { Valued } from '../src/types.js';
import { ROOT } from './helpers/rule-tester.js';

async function resolved(paths: string[], opts: { meshConfig?: string[]; config?: Partial<ResolvedConfig> } = {}) {
  const a = await analyze({ cwd: ROOT, paths, config: { ...emptyConfig(ROOT), ...opts.config }, meshConfigFiles: (opts.meshConfig ?? []).map((m) => path.join(ROOT, m)) });
  assert.deepEqual(a.findings, []);
  return (name: string) => a.resolution.workloads.find((w) => w.workload.name === name)!;
}

/** "value level file:line" */
function where(v: Valued<unknown> | undefined): string {
  if (!v) return 'unset';
  const loc = v.prov.ref ? ` ${v.prov.ref.view.file.path.replace(/^fixtures\/resolve\//, '')}:${locate(v.prov.ref).line}` : '';
  return `${String(v.value)} ${v.prov.level}${loc}`;
}

const env = (rw: ResolvedWorkload, name: string) => where(rw.proxyEnv.get(name));

describe('resolve: precedence', () => {
  it('annotation beats mesh; the later mesh input wins per field; "" unsets a key', async () => {
    const get = await resolved(['fixtures/resolve/precedence']);
    const web = get('web');
    assert.equal(where(web.tdd), '20 annotation precedence/workloads.yaml:13');
    assert.equal(where(web.dd), '50 mesh precedence/mesh.yaml:10');
    assert.equal(env(web, 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS'), 'unset');
    assert.equal(web.ez.value, false);
    // namespace ProxyConfig (shop) beats the root one and the mesh
    assert.equal(env(web, 'MINIMUM_DRAIN_DURATION'), '11s namespace-proxyconfig precedence/proxyconfigs.yaml:17');
  });
  it('a selector ProxyConfig beats the annotation; proxyMetadata merges key by key', async () => {
    const api = (await resolved(['fixtures/resolve/precedence']))('api');
    assert.equal(env(api, 'MINIMUM_DRAIN_DURATION'), '13s selector-proxyconfig precedence/proxyconfigs.yaml:29');
    assert.equal(api.min.value, 13);
    assert.equal(env(api, 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS'), 'true mesh precedence/mesh.yaml:12');
    assert.equal(api.ez.value, true);
    assert.equal(where(api.tdd), '12 mesh precedence/mesh.yaml:23');
  });
  it("a user istio-proxy container's env wins over everything", async () => {
    const worker = (await resolved(['fixtures/resolve/precedence']))('worker');
    assert.equal(env(worker, 'MINIMUM_DRAIN_DURATION'), '25s proxy-container precedence/workloads.yaml:55');
    assert.equal(worker.sidecar.status, 'seen');
  });
  it('the root ProxyConfig applies where no namespace one does', async () => {
    const worker = (await resolved(['fixtures/resolve/precedence/mesh.yaml', 'fixtures/resolve/precedence/proxyconfigs.yaml', 'fixtures/resolve/revisions/workloads.yaml']))('stable');
    assert.equal(env(worker, 'MINIMUM_DRAIN_DURATION'), '9s root-proxyconfig precedence/proxyconfigs.yaml:8');
  });
});

describe('resolve: Gateway API gateways and waypoints', () => {
  it('get the mesh defaultConfig, proxyMetadata included, as their templates render it: mesh EZ and MIN shape their timelines', async () => {
    const get = await resolved(['fixtures/resolve/gateways']);
    for (const name of ['public', 'waypoint']) {
      const gw = get(name);
      assert.equal(gw.gateway, true, name);
      assert.equal(env(gw, 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS'), 'true mesh gateways/mesh.yaml:12', name);
      assert.deepEqual([where(gw.ez), where(gw.min), where(gw.tdd)], ['true mesh gateways/mesh.yaml:12', '12 mesh gateways/mesh.yaml:13', '20 mesh gateways/mesh.yaml:10'], name);
      // EZ on: MIN + the first check 1s later; terminationDrainDuration is not read.
      assert.equal(gw.timeline.path, 'classic', name);
      assert.equal(gw.timeline.ez, true, name);
      assert.equal(gw.timeline.drainEnd, 13, name);
    }
  });
  it("a Gateway's istio.io/rev label picks its revision's mesh config", async () => {
    const canary = (await resolved(['fixtures/resolve/gateways']))('canary-gateway');
    assert.deepEqual([where(canary.ez), where(canary.min), where(canary.tdd)], ['false default', '8 mesh gateways/mesh.yaml:25', '25 mesh gateways/mesh.yaml:23']);
    assert.equal(canary.timeline.drainEnd, 25);
  });
});

describe('resolve: connection lifetime from traffic resources', () => {
  it('finds every Service whose whole selector matches (any label order, numbers only by numbers) and the routes naming it', async () => {
    const get = await resolved(['fixtures/resolve/traffic']);
    // web: Services web (20s VS, 45s DR by name.namespace) and web-numbered (90s VS by the cluster name).
    assert.equal(where(get('web').lifetime), '90 traffic traffic/routes.yaml:26');
    assert.match(get('web').lifetime!.prov.source, /timeout of VirtualService frontend\/web-numbered http\[0\]/);
    // web-v2's version is the string "1": web-numbered's selector (version: 1) does not select it.
    assert.equal(where(get('web-v2').lifetime), '45 traffic traffic/routes.yaml:38');
    // Same labels in another namespace: no Service there, so no route applies.
    assert.equal(get('other-namespace').lifetime, undefined);
  });
});

describe('resolve: revisions and --mesh-config', () => {
  it('istio-<rev> applies to pods labelled istio.io/rev, istio to the rest', async () => {
    const get = await resolved(['fixtures/resolve/revisions/mesh.yaml', 'fixtures/resolve/revisions/workloads.yaml']);
    assert.equal(where(get('stable').tdd), '7 mesh revisions/mesh.yaml:9');
    assert.equal(where(get('canary').tdd), '17 mesh revisions/mesh.yaml:19');
  });
  it('a --mesh-config file wins over the files of the run, even when listed first', async () => {
    const get = await resolved(['fixtures/resolve/revisions/mesh.yaml', 'fixtures/resolve/revisions/workloads.yaml'], { meshConfig: ['fixtures/resolve/revisions/flag-mesh.yaml'] });
    assert.equal(where(get('stable').tdd), '27 mesh revisions/flag-mesh.yaml:4');
    assert.equal(get('stable').tdd.prov.source, 'mesh config in Helm values fixtures/resolve/revisions/flag-mesh.yaml');
    const both = await resolved(['fixtures/resolve/revisions/flag-mesh.yaml', 'fixtures/resolve/revisions/mesh.yaml', 'fixtures/resolve/revisions/workloads.yaml'], { meshConfig: ['fixtures/resolve/revisions/flag-mesh.yaml'] });
    assert.equal(where(both('stable').tdd), '27 mesh revisions/flag-mesh.yaml:4');
  });
});

describe('resolve: what istiod would discard', () => {
  it('a mesh config with a YAML bool in proxyMetadata contributes nothing', async () => {
    const pod = (await resolved(['fixtures/resolve/discarded']))('pod');
    assert.equal(where(pod.tdd), '5 default');
    assert.equal(pod.ez.value, false);
    assert.equal(pod.sidecar.status, 'assumed');
  });
});

describe('resolve: sidecar presence', () => {
  it('plain workloads with no mesh signal have no sidecar; assumeInjected turns it on', async () => {
    const plain = (await resolved(['fixtures/resolve/revisions/workloads.yaml']))('stable');
    assert.equal(plain.sidecar.status, 'none');
    const assumed = (await resolved(['fixtures/resolve/revisions/workloads.yaml'], { config: { assumeInjected: true } }))('stable');
    assert.deepEqual(assumed.sidecar, { status: 'assumed', reason: 'assumeInjected is set' });
    const canary = (await resolved(['fixtures/resolve/revisions/workloads.yaml']))('canary');
    assert.equal(canary.sidecar.status, 'assumed');
  });
});

describe('resolve: target versions', () => {
  it('before Istio 1.11 the annotation proxyMetadata replaces the mesh map; before 1.13 ProxyConfig resources are ignored', async () => {
    const api = (await resolved(['fixtures/resolve/precedence'], { config: { istioVersion: '1.10' } }))('api');
    assert.equal(env(api, 'MINIMUM_DRAIN_DURATION'), '12s annotation precedence/workloads.yaml:34');
    assert.equal(env(api, 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS'), 'unset');
    const api112 = (await resolved(['fixtures/resolve/precedence'], { config: { istioVersion: '1.12' } }))('api');
    assert.equal(env(api112, 'MINIMUM_DRAIN_DURATION'), '12s annotation precedence/workloads.yaml:34');
    assert.equal(env(api112, 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS'), 'true mesh precedence/mesh.yaml:12');
  });
  it('spec §8.11: preStop lower bounds: the longest app hook is one when any is; the proxy preStop counts only exactly', async () => {
    const get = await resolved(['fixtures/resolve/prestops/workloads.yaml']);
    const apps = get('two-apps').appPreStop;
    assert.deepEqual([apps.seconds, apps.atLeast], [40, true]);
    const waits = get('waits-for-app');
    assert.equal(waits.proxyPreStop.seconds, undefined);
    assert.equal(waits.proxyPreStop.unknown, 'the preStop script has a loop, condition, pipe or variable (`while pgrep app`), after 5s of sleep');
    const own = waits.containerPreStops.get('istio-proxy')!;
    assert.deepEqual([own.seconds, own.atLeast], [5, true]);
    assert.equal(waits.timeline.drainStart, undefined);
  });
  it('a preStop sleep action does not run before Kubernetes 1.30', async () => {
    const files = ['fixtures/drain-exceeds-grace-period/prestop-sleep-over-grace.yaml'];
    assert.equal((await resolved(files))('worker').appPreStop.seconds, 25);
    const old = (await resolved(files, { config: { kubernetesVersion: '1.28' } }))('worker').appPreStop;
    assert.equal(old.seconds, undefined);
    assert.match(old.unknown!, /needs Kubernetes 1\.30 or later/);
  });
});
