import type { Finding, LintResult, Severity } from '../types.js';
import type { FormatContext } from './format.js';
import { counts } from './json.js';
import { relativeTo } from './paths.js';
import { safe } from './safe.js';

const ICON: Record<Severity, string> = { error: '🔴', warning: '🟡', info: '🔵' };

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
  lines.push(`<sub>drainlint ${cell(ctx.version)}</sub>`, '');
  return lines.join('\n');
}

function byFile(findings: Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = out.get(f.file);
    if (list) list.push(f);
    else out.set(f.file, [f]);
  }
  return out;
}

function position(f: Finding, blobUrl: string | undefined): string {
  const at = `${f.range.line}:${f.range.column}`;
  if (!blobUrl || f.file.startsWith('/')) return at;
  const lines = f.range.endLine > f.range.line ? `L${f.range.line}-L${f.range.endLine}` : `L${f.range.line}`;
  return `[${at}](${blobUrl.replace(/\/$/, '')}/${f.file.split('/').map(encodeURIComponent).join('/')}#${lines})`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * File content as the text of a table cell: no control characters, no line breaks, and the
 * characters that would make a link, an HTML tag, emphasis or a new column shown as themselves.
 */
function cell(text: string): string {
  return safe(text)
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~#!]/g, '\\$&');
}
