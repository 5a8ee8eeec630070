import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  stylish,
  stylishParts,
  suppressedBy,
  wrap
} from "./chunk-6CYMUFBV.js";
import {
  safe
} from "./chunk-SQ35NPRJ.js";
import "./chunk-M3HJ4LOD.js";
import "./chunk-IHVTIVXH.js";
import "./chunk-JN2ZT5OB.js";
import "./chunk-6DQTS6ZR.js";
export {
  safe,
  stylish,
  stylishParts,
  suppressedBy,
  wrap
};
