/**
 * The floor drainlint is measured against: only the YAML work any linter of these files must do —
 * read each file, `parseAllDocuments` with a LineCounter, `toJS` every document. Usage:
 * node build/bench/floor.js <folder|file>…
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';

function files(p: string): string[] {
  if (!statSync(p).isDirectory()) return [p];
  return readdirSync(p)
    .filter((e) => !e.startsWith('.'))
    .flatMap((e) => files(path.join(p, e)))
    .filter((f) => /\.ya?ml$/.test(f));
}

let documents = 0;
for (const f of process.argv.slice(2).flatMap(files)) {
  const lineCounter = new LineCounter();
  for (const doc of parseAllDocuments(readFileSync(f, 'utf8'), { lineCounter })) {
    if ('toJS' in doc) doc.toJS();
    documents++;
  }
}
process.stdout.write(`${documents}\n`);
