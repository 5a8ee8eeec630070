/** Command line: parses flags (commander), calls lint(), writes reports, sets the exit code. */
import { closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { lint, atOrAbove, failsAt, inputProblems, type FailOn, type LintResult } from './lint.js';
import { DEFAULT_BASELINE } from './suppress/baseline.js';
import { UsageError } from './config.js';
import { EXPLAIN_FORMAT_NAMES, FORMAT_NAMES, isFormatName, loadExplainFormatter, loadFormatterParts, type ExplainFormatName, type FormatName } from './report/formats.js';
import { safe } from './report/safe.js';
import { plainError } from './load.js';
import { RULES } from '../rules/index.js';
import { ENGINE_FINDINGS } from './engine-findings.js';
import { HOMEPAGE } from './messages.js';
import { descriptor } from './rule.js';
import { VERSION } from './version.js';
import { validateMeshConfig, validateProxyConfig } from './istio/validate.js';
import type { DocView } from './types.js';
import { FIX_TYPES, type FixType } from './rule.js';
import { unifiedDiff } from './fix/diff.js';
import type { ThreadSetting } from './parallel/plan.js';

export { VERSION };

export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

export interface CliIO {
  argv: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(s: string): unknown };
  readStdin: () => Promise<Buffer>;
}

interface Options {
  threads?: ThreadSetting;
  format?: string[];
  outputFile?: string;
  failOn: FailOn;
  config?: string;
  meshConfig?: string[];
  gatewayValues?: string[];
  rule?: string[];
  disableRule?: string[];
  quiet?: boolean;
  stdinFilename?: string;
  istioVersion?: string;
  k8sVersion?: string;
  inferVersions?: boolean;
  assumeInjected?: boolean;
  defaultNamespace?: string;
  color?: boolean;
  help: boolean;
  debug?: boolean;
  inlineSuppressions: boolean;
  reportUnusedDisableDirectives?: boolean;
  reportSuppressed?: boolean;
  baseline?: string | false;
  writeBaseline?: string | true;
  pruneBaseline?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  fixType?: string[];
}

const HELP_AFTER = `
Examples:
  Lint a folder (*.yaml, *.yml; .gitignore is honoured):
    $ drainlint k8s/
  With the mesh-wide settings of a file that is not linted itself:
    $ drainlint k8s/ --mesh-config istio/operator.yaml
  Rendered manifests from stdin:
    $ helm template my-release ./chart | drainlint - --stdin-filename chart.yaml
  Annotations for GitHub on stdout, and SARIF for code scanning in a file:
    $ drainlint k8s/ --format github --format sarif=drainlint.sarif
  Fix what can be fixed (quote values, move keys to where they are read), or see the diff first:
    $ drainlint k8s/ --fix
    $ drainlint k8s/ --fix-dry-run
  Every rule, as JSON:
    $ drainlint rules --format json
  What happens when a workload's pod is deleted, and why:
    $ drainlint explain k8s/ --workload Deployment/shop/checkout
  Adopt it on an existing repository: record today's findings in .drainlint-baseline.json,
  then later runs report only new ones (and --prune-baseline drops the fixed ones):
    $ drainlint --write-baseline

Exit codes:
  0  no finding at or above the --fail-on level
  1  at least one finding at or above the --fail-on level
  2  usage or configuration error (unknown flag or rule id, invalid config file,
     a path that matches nothing)
  3  internal error (a bug in drainlint: please report it)

Docs: ${HOMEPAGE}
`;

/**
 * How far V8 lets the heap grow past what the last full collection kept, in percent, while the
 * command runs. By default it lets it grow up to four times that, and a huge run (its findings,
 * and what each workload document leaves behind as the next is parsed) peaks at some 40% more
 * memory; collecting sooner costs no measurable time. Set at run time, not as a flag of `node`:
 * V8 refuses cached code made under other flags, so it is put back before the code cache is
 * written.
 */
const HEAP_GROWING_PERCENT = 30;

/**
 * Compiles what a later run may need that this one did not: the ProxyConfig and MeshConfig
 * validators run (on an empty config) before the code cache is first written, so that a run whose
 * files carry a proxy.istio.io/config annotation finds them compiled even when the run that wrote
 * the cache had none.
 */
export function warmCodeCache(): void {
  const view = { file: { path: '' } } as unknown as DocView;
  validateProxyConfig(view, [], { terminationDrainDuration: '5s', proxyMetadata: {} });
  validateMeshConfig(view, [], { defaultConfig: { terminationDrainDuration: '5s' } });
}

