import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  html
} from "./chunks/chunk-XIQKPCRZ.js";
import {
  explainStylish
} from "./chunks/chunk-SUNFJANV.js";
import {
  explainJson
} from "./chunks/chunk-XJQEHIDB.js";
import {
  explainMarkdown
} from "./chunks/chunk-FDMFK7U5.js";
import {
  markdown
} from "./chunks/chunk-X425JP25.js";
import {
  explain
} from "./chunks/chunk-REML7VEX.js";
import {
  UsageError,
  VERSION,
  failsAt,
  lint
} from "./chunks/chunk-LD6OCJME.js";
import {
  stylish
} from "./chunks/chunk-C2UWOXGL.js";
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
} from "./chunks/chunk-UONRVOEX.js";
import "./chunks/chunk-LOE6AF6C.js";
import "./chunks/chunk-FRBTKTV5.js";
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
