import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  markdown
} from "./chunks/chunk-SQUJLQQJ.js";
import {
  UsageError,
  VERSION,
  failsAt,
  lint
} from "./chunks/chunk-K3N2BEAK.js";
import {
  stylish
} from "./chunks/chunk-KZ5DWBQN.js";
import "./chunks/chunk-SQ35NPRJ.js";
import {
  json
} from "./chunks/chunk-RVJP5FRR.js";
import {
  sarif
} from "./chunks/chunk-UTCEK7WQ.js";
import "./chunks/chunk-NRQHVOZI.js";
import {
  github
} from "./chunks/chunk-G62AYYAC.js";
import "./chunks/chunk-ABLHVQQV.js";
import "./chunks/chunk-6DQTS6ZR.js";

// src/report/index.ts
var FORMATTERS = { stylish, json, sarif, github, markdown };

// src/index.ts
var withDefaults = (name) => (result, ctx) => FORMATTERS[name](result, { color: false, version: VERSION, ...ctx });
var formatters = Object.freeze({
  stylish: withDefaults("stylish"),
  json: withDefaults("json"),
  sarif: withDefaults("sarif"),
  github: withDefaults("github"),
  markdown: withDefaults("markdown")
});
export {
  UsageError,
  VERSION,
  failsAt,
  formatters,
  lint
};
