import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  explainJson
} from "./chunk-RBDJDLVE.js";
import "./chunk-XL7THH7C.js";
import "./chunk-IISTAT6W.js";
import "./chunk-FL4EIQBE.js";
import "./chunk-6DQTS6ZR.js";
export {
  explainJson
};
