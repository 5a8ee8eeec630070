import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  explainStylish
} from "./chunk-WVDF76GZ.js";
import "./chunk-VLCB5SNE.js";
import "./chunk-O5OLSAH5.js";
import "./chunk-SQ35NPRJ.js";
import "./chunk-PYPEKNOT.js";
import "./chunk-URYZZSVT.js";
import "./chunk-IFPLH237.js";
import "./chunk-6CKYEOTE.js";
import "./chunk-6DQTS6ZR.js";
export {
  explainStylish
};
