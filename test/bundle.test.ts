/**
 * The committed bundle (dist/) and generated validators: they are exactly what `npm run bundle`
 * makes from the sources, they need nothing but Node, and a run loads only what it needs.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { ROOT } from './helpers/rule-tester.js';
import { BIN, plainEnv } from './helpers/cli.js';

interface Metafile {
  outputs: Record<string, { inputs: Record<string, unknown>; imports: { path: string; external?: boolean }[] }>;
}
interface BuildScript {
  build(outDir: string, opts: { writeSources: boolean }): Promise<Metafile>;
  generateValidators(): Promise<string>;
  VALIDATORS: string;
}

const DIST = path.join(ROOT, 'dist');
const STALE = 'is not what `npm run bundle` makes from the sources: run npm run bundle and commit the result';

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d).sort()) {
      const p = path.join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(path.relative(dir, p).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

let script: BuildScript;
let fresh: string;
/** For each bundle file (relative to dist/), the sources it holds. */
const sourcesOf = new Map<string, string[]>();
/** What the bundle imports from outside itself. */
const externals = new Set<string>();

before(async () => {
  script = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'build.mjs')).href)) as BuildScript;
  fresh = mkdtempSync(path.join(os.tmpdir(), 'drainlint-bundle-'));
  const meta = await script.build(fresh, { writeSources: false });
  for (const [out, { inputs, imports }] of Object.entries(meta.outputs)) {
    sourcesOf.set(path.relative(fresh, path.resolve(ROOT, out)).split(path.sep).join('/'), Object.keys(inputs));
    for (const i of imports) if (i.external) externals.add(i.path);
  }
});
after(() => rmSync(fresh, { recursive: true, force: true }));

describe('the committed bundle', () => {
  it('src/generated/validators.ts is what the build generates', async () => {
    assert.ok(readFileSync(path.join(ROOT, script.VALIDATORS), 'utf8') === (await script.generateValidators()), `${script.VALIDATORS} ${STALE}`);
  });

  it('dist/ is byte for byte what the build makes', () => {
    const committed = filesUnder(DIST);
    assert.deepEqual(committed, filesUnder(fresh), `the files of dist/ ${STALE}`);
    for (const f of committed) assert.ok(readFileSync(path.join(DIST, f)).equals(readFileSync(path.join(fresh, f))), `dist/${f} ${STALE}`);
  });

  it('imports nothing but Node built-ins and its own files (installing needs no dependency)', () => {
    const builtins = new Set(builtinModules);
    const outside = [...externals].filter((spec) => !spec.startsWith('node:') && !builtins.has(spec));
    assert.ok(externals.has('node:path'), 'the build reports its imports');
    assert.deepEqual(outside, []);
  });
});

describe('a run loads only what it needs', () => {
  /** The bundle files a CLI run loads (relative to dist/), recorded by a module loader hook. */
  function loadedBy(args: string[]): string[] {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'drainlint-loads-'));
    try {
      const log = path.join(dir, 'loaded.txt');
      writeFileSync(log, '');
      writeFileSync(
        path.join(dir, 'hooks.mjs'),
        "import { appendFileSync } from 'node:fs';\nlet log;\nexport function initialize(data) { log = data.log; }\nexport async function load(url, context, next) { if (url.startsWith('file:')) appendFileSync(log, `${url}\\n`); return next(url, context); }\n",
      );
      writeFileSync(path.join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(path.join(dir, 'hooks.mjs')).href)}, { data: { log: ${JSON.stringify(log)} } });\n`);
      const r = spawnSync(process.execPath, ['--import', pathToFileURL(path.join(dir, 'register.mjs')).href, BIN, ...args], { cwd: ROOT, env: plainEnv(), encoding: 'utf8' });
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      const prefix = `${pathToFileURL(DIST).href}/`;
      return readFileSync(log, 'utf8').split('\n').filter((u) => u.startsWith(prefix)).map((u) => u.slice(prefix.length));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const sources = (files: string[]) => files.flatMap((f) => sourcesOf.get(f) ?? assert.fail(`${f} is not a file of the build`));
  const OPTIONAL = /node_modules\/(globby|fast-glob|chalk|ajv\/dist\/(?!runtime\/))|src\/report\/(stylish|sarif|github|markdown)\.ts/;

  it('one file to JSON: no globby, chalk, Ajv compiler, nor another formatter', () => {
    const loaded = sources(loadedBy(['fixtures/examples/seed-per-workload/deployment.yaml', '-f', 'json']));
    assert.ok(loaded.includes('src/report/json.ts') && loaded.includes('src/cli.ts'));
    assert.deepEqual(loaded.filter((s) => OPTIONAL.test(s)), []);
  });

  it('a folder in stylish loads globby and chalk (so the check above can fail)', () => {
    const loaded = sources(loadedBy(['fixtures/examples/seed-per-workload', '-f', 'stylish']));
    assert.ok(loaded.some((s) => s.includes('node_modules/globby/')));
    assert.ok(loaded.some((s) => s.includes('node_modules/chalk/')));
  });
});
