import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  explainStylish
} from "./chunk-U3RYAV3L.js";
import "./chunk-TD5ZYTTG.js";
import "./chunk-VLCB5SNE.js";
import "./chunk-SQ35NPRJ.js";
import "./chunk-PYPEKNOT.js";
import "./chunk-CIGQZXEQ.js";
import "./chunk-QKGCZFFB.js";
import "./chunk-6CKYEOTE.js";
import "./chunk-6DQTS6ZR.js";
export {
  explainStylish
};
