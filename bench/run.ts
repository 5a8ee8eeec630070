/**
 * The benchmark: whole commands timed as processes, interleaved (one run of each command, then the
 * next round), so that a shared, noisy machine slows every command alike; medians with min and
 * max; every figure also as a ratio to the floor measured in the same rounds (the bare `yaml`
 * parse of the same files) and as the time over `node -e ''` (Node's own start), time per document,
 * and peak RSS from each child's own accounting (`/usr/bin/time -f %M`, else the child's
 * `process.resourceUsage()` for node commands).
 *
 *   npm run bench -- [--sizes 1,S,M,L,L1] [--runs 5] [--json bench-results.json] [--no-peers]
 *
 * Size 1 is the one-file run: one Deployment, plain and with a proxy.istio.io/config annotation.
 * Peers (yamllint -d relaxed, Spectral) are measured when installed, and skipped with a line saying
 * so when not; so are the --threads columns when the CLI has no --threads. Prints Markdown tables
 * ready to paste; writes the figures as JSON. bench/README.md says what each column means.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpus, FILES, oneFiles, type CorpusSize } from './corpus.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/drainlint.js');
const FLOOR = path.join(ROOT, 'build/bench/floor.js');
const TIME = '/usr/bin/time';
const RSS_MARK = 'bench-peak-rss:';
/** For node commands when /usr/bin/time is missing: the child reports its own peak RSS as it exits. */
const RSS_HOOK = `data:text/javascript,process.on('exit', () => process.stderr.write('\\n${RSS_MARK}' + process.resourceUsage().maxRSS + '\\n'))`;

interface Command {
  name: string;
  argv: string[];
  /** A node script: can report its own RSS. */
  node: boolean;
  /** Set in the command's environment. */
  env?: Record<string, string>;
}

