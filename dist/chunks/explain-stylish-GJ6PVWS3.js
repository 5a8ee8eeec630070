import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  explainStylish
} from "./chunk-LVBQWIJ4.js";
import "./chunk-OMPD2TSW.js";
import "./chunk-H2YCWWY3.js";
import "./chunk-SQ35NPRJ.js";
import "./chunk-XL7THH7C.js";
import "./chunk-FL4EIQBE.js";
import "./chunk-6DQTS6ZR.js";
export {
  explainStylish
};
