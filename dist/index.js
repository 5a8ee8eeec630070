import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  html
} from "./chunks/chunk-QAKK3HWO.js";
import {
  explainStylish
} from "./chunks/chunk-U3RYAV3L.js";
import {
  explainJson
} from "./chunks/chunk-BCLSC3LT.js";
import {
  explainMarkdown
} from "./chunks/chunk-7Z2V7Y2T.js";
import {
  markdown
} from "./chunks/chunk-TD5ZYTTG.js";
import {
  explain
} from "./chunks/chunk-MWC2V5ND.js";
import {
  UsageError,
  VERSION,
  failsAt,
  lint
} from "./chunks/chunk-XMJAIV6J.js";
import {
  stylish
} from "./chunks/chunk-VLCB5SNE.js";
import "./chunks/chunk-SQ35NPRJ.js";
import {
  json
} from "./chunks/chunk-PYPEKNOT.js";
import {
  sarif
} from "./chunks/chunk-UTCEK7WQ.js";
import "./chunks/chunk-NRQHVOZI.js";
import {
  github
} from "./chunks/chunk-PQJCC7WB.js";
import "./chunks/chunk-CIGQZXEQ.js";
import "./chunks/chunk-QKGCZFFB.js";
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
