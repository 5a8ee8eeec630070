import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  explainJson
} from "./chunk-UWYTMHOU.js";
import "./chunk-M3HJ4LOD.js";
import "./chunk-IHVTIVXH.js";
import "./chunk-6W3GW4QD.js";
import "./chunk-JN2ZT5OB.js";
import "./chunk-6DQTS6ZR.js";
export {
  explainJson
};
