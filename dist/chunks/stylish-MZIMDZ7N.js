import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  stylish
} from "./chunk-VGV2OZMC.js";
import {
  safe
} from "./chunk-SQ35NPRJ.js";
import "./chunk-GGAQ333A.js";
import "./chunk-6DQTS6ZR.js";
export {
  safe,
  stylish
};
