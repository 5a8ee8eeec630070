import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  stylish,
  suppressedBy,
  wrap
} from "./chunk-QDPOYN3S.js";
import {
  safe
} from "./chunk-SQ35NPRJ.js";
import "./chunk-WH2QSKSO.js";
import "./chunk-6CKYEOTE.js";
import "./chunk-6DQTS6ZR.js";
export {
  safe,
  stylish,
  suppressedBy,
  wrap
};
