import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  explainJson
} from "./chunk-GDYDK745.js";
import "./chunk-XL7THH7C.js";
import "./chunk-SOYGCPZD.js";
import "./chunk-6DQTS6ZR.js";
export {
  explainJson
};
