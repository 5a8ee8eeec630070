import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  withFiles
} from "./chunk-6W3GW4QD.js";

// src/report/paths.ts
import path from "node:path";
function relativeTo(result, root) {
  const base = path.resolve(root);
  if (base === path.resolve(result.cwd)) return result;
  const rel = (file) => {
    const abs = path.resolve(result.cwd, file);
    const r = path.relative(base, abs);
    return r.startsWith("..") || path.isAbsolute(r) ? abs : r.split(path.sep).join("/");
  };
  return {
    ...result,
    cwd: base,
    files: result.files.map(rel),
    findings: result.findings.map((f) => ({
      ...f,
      file: rel(f.file),
      related: f.related.map((r) => ({ ...r, file: rel(r.file) })),
      ...f.suppressions ? { suppressions: f.suppressions.map((s) => s.file ? { ...s, file: rel(s.file) } : s) } : {}
    })),
    ...result.workloads ? { workloads: result.workloads.map((x) => withFiles(x, rel)) } : {}
  };
}

export {
  relativeTo
};
