import type { LintResult } from '../types.js';
import type { FormatContext } from './format.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** GitHub Actions workflow commands: annotations on the pull request's lines. */
export function github(result: LintResult, _ctx: FormatContext): string {
  return result.findings
    .map((f) => {
      const props = `file=${prop(f.file)},line=${f.range.line},endLine=${f.range.endLine},col=${f.range.column},endColumn=${f.range.endColumn},title=${prop(`drainlint ${f.ruleId}`)}`;
      return `::${COMMAND[f.severity]} ${props}::${data(`${f.message} (${f.docsUrl})`)}\n`;
    })
    .join('');
}

function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function prop(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
