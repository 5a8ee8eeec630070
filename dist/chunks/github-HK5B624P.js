import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  data,
  github,
  property
} from "./chunk-JMNXZJ5I.js";
import "./chunk-M3UJBWV7.js";
import "./chunk-FDSY7MDK.js";
import "./chunk-6DQTS6ZR.js";
export {
  data,
  github,
  property
};
