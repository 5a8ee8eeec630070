#!/usr/bin/env node
import v8 from 'node:v8';
import { main } from '../dist/cli.js';

// A lint run allocates fast and keeps little, so V8 would let the heap grow to about four times
// what is live between full collections; 1.3 times keeps a huge run's peak memory well down at no
// measurable cost in time (npm run bench:memory). This tunes the drainlint process only, never a
// program that imports the library.
v8.setFlagsFromString('--heap-growing-percent=30');

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

main({ argv: process.argv.slice(2), cwd: process.cwd(), env: process.env, stdout: reportStream(process.stdout), stderr: process.stderr, readStdin }).then(
  (code) => {
    process.exitCode = code;
  },
);
