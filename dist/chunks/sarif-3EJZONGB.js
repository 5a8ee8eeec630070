import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  sarif
} from "./chunk-OTOBZ4UO.js";
import "./chunk-OGLJ46D6.js";
import "./chunk-6DQTS6ZR.js";
export {
  sarif
};
