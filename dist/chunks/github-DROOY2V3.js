import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  data,
  github,
  property
} from "./chunk-QV5UAQ6V.js";
import "./chunk-HFCGS56Y.js";
import "./chunk-BY7UHLQL.js";
import "./chunk-6CKYEOTE.js";
import "./chunk-6DQTS6ZR.js";
export {
  data,
  github,
  property
};
