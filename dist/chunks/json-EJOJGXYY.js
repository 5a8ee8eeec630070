import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  JSON_FORMAT_VERSION,
  counts,
  json,
  jsonDocument,
  jsonParts,
  suppressedCount
} from "./chunk-M3HJ4LOD.js";
import "./chunk-IHVTIVXH.js";
import "./chunk-6DQTS6ZR.js";
export {
  JSON_FORMAT_VERSION,
  counts,
  json,
  jsonDocument,
  jsonParts,
  suppressedCount
};
