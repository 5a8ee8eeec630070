/**
 * The npm package as users get it: the tarball `npm pack` makes (what pre-commit and the registry
 * install), installed into a fresh project with --omit=dev and without the registry; its bin, its
 * library entry imported by name, its type declarations compiled against; and the same from a git
 * checkout, with no build step.
 */
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT } from './helpers/rule-tester.js';
import { plainEnv } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const SEED = path.join(ROOT, 'fixtures/examples/seed-per-workload/deployment.yaml');
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

function sh(cmd: string, args: string[], opts: SpawnSyncOptions = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: plainEnv(), ...opts });
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** A fresh project with drainlint installed from `spec` (a tarball or a git URL), dev dependencies omitted, offline. */
function project(spec: string): string {
  const dir = tempDir('drainlint-consumer-');
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const r = sh('npm', ['install', '--omit=dev', '--offline', '--no-audit', '--no-fund', spec], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  return dir;
}

let tmp: string;
let tarball: string;
let packStdout: string;
before(() => {
  tmp = tempDir('drainlint-pack-');
  const r = sh('npm', ['pack', '--pack-destination', tmp], { cwd: ROOT });
  assert.equal(r.code, 0, r.stderr);
  packStdout = r.stdout;
  tarball = path.join(tmp, r.stdout.trim());
});
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm pack', () => {
  it('prints only the tarball name on stdout (pre-commit reads it as the file to install)', () => {
    assert.equal(packStdout, `drainlint-${VERSION}.tgz\n`);
  });

  it('ships the bundle, schemas, rule docs, LICENSE and README — no tests, fixtures or sources', () => {
    const files = sh('tar', ['-tzf', tarball]).stdout.trim().split('\n').map((f) => f.replace(/^package\//, ''));
    for (const f of ['package.json', 'LICENSE', 'README.md', 'bin/drainlint.js', 'bin/package.json', 'dist/cli.cjs', 'dist/code-cache.cjs', 'dist/index.js', 'dist/index.d.ts', 'dist/action.js', 'dist/licenses.txt', 'schema/drainlint.schema.json', 'schema/result.schema.json', 'rules/drain-exceeds-grace-period/README.md', 'docs/parse-error.md']) {
      assert.ok(files.includes(f), `${f} is in the package`);
    }
    assert.deepEqual(files.filter((f) => /^(test|fixtures|build|src|scripts|bench)\/|\.test\.|\.ts$/.test(f) && f !== 'dist/index.d.ts'), []);
  });

  it('declares bin, exports, types, files, engines and license', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.bin, { drainlint: 'bin/drainlint.js' });
    assert.deepEqual(pkg.exports['.'], { types: './dist/index.d.ts', import: './dist/index.js' });
    assert.equal(pkg.types, 'dist/index.d.ts');
    assert.equal(pkg.engines.node, '>=20');
    assert.equal(pkg.license, 'Apache-2.0');
    assert.match(readFileSync(path.join(ROOT, 'LICENSE'), 'utf8'), /Apache License\s+Version 2\.0, January 2004/);
    assert.equal(pkg.dependencies, undefined, 'everything it runs is in the bundle');
    assert.equal(pkg.scripts.prepare, undefined, 'no install-time script');
  });
});

describe('installed from the tarball with --omit=dev, offline', () => {
  let dir: string;
  before(() => {
    dir = project(tarball);
    copyFileSync(SEED, path.join(dir, 'deployment.yaml'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('npx drainlint --version', () => {
    const r = sh('npx', ['drainlint', '--version'], { cwd: dir });
    assert.deepEqual([r.code, r.stdout], [0, `${VERSION}\n`]);
  });

  it('npx drainlint lints', () => {
    const r = sh('npx', ['drainlint', 'deployment.yaml'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^deployment\.yaml\n {2}16:5 +warning [^\n]+\n[\s\S]*? connections-outlive-grace-period\n/);
  });

  it("import { lint, formatters } from 'drainlint'", () => {
    writeFileSync(
      path.join(dir, 'use.mjs'),
      [
        "import { lint, formatters } from 'drainlint';",
        "import { readFileSync } from 'node:fs';",
        "const result = await lint({ texts: [{ path: 'k8s/app.yaml', text: readFileSync('deployment.yaml', 'utf8') }], options: { config: false } });",
        'process.stdout.write(formatters.json(result));',
      ].join('\n'),
    );
    const r = sh(process.execPath, ['use.mjs'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.deepEqual(doc.findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`), ['k8s/app.yaml connections-outlive-grace-period']);
    assert.equal(doc.tool.version, VERSION);
  });

  it('its type declarations compile a consumer strictly, and catch a wrong call', () => {
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, skipLibCheck: false, types: [] }, files: ['use.ts'] }));
    const good = [
      "import { lint, formatters, UsageError, type Finding, type LintResult, type LintOptions } from 'drainlint';",
      "const options: LintOptions = { paths: ['k8s/'], texts: [{ path: 'a.yaml', text: 'kind: Pod' }], options: { meshConfig: ['istio.yaml'], istioVersion: '1.24' } };",
      'export async function run(): Promise<string> {',
      '  const result: LintResult = await lint(options);',
      '  const first: Finding | undefined = result.findings[0];',
      "  const line: number = first?.range.line ?? 0;",
      "  if (result.missing.length > 0) throw new UsageError('missing');",
      '  return formatters.sarif(result) + formatters.markdown(result, { blobUrl: "https://example.com" }) + formatters.github(result) + String(line);',
      '}',
    ].join('\n');
    writeFileSync(path.join(dir, 'use.ts'), good);
    const ok = sh(process.execPath, [TSC, '-p', 'tsconfig.json'], { cwd: dir });
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    writeFileSync(path.join(dir, 'use.ts'), "import { lint, formatters } from 'drainlint';\nexport const r = lint({ paths: 'k8s/' });\nexport const s = formatters.xml;\n");
    const bad = sh(process.execPath, [TSC, '-p', 'tsconfig.json'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stdout, /use\.ts\(2,\d+\): error TS2322: Type 'string' is not assignable to type 'string\[\]'/);
    assert.match(bad.stdout, /use\.ts\(3,\d+\): error TS2339: Property 'xml' does not exist/);
  });
});

describe('installed from a git checkout', () => {
  it('needs no build step and no dev dependency (--omit=dev, offline)', () => {
    const clone = tempDir('drainlint-clone-');
    try {
      assert.equal(sh('git', ['clone', '-q', ROOT, clone]).code, 0);
      const sha = sh('git', ['rev-parse', 'HEAD'], { cwd: clone }).stdout.trim();
      const dir = project(`git+file://${clone}#${sha}`);
      const r = sh('npx', ['drainlint', '--version'], { cwd: dir });
      assert.deepEqual([r.code, r.stdout], [0, `${VERSION}\n`]);
      rmSync(dir, { recursive: true, force: true });
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});
