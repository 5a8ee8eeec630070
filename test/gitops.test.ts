/**
 * GitOps wrappers of Istio's charts: an Argo CD Application (or an ApplicationSet's template) and a
 * Flux HelmRelease of the istiod, gateway or base chart. Their values are read as the chart's:
 * istiod's as mesh config, the gateway chart's as the gateway it renders; a YAML string of values
 * is located inside itself.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, lint } from '../src/engine.js';
import { emptyConfig } from '../src/config.js';
import { RULES } from '../rules/index.js';
import { locate } from '../src/yaml/locate.js';
import { istioChart } from '../src/inventory/gitops.js';
import type { Ref } from '../src/types.js';
import { ROOT } from './helpers/rule-tester.js';

const F = 'fixtures/gitops';

async function analyzed(paths: string[]) {
  return analyze({ cwd: ROOT, paths, config: emptyConfig(ROOT), meshConfigFiles: [] });
}

async function linted(paths: string[]) {
  return (await lint({ cwd: ROOT, paths, config: emptyConfig(ROOT), meshConfigFiles: [], rules: [...RULES] })).result;
}

const at = (ref: Ref | undefined) => {
  if (!ref) return 'nowhere';
  const r = locate(ref);
  return `${r.line}:${r.column}`;
};

describe('GitOps wrappers of Istio charts', () => {
  it('which chart: a chart name, or a chart path ending in it (Istio keeps istiod in istio-discovery)', () => {
    assert.deepEqual(
      ['istiod', 'gateway', 'base', 'manifests/charts/gateway/', './charts/istio-control/istio-discovery', 'ingress-nginx', 'my-gateway', 'gateways', undefined].map(istioChart),
      ['istiod', 'gateway', 'base', 'gateway', 'istiod', undefined, undefined, undefined, undefined],
    );
  });

  it('Argo CD helm.values of istiod: mesh config and istiod env, located inside the YAML string', async () => {
    const a = await analyzed([`${F}/argo-istiod-values.yaml`]);
    const [m, ...rest] = a.inventory.meshSources;
    assert.equal(rest.length, 0);
    assert.equal(m!.label, 'Helm values of Application argocd/istiod');
    assert.equal(at({ view: m!.view, path: [...m!.path, 'defaultConfig', 'terminationDrainDuration'] }), '18:39');
    assert.deepEqual(a.inventory.istiodEnv.map((e) => `${e.name}=${String(e.value)} ${at(e.ref)}`), ['ENABLE_NATIVE_SIDECARS=false 22:35']);
    const findings = await linted([`${F}/argo-istiod-values.yaml`]);
    assert.deepEqual(
      findings.findings.map((f) => `${f.ruleId} ${f.range.line}:${f.range.column} ${f.resource?.kind} ${f.resource?.namespace}/${f.resource?.name}`),
      ['invalid-duration 18:39 Application argocd/istiod'],
    );
  });

  it('Argo CD sources[] with the gateway chart by path and helm.valuesObject: the gateway, named by the release, in the destination namespace', async () => {
    const a = await analyzed([`${F}/argo-gateway-sources.yaml`]);
    const [rw, ...rest] = a.resolution.workloads;
    assert.equal(rest.length, 0);
    const w = rw!.workload;
    assert.deepEqual([w.origin, w.kind, w.namespace, w.name], ['gateway-values', 'Deployment', 'istio-ingress', 'istio-ingress']);
    assert.deepEqual([rw!.grace.value, at(rw!.grace.prov.ref)], [20, '20:42']);
    assert.deepEqual([rw!.tdd.value, at(rw!.tdd.prov.ref)], [25, '23:41']);
    // Findings about what the values leave to the chart point at the valuesObject key.
    assert.equal(at(w.anchor), '19:9');
    const svc = a.inventory.servicesByNamespace.get('istio-ingress')?.[0];
    assert.equal(at({ view: svc!.view, path: ['metadata', 'annotations', 'service.beta.kubernetes.io/aws-load-balancer-type'] }), '26:66');
    assert.equal(a.inventory.meshSources.length, 0);
  });

  it("an ApplicationSet's template: its helm.values string, its placeholders never a name", async () => {
    const a = await analyzed([`${F}/applicationset-gateway.yaml`]);
    const rw = a.resolution.workloads[0]!;
    assert.deepEqual([rw.workload.origin, rw.workload.name, rw.workload.namespace], ['gateway-values', undefined, 'istio-ingress']);
    assert.deepEqual([rw.ez.value, at(rw.ez.prov.ref)], [true, '26:48']);
    const findings = await linted([`${F}/applicationset-gateway.yaml`]);
    assert.deepEqual(
      findings.findings.map((f) => `${f.ruleId}/${f.messageId} ${f.range.line}:${f.range.column}`),
      ['invalid-duration/minDefault 25:39', 'exit-on-zero-unbounded/keepAlive 26:48', 'gateway-drain-too-short/ezDefaultDrain 26:48'],
    );
  });

  it('generator placeholders in an ApplicationSet are no parse error; values still holding one are left alone', async () => {
    const r = await linted([`${F}/applicationset-templated.yaml`]);
    assert.deepEqual(r.findings, []);
    assert.equal(r.stats.resources, 2);
    assert.deepEqual(r.skipped, []);
  });

  it("values an ApplicationSet generator or Flux's post-build substitution still fill in are not read", async () => {
    const r = await linted([`${F}/placeholders.yaml`]);
    assert.deepEqual([r.findings, r.stats.workloads, r.stats.resources], [[], 0, 2]);
  });

  it('Flux HelmReleases of istiod and the gateway chart: spec.values; the release is <targetNamespace>-<name>', async () => {
    const a = await analyzed([`${F}/flux-helmreleases.yaml`]);
    assert.deepEqual(a.inventory.meshSources.map((m) => m.label), ['Helm values of HelmRelease istio-system/istiod']);
    const rw = a.resolution.workloads[0]!;
    assert.deepEqual([rw.workload.name, rw.workload.namespace, rw.grace.value, rw.tdd.value, rw.tdd.prov.source], ['istio-ingress-gateway', 'istio-ingress', 10, 20, 'mesh config in Helm values of HelmRelease istio-system/istiod']);
    const r = await linted([`${F}/flux-helmreleases.yaml`]);
    assert.deepEqual(
      r.findings.map((f) => `${f.ruleId} ${f.range.line}:${f.range.column} ${f.resource?.kind} ${f.resource?.name}`),
      ['misplaced-grace-period 19:9 HelmRelease istiod', 'drain-exceeds-grace-period 38:36 Deployment istio-ingress-gateway'],
    );
  });

  it('wrappers of other charts, and of the base chart, add nothing', async () => {
    const a = await analyzed([`${F}/other-charts.yaml`]);
    assert.deepEqual([a.resolution.workloads.length, a.inventory.meshSources.length, a.inventory.istiodEnv.length], [0, 0, 0]);
    assert.deepEqual((await linted([`${F}/other-charts.yaml`])).findings, []);
  });

  it('helm.values that is not YAML is a parse error located inside the string, naming the Application', async () => {
    const r = await linted([`${F}/argo-values-malformed.yaml`]);
    assert.deepEqual(
      r.findings.map((f) => `${f.ruleId}/${f.messageId} ${f.severity} ${f.range.line}:${f.range.column} ${f.resource?.kind} ${f.resource?.name}: ${f.message}`),
      ['parse-error/valuesSyntax error 14:31 Application istiod: The Helm values of Application argocd/istiod are not valid YAML, so the chart cannot be rendered with them.'],
    );
  });

  it('--mesh-config may name an Application of istiod; a gateway wrapper holds no mesh config', async () => {
    const out = await lint({ cwd: ROOT, paths: ['fixtures/examples/seed-mesh-wide/deployment.yaml'], config: emptyConfig(ROOT), meshConfigFiles: [`${ROOT}/${F}/argo-istiod-values.yaml`, `${ROOT}/${F}/argo-gateway-sources.yaml`], rules: [...RULES] });
    assert.deepEqual(out.meshFiles, [`${ROOT}/${F}/argo-istiod-values.yaml`]);
    assert.equal(out.result.stats.workloads, 1);
  });
});
