/**
 * Values of Istio's gateway Helm chart: recognised by the chart's values schema plus a key only it
 * has (or named with --gateway-values / gatewayValues), and linted as the Deployment and Service
 * the chart renders, with every location in the values file.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { analyze, lint as runEngine } from '../src/engine.js';
import { emptyConfig } from '../src/config.js';
import { lint } from '../src/lint.js';
import { RULES } from '../rules/index.js';
import { locate } from '../src/yaml/locate.js';
import { longLivedPorts } from '../src/domain/ports.js';
import { selectingServices } from '../src/domain/traffic.js';
import { helmQuote, isGatewayChartValues } from '../src/inventory/gateway-values.js';
import type { Ref } from '../src/types.js';
import { ROOT } from './helpers/rule-tester.js';
import { runCli } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

const F = 'fixtures/gateway-values';
const noConfig = { cwd: ROOT, config: false as const };

async function analyzed(paths: string[], gatewayValuesFiles: string[] = []) {
  return analyze({ cwd: ROOT, paths, config: emptyConfig(ROOT), meshConfigFiles: [], gatewayValuesFiles: gatewayValuesFiles.map((f) => path.join(ROOT, f)) });
}

/** "line:column" of a reference. */
const at = (ref: Ref | undefined) => {
  if (!ref) return 'nowhere';
  const r = locate(ref);
  return `${r.line}:${r.column}`;
};

describe('gateway chart values: recognition is precise', () => {
  it('values the chart accepts with a key only it has are gateway values; their meshConfig is not mesh config', async () => {
    const a = await analyzed([`${F}/ingress-values.yaml`]);
    assert.deepEqual(
      a.resolution.workloads.map((rw) => `${rw.workload.origin} ${rw.workload.kind} ${rw.workload.name}`),
      ['gateway-values Deployment istio-ingress'],
    );
    assert.deepEqual(a.inventory.meshSources, []);
    assert.deepEqual(a.files[0]!.counts, { documents: 1, resources: 0, values: 1 });
  });

  it('values of other charts (service and env included), env alone, or a key the chart does not have are not gateway values', async () => {
    for (const file of ['app-values.yaml', 'env-only.yaml', 'service-port-only.yaml']) {
      const out = await runEngine({ cwd: ROOT, paths: [`${F}/${file}`], config: { ...emptyConfig(ROOT), assumeInjected: true }, meshConfigFiles: [], rules: [...RULES] });
      assert.deepEqual(out.result.findings, [], file);
      assert.equal(out.result.stats.workloads, 0, file);
      assert.deepEqual(out.result.skipped, [`${F}/${file}`], file);
      assert.deepEqual(out.gatewayValuesFiles, [], file);
    }
  });

  it('istiod values with meshConfig stay mesh config (their env is istiod\'s), not a gateway', async () => {
    const a = await analyzed([`${F}/istiod-values.yaml`]);
    assert.equal(a.resolution.workloads.length, 0);
    assert.deepEqual(a.inventory.meshSources.map((m) => m.label), [`Helm values ${F}/istiod-values.yaml`]);
    assert.deepEqual(a.inventory.istiodEnv.map((e) => `${e.name}=${String(e.value)} ${at(e.ref)}`), ['ENABLE_NATIVE_SIDECARS=false 7:27']);
  });

  it('a top-level kind: Deployment does not make values a Deployment; a wrong type fails the chart schema', async () => {
    assert.equal(isGatewayChartValues({ kind: 'Deployment', terminationGracePeriodSeconds: 'abc' }), false);
    assert.equal(isGatewayChartValues({ kind: 'Deployment', replicaCount: 2 }), true);
    assert.equal(isGatewayChartValues({ kind: 'StatefulSet' }), false);
    assert.equal(isGatewayChartValues({ podAnnotations: { 'inject.istio.io/templates': 'gateway' } }), true);
    assert.equal(isGatewayChartValues({ podAnnotations: { 'prometheus.io/scrape': 'true' } }), false);
    assert.equal(isGatewayChartValues({ service: { type: 'LoadBalancer' }, image: { repository: 'nginx' } }), false);
  });

  it("a chart's own values are its defaults: read only when named with --gateway-values", async () => {
    const a = await analyzed([`${F}/chart`]);
    assert.equal(a.resolution.workloads.length, 0);
    const named = await analyzed([`${F}/chart`], [`${F}/chart/values.yaml`]);
    assert.deepEqual(named.resolution.workloads.map((rw) => `${rw.workload.origin} G=${rw.grace.value} TDD=${rw.tdd.value}`), ['gateway-values G=5 TDD=20']);
  });
});

