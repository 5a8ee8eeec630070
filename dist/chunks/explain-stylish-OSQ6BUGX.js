import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  explainStylish
} from "./chunk-AAY7ALFR.js";
import "./chunk-OAHNL54B.js";
import "./chunk-H2YCWWY3.js";
import "./chunk-SQ35NPRJ.js";
import "./chunk-XL7THH7C.js";
import "./chunk-M3UJBWV7.js";
import "./chunk-FDSY7MDK.js";
import "./chunk-6DQTS6ZR.js";
export {
  explainStylish
};
