import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  explainJson
} from "./chunk-IO7WTJZF.js";
import "./chunk-PYPEKNOT.js";
import "./chunk-IFPLH237.js";
import "./chunk-6CKYEOTE.js";
import "./chunk-6DQTS6ZR.js";
export {
  explainJson
};
