/** Formatters: pure functions of one result set. Every format renders the same findings. */
import type { LintResult } from '../types.js';
import { stylish } from './stylish.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { github } from './github.js';
import { markdown } from './markdown.js';

export interface FormatContext {
  color: boolean;
  version: string;
  /**
   * The folder that paths in `github` and `markdown` output are relative to: the repository
   * root on a GitHub runner (GITHUB_WORKSPACE), where annotations are matched to the diff.
   * Default: the run's working directory.
   */
  workspace?: string;
  /** Base URL of the linted files on the web (…/blob/<sha>): `markdown` links each finding to its line. */
  blobUrl?: string;
}

export type Formatter = (result: LintResult, ctx: FormatContext) => string;

export const FORMATTERS: Record<string, Formatter> = { stylish, json, sarif, github, markdown };
