import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  explainStylish
} from "./chunk-YV64HSKL.js";
import "./chunk-UMR2NNUG.js";
import "./chunk-VR3TD4NC.js";
import "./chunk-SQ35NPRJ.js";
import "./chunk-NPODNUGJ.js";
import "./chunk-6BHQ5TKZ.js";
import "./chunk-N4QBYU2D.js";
import "./chunk-6CKYEOTE.js";
import "./chunk-6DQTS6ZR.js";
export {
  explainStylish
};
