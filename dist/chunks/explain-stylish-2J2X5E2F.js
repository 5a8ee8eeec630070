import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  explainStylish
} from "./chunk-GSYPSLXY.js";
import "./chunk-BS25765B.js";
import "./chunk-BAMKE5K4.js";
import "./chunk-SQ35NPRJ.js";
import "./chunk-M3HJ4LOD.js";
import "./chunk-IHVTIVXH.js";
import "./chunk-FSUYQ6UQ.js";
import "./chunk-PDMEPEPT.js";
import "./chunk-6CKYEOTE.js";
import "./chunk-6DQTS6ZR.js";
export {
  explainStylish
};
