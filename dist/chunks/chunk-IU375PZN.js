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
      return (await import("./stylish-UWDNIG2M.js")).stylish;
    case "json":
      return (await import("./json-QZL5W7W3.js")).json;
    case "sarif":
      return (await import("./sarif-NUJFBVVA.js")).sarif;
    case "github":
      return (await import("./github-7OOI53SI.js")).github;
    case "markdown":
      return (await import("./markdown-XO3G4KFP.js")).markdown;
  }
}

export {
  FORMAT_NAMES,
  isFormatName,
  loadFormatter
};
