import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  html
} from "./chunks/chunk-U5Y4XQNL.js";
import {
  explainStylish
} from "./chunks/chunk-YOSL4AZH.js";
import {
  explainJson
} from "./chunks/chunk-GDYDK745.js";
import {
  explainMarkdown
} from "./chunks/chunk-6TBWFIRC.js";
import {
  markdown
} from "./chunks/chunk-6P6CY6SP.js";
import {
  explain
} from "./chunks/chunk-VPFWAKKO.js";
import {
  UsageError,
  VERSION,
  failsAt,
  lint
} from "./chunks/chunk-LSSKLPRX.js";
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
} from "./chunks/chunk-OLTJ6AP5.js";
import "./chunks/chunk-44NEYAM5.js";
import "./chunks/chunk-SOYGCPZD.js";
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
