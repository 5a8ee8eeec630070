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
} from "./chunk-NLGA4ZW3.js";
import "./chunk-SQ35NPRJ.js";
import "./chunk-UK77MBXJ.js";
import "./chunk-DF5IL6TG.js";
import "./chunk-BLHAV6XC.js";
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
