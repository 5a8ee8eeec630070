import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  explainStylish
} from "./chunk-GCZL5NN5.js";
import "./chunk-QDPOYN3S.js";
import "./chunk-JGJE7QYK.js";
import "./chunk-SQ35NPRJ.js";
import "./chunk-WH2QSKSO.js";
import "./chunk-DNVBN5PX.js";
import "./chunk-DIWLQ2ZF.js";
import "./chunk-6CKYEOTE.js";
import "./chunk-6DQTS6ZR.js";
export {
  explainStylish
};
