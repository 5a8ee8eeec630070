import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  JSON_FORMAT_VERSION,
  counts,
  json,
  jsonDocument,
  jsonParts,
  suppressedCount
} from "./chunk-WH2QSKSO.js";
import "./chunk-6DQTS6ZR.js";
export {
  JSON_FORMAT_VERSION,
  counts,
  json,
  jsonDocument,
  jsonParts,
  suppressedCount
};
