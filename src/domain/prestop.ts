/** preStop hooks read as the catalogue defines them: how long a hook runs, or why that is unknown. */
import type { Container, Inventory, Workload } from '../inventory/model.js';
import type { Provenance, Ref } from '../types.js';
import type { Timing } from './timeline.js';
import { isRecord } from '../yaml/paths.js';
import { compareVersions } from './versions.js';
import { formatSeconds } from './durations.js';

/**
 * A preStop hook's duration: known seconds, or unknown with the reason (for explain output). With
 * `atLeast: true`, `seconds` is a lower bound: the sleeps that run before a command of unknown
 * duration (spec §8.11), and `why` says what follows them.
 */
export type HookDuration = { seconds: number; via: 'sleep-action' | 'exec'; atLeast?: true; why?: string } | { unknown: string };

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

/**
 * Sums the sleeps of a shell script run in sequence (`;`, `&&`, newlines). The first command of
 * unknown duration (a program, a loop, a pipe, a variable) ends what is known: the sleeps before it
 * make a lower bound, and without any the duration is unknown. `exit` ends the script: the sleeps
 * after it never run.
 */
function scriptSeconds(script: string): HookDuration {
  const commands = script
    .split(/\n|;|&&/)
    .map((c) => c.trim())
    .filter((c) => c !== '' && !c.startsWith('#'));
  if (commands.length === 0) return { unknown: 'empty shell script' };
  let total = 0;
  for (const cmd of commands) {
    const words = cmd.split(/\s+/);
    const prog = basename(words[0]!);
    let unknown: string | undefined;
    if (/\||&$|\$|`/.test(cmd) || CONTROL_WORDS.has(words[0]!)) unknown = `the preStop script has a loop, condition, pipe or variable (\`${cmd}\`)`;
    else if (prog === 'exit') break;
    else if (prog === 'sleep') {
      const r = sleepSeconds(words.slice(1));
      if ('unknown' in r) unknown = r.unknown;
      else total += r.seconds;
    } else if (prog !== 'true' && prog !== ':' && prog !== 'echo') unknown = `the preStop script runs \`${cmd}\`, whose duration is unknown`;
    if (unknown !== undefined) return total > 0 ? { seconds: total, via: 'exec', atLeast: true, why: `${unknown}, after ${formatSeconds(total)} of sleep` } : { unknown };
  }
  return { seconds: total, via: 'exec' };
}

/** The duration of a container without a preStop hook. */
export function noHook(): Timing {
  return { seconds: 0, prov: { level: 'default', source: 'no preStop hook' } };
}

/** A container's preStop duration; the sleep action needs Kubernetes ≥ 1.30 (beta, on by default). */
export function hookTiming(w: Workload, c: Container, k8s?: string): Timing | undefined {
  const lifecycle = c.value['lifecycle'];
  const preStop = isRecord(lifecycle) ? lifecycle['preStop'] : undefined;
  const d: HookDuration | undefined = preStopDuration(preStop);
  if (!d) return undefined;
  const ref: Ref = { view: w.view, path: c.path.concat('lifecycle', 'preStop'), target: 'key' };
  const prov: Provenance = { level: 'pod-spec', source: `preStop of container ${c.name}`, ref };
  if ('unknown' in d) return { prov, unknown: d.unknown };
  if (d.via === 'sleep-action' && k8s && compareVersions(k8s, '1.30') < 0) {
    return { prov, unknown: `lifecycle.preStop.sleep needs Kubernetes 1.30 or later (1.29 only behind the PodLifecycleSleepAction gate); on ${k8s} it does not run` };
  }
  return d.atLeast ? { seconds: d.seconds, atLeast: true, atLeastWhy: d.why, prov } : { seconds: d.seconds, prov };
}

/** Pₐ: the longest preStop of the app containers (an unknown one makes it unknown; a lower bound makes it one). */
export function maxPreStop(w: Workload, containers: Container[], k8s?: string): Timing {
  let best: Timing = noHook();
  let bounded = false;
  for (const c of containers) {
    if (c.init) continue;
    const t = hookTiming(w, c, k8s);
    if (!t) continue;
    if (t.unknown !== undefined) return t;
    bounded ||= Boolean(t.atLeast);
    if ((t.seconds ?? 0) > (best.seconds ?? 0)) best = t;
  }
  // The longest of hooks one of which may run longer than it says is itself only a lower bound.
  return bounded && !best.atLeast ? { ...best, atLeast: true, atLeastWhy: 'the preStop of another app container runs longer than its sleeps, for an unknown time' } : best;
}

/**
 * A preStop the rules may only use as an exact duration (Pₚ: every rule that reads it needs it
 * exact, spec §8.11): a lower bound becomes unknown, with why.
 */
export function exactOnly(t: Timing): Timing {
  if (!t.atLeast || t.seconds === undefined) return t;
  return { prov: t.prov, unknown: t.atLeastWhy ?? `the preStop takes at least ${formatSeconds(t.seconds)}, how much longer is unknown` };
}

/** Pₚ from `values.global.proxy.lifecycle` of the workload's revision, when the pod sets none of its own. */
export function globalPreStop(inv: Inventory, revision: string): Timing {
  const g = inv.globalLifecycles.filter((l) => l.revision === revision).pop();
  if (!g || !isRecord(g.value)) return noHook();
  const d = preStopDuration(g.value['preStop']);
  if (!d) return noHook();
  const prov: Provenance = { level: 'mesh', source: `values.global.proxy.lifecycle (${g.label})`, ref: { view: g.ref.view, path: g.ref.path.concat('preStop') } };
  if ('unknown' in d) return { prov, unknown: d.unknown };
  return d.atLeast ? { seconds: d.seconds, atLeast: true, atLeastWhy: d.why, prov } : { seconds: d.seconds, prov };
}
