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
      return (await import("./stylish-KDIAMYJK.js")).stylish;
    case "json":
      return (await import("./json-QZL5W7W3.js")).json;
    case "sarif":
      return (await import("./sarif-NUJFBVVA.js")).sarif;
    case "github":
      return (await import("./github-DGOYH3XP.js")).github;
    case "markdown":
      return (await import("./markdown-37I3PGFG.js")).markdown;
    case "html":
      return (await import("./html-AM2BSEJ2.js")).html;
  }
}
var EXPLAIN_FORMAT_NAMES = ["stylish", "json", "markdown", "html"];
async function loadExplainFormatter(name) {
  switch (name) {
    case "stylish":
      return (await import("./explain-stylish-CA275MTK.js")).explainStylish;
    case "json":
      return (await import("./explain-json-BAM2WHG5.js")).explainJson;
    case "markdown":
      return (await import("./explain-markdown-CPGY7DTO.js")).explainMarkdown;
    case "html":
      return (await import("./html-AM2BSEJ2.js")).html;
  }
}

export {
  FORMAT_NAMES,
  isFormatName,
  loadFormatter,
  EXPLAIN_FORMAT_NAMES,
  loadExplainFormatter
};
