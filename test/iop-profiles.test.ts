/**
 * IstioOperator profiles: istioctl installs the gateways of the profile (layered over `default`)
 * that the IstioOperator does not list itself. Each is linted with the IstioOperator's mesh config;
 * findings about it point at `profile:` (or `spec:`).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, lint } from '../src/engine.js';
import { emptyConfig } from '../src/config.js';
import { RULES } from '../rules/index.js';
import { locate } from '../src/yaml/locate.js';
import { longLivedPorts } from '../src/domain/ports.js';
import type { Ref } from '../src/types.js';
import { ROOT } from './helpers/rule-tester.js';

const F = 'fixtures/iop-profiles';

async function gateways(file: string) {
  const a = await analyze({ cwd: ROOT, paths: [`${F}/${file}`], config: emptyConfig(ROOT), meshConfigFiles: [] });
  return { a, list: a.resolution.workloads.map((rw) => `${rw.workload.kind} ${rw.workload.namespace}/${rw.workload.name}${rw.workload.profile ? ` (${rw.workload.profile} profile)` : ''} at ${at(rw.workload.anchor)}`) };
}

const at = (ref: Ref | undefined) => {
  if (!ref) return 'nowhere';
  const r = locate(ref);
  return `${r.line}:${r.column}`;
};

/** An IstioOperator of this profile and nothing else. */
function operator(profile: string): string {
  return `apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nmetadata:\n  name: x\nspec:\n  profile: ${profile}\n`;
}

describe('IstioOperator profiles', () => {
  it('each profile of manifests/profiles: which gateways it installs unlisted', async () => {
    const installs: Record<string, string[]> = {};
    for (const profile of ['default', 'demo', 'preview', 'stable', 'openshift', 'ambient', 'openshift-ambient', 'minimal', 'remote', 'empty', 'no-such-profile']) {
      const a = await analyze({ cwd: ROOT, paths: [], texts: [{ path: 'iop.yaml', text: operator(profile) }], config: emptyConfig(ROOT), meshConfigFiles: [] });
      installs[profile] = a.resolution.workloads.map((rw) => rw.workload.name!);
    }
    const ingress = ['istio-ingressgateway'];
    assert.deepEqual(installs, {
      default: ingress,
      demo: ['istio-ingressgateway', 'istio-egressgateway'],
      preview: ingress,
      stable: ingress,
      openshift: ingress,
      ambient: [],
      'openshift-ambient': [],
      minimal: [],
      remote: [],
      empty: [],
      'no-such-profile': [],
    });
  });

  it('no profile is the default profile: its ingress gateway gets the mesh config; findings point at spec:', async () => {
    const { a, list } = await gateways('default-profile.yaml');
    assert.deepEqual(list, ['IngressGateway istio-system/istio-ingressgateway (default profile) at 8:1']);
    assert.deepEqual(a.resolution.workloads[0]!.meshSources.map((m) => m.label), ['IstioOperator istio-system/control-plane spec.meshConfig']);
    const out = await lint({ cwd: ROOT, paths: [`${F}/default-profile.yaml`], config: emptyConfig(ROOT), meshConfigFiles: [], rules: [...RULES] });
    assert.deepEqual(
      out.result.findings.map((f) => `${f.ruleId}/${f.messageId} ${f.severity} ${f.range.line}:${f.range.column}-${f.range.endLine}:${f.range.endColumn} ${f.resource?.kind} ${f.resource?.name}`),
      ['gateway-drain-too-short/defaultDrain info 8:1-8:5 IngressGateway istio-ingressgateway'],
    );
  });

  it("demo: an ingress gateway with the demo's tcp and tls ports, and an egress gateway, located at profile:", async () => {
    const { a, list } = await gateways('demo-profile.yaml');
    assert.deepEqual(list, ['IngressGateway istio-system/istio-ingressgateway (demo profile) at 8:3', 'EgressGateway istio-system/istio-egressgateway (demo profile) at 8:3']);
    const ingress = a.resolution.workloads[0]!;
    assert.deepEqual(
      longLivedPorts(ingress.workload, a.inventory, true).map((p) => `${p.text} ${at(p.ref)}`),
      ['TCP on port tcp 31400 of the istio-ingressgateway Service (demo profile) 8:3', 'TLS on port tls 15443 of the istio-ingressgateway Service (demo profile) 8:3'],
    );
    assert.deepEqual([ingress.ez.value, ingress.min.value], [true, 10]);
  });

  it('minimal, ambient, and an entry disabling istio-ingressgateway: no gateway', async () => {
    assert.deepEqual((await gateways('no-gateway-profiles.yaml')).list, []);
  });

  it("the IstioOperator's own list replaces the profile's: only its entries are installed", async () => {
    assert.deepEqual((await gateways('own-list.yaml')).list, ['IngressGateway istio-system/my-ingress at 12:15']);
  });

  it('values.gateways.istio-ingressgateway.enabled installs it; the gateway carries the revision, which picks its mesh config', async () => {
    const { a, list } = await gateways('alt-enabled.yaml');
    assert.deepEqual(list, ['IngressGateway istio-system/istio-ingressgateway (minimal profile) at 9:3']);
    assert.equal(a.resolution.workloads[0]!.workload.podLabels['istio.io/rev'], '1-24');
  });
});
