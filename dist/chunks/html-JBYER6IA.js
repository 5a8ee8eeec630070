import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  html
} from "./chunk-5TPZPII7.js";
import "./chunk-PHXPRZ4S.js";
import "./chunk-SQ35NPRJ.js";
import "./chunk-NPODNUGJ.js";
import "./chunk-CIGQZXEQ.js";
import "./chunk-QKGCZFFB.js";
import "./chunk-6CKYEOTE.js";
import "./chunk-6DQTS6ZR.js";
export {
  html
};
