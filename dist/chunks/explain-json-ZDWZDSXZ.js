import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  explainJson
} from "./chunk-CNCL2YYD.js";
import "./chunk-PYPEKNOT.js";
import "./chunk-BY7UHLQL.js";
import "./chunk-6CKYEOTE.js";
import "./chunk-6DQTS6ZR.js";
export {
  explainJson
};
