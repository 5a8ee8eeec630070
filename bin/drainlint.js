#!/usr/bin/env node
import { main } from '../dist/src/cli.js';

const readStdin = async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
};

main({ argv: process.argv.slice(2), cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, readStdin }).then(
  (code) => {
    process.exitCode = code;
  },
);
