/**
 * `drainlint explain`: for the seed's configurations and for every proxy mode, the timeline the
 * spec's §3 formulas give (event times asserted); the effective settings with their sources, the
 * values overridden or ignored with why, unknown values with the reason; the findings that apply;
 * workload selectors; the versioned JSON shape against its schema; the command line.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import { explain, type ExplainOptions } from '../src/explain/run.js';
import type { ExplainedSetting, ExplainedTimeline, ExplainedWorkload } from '../src/explain/model.js';
import { selects } from '../src/explain/select.js';
import { EXPLAIN_FORMATTERS } from '../src/report/index.js';
import type { TextInput } from '../src/load.js';
import { ROOT } from './helpers/rule-tester.js';
import { runCli } from './helpers/cli.js';
import fc from 'fast-check';
import { fixtureTexts, inputs } from './fuzz/harness.js';
import { tempDir } from './helpers/temp.js';

const Ajv = AjvModule.default ?? AjvModule;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: unknown) => void;

async function explained(paths: string[], options: ExplainOptions['options'] = {}, texts?: TextInput[]) {
  return explain({ paths, texts, options: { cwd: ROOT, config: false, ...options } });
}

/** The one workload of the input besides the gateways an IstioOperator's profile installs. */
async function only(paths: string[], options: ExplainOptions['options'] = {}, texts?: TextInput[]): Promise<ExplainedWorkload> {
  const r = await explained(paths, options, texts);
  const own = r.workloads.filter((w) => !/^(Ingress|Egress)Gateway istio-system\/istio-(ingress|egress)gateway$/.test(w.id));
  assert.equal(own.length, 1, r.workloads.map((w) => w.id).join(', '));
  return own[0]!;
}

/** "kind@at" ("..latest" for a range, "≥" for a lower bound, "✂" when SIGKILL comes first, "?" when unknown). */
function moments(t: ExplainedTimeline): string[] {
  return t.events.map((e) => `${e.kind}@${e.at === undefined ? '?' : `${e.atLeast ? '≥' : ''}${e.at}${e.latest !== undefined ? `..${e.latest}` : ''}${e.cutByKill ? '✂' : ''}`}`);
}

function windows(t: ExplainedTimeline): string[] {
  return t.losses.map((l) => `${l.kind} ${l.from}-${l.to}${l.possible ? ' (possible)' : ''}`);
}

const setting = (x: ExplainedWorkload, key: ExplainedSetting['key']) => x.settings.find((s) => s.key === key)!;

/** "value state level file:line" of a settings row. */
function row(x: ExplainedWorkload, key: ExplainedSetting['key']): string {
  const s = setting(x, key);
  return `${s.value ?? s.state} ${s.state} ${s.source}${s.file ? ` ${s.file}:${s.line}` : ''}`;
}

