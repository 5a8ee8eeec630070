/**
 * Target versions: read from the input when neither the flag nor the configuration file gives
 * them (each source; several → the lowest, with a note; the flag and the file win; off with
 * --no-infer-versions), and the version facts that follow: native mode by version, the removed
 * TERMINATION_DRAIN_DURATION_SECONDS before 1.10, /quitquitquit from 1.26, and two mesh sources.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { analyze, type Analysis } from '../src/engine.js';
import { emptyConfig, type ResolvedConfig } from '../src/config.js';
import { lint } from '../src/lint.js';
import { FORMATTERS } from '../src/report/index.js';
import { locate } from '../src/yaml/locate.js';
import { quitSkipsDrain, versionOfConstraint, versionOfRevision, versionOfTag } from '../src/domain/versions.js';
import { targetVersionWords } from '../src/describe.js';
import { ROOT } from './helpers/rule-tester.js';
import { runCli } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

const V = 'fixtures/resolve/versions';

async function analyzed(paths: string[], config: Partial<ResolvedConfig> = {}, meshConfig: string[] = []): Promise<Analysis> {
  return analyze({ cwd: ROOT, paths, config: { ...emptyConfig(ROOT), ...config }, meshConfigFiles: meshConfig.map((m) => path.join(ROOT, m)) });
}

/** Every version the input states: "1.29.0 global.tag fixtures/…:13". */
async function signals(paths: string[]): Promise<string[]> {
  const a = await analyzed(paths);
  return [...a.inventory.versionSignals.values()].map((s) => `${s.product} ${s.version} ${s.what} ${s.ref.view.file.path}:${locate(s.ref).line}`);
}

describe('versions: reading tags, chart versions and revision names', () => {
  it('reads release tags with suffixes, and nothing else', () => {
    assert.equal(versionOfTag('1.24.2'), '1.24.2');
    assert.equal(versionOfTag('1.24.2-distroless'), '1.24.2');
    assert.equal(versionOfTag('v1.33.1'), '1.33.1');
    assert.equal(versionOfTag('1.29'), '1.29');
    assert.equal(versionOfTag('1.31.0-rc.0'), '1.31.0');
    for (const t of ['latest', 'master-latest', '2.3.0', 'sha256:abc', '1', '']) assert.equal(versionOfTag(t), undefined, t);
  });
  it('chart version constraints: an exact version as it is, a range only as its minor version', () => {
    assert.equal(versionOfConstraint('1.24.2'), '1.24.2');
    assert.equal(versionOfConstraint('=1.24.2'), '1.24.2');
    assert.equal(versionOfConstraint('~1.24.0'), '1.24');
    assert.equal(versionOfConstraint('^1.24'), '1.24');
    assert.equal(versionOfConstraint('>=1.24.0'), '1.24');
    assert.equal(versionOfConstraint('1.24.x'), '1.24');
    assert.equal(versionOfConstraint('1.24.*'), '1.24');
    for (const t of ['*', '<1.25', '>=1.24.0 <1.25.0', 'HEAD', 'main']) assert.equal(versionOfConstraint(t), undefined, t);
  });
  it('revision names that encode a version', () => {
    assert.equal(versionOfRevision('1-24-2'), '1.24.2');
    assert.equal(versionOfRevision('1-24'), '1.24');
    assert.equal(versionOfRevision('istio-1-23-5'), '1.23.5');
    for (const t of ['canary', 'stable', 'default', 'asm-managed', 'prod-2-3']) assert.equal(versionOfRevision(t), undefined, t);
  });
});

