/**
 * `drainlint explain --format markdown`: per workload, the effective settings as a table (values
 * overridden or ignored struck through, with why), its timeline as a Mermaid gantt and as a table
 * of moments, the windows where traffic is lost, and its findings linked to their rule docs.
 */
import { otherFindings, type ExplainedFinding, type ExplainedSetting, type ExplainedWorkload, type SourceOf } from '../explain/model.js';
import type { LintResult } from '../types.js';
import type { FormatContext } from './format.js';
import { counts } from './json.js';
import { relativeTo } from './paths.js';
import { ICON, cell, plural, position, timelineSection } from './markdown.js';
import { when } from './timeline-lanes.js';

export function explainMarkdown(result: LintResult, ctx: FormatContext): string {
  const r = ctx.workspace ? relativeTo(result, ctx.workspace) : result;
  const workloads = r.workloads ?? [];
  const n = counts(r.findings);
  const lines = ['## drainlint explain', ''];
  const versions = r.targets ? `Target versions: Istio ${cell(r.targets.istio.value ?? 'not given')}, Kubernetes ${cell(r.targets.kubernetes.value ?? 'not given')}. ` : '';
  lines.push(`${versions}**${plural(workloads.length, 'workload')}**, ${plural(r.findings.length, 'problem')} (${plural(n.errors, 'error')}, ${plural(n.warnings, 'warning')}, ${n.infos} info).`, '');
  for (const x of workloads) lines.push(...workload(x, ctx));
  const others = otherFindings(r.findings, workloads);
  if (others.length > 0) {
    lines.push('### Findings about no single workload', '', ...findingsTable(others, ctx), '');
  }
  lines.push(`<sub>drainlint ${cell(ctx.version)}</sub>`, '');
  return lines.join('\n');
}

function where(s: SourceOf): string {
  return cell(s.file !== undefined ? `${s.source}, ${s.file}:${s.line}` : s.source);
}

function workload(x: ExplainedWorkload, ctx: FormatContext): string[] {
  const [heading, , about, , ...chart] = timelineSection(x, '###');
  const injection = x.settings.find((s) => s.key === 'injection')!;
  const lines = [heading!, '', `${about} · sidecar injection ${cell(injection.value ?? '')}: ${cell(injection.source)}`, ''];
  lines.push('| | Setting | Value | Source |', '| --- | --- | --- | --- |');
  for (const s of x.settings.filter((s) => s.key !== 'injection')) lines.push(...settingRows(s));
  lines.push('');
  // The gantt, the losses and the rule ids, as the lint summary shows them.
  for (const l of chart.filter((l) => !l.startsWith('Findings: '))) if (l !== '' || lines[lines.length - 1] !== '') lines.push(l);
  lines.push('| t | What happens | From |', '| ---: | --- | --- |');
  for (const e of x.timeline.events) {
    const at = e.at === undefined ? 'unknown' : `${when(e)}${e.cutByKill ? ' ✂' : ''}`;
    const what = e.at === undefined && e.unknown ? `${e.label}: unknown, ${e.unknown}` : e.cutByKill && e.kind !== 'sigkill' ? `${e.label}: cut by SIGKILL` : e.label;
    const from = e.inputs.filter((i) => !(i.level === 'default' && i.name.endsWith('preStop'))).map((i) => `${cell(i.name)} ${cell(i.value)} (${where(i)})`);
    lines.push(`| ${cell(at)} | ${cell(what)} | ${[...new Set(from)].join('; ')} |`);
  }
  lines.push('');
  if (x.findings.length > 0) {
    lines.push(...findingsTable(x.findings, ctx));
  } else {
    lines.push('✅ No findings.');
  }
  lines.push('');
  return lines;
}

function findingsTable(findings: ExplainedFinding[], ctx: FormatContext): string[] {
  // A workload's findings may sit in another file (its mesh config): each says where.
  const lines = ['| Where | Severity | Rule | Message |', '| --- | --- | --- | --- |'];
  for (const f of findings) lines.push(`| ${cell(f.file)}:${position({ file: f.file, range: { line: f.line, endLine: f.line, column: f.column } }, ctx.blobUrl)} | ${ICON[f.severity]} ${f.severity} | [\`${f.ruleId}\`](${f.docsUrl}) | ${cell(f.message)} |`);
  return lines;
}

function settingRows(s: ExplainedSetting): string[] {
  const value = s.state === 'unknown' ? 'unknown' : s.state === 'unset' ? '—' : cell(s.value ?? '');
  const shown = s.unused ? `~~${value}~~` : s.state === 'set' ? `**${value}**` : value;
  const notes = [s.state === 'unknown' && s.unknown ? `unknown: ${cell(s.unknown)}` : where(s)];
  if (s.note && s.key !== 'mode') notes.push(cell(s.note));
  if (s.unused) notes.push(`not used: ${cell(s.unused)}`);
  const rows = [`| ${cell(s.symbol)} | ${cell(s.name)} | ${shown} | ${notes.join(' — ')} |`];
  for (const v of s.struck) rows.push(`| | ↳ ${v.status}${v.setting !== s.name ? ` (${cell(v.setting)})` : ''} | ~~${cell(v.written)}~~ | ${where(v)} — ${cell(v.why)} |`);
  return rows;
}
