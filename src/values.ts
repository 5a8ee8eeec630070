/** Value formats as the Go and Kubernetes code reads them: durations, booleans, preStop sleeps. */

const UNIT_SECONDS: Record<string, number> = { ns: 1e-9, us: 1e-6, 'µs': 1e-6, 'μs': 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };
const GO_DURATION = /^[-+]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/;
const GO_DURATION_PART = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g;

/** Go `time.ParseDuration`: seconds, or undefined when Go would reject the text. */
export function parseGoDuration(text: string): number | undefined {
  if (text === '0' || text === '+0' || text === '-0') return 0;
  if (!GO_DURATION.test(text)) return undefined;
  let total = 0;
  for (const m of text.matchAll(GO_DURATION_PART)) total += Number(m[1]) * UNIT_SECONDS[m[2]!]!;
  return text.startsWith('-') ? -total : total;
}

/** Go `strconv.ParseBool`. */
export function parseGoBool(text: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text)) return false;
  return undefined;
}

/** Formats seconds the way users write them: 45s, 1m30s, 500ms. */
export function formatSeconds(seconds: number): string {
  if (seconds === 0) return '0s';
  if (seconds < 1) return `${Math.round(seconds * 1000)}ms`;
  const whole = Math.round(seconds * 1000) / 1000;
  if (whole >= 60 && Number.isInteger(whole)) {
    const h = Math.floor(whole / 3600);
    const m = Math.floor((whole % 3600) / 60);
    const s = whole % 60;
    return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s ? `${s}s` : ''}`;
  }
  return `${whole}s`;
}

/** A preStop hook's duration: known seconds, or unknown with the reason (for explain output). */
export type HookDuration = { seconds: number; via: 'sleep-action' | 'exec' } | { unknown: string };

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'busybox']);
const SLEEP_ARG = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/;
const SLEEP_UNIT: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** Reads `lifecycle.preStop` as the catalogue defines it. Absent hook → undefined. */
export function preStopDuration(preStop: unknown): HookDuration | undefined {
  if (preStop === undefined || preStop === null || typeof preStop !== 'object') return undefined;
  const hook = preStop as Record<string, unknown>;
  const sleep = hook['sleep'] as Record<string, unknown> | undefined;
  if (sleep && typeof sleep === 'object' && typeof sleep['seconds'] === 'number') return { seconds: sleep['seconds'], via: 'sleep-action' };
  if (hook['httpGet']) return { unknown: 'an httpGet preStop hook takes as long as the endpoint answers' };
  const exec = hook['exec'] as Record<string, unknown> | undefined;
  const command = exec && Array.isArray(exec['command']) ? (exec['command'] as unknown[]) : undefined;
  if (!command || command.length === 0 || !command.every((c) => typeof c === 'string' || typeof c === 'number')) {
    return { unknown: 'the preStop hook has no exec command drainlint can read' };
  }
  const argv = command.map(String);
  const prog = basename(argv[0]!);
  if (prog === 'sleep') return sleepSeconds(argv.slice(1));
  if (SHELLS.has(prog)) {
    const c = argv.indexOf('-c');
    if (c < 0 || c + 1 >= argv.length) return { unknown: `${argv[0]} without -c: unknown duration` };
    return scriptSeconds(argv[c + 1]!);
  }
  return { unknown: `\`${argv.join(' ')}\` runs for an unknown time` };
}

function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

function sleepSeconds(args: string[]): HookDuration {
  if (args.length === 0) return { unknown: '`sleep` without an argument' };
  let total = 0;
  for (const a of args) {
    const m = SLEEP_ARG.exec(a);
    if (!m) return { unknown: `\`sleep ${args.join(' ')}\` has an argument drainlint cannot evaluate (${a})` };
    total += Number(m[1]) * SLEEP_UNIT[m[2]!]!;
  }
  return { seconds: total, via: 'exec' };
}

const CONTROL_WORDS = new Set(['while', 'until', 'for', 'do', 'done', 'if', 'then', 'else', 'elif', 'fi', 'case', 'esac']);

/** Sums the sleeps of a shell script run in sequence; any other command makes it unknown. */
function scriptSeconds(script: string): HookDuration {
  const commands = script
    .split(/\n|;|&&/)
    .map((c) => c.trim())
    .filter((c) => c !== '' && !c.startsWith('#'));
  if (commands.length === 0) return { unknown: 'empty shell script' };
  let total = 0;
  for (const cmd of commands) {
    const words = cmd.split(/\s+/);
    if (/\||&$|\$|`/.test(cmd) || CONTROL_WORDS.has(words[0]!)) {
      return { unknown: `the preStop script has a loop, condition, pipe or variable (\`${cmd}\`)` };
    }
    const prog = basename(words[0]!);
    if (prog === 'sleep') {
      const r = sleepSeconds(words.slice(1));
      if ('unknown' in r) return r;
      total += r.seconds;
    } else if (prog === 'true' || prog === ':' || prog === 'echo' || prog === 'exit') {
      continue;
    } else {
      return { unknown: `the preStop script runs \`${cmd}\`, whose duration is unknown` };
    }
  }
  return { seconds: total, via: 'exec' };
}

/** Levenshtein distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The closest candidate within a small distance (case-insensitive), for "did you mean". */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const lc = c.toLowerCase();
    const d = lc.startsWith(w) || w.startsWith(lc) ? Math.min(editDistance(w, lc), 2) : editDistance(w, lc);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 4));
  return bestD <= limit ? best : undefined;
}

/** `termination_drain_duration` → `terminationDrainDuration` (the annotation accepts both). */
export function snakeToCamel(key: string): string {
  return key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** Compares dotted versions: negative when a < b. Missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.replace(/^v/, '').split(/[.-]/).map((x) => parseInt(x, 10) || 0);
  const pb = b.replace(/^v/, '').split(/[.-]/).map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
