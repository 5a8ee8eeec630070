import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  data,
  github,
  property
} from "./chunk-FU2HJNTX.js";
import "./chunk-ZDOOZ3TP.js";
import "./chunk-2IZETPIZ.js";
import "./chunk-6CKYEOTE.js";
import "./chunk-6DQTS6ZR.js";
export {
  data,
  github,
  property
};
