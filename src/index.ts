/**
 * drainlint as a library:
 *
 *   import { lint, formatters } from 'drainlint';
 *   const result = await lint({ paths: ['k8s/'], options: { meshConfig: ['istio/operator.yaml'] } });
 *   process.stdout.write(formatters.stylish(result));
 *
 * The CLI and the GitHub Action call the same lint().
 */
import { EXPLAIN_FORMATTERS, FORMATTERS } from './report/index.js';
import { type FormatContext } from './report/format.js';
import type { ExplainFormatName, FormatName } from './report/formats.js';
import type { LintResult } from './lint.js';
import { VERSION } from './version.js';

export { lint, failsAt, type BaselineOutcome, type FailOn, type FixedFile, type LintOptions, type LintResult, type TextInput } from './lint.js';
export type { FixType } from './rule.js';
export type { Fix, FixEdit, FixTarget } from './fix/intent.js';
export { UsageError } from './config.js';
export type { Finding, RelatedLocation, Range, ResourceId, RuleDescriptor, Severity, Suppression, SuppressionVia } from './types.js';
export type { ExplainFormatName, FormatName } from './report/formats.js';
export { explain, type ExplainOptions, type ExplainResult } from './explain/run.js';
export type { ExplainedEvent, ExplainedFinding, ExplainedInput, ExplainedLoss, ExplainedSetting, ExplainedTargets, ExplainedTimeline, ExplainedWorkload, StruckValue } from './explain/model.js';
export { VERSION };

/** What a formatter may be told; everything has a default (no colour, this version, paths as linted). */
export type FormatOptions = Partial<FormatContext>;

/** Renders a result set as text: `stylish` for people, `json`, `sarif`, `github` workflow commands, `markdown`, `html`. */
export type Formatter = (result: LintResult, ctx?: FormatOptions) => string;

const withDefaults =
  (name: FormatName): Formatter =>
  (result, ctx) =>
    FORMATTERS[name]!(result, { color: false, version: VERSION, ...ctx });

const explainWithDefaults =
  (name: ExplainFormatName): Formatter =>
  (result, ctx) =>
    EXPLAIN_FORMATTERS[name]!(result, { color: false, version: VERSION, ...ctx });

export const formatters: Readonly<Record<FormatName, Formatter>> = Object.freeze({
  stylish: withDefaults('stylish'),
  json: withDefaults('json'),
  sarif: withDefaults('sarif'),
  github: withDefaults('github'),
  markdown: withDefaults('markdown'),
  html: withDefaults('html'),
});

/** Renders what explain() returns: `stylish` for a terminal, `json` (schema/explain.schema.json), `markdown`, `html`. */
export const explainFormatters: Readonly<Record<ExplainFormatName, Formatter>> = Object.freeze({
  stylish: explainWithDefaults('stylish'),
  json: explainWithDefaults('json'),
  markdown: explainWithDefaults('markdown'),
  html: explainWithDefaults('html'),
});
