/**
 * Fuzzing: manifests made of random structure plus mutations of the fixtures (truncation, byte
 * flips, indentation shifts, type swaps, template actions). Properties: no exception escapes;
 * every finding has a range inside its file; SARIF validates; output is identical across runs and
 * read concurrency and what is kept in memory. Used by a short run in `npm test` and a long one in `npm run fuzz`.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import Ajv04Module from 'ajv-draft-04';
import AjvModule from 'ajv';
import { lint } from '../../src/engine.js';
import { emptyConfig } from '../../src/config.js';
import { RULES } from '../../rules/index.js';
import { FORMATTERS } from '../../src/report/index.js';
import type { LintResult } from '../../src/types.js';
import { tempDir } from '../helpers/temp.js';

const require = createRequire(import.meta.url);
const Ajv04 = ((Ajv04Module as unknown as { default?: unknown }).default ?? Ajv04Module) as unknown as typeof AjvModule.default;

export function fixtureTexts(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir).sort()) {
      const p = path.join(dir, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(e)) out.push(readFileSync(p, 'utf8'));
    }
  };
  walk(path.join(root, 'fixtures'));
  return out;
}

const KEYS = ['apiVersion', 'kind', 'metadata', 'name', 'namespace', 'labels', 'annotations', 'spec', 'template', 'jobTemplate', 'containers', 'initContainers', 'env', 'value', 'lifecycle', 'preStop', 'sleep', 'seconds', 'exec', 'command', 'terminationGracePeriodSeconds', 'proxy.istio.io/config', 'sidecar.istio.io/inject', 'istio.io/rev', 'meshConfig', 'defaultConfig', 'proxyMetadata', 'terminationDrainDuration', 'drainDuration', 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS', 'MINIMUM_DRAIN_DURATION', 'data', 'mesh', 'items', 'selector', 'matchLabels', 'environmentVariables', 'hostNetwork'];
const KINDS = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Rollout', 'IstioOperator', 'ConfigMap', 'Namespace', 'ProxyConfig', 'Service', 'List', 'Gateway', 'VirtualService', 'DestinationRule'];
const SCALARS = fc.oneof(
  fc.constantFrom('30s', '5s', '45', 'true', 'false', 'yes', '', 'istio-proxy', 'istio', 'shop', '{{ .Values.x }}', 'sleep 30', '1m30s', '0s'),
  fc.integer({ min: -5, max: 200 }),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 12 }),
);

/** Random Kubernetes-shaped values: the keys drainlint reads, nested at random. */
const shaped = fc.letrec((tie) => ({
  value: fc.oneof({ maxDepth: 6, depthSize: 'small' }, SCALARS, tie('map'), tie('list')),
  map: fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 5 }),
  list: fc.array(tie('value'), { maxLength: 3 }),
})).value;

const manifest = fc
  .tuple(fc.constantFrom(...KINDS), fc.dictionary(fc.constantFrom(...KEYS), shaped, { maxKeys: 6 }))
  .map(([kind, body]) => {
    const doc: Record<string, unknown> = { apiVersion: 'v1', kind, ...body };
    // Nested YAML text where drainlint parses it (annotation, mesh key) half of the time.
    return stringify(doc, { lineWidth: 0 });
  });

type Mutation = (text: string) => string;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((n) => (t: string) => t.slice(0, t.length ? n % t.length : 0)),
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([n, b]) => (t: string) => {
    const buf = Buffer.from(t);
    if (buf.length) buf[n % buf.length] = b;
    return buf.toString('latin1');
  }),
  fc.tuple(fc.nat(), fc.integer({ min: -4, max: 4 })).map(([n, d]) => (t: string) => {
    const lines = t.split('\n');
    if (!lines.length) return t;
    const i = n % lines.length;
    lines[i] = d >= 0 ? ' '.repeat(d) + lines[i] : lines[i]!.replace(new RegExp(`^ {0,${-d}}`), '');
    return lines.join('\n');
  }),
  fc.tuple(fc.nat(), fc.constantFrom('[]', '{}', 'null', '"30"', '30', 'true', '[a, b]', '{ a: 1 }', '|\n  x: 1', '*x', '&x 1', '{{ .Values.y }}')).map(([n, repl]) => (t: string) => {
    const values = [...t.matchAll(/: (\S[^\n]*)/g)];
    if (!values.length) return t;
    const m = values[n % values.length]!;
    const at = m.index! + 2;
    return t.slice(0, at) + repl + t.slice(at + m[1]!.length);
  }),
  fc.nat().map((n) => (t: string) => {
    const lines = t.split('\n');
    const i = lines.length ? n % lines.length : 0;
    return [...lines.slice(0, i), lines[i] ?? '', ...lines.slice(i)].join('\n');
  }),
);

