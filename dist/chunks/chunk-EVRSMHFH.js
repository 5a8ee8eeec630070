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
      return (await import("./stylish-7IPB73RP.js")).stylish;
    case "json":
      return (await import("./json-G3WWU54Q.js")).json;
    case "sarif":
      return (await import("./sarif-OZH4XGHD.js")).sarif;
    case "github":
      return (await import("./github-DDVL73GO.js")).github;
    case "markdown":
      return (await import("./markdown-CKFV37WL.js")).markdown;
    case "html":
      return (await import("./html-JLOFSVLQ.js")).html;
  }
}
var EXPLAIN_FORMAT_NAMES = ["stylish", "json", "markdown", "html"];
async function loadExplainFormatter(name) {
  switch (name) {
    case "stylish":
      return (await import("./explain-stylish-EW5LUP6O.js")).explainStylish;
    case "json":
      return (await import("./explain-json-FCDTYTYB.js")).explainJson;
    case "markdown":
      return (await import("./explain-markdown-PDBDNMGJ.js")).explainMarkdown;
    case "html":
      return (await import("./html-JLOFSVLQ.js")).html;
  }
}

export {
  FORMAT_NAMES,
  isFormatName,
  loadFormatter,
  EXPLAIN_FORMAT_NAMES,
  loadExplainFormatter
};
