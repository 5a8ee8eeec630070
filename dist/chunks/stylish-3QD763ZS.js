import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  stylish,
  suppressedBy,
  wrap
} from "./chunk-KZ5DWBQN.js";
import {
  safe
} from "./chunk-SQ35NPRJ.js";
import "./chunk-RVJP5FRR.js";
import "./chunk-6DQTS6ZR.js";
export {
  safe,
  stylish,
  suppressedBy,
  wrap
};
