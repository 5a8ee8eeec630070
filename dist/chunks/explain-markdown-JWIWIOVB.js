import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  explainMarkdown
} from "./chunk-YA2BEK4N.js";
import "./chunk-BKTDZCT3.js";
import "./chunk-SQ35NPRJ.js";
import "./chunk-NPODNUGJ.js";
import "./chunk-URYZZSVT.js";
import "./chunk-IFPLH237.js";
import "./chunk-6CKYEOTE.js";
import "./chunk-6DQTS6ZR.js";
export {
  explainMarkdown
};
