import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  explainMarkdown
} from "./chunk-BPDS6FOG.js";
import "./chunk-SHX4LDUU.js";
import "./chunk-OMPD2TSW.js";
import "./chunk-SQ35NPRJ.js";
import "./chunk-XL7THH7C.js";
import "./chunk-D7RI2WA6.js";
import "./chunk-IISTAT6W.js";
import "./chunk-FL4EIQBE.js";
import "./chunk-6DQTS6ZR.js";
export {
  explainMarkdown
};
