import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  markdown
} from "./chunks/chunk-SEMXABNY.js";
import {
  UsageError,
  VERSION,
  failsAt,
  lint
} from "./chunks/chunk-VLTLWNK7.js";
import {
  stylish
} from "./chunks/chunk-KBWKI7P2.js";
import "./chunks/chunk-ET5NNL6X.js";
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
} from "./chunks/chunk-3BJB5VAS.js";
import "./chunks/chunk-VUCMJGOI.js";
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
