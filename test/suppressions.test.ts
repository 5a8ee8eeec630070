/**
 * Suppressions (issue #13): every form — the annotations, the drainlint-disable comments (at the
 * top level, inside the proxy.istio.io/config annotation and a ConfigMap's `mesh` text, on mesh
 * documents and ProxyConfigs), config overrides — with exact locations; --no-inline-suppressions;
 * --report-unused-disable-directives; and what each format does with a suppressed finding.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import { failsAt, formatters, lint, UsageError, type Finding, type LintOptions, type LintResult } from '../src/index.js';
import { commentsOf, parseDirective } from '../src/suppress/directives.js';
import { pathGlob } from '../src/glob.js';
import { ROOT } from './helpers/rule-tester.js';
import { runCli } from './helpers/cli.js';
import { assertSarif } from './helpers/sarif.js';
import { tempDir } from './helpers/temp.js';

const Ajv = AjvModule.default ?? AjvModule;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: unknown) => void;

const tmp = () => tempDir('drainlint-suppress-');

/** One finding in one line: where, what, about whom, and what suppresses it. */
export function shape(f: Finding): string {
  const r = f.range;
  const who = f.resource ? ` ${f.resource.kind} ${f.resource.namespace ?? ''}/${f.resource.name ?? ''}${f.resource.container ? ` [${f.resource.container}]` : ''}` : '';
  const sup = (f.suppressions ?? []).map((s) => ` | ${s.kind} ${s.via}${s.file ? ` ${s.file}` : ''}${s.range ? `:${s.range.line}:${s.range.column}-${s.range.endLine}:${s.range.endColumn}` : ''}${s.justification ? ` "${s.justification}"` : ''}`);
  return `${f.file}:${r.line}:${r.column}-${r.endLine}:${r.endColumn} ${f.severity} ${f.ruleId}/${f.messageId}${who}${sup.join('')}`;
}

async function lintText(text: string, options: NonNullable<LintOptions['options']> = {}): Promise<LintResult> {
  return lint({ texts: [{ path: 'case.yaml', text }], options: { cwd: tmp(), config: false, ...options } });
}

const shapes = (r: LintResult) => r.findings.map(shape);

/** Comments at the top level: next-line (stacked, over a blank line), line, and `#` in quoted text that is no comment. */
const TOP_LEVEL = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
  annotations:
    sidecar.istio.io/proxyCPU: "# drainlint-disable-line misplaced-annotation"
    sidecar.istio.io/proxyMemory: 128Mi # drainlint-disable-line misplaced-annotation -- set by the platform team
spec:
  # drainlint-disable-next-line misplaced-grace-period -- moved in the next release

  # drainlint-disable-next-line drain-exceeds-grace-period
  terminationGracePeriodSeconds: 60
  selector:
    matchLabels:
      app: orders
  template:
    metadata:
      labels:
        app: orders
    spec:
      containers:
        - name: orders
          image: example/orders:2.0
          command: ["sh", "-c", "sleep 5 # drainlint-disable-line"]
`;

/** Comments inside the proxy.istio.io/config block scalar: a disable-file there covers the annotation's lines only. */
const IN_ANNOTATION = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
spec:
  terminationGracePeriodSeconds: 60
  selector:
    matchLabels:
      app: orders
  template:
    metadata:
      labels:
        app: orders
      annotations:
        proxy.istio.io/config: |
          # drainlint-disable-file unknown-proxy-config-key, misplaced-grace-period -- keys of our fork
          terminationDrainDurationSeconds: 20
          proxyMetadata:
            # drainlint-disable-next-line invalid-boolean -- read by our wrapper
            EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "yes"
            MINIMUM_DRAIN_DURATION: 5 seconds # drainlint-disable-line invalid-duration
    spec:
      containers:
        - name: orders
          image: example/orders:2.0
`;

