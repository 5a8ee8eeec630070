import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  stylish,
  wrap
} from "./chunk-L7QS44EM.js";
import {
  safe
} from "./chunk-SQ35NPRJ.js";
import "./chunk-UK77MBXJ.js";
import "./chunk-6CKYEOTE.js";
import "./chunk-6DQTS6ZR.js";
export {
  safe,
  stylish,
  wrap
};
