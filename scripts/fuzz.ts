// Long fuzz run: `npm run fuzz -- [count=100000] [seed]`. Prints how many inputs were tried.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fuzz } from '../test/fuzz/harness.js';

const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
const count = Number(process.argv[2] ?? 100000);
const seed = process.argv[3] !== undefined ? Number(process.argv[3]) : Date.now() % 2147483647;
const started = Date.now();
console.log(`fuzzing ${count} cases, seed ${seed}`);
fuzz(root, count, seed).then(
  ({ tried }) => console.log(`ok: ${tried} inputs tried, 0 failures, ${((Date.now() - started) / 1000).toFixed(0)}s`),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  },
);