/** A mesh ConfigMap (a comment inside its \`mesh\` text, an annotation on it) and a ProxyConfig. */
const MESH_AND_PROXY_CONFIG = `apiVersion: v1
kind: ConfigMap
metadata:
  name: istio
  namespace: istio-system
  annotations:
    drainlint.io/ignore-unknown-proxy-config-key: "set for the 1.9 control plane"
data:
  mesh: |-
    defaultConfig:
      terminationDrainDurationSeconds: 20
      proxyMetadata:
        # drainlint-disable-next-line proxy-metadata-not-string -- istiod of 1.9 accepted it
        MINIMUM_DRAIN_DURATION: 30
---
# drainlint-disable-next-line proxy-config-resource-misuse
apiVersion: networking.istio.io/v1beta1
kind: ProxyConfig
metadata:
  name: drain
  namespace: shop
spec:
  terminationDrainDuration: 30s # drainlint-disable-line proxy-config-resource-misuse -- pruned, as intended
`;

/** Annotations: on the pod template (a list of ids), on the workload's own metadata (one rule, with a reason). */
const ANNOTATIONS = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: payments
  namespace: shop
  annotations:
    drainlint.io/ignore-misplaced-grace-period: "the chart renders it here; fixed upstream in 3.2"
    sidecar.istio.io/proxyCPU: 100m
spec:
  terminationGracePeriodSeconds: 90
  selector:
    matchLabels:
      app: payments
  template:
    metadata:
      labels:
        app: payments
      annotations:
        drainlint.io/ignore: "invalid-duration, misplaced-annotation"
        drainlint.io/connection-lifetime: "2 minutes"
    spec:
      containers:
        - name: payments
          image: example/payments:1.4
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: refunds
  namespace: shop
spec:
  terminationGracePeriodSeconds: 90
  selector:
    matchLabels:
      app: refunds
  template:
    metadata:
      labels:
        app: refunds
      annotations:
        drainlint.io/ignore: "*"
    spec:
      containers:
        - name: refunds
          image: example/refunds:1.0
`;

describe('parsing directives', () => {
  it('reads the kind, the rule ids (commas or spaces) and the reason after " -- "', () => {
    assert.deepEqual(parseDirective('# drainlint-disable-next-line a, b c -- why -- really'), { kind: 'disable-next-line', rules: ['a', 'b', 'c'], reason: 'why -- really' });
    assert.deepEqual(parseDirective('#drainlint-disable-line'), { kind: 'disable-line', rules: [] });
    assert.deepEqual(parseDirective('# drainlint-disable-file -- vendored'), { kind: 'disable-file', rules: [], reason: 'vendored' });
    assert.equal(parseDirective('# drainlint-disable-lines a'), undefined);
    assert.equal(parseDirective('# see drainlint-disable-line a'), undefined);
  });
  it('takes comments from the YAML syntax tree: a # in quoted or block scalars is text', () => {
    const text = 'a: "x # drainlint-disable-line"\nb: |\n  # drainlint-disable-file\nc: 1 # drainlint-disable-line r\n';
    assert.deepEqual(commentsOf(text), [{ offset: 69, source: '# drainlint-disable-line r' }]);
  });
  it('file globs: ** crosses folders, * does not, {a,b} is either', () => {
    assert.ok(pathGlob('vendor/**')('vendor/redis/a.yaml'));
    assert.ok(pathGlob('**/charts/*/templates/**')('x/charts/redis/templates/s.yaml'));
    assert.ok(!pathGlob('k8s/*.yaml')('k8s/sub/a.yaml'));
    assert.ok(pathGlob('k8s/*.{yaml,yml}')('k8s/a.yml'));
  });
});

describe('comment directives', () => {
  it('next-line (stacked, over a blank line) and line at the top level; # inside quoted text is no directive', async () => {
    const r = await lintText(TOP_LEVEL, { reportUnusedDisableDirectives: true });
    assert.deepEqual(shapes(r), [
      'case.yaml:7:5-7:30 error misplaced-annotation/injectorAnnotation Deployment shop/orders',
      'case.yaml:8:5-8:33 error misplaced-annotation/injectorAnnotation Deployment shop/orders | inSource comment case.yaml:8:41-8:114 "set by the platform team"',
      'case.yaml:12:3-12:59 warning unused-disable-directive/unusedComment',
      'case.yaml:13:3-13:32 error misplaced-grace-period/notAField Deployment shop/orders | inSource comment case.yaml:10:3-10:84 "moved in the next release"',
    ]);
    assert.equal(r.findings[2]!.message, 'This drainlint-disable-next-line comment suppresses no finding of drain-exceeds-grace-period.');
  });

  it('inside the proxy.istio.io/config block scalar: next-line, line, and a disable-file that covers only the annotation', async () => {
    const r = await lintText(IN_ANNOTATION, { reportUnusedDisableDirectives: true });
    assert.deepEqual(shapes(r), [
      'case.yaml:7:3-7:32 error misplaced-grace-period/notAField Deployment shop/orders',
      'case.yaml:17:11-17:104 warning unused-disable-directive/unusedComment',
      'case.yaml:18:11-18:42 warning unknown-proxy-config-key/misspelt Deployment shop/orders | inSource comment case.yaml:17:11-17:104 "keys of our fork"',
      'case.yaml:21:46-21:51 warning invalid-boolean/silentlyFalse Deployment shop/orders | inSource comment case.yaml:20:13-20:81 "read by our wrapper"',
      'case.yaml:22:37-22:46 warning invalid-duration/minDefault Deployment shop/orders | inSource comment case.yaml:22:47-22:88',
    ]);
    assert.equal(r.findings[1]!.message, 'This drainlint-disable-file comment suppresses no finding of misplaced-grace-period.');
  });

  it("inside a ConfigMap's mesh text, and on a ProxyConfig; an annotation on the mesh ConfigMap", async () => {
    const r = await lintText(MESH_AND_PROXY_CONFIG, { reportUnusedDisableDirectives: true });
    assert.deepEqual(shapes(r), [
      'case.yaml:11:7-11:38 warning unknown-proxy-config-key/misspelt | inSource annotation case.yaml:7:5-7:49 "set for the 1.9 control plane"',
      'case.yaml:14:33-14:35 error proxy-metadata-not-string/meshNotString ConfigMap istio-system/istio | inSource comment case.yaml:13:9-13:93 "istiod of 1.9 accepted it"',
      'case.yaml:16:1-16:59 warning unused-disable-directive/unusedComment',
      'case.yaml:23:3-23:27 warning proxy-config-resource-misuse/prunedField ProxyConfig shop/drain | inSource comment case.yaml:23:33-23:109 "pruned, as intended"',
    ]);
  });

  it('next-line covers a line of its own document; files are read document by document', async () => {
    const text = `apiVersion: v1
