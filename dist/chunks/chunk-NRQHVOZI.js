import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);

// src/messages.ts
var HOMEPAGE = "https://github.com/drainlint/drainlint";
var PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
function fillMessage(template, data, where) {
  return template.replace(PLACEHOLDER, (_, name) => {
    const v = data?.[name];
    if (v === void 0) throw new Error(`${where}: no data for {{${name}}}`);
    return String(v);
  });
}
var MESSAGE_LIMIT = 160;

export {
  HOMEPAGE,
  fillMessage,
  MESSAGE_LIMIT
};