describe('explain: the seed configurations (spec §3.3)', () => {
  it('EZ via the mesh config, G 30 (default), L 60s: the proxy exits between MIN + 1s and G; SIGKILL cuts the connections', async () => {
    const x = await only(['fixtures/examples/seed-mesh-wide']);
    assert.equal(x.id, 'Deployment shop/test');
    assert.equal(x.proxy, 'classic');
    assert.deepEqual(moments(x.timeline), ['app-sigterm@0', 'app-exit@0', 'drain-start@0', 'proxy-exit@6..30', 'sigkill@30', 'connections-end@30✂']);
    assert.deepEqual(windows(x.timeline), ['connections-cut-at-kill 30-60']);
    assert.deepEqual(x.timeline.proxyExit, { earliest: 6, latest: 30 });
    assert.equal(x.timeline.end, 60);
    assert.equal(row(x, 'EZ'), 'true set mesh config in IstioOperator istio-system/control-plane spec.meshConfig fixtures/examples/seed-mesh-wide/istio-operator.yaml:11');
    assert.deepEqual(x.findings.map((f) => `${f.ruleId} ${f.line}:${f.column}`), ['connections-outlive-grace-period 13:5']);
  });

  it('EZ via the annotation: the same timeline, EZ from the annotation', async () => {
    const x = await only(['fixtures/examples/seed-per-workload']);
    assert.deepEqual(moments(x.timeline), ['app-sigterm@0', 'app-exit@0', 'drain-start@0', 'proxy-exit@6..30', 'sigkill@30', 'connections-end@30✂']);
    assert.deepEqual(windows(x.timeline), ['connections-cut-at-kill 30-60']);
    assert.equal(row(x, 'EZ'), 'true set proxy.istio.io/config annotation fixtures/examples/seed-per-workload/deployment.yaml:15');
  });

  for (const variant of ['mesh-wide', 'per-workload']) {
    it(`G 60 (the seed fixed, ${variant}): connections end with the SIGKILL at 60, nothing is cut; listeners may close at DD 45s`, async () => {
      const x = await only([`fixtures/seed-fixed/${variant}`]);
      assert.deepEqual(moments(x.timeline), ['app-sigterm@0', 'app-exit@0', 'drain-start@0', 'proxy-exit@6..60', 'listeners-close@45', 'connections-end@60', 'sigkill@60']);
      assert.deepEqual(windows(x.timeline), ['listeners-closed 45-60 (possible)']);
      assert.equal(row(x, 'G'), `60 set pod spec fixtures/seed-fixed/${variant}/deployment.yaml:${variant === 'mesh-wide' ? 14 : 17}`);
      assert.deepEqual(x.findings, []);
    });
  }

  it('the seed without EZ (classic defaults): the proxy is killed at TDD 5s while requests of 60s are in flight', async () => {
    const x = await only(['fixtures/examples/seed-mesh-wide/deployment.yaml'], { assumeInjected: true });
    assert.deepEqual(moments(x.timeline), ['app-sigterm@0', 'app-exit@0', 'drain-start@0', 'proxy-exit@5', 'sigkill@30', 'connections-end@30✂']);
    assert.deepEqual(windows(x.timeline), ['requests-cut-by-proxy-exit 5-30', 'connections-cut-at-kill 30-60']);
    assert.equal(setting(x, 'MIN').unused, 'it is read only when EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on');
    assert.deepEqual(x.findings.map((f) => f.ruleId).sort(), ['connections-outlive-grace-period', 'proxy-exits-before-app']);
  });
});

describe('explain: each proxy mode (spec §3.2–3.5)', () => {
  it('native sidecar: the /drain preStop drains at 0; the proxy exits with the app at Pₐ + Sₐ; TDD unused', async () => {
    const x = await only(['fixtures/explain/native.yaml']);
    assert.equal(x.proxy, 'native');
    assert.deepEqual(moments(x.timeline), ['drain-start@0', 'app-prestop-end@10', 'app-sigterm@10', 'app-exit@15', 'proxy-exit@15', 'sigkill@30']);
    assert.equal(row(x, 'TDD'), '20s set proxy.istio.io/config annotation fixtures/explain/native.yaml:15');
    assert.equal(setting(x, 'TDD').unused, 'a native sidecar is stopped at once when the app has exited');
    assert.equal(row(x, 'Sa'), '5s set drainlint.io/shutdown-duration annotation fixtures/explain/native.yaml:13');
    assert.equal(row(x, 'Pa'), '10s set preStop of container app fixtures/explain/native.yaml:21');
    assert.deepEqual(x.findings.map((f) => f.ruleId), ['native-sidecar-ignores-drain-settings']);
  });

  it('native sidecar without its /drain preStop: the classic drain starts when the app has exited', async () => {
    const x = await only(['fixtures/explain/native-replaced-hook.yaml']);
    assert.equal(x.timeline.path, 'native-without-drain-hook');
    assert.equal(setting(x, 'mode').value, 'native (without the /drain preStop)');
    assert.deepEqual(moments(x.timeline), ['proxy-prestop-end@3', 'app-prestop-end@10', 'app-sigterm@10', 'app-exit@10', 'drain-start@10', 'proxy-exit@15', 'sigkill@30']);
  });

  it('gateway: all listeners drain from SIGTERM for TDD; no app lane', async () => {
    const x = await only(['fixtures/explain/gateway.yaml']);
    assert.equal(x.proxy, 'gateway');
    assert.deepEqual(moments(x.timeline), ['drain-start@0', 'proxy-exit@20', 'sigkill@30']);
    assert.ok(!x.settings.some((s) => s.key === 'Pa' || s.key === 'Sa'));
  });

  it('waypoint on Istio 1.27: the hard-coded G 2s cuts the default 5s drain', async () => {
    const x = await only(['fixtures/explain/waypoint.yaml'], { istioVersion: '1.27' });
    assert.equal(x.proxy, 'waypoint');
    assert.deepEqual(moments(x.timeline), ['drain-start@0', 'sigkill@2', 'proxy-exit@2✂']);
    assert.equal(row(x, 'G'), '2 default waypoint template of Istio 1.27 (hard-coded)');
    assert.deepEqual(x.findings.map((f) => f.ruleId), ['gateway-drain-too-short']);
  });

  it('no proxy: only the app and SIGKILL; the drain setting written for it is shown unused', async () => {
    const x = await only(['fixtures/explain/no-proxy.yaml']);
    assert.equal(x.proxy, 'none');
    assert.deepEqual(moments(x.timeline), ['app-prestop-end@5', 'app-sigterm@5', 'app-exit@5', 'connections-end@10', 'sigkill@30']);
    assert.equal(row(x, 'injection'), 'ruled out set hostNetwork pods are never injected');
    assert.deepEqual(x.settings.filter((s) => ['TDD', 'DD', 'EZ', 'MIN', 'Pp'].includes(s.key)).map((s) => `${s.key} ${s.unused}`), ['TDD the pod has no proxy']);
  });
});

