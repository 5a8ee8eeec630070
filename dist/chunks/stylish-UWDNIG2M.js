import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  stylish,
  wrap
} from "./chunk-KBWKI7P2.js";
import "./chunk-ET5NNL6X.js";
import {
  safe
} from "./chunk-SQ35NPRJ.js";
import "./chunk-XL7THH7C.js";
import "./chunk-6DQTS6ZR.js";
export {
  safe,
  stylish,
  wrap
};
