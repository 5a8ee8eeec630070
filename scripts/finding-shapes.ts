/**
 * The shape of every finding over the fixtures and the README examples — rule id, severity,
 * location, resource and related locations, without message texts — so that a change to messages
 * or to the rule layer can be proven not to move, add or drop a finding.
 *
 *   npm run finding-shapes -- --write shapes.json      record
 *   npm run finding-shapes -- --compare shapes.json    compare (exit 1 on a difference)
 *
 * It also prints the length distribution of the messages it saw (median, p90, max).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lint } from '../src/engine.js';
import { emptyConfig } from '../src/config.js';
import { RULES } from '../rules/index.js';
import type { Finding } from '../src/types.js';

const ROOT = process.cwd();
const TARGETS: Record<string, object> = {
  none: {},
  'istio-1.9': { istioVersion: '1.9' },
  'istio-1.20-k8s-1.28': { istioVersion: '1.20', kubernetesVersion: '1.28' },
  'istio-1.29-k8s-1.33': { istioVersion: '1.29', kubernetesVersion: '1.33' },
};

interface Shape {
  ruleId: string;
  severity: string;
  at: string;
  resource?: string;
  related: string[];
}

const range = (file: string, r: Finding['range']) => `${file}:${r.line}:${r.column}-${r.endLine}:${r.endColumn}`;

function shapeOf(f: Finding): Shape {
  const res = f.resource ? `${f.resource.kind} ${f.resource.namespace ?? ''}/${f.resource.name ?? ''}${f.resource.container ? ` [${f.resource.container}]` : ''}` : undefined;
  return { ruleId: f.ruleId, severity: f.severity, at: range(f.file, f.range), ...(res ? { resource: res } : {}), related: f.related.map((r) => range(r.file, r.range)) };
}

const messages: string[] = [];

async function lintCase(cwd: string, paths: string[], target: object, stdin?: string): Promise<Shape[]> {
  const config = { ...emptyConfig(cwd), ...target };
  const out = await lint({ cwd, paths, config, meshConfigFiles: [], rules: [...RULES], readStdin: async () => Buffer.from(stdin ?? ''), stdinFilename: 'example.yaml' });
  for (const f of out.result.findings) messages.push(f.message);
  return out.result.findings.map(shapeOf);
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(e)) out.push(p);
  }
  return out;
}

/** Every ```yaml block of a Markdown file. */
function yamlBlocks(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

async function collect(): Promise<Record<string, Shape[]>> {
  const cases: Record<string, Shape[]> = {};
  const fixtures = path.join(ROOT, 'fixtures');
  for (const [tname, target] of Object.entries(TARGETS)) {
    for (const folder of readdirSync(fixtures).sort()) {
      const dir = path.join(fixtures, folder);
      cases[`${tname} folder ${folder}`] = await lintCase(ROOT, [path.relative(ROOT, dir)], target);
      for (const file of yamlFiles(dir)) cases[`${tname} file ${path.relative(ROOT, file)}`] = await lintCase(ROOT, [path.relative(ROOT, file)], target);
    }
    const docs = [path.join(ROOT, 'README.md'), ...RULES.map((r) => path.join(ROOT, 'rules', r.meta.id, 'README.md'))];
    for (const doc of docs) {
      const blocks = yamlBlocks(doc);
      for (let i = 0; i < blocks.length; i++) cases[`${tname} example ${path.relative(ROOT, doc)}#${i}`] = await lintCase(ROOT, ['-'], target, blocks[i]);
    }
  }
  return cases;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

const [mode, file] = process.argv.slice(2);
const cases = await collect();
const lengths = messages.map((m) => m.length).sort((a, b) => a - b);
console.log(`${Object.keys(cases).length} cases, ${messages.length} findings; message length median ${quantile(lengths, 0.5)}, p90 ${quantile(lengths, 0.9)}, max ${lengths[lengths.length - 1] ?? 0}`);
if (mode === '--write' && file) {
  writeFileSync(file, `${JSON.stringify(cases, null, 1)}\n`);
  console.log(`written to ${file}`);
} else if (mode === '--compare' && file) {
  const before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Shape[]>;
  let differences = 0;
  const added = Object.keys(cases).filter((k) => !(k in before));
  if (added.length > 0) console.log(`${added.length} cases are new (fixtures added since the record); not compared`);
  for (const key of Object.keys(before)) {
    const a = JSON.stringify(before[key] ?? null);
    const b = JSON.stringify(cases[key] ?? null);
    if (a === b) continue;
    differences++;
    if (differences <= 20) console.log(`differs: ${key}\n  before: ${a}\n  after:  ${b}`);
  }
  console.log(differences === 0 ? 'identical: every finding has the same rule, severity, location, resource and related locations' : `${differences} cases differ`);
  process.exitCode = differences === 0 ? 0 : 1;
} else {
  console.error('usage: finding-shapes --write FILE | --compare FILE');
  process.exitCode = 2;
}