describe('versions: each source in the input', () => {
  it('IstioOperator spec.tag (first of the same version: spec.revision and spec.values.global.tag agree)', async () => {
    assert.deepEqual(await signals([`${V}/iop.yaml`]), [`istio 1.24.3 spec.tag of IstioOperator istio-system/control-plane ${V}/iop.yaml:7`]);
  });
  it('IstioOperator spec.revision naming a version', async () => {
    assert.deepEqual(await signals([`${V}/iop-revision.yaml`]), [`istio 1.23 the revision name of IstioOperator istio-system/canary ${V}/iop-revision.yaml:7`]);
  });
  it('Helm values global.tag of the istiod chart; not the global.tag of another chart, nor a vendored chart’s defaults', async () => {
    assert.deepEqual(await signals([`${V}/istiod`]), [`istio 1.29.0 global.tag ${V}/istiod/values.yaml:13`]);
    assert.deepEqual(await signals([`${V}/private-registry`]), [`istio 1.27.3 global.tag ${V}/private-registry/istiod-values.yaml:7`]);
    assert.deepEqual(await signals([`${V}/other-chart-values.yaml`, `${V}/vendored-chart`]), []);
  });
  it('istiod and proxy image tags (from Istio repositories, or a mirror in the istio-proxy container) and the proxyImage annotation; not latest, not other images', async () => {
    assert.deepEqual(await signals([`${V}/images.yaml`]), [
      `istio 1.26.2 the pilot image of Deployment istio-system/istiod ${V}/images.yaml:11`,
      `istio 1.25.0 the proxyv2 image of Deployment shop/web ${V}/images.yaml:25`,
      `istio 1.25.4 the sidecar.istio.io/proxyImage annotation of CronJob shop/report ${V}/images.yaml:39`,
      `istio 1.27.1 the proxyv2 image of Deployment shop/mirrored ${V}/images.yaml:74`,
    ]);
  });
  it('istio.io/rev labels that encode a version; not canary or stable', async () => {
    assert.deepEqual(await signals([`${V}/namespaces.yaml`]), [`istio 1.22.4 the istio.io/rev label of Namespace shop ${V}/namespaces.yaml:6`]);
  });
  it('Argo CD: targetRevision of Istio charts (and of a chart folder of istio/istio), the global.tag of their Helm values; not a "gateway" chart of another repository', async () => {
    assert.deepEqual(await signals([`${V}/argo.yaml`]), [
      `istio 1.24.1 the targetRevision of Argo CD Application argocd/istiod (chart istiod) ${V}/argo.yaml:11`,
      `istio 1.24 the targetRevision of Argo CD ApplicationSet argocd/istio-base (chart base) ${V}/argo.yaml:49`,
      `istio 1.23 the targetRevision of Argo CD ApplicationSet argocd/istio-base (path manifests/charts/gateway) ${V}/argo.yaml:52`,
      `istio 1.23.5 global.tag in the Helm values of Argo CD ApplicationSet argocd/istio-base ${V}/argo.yaml:56`,
      `istio 1.23.6 the global.tag parameter of Argo CD ApplicationSet argocd/istio-base ${V}/argo.yaml:59`,
    ]);
  });
  it('Flux HelmRelease: the chart version of an Istio chart and its values; not a "gateway" chart of another repository', async () => {
    assert.deepEqual(await signals([`${V}/flux.yaml`]), [
      `istio 1.22 the chart version of HelmRelease istio-system/istiod (chart istiod) ${V}/flux.yaml:11`,
      `istio 1.22.3 global.tag in spec.values of HelmRelease istio-system/istiod ${V}/flux.yaml:18`,
    ]);
  });
  it('Kubernetes only where a cluster definition names it: eksctl, kind, Cluster API', async () => {
    assert.deepEqual(await signals([`${V}/clusters.yaml`]), [
      `kubernetes 1.31 metadata.version of ClusterConfig prod ${V}/clusters.yaml:6`,
      `kubernetes 1.30.4 the kindest/node image of the kind Cluster ${V}/clusters.yaml:12`,
      `kubernetes 1.32.1 spec.version of KubeadmControlPlane mgmt-control-plane ${V}/clusters.yaml:19`,
      `kubernetes 1.29.8 spec.template.spec.version of MachineDeployment mgmt-workers ${V}/clusters.yaml:29`,
    ]);
  });
  it('a --mesh-config file that is not linted still says its version', async () => {
    const a = await analyzed([`${V}/namespaces.yaml`], {}, [`${V}/iop.yaml`]);
    assert.equal(a.run.versions.istio?.value, '1.22.4');
    assert.deepEqual(a.run.versions.istio?.seen.map((s) => s.version), ['1.22.4', '1.24.3']);
  });
});

