import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  data,
  github,
  property
} from "./chunk-PQJCC7WB.js";
import "./chunk-CIGQZXEQ.js";
import "./chunk-QKGCZFFB.js";
import "./chunk-6CKYEOTE.js";
import "./chunk-6DQTS6ZR.js";
export {
  data,
  github,
  property
};
