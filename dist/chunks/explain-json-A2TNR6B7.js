import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  explainJson
} from "./chunk-S35ATTF3.js";
import "./chunk-NPODNUGJ.js";
import "./chunk-2IZETPIZ.js";
import "./chunk-6CKYEOTE.js";
import "./chunk-6DQTS6ZR.js";
export {
  explainJson
};
