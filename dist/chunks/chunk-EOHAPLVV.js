import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);

// src/report/formats.ts
var FORMAT_NAMES = ["stylish", "json", "sarif", "github", "markdown"];
function isFormatName(name) {
  return FORMAT_NAMES.includes(name);
}
async function loadFormatter(name) {
  switch (name) {
    case "stylish":
      return (await import("./stylish-3QD763ZS.js")).stylish;
    case "json":
      return (await import("./json-N4QLWAUA.js")).json;
    case "sarif":
      return (await import("./sarif-OZH4XGHD.js")).sarif;
    case "github":
      return (await import("./github-WVHNMPUK.js")).github;
    case "markdown":
      return (await import("./markdown-YF3SJEYW.js")).markdown;
  }
}

export {
  FORMAT_NAMES,
  isFormatName,
  loadFormatter
};
