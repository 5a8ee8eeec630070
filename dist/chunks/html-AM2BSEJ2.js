import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  html
} from "./chunk-U5Y4XQNL.js";
import "./chunk-6P6CY6SP.js";
import "./chunk-SQ35NPRJ.js";
import "./chunk-XL7THH7C.js";
import "./chunk-44NEYAM5.js";
import "./chunk-SOYGCPZD.js";
import "./chunk-6DQTS6ZR.js";
export {
  html
};