describe('explain: effective settings with their sources', () => {
  it('each with its level and file:line, "default" where nothing set it, L and Sₐ "not declared" when unset', async () => {
    const x = await only(['fixtures/examples/seed-per-workload']);
    assert.deepEqual(
      x.settings.map((s) => `${s.symbol || s.name}: ${s.value ?? '—'} (${s.state}; ${s.source}${s.file ? `, ${s.file}:${s.line}` : ''})`),
      [
        'G: 30 (default; default)',
        'TDD: 5s (default; default)',
        'DD: 45s (default; default)',
        'EZ: true (set; proxy.istio.io/config annotation, fixtures/examples/seed-per-workload/deployment.yaml:15)',
        'MIN: 5s (default; default)',
        'Pₐ: 0s (default; no preStop hook)',
        'Pₚ: 0s (default; no preStop hook)',
        'Sₐ: — (unset; not declared: counts as 0)',
        'L: 1m (set; drainlint.io/connection-lifetime annotation, fixtures/examples/seed-per-workload/deployment.yaml:12)',
        'proxy mode: classic (default; classic sidecar (no native-sidecar setting in the input))',
        'sidecar injection: assumed (set; its pod template has the proxy.istio.io/config annotation)',
        'target Istio version: — (unset; not given or found)',
        'target Kubernetes version: — (unset; not given or found)',
      ],
    );
  });

  it('TDD struck through while EZ is on, with why', async () => {
    const x = await only(['fixtures/examples/seed-per-workload']);
    assert.equal(setting(x, 'TDD').unused, 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on: pilot-agent waits MINIMUM_DRAIN_DURATION, then for no active connection');
  });

  it('values written but overridden at a higher level, each with what won', async () => {
    const r = await explained(['fixtures/resolve/precedence']);
    const web = r.workloads.find((w) => w.resource.name === 'web')!;
    const struck = (key: ExplainedSetting['key']) => setting(web, key).struck.map((s) => `${s.written} ${s.status} ${s.file}:${s.line}: ${s.why}`);
    assert.equal(row(web, 'TDD'), '20s set proxy.istio.io/config annotation fixtures/resolve/precedence/workloads.yaml:13');
    assert.deepEqual(struck('TDD'), [
      '10s overridden fixtures/resolve/precedence/mesh.yaml:9: overridden by the mesh config in IstioOperator istio-system/later spec.meshConfig',
      '12s overridden fixtures/resolve/precedence/mesh.yaml:23: overridden by the proxy.istio.io/config annotation',
    ]);
    assert.deepEqual(struck('EZ'), ['true overridden fixtures/resolve/precedence/mesh.yaml:12: unset by "" in the proxy.istio.io/config annotation']);
    assert.deepEqual(struck('MIN'), [
      '8s overridden fixtures/resolve/precedence/mesh.yaml:13: overridden by the ProxyConfig istio-system/root-defaults',
      '9s overridden fixtures/resolve/precedence/proxyconfigs.yaml:8: overridden by the ProxyConfig shop/shop-defaults',
    ]);
    assert.equal(row(web, 'EZ'), 'false default default');
  });

  it('a connection lifetime declared at several places: the lower ones overridden by the annotation', async () => {
    const dir = tempDir('drainlint-explain-l-');
    try {
      writeFileSync(path.join(dir, '.drainlint.yaml'), 'connectionLifetime:\n  default: 30s\n  workloads:\n    - match: { name: test }\n      value: 45s\n');
      writeFileSync(path.join(dir, 'deploy.yaml'), readFileSync(path.join(ROOT, 'fixtures/examples/seed-per-workload/deployment.yaml')));
      const r = await explain({ paths: ['deploy.yaml'], options: { cwd: dir } });
      const x = r.workloads[0]!;
      assert.equal(row(x, 'L'), '1m set drainlint.io/connection-lifetime annotation deploy.yaml:12');
      assert.deepEqual(setting(x, 'L').struck.map((s) => `${s.written} ${s.status} ${s.source} ${s.file}:${s.line}: ${s.why}`), [
        '45s overridden connectionLifetime.workloads[0] in the config file .drainlint.yaml:5: overridden by the drainlint.io/connection-lifetime annotation',
        '30s overridden connectionLifetime.default in the config file .drainlint.yaml:2: overridden by the drainlint.io/connection-lifetime annotation',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('values ignored wherever they stand: a direct key istiod drops, env on the app container', async () => {
    const x = await only(['fixtures/examples/common-mistakes'], { assumeInjected: true });
    assert.deepEqual(setting(x, 'EZ').struck.map((s) => `${s.written} ${s.status} ${s.line}: ${s.why}`), ['true ignored 17: istiod drops it, an unknown ProxyConfig key: it belongs under proxyMetadata']);
    assert.deepEqual(setting(x, 'MIN').struck.map((s) => `${s.written} ${s.status} ${s.source} ${s.line}: ${s.why}`), ['30s ignored env of container payments 24: pilot-agent reads only the env of the istio-proxy container']);
  });

  it('values a mesh config istiod discards whole, and a value Go cannot parse', async () => {
    const mesh = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: istio\n  namespace: istio-system\ndata:\n  mesh: |\n    accessLogEncoding: json\n    defaultConfig:\n      terminationDrainDuration: 40s\n';
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: a\n  annotations:\n    proxy.istio.io/config: |\n      proxyMetadata:\n        EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "yes"\nspec:\n  containers:\n    - name: app\n      image: x\n';
    const x = await only([], {}, [{ path: 'mesh.yaml', text: mesh }, { path: 'pod.yaml', text: pod }]);
    assert.deepEqual(setting(x, 'TDD').struck.map((s) => `${s.written} ${s.file}:${s.line}: ${s.why}`), ['40s mesh.yaml:10: istiod discards this whole mesh config: it holds a value of the wrong type or format']);
    assert.equal(row(x, 'TDD'), '5s default default');
    assert.deepEqual(setting(x, 'EZ').struck.map((s) => `${s.written} ${s.status}: ${s.why}`), ["yes ignored: Go's strconv.ParseBool rejects it, so pilot-agent reads false"]);
  });

  it('unknown values with the reason: a preStop script drainlint cannot time, a lifetime that is not a duration', async () => {
    const pod = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: p',
      '  namespace: a',
      '  annotations:',
      '    sidecar.istio.io/inject: "true"',
      '    drainlint.io/connection-lifetime: "a minute"',
      'spec:',
      '  containers:',
      '    - name: app',
      '      image: x',
      '      lifecycle:',
      '        preStop:',
      '          exec:',
      '            command: ["sh", "-c", "while pgrep app; do sleep 1; done"]',
      '',
    ].join('\n');
    const x = await only([], { assumeInjected: true }, [{ path: 'pod.yaml', text: pod }]);
    const pa = setting(x, 'Pa');
    assert.equal(pa.state, 'unknown');
    assert.match(pa.unknown!, /loop, condition, pipe or variable/);
    assert.equal(x.timeline.events.find((e) => e.kind === 'app-exit')!.unknown, pa.unknown);
    const l = setting(x, 'L');
    assert.equal(l.state, 'unknown');
    assert.equal(l.unknown, 'drainlint.io/connection-lifetime annotation "a minute": it is not a Go duration string, so drainlint leaves the value unknown');
  });

  it('target versions: given, read from the input, or neither', async () => {
    const x = await only(['fixtures/examples/seed-mesh-wide'], { istioVersion: '1.24' });
    assert.equal(row(x, 'istioVersion'), '1.24 set --istio-version');
    assert.equal(row(x, 'kubernetesVersion'), 'unset unset not given or found');
  });

  it('a target version read from the input says where it was read', async () => {
    const iop = 'apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nmetadata:\n  name: cp\n  namespace: istio-system\nspec:\n  profile: minimal\n  tag: 1.24.2\n';
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: a\nspec:\n  containers:\n    - name: app\n      image: x\n';
    const x = await only([], {}, [{ path: 'iop.yaml', text: iop }, { path: 'pod.yaml', text: pod }]);
    assert.match(row(x, 'istioVersion'), /^1\.24\.2 set .*\(read from the input\) iop\.yaml:8$/);
  });

  it('injection: seen (a Namespace that injects) and assumed (a mesh signal)', async () => {
    const ns = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  labels:\n    istio-injection: enabled\n';
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: a\nspec:\n  containers:\n    - name: app\n      image: x\n';
    assert.equal(row(await only([], {}, [{ path: 'ns.yaml', text: ns }, { path: 'pod.yaml', text: pod }]), 'injection'), 'seen set Namespace a has istio-injection=enabled');
    assert.equal(row(await only([], { assumeInjected: true }, [{ path: 'pod.yaml', text: pod }]), 'injection'), 'assumed set assumeInjected is set');
    assert.equal(row(await only([], {}, [{ path: 'pod.yaml', text: pod }]), 'injection'), 'none set nothing says it is in the mesh');
  });
});

describe('explain: the findings that apply', () => {
  it('a finding on a mesh-wide setting applies to every workload that uses it', async () => {
    const iop = 'apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nmetadata:\n  name: cp\n  namespace: istio-system\nspec:\n  profile: minimal\n  meshConfig:\n    defaultConfig:\n      terminationDrainDuration: 30s\n      proxyMetadata:\n        EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"\n';
    const pod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: a\nspec:\n  containers:\n    - name: app\n      image: x\n`;
    const r = await explained([], {}, [{ path: 'iop.yaml', text: iop }, { path: 'a.yaml', text: pod('a') }, { path: 'b.yaml', text: pod('b') }]);
    assert.equal(r.findings.filter((f) => f.ruleId === 'termination-drain-duration-ignored').length, 1);
    for (const w of r.workloads) assert.deepEqual(w.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`), ['termination-drain-duration-ignored iop.yaml:10'], w.id);
  });
});

describe('explain: findings about no single workload', () => {
  it('are listed after the workloads (terminal, Markdown) and as otherFindings (JSON)', async () => {
    const r = await explained(['fixtures/invalid-mesh-config/issue-54012-helm-values.yaml', 'fixtures/examples/seed-mesh-wide/deployment.yaml']);
    const doc = JSON.parse(EXPLAIN_FORMATTERS['json']!(r, ctx)) as { otherFindings: { ruleId: string }[]; workloads: unknown[] };
    assert.ok(validate(doc), JSON.stringify(validate.errors?.slice(0, 3)));
    assert.ok(doc.otherFindings.some((f) => f.ruleId === 'invalid-mesh-config'), JSON.stringify(doc.otherFindings));
    assert.equal(doc.workloads.length, 1);
    assert.match(EXPLAIN_FORMATTERS['stylish']!(r, { ...ctx, width: 80 }), /\nFindings about no single workload\n {2}error {4}invalid-mesh-config /);
    assert.match(EXPLAIN_FORMATTERS['markdown']!(r, ctx), /\n### Findings about no single workload\n\n\| Where \|[^\n]*\n[^\n]*\n\| fixtures\/invalid-mesh-config\/issue-54012-helm-values\.yaml:\d+:\d+ \| 🔴 error \| \[`invalid-mesh-config`\]/);
  });
});

describe('explain: --workload selectors', () => {
  const x = { resource: { kind: 'Deployment', namespace: 'shop', name: 'checkout-v2' } } as ExplainedWorkload;
  const bare = { resource: { kind: 'Pod', name: 'p' } } as ExplainedWorkload;
  it('kind/namespace/name (any case of the kind), namespace/name, a name, or a glob of them', () => {
    for (const s of ['Deployment/shop/checkout-v2', 'deployment/shop/checkout-v2', 'shop/checkout-v2', 'checkout-v2', 'checkout-*', 'shop/*', 'Deployment/*/checkout-?2', '*']) assert.ok(selects(s, x), s);
    for (const s of ['StatefulSet/shop/checkout-v2', 'other/checkout-v2', 'checkout', 'shop', 'Deployment/shop', 'check*/x']) assert.ok(!selects(s, x), s);
  });
  it('a workload without a namespace answers to kind/name', () => {
    assert.ok(selects('Pod/p', bare) && selects('p', bare));
    assert.ok(!selects('default/p', bare));
  });
  it('explain() keeps the workloads picked and their findings, and names the selectors that pick none', async () => {
    const r = await explain({ paths: ['fixtures/examples'], workloads: ['orders/*', 'nothing-here'], options: { cwd: ROOT, config: false } });
    assert.deepEqual(r.workloads.map((w) => w.id), ['Deployment orders/test']);
    assert.deepEqual([...new Set(r.findings.map((f) => f.file))], ['fixtures/examples/seed-per-workload/deployment.yaml']);
    assert.deepEqual(r.unmatched, ['nothing-here']);
  });
});

const validate = (() => {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'schema', 'explain.schema.json'), 'utf8')));
})();
const ctx = { color: false, version: '0.0.0-test' };

