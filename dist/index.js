import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  html
} from "./chunks/chunk-JQYUBXJY.js";
import {
  explainStylish
} from "./chunks/chunk-AAY7ALFR.js";
import {
  explainJson
} from "./chunks/chunk-T3IN7JGT.js";
import {
  explainMarkdown
} from "./chunks/chunk-WOMTQKHL.js";
import {
  markdown
} from "./chunks/chunk-OAHNL54B.js";
import {
  explain
} from "./chunks/chunk-27VWQXDZ.js";
import {
  UsageError,
  VERSION,
  failsAt,
  lint
} from "./chunks/chunk-TPASFYKY.js";
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
} from "./chunks/chunk-JMNXZJ5I.js";
import "./chunks/chunk-M3UJBWV7.js";
import "./chunks/chunk-FDSY7MDK.js";
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
