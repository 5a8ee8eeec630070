import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  sarif,
  sarifLog,
  sarifParts
} from "./chunk-3UNPEK6O.js";
import "./chunk-NRQHVOZI.js";
import "./chunk-IHVTIVXH.js";
import "./chunk-6DQTS6ZR.js";
export {
  sarif,
  sarifLog,
  sarifParts
};
