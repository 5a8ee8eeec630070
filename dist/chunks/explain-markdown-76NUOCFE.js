import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  explainMarkdown
} from "./chunk-FDMFK7U5.js";
import "./chunk-X425JP25.js";
import "./chunk-SQ35NPRJ.js";
import "./chunk-UK77MBXJ.js";
import "./chunk-LOE6AF6C.js";
import "./chunk-FRBTKTV5.js";
import "./chunk-6DQTS6ZR.js";
export {
  explainMarkdown
};
