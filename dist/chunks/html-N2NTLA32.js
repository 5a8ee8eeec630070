import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  html
} from "./chunk-347SD6PG.js";
import "./chunk-TAWYR3VA.js";
import "./chunk-SQ35NPRJ.js";
import "./chunk-WH2QSKSO.js";
import "./chunk-FFVLIDOO.js";
import "./chunk-6GFJRS36.js";
import "./chunk-6CKYEOTE.js";
import "./chunk-6DQTS6ZR.js";
export {
  html
};
