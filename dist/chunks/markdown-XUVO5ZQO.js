import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  ICON,
  byFile,
  cell,
  markdown,
  plural,
  position,
  proxyWords,
  timelineSection
} from "./chunk-DZJOCXMW.js";
import "./chunk-SQ35NPRJ.js";
import "./chunk-NPODNUGJ.js";
import "./chunk-ZDOOZ3TP.js";
import "./chunk-2IZETPIZ.js";
import "./chunk-6CKYEOTE.js";
import "./chunk-6DQTS6ZR.js";
export {
  ICON,
  byFile,
  cell,
  markdown,
  plural,
  position,
  proxyWords,
  timelineSection
};
