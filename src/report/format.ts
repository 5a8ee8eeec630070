/** What every formatter is: a pure function of one result set. */
import type { LintResult } from '../types.js';

export interface FormatContext {
  color: boolean;
  version: string;
  /** Columns to wrap text to (stylish); 80 when not a terminal. */
  width?: number;
  /** Show each finding's help text (stylish; default true). */
  help?: boolean;
  /**
   * The folder that paths in `github` and `markdown` output are relative to: the repository
   * root on a GitHub runner (GITHUB_WORKSPACE), where annotations are matched to the diff.
   * Default: the run's working directory.
   */
  workspace?: string;
  /** Base URL of the linted files on the web (…/blob/<sha>): `markdown` links each finding to its line. */
  blobUrl?: string;
  /** `stylish`: show suppressed findings too, each with what suppressed it (default: hidden). */
  reportSuppressed?: boolean;
}

export type Formatter = (result: LintResult, ctx: FormatContext) => string;