interface Sample {
  ms: number;
  rssKb: number;
  status: number | null;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const sizes = arg('--sizes', '1,S,M,L,L1').split(',') as (CorpusSize | '1')[];
const runs = Number(arg('--runs', '5'));
const jsonOut = arg('--json', 'bench-results.json');
const peers = !process.argv.includes('--no-peers');
const hasTime = existsSync(TIME);

function which(cmd: string): string | undefined {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function run(c: Command): Sample {
  const argv = hasTime ? [TIME, '-f', `${RSS_MARK}%M`, ...c.argv] : c.node ? [c.argv[0]!, '--import', RSS_HOOK, ...c.argv.slice(1)] : c.argv;
  const t = process.hrtime.bigint();
  const r = spawnSync(argv[0]!, argv.slice(1), { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28, env: { ...process.env, ...c.env } });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const at = r.stderr?.lastIndexOf(RSS_MARK) ?? -1;
  return { ms, rssKb: at < 0 ? NaN : Number(r.stderr.slice(at + RSS_MARK.length).trim()), status: r.status };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

/** Spectral's command when it is installed (in this checkout's node_modules or on PATH, as `npx --no-install` finds it). */
function spectralBin(): string | undefined {
  const local = path.join(ROOT, 'node_modules/.bin/spectral');
  return existsSync(local) ? local : which('spectral');
}

const BASE = "node -e ''";
const FLOOR_NAME = 'floor (yaml parse + toJS)';

function baseCommands(target: string): Command[] {
  const node = process.execPath;
  return [
    { name: BASE, argv: [node, '-e', ''], node: true },
    { name: FLOOR_NAME, argv: [node, FLOOR, target], node: true },
  ];
}

const lint = (name: string, target: string, ...extra: string[]): Command => ({ name, argv: [process.execPath, BIN, target, '--fail-on', 'never', ...extra], node: true });

function peerCommands(target: string, files: string): Command[] {
  if (!peers) return [];
  const list: Command[] = [];
  const yamllint = which('yamllint');
  if (yamllint) list.push({ name: 'yamllint -d relaxed', argv: [yamllint, '-d', 'relaxed', target], node: false });
  const spectral = spectralBin();
  if (spectral) list.push({ name: 'spectral lint (3 rules)', argv: [spectral, 'lint', '--ruleset', spectralRuleset(), '--fail-severity', 'error', files], node: false });
  return list;
}

function commands(target: string, threads: boolean): Command[] {
  const list = baseCommands(target);
  for (const format of ['json', 'sarif', 'stylish']) {
    if (threads) list.push(lint(`drainlint ${format} --threads 1`, target, '-f', format, '--threads', '1'), lint(`drainlint ${format} --threads auto`, target, '-f', format, '--threads', 'auto'));
    else list.push(lint(`drainlint ${format}`, target, '-f', format));
  }
  return [...list, ...peerCommands(target, target.endsWith('.yaml') ? target : path.join(target, '**/*.yaml'))];
}

/** The one-file run: the plain Deployment (floor, peers) and the annotated one, and the plain one without the code cache. */
function oneFileCommands(files: { plain: string; annotated: string }): Command[] {
  return [
    ...baseCommands(files.plain),
    lint('drainlint json, one file', files.plain, '-f', 'json'),
    lint('drainlint json, one file with proxy.istio.io/config', files.annotated, '-f', 'json'),
    lint('drainlint stylish, one file', files.plain, '-f', 'stylish'),
    { ...lint('drainlint json, one file, no code cache', files.plain, '-f', 'json'), env: { NODE_DISABLE_COMPILE_CACHE: '1' } },
    ...peerCommands(files.plain, files.plain),
  ];
}

/** A small Spectral ruleset comparable to a few drainlint checks (a grace period, an annotation). */
function spectralRuleset(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'drainlint-spectral-'));
  const file = path.join(dir, '.spectral.yaml');
  writeFileSync(
    file,
    `rules:
  grace-period-set:
    given: $.spec.template.spec
    then: { field: terminationGracePeriodSeconds, function: truthy }
  proxy-config-string:
    given: $.spec.template.metadata.annotations
    then: { field: proxy.istio.io/config, function: pattern, functionOptions: { match: "terminationDrainDuration" } }
  no-misplaced-annotation:
    given: $.metadata.annotations
    then: { field: proxy.istio.io/config, function: falsy }
`,
  );
  return file;
}

interface Group {
  title: string;
  documents: number;
  bytes: number;
  list: Command[];
}

function group(size: CorpusSize | '1', threads: boolean): Group {
  if (size === '1') {
    const files = oneFiles();
    return { title: 'one file: a Deployment of two containers', documents: 1, bytes: 0, list: oneFileCommands(files) };
  }
  const c = corpus(size);
  const target = size === 'L1' ? path.join(c.dir, 'all.yaml') : c.dir;
  const title = `${size}: ${c.documents.toLocaleString('en')} documents, ${(c.bytes / 1e6).toFixed(1)} MB${size === 'L1' ? ' in one file' : ` in ${FILES[size].toLocaleString('en')} files`}`;
  return { title, documents: c.documents, bytes: c.bytes, list: commands(target, threads) };
}

async function main(): Promise<void> {
  const threads = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' }).stdout.includes('--threads');
  if (!threads) console.log('(drainlint has no --threads option here: the --threads 1 / auto columns are skipped)');
  if (!hasTime) console.log('(/usr/bin/time is missing: peak RSS of node commands from their own resourceUsage, of others not measured)');
  if (peers && !which('yamllint')) console.log('(yamllint is not installed: skipped; Debian: apt-get install yamllint)');
  if (peers && !spectralBin()) console.log('(Spectral is not installed: skipped; npm install --no-save @stoplight/spectral-cli, or globally, to measure it)');
  const cpus = os.cpus();
  console.log(`machine: ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}; ${runs} interleaved runs per command after one warm-up round\n`);
  const results: unknown[] = [];
  for (const size of sizes) {
    const { title, documents, bytes, list } = group(size, threads);
    const samples = new Map<string, Sample[]>(list.map((x) => [x.name, []]));
    for (const x of list) run(x); // one warm-up round: the file cache, and drainlint's code cache
    for (let r = 0; r < runs; r++) for (const x of list) samples.get(x.name)!.push(run(x));
    const floor = median(samples.get(FLOOR_NAME)!.map((s) => s.ms));
    const start = median(samples.get(BASE)!.map((s) => s.ms));
    console.log(`### ${title}\n`);
    console.log(`| command | median | min – max | × floor | over ${BASE} | per document | peak RSS |`);
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const x of list) {
      const s = samples.get(x.name)!;
      const ms = s.map((y) => y.ms);
      const m = median(ms);
      const rss = median(s.map((y) => y.rssKb)) / 1024;
      const isBase = x.name === BASE;
      const perDoc = isBase || documents === 1 ? '' : `${(((m - start) * 1000) / documents).toFixed(0)} µs`;
      const failed = s.some((y) => y.status !== 0) && !x.name.startsWith('yamllint') && !x.name.startsWith('spectral') ? ' (failed)' : '';
      console.log(`| ${x.name}${failed} | ${fmt(m)} | ${fmt(Math.min(...ms))} – ${fmt(Math.max(...ms))} | ${(m / floor).toFixed(2)}× | ${isBase ? '' : `+${fmt(m - start)}`} | ${perDoc} | ${Number.isNaN(rss) ? '–' : `${rss.toFixed(0)} MB`} |`);
      results.push({ size, documents, bytes, command: x.name, medianMs: m, minMs: Math.min(...ms), maxMs: Math.max(...ms), ratioToFloor: m / floor, overNodeMs: m - start, perDocumentUs: ((m - start) * 1000) / documents, peakRssMb: rss, statuses: [...new Set(s.map((y) => y.status))] });
    }
    console.log('');
  }
  writeFileSync(jsonOut, `${JSON.stringify({ machine: { cpus: cpus.length, model: cpus[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), platform: `${os.platform()} ${os.release()}`, node: process.version }, runs, results }, null, 2)}\n`);
  console.log(`figures written to ${jsonOut}`);
}

void main();