kind: Namespace
metadata: {name: shop}
# drainlint-disable-next-line misplaced-grace-period
---
# Source: chart/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata: {name: a, namespace: shop}
spec:
  # drainlint-disable-next-line misplaced-grace-period -- the chart's default
  # (rendered by helm template)
  terminationGracePeriodSeconds: 60
  template: {spec: {containers: [{name: a, image: a}]}}
`;
    const r = await lintText(text, { reportUnusedDisableDirectives: true });
    assert.deepEqual(shapes(r), [
      'case.yaml:4:1-4:53 warning unused-disable-directive/unusedComment',
      'case.yaml:13:3-13:32 error misplaced-grace-period/notAField Deployment shop/a | inSource comment case.yaml:11:3-11:78 "the chart\'s default"',
    ]);
  });

  it('never suppress engine findings: a parse-error stays', async () => {
    const r = await lintText(`# drainlint-disable-file\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, name: b}\n`);
    assert.deepEqual(shapes(r), ['case.yaml:4:21-4:25 error parse-error/duplicateKey']);
  });
});

describe('annotations', () => {
  it('drainlint.io/ignore on the pod template, drainlint.io/ignore-<rule-id> with its reason on the workload (not itself misplaced), "*"', async () => {
    const r = await lintText(ANNOTATIONS, { reportUnusedDisableDirectives: true });
    assert.deepEqual(shapes(r), [
      'case.yaml:8:5-8:30 error misplaced-annotation/injectorAnnotation Deployment shop/payments | inSource annotation case.yaml:19:9-19:28',
      'case.yaml:10:3-10:32 error misplaced-grace-period/notAField Deployment shop/payments | inSource annotation case.yaml:7:5-7:47 "the chart renders it here; fixed upstream in 3.2"',
      'case.yaml:20:43-20:54 error invalid-duration/lifetimeNotDuration Deployment shop/payments | inSource annotation case.yaml:19:9-19:28',
      'case.yaml:32:3-32:32 error misplaced-grace-period/notAField Deployment shop/refunds | inSource annotation case.yaml:41:9-41:28',
    ]);
  });

  it('leave a workload out of a finding reported once for a mesh-wide setting', async () => {
    const text = readFileSync(path.join(ROOT, 'fixtures/termination-drain-duration-ignored/mesh-iop.yaml'), 'utf8');
    const workloads = ['cart', 'catalog', 'checkout'].map((name, i) => `---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  namespace: shop\nspec:\n  template:\n    metadata:\n      annotations:\n        drainlint.io/ignore: "${i === 0 ? 'termination-drain-duration-ignored' : 'none-of-these'}"\n    spec:\n      containers:\n        - name: ${name}\n          image: example/${name}:1.0\n`);
    const r = await lintText(text + workloads.join(''), { onlyRules: ['termination-drain-duration-ignored'] });
    assert.deepEqual(shapes(r), ['case.yaml:10:33-10:36 warning termination-drain-duration-ignored/ignoredMinCovers']);
    // The default profile's ingress gateway is the first workload using the mesh config; cart is left out.
    assert.match(r.findings[0]!.help, /The same applies to 2 more workloads using this mesh config: Deployment shop\/catalog and Deployment shop\/checkout\.$/);
    assert.doesNotMatch(r.findings[0]!.help, /shop\/cart/);
    const all = await lintText(text + workloads.map((w) => w.replace('none-of-these', 'termination-drain-duration-ignored')).join(''), { onlyRules: ['termination-drain-duration-ignored'] });
    // Left for the gateway alone, which suppresses nothing.
    assert.deepEqual(shapes(all), ['case.yaml:10:33-10:36 warning termination-drain-duration-ignored/ignoredMinCovers']);
    assert.doesNotMatch(all.findings[0]!.help, /The same applies|shop\//);
  });
});

describe('--no-inline-suppressions', () => {
  it('ignores annotations and comments, and reports no directive as unused', async () => {
    const r = await lintText(ANNOTATIONS + '---\n' + TOP_LEVEL, { inlineSuppressions: false, reportUnusedDisableDirectives: true });
    assert.deepEqual(r.findings.filter((f) => f.suppressions || f.ruleId === 'unused-disable-directive'), []);
    assert.deepEqual(
      r.findings.map((f) => `${f.range.line} ${f.ruleId}`),
      ['8 misplaced-annotation', '10 misplaced-grace-period', '20 invalid-duration', '32 misplaced-grace-period', '53 misplaced-annotation', '54 misplaced-annotation', '59 misplaced-grace-period'],
    );
  });
});

describe('--report-unused-disable-directives', () => {
  it('names rule ids that do not exist, with the closest one', async () => {
    const r = await lintText(TOP_LEVEL.replace('drain-exceeds-grace-period', 'misplaced-grace-periods, no-such-rule'), { reportUnusedDisableDirectives: true });
    const unknown = r.findings.filter((f) => f.messageId === 'unknownRule');
    assert.deepEqual(unknown.map(shape), ['case.yaml:12:3-12:70 warning unused-disable-directive/unknownRule']);
    assert.equal(unknown[0]!.message, 'This drainlint-disable-next-line comment names misplaced-grace-periods or no-such-rule, which are no drainlint rule.');
    const one = await lintText(TOP_LEVEL.replace('drain-exceeds-grace-period', 'misplaced-grace-periods'), { reportUnusedDisableDirectives: true });
    assert.match(one.findings.find((f) => f.messageId === 'unknownRule')!.help, /^Did you mean misplaced-grace-period\? /);
  });
  it('judges only the rules that ran; a directive for every rule only when all ran', async () => {
    const only = await lintText(TOP_LEVEL, { reportUnusedDisableDirectives: true, onlyRules: ['misplaced-grace-period'] });
    assert.deepEqual(only.findings.filter((f) => f.ruleId === 'unused-disable-directive'), []);
    const seed = readFileSync(path.join(ROOT, 'fixtures/examples/seed-per-workload/deployment.yaml'), 'utf8');
    const every = await lintText('# drainlint-disable-file\n' + seed, { reportUnusedDisableDirectives: true });
    assert.deepEqual(shapes(every), ['case.yaml:17:5-17:9 warning connections-outlive-grace-period/cut Deployment orders/test | inSource comment case.yaml:1:1-1:25']);
    const none = await lintText('# drainlint-disable-file\n' + readFileSync(path.join(ROOT, 'fixtures/seed-fixed/per-workload/deployment.yaml'), 'utf8'), { reportUnusedDisableDirectives: true });
    assert.deepEqual(shapes(none), ['case.yaml:1:1-1:25 warning unused-disable-directive/unusedComment']);
    assert.equal(none.findings[0]!.message, 'This drainlint-disable-file comment suppresses no finding.');
    const partial = await lintText('# drainlint-disable-file\n' + readFileSync(path.join(ROOT, 'fixtures/seed-fixed/per-workload/deployment.yaml'), 'utf8'), { reportUnusedDisableDirectives: true, disableRules: ['invalid-duration'] });
    assert.deepEqual(shapes(partial), []);
  });
  it('keeps its message one short sentence however many ids a directive names', async () => {
    const ids = ['native-sidecar-ignores-drain-settings', 'min-drain-shorter-than-app-prestop', 'listeners-close-before-drain-ends', 'termination-drain-duration-ignored', 'drain-setting-outside-proxy-metadata'];
    const r = await lintText(`# drainlint-disable-file ${ids.join(', ')}\n${readFileSync(path.join(ROOT, 'fixtures/seed-fixed/per-workload/deployment.yaml'), 'utf8')}`, { reportUnusedDisableDirectives: true });
    assert.deepEqual(r.findings.map((f) => f.message), ['This drainlint-disable-file comment suppresses no finding of native-sidecar-ignores-drain-settings or 4 more.']);
  });
  it('is off by default', async () => {
    const r = await lintText(TOP_LEVEL);
    assert.deepEqual(r.findings.filter((f) => f.ruleId === 'unused-disable-directive'), []);
  });
});

/** A repository with a config file whose overrides cover a vendored chart, a namespace and a container. */
function overridesRepo(): string {
  const dir = tmp();
  const write = (f: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), text);
  };
  write(
    'k8s/orders.yaml',
    `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
  annotations:
    sidecar.istio.io/proxyCPU: 100m
spec:
  terminationGracePeriodSeconds: 60
  selector:
    matchLabels:
      app: orders
  template:
    metadata:
      labels:
        app: orders
        team: core
        sidecar.istio.io/inject: "true"
    spec:
      containers:
        - name: orders
          image: example/orders:2.0
          env:
            - name: MINIMUM_DRAIN_DURATION
              value: "20s"
        - name: audit
          image: example/audit:1.0
          env:
            - name: MINIMUM_DRAIN_DURATION
              value: "20s"
`,
  );
  write(
    'vendor/redis.yaml',
    `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: redis
  namespace: cache
spec:
  terminationGracePeriodSeconds: 60
  serviceName: redis
  selector:
    matchLabels:
      app: redis
  template:
    metadata:
      labels:
        app: redis
      annotations:
        proxy.istio.io/config: |
          proxyMetadata:
            EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"
    spec:
      containers:
        - name: redis
          image: redis:7
          ports:
            - name: tcp-redis
              containerPort: 6379
`,
  );
  write(
    '.drainlint.yaml',
    `rules:
  exit-on-zero-unbounded: off
overrides:
  - match: { file: "vendor/**" }
    rules: { misplaced-grace-period: off }
    reason: vendored chart
  - match: { namespace: "sh*", labels: { team: core } }
    rules: { misplaced-annotation: warning }
  - match: { kind: StatefulSet, name: "redi?" }
    rules: { exit-on-zero-unbounded: true }
  - match: { kind: Deployment, name: orders }
    rules: { misplaced-grace-period: off }
  - match: { name: orders }
    rules: { misplaced-grace-period: info }
  - match: { container: audit }
    rules: { drain-env-on-app-container: false }
`,
  );
  return dir;
}

