import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  explainStylish
} from "./chunks/chunk-O6AUSU4Z.js";
import {
  explainJson
} from "./chunks/chunk-UWYTMHOU.js";
import {
  explainMarkdown
} from "./chunks/chunk-HP4GJLHQ.js";
import {
  UsageError,
  VERSION,
  failsAt,
  lint
} from "./chunks/chunk-UX4KEKAT.js";
import "./chunks/chunk-N2VXY6NR.js";
import {
  stylish
} from "./chunks/chunk-6CYMUFBV.js";
import {
  sarif
} from "./chunks/chunk-3UNPEK6O.js";
import "./chunks/chunk-NRQHVOZI.js";
import {
  github
} from "./chunks/chunk-D4MRBA53.js";
import {
  html
} from "./chunks/chunk-PBRHDZYC.js";
import {
  markdown
} from "./chunks/chunk-7HPARISJ.js";
import "./chunks/chunk-SQ35NPRJ.js";
import {
  json
} from "./chunks/chunk-M3HJ4LOD.js";
import "./chunks/chunk-IHVTIVXH.js";
import "./chunks/chunk-PI3B2TVI.js";
import "./chunks/chunk-6W3GW4QD.js";
import "./chunks/chunk-JN2ZT5OB.js";
import "./chunks/chunk-6DQTS6ZR.js";

// src/report/index.ts
var FORMATTERS = { stylish, json, sarif, github, markdown, html };
var EXPLAIN_FORMATTERS = { stylish: explainStylish, json: explainJson, markdown: explainMarkdown, html };

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

// src/index.ts
var withDefaults = (name) => (result, ctx) => FORMATTERS[name](result, { color: false, version: VERSION, ...ctx });
var explainWithDefaults = (name) => (result, ctx) => EXPLAIN_FORMATTERS[name](result, { color: false, version: VERSION, ...ctx });
var formatters = Object.freeze({
  stylish: withDefaults("stylish"),
  json: withDefaults("json"),
  sarif: withDefaults("sarif"),
  github: withDefaults("github"),
  markdown: withDefaults("markdown"),
  html: withDefaults("html")
});
var explainFormatters = Object.freeze({
  stylish: explainWithDefaults("stylish"),
  json: explainWithDefaults("json"),
  markdown: explainWithDefaults("markdown"),
  html: explainWithDefaults("html")
});
export {
  UsageError,
  VERSION,
  explain,
  explainFormatters,
  failsAt,
  formatters,
  lint
};
