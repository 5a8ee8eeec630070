import type { Finding, LintResult, Severity } from '../types.js';
import type { FormatContext } from './format.js';
import { counts } from './json.js';
import { relativeTo } from './paths.js';
import { safe } from './safe.js';
import type { ExplainedWorkload } from '../explain/model.js';
import { gantt } from './mermaid.js';
import { formatSeconds } from '../domain/durations.js';

export const ICON: Record<Severity, string> = { error: '🔴', warning: '🟡', info: '🔵' };

/**
 * Markdown for a GitHub job summary (or any Markdown page): the counts, then one table of findings
 * per file, each linked to its rule's docs and, with `blobUrl`, to its line.
 */
export function markdown(result: LintResult, ctx: FormatContext): string {
  const r = ctx.workspace ? relativeTo(result, ctx.workspace) : result;
  const n = counts(r.findings);
  // Suppressed findings are counted, not listed.
  const shown = r.findings.filter((f) => !f.suppressions);
  const hidden = r.findings.length - shown.length;
  const suppressed = hidden > 0 ? ` ${plural(hidden, 'finding')} suppressed.` : '';
  const files = `${r.files.length} file${r.files.length === 1 ? '' : 's'} checked`;
  const lines = ['## drainlint', ''];
  if (shown.length === 0) {
    lines.push(`✅ No problems (${files}).${suppressed}`, '');
  } else {
    const total = shown.length;
    lines.push(`**${total} problem${total === 1 ? '' : 's'}** (${plural(n.errors, 'error')}, ${plural(n.warnings, 'warning')}, ${n.infos} info) in ${files}.${suppressed}`, '');
    for (const [file, findings] of byFile(shown)) {
      lines.push(`### ${cell(file)}`, '', '| Line | Severity | Rule | Message |', '| ---: | --- | --- | --- |');
      for (const f of findings) lines.push(`| ${position(f, ctx.blobUrl)} | ${ICON[f.severity]} ${f.severity} | [\`${f.ruleId}\`](${f.docsUrl}) | ${cell(f.message)} |`);
      lines.push('');
    }
  }
  const timelines = (r.workloads ?? []).filter((x) => x.findings.length > 0);
  if (timelines.length > 0) {
    lines.push('### Timelines', '', 'What happens when the pod is deleted, for each workload with findings (`drainlint explain` tells why).', '');
    for (const x of timelines) lines.push(...timelineSection(x, '####'));
  }
  lines.push(`<sub>drainlint ${cell(ctx.version)}</sub>`, '');
  return lines.join('\n');
}

/** A workload's heading, its Mermaid gantt, the windows where traffic is lost and its findings' rule ids. */
export function timelineSection(x: ExplainedWorkload, heading: string): string[] {
  const lines = [`${heading} ${cell(x.id)}`, '', `${cell(proxyWords(x))} · ${cell(`${x.file}:${x.line}`)}`, '', '```mermaid', gantt(x).trimEnd(), '```', ''];
  for (const l of x.timeline.losses) lines.push(`- ⚠️ ${formatSeconds(l.from)}–${formatSeconds(l.to)}: ${cell(l.label)}${l.possible ? ' (possible)' : ''}`);
  if (x.timeline.losses.length > 0) lines.push('');
  const ids = [...new Set(x.findings.map((f) => f.ruleId))];
  if (ids.length > 0) lines.push(`Findings: ${ids.map((id) => `[\`${id}\`](${x.findings.find((f) => f.ruleId === id)!.docsUrl})`).join(', ')}`, '');
  return lines;
}

/** "classic sidecar", "gateway", "no proxy" and how it stops. */
export function proxyWords(x: ExplainedWorkload): string {
  const mode = x.settings.find((s) => s.key === 'mode');
  const what = x.proxy === 'none' ? 'no proxy' : x.proxy === 'classic' ? 'classic sidecar' : x.proxy === 'native' ? (x.timeline.path === 'native' ? 'native sidecar' : 'native sidecar without its /drain preStop') : x.proxy;
  return mode?.note ? `${what}: ${mode.note}` : what;
}

export function byFile(findings: Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = out.get(f.file);
    if (list) list.push(f);
    else out.set(f.file, [f]);
  }
  return out;
}

export function position(f: Pick<Finding, 'file'> & { range: { line: number; endLine: number; column: number } }, blobUrl: string | undefined): string {
  const at = `${f.range.line}:${f.range.column}`;
  if (!blobUrl || f.file.startsWith('/')) return at;
  const lines = f.range.endLine > f.range.line ? `L${f.range.line}-L${f.range.endLine}` : `L${f.range.line}`;
  return `[${at}](${blobUrl.replace(/\/$/, '')}/${f.file.split('/').map(encodeURIComponent).join('/')}#${lines})`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * File content as the text of a table cell: no control characters, no line breaks, and the
 * characters that would make a link, an HTML tag, emphasis or a new column shown as themselves.
 */
export function cell(text: string): string {
  return safe(text)
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~#!]/g, '\\$&');
}