describe('explain --format json', () => {

  it('validates against schema/explain.schema.json, over every fixture and several target versions', async () => {
    for (const options of [{}, { istioVersion: '1.20', kubernetesVersion: '1.28' }, { istioVersion: '1.27', kubernetesVersion: '1.33' }]) {
      const r = await explained(['fixtures'], options);
      assert.ok(r.workloads.length > 50, `${r.workloads.length} workloads`);
      const doc = JSON.parse(EXPLAIN_FORMATTERS['json']!(r, ctx)) as { version: number; summary: { workloads: number } };
      assert.ok(validate(doc), JSON.stringify(validate.errors?.slice(0, 3)));
      assert.equal(doc.version, 1);
      assert.equal(doc.summary.workloads, r.workloads.length);
    }
  });

  it('the schema check can fail: an event time that is not a number is rejected', async () => {
    const doc = JSON.parse(EXPLAIN_FORMATTERS['json']!(await explained(['fixtures/examples/seed-mesh-wide']), ctx));
    doc.workloads[0].timeline.events[0].at = '0s';
    assert.equal(validate(doc), false);
  });

  it('event times are seconds after the pod was deleted', async () => {
    const doc = JSON.parse(EXPLAIN_FORMATTERS['json']!(await explained(['fixtures/examples/seed-mesh-wide']), ctx));
    const exit = doc.workloads[0].timeline.events.find((e: { kind: string }) => e.kind === 'proxy-exit');
    assert.deepEqual([exit.at, exit.latest], [6, 30]);
  });
});