export async function main(io: CliIO): Promise<number> {
  const debug = io.argv.includes('--debug');
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
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
    return EXIT.internal;
  } finally {
    // 0: V8's own heuristics, the value the process started with.
    v8.setFlagsFromString('--heap-growing-percent=0');
  }
}

/** Repeatable options take one value each, so they never swallow the paths that follow. */
/** `--threads`: a whole number from 1, or auto. */
function threadSetting(value: string): ThreadSetting {
  if (value === 'auto') return 'auto';
  if (!/^[1-9]\d{0,2}$/.test(value)) throw new InvalidArgumentError('Expected a number of threads (1 or more), or auto.');
  return Number(value);
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function collectIds(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(',').map((v) => v.trim()).filter(Boolean)];
}

function program(io: CliIO): Command {
  const p = new Command('drainlint');
  // Options after `rules` are the subcommand's own (its --format is not the lint's).
  p.exitOverride()
    .enablePositionalOptions()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .description('Checks the graceful shutdown (drain) of Istio sidecars and gateways in Kubernetes manifests.')
    .version(VERSION, '-v, --version')
    .argument('[paths...]', 'files, directories or globs to lint; - reads stdin (default: .)')
    .option('-f, --format <format>', `output format: ${FORMAT_NAMES.join(', ')}; FORMAT=FILE writes that format to FILE (repeatable). Default: stylish, or github when GITHUB_ACTIONS=true`, collect)
    .option('-o, --output-file <file>', 'write the (single) format to this file instead of stdout')
    .addOption(new Option('--fail-on <level>', 'exit 1 when a finding is at or above this level').choices(['error', 'warning', 'info', 'never']).default('warning'))
    .option('-c, --config <file>', 'configuration file (default: .drainlint.yaml or .drainlint.yml found upwards)')
    .option('--mesh-config <file>', 'mesh config applied to every workload: IstioOperator, istio ConfigMap or Helm values (repeatable)', collect)
    .option('--gateway-values <file>', "values file of Istio's gateway Helm chart, linted as the gateway it renders (repeatable)", collect)
    .option('--rule <id>', 'run only this rule (repeatable; comma-separated ids too)', collectIds)
    .option('--disable-rule <id>', 'do not run this rule (repeatable; comma-separated ids too)', collectIds)
    .option('-q, --quiet', 'report only findings at or above the --fail-on level; stylish prints nothing when there are none')
    .option('--stdin-filename <name>', 'name stdin input in reports (default <stdin>)')
    .option('--istio-version <version>', 'target Istio version, e.g. 1.24')
    .option('--k8s-version <version>', 'target Kubernetes version, e.g. 1.33')
    .option('--no-infer-versions', 'do not read the target versions from the input (image tags, install settings, chart versions, revision names) when not given')
    .option('--assume-injected', 'treat every workload as having an injected sidecar')
    .option('--default-namespace <ns>', 'namespace of workloads without metadata.namespace')
    .option('--color', 'force colour (also FORCE_COLOR=1)')
    .option('--no-color', 'no colour (also NO_COLOR or FORCE_COLOR=0)')
    .option('--no-help', 'stylish: show only each finding\'s message, not the help text beneath it')
    .option('--no-inline-suppressions', 'ignore drainlint.io/ignore annotations and drainlint-disable comments (central policy)')
    .option('--report-unused-disable-directives', 'warn about suppression comments and annotations that suppress nothing')
    .option('--report-suppressed', 'stylish: show suppressed findings too, with what suppressed each')
    .option('--baseline <file>', `report only findings beyond this baseline (default: ${DEFAULT_BASELINE} when it exists)`)
    .option('--no-baseline', `do not read ${DEFAULT_BASELINE}`)
    .option('--write-baseline [file]', `record the current findings as the baseline (a .json file; default ${DEFAULT_BASELINE})`)
    .option('--prune-baseline', 'drop baseline entries that no longer occur, and write the baseline back')
    .option('--fix', 'apply the fixes of fixable findings to the files (stdin: print the fixed text)')
    .option('--fix-dry-run', 'print the fixes as a unified diff instead of writing them')
    .option('--fix-type <types>', `kinds of fix to apply: ${FIX_TYPES.join(', ')} (comma-separated; default layout; timing changes when the pod is killed)`, collectIds)
    .option('--threads <n|auto>', 'threads to lint on: a number, or auto (one for small inputs, else one per core up to 4); the output is the same for any count', threadSetting, 'auto')
    .option('--debug', 'print stack traces of internal errors')
    .addHelpText('after', HELP_AFTER);
  p.command('rules')
    .description('list every rule with its severity and description')
    .addOption(new Option('-f, --format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .action((opts: { format: 'text' | 'json' }) => {
      const rows = [...RULES.map(descriptor), ...ENGINE_FINDINGS];
      if (opts.format === 'json') {
        io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      const width = Math.max(...rows.map((r) => r.id.length));
      for (const r of rows) io.stdout.write(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}\n`);
    });
  p.command('explain')
    .description("show what happens when each workload's pod is deleted: effective settings with their sources, the termination timeline, the traffic lost, the findings")
    .argument('[paths...]', 'files, directories or globs; - reads stdin', ['.'])
    .option('-w, --workload <selector>', 'only this workload: kind/namespace/name, namespace/name, name, or a glob of them (repeatable)', collect)
    .addOption(new Option('-f, --format <format>', 'stylish (a terminal), json, markdown or html').choices([...EXPLAIN_FORMAT_NAMES]).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to this file instead of stdout')
    .option('-c, --config <file>', 'configuration file (default: .drainlint.yaml or .drainlint.yml found upwards)')
    .option('--mesh-config <file>', 'mesh config applied to every workload (repeatable)', collect)
    .option('--rule <id>', 'list findings of this rule only (repeatable; comma-separated ids too)', collectIds)
    .option('--disable-rule <id>', 'do not list findings of this rule (repeatable; comma-separated ids too)', collectIds)
    .option('--stdin-filename <name>', 'name stdin input in reports (default <stdin>)')
    .option('--istio-version <version>', 'target Istio version, e.g. 1.24')
    .option('--k8s-version <version>', 'target Kubernetes version, e.g. 1.33')
    .option('--assume-injected', 'treat every workload as having an injected sidecar')
    .option('--default-namespace <ns>', 'namespace of workloads without metadata.namespace')
    .option('--color', 'force colour (also FORCE_COLOR=1)')
    .option('--no-color', 'no colour (also NO_COLOR or FORCE_COLOR=0)')
    .option('--debug', 'print stack traces of internal errors')
    .addHelpText('after', EXPLAIN_HELP_AFTER);
  return p;
}

interface ExplainCliOptions extends Omit<Options, 'format' | 'failOn' | 'quiet' | 'help'> {
  workload?: string[];
  format: ExplainFormatName;
}

const EXPLAIN_HELP_AFTER = `
For each workload: the effective drain settings (terminationGracePeriodSeconds,
terminationDrainDuration, drainDuration, EXIT_ON_ZERO_ACTIVE_CONNECTIONS,
MINIMUM_DRAIN_DURATION, preStop hooks, shutdown duration, connection lifetime,
proxy mode, injection, target versions) with where each came from, values that
were overridden or ignored and why, the timeline from the pod's deletion to
SIGKILL, the windows where traffic is lost, and the findings that apply.

Examples:
  $ drainlint explain fixtures/examples/seed-mesh-wide
  $ drainlint explain k8s/ --workload 'shop/checkout-*' --format html -o drain.html

Exit codes: 0 explained; 2 usage error (also a --workload that matches no
workload); 3 internal error.
`;

async function run(io: CliIO): Promise<number> {
  const p = program(io);
  let lintArgs: { paths: string[]; opts: Options } | undefined;
  p.action((paths: string[], opts: Options) => {
    lintArgs = { paths, opts };
  });
  let explainArgs: { paths: string[]; opts: ExplainCliOptions } | undefined;
  p.commands
    .find((c) => c.name() === 'explain')!
    .action((paths: string[], opts: ExplainCliOptions) => {
      explainArgs = { paths, opts };
    });
  await p.parseAsync(io.argv, { from: 'user' });
  if (explainArgs) return runExplain(io, explainArgs.paths, explainArgs.opts);
  if (!lintArgs) return EXIT.ok; // a subcommand ran
  const { opts } = lintArgs;
  let paths = lintArgs.paths;
  // `--write-baseline k8s/`: the optional value took a path to lint; a baseline is a .json file.
  if (typeof opts.writeBaseline === 'string' && !opts.writeBaseline.endsWith('.json')) {
    paths = [opts.writeBaseline, ...paths];
    opts.writeBaseline = true;
  }
  if (paths.length === 0) paths = ['.'];
  const fix = fixOptions(opts);
  const outputs = outputsOf(opts, io);
  // The Markdown report draws the timelines of workloads with findings; the HTML page every workload's.
  const explainWanted = outputs.some((o) => o.format === 'html') ? true : outputs.some((o) => o.format === 'markdown') ? 'with-findings' : undefined;

  const full = await lint({
    paths,
    options: {
      cwd: io.cwd,
      config: opts.config,
      meshConfig: opts.meshConfig,
      gatewayValues: opts.gatewayValues,
      onlyRules: opts.rule,
      disableRules: opts.disableRule,
      istioVersion: opts.istioVersion,
      kubernetesVersion: opts.k8sVersion,
      inferVersions: opts.inferVersions,
      assumeInjected: opts.assumeInjected,
      defaultNamespace: opts.defaultNamespace,
      stdin: { read: io.readStdin, filename: opts.stdinFilename },
      explain: explainWanted,
      inlineSuppressions: opts.inlineSuppressions,
      reportUnusedDisableDirectives: opts.reportUnusedDisableDirectives,
      baseline: opts.baseline,
      writeBaseline: opts.writeBaseline,
      pruneBaseline: opts.pruneBaseline,
      threads: opts.threads,
      ...fix,
    },
  });
  const problems = inputProblems(full, paths);
  // The diff of a dry run, or the fixed text of stdin, takes stdout: the report then goes to stderr.
  const fixOut = fixOutput(full, fix, paths);
  if (fixOut !== undefined) io.stdout.write(fixOut);
  for (const f of full.fixed ?? []) if (f.status === 'not-written') io.stderr.write(`drainlint: did not fix ${safe(f.file)}: ${safe(f.reason ?? '')}\n`);
  const reportStream = fixOut !== undefined ? io.stderr : io.stdout;
  for (const line of problems) io.stderr.write(`drainlint: ${line}\n`);
  const b = full.baseline;
  if (b?.action === 'written') io.stderr.write(`drainlint: wrote ${plural(b.entries, 'finding')} to the baseline ${b.file}\n`);
  if (b?.action === 'pruned') io.stderr.write(`drainlint: pruned the baseline ${b.file}: ${plural(b.dropped ?? 0, 'finding')} gone, ${b.entries} left\n`);

  const failOn = opts.failOn;
  // Quiet output keeps suppressed findings at the level too: SARIF marks them dismissed.
  const result: LintResult = opts.quiet ? { ...full, findings: full.findings.filter((f) => failOn === 'never' || atOrAbove(f, failOn)) } : full;
  const color = colorWanted(opts.color, io);
  for (const out of outputs) {
    // Machine formats always write a whole document, empty or not; people's text says nothing when there is nothing to say.
    const shown = result.findings.filter((f) => !f.suppressions || opts.reportSuppressed).length;
    if (out.format === 'stylish' && shown === 0 && (problems.length > 0 || (opts.quiet && !out.file))) continue;
    const format = await loadFormatterParts(out.format);
    const width = !out.file && io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 80;
    const parts = format(result, { color: out.file ? false : color, version: VERSION, workspace: io.env['GITHUB_WORKSPACE'] || undefined, width, help: opts.help, reportSuppressed: opts.reportSuppressed });
    if (out.file) {
      let fd: number | undefined;
      try {
        mkdirSync(path.dirname(out.file), { recursive: true });
        fd = openSync(out.file, 'w');
        // Given a descriptor, writeFileSync writes at its position, all of the part.
        for (const part of parts) writeFileSync(fd, part);
      } catch (e) {
        throw new UsageError(`cannot write the ${out.format} report to ${path.relative(io.cwd, out.file) || out.file}: ${plainError(e)}`);
      } finally {
        if (fd !== undefined) closeSync(fd);
      }
    } else {
      for (const part of parts) reportStream.write(part);
    }
  }
  if (problems.length > 0) return EXIT.usage;
  return full.findings.some((f) => failsAt(f, failOn)) ? EXIT.findings : EXIT.ok;
}

/** `drainlint explain`: the workloads asked for, in one format, to stdout or a file. */
async function runExplain(io: CliIO, paths: string[], opts: ExplainCliOptions): Promise<number> {
  // Loaded here: a lint run never needs it.
  const { explain } = await import('./explain/run.js');
  const result = await explain({
    paths,
    workloads: opts.workload,
    options: {
      cwd: io.cwd,
      config: opts.config,
      meshConfig: opts.meshConfig,
      onlyRules: opts.rule,
      disableRules: opts.disableRule,
      istioVersion: opts.istioVersion,
      kubernetesVersion: opts.k8sVersion,
      assumeInjected: opts.assumeInjected,
      defaultNamespace: opts.defaultNamespace,
      stdin: { read: io.readStdin, filename: opts.stdinFilename },
    },
  });
  const problems = inputProblems(result, paths);
  for (const s of result.unmatched) problems.push(`no workload matches --workload ${safe(s)} (a kind/namespace/name, namespace/name, name, or a glob of them)`);
  for (const line of problems) io.stderr.write(`drainlint: ${line}\n`);
  const format = await loadExplainFormatter(opts.format);
  const file = opts.outputFile ? path.resolve(io.cwd, opts.outputFile) : undefined;
  const width = !file && io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 80;
  const text = format(result, { color: file ? false : colorWanted(opts.color, io), version: VERSION, workspace: io.env['GITHUB_WORKSPACE'] || undefined, width });
  if (!file) {
    io.stdout.write(text);
    return problems.length > 0 ? EXIT.usage : EXIT.ok;
  }
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  } catch (e) {
    throw new UsageError(`cannot write the ${opts.format} report to ${path.relative(io.cwd, file) || file}: ${plainError(e)}`);
  }
  return problems.length > 0 ? EXIT.usage : EXIT.ok;
}

/**
 * Colour as chalk documents it: --color / --no-color first, then FORCE_COLOR (0 off, 1–3 on,
 * even when piped), then NO_COLOR, then whether stdout is a terminal.
 */
function colorWanted(flag: boolean | undefined, io: CliIO): boolean {
  if (flag !== undefined) return flag;
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined) return force === '' || force === 'true' || (force !== 'false' && Number(force) > 0);
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false;
  return Boolean(io.stdout.isTTY);
}

function outputsOf(opts: Options, io: CliIO): { format: FormatName; file?: string }[] {
  // On a GitHub runner, findings become annotations unless a format is asked for (as yamllint does).
  const specs = opts.format ?? [io.env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'stylish'];
  const outs = specs.map((s) => {
    const eq = s.indexOf('=');
    const format = eq < 0 ? s : s.slice(0, eq);
    const file = eq < 0 ? undefined : s.slice(eq + 1);
    if (!isFormatName(format)) throw new UsageError(`unknown format "${format}" (${FORMAT_NAMES.join(', ')})`);
    return { format, file: file ? path.resolve(io.cwd, file) : undefined };
  });
  if (opts.outputFile) {
    const toStdout = outs.filter((o) => !o.file);
    if (toStdout.length !== 1) throw new UsageError('--output-file needs exactly one --format without =FILE');
    toStdout[0]!.file = path.resolve(io.cwd, opts.outputFile);
  }
  if (outs.filter((o) => !o.file).length > 1) throw new UsageError('only one format can go to stdout: write the others with FORMAT=FILE');
  return outs;
}

/** The fix options of a run: `--fix`, `--fix-dry-run` (not both) and the kinds of fix. */
function fixOptions(opts: Options): { fix?: true | 'dry-run'; fixTypes?: FixType[] } {
  if (opts.fix && opts.fixDryRun) throw new UsageError('--fix and --fix-dry-run do not go together: the dry run writes nothing');
  const types = opts.fixType ?? ['layout'];
  for (const t of types) if (!(FIX_TYPES as readonly string[]).includes(t)) throw new UsageError(`unknown fix type "${t}" (${FIX_TYPES.join(', ')})`);
  if (opts.fixType && !opts.fix && !opts.fixDryRun) throw new UsageError('--fix-type goes with --fix or --fix-dry-run');
  if (!opts.fix && !opts.fixDryRun) return {};
  return { fix: opts.fix ? true : 'dry-run', fixTypes: types as FixType[] };
}

/** What a fix run prints on stdout: the diff of a dry run; with stdin, the fixed (or unchanged) text. */
function fixOutput(result: LintResult, fix: { fix?: true | 'dry-run' }, paths: string[]): string | undefined {
  if (fix.fix === 'dry-run') return (result.fixed ?? []).map((f) => unifiedDiff(f.file, f.input, f.output)).join('');
  if (fix.fix && paths.includes('-')) {
    return result.fixed?.find((f) => f.status === 'output' && !f.inMemory)?.output ?? '';
  }
  return undefined;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
