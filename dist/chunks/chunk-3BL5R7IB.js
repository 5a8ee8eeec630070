import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  lint
} from "./chunk-HR33T7UY.js";

// src/explain/select.ts
function candidates(x) {
  const { kind, namespace, name } = x.resource;
  if (name === void 0) return [];
  if (!namespace) return [{ segments: [name], kind: false }, { segments: [kind, name], kind: true }];
  return [
    { segments: [name], kind: false },
    { segments: [namespace, name], kind: false },
    { segments: [kind, namespace, name], kind: true }
  ];
}
function segmentMatches(pattern, text) {
  if (!/[*?]/.test(pattern)) return pattern === text;
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${body}$`, "s").test(text);
}
function selects(selector, x) {
  const wanted = selector.split("/");
  return candidates(x).some((c) => c.segments.length === wanted.length && c.segments.every((seg, i) => c.kind && i === 0 ? segmentMatches(wanted[i].toLowerCase(), seg.toLowerCase()) : segmentMatches(wanted[i], seg)));
}
function selectWorkloads(all, selectors) {
  if (selectors.length === 0) return { chosen: [...all], unmatched: [] };
  return { chosen: all.filter((x) => selectors.some((s) => selects(s, x))), unmatched: selectors.filter((s) => !all.some((x) => selects(s, x))) };
}

// src/explain/run.ts
async function explain(request) {
  const result = await lint({ ...request, options: { ...request.options, explain: true } });
  const selectors = request.workloads ?? [];
  const { chosen, unmatched } = selectWorkloads(result.workloads ?? [], selectors);
  const kept = new Set(chosen.flatMap((x) => x.findings.map((f) => `${f.file}:${f.line}:${f.column}:${f.ruleId}:${f.message}`)));
  const findings = selectors.length === 0 ? result.findings : result.findings.filter((f) => kept.has(`${f.file}:${f.range.line}:${f.range.column}:${f.ruleId}:${f.message}`));
  return { ...result, findings, workloads: chosen, targets: result.targets, unmatched };
}

export {
  explain
};
