// Builds what is committed: `npm run bundle` writes src/generated/validators.ts and dist/ (a test
// fails when either differs from a fresh build). Plain JavaScript, so that it runs before anything
// is compiled. (It is not called `build`: npm installs the dev dependencies of a package with a
// build script whenever it is installed from git.)
//
// src/generated/validators.ts holds the JSON Schemas (the configuration file's, the gateway chart
// values', and ProxyConfig's and MeshConfig's from src/istio/schemas.ts) compiled by Ajv into
// standalone code: a run never compiles a schema, and never loads Ajv.
//
// dist/index.js (the library) and dist/action.js (the GitHub Action) share chunks under
// dist/chunks/; what only some runs need (formatters, globby) sits in chunks of its own that load on
// first use. The command line is one CommonJS file, dist/cli.cjs, that bin/drainlint.js compiles
// through a V8 code cache (src/code-cache.ts, built to dist/code-cache.cjs): a run after the first
// compiles next to nothing, which no cache can do for ES modules on Node 20. In it, what a run may
// not need (formatters, explain, globby) is wrapped by esbuild to run on first use. dist/index.d.ts
// declares the library's API, and dist/licenses.txt carries the licenses of the bundled packages.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The ES module entries; the command line is built apart (CLI_ENTRY). */
export const ENTRY_POINTS = { index: 'src/index.ts', action: 'src/action.ts' };
export const CLI_ENTRY = 'src/cli.ts';
/** What bin/drainlint.js loads the CLI's bundle with: one file, importing nothing but Node's built-ins. */
export const CODE_CACHE_ENTRY = 'src/code-cache.ts';

/** CommonJS dependencies (commander, fast-glob, ajv) call require() for Node's built-ins. */
const BANNER = "import { createRequire as __drainlintCreateRequire } from 'node:module';\nconst require = __drainlintCreateRequire(import.meta.url);";

export const VALIDATORS = 'src/generated/validators.ts';

/**
 * commander requires node:child_process when it loads, for subcommands run as executables (which
 * drainlint has none of), and child_process loads node:net and node:dgram: some 4 ms of a one-file
 * run whose output goes to a file. In the command line's bundle it is required on the first spawn.
 * The build fails if commander's source no longer reads as expected.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const eager = "const childProcess = require('node:child_process');";
      const source = readFileSync(args.path, 'utf8');
      const uses = new Set([...source.matchAll(/childProcess\.(\w+)/g)].map((m) => m[1]));
      if (!source.includes(eager) || uses.size !== 1 || !uses.has('spawn')) throw new Error(`${args.path}: commander no longer requires node:child_process as the build expects (lazyChildProcess)`);
      const lazy = "let childProcessModule; const childProcess = { spawn: (...args) => (childProcessModule ??= require('node:child_process')).spawn(...args) };";
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
  },
};

/**
 * The standalone validators' source. Ajv, its code generator and the schemas are bundled together
 * for this (one copy of Ajv), loaded, and asked for the code of every schema.
 */
export async function generateValidators() {
  const entry = [
    "export { newAjv } from './src/istio/ajv.ts';",
    "export { PROXY_CONFIG_SCHEMA, MESH_CONFIG_SCHEMA } from './src/istio/schemas.ts';",
    "export { default as CONFIG_SCHEMA } from './schema/drainlint.schema.json';",
    "export { default as GATEWAY_VALUES_SCHEMA } from './schema/gateway-values.schema.json';",
    "export { default as standaloneCode } from 'ajv/dist/standalone/index.js';",
    "export { _ } from 'ajv';",
  ].join('\n');
  const bundled = await esbuild.build({ stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' }, absWorkingDir: ROOT, bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning', banner: { js: BANNER } });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'drainlint-build-'));
  try {
    const file = path.join(dir, 'generator.mjs');
    writeFileSync(file, bundled.outputFiles[0].text);
    const g = await import(pathToFileURL(file).href);
    const ajv = g.newAjv({ code: { source: true, esm: true, lines: true, formats: g._`formats` } });
    ajv.addSchema(g.CONFIG_SCHEMA, 'config');
    ajv.addSchema(g.PROXY_CONFIG_SCHEMA, 'proxyConfig');
    ajv.addSchema(g.MESH_CONFIG_SCHEMA, 'meshConfig');
    ajv.addSchema(g.GATEWAY_VALUES_SCHEMA, 'gatewayValues');
    const code = g.standaloneCode(ajv, { validateConfig: 'config', validateProxyConfig: 'proxyConfig', validateMeshConfig: 'meshConfig', validateGatewayValues: 'gatewayValues' });
    // Ajv's ESM output still require()s its small runtime helpers: import them instead.
    const helpers = new Map();
    const body = code.replace(/^"use strict";/, '').replace(/require\("([^"]+)"\)/g, (_, spec) => {
      if (!helpers.has(spec)) helpers.set(spec, `ajvRuntime${helpers.size}`);
      return helpers.get(spec);
    });
    return [
      '// @ts-nocheck',
      `// Generated by \`npm run bundle\` (scripts/build.mjs); do not edit. The configuration file's schema,`,
      "// the gateway chart values' schema, and the ProxyConfig and MeshConfig schemas (src/istio/schemas.ts),",
      '// compiled by Ajv into standalone code.',
      "import { FORMATS as formats } from '../istio/formats.js';",
      ...[...helpers].map(([spec, name]) => `import ${name} from '${spec}.js';`),
      body.trim(),
      '',
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Builds everything into `outDir` (emptied first). With `writeSources`, the generated validators
 * are written to src/ first; without, the committed ones are bundled (a test compares them apart).
 * With `sourceMap`, the command line's bundle gets a source map beside it (cli.cjs.map, not named
 * in cli.cjs, which stays the same): a test maps what a run executed back to the sources.
 */
