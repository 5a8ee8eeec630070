import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  data,
  github,
  property
} from "./chunk-UDX2VGBD.js";
import "./chunk-DNVBN5PX.js";
import "./chunk-DIWLQ2ZF.js";
import "./chunk-6CKYEOTE.js";
import "./chunk-6DQTS6ZR.js";
export {
  data,
  github,
  property
};