describe('config overrides', () => {
  it('turn rules off (kept, suppressed: external, with the reason and the entry), change severity, and turn on a rule that is off; a later entry wins', async () => {
    const dir = overridesRepo();
    const r = await lint({ paths: ['.'], options: { cwd: dir } });
    assert.deepEqual(shapes(r), [
      // namespace glob and labels: warning instead of error
      'k8s/orders.yaml:7:5-7:30 warning misplaced-annotation/injectorAnnotation Deployment shop/orders',
      // off by kind and name, then on again at info by name
      'k8s/orders.yaml:9:3-9:32 info misplaced-grace-period/notAField Deployment shop/orders',
      'k8s/orders.yaml:24:21-24:43 error drain-env-on-app-container/appEnv Deployment shop/orders [orders]',
      // by container
      'k8s/orders.yaml:29:21-29:43 error drain-env-on-app-container/appEnv Deployment shop/orders [audit] | external override .drainlint.yaml:15:5-16:49',
      // by file glob
      'vendor/redis.yaml:7:3-7:32 error misplaced-grace-period/notAField StatefulSet cache/redis | external override .drainlint.yaml:4:5-6:27 "vendored chart"',
      // off in rules, on for this StatefulSet only
      'vendor/redis.yaml:19:46-19:52 info exit-on-zero-unbounded/unbounded StatefulSet cache/redis',
    ]);
  });

  it('still apply with --no-inline-suppressions', async () => {
    const r = await lint({ paths: ['.'], options: { cwd: overridesRepo(), inlineSuppressions: false } });
    assert.equal(r.findings.filter((f) => f.suppressions?.[0]?.via === 'override').length, 2);
  });

  it('are validated: keys of match, rule ids, settings', async () => {
    const dir = tmp();
    const attempt = async (text: string) => {
      writeFileSync(path.join(dir, 'c.yaml'), text);
      try {
        await lint({ paths: ['.'], options: { cwd: dir, config: 'c.yaml' } });
        return 'no error';
      } catch (e) {
        assert.ok(e instanceof UsageError);
        return e.message;
      }
    };
    assert.equal(await attempt('overrides:\n  - match: { nmae: x }\n    rules: { misplaced-grace-period: off }\n'), 'c.yaml:2:14: invalid configuration file: unknown key "nmae" in overrides.0.match (did you mean "name"?); allowed keys: kind, namespace, name, labels, container, file');
    assert.equal(await attempt('overrides:\n  - match: { name: x }\n    rules: { misplaced-grace-perod: off }\n'), 'c.yaml:3:14: unknown rule id "misplaced-grace-perod" in the configuration file: did you mean "misplaced-grace-period"? (drainlint rules lists them)');
    assert.equal(await attempt('overrides:\n  - match: {}\n    rules: { misplaced-grace-period: off }\n'), 'c.yaml:2:12: invalid configuration file: overrides.0.match must NOT have fewer than 1 properties');
    assert.equal(await attempt('overrides:\n  - match: { name: x }\n    rules: { misplaced-grace-period: loud }\n'), 'c.yaml:3:38: invalid configuration file: overrides.0.rules.misplaced-grace-period is "loud"; allowed values: off, error, warning, info, true, false');
  });
});