export async function build(outDir = path.join(ROOT, 'dist'), { writeSources = true, sourceMap = false } = {}) {
  if (writeSources) {
    mkdirSync(path.join(ROOT, path.dirname(VALIDATORS)), { recursive: true });
    writeFileSync(path.join(ROOT, VALIDATORS), await generateValidators());
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const common = {
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    // Node 20 runs this syntax; the Action runs it on node24.
    target: 'node20',
    legalComments: 'none',
    charset: 'utf8',
    metafile: true,
    logLevel: 'warning',
  };
  const cli = await esbuild.build({
    ...common,
    entryPoints: { cli: CLI_ENTRY },
    outdir: outDir,
    outExtension: { '.js': '.cjs' },
    ...(sourceMap ? { sourcemap: 'external' } : {}),
    format: 'cjs',
    minify: true,
    keepNames: true,
    charset: 'ascii',
    // A module of the sources that reads import.meta.url gets the bundle's own.
    define: { 'import.meta.url': '__drainlintImportMetaUrl' },
    banner: { js: "const __drainlintImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [lazyChildProcess],
  });
  // esbuild escapes what is not ASCII in strings and identifiers, not in regular expression literals
  // (write those with \u escapes). A bundle of one non-ASCII byte is read as a two-byte string: twice
  // the memory, and a slower scan each time V8 compiles a function of it.
  const nonAscii = /[^\x00-\x7f]/.exec(readFileSync(path.join(outDir, 'cli.cjs'), 'latin1'));
  if (nonAscii) throw new Error(`dist/cli.cjs is not ASCII at offset ${nonAscii.index}: write that character of the sources as a \\u escape`);
  // CommonJS, as bin/drainlint.js is (bin/package.json): a command line started from an ES module
  // sets up Node's ES module loader, whose facade for node:fs loads all of Node's streams.
  const loader = await esbuild.build({ ...common, entryPoints: { 'code-cache': CODE_CACHE_ENTRY }, outdir: outDir, outExtension: { '.js': '.cjs' }, format: 'cjs' });
  const result = await esbuild.build({
    ...common,
    entryPoints: ENTRY_POINTS,
    outdir: outDir,
    splitting: true,
    format: 'esm',
    chunkNames: 'chunks/[name]-[hash]',
    banner: { js: BANNER },
  });
  const builds = [result, cli, loader].map((b) => b.metafile);
  const metafile = { inputs: Object.assign({}, ...builds.map((m) => m.inputs)), outputs: Object.assign({}, ...builds.map((m) => m.outputs)) };
  writeFileSync(path.join(outDir, 'licenses.txt'), licenses(metafile));
  writeFileSync(path.join(outDir, 'index.d.ts'), await declarations());
  return metafile;
}

/** One .d.ts for the library entry, holding only the types its API names. */
async function declarations() {
  const { generateDtsBundle } = (await import('dts-bundle-generator')).default;
  const [dts] = generateDtsBundle([{ filePath: path.join(ROOT, 'src/index.ts'), output: { noBanner: true, exportReferencedTypes: false } }], { preferredConfigPath: path.join(ROOT, 'tsconfig.json') });
  return dts;
}

/** The license text of every package bundled, as their licenses ask to be kept with copies. */
function licenses(metafile) {
  const packages = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m && !packages.has(m[1])) packages.set(m[1], path.join(ROOT, m[1]));
  }
  const sections = [...packages.values()]
    .map((dir) => {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
      const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
      const text = file ? readFileSync(path.join(dir, file), 'utf8').trim() : `${pkg.license} (no license file in the package)`;
      return { name: pkg.name, header: `${pkg.name}@${pkg.version} (${pkg.license})`, text };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return `drainlint bundles the following packages.\n\n${sections.map((s) => `${s.header}\n\n${s.text}\n`).join('\n---\n\n')}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await build();
}
