/**
 * drainlint as a library:
 *
 *   import { lint, formatters } from 'drainlint';
 *   const result = await lint({ paths: ['k8s/'], options: { meshConfig: ['istio/operator.yaml'] } });
 *   process.stdout.write(formatters.stylish(result));
 *
 * The CLI and the GitHub Action call the same lint().
 */
import { FORMATTERS } from './report/index.js';
import { type FormatContext } from './report/format.js';
import type { FormatName } from './report/formats.js';
import type { LintResult } from './lint.js';
import { VERSION } from './version.js';

export { lint, failsAt, type BaselineOutcome, type FailOn, type LintOptions, type LintResult, type TextInput } from './lint.js';
export { UsageError } from './config.js';
export type { Finding, RelatedLocation, Range, ResourceId, RuleDescriptor, Severity, Suppression, SuppressionVia } from './types.js';
export type { FormatName } from './report/formats.js';
export { VERSION };

/** What a formatter may be told; everything has a default (no colour, this version, paths as linted). */
export type FormatOptions = Partial<FormatContext>;

/** Renders a result set as text: `stylish` for people, `json`, `sarif`, `github` workflow commands, `markdown`. */
export type Formatter = (result: LintResult, ctx?: FormatOptions) => string;

const withDefaults =
  (name: FormatName): Formatter =>
  (result, ctx) =>
    FORMATTERS[name]!(result, { color: false, version: VERSION, ...ctx });

export const formatters: Readonly<Record<FormatName, Formatter>> = Object.freeze({
  stylish: withDefaults('stylish'),
  json: withDefaults('json'),
  sarif: withDefaults('sarif'),
  github: withDefaults('github'),
  markdown: withDefaults('markdown'),
});
