import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  html
} from "./chunks/chunk-U4DORPQC.js";
import {
  explainStylish
} from "./chunks/chunk-NHKQ7JIK.js";
import {
  explainJson
} from "./chunks/chunk-S35ATTF3.js";
import {
  explainMarkdown
} from "./chunks/chunk-S74GZBMF.js";
import {
  markdown
} from "./chunks/chunk-DZJOCXMW.js";
import {
  explain
} from "./chunks/chunk-OGSEGPVD.js";
import {
  UsageError,
  VERSION,
  failsAt,
  lint
} from "./chunks/chunk-GU2EIH2O.js";
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
} from "./chunks/chunk-FU2HJNTX.js";
import "./chunks/chunk-ZDOOZ3TP.js";
import "./chunks/chunk-2IZETPIZ.js";
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
