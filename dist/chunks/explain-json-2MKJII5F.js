import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  explainJson
} from "./chunk-G4NMEAB6.js";
import "./chunk-M3HJ4LOD.js";
import "./chunk-IHVTIVXH.js";
import "./chunk-PDMEPEPT.js";
import "./chunk-6CKYEOTE.js";
import "./chunk-6DQTS6ZR.js";
export {
  explainJson
};
