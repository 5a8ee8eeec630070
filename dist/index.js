import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  html
} from "./chunks/chunk-EXOGFLWJ.js";
import {
  explainStylish
} from "./chunks/chunk-LVBQWIJ4.js";
import {
  explainJson
} from "./chunks/chunk-RBDJDLVE.js";
import {
  explainMarkdown
} from "./chunks/chunk-BPDS6FOG.js";
import {
  markdown
} from "./chunks/chunk-SHX4LDUU.js";
import "./chunks/chunk-OMPD2TSW.js";
import {
  explain
} from "./chunks/chunk-3YGYCX63.js";
import {
  UsageError,
  VERSION,
  failsAt,
  lint
} from "./chunks/chunk-WA4W66EX.js";
import {
  stylish
} from "./chunks/chunk-H2YCWWY3.js";
import "./chunks/chunk-SQ35NPRJ.js";
import {
  json
} from "./chunks/chunk-XL7THH7C.js";
import {
  sarif
} from "./chunks/chunk-IASMKTXV.js";
import "./chunks/chunk-NRQHVOZI.js";
import {
  github
} from "./chunks/chunk-NAT3Y7O4.js";
import "./chunks/chunk-D7RI2WA6.js";
import "./chunks/chunk-IISTAT6W.js";
import "./chunks/chunk-FL4EIQBE.js";
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
