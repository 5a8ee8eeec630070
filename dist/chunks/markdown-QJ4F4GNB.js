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
} from "./chunk-ADZE7YFB.js";
import "./chunk-SQ35NPRJ.js";
import "./chunk-PYPEKNOT.js";
import "./chunk-HFCGS56Y.js";
import "./chunk-BY7UHLQL.js";
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
