import { Chalk } from 'chalk';
import type { Finding, LintResult } from '../types.js';
import type { FormatContext } from './index.js';
import { counts } from './json.js';
import { safe } from './safe.js';

export { safe };

/**
 * Text for people, grouped by file. File content inside messages is shown with control characters
 * escaped, so a manifest cannot recolour or rewrite the terminal.
 */
export function stylish(result: LintResult, ctx: FormatContext): string {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const sev = { error: c.red('error'), warning: c.yellow('warning'), info: c.blue('info') };
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  const lines: string[] = [];
  for (const [file, findings] of byFile) {
    lines.push(c.underline(safe(file)));
    for (const f of findings) {
      const pos = `${f.range.line}:${f.range.column}`;
      const who = f.resource ? `${f.resource.kind} ${f.resource.namespace ? `${f.resource.namespace}/` : ''}${f.resource.name ?? ''}${f.resource.container ? ` [${f.resource.container}]` : ''}` : '';
      lines.push(`  ${c.dim(pos.padEnd(7))} ${sev[f.severity].padEnd(ctx.color ? 17 : 7)}  ${safe(f.message)}  ${c.dim(f.ruleId)}`);
      if (who) lines.push(`  ${' '.repeat(7)} ${' '.repeat(7)}  ${c.dim(`in ${safe(who)}`)}`);
      for (const r of f.related) lines.push(`  ${' '.repeat(7)} ${' '.repeat(7)}  ${c.dim(`↳ ${safe(r.file)}:${r.range.line}:${r.range.column} ${safe(r.message)}`)}`);
    }
    lines.push('');
  }
  const n = counts(result.findings);
  const total = result.findings.length;
  if (total === 0) {
    lines.push(c.green(`✔ no problems (${result.files.length} file${result.files.length === 1 ? '' : 's'} checked)`));
  } else {
    const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${n.errors} error${n.errors === 1 ? '' : 's'}, ${n.warnings} warning${n.warnings === 1 ? '' : 's'}, ${n.infos} info)`;
    lines.push(n.errors > 0 ? c.red.bold(summary) : n.warnings > 0 ? c.yellow.bold(summary) : c.blue.bold(summary));
  }
  return `${lines.join('\n')}\n`;
}
