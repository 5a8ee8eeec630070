import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  explainStylish
} from "./chunk-NHKQ7JIK.js";
import "./chunk-DZJOCXMW.js";
import "./chunk-VR3TD4NC.js";
import "./chunk-SQ35NPRJ.js";
import "./chunk-NPODNUGJ.js";
import "./chunk-ZDOOZ3TP.js";
import "./chunk-2IZETPIZ.js";
import "./chunk-6CKYEOTE.js";
import "./chunk-6DQTS6ZR.js";
export {
  explainStylish
};
