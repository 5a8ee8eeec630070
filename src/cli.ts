/** Command line: parses flags (commander), runs the pipeline, writes reports, sets the exit code. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { lint } from './engine.js';
import { emptyConfig, findConfig, loadConfig, UsageError, type ResolvedConfig } from './config.js';
import { FORMATTERS } from './report/index.js';
import { safe } from './report/stylish.js';
import { RULES } from '../rules/index.js';
import { ENGINE_FINDINGS } from './engine-findings.js';
import { HOMEPAGE } from './messages.js';
import { SEVERITY_RANK, type Finding, type Severity } from './types.js';

export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

export const VERSION: string = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

export interface CliIO {
  argv: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(s: string): unknown };
  readStdin: () => Promise<Buffer>;
}

interface Options {
  format?: string[];
  outputFile?: string;
  failOn: 'error' | 'warning' | 'info' | 'never';
  config?: string;
  meshConfig?: string[];
  rule?: string[];
  disableRule?: string[];
  quiet?: boolean;
  stdinFilename?: string;
  istioVersion?: string;
  k8sVersion?: string;
  assumeInjected?: boolean;
  defaultNamespace?: string;
  color?: boolean;
  help: boolean;
  debug?: boolean;
}

export async function main(io: CliIO): Promise<number> {
  let debug = io.argv.includes('--debug');
  try {
    return await run(io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`drainlint: ${e.message}\n`);
      return EXIT.usage;
    }
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    io.stderr.write(`drainlint: internal error: ${(e as Error).message}. This is a bug: please report it at ${HOMEPAGE}/issues${debug ? '' : ' (rerun with --debug for the stack)'}\n`);
    if (debug) io.stderr.write(`${(e as Error).stack}\n`);
    debug = false;
    return EXIT.internal;
  }
}

/** Repeatable options take one value each, so they never swallow the paths that follow. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function collectIds(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(',').map((v) => v.trim()).filter(Boolean)];
}

function program(io: CliIO): Command {
  const p = new Command('drainlint');
  p.exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .description('Checks the graceful shutdown (drain) of Istio sidecars and gateways in Kubernetes manifests.')
    .version(VERSION, '-v, --version')
    .argument('[paths...]', 'files, directories or globs to lint; - reads stdin', ['.'])
    .option('-f, --format <format>', 'output format: stylish, json, sarif, github; FORMAT=FILE writes that format to FILE (repeatable)', collect)
    .option('-o, --output-file <file>', 'write the (single) format to this file instead of stdout')
    .addOption(new Option('--fail-on <level>', 'exit 1 when a finding is at or above this level').choices(['error', 'warning', 'info', 'never']).default('warning'))
    .option('-c, --config <file>', 'configuration file (default: .drainlint.yaml or .drainlint.yml found upwards)')
    .option('--mesh-config <file>', 'mesh config applied to every workload: IstioOperator, istio ConfigMap or Helm values (repeatable)', collect)
    .option('--rule <id>', 'run only this rule (repeatable; comma-separated ids too)', collectIds)
    .option('--disable-rule <id>', 'do not run this rule (repeatable; comma-separated ids too)', collectIds)
    .option('-q, --quiet', 'report only findings at or above the --fail-on level, and print nothing when there are none')
    .option('--stdin-filename <name>', 'name stdin input in reports (default <stdin>)')
    .option('--istio-version <version>', 'target Istio version, e.g. 1.24')
    .option('--k8s-version <version>', 'target Kubernetes version, e.g. 1.33')
    .option('--assume-injected', 'treat every workload as having an injected sidecar')
    .option('--default-namespace <ns>', 'namespace of workloads without metadata.namespace')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (also NO_COLOR)')
    .option('--no-help', 'stylish: show only each finding\'s message, not the help text beneath it')
    .option('--debug', 'print stack traces of internal errors');
  p.command('rules')
    .description('list every rule with its severity and description')
    .action(() => {
      const rows = [...RULES.map((r) => r.meta), ...ENGINE_FINDINGS];
      const width = Math.max(...rows.map((r) => r.id.length));
      for (const r of rows) io.stdout.write(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}\n`);
    });
  return p;
}

async function run(io: CliIO): Promise<number> {
  const p = program(io);
  let lintArgs: { paths: string[]; opts: Options } | undefined;
  p.action((paths: string[], opts: Options) => {
    lintArgs = { paths, opts };
  });
  await p.parseAsync(io.argv, { from: 'user' });
  if (!lintArgs) return EXIT.ok; // a subcommand ran
  const { paths, opts } = lintArgs;
  const known = new Set(RULES.map((r) => r.meta.id));
  for (const id of [...(opts.rule ?? []), ...(opts.disableRule ?? [])]) {
    if (!known.has(id)) throw new UsageError(`unknown rule id "${id}" (drainlint rules lists them)`);
  }
  const config = readConfig(io.cwd, opts.config, known);
  applyFlags(config, opts, io.cwd);
  const outputs = outputsOf(opts, io.cwd);
  const rules = RULES.filter((r) => (!opts.rule || opts.rule.includes(r.meta.id)) && !(opts.disableRule ?? []).includes(r.meta.id));

  const outcome = await lint({
    cwd: io.cwd,
    paths,
    config,
    meshConfigFiles: config.meshConfig,
    rules,
    stdinFilename: opts.stdinFilename,
    readStdin: io.readStdin,
  });
  for (const m of outcome.missing) io.stderr.write(`drainlint: no such file or directory, or no match: ${safe(m)}\n`);
  const noInput = outcome.result.files.length === 0 && outcome.result.skipped.length === 0 && outcome.result.findings.length === 0 && !paths.includes('-') && outcome.ignored.length === 0;
  if (noInput && outcome.missing.length === 0) io.stderr.write(`drainlint: no manifests (*.yaml, *.yml) found in ${paths.map(safe).join(', ')}\n`);

  const failOn = opts.failOn;
  const atOrAbove = (f: Finding) => failOn !== 'never' && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn as Severity];
  const result = opts.quiet ? { ...outcome.result, findings: outcome.result.findings.filter((f) => failOn === 'never' || atOrAbove(f)) } : outcome.result;
  const color = opts.color ?? (Boolean(io.stdout.isTTY) && !('NO_COLOR' in io.env && io.env['NO_COLOR'] !== ''));
  for (const out of outputs) {
    if (opts.quiet && !out.file && result.findings.length === 0) continue;
    const width = !out.file && io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 80;
    const text = FORMATTERS[out.format]!(result, { color: out.file ? false : color && opts.color !== false, version: VERSION, width, help: opts.help });
    if (out.file) {
      try {
        mkdirSync(path.dirname(out.file), { recursive: true });
        writeFileSync(out.file, text);
      } catch (e) {
        throw new UsageError(`cannot write ${out.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
    } else {
      io.stdout.write(text);
    }
  }
  if (outcome.missing.length > 0 || noInput || outcome.nothingRead) return EXIT.usage;
  return outcome.result.findings.some(atOrAbove) ? EXIT.findings : EXIT.ok;
}

function readConfig(cwd: string, explicit: string | undefined, known: Set<string>): ResolvedConfig {
  const file = explicit ?? findConfig(cwd);
  return file ? loadConfig(file, cwd, known) : emptyConfig(cwd);
}

function applyFlags(config: ResolvedConfig, opts: Options, cwd: string): void {
  if (opts.meshConfig) config.meshConfig = [...config.meshConfig, ...opts.meshConfig.map((m) => path.resolve(cwd, m))];
  if (opts.istioVersion) config.istioVersion = checkVersion(opts.istioVersion, '--istio-version');
  if (opts.k8sVersion) config.kubernetesVersion = checkVersion(opts.k8sVersion, '--k8s-version');
  if (opts.assumeInjected) config.assumeInjected = true;
  if (opts.defaultNamespace) config.defaultNamespace = opts.defaultNamespace;
}

function checkVersion(v: string, flag: string): string {
  if (!/^v?\d+\.\d+(\.\d+)?$/.test(v)) throw new UsageError(`${flag} takes a version such as 1.24 or 1.24.3, not "${v}"`);
  return v.replace(/^v/, '');
}

function outputsOf(opts: Options, cwd: string): { format: string; file?: string }[] {
  const specs = opts.format ?? ['stylish'];
  const outs = specs.map((s) => {
    const eq = s.indexOf('=');
    const format = eq < 0 ? s : s.slice(0, eq);
    const file = eq < 0 ? undefined : s.slice(eq + 1);
    if (!FORMATTERS[format]) throw new UsageError(`unknown format "${format}" (stylish, json, sarif, github)`);
    return { format, file: file ? path.resolve(cwd, file) : undefined };
  });
  if (opts.outputFile) {
    const toStdout = outs.filter((o) => !o.file);
    if (toStdout.length !== 1) throw new UsageError('--output-file needs exactly one --format without =FILE');
    toStdout[0]!.file = path.resolve(cwd, opts.outputFile);
  }
  if (outs.filter((o) => !o.file).length > 1) throw new UsageError('only one format can go to stdout: write the others with FORMAT=FILE');
  return outs;
}