describe('gateway chart values: the gateway the chart renders', () => {
  it('G, env (quoted by the chart), the proxy.istio.io/config annotation and lifecycle, each located in the values', async () => {
    const a = await analyzed([`${F}/ingress-values.yaml`]);
    const rw = a.resolution.workloads[0]!;
    assert.equal(rw.gateway, true);
    assert.equal(rw.sidecar.status, 'seen');
    assert.equal(rw.mode.value, 'classic');
    assert.deepEqual([rw.grace.value, rw.grace.prov.source, at(rw.grace.prov.ref)], [45, 'gateway chart values', '5:32']);
    // EXIT_ON_ZERO_ACTIVE_CONNECTIONS: true is a YAML boolean; the chart writes it as "true".
    assert.deepEqual([rw.ez.value, rw.ez.prov.source, at(rw.ez.prov.ref)], [true, 'env in the gateway chart values', '21:36']);
    assert.deepEqual([rw.min.value, at(rw.min.prov.ref)], [20, '22:27']);
    assert.deepEqual([rw.dd.value, rw.dd.prov.level, at(rw.dd.prov.ref)], [60, 'annotation', '26:20']);
    assert.deepEqual([rw.proxyPreStop.seconds, at(rw.proxyPreStop.prov.ref)], [10, '28:3']);
    assert.equal(rw.proxyEnv.get('ISTIO_META_SOME_NUMBER')?.value, '3');
    // Pod labels as the chart writes them: the revision, the selector labels from the name.
    assert.deepEqual(rw.workload.podLabels, { 'sidecar.istio.io/inject': 'true', 'istio.io/rev': '1-24', app: 'istio-ingress', istio: 'ingress', 'app.kubernetes.io/name': 'istio-ingress', 'istio.io/dataplane-mode': 'none' });
    assert.equal(rw.workload.podAnnotations['inject.istio.io/templates'], 'gateway');
  });

  it("the annotation's proxyMetadata becomes the proxy's env: the chart's pods are injected with the gateway template", async () => {
    const a = await analyzed(['fixtures/annotation-not-rendered/gateway-values.yaml']);
    const rw = a.resolution.workloads[0]!;
    assert.equal(rw.workload.annotationMetadataRendered, true);
    assert.deepEqual([rw.ez.value, rw.ez.prov.level, at(rw.ez.prov.ref)], [true, 'annotation', '7:40']);
    assert.deepEqual([rw.min.value, at(rw.min.prov.ref)], [15, '8:31']);
  });

  it('exposes the Service it renders as a Service resource: spec.type, metadata.annotations, spec.ports, located in the values', async () => {
    const a = await analyzed([`${F}/ingress-values.yaml`]);
    const w = a.resolution.workloads[0]!.workload;
    const [svc, ...more] = selectingServices(w, a.inventory, {});
    assert.equal(more.length, 0);
    assert.equal(svc!.kind, 'Service');
    assert.equal(svc!.name, 'istio-ingress');
    assert.deepEqual(svc!.value['metadata'], { name: 'istio-ingress', labels: { 'app.kubernetes.io/name': 'istio-ingress', app: 'istio-ingress', istio: 'ingress', 'istio.io/dataplane-mode': 'none' }, annotations: { 'service.beta.kubernetes.io/aws-load-balancer-type': 'nlb-ip' } });
    const ref = (p: (string | number)[]): Ref => ({ view: svc!.view, path: [...svc!.base, ...p] });
    assert.equal(at(ref(['spec', 'type'])), '7:9');
    assert.equal(at(ref(['metadata', 'annotations', 'service.beta.kubernetes.io/aws-load-balancer-type'])), '9:56');
    assert.equal(at(ref(['spec', 'ports', 2, 'name'])), '17:13');
    assert.ok(a.inventory.others.includes(svc!));
    // Its ports are the gateway's: HTTP behind the load balancer keeps client connections alive, a TCP port carries long-lived ones.
    assert.deepEqual(longLivedPorts(w, a.inventory, true).map((p) => `${p.text} ${at(p.ref)}`), ['HTTP keep-alive on port https 443 of LoadBalancer Service istio-ingress 14:13', 'TCP on port tcp-mongo 27017 of Service istio-ingress 17:13']);
  });

  it("the chart's defaults where the values set nothing: a LoadBalancer Service with its three ports, located at the service: key", async () => {
    const a = await analyzed([`${F}/defaults.yaml`]);
    const rw = a.resolution.workloads[0]!;
    assert.deepEqual([rw.grace.value, rw.grace.prov.level, at(rw.grace.prov.ref)], [30, 'default', '3:1']);
    const svc = a.inventory.others[0]!;
    assert.deepEqual(svc.value['spec'], {
      type: 'LoadBalancer',
      ports: [
        { name: 'status-port', port: 15021, protocol: 'TCP', targetPort: 15021 },
        { name: 'http2', port: 80, protocol: 'TCP', targetPort: 80 },
        { name: 'https', port: 443, protocol: 'TCP', targetPort: 443 },
      ],
      selector: { app: 'istio-ingressgateway', istio: 'ingressgateway' },
    });
    assert.equal(at({ view: svc.view, path: ['spec', 'type'] }), '6:1');
  });

  it('type None renders no Service; kind: DaemonSet renders a DaemonSet; a network gateway exposes its east-west ports', async () => {
    const none = await analyzed([`${F}/service-none.yaml`]);
    assert.deepEqual(none.resolution.workloads.map((rw) => rw.workload.kind), ['DaemonSet']);
    assert.deepEqual(none.inventory.others, []);
    const ew = await analyzed([`${F}/network-gateway.yaml`]);
    const svc = ew.inventory.others[0]!;
    assert.deepEqual((svc.value['spec'] as { ports: { name: string; targetPort: number }[] }).ports.map((p) => `${p.name}:${p.targetPort}`), ['status-port:15021', 'tls:15444', 'tls-istiod:15012', 'tls-webhook:15017']);
    assert.equal(at({ view: svc.view, path: ['spec', 'ports', 1, 'targetPort'] }), '6:17');
    assert.equal(ew.resolution.workloads[0]!.proxyEnv.get('ISTIO_META_REQUESTED_NETWORK_VIEW')?.value, 'network-2');
  });

  it("Helm's quote: strings as they are, numbers as Go prints a float64, booleans, null as empty", () => {
    assert.deepEqual([helmQuote('30s'), helmQuote(30), helmQuote(1.5), helmQuote(1000000), helmQuote(true), helmQuote(null)], ['30s', '30', '1.5', '1e+06', 'true', '']);
  });
});

