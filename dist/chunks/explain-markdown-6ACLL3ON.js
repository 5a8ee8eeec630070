import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  explainMarkdown
} from "./chunk-HP4GJLHQ.js";
import "./chunk-7HPARISJ.js";
import "./chunk-SQ35NPRJ.js";
import "./chunk-M3HJ4LOD.js";
import "./chunk-IHVTIVXH.js";
import "./chunk-PI3B2TVI.js";
import "./chunk-6W3GW4QD.js";
import "./chunk-JN2ZT5OB.js";
import "./chunk-6DQTS6ZR.js";
export {
  explainMarkdown
};
