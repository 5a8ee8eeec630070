import type { LintResult } from '../types.js';
import type { FormatContext } from './format.js';
import { relativeTo } from './paths.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * GitHub Actions workflow commands: one annotation per finding, shown on the pull request's diff
 * at its lines. The title is the rule id and the message; the body is the finding's help (what to
 * change), then its docs link. Paths are relative to the workspace, as the diff's are.
 */
export function github(result: LintResult, ctx: FormatContext): string {
  const r = ctx.workspace ? relativeTo(result, ctx.workspace) : result;
  // A suppressed finding annotates nothing.
  return r.findings
    .filter((f) => !f.suppressions)
    .map((f) => {
      const props = [
        `file=${property(f.file)}`,
        `line=${f.range.line}`,
        `endLine=${f.range.endLine}`,
        `col=${f.range.column}`,
        `endColumn=${f.range.endColumn}`,
        `title=${property(`${f.ruleId}: ${f.message}`)}`,
      ].join(',');
      return `::${COMMAND[f.severity]} ${props}::${data(`${f.help || f.message}\n\n${f.docsUrl}`)}\n`;
    })
    .join('');
}

/** Escapes a command's data as the runner reads it back. */
export function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command's property value (also `:` and `,`, which end it). */
export function property(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
