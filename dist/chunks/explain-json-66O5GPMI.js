import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  explainJson
} from "./chunk-6XOEXOFA.js";
import "./chunk-NPODNUGJ.js";
import "./chunk-QKGCZFFB.js";
import "./chunk-6CKYEOTE.js";
import "./chunk-6DQTS6ZR.js";
export {
  explainJson
};
