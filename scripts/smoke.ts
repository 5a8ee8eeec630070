// Real-world smoke run: `node build/scripts/smoke.js <dir> [--json]`.
//
// Lints every *.yaml / *.yml under <dir> with every rule, twice:
//   - file by file, so that an exception escaping lint() is attributed to the file that caused it
//     (a crash; the script then exits 1), and
//   - as one run over the whole tree (paths [dir]), as a user would run it, for the findings.
// It prints the files, the documents read, the crashes, the parse errors by cause (with the first
// few), the findings by rule and severity, and every warning or error on a workload that nothing
// says is in the mesh (a sidecar-dependent rule firing there is a bug).
import { readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { analyze, lint, type Analysis } from '../src/engine.js';
import { emptyConfig } from '../src/config.js';
import { RULES } from '../rules/index.js';
import type { ResolvedWorkload } from '../src/resolved.js';
import { targetVersionWords } from '../src/describe.js';
import type { Finding, Severity } from '../src/types.js';

/** Rules that only make sense with a proxy in the pod (catalogue "When a sidecar is assumed"). */
const SIDECAR_RULES = new Set(['proxy-exits-before-app', 'termination-drain-duration-ignored', 'min-drain-shorter-than-app-prestop', 'drain-env-on-app-container']);
/** drain-exceeds-grace-period is mesh-independent only for "a preStop hook ≥ G". */
const PRESTOP_MESSAGE = /but the preStop hook of container /;
const SHOW_PARSE_ERRORS = 10;
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

interface Crash {
  file: string;
  error: string;
}

interface NoSignal {
  finding: string;
  ruleId: string;
  severity: Severity;
  sidecarReason: string;
  /** A rule that needs a sidecar fired on a workload without one: a drainlint bug. */
  sidecarRuleOnPlainWorkload: boolean;
}

interface Report {
  dir: string;
  files: { found: number; readByLint: number; helmTemplatesSkipped: number };
  documents: { parsed: number; withParseError: number; resources: number; workloads: number };
  workloadsBySidecar: Record<string, number>;
  /** The target versions the whole-tree run read from the input (none given), with where each came from. */
  targetVersions: string[];
  crashes: Crash[];
  parseErrors: { count: number; byCause: Record<string, number>; first: string[] };
  findings: { total: number; byRule: Record<string, Partial<Record<Severity, number>>>; bySeverity: Partial<Record<Severity, number>> };
  findingsFileByFile: { total: number; byRule: Record<string, Partial<Record<Severity, number>>> };
  noSignalWarnings: NoSignal[];
  slowestFiles: { file: string; ms: number }[];
  wholeTreeCrash?: string;
}

function usage(): never {
  console.error('usage: node build/scripts/smoke.js <dir> [--json]');
  process.exit(2);
}

/** Every *.yaml / *.yml below dir (no symlinks followed, .git skipped), relative to dir, sorted. */
function manifests(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(path.join(dir, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = rel ? path.join(rel, e.name) : e.name;
      if (e.isDirectory()) {
        if (e.name !== '.git') walk(p);
      } else if (e.isFile() && /\.ya?ml$/i.test(e.name)) out.push(p);
    }
  };
  walk('');
  return out.sort();
}

function parseCause(message: string): string {
  if (message.startsWith('malformed YAML: duplicate key')) return 'duplicate key';
  if (message.startsWith('malformed YAML')) return 'malformed YAML';
  if (message.startsWith('unrendered Helm template action')) return 'unrendered Helm template';
  if (message.startsWith('Helm chart templates skipped')) return 'Helm chart templates skipped (info)';
  if (message.includes('proxy.istio.io/config annotation is not valid')) return 'invalid proxy.istio.io/config annotation';
  if (message.includes('(data.mesh) is not valid YAML')) return 'invalid mesh ConfigMap';
  if (message.startsWith('binary content')) return 'binary content';
  if (message.startsWith('invalid UTF-8')) return 'invalid UTF-8';
  if (message.includes('maxFileSize')) return 'over maxFileSize';
  if (message.startsWith('cannot read')) return 'cannot read';
  return message.split(':')[0] ?? message;
}

function tally(findings: Finding[]): Record<string, Partial<Record<Severity, number>>> {
  const by: Record<string, Partial<Record<Severity, number>>> = {};
  for (const f of findings) {
    const r = (by[f.ruleId] ??= {});
    r[f.severity] = (r[f.severity] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(by).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const show = (f: Finding) =>
  `${f.file}:${f.range.line}:${f.range.column} ${f.severity} ${f.ruleId}${f.resource ? ` [${f.resource.kind} ${f.resource.namespace ? `${f.resource.namespace}/` : ''}${f.resource.name ?? ''}${f.resource.container ? ` container ${f.resource.container}` : ''}]` : ''}: ${f.message}`;

function errorText(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

/** The resolved workload a finding is about (same file, kind, namespace and name). */
function workloadOf(a: Analysis, f: Finding): ResolvedWorkload | undefined {
  if (!f.resource) return undefined;
  const r = f.resource;
  return a.resolution.workloads.find((rw) => {
    const w = rw.workload;
    return w.view.file.path === f.file && w.kind === r.kind && w.name === r.name && w.namespace === r.namespace;
  });
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const rest = args.filter((a) => a !== '--json');
  if (rest.length !== 1 || rest[0]!.startsWith('-')) usage();
  const dir = path.resolve(rest[0]!);
  const config = emptyConfig(dir);
  const rules = [...RULES];
  const files = manifests(dir);

  // File by file: attribute crashes, time each file.
  const crashes: Crash[] = [];
  const perFile: Finding[] = [];
  const timings: { file: string; ms: number }[] = [];
  for (const file of files) {
    const started = performance.now();
    try {
      const out = await lint({ cwd: dir, paths: [file], config, meshConfigFiles: [], rules });
      perFile.push(...out.result.findings);
    } catch (e) {
      crashes.push({ file, error: errorText(e) });
    }
    timings.push({ file, ms: Math.round(performance.now() - started) });
  }

  // The whole tree as one run, as a user runs it.
  let whole: Finding[] = [];
  let analysis: Analysis | undefined;
  let wholeTreeCrash: string | undefined;
  let readByLint = 0;
  try {
    const out = await lint({ cwd: dir, paths: ['.'], config, meshConfigFiles: [], rules });
    whole = out.result.findings;
    readByLint = out.result.files.length;
  } catch (e) {
    wholeTreeCrash = errorText(e);
  }
  // The model the rules read (files, documents, workloads and their sidecar status), on its own so
  // that the counts survive a crash inside a rule.
  try {
    analysis = await analyze({ cwd: dir, paths: ['.'], config, meshConfigFiles: [] });
    if (readByLint === 0) readByLint = analysis.inputs.length;
  } catch (e) {
    wholeTreeCrash ??= errorText(e);
  }

  const parse = whole.filter((f) => f.ruleId === 'parse-error');
  const parseErrors = parse.filter((f) => f.severity === 'error');
  const byCause: Record<string, number> = {};
  for (const f of parse) byCause[parseCause(f.message)] = (byCause[parseCause(f.message)] ?? 0) + 1;
  const skippedTemplates = parse
    .filter((f) => f.severity === 'info')
    .reduce((n, f) => n + Number(/\((\d+) files? under templates\/\)/.exec(f.message)?.[1] ?? 0), 0);

  const bySidecar: Record<string, number> = {};
  const noSignal: NoSignal[] = [];
  if (analysis) {
    for (const rw of analysis.resolution.workloads) {
      const reason = rw.sidecar.status === 'assumed' && rw.sidecar.reason.startsWith('an Istio mesh config') ? 'assumed (only because a mesh config is in the run)' : rw.sidecar.status;
      bySidecar[reason] = (bySidecar[reason] ?? 0) + 1;
    }
    for (const f of whole) {
      if (f.severity === 'info' || f.ruleId === 'parse-error') continue;
      const rw = workloadOf(analysis, f);
      if (!rw || rw.sidecar.status !== 'none') continue;
      const sidecarRule = SIDECAR_RULES.has(f.ruleId) || (f.ruleId === 'drain-exceeds-grace-period' && !PRESTOP_MESSAGE.test(f.message));
      noSignal.push({ finding: show(f), ruleId: f.ruleId, severity: f.severity, sidecarReason: rw.sidecar.reason, sidecarRuleOnPlainWorkload: sidecarRule });
    }
  }
  const docs = analysis?.files.reduce((n, f) => n + f.counts.documents, 0) ?? 0;
  const inv = analysis?.inventory;
  // Documents that are Kubernetes-style resources (a string kind); the items of a kind: List count one each.
  const resources = analysis?.files.reduce((n, f) => n + f.counts.resources, 0) ?? 0;
  const documentErrors = parseErrors.filter((f) => /^(malformed YAML|unrendered template|cannot read document)/.test(f.message)).length;

  const bySeverity: Partial<Record<Severity, number>> = {};
  for (const f of whole) bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;

  const report: Report = {
    dir,
    files: { found: files.length, readByLint, helmTemplatesSkipped: skippedTemplates },
    documents: { parsed: docs, withParseError: documentErrors, resources, workloads: inv?.workloadSources.length ?? 0 },
    workloadsBySidecar: bySidecar,
    targetVersions: analysis ? (['istio', 'kubernetes'] as const).flatMap((p) => (analysis!.run.versions[p] ? [targetVersionWords(analysis!.run.versions[p]!, p)] : [])) : [],
    crashes,
    parseErrors: { count: parseErrors.length, byCause, first: parseErrors.slice(0, SHOW_PARSE_ERRORS).map((f) => `${f.file}:${f.range.line}:${f.range.column} ${f.message}`) },
    findings: { total: whole.length, byRule: tally(whole), bySeverity },
    findingsFileByFile: { total: perFile.length, byRule: tally(perFile) },
    noSignalWarnings: noSignal,
    slowestFiles: [...timings].sort((a, b) => b.ms - a.ms).slice(0, 3),
    ...(wholeTreeCrash ? { wholeTreeCrash } : {}),
  };

  if (json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else printText(report, whole);
  return crashes.length > 0 || wholeTreeCrash ? 1 : 0;
}

function printText(r: Report, whole: Finding[]): void {
  const line = (s = '') => process.stdout.write(`${s}\n`);
  const counts = (c: Partial<Record<Severity, number>>) => SEVERITIES.filter((s) => c[s]).map((s) => `${c[s]} ${s}`).join(', ');
  line(`drainlint smoke run over ${r.dir}`);
  line(`files: ${r.files.found} *.yaml/*.yml found, ${r.files.readByLint} read by lint (${r.files.helmTemplatesSkipped} skipped as Helm chart templates; .gitignore honoured)`);
  line(`documents: ${r.documents.parsed} parsed, ${r.documents.withParseError} with a parse error; ${r.documents.resources} of them resources (List items counted), ${r.documents.workloads} workloads (pod templates, IstioOperator gateway entries, Gateway API Gateways)`);
  line(`workloads by sidecar: ${Object.entries(r.workloadsBySidecar).map(([k, v]) => `${v} ${k}`).join(', ') || 'none'}`);
  line(`target versions read from the input: ${r.targetVersions.join('; ') || 'none'}`);
  line();
  line(`crashes: ${r.crashes.length}${r.wholeTreeCrash ? ' (and the whole-tree run crashed)' : ''}`);
  for (const c of r.crashes) line(`  ${c.file}\n    ${c.error.split('\n').join('\n    ')}`);
  if (r.wholeTreeCrash) line(`  whole tree:\n    ${r.wholeTreeCrash.split('\n').join('\n    ')}`);
  line();
  line(`parse errors: ${r.parseErrors.count} (by cause, with info-level notes marked)`);
  for (const [cause, n] of Object.entries(r.parseErrors.byCause).sort((a, b) => b[1] - a[1])) line(`  ${n}  ${cause}`);
  if (r.parseErrors.first.length > 0) line(`  first ${r.parseErrors.first.length}:`);
  for (const p of r.parseErrors.first) line(`    ${p}`);
  line();
  line(`findings (whole tree as one run): ${r.findings.total}${r.findings.total ? ` (${counts(r.findings.bySeverity)})` : ''}`);
  for (const [rule, c] of Object.entries(r.findings.byRule)) line(`  ${rule.padEnd(40)} ${counts(c)}`);
  line(`findings (file by file; a chart's skipped-templates note then comes once per template file): ${r.findingsFileByFile.total}`);
  for (const [rule, c] of Object.entries(r.findingsFileByFile.byRule)) line(`  ${rule.padEnd(40)} ${counts(c)}`);
  line();
  const serious = whole.filter((f) => f.severity !== 'info' && f.ruleId !== 'parse-error');
  line(`warnings and errors (whole tree): ${serious.length}`);
  for (const f of serious) line(`  ${show(f)}`);
  line();
  const bugs = r.noSignalWarnings.filter((n) => n.sidecarRuleOnPlainWorkload);
  line(`warnings/errors on workloads with no Istio signal: ${r.noSignalWarnings.length} (${bugs.length} from a sidecar-dependent rule: a bug)`);
  for (const n of r.noSignalWarnings) line(`  ${n.sidecarRuleOnPlainWorkload ? 'BUG ' : ''}${n.finding}\n      (no sidecar: ${n.sidecarReason})`);
  line();
  line(`slowest files: ${r.slowestFiles.map((t) => `${t.file} ${t.ms}ms`).join(', ')}`);
}

// `… | head` closes stdout early: stop quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(errorText(e));
    process.exitCode = 1;
  },
);
