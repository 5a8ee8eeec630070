/** Runs the CLI as a user does (the bin over the committed bundle), in a plain terminal-like environment. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './rule-tester.js';

export const BIN = path.join(ROOT, 'bin', 'drainlint.js');

/** The environment of a plain session, whatever runs the tests (a GitHub runner sets these). */
export function plainEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...extra };
  for (const k of Object.keys(env)) if ((/^(GITHUB_|INPUT_|RUNNER_)/.test(k) || k === 'FORCE_COLOR' || k === 'CI') && !(k in extra)) delete env[k];
  return env;
}

export function runCli(args: string[], opts: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input ?? '',
    env: plainEnv(opts.env),
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
