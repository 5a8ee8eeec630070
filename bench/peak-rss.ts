/**
 * Runs the drainlint CLI (bin/drainlint.js, as a user runs it) in a child process and reports its
 * exit code, its output and its peak RSS, which the child writes to stderr as it exits.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/drainlint.js');
const MARK = 'drainlint-peak-rss:';
const REPORT = `data:text/javascript,process.on('exit', () => process.stderr.write('\\n${MARK}' + process.resourceUsage().maxRSS * 1024 + '\\n'))`;

export interface PeakRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident set size of the child, in bytes. */
  rss: number;
  ms: number;
}

export function runWithPeakRss(args: string[], cwd: string): PeakRun {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', REPORT, BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const at = r.stderr.lastIndexOf(MARK);
  const rss = at < 0 ? NaN : Number(r.stderr.slice(at + MARK.length).trim());
  return { status: r.status, stdout: r.stdout, stderr: at < 0 ? r.stderr : r.stderr.slice(0, at).trimEnd(), rss, ms };
}
