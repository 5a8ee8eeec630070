import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  html
} from "./chunk-U4DORPQC.js";
import "./chunk-DZJOCXMW.js";
import "./chunk-SQ35NPRJ.js";
import "./chunk-NPODNUGJ.js";
import "./chunk-ZDOOZ3TP.js";
import "./chunk-2IZETPIZ.js";
import "./chunk-6CKYEOTE.js";
import "./chunk-6DQTS6ZR.js";
export {
  html
};
