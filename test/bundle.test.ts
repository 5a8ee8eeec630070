/**
 * The committed bundle (dist/) and generated validators: they are exactly what `npm run bundle`
 * makes from the sources, they need nothing but Node, and a run runs only the code it needs.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { builtinModules, SourceMap } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { ROOT } from './helpers/rule-tester.js';
import { BIN, plainEnv } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

interface Metafile {
  outputs: Record<string, { imports: { path: string; external?: boolean }[] }>;
}
interface BuildScript {
  build(outDir: string, opts: { writeSources: boolean; sourceMap: boolean }): Promise<Metafile>;
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
/** What the bundle imports from outside itself. */
const externals = new Set<string>();

before(async () => {
  script = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'build.mjs')).href)) as BuildScript;
  fresh = tempDir('drainlint-bundle-');
  const meta = await script.build(fresh, { writeSources: false, sourceMap: true });
  for (const { imports } of Object.values(meta.outputs)) for (const i of imports) if (i.external) externals.add(i.path);
});
after(() => rmSync(fresh, { recursive: true, force: true }));

describe('the committed bundle', () => {
  it('src/generated/validators.ts is what the build generates', async () => {
    assert.ok(readFileSync(path.join(ROOT, script.VALIDATORS), 'utf8') === (await script.generateValidators()), `${script.VALIDATORS} ${STALE}`);
  });

  it('dist/ is byte for byte what the build makes', () => {
    const committed = filesUnder(DIST);
    assert.deepEqual(committed, filesUnder(fresh).filter((f) => !f.endsWith('.map')), `the files of dist/ ${STALE}`);
    for (const f of committed) assert.ok(readFileSync(path.join(DIST, f)).equals(readFileSync(path.join(fresh, f))), `dist/${f} ${STALE}`);
  });

  it('imports nothing but Node built-ins and its own files (installing needs no dependency)', () => {
    const builtins = new Set(builtinModules);
    const outside = [...externals].filter((spec) => !spec.startsWith('node:') && !builtins.has(spec));
    assert.ok(externals.has('node:path'), 'the build reports its imports');
    assert.deepEqual(outside, []);
  });
});

describe('a run runs only the code it needs', () => {
  /**
   * The sources some code of which a CLI run executed: V8 logs the first execution of every function
   * (--log-function-events), and the fresh build's source map names the source of each one in
   * dist/cli.cjs (the same bytes). Without the code cache, so that every function is compiled afresh.
   */
  function ranBy(args: string[]): Set<string> {
    const dir = tempDir('drainlint-runs-');
    try {
      const log = path.join(dir, 'v8.log');
      const r = spawnSync(process.execPath, ['--log-function-events', `--logfile=${log}`, '--no-logfile-per-isolate', BIN, ...args], { cwd: ROOT, env: plainEnv({ NODE_DISABLE_COMPILE_CACHE: '1' }), encoding: 'utf8' });
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      const bundle = path.join(DIST, 'cli.cjs');
      const lines = readFileSync(log, 'utf8').split('\n').map((l) => l.split(','));
      const scripts = new Set(lines.filter((f) => f[0] === 'script-details' && f[2] === bundle).map((f) => f[1]));
      assert.equal(scripts.size, 1, 'the log names the bundle');
      // Positions count from the start of the CommonJS wrapper around the bundle's text.
      const wrapper = Module.wrap('\0').indexOf('\0');
      const text = readFileSync(bundle, 'utf8');
      const lineStarts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
      const map = new SourceMap(JSON.parse(readFileSync(path.join(fresh, 'cli.cjs.map'), 'utf8')));
      const ran = new Set<string>();
      for (const f of lines) {
        if (f[0] !== 'function' || f[1] !== 'first-execution' || !scripts.has(f[2]!)) continue;
        const offset = Number(f[3]) - wrapper;
        if (offset < 0) continue; // the wrapper
        let line = lineStarts.length - 1;
        while (lineStarts[line]! > offset) line--;
        const entry = map.findEntry(line, offset - lineStarts[line]!) as { originalSource?: string };
        if (entry.originalSource) ran.add(path.relative(ROOT, path.resolve(fresh, entry.originalSource.replace(/^file:\/\//, ''))).split(path.sep).join('/'));
      }
      return ran;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  /** What a one-file run in JSON has no use for: globbing, colours, Ajv's compiler, the other formatters, explain. */
  const OPTIONAL = /node_modules\/(globby|fast-glob|chalk|ajv\/dist\/(?!runtime\/))|src\/report\/(stylish|sarif|github|markdown|html|explain-\w+)\.ts|src\/explain\/(run|select)\.ts/;

  it('one file to JSON: nothing of globby, chalk, the Ajv compiler, another formatter or explain', () => {
    const ran = [...ranBy(['fixtures/examples/seed-per-workload/deployment.yaml', '-f', 'json'])];
    assert.ok(ran.includes('src/report/json.ts') && ran.includes('src/cli.ts'), ran.join(' '));
    assert.deepEqual(ran.filter((s) => OPTIONAL.test(s)), []);
  });

  /**
   * Which of Node's modules a CLI run loaded (process.moduleLoadList, written by a preloaded script
   * when the run exits), its report going nowhere as in the benchmarks (a pipe would load node:net).
   */
  function builtinsLoaded(args: string[]): string[] {
    const dir = tempDir('drainlint-builtins-');
    try {
      const list = path.join(dir, 'modules.txt');
      const preload = path.join(dir, 'record.cjs');
      writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));`);
      const r = spawnSync(process.execPath, ['--require', preload, BIN, ...args], { cwd: ROOT, env: plainEnv(), encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      return readFileSync(list, 'utf8').split('\n').flatMap((l) => (l.startsWith('NativeModule ') ? [l.slice('NativeModule '.length)] : []));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const OPTIONAL_BUILTINS = ['crypto', 'child_process', 'net', 'worker_threads', 'internal/fs/promises'];

  it('a file without findings loads none of crypto (fingerprints load it), child_process, net, worker_threads or fs.promises', () => {
    assert.deepEqual(builtinsLoaded(['fixtures/clean/kubernetes/daemonset-log-agent.yaml', '-f', 'json']).filter((m) => OPTIONAL_BUILTINS.includes(m)), []);
    assert.deepEqual(builtinsLoaded(['fixtures/examples/seed-per-workload/deployment.yaml', '-f', 'json']).filter((m) => OPTIONAL_BUILTINS.includes(m)), ['crypto']);
  });

  it('a run on two threads loads worker_threads (so the check above can fail)', () => {
    assert.ok(builtinsLoaded(['fixtures/examples/seed-per-workload', '--threads', '2', '-f', 'json']).includes('worker_threads'));
  });

  it('a folder in stylish runs globby and chalk, and explain runs explain (so the check above can fail)', () => {
    const ran = [...ranBy(['fixtures/examples/seed-per-workload', '-f', 'stylish'])];
    assert.ok(ran.some((s) => s.startsWith('node_modules/globby/')));
    assert.ok(ran.some((s) => s.startsWith('node_modules/chalk/')));
    assert.ok(ran.includes('src/report/stylish.ts'));
    assert.ok(ranBy(['explain', 'fixtures/examples/seed-per-workload']).has('src/explain/run.ts'));
  });
});
