import path from 'node:path';
import type { LintResult } from '../types.js';
import { withFiles } from '../explain/model.js';

/**
 * The result with its paths relative to `root` instead of the working directory (files outside
 * `root` keep absolute paths): GitHub matches annotations and SARIF results to the repository's
 * files by paths relative to its root.
 */
export function relativeTo<R extends LintResult>(result: R, root: string): R {
  const base = path.resolve(root);
  if (base === path.resolve(result.cwd)) return result;
  const rel = (file: string) => {
    const abs = path.resolve(result.cwd, file);
    const r = path.relative(base, abs);
    return r.startsWith('..') || path.isAbsolute(r) ? abs : r.split(path.sep).join('/');
  };
  return {
    ...result,
    cwd: base,
    files: result.files.map(rel),
    findings: result.findings.map((f) => ({
      ...f,
      file: rel(f.file),
      related: f.related.map((r) => ({ ...r, file: rel(r.file) })),
      ...(f.suppressions ? { suppressions: f.suppressions.map((s) => (s.file ? { ...s, file: rel(s.file) } : s)) } : {}),
    })),
    ...(result.workloads ? { workloads: result.workloads.map((x) => withFiles(x, rel)) } : {}),
  };
}
