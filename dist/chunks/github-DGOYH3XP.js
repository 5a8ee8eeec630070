import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  data,
  github,
  property
} from "./chunk-OLTJ6AP5.js";
import "./chunk-44NEYAM5.js";
import "./chunk-SOYGCPZD.js";
import "./chunk-6DQTS6ZR.js";
export {
  data,
  github,
  property
};