export function inputs(fixtures: string[]): fc.Arbitrary<string> {
  const mutated = fc.tuple(fc.constantFrom(...fixtures), fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([t, ms]) => ms.reduce((acc, m) => m(acc), t));
  return fc.oneof(mutated, manifest, fc.array(manifest, { minLength: 2, maxLength: 3 }).map((docs) => docs.join('---\n')));
}

let sarifValidator: ((v: unknown) => boolean) | undefined;
function validSarif(log: unknown): boolean {
  if (!sarifValidator) {
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    sarifValidator = new Ajv04({ strict: false, unicodeRegExp: false, validateFormats: false }).compile(schema);
  }
  return sarifValidator(log);
}

async function lintText(text: string, cwd: string): Promise<LintResult> {
  const out = await lint({ cwd, paths: ['-'], config: emptyConfig(cwd), meshConfigFiles: [], rules: [...RULES], readStdin: async () => Buffer.from(text, 'latin1'), stdinFilename: 'fuzz.yaml' });
  return out.result;
}

/** Checks every property on one input; throws with a description when one fails. */
export async function checkInput(text: string, cwd: string): Promise<void> {
  const a = await lintText(text, cwd);
  const lines = Buffer.from(text, 'latin1').toString('utf8').split('\n');
  for (const f of a.findings) {
    const r = f.range;
    const ok = r.line >= 1 && r.column >= 1 && r.line <= lines.length + 1 && (r.endLine > r.line || (r.endLine === r.line && r.endColumn >= r.column));
    if (!ok) throw new Error(`finding outside the file: ${f.ruleId} ${JSON.stringify(r)} (${lines.length} lines)`);
    for (const rel of f.related) if (rel.range.line < 1 || rel.range.column < 1) throw new Error(`related location out of range: ${JSON.stringify(rel)}`);
  }
  const ctx = { color: false, version: 'fuzz' };
  const sarif = JSON.parse(FORMATTERS['sarif']!(a, ctx));
  if (!validSarif(sarif)) throw new Error('SARIF output does not validate');
  const b = await lintText(text, cwd);
  if (FORMATTERS['json']!(a, ctx) !== FORMATTERS['json']!(b, ctx)) throw new Error('output differs between two runs');
}

/** Several inputs as files: output must not depend on how many files are read at once. */
export async function checkConcurrency(texts: string[]): Promise<void> {
  const dir = tempDir('drainlint-fuzz-');
  try {
    texts.forEach((t, i) => writeFileSync(path.join(dir, `f${i}.yaml`), Buffer.from(t, 'latin1')));
    const run = async (concurrency: number, lean: boolean) => {
      // Lean: values and ASTs let go as on a huge run (parsed again when read).
      const memory = lean ? { memory: { keepEverythingBytes: 0, astTextBytes: 0 } } : {};
      const out = await lint({ cwd: dir, paths: ['.'], config: emptyConfig(dir), meshConfigFiles: [], rules: [...RULES], concurrency, ...memory });
      return FORMATTERS['json']!(out.result, { color: false, version: 'fuzz' });
    };
    if ((await run(1, true)) !== (await run(8, false))) throw new Error('output depends on read concurrency or on what is kept in memory');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function fuzz(root: string, numRuns: number, seed?: number): Promise<{ tried: number }> {
  const fixtures = fixtureTexts(root);
  let tried = 0;
  await fc.assert(
    fc.asyncProperty(inputs(fixtures), async (text) => {
      tried++;
      await checkInput(text, root);
    }),
    { numRuns, seed, endOnFailure: true },
  );
  await fc.assert(
    fc.asyncProperty(fc.array(inputs(fixtures), { minLength: 2, maxLength: 4 }), async (texts) => {
      tried += texts.length;
      await checkConcurrency(texts);
    }),
    { numRuns: Math.max(5, Math.floor(numRuns / 50)), seed, endOnFailure: true },
  );
  return { tried };
}
