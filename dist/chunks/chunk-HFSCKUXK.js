import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);

// src/report/formats.ts
var FORMAT_NAMES = ["stylish", "json", "sarif", "github", "markdown", "html"];
function isFormatName(name) {
  return FORMAT_NAMES.includes(name);
}
async function loadFormatter(name) {
  switch (name) {
    case "stylish":
      return (await import("./stylish-ZEISD2X5.js")).stylish;
    case "json":
      return (await import("./json-ZDPG5OR2.js")).json;
    case "sarif":
      return (await import("./sarif-NUJFBVVA.js")).sarif;
    case "github":
      return (await import("./github-JH7TSKGD.js")).github;
    case "markdown":
      return (await import("./markdown-3WLXQDUH.js")).markdown;
    case "html":
      return (await import("./html-62C6SXUC.js")).html;
  }
}
var EXPLAIN_FORMAT_NAMES = ["stylish", "json", "markdown", "html"];
async function loadExplainFormatter(name) {
  switch (name) {
    case "stylish":
      return (await import("./explain-stylish-GPME3LMO.js")).explainStylish;
    case "json":
      return (await import("./explain-json-JITJCTND.js")).explainJson;
    case "markdown":
      return (await import("./explain-markdown-UBMFPBHF.js")).explainMarkdown;
    case "html":
      return (await import("./html-62C6SXUC.js")).html;
  }
}

export {
  FORMAT_NAMES,
  isFormatName,
  loadFormatter,
  EXPLAIN_FORMAT_NAMES,
  loadExplainFormatter
};
