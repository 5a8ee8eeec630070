/**
 * Memory benchmark: one 1,000,000-line file of each shape through the CLI (bin/drainlint.js),
 * printing wall time and peak RSS. Shapes: one huge ConfigMap, many small ConfigMaps, annotated
 * Deployments (every document a workload), Services (every document kept for traffic lookups),
 * and Deployments each with the Service that selects it.
 * Usage: npm run bench:memory -- [lines=1000000] [shape…]
 */
import { mkdtempSync, rmSync, writeFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runWithPeakRss } from './peak-rss.js';
import { deployment, repeatToLines, service } from './manifests.js';

const lines = Number(process.argv[2] ?? 1_000_000);
const only = process.argv.slice(3);

function configMap(i: number): string {
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: cm-${i}
data:
  a: "${i}"
`;
}

/** Documents of a generator joined until the file has `lines` lines. */
function repeat(make: (i: number) => string): string {
  return repeatToLines(lines, make).text;
}

function oneConfigMap(): string {
  const out = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: big', 'data:'];
  for (let i = out.length; i < lines; i++) out.push(`  k${i}: v${i}`);
  return `${out.join('\n')}\n`;
}

const SHAPES: Record<string, () => string> = {
  'one-document': oneConfigMap,
  'small-configmaps': () => repeat(configMap),
  deployments: () => repeat((i) => deployment(i)),
  services: () => repeat(service),
  'deployments-with-services': () => repeat((i) => `${deployment(i)}---\n${service(i)}`),
};

const dir = mkdtempSync(path.join(os.tmpdir(), 'drainlint-memory-'));
try {
  for (const [name, make] of Object.entries(SHAPES)) {
    if (only.length > 0 && !only.includes(name)) continue;
    const file = path.join(dir, `${name}.yaml`);
    const text = make();
    writeFileSync(file, text);
    const docs = text.split('\n---\n').length;
    const r = runWithPeakRss([file, '--format', 'json', '--fail-on', 'never'], dir);
    if (r.status !== 0) {
      console.log(`${name}: failed (${r.status}): ${r.stderr.slice(0, 500)}`);
      continue;
    }
    const res = { code: r.status, rss: r.rss, findings: (JSON.parse(r.stdout) as { findings: unknown[] }).findings.length };
    const ms = r.ms;
    console.log(`${name}: ${(statSync(file).size / 1048576).toFixed(1)} MiB, ${docs} documents, ${res.findings} findings (exit ${res.code}), ${(ms / 1000).toFixed(1)} s, max RSS ${Math.round(res.rss / 1048576)} MiB`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