describe('explain on bad input', () => {
  it('never throws, in any format, and its JSON keeps the schema, over random and mutated manifests', async () => {
    await fc.assert(
      fc.asyncProperty(inputs(fixtureTexts(ROOT)), async (text) => {
        const r = await explained([], {}, [{ path: 'fuzz.yaml', text }]);
        for (const name of ['stylish', 'markdown', 'html']) EXPLAIN_FORMATTERS[name]!(r, ctx);
        const doc = JSON.parse(EXPLAIN_FORMATTERS['json']!(r, ctx));
        assert.ok(validate(doc), JSON.stringify(validate.errors?.slice(0, 3)));
      }),
      { numRuns: 150, seed: 12 },
    );
  });
});

describe('drainlint explain (command line)', () => {
  it('explains to stdout (exit 0), in JSON with -f json', () => {
    const r = runCli(['explain', 'fixtures/examples/seed-mesh-wide', '-f', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    // The IstioOperator's default profile installs the ingress gateway too.
    assert.deepEqual(doc.workloads.map((w: ExplainedWorkload) => w.id), ['Deployment shop/test', 'IngressGateway istio-system/istio-ingressgateway']);
  });

  it('the terminal view without colour when piped (NO_COLOR), scaled to 80 columns', () => {
    const r = runCli(['explain', 'fixtures/examples/seed-per-workload']);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /\x1b\[/);
    assert.ok(r.stdout.split('\n').every((l) => [...l].length <= 80 || /\S{40,}/.test(l)), 'lines fit 80 columns (except a long path)');
    assert.match(r.stdout, /^ {2}proxy {8}▒+░+┊$/m);
  });

  it('--color: colour codes', () => {
    assert.match(runCli(['explain', 'fixtures/examples/seed-per-workload', '--color']).stdout, /\x1b\[/);
  });

  it('--workload that matches nothing: exit 2, saying so', () => {
    const r = runCli(['explain', 'fixtures/examples', '--workload', 'Deployment/shop/nothing']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no workload matches --workload Deployment\/shop\/nothing/);
  });

  it('an unknown format is a usage error', () => {
    const r = runCli(['explain', 'fixtures/examples', '-f', 'sarif']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Allowed choices are stylish, json, markdown, html/);
  });

  it('-o writes the report to a file (markdown, html)', () => {
    const dir = tempDir('drainlint-explain-');
    try {
      for (const format of ['markdown', 'html']) {
        const file = path.join(dir, `report.${format}`);
        const r = runCli(['explain', 'fixtures/examples/seed-mesh-wide', '-f', format, '-o', file]);
        assert.equal(r.code, 0, r.stderr);
        assert.equal(r.stdout, '');
        assert.match(readFileSync(file, 'utf8'), format === 'html' ? /^<!DOCTYPE html>/ : /^## drainlint explain/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('drainlint --format html and markdown carry the timelines too', () => {
    const md = runCli(['fixtures/examples/seed-mesh-wide', '-f', 'markdown']);
    assert.equal(md.code, 1);
    assert.match(md.stdout, /### Timelines\n[\s\S]*```mermaid\ngantt\n/);
    const page = runCli(['fixtures/examples/seed-mesh-wide', '-f', 'html']);
    assert.equal(page.code, 1);
    assert.match(page.stdout, /<svg class="timeline"/);
  });
});

describe('README: explain', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

  it('its explain sample is what `drainlint explain` prints (npm run docs regenerates it)', () => {
    const samples = [...readme.matchAll(/```console\n\$ npx drainlint (explain [^\n]*)\n([\s\S]*?)```/g)];
    assert.ok(samples.length > 0, 'README shows a real explain output');
    for (const [, args, output] of samples) assert.equal(runCli(args!.split(' ')).stdout, output);
  });

  it("its Mermaid sample is the seed's gantt as the Markdown report writes it", () => {
    const m = /<!-- explain-gantt: (\S+) [^\n]*-->\n(```mermaid\n[\s\S]*?```\n)/.exec(readme);
    assert.ok(m, 'README shows a gantt');
    const md = runCli(['explain', m[1]!, '--format', 'markdown']).stdout;
    assert.equal(m[2], /```mermaid\n[\s\S]*?```\n/.exec(md)![0]);
  });

  it('its Markdown summary sample is what `drainlint --format markdown` writes', () => {
    const m = /<!-- lint-markdown: (\S+) [^\n]*-->\n````markdown\n([\s\S]*?)````\n/.exec(readme);
    assert.ok(m, 'README shows the Markdown summary');
    const version = (text: string) => text.replace(/<sub>drainlint [^<]*<\/sub>/, '<sub>drainlint</sub>');
    assert.equal(version(m[2]!), version(runCli([m[1]!, '--format', 'markdown']).stdout));
    assert.match(m[2]!, /```mermaid\ngantt\n/);
  });

  it('shows the screenshot of the HTML report, which is committed', () => {
    const m = /!\[[^\]]*\]\((docs\/[^)]+\.png)\)/.exec(readme);
    assert.ok(m, 'README shows the HTML screenshot');
    assert.ok(readFileSync(path.join(ROOT, m[1]!)).subarray(1, 4).toString() === 'PNG');
  });
});
