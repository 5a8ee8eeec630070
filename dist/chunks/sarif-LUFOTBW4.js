import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  sarif
} from "./chunk-HZ5UW3PM.js";
import "./chunk-QPHDIIUY.js";
import "./chunk-6DQTS6ZR.js";
export {
  sarif
};
