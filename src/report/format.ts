/** What every formatter is: a pure function of one result set. */
import type { LintResult } from '../types.js';

export interface FormatContext {
  color: boolean;
  version: string;
  /** Columns to wrap text to (stylish); 80 when not a terminal. */
  width?: number;
  /** Show each finding's help text (stylish; default true). */
  help?: boolean;
}

export type Formatter = (result: LintResult, ctx: FormatContext) => string;