describe('versions: which one the run targets', () => {
  it('one version: it applies, with where it came from, and the run config carries it', async () => {
    const a = await analyzed([`${V}/istiod`]);
    const v = a.run.versions.istio!;
    assert.equal(v.value, '1.29.0');
    assert.equal(v.inferred, true);
    assert.equal(a.config.istioVersion, '1.29.0');
    assert.equal(a.config.kubernetesVersion, undefined);
    assert.equal(targetVersionWords(v, 'istio'), `Istio 1.29.0, from global.tag in ${V}/istiod/values.yaml:13`);
  });
  it('several versions: the lowest applies, and the words say which were seen', async () => {
    const a = await analyzed([`${V}/istiod`, `${V}/images.yaml`]);
    const v = a.run.versions.istio!;
    assert.equal(v.value, '1.25.0');
    assert.deepEqual(v.seen.map((s) => s.version), ['1.25.0', '1.25.4', '1.26.2', '1.27.1', '1.29.0']);
    assert.equal(targetVersionWords(v, 'istio'), `Istio 1.25.0, from the proxyv2 image of Deployment shop/web in ${V}/images.yaml:25 (the lowest of 1.25.0, 1.25.4, 1.26.2, 1.27.1 and 1.29.0 in the input)`);
  });
  it('a minor version (a revision name, a chart range) and a release of it agree: the release applies', async () => {
    const a = await analyzed([`${V}/flux.yaml`]);
    assert.equal(a.run.versions.istio?.value, '1.22.3');
    assert.deepEqual(a.run.versions.istio?.seen.map((s) => s.version), ['1.22.3']);
  });
  it('Kubernetes: the lowest of the cluster definitions (every kubelet counts)', async () => {
    const a = await analyzed([`${V}/clusters.yaml`]);
    assert.equal(a.config.kubernetesVersion, '1.29.8');
    assert.equal(a.run.versions.istio, undefined);
  });
  it('the target version given wins over the input, and says so', async () => {
    const a = await analyzed([`${V}/istiod`, `${V}/clusters.yaml`], { istioVersion: '1.27', versionOrigins: { istio: { level: 'config', source: '--istio-version' } } });
    assert.equal(a.config.istioVersion, '1.27');
    assert.equal(a.run.versions.istio?.inferred, false);
    assert.equal(targetVersionWords(a.run.versions.istio!, 'istio'), 'Istio 1.27 (--istio-version)');
    // The other one is still read from the input.
    assert.equal(a.run.versions.kubernetes?.value, '1.29.8');
  });
  it('inference off (--no-infer-versions, inferVersions: false): only what is given', async () => {
    const a = await analyzed([`${V}/istiod`, `${V}/clusters.yaml`], { inferVersions: false, kubernetesVersion: '1.33' });
    assert.equal(a.config.istioVersion, undefined);
    assert.equal(a.config.kubernetesVersion, '1.33');
    assert.equal(a.run.versions.istio, undefined);
  });
  it('the configuration file: its versions win and name the key; inferVersions: false turns reading off', async () => {
    const cwd = tempDir('drainlint-versions-');
    writeFileSync(path.join(cwd, 'values.yaml'), 'global:\n  hub: docker.io/istio\n  tag: 1.29.0\nmeshConfig: {}\n');
    writeFileSync(path.join(cwd, 'cluster.yaml'), 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: c\n  version: "1.30"\n');
    writeFileSync(path.join(cwd, '.drainlint.yaml'), 'istioVersion: "1.26"\n');
    const given = await lint({ paths: ['.'], options: { cwd } });
    assert.deepEqual(given.targetVersions?.istio, { version: '1.26', inferred: false, source: 'istioVersion', file: '.drainlint.yaml', line: 1 });
    assert.deepEqual(given.targetVersions?.kubernetes, { version: '1.30', inferred: true, source: 'metadata.version of ClusterConfig c', file: 'cluster.yaml', line: 5 });
    writeFileSync(path.join(cwd, '.drainlint.yaml'), 'inferVersions: false\n');
    assert.equal((await lint({ paths: ['.'], options: { cwd } })).targetVersions, undefined);
    const flag = await lint({ paths: ['.'], options: { cwd, config: false, istioVersion: '1.28' } });
    assert.deepEqual(flag.targetVersions?.istio, { version: '1.28', inferred: false, source: '--istio-version' });
    assert.equal((await lint({ paths: ['.'], options: { cwd, config: false, inferVersions: false } })).targetVersions, undefined);
  });
});

describe('versions: what users see', () => {
  it('stylish says which versions were assumed and how to set them; JSON has them in the summary', async () => {
    const r = await lint({ paths: [`${V}/istiod`, `${V}/images.yaml`], options: { cwd: ROOT, config: false } });
    const text = FORMATTERS['stylish']!(r, { color: false, version: '0', width: 300 });
    assert.match(text, /\nIstio 1\.25\.0 assumed, from the proxyv2 image of Deployment shop\/web in fixtures\/resolve\/versions\/images\.yaml:25 \(the lowest of 1\.25\.0, 1\.25\.4, 1\.26\.2, 1\.27\.1 and 1\.29\.0 in the input\); --istio-version sets it\.\n$/);
    const json = JSON.parse(FORMATTERS['json']!(r, { color: false, version: '0' })) as { summary: { targetVersions: unknown } };
    assert.deepEqual(json.summary.targetVersions, {
      istio: { version: '1.25.0', inferred: true, source: 'the proxyv2 image of Deployment shop/web', file: `${V}/images.yaml`, line: 25, seen: ['1.25.0', '1.25.4', '1.26.2', '1.27.1', '1.29.0'] },
    });
    const given = await lint({ paths: [`${V}/istiod`], options: { cwd: ROOT, config: false, istioVersion: '1.29' } });
    assert.ok(!FORMATTERS['stylish']!(given, { color: false, version: '0' }).includes('assumed'), 'a version given is not announced');
  });
  it('the CLI: --no-infer-versions turns it off', () => {
    const on = runCli([`${V}/istiod`]);
    assert.match(on.stdout.replace(/\s+/g, ' '), /Istio 1\.29\.0 assumed, from global\.tag in fixtures\/resolve\/versions\/istiod\/values\.yaml:13; --istio-version sets it\./);
    const off = runCli([`${V}/istiod`, '--no-infer-versions']);
    assert.equal(off.code, 0, off.stderr);
    assert.doesNotMatch(off.stdout, /assumed/);
  });
});

describe('versions: facts that depend on them', () => {
  const NATIVE = 'fixtures/resolve/native-by-version';
  const modes = async (files: string[], config: Partial<ResolvedConfig>) => {
    const a = await analyzed(files.map((f) => `${NATIVE}/${f}`), config);
    return Object.fromEntries(a.resolution.workloads.filter((rw) => !rw.gateway).map((rw) => [rw.workload.name, rw.mode.value]));
  };
  it('sidecar.istio.io/nativeSidecar: ignored before 1.24; only exactly "true" on 1.24–1.26; all but "false" from 1.27', async () => {
    assert.deepEqual(await modes(['workloads.yaml'], { istioVersion: '1.23' }), { 'ann-true': 'classic', 'ann-yes': 'classic', 'ann-false': 'classic', unset: 'classic' });
    assert.deepEqual(await modes(['workloads.yaml'], { istioVersion: '1.25' }), { 'ann-true': 'native', 'ann-yes': 'classic', 'ann-false': 'classic', unset: 'classic' });
    assert.deepEqual(await modes(['workloads.yaml'], { istioVersion: '1.27' }), { 'ann-true': 'native', 'ann-yes': 'native', 'ann-false': 'classic', unset: 'classic' });
  });
  it('with istiod ENABLE_NATIVE_SIDECARS=true: 1.24–1.26 native only for an unset or exact "true" annotation; before 1.24 the annotation is ignored', async () => {
    assert.deepEqual(await modes(['workloads.yaml', 'istiod-true.yaml'], { istioVersion: '1.26' }), { 'ann-true': 'native', 'ann-yes': 'classic', 'ann-false': 'classic', unset: 'native' });
    assert.deepEqual(await modes(['workloads.yaml', 'istiod-true.yaml'], { istioVersion: '1.22' }), { 'ann-true': 'native', 'ann-yes': 'native', 'ann-false': 'native', unset: 'native' });
    assert.deepEqual(await modes(['workloads.yaml', 'istiod-true.yaml'], { istioVersion: '1.18' }), { 'ann-true': 'classic', 'ann-yes': 'classic', 'ann-false': 'classic', unset: 'classic' });
  });
  it('ENABLE_NATIVE_SIDECARS=auto needs Istio 1.27 (before, istiod reads it as false) and kubelets ≥ 1.33', async () => {
    assert.equal((await modes(['workloads.yaml', 'istiod-auto.yaml'], { istioVersion: '1.26', kubernetesVersion: '1.33' }))['unset'], 'classic');
    assert.equal((await modes(['workloads.yaml', 'istiod-auto.yaml'], { istioVersion: '1.27', kubernetesVersion: '1.33' }))['unset'], 'native');
    assert.equal((await modes(['workloads.yaml'], { istioVersion: '1.28', kubernetesVersion: '1.32' }))['unset'], 'classic');
  });
  it('without a version: "true" is native, "false" classic, other values follow istiod', async () => {
    assert.deepEqual(await modes(['workloads.yaml'], {}), { 'ann-true': 'native', 'ann-yes': 'classic', 'ann-false': 'classic', unset: 'classic' });
  });
  it('a version read from the input decides the mode (Istio 1.23 from an istio.io/rev label: the annotation is ignored)', async () => {
    const a = await analyzed([`${NATIVE}/workloads.yaml`, `${V}/iop-revision.yaml`]);
    assert.equal(a.config.istioVersion, '1.23');
    assert.equal(a.resolution.workloads.find((rw) => rw.workload.name === 'ann-true')?.mode.value, 'classic');
  });

  const TDDS = 'fixtures/resolve/tdds/workloads.yaml';
  const tdd = async (config: Partial<ResolvedConfig>) => {
    const a = await analyzed([TDDS], config);
    return Object.fromEntries(a.resolution.workloads.map((rw) => [rw.workload.name, `${rw.tdd.value} ${rw.tdd.prov.level}`]));
  };
  it('TERMINATION_DRAIN_DURATION_SECONDS: the only source up to 1.6, over terminationDrainDuration on 1.7–1.9, ignored from 1.10', async () => {
    assert.deepEqual(await tdd({ istioVersion: '1.6' }), { both: '40 annotation', 'field-only': '5 default', 'env-only': '25 proxy-container' });
    assert.deepEqual(await tdd({ istioVersion: '1.5.10' }), { both: '40 annotation', 'field-only': '5 default', 'env-only': '25 proxy-container' });
    assert.deepEqual(await tdd({ istioVersion: '1.8' }), { both: '40 annotation', 'field-only': '20 annotation', 'env-only': '25 proxy-container' });
    assert.deepEqual(await tdd({ istioVersion: '1.10' }), { both: '20 annotation', 'field-only': '20 annotation', 'env-only': '5 default' });
    assert.deepEqual(await tdd({}), { both: '20 annotation', 'field-only': '20 annotation', 'env-only': '5 default' });
  });
  it('/quitquitquit exits without draining from Istio 1.26', () => {
    assert.equal(quitSkipsDrain('1.25.4'), false);
    assert.equal(quitSkipsDrain('1.26'), true);
    assert.equal(quitSkipsDrain('1.28.1'), true);
    assert.equal(quitSkipsDrain(undefined), undefined);
  });

  const SHARED = 'fixtures/resolve/shared-mesh';
  const tddOfWeb = async (files: string[]) => {
    const a = await analyzed([...files.map((f) => `${SHARED}/${f}`), `${SHARED}/workload.yaml`]);
    const web = a.resolution.workloads.find((rw) => rw.workload.name === 'web')!;
    return `${web.tdd.value} ${web.tdd.prov.source}`;
  };
  it('two mesh sources (SHARED_MESH_CONFIG): an invalid one is skipped and the other still applies', async () => {
    assert.equal(await tddOfWeb(['istiod.yaml', 'shared.yaml', 'main.yaml']), '40 mesh config in ConfigMap istio-system/istio');
    assert.equal(await tddOfWeb(['istiod.yaml', 'shared.yaml', 'main-invalid.yaml']), '30 mesh config in ConfigMap istio-system/istio-shared');
    assert.equal(await tddOfWeb(['istiod.yaml', 'shared-invalid.yaml', 'main.yaml']), '40 mesh config in ConfigMap istio-system/istio');
  });
  it('one mesh source: an invalid one leaves istiod its last valid state (the defaults here)', async () => {
    assert.equal(await tddOfWeb(['main-invalid.yaml']), '5 default');
  });
});
