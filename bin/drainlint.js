#!/usr/bin/env node
// CommonJS (bin/package.json says so): started from an ES module, Node would set up its ES module
// loader first, a few milliseconds of a one-file run.
const path = require('node:path');
const { defaultCacheDir, loadBundle } = require('../dist/code-cache.cjs');

// The command line's bundle, compiled through the code cache of the runs before (src/code-cache.ts).
// No V8 flag is set here: V8 refuses cached code made under other flags.
const cli = loadBundle(path.join(__dirname, '..', 'dist', 'cli.cjs'), defaultCacheDir(process.env));

/**
 * stdout for the report. A reader that stops early (`drainlint … | head -1`) closes the pipe: the
 * rest of the report has nowhere to go, so it is dropped and the run ends with its own exit code,
 * without a stack trace.
 */
const reportStream = (out) => {
  let open = true;
  out.on('error', () => {
    open = false;
  });
  // columns is read when the report is laid out: a terminal's width then (stylish, explain's chart).
  return {
    write: (s) => open && out.write(s),
    isTTY: out.isTTY,
    get columns() {
      return out.columns;
    },
  };
};

const readStdin = async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
};

const argv = process.argv.slice(2);
// A run that prints help, the version or the rules, or stops at a usage error (exit 2), compiles little
// of what linting needs: the cache is left to the first run that lints.
const lints = !argv.some((a) => /^(-h|--help|-v|--version)$/.test(a)) && !['rules', 'help'].includes(argv[0]);

// stderr is made on the first message: Node makes a stream for it when it is first read, and a pipe's loads node:net.
const stderr = { write: (s) => process.stderr.write(s) };

cli.exports.main({ argv, cwd: process.cwd(), env: process.env, stdout: reportStream(process.stdout), stderr, readStdin }).then((code) => {
  process.exitCode = code;
  if (lints && code !== 2) {
    // The cache is written once: with what this run compiled, and what a run with other inputs needs.
    if (cli.cache === 'miss') cli.exports.warmCodeCache();
    cli.save();
  }
});
