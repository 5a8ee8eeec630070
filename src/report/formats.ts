/**
 * The format names, and each formatter loaded when a run asks for it (the CLI and the Action):
 * a run that writes JSON never loads chalk, nor the others.
 */
import type { FormatContext, Formatter } from './format.js';
import type { LintResult } from '../types.js';

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github', 'markdown', 'html'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.js')).stylish;
    case 'json':
      return (await import('./json.js')).json;
    case 'sarif':
      return (await import('./sarif.js')).sarif;
    case 'github':
      return (await import('./github.js')).github;
    case 'markdown':
      return (await import('./markdown.js')).markdown;
    case 'html':
      return (await import('./html.js')).html;
  }
}

/**
 * A format's text in parts, in order: JSON, SARIF and stylish write each batch of findings as it
 * is laid out (src/report/parts.ts); the others, made for a page or a pull request, their whole
 * text at once.
 */
export async function loadFormatterParts(name: FormatName): Promise<(result: LintResult, ctx: FormatContext) => Iterable<string>> {
  if (name === 'json') return (await import('./json.js')).jsonParts;
  if (name === 'sarif') return (await import('./sarif.js')).sarifParts;
  if (name === 'stylish') return (await import('./stylish.js')).stylishParts;
  const format = await loadFormatter(name);
  return (result, ctx) => [format(result, ctx)];
}

/** The formats of `drainlint explain`: its own terminal and JSON views; Markdown and HTML reports. */
export const EXPLAIN_FORMAT_NAMES = ['stylish', 'json', 'markdown', 'html'] as const;
export type ExplainFormatName = (typeof EXPLAIN_FORMAT_NAMES)[number];

export async function loadExplainFormatter(name: ExplainFormatName): Promise<Formatter> {
  switch (name) {
    case 'stylish':
      return (await import('./explain-stylish.js')).explainStylish;
    case 'json':
      return (await import('./explain-json.js')).explainJson;
    case 'markdown':
      return (await import('./explain-markdown.js')).explainMarkdown;
    case 'html':
      return (await import('./html.js')).html;
  }
}
