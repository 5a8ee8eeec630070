import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  data,
  github,
  property
} from "./chunk-D4MRBA53.js";
import "./chunk-PI3B2TVI.js";
import "./chunk-6W3GW4QD.js";
import "./chunk-JN2ZT5OB.js";
import "./chunk-6DQTS6ZR.js";
export {
  data,
  github,
  property
};
