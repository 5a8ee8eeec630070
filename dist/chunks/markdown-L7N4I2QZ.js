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
} from "./chunk-BAMKE5K4.js";
import "./chunk-SQ35NPRJ.js";
import "./chunk-M3HJ4LOD.js";
import "./chunk-IHVTIVXH.js";
import "./chunk-FSUYQ6UQ.js";
import "./chunk-PDMEPEPT.js";
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
