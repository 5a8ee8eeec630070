/** Formatters: pure functions of one result set. Every format renders the same findings. */
import type { LintResult } from '../types.js';
import { stylish } from './stylish.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { github } from './github.js';

export interface FormatContext {
  color: boolean;
  version: string;
  /** Columns to wrap text to (stylish); 80 when not a terminal. */
  width?: number;
  /** Show each finding's help text (stylish; default true). */
  help?: boolean;
}

export type Formatter = (result: LintResult, ctx: FormatContext) => string;

export const FORMATTERS: Record<string, Formatter> = { stylish, json, sarif, github };
