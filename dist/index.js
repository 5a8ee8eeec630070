import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  html
} from "./chunks/chunk-HX6UHYW4.js";
import {
  explainStylish
} from "./chunks/chunk-YV64HSKL.js";
import {
  explainJson
} from "./chunks/chunk-XG3RUUYK.js";
import {
  explainMarkdown
} from "./chunks/chunk-I7IZTLSL.js";
import {
  markdown
} from "./chunks/chunk-UMR2NNUG.js";
import {
  explain
} from "./chunks/chunk-3BL5R7IB.js";
import {
  UsageError,
  VERSION,
  failsAt,
  lint
} from "./chunks/chunk-HR33T7UY.js";
import {
  stylish
} from "./chunks/chunk-VR3TD4NC.js";
import "./chunks/chunk-SQ35NPRJ.js";
import {
  json
} from "./chunks/chunk-NPODNUGJ.js";
import {
  sarif
} from "./chunks/chunk-UTCEK7WQ.js";
import "./chunks/chunk-NRQHVOZI.js";
import {
  github
} from "./chunks/chunk-A3XT74IC.js";
import "./chunks/chunk-6BHQ5TKZ.js";
import "./chunks/chunk-N4QBYU2D.js";
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
