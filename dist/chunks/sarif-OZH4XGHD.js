import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  sarif
} from "./chunk-UTCEK7WQ.js";
import "./chunk-NRQHVOZI.js";
import "./chunk-6DQTS6ZR.js";
export {
  sarif
};
