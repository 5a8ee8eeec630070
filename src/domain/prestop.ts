/** preStop hooks read as the catalogue defines them: how long a hook runs, or why that is unknown. */

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

