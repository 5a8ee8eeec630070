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
      return (await import("./stylish-D44MTSLH.js")).stylish;
    case "json":
      return (await import("./json-4ZWAB2VX.js")).json;
    case "sarif":
      return (await import("./sarif-OZH4XGHD.js")).sarif;
    case "github":
      return (await import("./github-TWK3YODQ.js")).github;
    case "markdown":
      return (await import("./markdown-IBAIEDK3.js")).markdown;
    case "html":
      return (await import("./html-QRNSTWBD.js")).html;
  }
}
var EXPLAIN_FORMAT_NAMES = ["stylish", "json", "markdown", "html"];
async function loadExplainFormatter(name) {
  switch (name) {
    case "stylish":
      return (await import("./explain-stylish-UKQMDUSA.js")).explainStylish;
    case "json":
      return (await import("./explain-json-IJ6MDZS2.js")).explainJson;
    case "markdown":
      return (await import("./explain-markdown-PIAUA2HL.js")).explainMarkdown;
    case "html":
      return (await import("./html-QRNSTWBD.js")).html;
  }
}

export {
  FORMAT_NAMES,
  isFormatName,
  loadFormatter,
  EXPLAIN_FORMAT_NAMES,
  loadExplainFormatter
};
