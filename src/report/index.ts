/** Formatters: pure functions of one result set. Every format renders the same findings. */
import type { Formatter } from './format.js';
import { stylish } from './stylish.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { github } from './github.js';



export const FORMATTERS: Record<string, Formatter> = { stylish, json, sarif, github };
