import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  data,
  github,
  property
} from "./chunk-G62AYYAC.js";
import "./chunk-ABLHVQQV.js";
import "./chunk-6DQTS6ZR.js";
export {
  data,
  github,
  property
};