describe('--gateway-values and gatewayValues', () => {
  it('a named file is read as gateway values whatever keys it holds, and linted even when the paths do not name it', async () => {
    const r = await lint({ paths: [`${F}/istiod-values.yaml`], options: { ...noConfig, gatewayValues: [`${F}/env-only.yaml`] } });
    assert.deepEqual(r.files, [`${F}/istiod-values.yaml`, `${F}/env-only.yaml`]);
    assert.deepEqual(r.skipped, []);
    assert.deepEqual(
      r.findings.map((f) => `${f.ruleId} ${f.file}:${f.range.line}:${f.range.column}`),
      [`invalid-duration ${F}/env-only.yaml:3:27`],
    );
  });

  it('on the command line: --gateway-values (repeatable), and exit 2 for a file that holds none', () => {
    const r = runCli(['--gateway-values', `${F}/env-only.yaml`, '--gateway-values', `${F}/service-port-only.yaml`, `${F}/istiod-values.yaml`, '-f', 'json']);
    const doc = JSON.parse(r.stdout);
    assert.deepEqual(doc.findings.map((f: { ruleId: string; file: string; line: number }) => `${f.ruleId} ${f.file}:${f.line}`), [`invalid-duration ${F}/env-only.yaml:3`]);
    // Both named files are gateways (istiod's mesh-wide 20s drain reaches them), none is skipped.
    assert.deepEqual(doc.summary, { files: 3, skipped: 0, errors: 0, warnings: 1, infos: 0 });
    const bad = runCli(['--gateway-values', 'fixtures/examples/seed-per-workload/deployment.yaml']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^drainlint: the gateway values file fixtures\/examples\/seed-per-workload\/deployment\.yaml holds no values mapping/);
    assert.match(runCli(['--help']).stdout, /--gateway-values <file> +values file of Istio's gateway Helm chart/);
  });

  it('the configuration file names them relative to itself', async () => {
    const dir = tempDir('drainlint-gw-');
    mkdirSync(path.join(dir, 'istio'));
    writeFileSync(path.join(dir, '.drainlint.yaml'), 'gatewayValues: istio/ingress.yaml\n');
    writeFileSync(path.join(dir, 'istio', 'ingress.yaml'), 'env:\n  TERMINATION_DRAIN_DURATION_SECONDS: 30\n');
    const r = await lint({ paths: ['.'], options: { cwd: dir } });
    assert.deepEqual(r.findings.map((f) => `${f.ruleId} ${f.file}:${f.range.line}`), ['gateway-drain-too-short istio/ingress.yaml:1', 'removed-setting istio/ingress.yaml:2']);
  });

  it('a named file that holds a manifest instead, or is not YAML, is a usage error that says so', async () => {
    await assert.rejects(lint({ paths: [], options: { ...noConfig, gatewayValues: ['fixtures/examples/seed-per-workload/deployment.yaml'] } }), /the gateway values file fixtures\/examples\/seed-per-workload\/deployment\.yaml holds no values mapping/);
    const dir = tempDir('drainlint-gw-');
    writeFileSync(path.join(dir, 'broken.yaml'), 'service: [1, 2\n');
    await assert.rejects(lint({ paths: [], options: { cwd: dir, config: false, gatewayValues: ['broken.yaml'] } }), /the gateway values file broken\.yaml is not valid YAML/);
  });
});
