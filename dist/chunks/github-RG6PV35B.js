import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  data,
  github,
  property
} from "./chunk-NAT3Y7O4.js";
import "./chunk-D7RI2WA6.js";
import "./chunk-IISTAT6W.js";
import "./chunk-FL4EIQBE.js";
import "./chunk-6DQTS6ZR.js";
export {
  data,
  github,
  property
};
