import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  markdown
} from "./chunk-SQUJLQQJ.js";
import "./chunk-SQ35NPRJ.js";
import "./chunk-RVJP5FRR.js";
import "./chunk-ABLHVQQV.js";
import "./chunk-6DQTS6ZR.js";
export {
  markdown
};
