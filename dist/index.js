import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  html
} from "./chunks/chunk-LHOKL3AU.js";
import {
  explainStylish
} from "./chunks/chunk-LTDSEGIG.js";
import {
  explainJson
} from "./chunks/chunk-VR2KYZHC.js";
import {
  explainMarkdown
} from "./chunks/chunk-JUME2B2L.js";
import {
  markdown
} from "./chunks/chunk-NLGA4ZW3.js";
import {
  explain
} from "./chunks/chunk-IEOVUQCL.js";
import {
  UsageError,
  VERSION,
  failsAt,
  lint
} from "./chunks/chunk-37JRZKI6.js";
import {
  stylish
} from "./chunks/chunk-L7QS44EM.js";
import "./chunks/chunk-SQ35NPRJ.js";
import {
  json
} from "./chunks/chunk-UK77MBXJ.js";
import {
  sarif
} from "./chunks/chunk-IASMKTXV.js";
import "./chunks/chunk-NRQHVOZI.js";
import {
  github
} from "./chunks/chunk-PHGY2KAA.js";
import "./chunks/chunk-DF5IL6TG.js";
import "./chunks/chunk-BLHAV6XC.js";
import "./chunks/chunk-6CKYEOTE.js";
import "./chunks/chunk-6DQTS6ZR.js";

// src/report/index.ts
var FORMATTERS = { stylish, json, sarif, github, markdown, html };
var EXPLAIN_FORMATTERS = { stylish: explainStylish, json: explainJson, markdown: explainMarkdown, html };

// src/index.ts
var withDefaults = (name) => (result, ctx) => FORMATTERS[name](result, { color: false, version: VERSION, ...ctx });
var explainWithDefaults = (name) => (result, ctx) => EXPLAIN_FORMATTERS[name](result, { color: false, version: VERSION, ...ctx });
var formatters = Object.freeze({
  stylish: withDefaults("stylish"),
  json: withDefaults("json"),
  sarif: withDefaults("sarif"),
  github: withDefaults("github"),
  markdown: withDefaults("markdown"),
  html: withDefaults("html")
});
var explainFormatters = Object.freeze({
  stylish: explainWithDefaults("stylish"),
  json: explainWithDefaults("json"),
  markdown: explainWithDefaults("markdown"),
  html: explainWithDefaults("html")
});
export {
  UsageError,
  VERSION,
  explain,
  explainFormatters,
  failsAt,
  formatters,
  lint
};
