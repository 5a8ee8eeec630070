// Builds the committed bundle: `npm run build` writes dist/ (a test fails when it differs from a
// fresh build). Plain JavaScript, so that it runs before anything is compiled.
//
// dist/cli.js, dist/index.js (the library) and dist/action.js (the GitHub Action) share chunks
// under dist/chunks/; what only some runs need (formatters, globby, the config validator) sits in
// chunks of its own that load on first use. dist/index.d.ts declares the library's API, and
// dist/licenses.txt carries the licenses of the bundled packages.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const ENTRY_POINTS = { cli: 'src/cli.ts', index: 'src/index.ts', action: 'src/action.ts' };

/** CommonJS dependencies (commander, fast-glob, ajv) call require() for Node's built-ins. */
const BANNER = "import { createRequire as __drainlintCreateRequire } from 'node:module';\nconst require = __drainlintCreateRequire(import.meta.url);";

/** Builds everything into `outDir` (emptied first). */
export async function build(outDir = path.join(ROOT, 'dist')) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ENTRY_POINTS,
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    // Node 20 runs this syntax; the Action runs it on node24.
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    banner: { js: BANNER },
    legalComments: 'none',
    charset: 'utf8',
    metafile: true,
    logLevel: 'warning',
  });
  writeFileSync(path.join(outDir, 'licenses.txt'), licenses(result.metafile));
  writeFileSync(path.join(outDir, 'index.d.ts'), await declarations());
  return result.metafile;
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
