/** Formatters: pure functions of one result set. Every format renders the same findings. */
import type { Formatter } from './format.js';
import { stylish } from './stylish.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { github } from './github.js';
import { markdown } from './markdown.js';
import { html } from './html.js';
import { explainStylish } from './explain-stylish.js';
import { explainJson } from './explain-json.js';
import { explainMarkdown } from './explain-markdown.js';

export const FORMATTERS: Record<string, Formatter> = { stylish, json, sarif, github, markdown, html };

/** The formats of `drainlint explain` (its result carries `workloads`). */
export const EXPLAIN_FORMATTERS: Record<string, Formatter> = { stylish: explainStylish, json: explainJson, markdown: explainMarkdown, html };
