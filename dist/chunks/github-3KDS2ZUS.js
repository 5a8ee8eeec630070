import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  data,
  github,
  property
} from "./chunk-UONRVOEX.js";
import "./chunk-LOE6AF6C.js";
import "./chunk-FRBTKTV5.js";
import "./chunk-6DQTS6ZR.js";
export {
  data,
  github,
  property
};
