import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  explainJson
} from "./chunk-XJQEHIDB.js";
import "./chunk-UK77MBXJ.js";
import "./chunk-FRBTKTV5.js";
import "./chunk-6DQTS6ZR.js";
export {
  explainJson
};
