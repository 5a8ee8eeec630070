import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);

// src/rule.ts
var HOMEPAGE = "https://github.com/drainlint/drainlint";
function docsUrl(id) {
  return `${HOMEPAGE}/blob/main/rules/${id}/README.md`;
}
function defineRule(def) {
  return { meta: { ...def.meta, docsUrl: docsUrl(def.meta.id) }, create: def.create };
}
function descriptor(rule) {
  const { id, severity, description, fixable, docsUrl: url } = rule.meta;
  return { id, severity, description, fixable, docsUrl: url };
}
var ENGINE_FINDINGS = [
  { id: "parse-error", severity: "error", description: "A file or document cannot be read as a Kubernetes manifest (malformed YAML, unrendered Helm template, binary or undecodable content, alias bomb, size limit).", fixable: false, docsUrl: engineDocsUrl("parse-error") },
  { id: "config-error", severity: "error", description: "The drainlint configuration file is invalid (reported as a usage error, exit code 2).", fixable: false, docsUrl: engineDocsUrl("config-error") }
];
function engineDocsUrl(id) {
  return `${HOMEPAGE}/blob/main/docs/${id}.md`;
}

export {
  HOMEPAGE,
  defineRule,
  descriptor,
  ENGINE_FINDINGS,
  engineDocsUrl
};
