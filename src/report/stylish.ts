import { Chalk } from 'chalk';
import type { Finding, LintResult, Suppression } from '../types.js';
import type { FormatContext } from './format.js';
import { counts, suppressedCount } from './json.js';
import { safe } from './safe.js';
import { inferredVersionLines } from './versions.js';
import { linesInParts, PART_SIZE } from './parts.js';
import { resourceIdWords } from '../domain/identity.js';

export { safe };

/** Columns of the gutter before a message: "  12:5    warning  ". */
const GUTTER = 2 + 7 + 1 + 7 + 2;

/**
 * Text for people, grouped by file: each finding's message on its line, the help beneath it
 * (dimmed), then the resource and the related locations, wrapped to the terminal's width. File
 * content inside messages is shown with control characters escaped, so a manifest cannot recolour
 * or rewrite the terminal.
 */
export function stylish(result: LintResult, ctx: FormatContext): string {
  return [...stylishParts(result, ctx)].join('');
}

/** The text of `stylish` in parts of some `size` characters (src/report/parts.ts). */
export function stylishParts(result: LintResult, ctx: FormatContext, size = PART_SIZE): Generator<string> {
  return linesInParts(stylishLines(result, ctx), size);
}

function* stylishLines(result: LintResult, ctx: FormatContext): Generator<string> {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const sev = { error: c.red('error'), warning: c.yellow('warning'), info: c.blue('info') };
  const width = Math.max(60, ctx.width ?? 80);
  const pad = ' '.repeat(GUTTER);
  const byFile = new Map<string, Finding[]>();
  // Suppressed findings are hidden unless asked for; they never count.
  for (const f of result.findings) {
    if (f.suppressions && !ctx.reportSuppressed) continue;
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  for (const [file, findings] of byFile) {
    yield c.underline(safe(file));
    for (const f of findings) {
      const pos = `${f.range.line}:${f.range.column}`;
      const body = wrap(safe(f.message), width - GUTTER);
      // The rule id closes the message's last line when it fits there (two spaces apart), else its own line.
      const last = body.length - 1;
      if (body[last]!.length + 2 + f.ruleId.length <= width - GUTTER) body[last] = `${body[last]}  ${c.dim(f.ruleId)}`;
      else body.push(c.dim(f.ruleId));
      yield `  ${c.dim(pos.padEnd(7))} ${sev[f.severity]}${' '.repeat(8 - f.severity.length)} ${body[0]}`;
      for (const more of body.slice(1)) yield `${pad}${more}`;
      if (ctx.help !== false && f.help) for (const h of wrap(safe(f.help), width - GUTTER)) yield `${pad}${c.dim(h)}`;
      const who = f.resource ? resourceIdWords(f.resource) : '';
      if (who) yield `${pad}${c.dim(`in ${safe(who)}`)}`;
      for (const r of f.related) yield `${pad}${c.dim(`↳ ${safe(r.file)}:${r.range.line}:${r.range.column} ${safe(r.message)}`)}`;
      for (const sup of f.suppressions ?? []) for (const h of wrap(safe(suppressedBy(sup)), width - GUTTER)) yield `${pad}${c.dim(h)}`;
    }
    yield '';
  }
  const n = counts(result.findings);
  const hidden = suppressedCount(result.findings);
  const total = result.findings.length - hidden;
  if (total === 0) {
    const skipped = result.skipped.length > 0 ? `, ${result.skipped.length} skipped: not Kubernetes manifests` : '';
    const suppressed = hidden > 0 ? `; ${hidden} suppressed` : '';
    yield c.green(`✔ no problems (${result.files.length} file${result.files.length === 1 ? '' : 's'} checked${skipped}${suppressed})`);
  } else {
    const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${n.errors} error${n.errors === 1 ? '' : 's'}, ${n.warnings} warning${n.warnings === 1 ? '' : 's'}, ${n.infos} info)${hidden > 0 ? `, ${hidden} suppressed` : ''}`;
    yield n.errors > 0 ? c.red.bold(summary) : n.warnings > 0 ? c.yellow.bold(summary) : c.blue.bold(summary);
    const fixableOf = (type: string) => result.findings.filter((f) => !f.suppressions && f.fix?.type === type).length;
    const layout = fixableOf('layout');
    const timing = fixableOf('timing');
    const fixable: string[] = [];
    if (layout > 0) fixable.push(`${layout} problem${layout === 1 ? '' : 's'} potentially fixable with the \`--fix\` option.`);
    if (timing > 0) fixable.push(`${timing} ${layout > 0 ? 'more' : `problem${timing === 1 ? '' : 's'}`} with \`--fix --fix-type timing\`, which changes when the pod is killed.`);
    for (const text of fixable) for (const part of wrap(text, width - 2)) yield `  ${part}`;
  }
  // What the run assumed without being told: the versions it read from the input.
  for (const line of inferredVersionLines(result)) for (const part of wrap(safe(line), width)) yield c.dim(part);
}

/** Breaks text at spaces into lines of at most `width` columns (a longer word keeps its own line). */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      if (line === '') line = word;
      else if (line.length + 1 + word.length <= width) line += ` ${word}`;
      else {
        out.push(line);
        line = word;
      }
    }
    out.push(line);
  }
  return out;
}

const SUPPRESSED_BY: Record<Suppression['via'], string> = { annotation: 'an annotation', comment: 'a comment', override: 'a config override', baseline: 'the baseline' };

/** "suppressed by a comment at deploy.yaml:12 (vendored chart)" */
export function suppressedBy(s: Suppression): string {
  const where = s.file ? ` ${s.via === 'baseline' ? '' : 'at '}${s.file}${s.range ? `:${s.range.line}` : ''}` : '';
  return `suppressed by ${SUPPRESSED_BY[s.via]}${where}${s.justification ? ` (${s.justification})` : ''}`;
}
