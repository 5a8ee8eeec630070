import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  data,
  github,
  property
} from "./chunk-S2IGPZKY.js";
import "./chunk-FFVLIDOO.js";
import "./chunk-6GFJRS36.js";
import "./chunk-6CKYEOTE.js";
import "./chunk-6DQTS6ZR.js";
export {
  data,
  github,
  property
};
