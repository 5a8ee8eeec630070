import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  markdown
} from "./chunk-SEMXABNY.js";
import "./chunk-SQ35NPRJ.js";
import "./chunk-XL7THH7C.js";
import "./chunk-VUCMJGOI.js";
import "./chunk-6DQTS6ZR.js";
export {
  markdown
};
