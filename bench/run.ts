/**
 * The benchmark: whole commands timed as processes, interleaved (one run of each command, then the
 * next round), so that a shared, noisy machine slows every command alike; medians with min and
 * max; every figure also as a ratio to the floor measured in the same rounds (the bare `yaml`
 * parse of the same files), time per document, and peak RSS from each child's own accounting
 * (`/usr/bin/time -f %M`, else the child's `process.resourceUsage()` for node commands).
 *
 *   npm run bench -- [--sizes S,M,L,L1] [--runs 5] [--json bench-results.json] [--no-peers]
 *
 * Peers (yamllint -d relaxed, Spectral) are measured when installed, and skipped with a line saying
 * so when not. Prints a Markdown table; writes the figures as JSON.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpus, type CorpusSize } from './corpus.js';

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

const sizes = arg('--sizes', 'S,M,L,L1').split(',') as CorpusSize[];
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
  const r = spawnSync(argv[0]!, argv.slice(1), { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
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

function commands(target: string, threads: boolean): Command[] {
  const node = process.execPath;
  const lint = (name: string, ...extra: string[]): Command => ({ name, argv: [node, BIN, target, '--fail-on', 'never', ...extra], node: true });
  const list: Command[] = [
    { name: "node -e ''", argv: [node, '-e', ''], node: true },
    { name: 'floor (yaml parse + toJS)', argv: [node, FLOOR, target], node: true },
  ];
  if (threads) list.push(lint('drainlint json --threads 1', '-f', 'json', '--threads', '1'), lint('drainlint json --threads auto', '-f', 'json', '--threads', 'auto'));
  else list.push(lint('drainlint json', '-f', 'json'));
  list.push(lint('drainlint sarif', '-f', 'sarif'), lint('drainlint stylish', '-f', 'stylish'));
  if (peers) {
    const yamllint = which('yamllint');
    if (yamllint) list.push({ name: 'yamllint -d relaxed', argv: [yamllint, '-d', 'relaxed', target], node: false });
    const spectral = which('spectral');
    if (spectral) list.push({ name: 'spectral lint (3 rules)', argv: [spectral, 'lint', '--ruleset', spectralRuleset(), '--fail-severity', 'error', path.join(target, '**/*.yaml')], node: false });
  }
  return list;
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

async function main(): Promise<void> {
  const threads = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' }).stdout.includes('--threads');
  if (!hasTime) console.log('(/usr/bin/time is missing: peak RSS of node commands from their own resourceUsage, of others not measured)');
  if (peers && !which('yamllint')) console.log('(yamllint is not installed: skipped; Debian: apt-get install yamllint)');
  if (peers && !which('spectral')) console.log('(spectral is not installed: skipped; npm install -g @stoplight/spectral-cli)');
  const cpus = os.cpus();
  console.log(`machine: ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${runs} interleaved runs per command\n`);
  const results: unknown[] = [];
  for (const size of sizes) {
    const c = corpus(size);
    const target = size === 'L1' ? path.join(c.dir, 'all.yaml') : c.dir;
    const list = commands(target, threads);
    const samples = new Map<string, Sample[]>(list.map((x) => [x.name, []]));
    for (const x of list) run(x); // one warm-up round (file cache)
    for (let r = 0; r < runs; r++) for (const x of list) samples.get(x.name)!.push(run(x));
    const floor = median(samples.get('floor (yaml parse + toJS)')!.map((s) => s.ms));
    const start = median(samples.get("node -e ''")!.map((s) => s.ms));
    console.log(`### ${size}: ${c.documents.toLocaleString('en')} documents, ${(c.bytes / 1e6).toFixed(1)} MB${size === 'L1' ? ' in one file' : ''}\n`);
    console.log('| command | median | min – max | × floor | per document | peak RSS |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const x of list) {
      const s = samples.get(x.name)!;
      const ms = s.map((y) => y.ms);
      const m = median(ms);
      const rss = median(s.map((y) => y.rssKb)) / 1024;
      const perDoc = x.name.startsWith('node -e') ? '' : `${(((m - start) * 1000) / c.documents).toFixed(0)} µs`;
      console.log(`| ${x.name} | ${fmt(m)} | ${fmt(Math.min(...ms))} – ${fmt(Math.max(...ms))} | ${(m / floor).toFixed(2)}× | ${perDoc} | ${Number.isNaN(rss) ? '–' : `${rss.toFixed(0)} MB`} |`);
      results.push({ size, documents: c.documents, bytes: c.bytes, command: x.name, medianMs: m, minMs: Math.min(...ms), maxMs: Math.max(...ms), ratioToFloor: m / floor, perDocumentUs: ((m - start) * 1000) / c.documents, peakRssMb: rss, statuses: [...new Set(s.map((y) => y.status))] });
    }
    console.log('');
  }
  writeFileSync(jsonOut, `${JSON.stringify({ machine: { cpus: cpus.length, model: cpus[0]?.model, node: process.version }, runs, results }, null, 2)}\n`);
  console.log(`figures written to ${jsonOut}`);
}

void main();
