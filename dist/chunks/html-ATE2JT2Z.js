import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  html
} from "./chunk-ZMA6T264.js";
import "./chunk-WESUCZSC.js";
import "./chunk-SQ35NPRJ.js";
import "./chunk-WH2QSKSO.js";
import "./chunk-FSUYQ6UQ.js";
import "./chunk-PDMEPEPT.js";
import "./chunk-6CKYEOTE.js";
import "./chunk-6DQTS6ZR.js";
export {
  html
};
