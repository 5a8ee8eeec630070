import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  markdown
} from "./chunk-V6DTWY6M.js";
import "./chunk-SQ35NPRJ.js";
import "./chunk-UK77MBXJ.js";
import "./chunk-VUCMJGOI.js";
import "./chunk-6DQTS6ZR.js";
export {
  markdown
};
