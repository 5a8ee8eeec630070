import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  html
} from "./chunk-QAKK3HWO.js";
import "./chunk-TD5ZYTTG.js";
import "./chunk-SQ35NPRJ.js";
import "./chunk-PYPEKNOT.js";
import "./chunk-CIGQZXEQ.js";
import "./chunk-QKGCZFFB.js";
import "./chunk-6CKYEOTE.js";
import "./chunk-6DQTS6ZR.js";
export {
  html
};
