import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  html
} from "./chunk-UH4GXMPS.js";
import "./chunk-ADZE7YFB.js";
import "./chunk-SQ35NPRJ.js";
import "./chunk-PYPEKNOT.js";
import "./chunk-HFCGS56Y.js";
import "./chunk-BY7UHLQL.js";
import "./chunk-6CKYEOTE.js";
import "./chunk-6DQTS6ZR.js";
export {
  html
};
