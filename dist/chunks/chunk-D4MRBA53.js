import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  relativeTo
} from "./chunk-PI3B2TVI.js";

// src/report/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function github(result, ctx) {
  const r = ctx.workspace ? relativeTo(result, ctx.workspace) : result;
  return r.findings.filter((f) => !f.suppressions).map((f) => {
    const props = [
      `file=${property(f.file)}`,
      `line=${f.range.line}`,
      `endLine=${f.range.endLine}`,
      `col=${f.range.column}`,
      `endColumn=${f.range.endColumn}`,
      `title=${property(`${f.ruleId}: ${f.message}`)}`
    ].join(",");
    return `::${COMMAND[f.severity]} ${props}::${data(`${f.help || f.message}

${f.docsUrl}`)}
`;
  }).join("");
}
function data(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function property(s) {
  return data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export {
  github,
  data,
  property
};
