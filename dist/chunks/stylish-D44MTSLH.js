import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  stylish,
  suppressedBy,
  wrap
} from "./chunk-VR3TD4NC.js";
import {
  safe
} from "./chunk-SQ35NPRJ.js";
import "./chunk-NPODNUGJ.js";
import "./chunk-6CKYEOTE.js";
import "./chunk-6DQTS6ZR.js";
export {
  safe,
  stylish,
  suppressedBy,
  wrap
};
