import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);

// src/report/parts.ts
var PART_SIZE = 64 * 1024;
function* jsonWithItems(skeleton, items, size = PART_SIZE) {
  const text = JSON.stringify(skeleton, null, 2);
  const at = text.lastIndexOf("[]");
  if (at < 0 || !/^[\s\]}]*$/.test(text.slice(at + 2))) throw new Error("jsonWithItems: the skeleton does not write its items array last");
  const opening = text.slice(text.lastIndexOf("\n", at) + 1);
  const outer = /^ */.exec(opening)[0];
  const indent = `${outer}  `;
  let part = text.slice(0, at + 1);
  let first = true;
  for (const item of items) {
    part += `${first ? "\n" : ",\n"}${indent}${JSON.stringify(item, null, 2).replace(/\n/g, `
${indent}`)}`;
    first = false;
    if (part.length >= size) {
      yield part;
      part = "";
    }
  }
  yield `${part}${first ? "" : `
${outer}`}${text.slice(at + 1)}
`;
}
function* linesInParts(lines, size = PART_SIZE) {
  let part = "";
  for (const line of lines) {
    part += `${line}
`;
    if (part.length >= size) {
      yield part;
      part = "";
    }
  }
  if (part !== "") yield part;
}
function* lazyMap(items, map) {
  for (const item of items) yield map(item);
}

export {
  PART_SIZE,
  jsonWithItems,
  linesInParts,
  lazyMap
};