describe('a suppressed finding in every format', () => {
  /** The adoption example: comments, an annotation, an override, and what is left. */
  const adopt = () => lint({ paths: ['fixtures/adopt'], options: { cwd: ROOT, config: 'fixtures/adopt/.drainlint.yaml' } });
  const ctx = { version: '0.0.0-test' };

  it('is in the result set, marked; counts and failsAt ignore it', async () => {
    const r = await adopt();
    assert.deepEqual(shapes(r), [
      'fixtures/adopt/k8s/catalog.yaml:7:5-7:28 error misplaced-annotation/injectionLabel Deployment shop/catalog',
      'fixtures/adopt/k8s/orders.yaml:20:37-20:49 warning invalid-duration/minDefault Deployment shop/orders | inSource comment fixtures/adopt/k8s/orders.yaml:19:13-19:100 "read by our own wrapper, not by Istio"',
      'fixtures/adopt/k8s/orders.yaml:23:38-23:40 warning connections-outlive-grace-period/cut Deployment shop/orders | inSource comment fixtures/adopt/k8s/orders.yaml:22:7-22:97 "clients retry; JIRA-1234"',
      'fixtures/adopt/k8s/payments.yaml:9:3-9:32 error misplaced-grace-period/notAField Deployment shop/payments | inSource annotation fixtures/adopt/k8s/payments.yaml:7:5-7:47 "the chart renders it here; fixed upstream in 3.2"',
      'fixtures/adopt/vendor/redis/statefulset.yaml:10:3-10:32 error misplaced-grace-period/notAField StatefulSet cache/redis | external override fixtures/adopt/.drainlint.yaml:3:5-6:57 "vendored Redis chart, fixed upstream in 19.1"',
      'fixtures/adopt/vendor/redis/statefulset.yaml:22:46-22:52 warning exit-on-zero-unbounded/unbounded StatefulSet cache/redis',
    ]);
    assert.deepEqual(r.findings.map((f) => failsAt(f, 'info')), [true, false, false, false, false, true]);
  });

  it('JSON marks it (schema-valid): suppressions with kind, via, justification and where; the summary counts it apart', async () => {
    const r = await adopt();
    const doc = JSON.parse(formatters.json(r, ctx)) as { summary: unknown; findings: { suppressions?: unknown; fingerprint: string }[] };
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'result.schema.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    assert.ok(validate(doc), JSON.stringify(validate.errors?.slice(0, 3)));
    assert.deepEqual(doc.summary, { files: 5, skipped: 0, errors: 1, warnings: 1, infos: 0, suppressed: 4 });
    assert.deepEqual(doc.findings[1].suppressions, [{ kind: 'inSource', via: 'comment', justification: 'read by our own wrapper, not by Istio', file: 'fixtures/adopt/k8s/orders.yaml', line: 19, column: 13, endLine: 19, endColumn: 100 }]);
    assert.deepEqual(doc.findings[4].suppressions, [{ kind: 'external', via: 'override', justification: 'vendored Redis chart, fixed upstream in 19.1', file: 'fixtures/adopt/.drainlint.yaml', line: 3, column: 5, endLine: 6, endColumn: 57 }]);
    assert.equal(doc.findings[0].suppressions, undefined);
    assert.match(doc.findings[0].fingerprint, /^[0-9a-f]{16}$/);
  });

  it('SARIF carries suppressions[] (inSource or external, with the justification) and validates against SARIF 2.1.0', async () => {
    const r = await lint({ paths: ['fixtures/adopt'], options: { cwd: ROOT, config: 'fixtures/adopt/.drainlint.yaml', baseline: 'fixtures/adopt/.drainlint-baseline.json' } });
    const text = formatters.sarif(r, ctx);
    assertSarif(text);
    const results = JSON.parse(text).runs[0].results as { ruleId: string; suppressions?: unknown[]; partialFingerprints?: Record<string, string> }[];
    assert.equal(results.length, 6);
    assert.deepEqual(results[1]!.suppressions, [
      {
        kind: 'inSource',
        status: 'accepted',
        justification: 'read by our own wrapper, not by Istio',
        location: { physicalLocation: { artifactLocation: { uri: 'fixtures/adopt/k8s/orders.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 19, startColumn: 13, endLine: 19, endColumn: 100 } } },
        properties: { via: 'comment' },
      },
    ]);
    assert.deepEqual(results[4]!.suppressions, [
      {
        kind: 'external',
        status: 'accepted',
        justification: 'vendored Redis chart, fixed upstream in 19.1',
        location: { physicalLocation: { artifactLocation: { uri: 'fixtures/adopt/.drainlint.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 5, endLine: 6, endColumn: 57 } } },
        properties: { via: 'override' },
      },
    ]);
    // The two findings left are in the baseline.
    for (const i of [0, 5]) {
      assert.deepEqual(results[i]!.suppressions, [{ kind: 'external', status: 'accepted', location: { physicalLocation: { artifactLocation: { uri: 'fixtures/adopt/.drainlint-baseline.json', uriBaseId: '%SRCROOT%' } } }, properties: { via: 'baseline' } }]);
    }
    assert.deepEqual(Object.keys(results[0]!.partialFingerprints ?? {}), ['drainlintFingerprint/v1']);
  });

  it('stylish hides it unless asked (reportSuppressed), and counts it apart', async () => {
    const r = await adopt();
    const hidden = formatters.stylish(r, { ...ctx, help: false });
    assert.ok(!hidden.includes('invalid-duration'), hidden);
    assert.match(hidden, /\n✖ 2 problems \(1 error, 1 warning, 0 info\), 4 suppressed\n  1 problem potentially fixable with the `--fix` option.\n$/);
    const shown = formatters.stylish(r, { ...ctx, help: false, reportSuppressed: true });
    assert.match(shown, /invalid-duration\n {19}in Deployment shop\/orders\n {19}suppressed by a comment at fixtures\/adopt\/k8s\/orders\.yaml:19\n {19}\(read by our own wrapper, not by Istio\)\n/);
    assert.match(shown, /suppressed by a config override at\n {19}fixtures\/adopt\/\.drainlint\.yaml:3 \(vendored Redis chart, fixed\n {19}upstream in 19\.1\)\n/);
    const clean = formatters.stylish({ ...r, findings: r.findings.filter((f) => f.suppressions) }, ctx);
    assert.equal(clean, '✔ no problems (5 files checked; 4 suppressed)\n');
  });

  it('github annotates only what is not suppressed; markdown lists only that and counts the rest', async () => {
    const r = await adopt();
    const annotations = formatters.github(r, ctx).trim().split('\n');
    assert.deepEqual(annotations.map((a) => /^::(\w+) file=([^,]+),line=(\d+)/.exec(a)!.slice(1).join(' ')), ['error fixtures/adopt/k8s/catalog.yaml 7', 'warning fixtures/adopt/vendor/redis/statefulset.yaml 22']);
    const md = formatters.markdown(r, ctx);
    assert.match(md, /^## drainlint\n\n\*\*2 problems\*\* \(1 error, 1 warning, 0 info\) in 5 files checked\. 4 findings suppressed\.\n/);
    assert.ok(!md.includes('invalid-duration') && !md.includes('payments'), md);
  });

  it('html lists only what is not suppressed and counts the rest', async () => {
    const page = formatters.html(await adopt(), ctx);
    assert.match(page, /<li><b>4<\/b>suppressed<\/li>/);
    assert.ok(page.includes('fixtures/adopt/k8s/catalog.yaml:7'), 'an unsuppressed finding is listed');
    assert.ok(!page.includes('invalid-duration') && !page.includes('payments'), 'no suppressed finding is listed');
  });

  it('the command line: exit 0 when only suppressed findings are left; --report-suppressed shows them', () => {
    const only = runCli(['fixtures/adopt/k8s/orders.yaml', 'fixtures/adopt/k8s/payments.yaml']);
    assert.deepEqual([only.code, only.stdout, only.stderr], [0, '✔ no problems (2 files checked; 3 suppressed)\n', '']);
    const shown = runCli(['fixtures/adopt/k8s/payments.yaml', '--report-suppressed', '--no-help']);
    assert.equal(shown.code, 0);
    assert.match(shown.stdout, /^fixtures\/adopt\/k8s\/payments\.yaml\n {2}9:3 {5}error {4}terminationGracePeriodSeconds is not a field of the\n/);
    assert.match(shown.stdout, /suppressed by an annotation at\n {19}fixtures\/adopt\/k8s\/payments\.yaml:7 \(the chart renders it\n {19}here; fixed upstream in 3\.2\)\n\n✔ no problems \(1 file checked; 1 suppressed\)\n$/);
    const policy = runCli(['fixtures/adopt/k8s/payments.yaml', '--no-inline-suppressions', '-f', 'json']);
    assert.equal(policy.code, 1);
    assert.equal(JSON.parse(policy.stdout).summary.errors, 1);
  });

  it('--quiet keeps suppressed findings at the level in machine formats (SARIF shows them dismissed)', () => {
    const r = runCli(['fixtures/adopt/k8s/payments.yaml', '-q', '--fail-on', 'error', '-f', 'sarif']);
    assert.equal(r.code, 0);
    const log = assertSarif(r.stdout);
    assert.deepEqual(log.runs[0]!.results.map((x) => x.ruleId), ['misplaced-grace-period']);
  });
});
