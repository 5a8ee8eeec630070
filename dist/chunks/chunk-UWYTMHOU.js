import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  counts
} from "./chunk-M3HJ4LOD.js";
import {
  EXPLAIN_FORMAT_VERSION,
  otherFindings
} from "./chunk-6W3GW4QD.js";

// src/report/explain-json.ts
function explainJson(result, ctx) {
  const workloads = result.workloads ?? [];
  const doc = {
    version: EXPLAIN_FORMAT_VERSION,
    tool: { name: "drainlint", version: ctx.version },
    ...result.targets ? { targets: result.targets } : {},
    summary: { files: result.files.length, workloads: workloads.length, ...counts(result.findings) },
    workloads,
    otherFindings: otherFindings(result.findings, workloads)
  };
  return `${JSON.stringify(doc, null, 2)}
`;
}

export {
  explainJson
};
