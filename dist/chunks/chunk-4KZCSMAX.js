import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-N2VXY6NR.js";
import {
  HOMEPAGE,
  MESSAGE_LIMIT,
  fillMessage
} from "./chunk-NRQHVOZI.js";
import {
  safe
} from "./chunk-SQ35NPRJ.js";
import {
  DEFAULT_CONFIG_KEYS,
  DEFAULT_DD,
  DEFAULT_G,
  DEFAULT_MIN,
  DEFAULT_TDD,
  DRAIN_HOOK,
  EZ,
  EZ_POLL_SECONDS,
  IDLE_TIMEOUT,
  IGNORE_ANNOTATION,
  IGNORE_PREFIX,
  INJECT,
  LIFETIME_ANNOTATION,
  MIN,
  NATIVE_ANNOTATION,
  NS_INJECTION,
  PROXY_CONFIG_ANNOTATION,
  PROXY_CONTAINER,
  PROXY_METADATA_KEYS,
  REV,
  RunLookups,
  SHUTDOWN_ANNOTATION,
  STATUS_ANNOTATION,
  TDDS,
  TEMPLATES_ANNOTATION,
  WAIT_HOOK,
  WORKLOAD_TEMPLATE,
  annotationNotLabel,
  attachFindings,
  blockedByNamespace,
  durationFix,
  explainTargets,
  explainWorkload,
  fieldsOf,
  formatSeconds,
  injectionRuledOut,
  isIgnoreAnnotation,
  labelsField,
  namespaceState,
  neverInjectedNamespace,
  noSidecarCause,
  optsOutOfInjection,
  ownCopy,
  parseGoBool,
  parseGoDuration,
  proxyContainer,
  resource,
  resourcesOf,
  sidecarStatus,
  spellings,
  suggestDuration
} from "./chunk-6GFJRS36.js";
import {
  crLabel,
  crResource,
  get,
  isRecord,
  istioComponent,
  locate,
  meshResource,
  operatorName,
  require_dist,
  resourceId,
  resourceName,
  resourceNameInMessage,
  walk,
  workloadName,
  workloadNameInMessage
} from "./chunk-6CKYEOTE.js";
import {
  __commonJS,
  __toESM
} from "./chunk-6DQTS6ZR.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str2) {
      const len = str2.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str2.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str2.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// package.json
var package_default = {
  name: "drainlint",
  version: "0.1.0",
  description: "Static analyzer for the graceful shutdown (drain) of Istio sidecars and gateways on Kubernetes",
  type: "module",
  license: "Apache-2.0",
  repository: {
    type: "git",
    url: "git+https://github.com/drainlint/drainlint.git"
  },
  bugs: {
    url: "https://github.com/drainlint/drainlint/issues"
  },
  bin: {
    drainlint: "bin/drainlint.js"
  },
  main: "dist/index.js",
  types: "dist/index.d.ts",
  exports: {
    ".": {
      types: "./dist/index.d.ts",
      import: "./dist/index.js"
    },
    "./package.json": "./package.json"
  },
  files: [
    "bin",
    "dist",
    "schema",
    "rules/*/README.md",
    "docs/*.md"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    bundle: "node scripts/build.mjs",
    test: "tsc -p tsconfig.json && node scripts/run-tests.mjs",
    docs: "tsc -p tsconfig.json && node build/scripts/generate-docs.js",
    bench: "tsc -p tsconfig.json && node build/bench/run.js",
    "bench:memory": "tsc -p tsconfig.json && node build/bench/memory.js",
    fuzz: "tsc -p tsconfig.json && node build/scripts/fuzz.js",
    smoke: "tsc -p tsconfig.json && node build/scripts/smoke.js",
    "finding-shapes": "tsc -p tsconfig.json && node build/scripts/finding-shapes.js"
  },
  devDependencies: {
    "@actions/workflow-parser": "0.3.61",
    "@microsoft/jest-sarif": "1.0.0-beta.0",
    "@types/node": "20.19.43",
    "@types/picomatch": "2.3.4",
    ajv: "8.20.0",
    "ajv-draft-04": "1.0.0",
    "ajv-formats": "3.0.1",
    chalk: "5.6.2",
    commander: "14.0.3",
    diff: "9.0.0",
    "dts-bundle-generator": "9.5.1",
    esbuild: "0.28.2",
    "fast-check": "4.10.2",
    globby: "16.2.4",
    "happy-dom": "21.0.4",
    marked: "16.4.0",
    mermaid: "11.17.2",
    picomatch: "2.3.2",
    "playwright-core": "1.65.2",
    typescript: "5.9.3",
    yaml: "2.9.1"
  },
  homepage: "https://github.com/drainlint/drainlint",
  keywords: [
    "istio",
    "kubernetes",
    "linter",
    "graceful-shutdown",
    "envoy",
    "sarif"
  ]
};

// src/version.ts
var VERSION = package_default.version;

// src/config.ts
import { existsSync, readFileSync } from "node:fs";
import path2 from "node:path";

// src/istio/formats.ts
var FORMATS = {
  /** A Go time.ParseDuration string. */
  "go-duration": { type: "string", validate: (s) => parseGoDuration(s) !== void 0 },
  /** drainDuration: a Go duration of whole seconds, at least 1s (Envoy takes whole seconds; ValidateDrainDuration). */
  "drain-duration": {
    type: "string",
    validate: (s) => {
      const v = parseGoDuration(s);
      return v !== void 0 && v >= 1 && Number.isInteger(v);
    }
  }
};

// src/generated/validators.ts
var import_ucs2length = __toESM(require_ucs2length(), 1);
var validateConfig = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/drainlint/drainlint/blob/main/schema/drainlint.schema.json", "title": "drainlint configuration (.drainlint.yaml)", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "rules": { "description": "Per rule: off, a severity (error | warning | info), or true/false.", "type": "object", "additionalProperties": { "oneOf": [{ "enum": ["off", "error", "warning", "info"] }, { "type": "boolean" }] } }, "ignore": { "description": "Globs (relative to the config file's folder) of files never read.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "meshConfig": { "description": "Mesh config file(s) applied to every workload: IstioOperator, the istio ConfigMap or Helm values. Paths are relative to the config file.", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 } }] }, "gatewayValues": { "description": "Values files of Istio's gateway Helm chart, linted as the gateway the chart renders (whatever keys they hold). Paths are relative to the config file.", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 } }] }, "connectionLifetime": { "$ref": "#/definitions/durationByWorkload" }, "shutdownDuration": { "$ref": "#/definitions/durationByWorkload" }, "gatewayDeregistrationDelay": { "description": "How long external load balancers keep sending to a gateway pod after it starts terminating (e.g. a cloud LB's deregistration delay). Gateways must keep serving at least this long. Default 0s.", "$ref": "#/definitions/duration" }, "assumeInjected": { "description": "Treat every workload as having an injected sidecar (namespaces live elsewhere).", "type": "boolean" }, "defaultNamespace": { "description": "Namespace of workloads without metadata.namespace.", "type": "string", "minLength": 1 }, "istioVersion": { "$ref": "#/definitions/version" }, "kubernetesVersion": { "$ref": "#/definitions/version" }, "inferVersions": { "description": "Read the target Istio and Kubernetes versions from the input (install settings, image tags, chart versions, revision names) when istioVersion / kubernetesVersion are not set. Default true.", "type": "boolean" }, "maxFileSize": { "description": "Files larger than this many bytes are refused without being read (default 64 MiB).", "type": "integer", "minimum": 1 }, "overrides": { "description": "Rules turned on, off or to another severity for the findings that match: by kind, namespace, name, labels and container of the resource a finding is about, and by file. Entries apply in order; a later one wins for the rules it names. A finding an entry turns off is kept as suppressed (external).", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["match", "rules"], "properties": { "match": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "kind": { "type": "string", "minLength": 1, "description": "A kind or glob (*, ?)." }, "namespace": { "type": "string", "minLength": 1, "description": "A namespace or glob (*, ?)." }, "name": { "type": "string", "minLength": 1, "description": "A name or glob (*, ?)." }, "labels": { "type": "object", "description": "Labels the workload (or its pod template) must all carry.", "additionalProperties": { "type": "string" } }, "container": { "type": "string", "minLength": 1, "description": "A container name or glob (*, ?): findings about that container." }, "file": { "description": "Globs of files, relative to the config file's folder (** crosses folders).", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }] } } }, "rules": { "description": "Per rule: off, a severity (error | warning | info), or true (on, at the severity it has otherwise) / false (off).", "type": "object", "minProperties": 1, "additionalProperties": { "oneOf": [{ "enum": ["off", "error", "warning", "info"] }, { "type": "boolean" }] } }, "reason": { "type": "string", "description": "Why: the justification suppressed findings carry (SARIF, JSON)." } } } } }, "definitions": { "version": { "description": "A version such as 1.24 or 1.24.3.", "type": "string", "pattern": "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$" }, "duration": { "description": "A Go duration string such as 90s, 2m, 1m30s.", "type": "string", "pattern": "^([0-9]+(\\.[0-9]*)?(ns|us|µs|ms|s|m|h))+$" }, "durationByWorkload": { "type": "object", "additionalProperties": false, "properties": { "default": { "$ref": "#/definitions/duration" }, "workloads": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["match", "value"], "properties": { "match": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "kind": { "type": "string" }, "namespace": { "type": "string", "description": "A name or glob (*, ?)." }, "name": { "type": "string", "description": "A name or glob (*, ?)." }, "labels": { "type": "object", "additionalProperties": { "type": "string" } } } }, "value": { "$ref": "#/definitions/duration" } } } } } } } };
var schema13 = { "description": "A Go duration string such as 90s, 2m, 1m30s.", "type": "string", "pattern": "^([0-9]+(\\.[0-9]*)?(ns|us|µs|ms|s|m|h))+$" };
var schema16 = { "description": "A version such as 1.24 or 1.24.3.", "type": "string", "pattern": "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$" };
var func2 = Object.prototype.hasOwnProperty;
var func3 = import_ucs2length.default.default;
var schema12 = { "type": "object", "additionalProperties": false, "properties": { "default": { "$ref": "#/definitions/duration" }, "workloads": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["match", "value"], "properties": { "match": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "kind": { "type": "string" }, "namespace": { "type": "string", "description": "A name or glob (*, ?)." }, "name": { "type": "string", "description": "A name or glob (*, ?)." }, "labels": { "type": "object", "additionalProperties": { "type": "string" } } } }, "value": { "$ref": "#/definitions/duration" } } } } } };
var pattern0 = new RegExp("^([0-9]+(\\.[0-9]*)?(ns|us|µs|ms|s|m|h))+$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "default" || key0 === "workloads")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.default !== void 0) {
      let data0 = data.default;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err1 = { instancePath: instancePath + "/default", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]*)?(ns|us|µs|ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]*)?(ns|us|µs|ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]*)?(ns|us|µs|ms|s|m|h))+$", parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/default", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.workloads !== void 0) {
      let data1 = data.workloads;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.match === void 0) {
              const err3 = { instancePath: instancePath + "/workloads/" + i0, schemaPath: "#/properties/workloads/items/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'", schema: schema12.properties.workloads.items.required, parentSchema: schema12.properties.workloads.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data2.value === void 0) {
              const err4 = { instancePath: instancePath + "/workloads/" + i0, schemaPath: "#/properties/workloads/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema12.properties.workloads.items.required, parentSchema: schema12.properties.workloads.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            for (const key1 in data2) {
              if (!(key1 === "match" || key1 === "value")) {
                const err5 = { instancePath: instancePath + "/workloads/" + i0, schemaPath: "#/properties/workloads/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.workloads.items, data: data2 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data2.match !== void 0) {
              let data3 = data2.match;
              if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                if (Object.keys(data3).length < 1) {
                  const err6 = { instancePath: instancePath + "/workloads/" + i0 + "/match", schemaPath: "#/properties/workloads/items/properties/match/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema12.properties.workloads.items.properties.match, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
                for (const key2 in data3) {
                  if (!(key2 === "kind" || key2 === "namespace" || key2 === "name" || key2 === "labels")) {
                    const err7 = { instancePath: instancePath + "/workloads/" + i0 + "/match", schemaPath: "#/properties/workloads/items/properties/match/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.workloads.items.properties.match, data: data3 };
                    if (vErrors === null) {
                      vErrors = [err7];
                    } else {
                      vErrors.push(err7);
                    }
                    errors++;
                  }
                }
                if (data3.kind !== void 0) {
                  let data4 = data3.kind;
                  if (typeof data4 !== "string") {
                    const err8 = { instancePath: instancePath + "/workloads/" + i0 + "/match/kind", schemaPath: "#/properties/workloads/items/properties/match/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.workloads.items.properties.match.properties.kind.type, parentSchema: schema12.properties.workloads.items.properties.match.properties.kind, data: data4 };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                }
                if (data3.namespace !== void 0) {
                  let data5 = data3.namespace;
                  if (typeof data5 !== "string") {
                    const err9 = { instancePath: instancePath + "/workloads/" + i0 + "/match/namespace", schemaPath: "#/properties/workloads/items/properties/match/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.workloads.items.properties.match.properties.namespace.type, parentSchema: schema12.properties.workloads.items.properties.match.properties.namespace, data: data5 };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                }
                if (data3.name !== void 0) {
                  let data6 = data3.name;
                  if (typeof data6 !== "string") {
                    const err10 = { instancePath: instancePath + "/workloads/" + i0 + "/match/name", schemaPath: "#/properties/workloads/items/properties/match/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.workloads.items.properties.match.properties.name.type, parentSchema: schema12.properties.workloads.items.properties.match.properties.name, data: data6 };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                }
                if (data3.labels !== void 0) {
                  let data7 = data3.labels;
                  if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                    for (const key3 in data7) {
                      let data8 = data7[key3];
                      if (typeof data8 !== "string") {
                        const err11 = { instancePath: instancePath + "/workloads/" + i0 + "/match/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/workloads/items/properties/match/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.workloads.items.properties.match.properties.labels.additionalProperties.type, parentSchema: schema12.properties.workloads.items.properties.match.properties.labels.additionalProperties, data: data8 };
                        if (vErrors === null) {
                          vErrors = [err11];
                        } else {
                          vErrors.push(err11);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err12 = { instancePath: instancePath + "/workloads/" + i0 + "/match/labels", schemaPath: "#/properties/workloads/items/properties/match/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.workloads.items.properties.match.properties.labels.type, parentSchema: schema12.properties.workloads.items.properties.match.properties.labels, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                }
              } else {
                const err13 = { instancePath: instancePath + "/workloads/" + i0 + "/match", schemaPath: "#/properties/workloads/items/properties/match/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.workloads.items.properties.match.type, parentSchema: schema12.properties.workloads.items.properties.match, data: data3 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data2.value !== void 0) {
              let data9 = data2.value;
              if (typeof data9 === "string") {
                if (!pattern0.test(data9)) {
                  const err14 = { instancePath: instancePath + "/workloads/" + i0 + "/value", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]*)?(ns|us|µs|ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]*)?(ns|us|µs|ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]*)?(ns|us|µs|ms|s|m|h))+$", parentSchema: schema13, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              } else {
                const err15 = { instancePath: instancePath + "/workloads/" + i0 + "/value", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data9 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/workloads/" + i0, schemaPath: "#/properties/workloads/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.workloads.items.type, parentSchema: schema12.properties.workloads.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/workloads", schemaPath: "#/properties/workloads/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.workloads.type, parentSchema: schema12.properties.workloads, data: data1 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var pattern3 = new RegExp("^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data1 = data.rules;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          let data2 = data1[key1];
          const _errs8 = errors;
          let valid2 = false;
          let passing0 = null;
          const _errs9 = errors;
          if (!(data2 === "off" || data2 === "error" || data2 === "warning" || data2 === "info")) {
            const err2 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.additionalProperties.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.additionalProperties.oneOf[0].enum, parentSchema: schema11.properties.rules.additionalProperties.oneOf[0], data: data2 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          var _valid0 = _errs9 === errors;
          if (_valid0) {
            valid2 = true;
            passing0 = 0;
          }
          const _errs10 = errors;
          if (typeof data2 !== "boolean") {
            const err3 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.rules.additionalProperties.oneOf[1].type, parentSchema: schema11.properties.rules.additionalProperties.oneOf[1], data: data2 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          var _valid0 = _errs10 === errors;
          if (_valid0 && valid2) {
            valid2 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid2 = true;
              passing0 = 1;
            }
          }
          if (!valid2) {
            const err4 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.rules.additionalProperties.oneOf, parentSchema: schema11.properties.rules.additionalProperties, data: data2 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          } else {
            errors = _errs8;
            if (vErrors !== null) {
              if (_errs8) {
                vErrors.length = _errs8;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.type, parentSchema: schema11.properties.rules, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.ignore !== void 0) {
      let data3 = data.ignore;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === "string") {
            if (func3(data4) < 1) {
              const err6 = { instancePath: instancePath + "/ignore/" + i0, schemaPath: "#/properties/ignore/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.ignore.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/ignore/" + i0, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ignore.items.type, parentSchema: schema11.properties.ignore.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.ignore.type, parentSchema: schema11.properties.ignore, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.meshConfig !== void 0) {
      let data5 = data.meshConfig;
      const _errs17 = errors;
      let valid5 = false;
      let passing1 = null;
      const _errs18 = errors;
      if (typeof data5 === "string") {
        if (func3(data5) < 1) {
          const err9 = { instancePath: instancePath + "/meshConfig", schemaPath: "#/properties/meshConfig/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.meshConfig.oneOf[0], data: data5 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/meshConfig", schemaPath: "#/properties/meshConfig/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.meshConfig.oneOf[0].type, parentSchema: schema11.properties.meshConfig.oneOf[0], data: data5 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid1 = _errs18 === errors;
      if (_valid1) {
        valid5 = true;
        passing1 = 0;
      }
      const _errs20 = errors;
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data6 = data5[i1];
          if (typeof data6 === "string") {
            if (func3(data6) < 1) {
              const err11 = { instancePath: instancePath + "/meshConfig/" + i1, schemaPath: "#/properties/meshConfig/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.meshConfig.oneOf[1].items, data: data6 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/meshConfig/" + i1, schemaPath: "#/properties/meshConfig/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.meshConfig.oneOf[1].items.type, parentSchema: schema11.properties.meshConfig.oneOf[1].items, data: data6 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/meshConfig", schemaPath: "#/properties/meshConfig/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.meshConfig.oneOf[1].type, parentSchema: schema11.properties.meshConfig.oneOf[1], data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var _valid1 = _errs20 === errors;
      if (_valid1 && valid5) {
        valid5 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid5 = true;
          passing1 = 1;
        }
      }
      if (!valid5) {
        const err14 = { instancePath: instancePath + "/meshConfig", schemaPath: "#/properties/meshConfig/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.meshConfig.oneOf, parentSchema: schema11.properties.meshConfig, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      } else {
        errors = _errs17;
        if (vErrors !== null) {
          if (_errs17) {
            vErrors.length = _errs17;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.gatewayValues !== void 0) {
      let data7 = data.gatewayValues;
      const _errs25 = errors;
      let valid8 = false;
      let passing2 = null;
      const _errs26 = errors;
      if (typeof data7 === "string") {
        if (func3(data7) < 1) {
          const err15 = { instancePath: instancePath + "/gatewayValues", schemaPath: "#/properties/gatewayValues/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.gatewayValues.oneOf[0], data: data7 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/gatewayValues", schemaPath: "#/properties/gatewayValues/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gatewayValues.oneOf[0].type, parentSchema: schema11.properties.gatewayValues.oneOf[0], data: data7 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var _valid2 = _errs26 === errors;
      if (_valid2) {
        valid8 = true;
        passing2 = 0;
      }
      const _errs28 = errors;
      if (Array.isArray(data7)) {
        const len2 = data7.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data8 = data7[i2];
          if (typeof data8 === "string") {
            if (func3(data8) < 1) {
              const err17 = { instancePath: instancePath + "/gatewayValues/" + i2, schemaPath: "#/properties/gatewayValues/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.gatewayValues.oneOf[1].items, data: data8 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/gatewayValues/" + i2, schemaPath: "#/properties/gatewayValues/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.gatewayValues.oneOf[1].items.type, parentSchema: schema11.properties.gatewayValues.oneOf[1].items, data: data8 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/gatewayValues", schemaPath: "#/properties/gatewayValues/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.gatewayValues.oneOf[1].type, parentSchema: schema11.properties.gatewayValues.oneOf[1], data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var _valid2 = _errs28 === errors;
      if (_valid2 && valid8) {
        valid8 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid2) {
          valid8 = true;
          passing2 = 1;
        }
      }
      if (!valid8) {
        const err20 = { instancePath: instancePath + "/gatewayValues", schemaPath: "#/properties/gatewayValues/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.gatewayValues.oneOf, parentSchema: schema11.properties.gatewayValues, data: data7 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      } else {
        errors = _errs25;
        if (vErrors !== null) {
          if (_errs25) {
            vErrors.length = _errs25;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.connectionLifetime !== void 0) {
      if (!validate11(data.connectionLifetime, { instancePath: instancePath + "/connectionLifetime", parentData: data, parentDataProperty: "connectionLifetime", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.shutdownDuration !== void 0) {
      if (!validate11(data.shutdownDuration, { instancePath: instancePath + "/shutdownDuration", parentData: data, parentDataProperty: "shutdownDuration", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.gatewayDeregistrationDelay !== void 0) {
      let data11 = data.gatewayDeregistrationDelay;
      if (typeof data11 === "string") {
        if (!pattern0.test(data11)) {
          const err21 = { instancePath: instancePath + "/gatewayDeregistrationDelay", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]*)?(ns|us|µs|ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]*)?(ns|us|µs|ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]*)?(ns|us|µs|ms|s|m|h))+$", parentSchema: schema13, data: data11 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/gatewayDeregistrationDelay", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data11 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.assumeInjected !== void 0) {
      let data12 = data.assumeInjected;
      if (typeof data12 !== "boolean") {
        const err23 = { instancePath: instancePath + "/assumeInjected", schemaPath: "#/properties/assumeInjected/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.assumeInjected.type, parentSchema: schema11.properties.assumeInjected, data: data12 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.defaultNamespace !== void 0) {
      let data13 = data.defaultNamespace;
      if (typeof data13 === "string") {
        if (func3(data13) < 1) {
          const err24 = { instancePath: instancePath + "/defaultNamespace", schemaPath: "#/properties/defaultNamespace/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.defaultNamespace, data: data13 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/defaultNamespace", schemaPath: "#/properties/defaultNamespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.defaultNamespace.type, parentSchema: schema11.properties.defaultNamespace, data: data13 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.istioVersion !== void 0) {
      let data14 = data.istioVersion;
      if (typeof data14 === "string") {
        if (!pattern3.test(data14)) {
          const err26 = { instancePath: instancePath + "/istioVersion", schemaPath: "#/definitions/version/pattern", keyword: "pattern", params: { pattern: "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$" }, message: 'must match pattern "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$"', schema: "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$", parentSchema: schema16, data: data14 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/istioVersion", schemaPath: "#/definitions/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data14 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.kubernetesVersion !== void 0) {
      let data15 = data.kubernetesVersion;
      if (typeof data15 === "string") {
        if (!pattern3.test(data15)) {
          const err28 = { instancePath: instancePath + "/kubernetesVersion", schemaPath: "#/definitions/version/pattern", keyword: "pattern", params: { pattern: "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$" }, message: 'must match pattern "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$"', schema: "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$", parentSchema: schema16, data: data15 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/kubernetesVersion", schemaPath: "#/definitions/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data15 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.inferVersions !== void 0) {
      let data16 = data.inferVersions;
      if (typeof data16 !== "boolean") {
        const err30 = { instancePath: instancePath + "/inferVersions", schemaPath: "#/properties/inferVersions/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.inferVersions.type, parentSchema: schema11.properties.inferVersions, data: data16 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.maxFileSize !== void 0) {
      let data17 = data.maxFileSize;
      if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)))) {
        const err31 = { instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.maxFileSize.type, parentSchema: schema11.properties.maxFileSize, data: data17 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (typeof data17 == "number") {
        if (data17 < 1 || isNaN(data17)) {
          const err32 = { instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.maxFileSize, data: data17 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      }
    }
    if (data.overrides !== void 0) {
      let data18 = data.overrides;
      if (Array.isArray(data18)) {
        const len3 = data18.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data19 = data18[i3];
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.match === void 0) {
              const err33 = { instancePath: instancePath + "/overrides/" + i3, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'", schema: schema11.properties.overrides.items.required, parentSchema: schema11.properties.overrides.items, data: data19 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data19.rules === void 0) {
              const err34 = { instancePath: instancePath + "/overrides/" + i3, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'", schema: schema11.properties.overrides.items.required, parentSchema: schema11.properties.overrides.items, data: data19 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            for (const key2 in data19) {
              if (!(key2 === "match" || key2 === "rules" || key2 === "reason")) {
                const err35 = { instancePath: instancePath + "/overrides/" + i3, schemaPath: "#/properties/overrides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.overrides.items, data: data19 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data19.match !== void 0) {
              let data20 = data19.match;
              if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                if (Object.keys(data20).length < 1) {
                  const err36 = { instancePath: instancePath + "/overrides/" + i3 + "/match", schemaPath: "#/properties/overrides/items/properties/match/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.overrides.items.properties.match, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                for (const key3 in data20) {
                  if (!(key3 === "kind" || key3 === "namespace" || key3 === "name" || key3 === "labels" || key3 === "container" || key3 === "file")) {
                    const err37 = { instancePath: instancePath + "/overrides/" + i3 + "/match", schemaPath: "#/properties/overrides/items/properties/match/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.overrides.items.properties.match, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
                if (data20.kind !== void 0) {
                  let data21 = data20.kind;
                  if (typeof data21 === "string") {
                    if (func3(data21) < 1) {
                      const err38 = { instancePath: instancePath + "/overrides/" + i3 + "/match/kind", schemaPath: "#/properties/overrides/items/properties/match/properties/kind/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.overrides.items.properties.match.properties.kind, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err38];
                      } else {
                        vErrors.push(err38);
                      }
                      errors++;
                    }
                  } else {
                    const err39 = { instancePath: instancePath + "/overrides/" + i3 + "/match/kind", schemaPath: "#/properties/overrides/items/properties/match/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.overrides.items.properties.match.properties.kind.type, parentSchema: schema11.properties.overrides.items.properties.match.properties.kind, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data20.namespace !== void 0) {
                  let data22 = data20.namespace;
                  if (typeof data22 === "string") {
                    if (func3(data22) < 1) {
                      const err40 = { instancePath: instancePath + "/overrides/" + i3 + "/match/namespace", schemaPath: "#/properties/overrides/items/properties/match/properties/namespace/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.overrides.items.properties.match.properties.namespace, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                  } else {
                    const err41 = { instancePath: instancePath + "/overrides/" + i3 + "/match/namespace", schemaPath: "#/properties/overrides/items/properties/match/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.overrides.items.properties.match.properties.namespace.type, parentSchema: schema11.properties.overrides.items.properties.match.properties.namespace, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
                if (data20.name !== void 0) {
                  let data23 = data20.name;
                  if (typeof data23 === "string") {
                    if (func3(data23) < 1) {
                      const err42 = { instancePath: instancePath + "/overrides/" + i3 + "/match/name", schemaPath: "#/properties/overrides/items/properties/match/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.overrides.items.properties.match.properties.name, data: data23 };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                    }
                  } else {
                    const err43 = { instancePath: instancePath + "/overrides/" + i3 + "/match/name", schemaPath: "#/properties/overrides/items/properties/match/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.overrides.items.properties.match.properties.name.type, parentSchema: schema11.properties.overrides.items.properties.match.properties.name, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
                if (data20.labels !== void 0) {
                  let data24 = data20.labels;
                  if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                    for (const key4 in data24) {
                      let data25 = data24[key4];
                      if (typeof data25 !== "string") {
                        const err44 = { instancePath: instancePath + "/overrides/" + i3 + "/match/labels/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/overrides/items/properties/match/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.overrides.items.properties.match.properties.labels.additionalProperties.type, parentSchema: schema11.properties.overrides.items.properties.match.properties.labels.additionalProperties, data: data25 };
                        if (vErrors === null) {
                          vErrors = [err44];
                        } else {
                          vErrors.push(err44);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err45 = { instancePath: instancePath + "/overrides/" + i3 + "/match/labels", schemaPath: "#/properties/overrides/items/properties/match/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.overrides.items.properties.match.properties.labels.type, parentSchema: schema11.properties.overrides.items.properties.match.properties.labels, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
                if (data20.container !== void 0) {
                  let data26 = data20.container;
                  if (typeof data26 === "string") {
                    if (func3(data26) < 1) {
                      const err46 = { instancePath: instancePath + "/overrides/" + i3 + "/match/container", schemaPath: "#/properties/overrides/items/properties/match/properties/container/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.overrides.items.properties.match.properties.container, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err46];
                      } else {
                        vErrors.push(err46);
                      }
                      errors++;
                    }
                  } else {
                    const err47 = { instancePath: instancePath + "/overrides/" + i3 + "/match/container", schemaPath: "#/properties/overrides/items/properties/match/properties/container/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.overrides.items.properties.match.properties.container.type, parentSchema: schema11.properties.overrides.items.properties.match.properties.container, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
                if (data20.file !== void 0) {
                  let data27 = data20.file;
                  const _errs73 = errors;
                  let valid19 = false;
                  let passing3 = null;
                  const _errs74 = errors;
                  if (typeof data27 === "string") {
                    if (func3(data27) < 1) {
                      const err48 = { instancePath: instancePath + "/overrides/" + i3 + "/match/file", schemaPath: "#/properties/overrides/items/properties/match/properties/file/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.overrides.items.properties.match.properties.file.oneOf[0], data: data27 };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                  } else {
                    const err49 = { instancePath: instancePath + "/overrides/" + i3 + "/match/file", schemaPath: "#/properties/overrides/items/properties/match/properties/file/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.overrides.items.properties.match.properties.file.oneOf[0].type, parentSchema: schema11.properties.overrides.items.properties.match.properties.file.oneOf[0], data: data27 };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                  var _valid3 = _errs74 === errors;
                  if (_valid3) {
                    valid19 = true;
                    passing3 = 0;
                  }
                  const _errs76 = errors;
                  if (Array.isArray(data27)) {
                    if (data27.length < 1) {
                      const err50 = { instancePath: instancePath + "/overrides/" + i3 + "/match/file", schemaPath: "#/properties/overrides/items/properties/match/properties/file/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.overrides.items.properties.match.properties.file.oneOf[1], data: data27 };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                    }
                    const len4 = data27.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                      let data28 = data27[i4];
                      if (typeof data28 === "string") {
                        if (func3(data28) < 1) {
                          const err51 = { instancePath: instancePath + "/overrides/" + i3 + "/match/file/" + i4, schemaPath: "#/properties/overrides/items/properties/match/properties/file/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.overrides.items.properties.match.properties.file.oneOf[1].items, data: data28 };
                          if (vErrors === null) {
                            vErrors = [err51];
                          } else {
                            vErrors.push(err51);
                          }
                          errors++;
                        }
                      } else {
                        const err52 = { instancePath: instancePath + "/overrides/" + i3 + "/match/file/" + i4, schemaPath: "#/properties/overrides/items/properties/match/properties/file/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.overrides.items.properties.match.properties.file.oneOf[1].items.type, parentSchema: schema11.properties.overrides.items.properties.match.properties.file.oneOf[1].items, data: data28 };
                        if (vErrors === null) {
                          vErrors = [err52];
                        } else {
                          vErrors.push(err52);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err53 = { instancePath: instancePath + "/overrides/" + i3 + "/match/file", schemaPath: "#/properties/overrides/items/properties/match/properties/file/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.overrides.items.properties.match.properties.file.oneOf[1].type, parentSchema: schema11.properties.overrides.items.properties.match.properties.file.oneOf[1], data: data27 };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                  var _valid3 = _errs76 === errors;
                  if (_valid3 && valid19) {
                    valid19 = false;
                    passing3 = [passing3, 1];
                  } else {
                    if (_valid3) {
                      valid19 = true;
                      passing3 = 1;
                    }
                  }
                  if (!valid19) {
                    const err54 = { instancePath: instancePath + "/overrides/" + i3 + "/match/file", schemaPath: "#/properties/overrides/items/properties/match/properties/file/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.overrides.items.properties.match.properties.file.oneOf, parentSchema: schema11.properties.overrides.items.properties.match.properties.file, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  } else {
                    errors = _errs73;
                    if (vErrors !== null) {
                      if (_errs73) {
                        vErrors.length = _errs73;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
              } else {
                const err55 = { instancePath: instancePath + "/overrides/" + i3 + "/match", schemaPath: "#/properties/overrides/items/properties/match/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.overrides.items.properties.match.type, parentSchema: schema11.properties.overrides.items.properties.match, data: data20 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data19.rules !== void 0) {
              let data29 = data19.rules;
              if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                if (Object.keys(data29).length < 1) {
                  const err56 = { instancePath: instancePath + "/overrides/" + i3 + "/rules", schemaPath: "#/properties/overrides/items/properties/rules/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.overrides.items.properties.rules, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
                for (const key5 in data29) {
                  let data30 = data29[key5];
                  const _errs84 = errors;
                  let valid23 = false;
                  let passing4 = null;
                  const _errs85 = errors;
                  if (!(data30 === "off" || data30 === "error" || data30 === "warning" || data30 === "info")) {
                    const err57 = { instancePath: instancePath + "/overrides/" + i3 + "/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/overrides/items/properties/rules/additionalProperties/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.overrides.items.properties.rules.additionalProperties.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.overrides.items.properties.rules.additionalProperties.oneOf[0].enum, parentSchema: schema11.properties.overrides.items.properties.rules.additionalProperties.oneOf[0], data: data30 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                  var _valid4 = _errs85 === errors;
                  if (_valid4) {
                    valid23 = true;
                    passing4 = 0;
                  }
                  const _errs86 = errors;
                  if (typeof data30 !== "boolean") {
                    const err58 = { instancePath: instancePath + "/overrides/" + i3 + "/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/overrides/items/properties/rules/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.overrides.items.properties.rules.additionalProperties.oneOf[1].type, parentSchema: schema11.properties.overrides.items.properties.rules.additionalProperties.oneOf[1], data: data30 };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                  var _valid4 = _errs86 === errors;
                  if (_valid4 && valid23) {
                    valid23 = false;
                    passing4 = [passing4, 1];
                  } else {
                    if (_valid4) {
                      valid23 = true;
                      passing4 = 1;
                    }
                  }
                  if (!valid23) {
                    const err59 = { instancePath: instancePath + "/overrides/" + i3 + "/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/overrides/items/properties/rules/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.overrides.items.properties.rules.additionalProperties.oneOf, parentSchema: schema11.properties.overrides.items.properties.rules.additionalProperties, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  } else {
                    errors = _errs84;
                    if (vErrors !== null) {
                      if (_errs84) {
                        vErrors.length = _errs84;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
              } else {
                const err60 = { instancePath: instancePath + "/overrides/" + i3 + "/rules", schemaPath: "#/properties/overrides/items/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.overrides.items.properties.rules.type, parentSchema: schema11.properties.overrides.items.properties.rules, data: data29 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data19.reason !== void 0) {
              let data31 = data19.reason;
              if (typeof data31 !== "string") {
                const err61 = { instancePath: instancePath + "/overrides/" + i3 + "/reason", schemaPath: "#/properties/overrides/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.overrides.items.properties.reason.type, parentSchema: schema11.properties.overrides.items.properties.reason, data: data31 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
          } else {
            const err62 = { instancePath: instancePath + "/overrides/" + i3, schemaPath: "#/properties/overrides/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.overrides.items.type, parentSchema: schema11.properties.overrides.items, data: data19 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
      } else {
        const err63 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.overrides.type, parentSchema: schema11.properties.overrides, data: data18 };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
  } else {
    const err64 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err64];
    } else {
      vErrors.push(err64);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var validateProxyConfig = validate14;
var schema18 = { "type": "object", "properties": { "configPath": { "type": ["string", "null"] }, "config_path": { "type": ["string", "null"] }, "binaryPath": { "type": ["string", "null"] }, "binary_path": { "type": ["string", "null"] }, "serviceCluster": { "type": ["string", "null"] }, "service_cluster": { "type": ["string", "null"] }, "tracingServiceName": { "enum": ["APP_LABEL_AND_NAMESPACE", "CANONICAL_NAME_ONLY", "CANONICAL_NAME_AND_NAMESPACE", 0, 1, 2, null] }, "tracing_service_name": { "enum": ["APP_LABEL_AND_NAMESPACE", "CANONICAL_NAME_ONLY", "CANONICAL_NAME_AND_NAMESPACE", 0, 1, 2, null] }, "drainDuration": { "type": ["string", "null"], "format": "drain-duration" }, "drain_duration": { "type": ["string", "null"], "format": "drain-duration" }, "discoveryAddress": { "type": ["string", "null"] }, "discovery_address": { "type": ["string", "null"] }, "discoveryRefreshDelay": { "type": ["string", "null"], "format": "go-duration" }, "discovery_refresh_delay": { "type": ["string", "null"], "format": "go-duration" }, "zipkinAddress": { "type": ["string", "null"] }, "zipkin_address": { "type": ["string", "null"] }, "statsdUdpAddress": { "type": ["string", "null"] }, "statsd_udp_address": { "type": ["string", "null"] }, "envoyMetricsServiceAddress": { "type": ["string", "null"] }, "envoy_metrics_service_address": { "type": ["string", "null"] }, "proxyAdminPort": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "proxy_admin_port": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "availabilityZone": { "type": ["string", "null"] }, "availability_zone": { "type": ["string", "null"] }, "controlPlaneAuthPolicy": { "enum": ["NONE", "MUTUAL_TLS", "INHERIT", 0, 1, 2, null] }, "control_plane_auth_policy": { "enum": ["NONE", "MUTUAL_TLS", "INHERIT", 0, 1, 2, null] }, "customConfigFile": { "type": ["string", "null"] }, "custom_config_file": { "type": ["string", "null"] }, "statNameLength": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "stat_name_length": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "concurrency": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "proxyBootstrapTemplatePath": { "type": ["string", "null"] }, "proxy_bootstrap_template_path": { "type": ["string", "null"] }, "interceptionMode": { "enum": ["REDIRECT", "TPROXY", "NONE", 0, 1, 2, null] }, "interception_mode": { "enum": ["REDIRECT", "TPROXY", "NONE", 0, 1, 2, null] }, "tracing": { "type": ["object", "null"] }, "sds": { "type": ["object", "null"] }, "envoyAccessLogService": { "type": ["object", "null"] }, "envoy_access_log_service": { "type": ["object", "null"] }, "envoyMetricsService": { "type": ["object", "null"] }, "envoy_metrics_service": { "type": ["object", "null"] }, "proxyMetadata": { "type": ["object", "null"], "additionalProperties": { "type": ["string", "null"] } }, "proxy_metadata": { "type": ["object", "null"], "additionalProperties": { "type": ["string", "null"] } }, "runtimeValues": { "type": ["object", "null"], "additionalProperties": { "type": ["string", "null"] } }, "runtime_values": { "type": ["object", "null"], "additionalProperties": { "type": ["string", "null"] } }, "statusPort": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "status_port": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "extraStatTags": { "type": ["array", "null"] }, "extra_stat_tags": { "type": ["array", "null"] }, "gatewayTopology": { "type": ["object", "null"] }, "gateway_topology": { "type": ["object", "null"] }, "terminationDrainDuration": { "type": ["string", "null"], "format": "go-duration" }, "termination_drain_duration": { "type": ["string", "null"], "format": "go-duration" }, "meshId": { "type": ["string", "null"] }, "mesh_id": { "type": ["string", "null"] }, "readinessProbe": { "type": ["object", "null"] }, "readiness_probe": { "type": ["object", "null"] }, "proxyStatsMatcher": { "type": ["object", "null"] }, "proxy_stats_matcher": { "type": ["object", "null"] }, "holdApplicationUntilProxyStarts": { "type": ["boolean", "null"] }, "hold_application_until_proxy_starts": { "type": ["boolean", "null"] }, "caCertificatesPem": { "type": ["array", "null"] }, "ca_certificates_pem": { "type": ["array", "null"] }, "image": { "type": ["object", "null"] }, "privateKeyProvider": { "type": ["object", "null"] }, "private_key_provider": { "type": ["object", "null"] }, "proxyHeaders": { "type": ["object", "null"] }, "proxy_headers": { "type": ["object", "null"] }, "fileFlushInterval": { "type": ["string", "null"], "format": "go-duration" }, "file_flush_interval": { "type": ["string", "null"], "format": "go-duration" }, "fileFlushMinSizeKb": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "file_flush_min_size_kb": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "statsCompression": { "type": ["boolean", "null"] }, "stats_compression": { "type": ["boolean", "null"] }, "connectionSettings": { "type": ["object", "null"] }, "connection_settings": { "type": ["object", "null"] } } };
var formats0 = FORMATS["drain-duration"];
var formats4 = FORMATS["go-duration"];
var pattern5 = new RegExp("^-?[0-9]+$", "u");
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.configPath !== void 0) {
      let data0 = data.configPath;
      if (typeof data0 !== "string" && data0 !== null) {
        const err0 = { instancePath: instancePath + "/configPath", schemaPath: "#/properties/configPath/type", keyword: "type", params: { type: schema18.properties.configPath.type }, message: "must be string,null", schema: schema18.properties.configPath.type, parentSchema: schema18.properties.configPath, data: data0 };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.config_path !== void 0) {
      let data1 = data.config_path;
      if (typeof data1 !== "string" && data1 !== null) {
        const err1 = { instancePath: instancePath + "/config_path", schemaPath: "#/properties/config_path/type", keyword: "type", params: { type: schema18.properties.config_path.type }, message: "must be string,null", schema: schema18.properties.config_path.type, parentSchema: schema18.properties.config_path, data: data1 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.binaryPath !== void 0) {
      let data2 = data.binaryPath;
      if (typeof data2 !== "string" && data2 !== null) {
        const err2 = { instancePath: instancePath + "/binaryPath", schemaPath: "#/properties/binaryPath/type", keyword: "type", params: { type: schema18.properties.binaryPath.type }, message: "must be string,null", schema: schema18.properties.binaryPath.type, parentSchema: schema18.properties.binaryPath, data: data2 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.binary_path !== void 0) {
      let data3 = data.binary_path;
      if (typeof data3 !== "string" && data3 !== null) {
        const err3 = { instancePath: instancePath + "/binary_path", schemaPath: "#/properties/binary_path/type", keyword: "type", params: { type: schema18.properties.binary_path.type }, message: "must be string,null", schema: schema18.properties.binary_path.type, parentSchema: schema18.properties.binary_path, data: data3 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.serviceCluster !== void 0) {
      let data4 = data.serviceCluster;
      if (typeof data4 !== "string" && data4 !== null) {
        const err4 = { instancePath: instancePath + "/serviceCluster", schemaPath: "#/properties/serviceCluster/type", keyword: "type", params: { type: schema18.properties.serviceCluster.type }, message: "must be string,null", schema: schema18.properties.serviceCluster.type, parentSchema: schema18.properties.serviceCluster, data: data4 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.service_cluster !== void 0) {
      let data5 = data.service_cluster;
      if (typeof data5 !== "string" && data5 !== null) {
        const err5 = { instancePath: instancePath + "/service_cluster", schemaPath: "#/properties/service_cluster/type", keyword: "type", params: { type: schema18.properties.service_cluster.type }, message: "must be string,null", schema: schema18.properties.service_cluster.type, parentSchema: schema18.properties.service_cluster, data: data5 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.tracingServiceName !== void 0) {
      let data6 = data.tracingServiceName;
      if (!(data6 === "APP_LABEL_AND_NAMESPACE" || data6 === "CANONICAL_NAME_ONLY" || data6 === "CANONICAL_NAME_AND_NAMESPACE" || data6 === 0 || data6 === 1 || data6 === 2 || data6 === null)) {
        const err6 = { instancePath: instancePath + "/tracingServiceName", schemaPath: "#/properties/tracingServiceName/enum", keyword: "enum", params: { allowedValues: schema18.properties.tracingServiceName.enum }, message: "must be equal to one of the allowed values", schema: schema18.properties.tracingServiceName.enum, parentSchema: schema18.properties.tracingServiceName, data: data6 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.tracing_service_name !== void 0) {
      let data7 = data.tracing_service_name;
      if (!(data7 === "APP_LABEL_AND_NAMESPACE" || data7 === "CANONICAL_NAME_ONLY" || data7 === "CANONICAL_NAME_AND_NAMESPACE" || data7 === 0 || data7 === 1 || data7 === 2 || data7 === null)) {
        const err7 = { instancePath: instancePath + "/tracing_service_name", schemaPath: "#/properties/tracing_service_name/enum", keyword: "enum", params: { allowedValues: schema18.properties.tracing_service_name.enum }, message: "must be equal to one of the allowed values", schema: schema18.properties.tracing_service_name.enum, parentSchema: schema18.properties.tracing_service_name, data: data7 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.drainDuration !== void 0) {
      let data8 = data.drainDuration;
      if (typeof data8 !== "string" && data8 !== null) {
        const err8 = { instancePath: instancePath + "/drainDuration", schemaPath: "#/properties/drainDuration/type", keyword: "type", params: { type: schema18.properties.drainDuration.type }, message: "must be string,null", schema: schema18.properties.drainDuration.type, parentSchema: schema18.properties.drainDuration, data: data8 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data8 === "string") {
        if (!formats0.validate(data8)) {
          const err9 = { instancePath: instancePath + "/drainDuration", schemaPath: "#/properties/drainDuration/format", keyword: "format", params: { format: "drain-duration" }, message: 'must match format "drain-duration"', schema: "drain-duration", parentSchema: schema18.properties.drainDuration, data: data8 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.drain_duration !== void 0) {
      let data9 = data.drain_duration;
      if (typeof data9 !== "string" && data9 !== null) {
        const err10 = { instancePath: instancePath + "/drain_duration", schemaPath: "#/properties/drain_duration/type", keyword: "type", params: { type: schema18.properties.drain_duration.type }, message: "must be string,null", schema: schema18.properties.drain_duration.type, parentSchema: schema18.properties.drain_duration, data: data9 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data9 === "string") {
        if (!formats0.validate(data9)) {
          const err11 = { instancePath: instancePath + "/drain_duration", schemaPath: "#/properties/drain_duration/format", keyword: "format", params: { format: "drain-duration" }, message: 'must match format "drain-duration"', schema: "drain-duration", parentSchema: schema18.properties.drain_duration, data: data9 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    if (data.discoveryAddress !== void 0) {
      let data10 = data.discoveryAddress;
      if (typeof data10 !== "string" && data10 !== null) {
        const err12 = { instancePath: instancePath + "/discoveryAddress", schemaPath: "#/properties/discoveryAddress/type", keyword: "type", params: { type: schema18.properties.discoveryAddress.type }, message: "must be string,null", schema: schema18.properties.discoveryAddress.type, parentSchema: schema18.properties.discoveryAddress, data: data10 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.discovery_address !== void 0) {
      let data11 = data.discovery_address;
      if (typeof data11 !== "string" && data11 !== null) {
        const err13 = { instancePath: instancePath + "/discovery_address", schemaPath: "#/properties/discovery_address/type", keyword: "type", params: { type: schema18.properties.discovery_address.type }, message: "must be string,null", schema: schema18.properties.discovery_address.type, parentSchema: schema18.properties.discovery_address, data: data11 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.discoveryRefreshDelay !== void 0) {
      let data12 = data.discoveryRefreshDelay;
      if (typeof data12 !== "string" && data12 !== null) {
        const err14 = { instancePath: instancePath + "/discoveryRefreshDelay", schemaPath: "#/properties/discoveryRefreshDelay/type", keyword: "type", params: { type: schema18.properties.discoveryRefreshDelay.type }, message: "must be string,null", schema: schema18.properties.discoveryRefreshDelay.type, parentSchema: schema18.properties.discoveryRefreshDelay, data: data12 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (typeof data12 === "string") {
        if (!formats4.validate(data12)) {
          const err15 = { instancePath: instancePath + "/discoveryRefreshDelay", schemaPath: "#/properties/discoveryRefreshDelay/format", keyword: "format", params: { format: "go-duration" }, message: 'must match format "go-duration"', schema: "go-duration", parentSchema: schema18.properties.discoveryRefreshDelay, data: data12 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.discovery_refresh_delay !== void 0) {
      let data13 = data.discovery_refresh_delay;
      if (typeof data13 !== "string" && data13 !== null) {
        const err16 = { instancePath: instancePath + "/discovery_refresh_delay", schemaPath: "#/properties/discovery_refresh_delay/type", keyword: "type", params: { type: schema18.properties.discovery_refresh_delay.type }, message: "must be string,null", schema: schema18.properties.discovery_refresh_delay.type, parentSchema: schema18.properties.discovery_refresh_delay, data: data13 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data13 === "string") {
        if (!formats4.validate(data13)) {
          const err17 = { instancePath: instancePath + "/discovery_refresh_delay", schemaPath: "#/properties/discovery_refresh_delay/format", keyword: "format", params: { format: "go-duration" }, message: 'must match format "go-duration"', schema: "go-duration", parentSchema: schema18.properties.discovery_refresh_delay, data: data13 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
    if (data.zipkinAddress !== void 0) {
      let data14 = data.zipkinAddress;
      if (typeof data14 !== "string" && data14 !== null) {
        const err18 = { instancePath: instancePath + "/zipkinAddress", schemaPath: "#/properties/zipkinAddress/type", keyword: "type", params: { type: schema18.properties.zipkinAddress.type }, message: "must be string,null", schema: schema18.properties.zipkinAddress.type, parentSchema: schema18.properties.zipkinAddress, data: data14 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.zipkin_address !== void 0) {
      let data15 = data.zipkin_address;
      if (typeof data15 !== "string" && data15 !== null) {
        const err19 = { instancePath: instancePath + "/zipkin_address", schemaPath: "#/properties/zipkin_address/type", keyword: "type", params: { type: schema18.properties.zipkin_address.type }, message: "must be string,null", schema: schema18.properties.zipkin_address.type, parentSchema: schema18.properties.zipkin_address, data: data15 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.statsdUdpAddress !== void 0) {
      let data16 = data.statsdUdpAddress;
      if (typeof data16 !== "string" && data16 !== null) {
        const err20 = { instancePath: instancePath + "/statsdUdpAddress", schemaPath: "#/properties/statsdUdpAddress/type", keyword: "type", params: { type: schema18.properties.statsdUdpAddress.type }, message: "must be string,null", schema: schema18.properties.statsdUdpAddress.type, parentSchema: schema18.properties.statsdUdpAddress, data: data16 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.statsd_udp_address !== void 0) {
      let data17 = data.statsd_udp_address;
      if (typeof data17 !== "string" && data17 !== null) {
        const err21 = { instancePath: instancePath + "/statsd_udp_address", schemaPath: "#/properties/statsd_udp_address/type", keyword: "type", params: { type: schema18.properties.statsd_udp_address.type }, message: "must be string,null", schema: schema18.properties.statsd_udp_address.type, parentSchema: schema18.properties.statsd_udp_address, data: data17 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.envoyMetricsServiceAddress !== void 0) {
      let data18 = data.envoyMetricsServiceAddress;
      if (typeof data18 !== "string" && data18 !== null) {
        const err22 = { instancePath: instancePath + "/envoyMetricsServiceAddress", schemaPath: "#/properties/envoyMetricsServiceAddress/type", keyword: "type", params: { type: schema18.properties.envoyMetricsServiceAddress.type }, message: "must be string,null", schema: schema18.properties.envoyMetricsServiceAddress.type, parentSchema: schema18.properties.envoyMetricsServiceAddress, data: data18 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.envoy_metrics_service_address !== void 0) {
      let data19 = data.envoy_metrics_service_address;
      if (typeof data19 !== "string" && data19 !== null) {
        const err23 = { instancePath: instancePath + "/envoy_metrics_service_address", schemaPath: "#/properties/envoy_metrics_service_address/type", keyword: "type", params: { type: schema18.properties.envoy_metrics_service_address.type }, message: "must be string,null", schema: schema18.properties.envoy_metrics_service_address.type, parentSchema: schema18.properties.envoy_metrics_service_address, data: data19 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.proxyAdminPort !== void 0) {
      let data20 = data.proxyAdminPort;
      if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20))) && typeof data20 !== "string" && data20 !== null) {
        const err24 = { instancePath: instancePath + "/proxyAdminPort", schemaPath: "#/properties/proxyAdminPort/type", keyword: "type", params: { type: schema18.properties.proxyAdminPort.type }, message: "must be integer,string,null", schema: schema18.properties.proxyAdminPort.type, parentSchema: schema18.properties.proxyAdminPort, data: data20 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      if (typeof data20 === "string") {
        if (!pattern5.test(data20)) {
          const err25 = { instancePath: instancePath + "/proxyAdminPort", schemaPath: "#/properties/proxyAdminPort/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema18.properties.proxyAdminPort, data: data20 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
    }
    if (data.proxy_admin_port !== void 0) {
      let data21 = data.proxy_admin_port;
      if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21))) && typeof data21 !== "string" && data21 !== null) {
        const err26 = { instancePath: instancePath + "/proxy_admin_port", schemaPath: "#/properties/proxy_admin_port/type", keyword: "type", params: { type: schema18.properties.proxy_admin_port.type }, message: "must be integer,string,null", schema: schema18.properties.proxy_admin_port.type, parentSchema: schema18.properties.proxy_admin_port, data: data21 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      if (typeof data21 === "string") {
        if (!pattern5.test(data21)) {
          const err27 = { instancePath: instancePath + "/proxy_admin_port", schemaPath: "#/properties/proxy_admin_port/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema18.properties.proxy_admin_port, data: data21 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
    }
    if (data.availabilityZone !== void 0) {
      let data22 = data.availabilityZone;
      if (typeof data22 !== "string" && data22 !== null) {
        const err28 = { instancePath: instancePath + "/availabilityZone", schemaPath: "#/properties/availabilityZone/type", keyword: "type", params: { type: schema18.properties.availabilityZone.type }, message: "must be string,null", schema: schema18.properties.availabilityZone.type, parentSchema: schema18.properties.availabilityZone, data: data22 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.availability_zone !== void 0) {
      let data23 = data.availability_zone;
      if (typeof data23 !== "string" && data23 !== null) {
        const err29 = { instancePath: instancePath + "/availability_zone", schemaPath: "#/properties/availability_zone/type", keyword: "type", params: { type: schema18.properties.availability_zone.type }, message: "must be string,null", schema: schema18.properties.availability_zone.type, parentSchema: schema18.properties.availability_zone, data: data23 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.controlPlaneAuthPolicy !== void 0) {
      let data24 = data.controlPlaneAuthPolicy;
      if (!(data24 === "NONE" || data24 === "MUTUAL_TLS" || data24 === "INHERIT" || data24 === 0 || data24 === 1 || data24 === 2 || data24 === null)) {
        const err30 = { instancePath: instancePath + "/controlPlaneAuthPolicy", schemaPath: "#/properties/controlPlaneAuthPolicy/enum", keyword: "enum", params: { allowedValues: schema18.properties.controlPlaneAuthPolicy.enum }, message: "must be equal to one of the allowed values", schema: schema18.properties.controlPlaneAuthPolicy.enum, parentSchema: schema18.properties.controlPlaneAuthPolicy, data: data24 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.control_plane_auth_policy !== void 0) {
      let data25 = data.control_plane_auth_policy;
      if (!(data25 === "NONE" || data25 === "MUTUAL_TLS" || data25 === "INHERIT" || data25 === 0 || data25 === 1 || data25 === 2 || data25 === null)) {
        const err31 = { instancePath: instancePath + "/control_plane_auth_policy", schemaPath: "#/properties/control_plane_auth_policy/enum", keyword: "enum", params: { allowedValues: schema18.properties.control_plane_auth_policy.enum }, message: "must be equal to one of the allowed values", schema: schema18.properties.control_plane_auth_policy.enum, parentSchema: schema18.properties.control_plane_auth_policy, data: data25 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.customConfigFile !== void 0) {
      let data26 = data.customConfigFile;
      if (typeof data26 !== "string" && data26 !== null) {
        const err32 = { instancePath: instancePath + "/customConfigFile", schemaPath: "#/properties/customConfigFile/type", keyword: "type", params: { type: schema18.properties.customConfigFile.type }, message: "must be string,null", schema: schema18.properties.customConfigFile.type, parentSchema: schema18.properties.customConfigFile, data: data26 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.custom_config_file !== void 0) {
      let data27 = data.custom_config_file;
      if (typeof data27 !== "string" && data27 !== null) {
        const err33 = { instancePath: instancePath + "/custom_config_file", schemaPath: "#/properties/custom_config_file/type", keyword: "type", params: { type: schema18.properties.custom_config_file.type }, message: "must be string,null", schema: schema18.properties.custom_config_file.type, parentSchema: schema18.properties.custom_config_file, data: data27 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.statNameLength !== void 0) {
      let data28 = data.statNameLength;
      if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28))) && typeof data28 !== "string" && data28 !== null) {
        const err34 = { instancePath: instancePath + "/statNameLength", schemaPath: "#/properties/statNameLength/type", keyword: "type", params: { type: schema18.properties.statNameLength.type }, message: "must be integer,string,null", schema: schema18.properties.statNameLength.type, parentSchema: schema18.properties.statNameLength, data: data28 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      if (typeof data28 === "string") {
        if (!pattern5.test(data28)) {
          const err35 = { instancePath: instancePath + "/statNameLength", schemaPath: "#/properties/statNameLength/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema18.properties.statNameLength, data: data28 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      }
    }
    if (data.stat_name_length !== void 0) {
      let data29 = data.stat_name_length;
      if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29))) && typeof data29 !== "string" && data29 !== null) {
        const err36 = { instancePath: instancePath + "/stat_name_length", schemaPath: "#/properties/stat_name_length/type", keyword: "type", params: { type: schema18.properties.stat_name_length.type }, message: "must be integer,string,null", schema: schema18.properties.stat_name_length.type, parentSchema: schema18.properties.stat_name_length, data: data29 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
      if (typeof data29 === "string") {
        if (!pattern5.test(data29)) {
          const err37 = { instancePath: instancePath + "/stat_name_length", schemaPath: "#/properties/stat_name_length/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema18.properties.stat_name_length, data: data29 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      }
    }
    if (data.concurrency !== void 0) {
      let data30 = data.concurrency;
      if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30))) && typeof data30 !== "string" && data30 !== null) {
        const err38 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/type", keyword: "type", params: { type: schema18.properties.concurrency.type }, message: "must be integer,string,null", schema: schema18.properties.concurrency.type, parentSchema: schema18.properties.concurrency, data: data30 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
      if (typeof data30 === "string") {
        if (!pattern5.test(data30)) {
          const err39 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema18.properties.concurrency, data: data30 };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      }
    }
    if (data.proxyBootstrapTemplatePath !== void 0) {
      let data31 = data.proxyBootstrapTemplatePath;
      if (typeof data31 !== "string" && data31 !== null) {
        const err40 = { instancePath: instancePath + "/proxyBootstrapTemplatePath", schemaPath: "#/properties/proxyBootstrapTemplatePath/type", keyword: "type", params: { type: schema18.properties.proxyBootstrapTemplatePath.type }, message: "must be string,null", schema: schema18.properties.proxyBootstrapTemplatePath.type, parentSchema: schema18.properties.proxyBootstrapTemplatePath, data: data31 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.proxy_bootstrap_template_path !== void 0) {
      let data32 = data.proxy_bootstrap_template_path;
      if (typeof data32 !== "string" && data32 !== null) {
        const err41 = { instancePath: instancePath + "/proxy_bootstrap_template_path", schemaPath: "#/properties/proxy_bootstrap_template_path/type", keyword: "type", params: { type: schema18.properties.proxy_bootstrap_template_path.type }, message: "must be string,null", schema: schema18.properties.proxy_bootstrap_template_path.type, parentSchema: schema18.properties.proxy_bootstrap_template_path, data: data32 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.interceptionMode !== void 0) {
      let data33 = data.interceptionMode;
      if (!(data33 === "REDIRECT" || data33 === "TPROXY" || data33 === "NONE" || data33 === 0 || data33 === 1 || data33 === 2 || data33 === null)) {
        const err42 = { instancePath: instancePath + "/interceptionMode", schemaPath: "#/properties/interceptionMode/enum", keyword: "enum", params: { allowedValues: schema18.properties.interceptionMode.enum }, message: "must be equal to one of the allowed values", schema: schema18.properties.interceptionMode.enum, parentSchema: schema18.properties.interceptionMode, data: data33 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.interception_mode !== void 0) {
      let data34 = data.interception_mode;
      if (!(data34 === "REDIRECT" || data34 === "TPROXY" || data34 === "NONE" || data34 === 0 || data34 === 1 || data34 === 2 || data34 === null)) {
        const err43 = { instancePath: instancePath + "/interception_mode", schemaPath: "#/properties/interception_mode/enum", keyword: "enum", params: { allowedValues: schema18.properties.interception_mode.enum }, message: "must be equal to one of the allowed values", schema: schema18.properties.interception_mode.enum, parentSchema: schema18.properties.interception_mode, data: data34 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.tracing !== void 0) {
      let data35 = data.tracing;
      if (!(data35 && typeof data35 == "object" && !Array.isArray(data35)) && data35 !== null) {
        const err44 = { instancePath: instancePath + "/tracing", schemaPath: "#/properties/tracing/type", keyword: "type", params: { type: schema18.properties.tracing.type }, message: "must be object,null", schema: schema18.properties.tracing.type, parentSchema: schema18.properties.tracing, data: data35 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.sds !== void 0) {
      let data36 = data.sds;
      if (!(data36 && typeof data36 == "object" && !Array.isArray(data36)) && data36 !== null) {
        const err45 = { instancePath: instancePath + "/sds", schemaPath: "#/properties/sds/type", keyword: "type", params: { type: schema18.properties.sds.type }, message: "must be object,null", schema: schema18.properties.sds.type, parentSchema: schema18.properties.sds, data: data36 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.envoyAccessLogService !== void 0) {
      let data37 = data.envoyAccessLogService;
      if (!(data37 && typeof data37 == "object" && !Array.isArray(data37)) && data37 !== null) {
        const err46 = { instancePath: instancePath + "/envoyAccessLogService", schemaPath: "#/properties/envoyAccessLogService/type", keyword: "type", params: { type: schema18.properties.envoyAccessLogService.type }, message: "must be object,null", schema: schema18.properties.envoyAccessLogService.type, parentSchema: schema18.properties.envoyAccessLogService, data: data37 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.envoy_access_log_service !== void 0) {
      let data38 = data.envoy_access_log_service;
      if (!(data38 && typeof data38 == "object" && !Array.isArray(data38)) && data38 !== null) {
        const err47 = { instancePath: instancePath + "/envoy_access_log_service", schemaPath: "#/properties/envoy_access_log_service/type", keyword: "type", params: { type: schema18.properties.envoy_access_log_service.type }, message: "must be object,null", schema: schema18.properties.envoy_access_log_service.type, parentSchema: schema18.properties.envoy_access_log_service, data: data38 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.envoyMetricsService !== void 0) {
      let data39 = data.envoyMetricsService;
      if (!(data39 && typeof data39 == "object" && !Array.isArray(data39)) && data39 !== null) {
        const err48 = { instancePath: instancePath + "/envoyMetricsService", schemaPath: "#/properties/envoyMetricsService/type", keyword: "type", params: { type: schema18.properties.envoyMetricsService.type }, message: "must be object,null", schema: schema18.properties.envoyMetricsService.type, parentSchema: schema18.properties.envoyMetricsService, data: data39 };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.envoy_metrics_service !== void 0) {
      let data40 = data.envoy_metrics_service;
      if (!(data40 && typeof data40 == "object" && !Array.isArray(data40)) && data40 !== null) {
        const err49 = { instancePath: instancePath + "/envoy_metrics_service", schemaPath: "#/properties/envoy_metrics_service/type", keyword: "type", params: { type: schema18.properties.envoy_metrics_service.type }, message: "must be object,null", schema: schema18.properties.envoy_metrics_service.type, parentSchema: schema18.properties.envoy_metrics_service, data: data40 };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.proxyMetadata !== void 0) {
      let data41 = data.proxyMetadata;
      if (!(data41 && typeof data41 == "object" && !Array.isArray(data41)) && data41 !== null) {
        const err50 = { instancePath: instancePath + "/proxyMetadata", schemaPath: "#/properties/proxyMetadata/type", keyword: "type", params: { type: schema18.properties.proxyMetadata.type }, message: "must be object,null", schema: schema18.properties.proxyMetadata.type, parentSchema: schema18.properties.proxyMetadata, data: data41 };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
      if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
        for (const key0 in data41) {
          let data42 = data41[key0];
          if (typeof data42 !== "string" && data42 !== null) {
            const err51 = { instancePath: instancePath + "/proxyMetadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/proxyMetadata/additionalProperties/type", keyword: "type", params: { type: schema18.properties.proxyMetadata.additionalProperties.type }, message: "must be string,null", schema: schema18.properties.proxyMetadata.additionalProperties.type, parentSchema: schema18.properties.proxyMetadata.additionalProperties, data: data42 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      }
    }
    if (data.proxy_metadata !== void 0) {
      let data43 = data.proxy_metadata;
      if (!(data43 && typeof data43 == "object" && !Array.isArray(data43)) && data43 !== null) {
        const err52 = { instancePath: instancePath + "/proxy_metadata", schemaPath: "#/properties/proxy_metadata/type", keyword: "type", params: { type: schema18.properties.proxy_metadata.type }, message: "must be object,null", schema: schema18.properties.proxy_metadata.type, parentSchema: schema18.properties.proxy_metadata, data: data43 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
      if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
        for (const key1 in data43) {
          let data44 = data43[key1];
          if (typeof data44 !== "string" && data44 !== null) {
            const err53 = { instancePath: instancePath + "/proxy_metadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/proxy_metadata/additionalProperties/type", keyword: "type", params: { type: schema18.properties.proxy_metadata.additionalProperties.type }, message: "must be string,null", schema: schema18.properties.proxy_metadata.additionalProperties.type, parentSchema: schema18.properties.proxy_metadata.additionalProperties, data: data44 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      }
    }
    if (data.runtimeValues !== void 0) {
      let data45 = data.runtimeValues;
      if (!(data45 && typeof data45 == "object" && !Array.isArray(data45)) && data45 !== null) {
        const err54 = { instancePath: instancePath + "/runtimeValues", schemaPath: "#/properties/runtimeValues/type", keyword: "type", params: { type: schema18.properties.runtimeValues.type }, message: "must be object,null", schema: schema18.properties.runtimeValues.type, parentSchema: schema18.properties.runtimeValues, data: data45 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
      if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
        for (const key2 in data45) {
          let data46 = data45[key2];
          if (typeof data46 !== "string" && data46 !== null) {
            const err55 = { instancePath: instancePath + "/runtimeValues/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/runtimeValues/additionalProperties/type", keyword: "type", params: { type: schema18.properties.runtimeValues.additionalProperties.type }, message: "must be string,null", schema: schema18.properties.runtimeValues.additionalProperties.type, parentSchema: schema18.properties.runtimeValues.additionalProperties, data: data46 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
      }
    }
    if (data.runtime_values !== void 0) {
      let data47 = data.runtime_values;
      if (!(data47 && typeof data47 == "object" && !Array.isArray(data47)) && data47 !== null) {
        const err56 = { instancePath: instancePath + "/runtime_values", schemaPath: "#/properties/runtime_values/type", keyword: "type", params: { type: schema18.properties.runtime_values.type }, message: "must be object,null", schema: schema18.properties.runtime_values.type, parentSchema: schema18.properties.runtime_values, data: data47 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
      if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
        for (const key3 in data47) {
          let data48 = data47[key3];
          if (typeof data48 !== "string" && data48 !== null) {
            const err57 = { instancePath: instancePath + "/runtime_values/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/runtime_values/additionalProperties/type", keyword: "type", params: { type: schema18.properties.runtime_values.additionalProperties.type }, message: "must be string,null", schema: schema18.properties.runtime_values.additionalProperties.type, parentSchema: schema18.properties.runtime_values.additionalProperties, data: data48 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
      }
    }
    if (data.statusPort !== void 0) {
      let data49 = data.statusPort;
      if (!(typeof data49 == "number" && (!(data49 % 1) && !isNaN(data49))) && typeof data49 !== "string" && data49 !== null) {
        const err58 = { instancePath: instancePath + "/statusPort", schemaPath: "#/properties/statusPort/type", keyword: "type", params: { type: schema18.properties.statusPort.type }, message: "must be integer,string,null", schema: schema18.properties.statusPort.type, parentSchema: schema18.properties.statusPort, data: data49 };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
      if (typeof data49 === "string") {
        if (!pattern5.test(data49)) {
          const err59 = { instancePath: instancePath + "/statusPort", schemaPath: "#/properties/statusPort/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema18.properties.statusPort, data: data49 };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
      }
    }
    if (data.status_port !== void 0) {
      let data50 = data.status_port;
      if (!(typeof data50 == "number" && (!(data50 % 1) && !isNaN(data50))) && typeof data50 !== "string" && data50 !== null) {
        const err60 = { instancePath: instancePath + "/status_port", schemaPath: "#/properties/status_port/type", keyword: "type", params: { type: schema18.properties.status_port.type }, message: "must be integer,string,null", schema: schema18.properties.status_port.type, parentSchema: schema18.properties.status_port, data: data50 };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
      if (typeof data50 === "string") {
        if (!pattern5.test(data50)) {
          const err61 = { instancePath: instancePath + "/status_port", schemaPath: "#/properties/status_port/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema18.properties.status_port, data: data50 };
          if (vErrors === null) {
            vErrors = [err61];
          } else {
            vErrors.push(err61);
          }
          errors++;
        }
      }
    }
    if (data.extraStatTags !== void 0) {
      let data51 = data.extraStatTags;
      if (!Array.isArray(data51) && data51 !== null) {
        const err62 = { instancePath: instancePath + "/extraStatTags", schemaPath: "#/properties/extraStatTags/type", keyword: "type", params: { type: schema18.properties.extraStatTags.type }, message: "must be array,null", schema: schema18.properties.extraStatTags.type, parentSchema: schema18.properties.extraStatTags, data: data51 };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
    if (data.extra_stat_tags !== void 0) {
      let data52 = data.extra_stat_tags;
      if (!Array.isArray(data52) && data52 !== null) {
        const err63 = { instancePath: instancePath + "/extra_stat_tags", schemaPath: "#/properties/extra_stat_tags/type", keyword: "type", params: { type: schema18.properties.extra_stat_tags.type }, message: "must be array,null", schema: schema18.properties.extra_stat_tags.type, parentSchema: schema18.properties.extra_stat_tags, data: data52 };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data.gatewayTopology !== void 0) {
      let data53 = data.gatewayTopology;
      if (!(data53 && typeof data53 == "object" && !Array.isArray(data53)) && data53 !== null) {
        const err64 = { instancePath: instancePath + "/gatewayTopology", schemaPath: "#/properties/gatewayTopology/type", keyword: "type", params: { type: schema18.properties.gatewayTopology.type }, message: "must be object,null", schema: schema18.properties.gatewayTopology.type, parentSchema: schema18.properties.gatewayTopology, data: data53 };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
    if (data.gateway_topology !== void 0) {
      let data54 = data.gateway_topology;
      if (!(data54 && typeof data54 == "object" && !Array.isArray(data54)) && data54 !== null) {
        const err65 = { instancePath: instancePath + "/gateway_topology", schemaPath: "#/properties/gateway_topology/type", keyword: "type", params: { type: schema18.properties.gateway_topology.type }, message: "must be object,null", schema: schema18.properties.gateway_topology.type, parentSchema: schema18.properties.gateway_topology, data: data54 };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.terminationDrainDuration !== void 0) {
      let data55 = data.terminationDrainDuration;
      if (typeof data55 !== "string" && data55 !== null) {
        const err66 = { instancePath: instancePath + "/terminationDrainDuration", schemaPath: "#/properties/terminationDrainDuration/type", keyword: "type", params: { type: schema18.properties.terminationDrainDuration.type }, message: "must be string,null", schema: schema18.properties.terminationDrainDuration.type, parentSchema: schema18.properties.terminationDrainDuration, data: data55 };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
      if (typeof data55 === "string") {
        if (!formats4.validate(data55)) {
          const err67 = { instancePath: instancePath + "/terminationDrainDuration", schemaPath: "#/properties/terminationDrainDuration/format", keyword: "format", params: { format: "go-duration" }, message: 'must match format "go-duration"', schema: "go-duration", parentSchema: schema18.properties.terminationDrainDuration, data: data55 };
          if (vErrors === null) {
            vErrors = [err67];
          } else {
            vErrors.push(err67);
          }
          errors++;
        }
      }
    }
    if (data.termination_drain_duration !== void 0) {
      let data56 = data.termination_drain_duration;
      if (typeof data56 !== "string" && data56 !== null) {
        const err68 = { instancePath: instancePath + "/termination_drain_duration", schemaPath: "#/properties/termination_drain_duration/type", keyword: "type", params: { type: schema18.properties.termination_drain_duration.type }, message: "must be string,null", schema: schema18.properties.termination_drain_duration.type, parentSchema: schema18.properties.termination_drain_duration, data: data56 };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
      if (typeof data56 === "string") {
        if (!formats4.validate(data56)) {
          const err69 = { instancePath: instancePath + "/termination_drain_duration", schemaPath: "#/properties/termination_drain_duration/format", keyword: "format", params: { format: "go-duration" }, message: 'must match format "go-duration"', schema: "go-duration", parentSchema: schema18.properties.termination_drain_duration, data: data56 };
          if (vErrors === null) {
            vErrors = [err69];
          } else {
            vErrors.push(err69);
          }
          errors++;
        }
      }
    }
    if (data.meshId !== void 0) {
      let data57 = data.meshId;
      if (typeof data57 !== "string" && data57 !== null) {
        const err70 = { instancePath: instancePath + "/meshId", schemaPath: "#/properties/meshId/type", keyword: "type", params: { type: schema18.properties.meshId.type }, message: "must be string,null", schema: schema18.properties.meshId.type, parentSchema: schema18.properties.meshId, data: data57 };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
    if (data.mesh_id !== void 0) {
      let data58 = data.mesh_id;
      if (typeof data58 !== "string" && data58 !== null) {
        const err71 = { instancePath: instancePath + "/mesh_id", schemaPath: "#/properties/mesh_id/type", keyword: "type", params: { type: schema18.properties.mesh_id.type }, message: "must be string,null", schema: schema18.properties.mesh_id.type, parentSchema: schema18.properties.mesh_id, data: data58 };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data.readinessProbe !== void 0) {
      let data59 = data.readinessProbe;
      if (!(data59 && typeof data59 == "object" && !Array.isArray(data59)) && data59 !== null) {
        const err72 = { instancePath: instancePath + "/readinessProbe", schemaPath: "#/properties/readinessProbe/type", keyword: "type", params: { type: schema18.properties.readinessProbe.type }, message: "must be object,null", schema: schema18.properties.readinessProbe.type, parentSchema: schema18.properties.readinessProbe, data: data59 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.readiness_probe !== void 0) {
      let data60 = data.readiness_probe;
      if (!(data60 && typeof data60 == "object" && !Array.isArray(data60)) && data60 !== null) {
        const err73 = { instancePath: instancePath + "/readiness_probe", schemaPath: "#/properties/readiness_probe/type", keyword: "type", params: { type: schema18.properties.readiness_probe.type }, message: "must be object,null", schema: schema18.properties.readiness_probe.type, parentSchema: schema18.properties.readiness_probe, data: data60 };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (data.proxyStatsMatcher !== void 0) {
      let data61 = data.proxyStatsMatcher;
      if (!(data61 && typeof data61 == "object" && !Array.isArray(data61)) && data61 !== null) {
        const err74 = { instancePath: instancePath + "/proxyStatsMatcher", schemaPath: "#/properties/proxyStatsMatcher/type", keyword: "type", params: { type: schema18.properties.proxyStatsMatcher.type }, message: "must be object,null", schema: schema18.properties.proxyStatsMatcher.type, parentSchema: schema18.properties.proxyStatsMatcher, data: data61 };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
    if (data.proxy_stats_matcher !== void 0) {
      let data62 = data.proxy_stats_matcher;
      if (!(data62 && typeof data62 == "object" && !Array.isArray(data62)) && data62 !== null) {
        const err75 = { instancePath: instancePath + "/proxy_stats_matcher", schemaPath: "#/properties/proxy_stats_matcher/type", keyword: "type", params: { type: schema18.properties.proxy_stats_matcher.type }, message: "must be object,null", schema: schema18.properties.proxy_stats_matcher.type, parentSchema: schema18.properties.proxy_stats_matcher, data: data62 };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
    }
    if (data.holdApplicationUntilProxyStarts !== void 0) {
      let data63 = data.holdApplicationUntilProxyStarts;
      if (typeof data63 !== "boolean" && data63 !== null) {
        const err76 = { instancePath: instancePath + "/holdApplicationUntilProxyStarts", schemaPath: "#/properties/holdApplicationUntilProxyStarts/type", keyword: "type", params: { type: schema18.properties.holdApplicationUntilProxyStarts.type }, message: "must be boolean,null", schema: schema18.properties.holdApplicationUntilProxyStarts.type, parentSchema: schema18.properties.holdApplicationUntilProxyStarts, data: data63 };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
    }
    if (data.hold_application_until_proxy_starts !== void 0) {
      let data64 = data.hold_application_until_proxy_starts;
      if (typeof data64 !== "boolean" && data64 !== null) {
        const err77 = { instancePath: instancePath + "/hold_application_until_proxy_starts", schemaPath: "#/properties/hold_application_until_proxy_starts/type", keyword: "type", params: { type: schema18.properties.hold_application_until_proxy_starts.type }, message: "must be boolean,null", schema: schema18.properties.hold_application_until_proxy_starts.type, parentSchema: schema18.properties.hold_application_until_proxy_starts, data: data64 };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
    if (data.caCertificatesPem !== void 0) {
      let data65 = data.caCertificatesPem;
      if (!Array.isArray(data65) && data65 !== null) {
        const err78 = { instancePath: instancePath + "/caCertificatesPem", schemaPath: "#/properties/caCertificatesPem/type", keyword: "type", params: { type: schema18.properties.caCertificatesPem.type }, message: "must be array,null", schema: schema18.properties.caCertificatesPem.type, parentSchema: schema18.properties.caCertificatesPem, data: data65 };
        if (vErrors === null) {
          vErrors = [err78];
        } else {
          vErrors.push(err78);
        }
        errors++;
      }
    }
    if (data.ca_certificates_pem !== void 0) {
      let data66 = data.ca_certificates_pem;
      if (!Array.isArray(data66) && data66 !== null) {
        const err79 = { instancePath: instancePath + "/ca_certificates_pem", schemaPath: "#/properties/ca_certificates_pem/type", keyword: "type", params: { type: schema18.properties.ca_certificates_pem.type }, message: "must be array,null", schema: schema18.properties.ca_certificates_pem.type, parentSchema: schema18.properties.ca_certificates_pem, data: data66 };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
    }
    if (data.image !== void 0) {
      let data67 = data.image;
      if (!(data67 && typeof data67 == "object" && !Array.isArray(data67)) && data67 !== null) {
        const err80 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: schema18.properties.image.type }, message: "must be object,null", schema: schema18.properties.image.type, parentSchema: schema18.properties.image, data: data67 };
        if (vErrors === null) {
          vErrors = [err80];
        } else {
          vErrors.push(err80);
        }
        errors++;
      }
    }
    if (data.privateKeyProvider !== void 0) {
      let data68 = data.privateKeyProvider;
      if (!(data68 && typeof data68 == "object" && !Array.isArray(data68)) && data68 !== null) {
        const err81 = { instancePath: instancePath + "/privateKeyProvider", schemaPath: "#/properties/privateKeyProvider/type", keyword: "type", params: { type: schema18.properties.privateKeyProvider.type }, message: "must be object,null", schema: schema18.properties.privateKeyProvider.type, parentSchema: schema18.properties.privateKeyProvider, data: data68 };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
    }
    if (data.private_key_provider !== void 0) {
      let data69 = data.private_key_provider;
      if (!(data69 && typeof data69 == "object" && !Array.isArray(data69)) && data69 !== null) {
        const err82 = { instancePath: instancePath + "/private_key_provider", schemaPath: "#/properties/private_key_provider/type", keyword: "type", params: { type: schema18.properties.private_key_provider.type }, message: "must be object,null", schema: schema18.properties.private_key_provider.type, parentSchema: schema18.properties.private_key_provider, data: data69 };
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      }
    }
    if (data.proxyHeaders !== void 0) {
      let data70 = data.proxyHeaders;
      if (!(data70 && typeof data70 == "object" && !Array.isArray(data70)) && data70 !== null) {
        const err83 = { instancePath: instancePath + "/proxyHeaders", schemaPath: "#/properties/proxyHeaders/type", keyword: "type", params: { type: schema18.properties.proxyHeaders.type }, message: "must be object,null", schema: schema18.properties.proxyHeaders.type, parentSchema: schema18.properties.proxyHeaders, data: data70 };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
    if (data.proxy_headers !== void 0) {
      let data71 = data.proxy_headers;
      if (!(data71 && typeof data71 == "object" && !Array.isArray(data71)) && data71 !== null) {
        const err84 = { instancePath: instancePath + "/proxy_headers", schemaPath: "#/properties/proxy_headers/type", keyword: "type", params: { type: schema18.properties.proxy_headers.type }, message: "must be object,null", schema: schema18.properties.proxy_headers.type, parentSchema: schema18.properties.proxy_headers, data: data71 };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
    }
    if (data.fileFlushInterval !== void 0) {
      let data72 = data.fileFlushInterval;
      if (typeof data72 !== "string" && data72 !== null) {
        const err85 = { instancePath: instancePath + "/fileFlushInterval", schemaPath: "#/properties/fileFlushInterval/type", keyword: "type", params: { type: schema18.properties.fileFlushInterval.type }, message: "must be string,null", schema: schema18.properties.fileFlushInterval.type, parentSchema: schema18.properties.fileFlushInterval, data: data72 };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
      if (typeof data72 === "string") {
        if (!formats4.validate(data72)) {
          const err86 = { instancePath: instancePath + "/fileFlushInterval", schemaPath: "#/properties/fileFlushInterval/format", keyword: "format", params: { format: "go-duration" }, message: 'must match format "go-duration"', schema: "go-duration", parentSchema: schema18.properties.fileFlushInterval, data: data72 };
          if (vErrors === null) {
            vErrors = [err86];
          } else {
            vErrors.push(err86);
          }
          errors++;
        }
      }
    }
    if (data.file_flush_interval !== void 0) {
      let data73 = data.file_flush_interval;
      if (typeof data73 !== "string" && data73 !== null) {
        const err87 = { instancePath: instancePath + "/file_flush_interval", schemaPath: "#/properties/file_flush_interval/type", keyword: "type", params: { type: schema18.properties.file_flush_interval.type }, message: "must be string,null", schema: schema18.properties.file_flush_interval.type, parentSchema: schema18.properties.file_flush_interval, data: data73 };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
      if (typeof data73 === "string") {
        if (!formats4.validate(data73)) {
          const err88 = { instancePath: instancePath + "/file_flush_interval", schemaPath: "#/properties/file_flush_interval/format", keyword: "format", params: { format: "go-duration" }, message: 'must match format "go-duration"', schema: "go-duration", parentSchema: schema18.properties.file_flush_interval, data: data73 };
          if (vErrors === null) {
            vErrors = [err88];
          } else {
            vErrors.push(err88);
          }
          errors++;
        }
      }
    }
    if (data.fileFlushMinSizeKb !== void 0) {
      let data74 = data.fileFlushMinSizeKb;
      if (!(typeof data74 == "number" && (!(data74 % 1) && !isNaN(data74))) && typeof data74 !== "string" && data74 !== null) {
        const err89 = { instancePath: instancePath + "/fileFlushMinSizeKb", schemaPath: "#/properties/fileFlushMinSizeKb/type", keyword: "type", params: { type: schema18.properties.fileFlushMinSizeKb.type }, message: "must be integer,string,null", schema: schema18.properties.fileFlushMinSizeKb.type, parentSchema: schema18.properties.fileFlushMinSizeKb, data: data74 };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
        errors++;
      }
      if (typeof data74 === "string") {
        if (!pattern5.test(data74)) {
          const err90 = { instancePath: instancePath + "/fileFlushMinSizeKb", schemaPath: "#/properties/fileFlushMinSizeKb/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema18.properties.fileFlushMinSizeKb, data: data74 };
          if (vErrors === null) {
            vErrors = [err90];
          } else {
            vErrors.push(err90);
          }
          errors++;
        }
      }
    }
    if (data.file_flush_min_size_kb !== void 0) {
      let data75 = data.file_flush_min_size_kb;
      if (!(typeof data75 == "number" && (!(data75 % 1) && !isNaN(data75))) && typeof data75 !== "string" && data75 !== null) {
        const err91 = { instancePath: instancePath + "/file_flush_min_size_kb", schemaPath: "#/properties/file_flush_min_size_kb/type", keyword: "type", params: { type: schema18.properties.file_flush_min_size_kb.type }, message: "must be integer,string,null", schema: schema18.properties.file_flush_min_size_kb.type, parentSchema: schema18.properties.file_flush_min_size_kb, data: data75 };
        if (vErrors === null) {
          vErrors = [err91];
        } else {
          vErrors.push(err91);
        }
        errors++;
      }
      if (typeof data75 === "string") {
        if (!pattern5.test(data75)) {
          const err92 = { instancePath: instancePath + "/file_flush_min_size_kb", schemaPath: "#/properties/file_flush_min_size_kb/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema18.properties.file_flush_min_size_kb, data: data75 };
          if (vErrors === null) {
            vErrors = [err92];
          } else {
            vErrors.push(err92);
          }
          errors++;
        }
      }
    }
    if (data.statsCompression !== void 0) {
      let data76 = data.statsCompression;
      if (typeof data76 !== "boolean" && data76 !== null) {
        const err93 = { instancePath: instancePath + "/statsCompression", schemaPath: "#/properties/statsCompression/type", keyword: "type", params: { type: schema18.properties.statsCompression.type }, message: "must be boolean,null", schema: schema18.properties.statsCompression.type, parentSchema: schema18.properties.statsCompression, data: data76 };
        if (vErrors === null) {
          vErrors = [err93];
        } else {
          vErrors.push(err93);
        }
        errors++;
      }
    }
    if (data.stats_compression !== void 0) {
      let data77 = data.stats_compression;
      if (typeof data77 !== "boolean" && data77 !== null) {
        const err94 = { instancePath: instancePath + "/stats_compression", schemaPath: "#/properties/stats_compression/type", keyword: "type", params: { type: schema18.properties.stats_compression.type }, message: "must be boolean,null", schema: schema18.properties.stats_compression.type, parentSchema: schema18.properties.stats_compression, data: data77 };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
    if (data.connectionSettings !== void 0) {
      let data78 = data.connectionSettings;
      if (!(data78 && typeof data78 == "object" && !Array.isArray(data78)) && data78 !== null) {
        const err95 = { instancePath: instancePath + "/connectionSettings", schemaPath: "#/properties/connectionSettings/type", keyword: "type", params: { type: schema18.properties.connectionSettings.type }, message: "must be object,null", schema: schema18.properties.connectionSettings.type, parentSchema: schema18.properties.connectionSettings, data: data78 };
        if (vErrors === null) {
          vErrors = [err95];
        } else {
          vErrors.push(err95);
        }
        errors++;
      }
    }
    if (data.connection_settings !== void 0) {
      let data79 = data.connection_settings;
      if (!(data79 && typeof data79 == "object" && !Array.isArray(data79)) && data79 !== null) {
        const err96 = { instancePath: instancePath + "/connection_settings", schemaPath: "#/properties/connection_settings/type", keyword: "type", params: { type: schema18.properties.connection_settings.type }, message: "must be object,null", schema: schema18.properties.connection_settings.type, parentSchema: schema18.properties.connection_settings, data: data79 };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      }
    }
  } else {
    const err97 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data };
    if (vErrors === null) {
      vErrors = [err97];
    } else {
      vErrors.push(err97);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var validateMeshConfig = validate15;
var schema19 = { "type": "object", "properties": { "proxyListenPort": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "proxy_listen_port": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "proxyInboundListenPort": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "proxy_inbound_listen_port": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "proxyHttpPort": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "proxy_http_port": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "connectTimeout": { "type": ["string", "null"], "format": "go-duration" }, "connect_timeout": { "type": ["string", "null"], "format": "go-duration" }, "hboneIdleTimeout": { "type": ["string", "null"], "format": "go-duration" }, "hbone_idle_timeout": { "type": ["string", "null"], "format": "go-duration" }, "protocolDetectionTimeout": { "type": ["string", "null"], "format": "go-duration" }, "protocol_detection_timeout": { "type": ["string", "null"], "format": "go-duration" }, "tcpKeepalive": { "type": ["object", "null"] }, "tcp_keepalive": { "type": ["object", "null"] }, "ingressClass": { "type": ["string", "null"] }, "ingress_class": { "type": ["string", "null"] }, "ingressService": { "type": ["string", "null"] }, "ingress_service": { "type": ["string", "null"] }, "ingressControllerMode": { "enum": ["UNSPECIFIED", "OFF", "DEFAULT", "STRICT", 0, 1, 2, 3, null] }, "ingress_controller_mode": { "enum": ["UNSPECIFIED", "OFF", "DEFAULT", "STRICT", 0, 1, 2, 3, null] }, "ingressSelector": { "type": ["string", "null"] }, "ingress_selector": { "type": ["string", "null"] }, "enableTracing": { "type": ["boolean", "null"] }, "enable_tracing": { "type": ["boolean", "null"] }, "accessLogFile": { "type": ["string", "null"] }, "access_log_file": { "type": ["string", "null"] }, "accessLogFormat": { "type": ["string", "null"] }, "access_log_format": { "type": ["string", "null"] }, "accessLogEncoding": { "enum": ["TEXT", "JSON", 0, 1, null] }, "access_log_encoding": { "enum": ["TEXT", "JSON", 0, 1, null] }, "enableEnvoyAccessLogService": { "type": ["boolean", "null"] }, "enable_envoy_access_log_service": { "type": ["boolean", "null"] }, "disableEnvoyListenerLog": { "type": ["boolean", "null"] }, "disable_envoy_listener_log": { "type": ["boolean", "null"] }, "defaultConfig": { "type": "object", "properties": { "configPath": { "type": ["string", "null"] }, "config_path": { "type": ["string", "null"] }, "binaryPath": { "type": ["string", "null"] }, "binary_path": { "type": ["string", "null"] }, "serviceCluster": { "type": ["string", "null"] }, "service_cluster": { "type": ["string", "null"] }, "tracingServiceName": { "enum": ["APP_LABEL_AND_NAMESPACE", "CANONICAL_NAME_ONLY", "CANONICAL_NAME_AND_NAMESPACE", 0, 1, 2, null] }, "tracing_service_name": { "enum": ["APP_LABEL_AND_NAMESPACE", "CANONICAL_NAME_ONLY", "CANONICAL_NAME_AND_NAMESPACE", 0, 1, 2, null] }, "drainDuration": { "type": ["string", "null"], "format": "drain-duration" }, "drain_duration": { "type": ["string", "null"], "format": "drain-duration" }, "discoveryAddress": { "type": ["string", "null"] }, "discovery_address": { "type": ["string", "null"] }, "discoveryRefreshDelay": { "type": ["string", "null"], "format": "go-duration" }, "discovery_refresh_delay": { "type": ["string", "null"], "format": "go-duration" }, "zipkinAddress": { "type": ["string", "null"] }, "zipkin_address": { "type": ["string", "null"] }, "statsdUdpAddress": { "type": ["string", "null"] }, "statsd_udp_address": { "type": ["string", "null"] }, "envoyMetricsServiceAddress": { "type": ["string", "null"] }, "envoy_metrics_service_address": { "type": ["string", "null"] }, "proxyAdminPort": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "proxy_admin_port": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "availabilityZone": { "type": ["string", "null"] }, "availability_zone": { "type": ["string", "null"] }, "controlPlaneAuthPolicy": { "enum": ["NONE", "MUTUAL_TLS", "INHERIT", 0, 1, 2, null] }, "control_plane_auth_policy": { "enum": ["NONE", "MUTUAL_TLS", "INHERIT", 0, 1, 2, null] }, "customConfigFile": { "type": ["string", "null"] }, "custom_config_file": { "type": ["string", "null"] }, "statNameLength": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "stat_name_length": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "concurrency": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "proxyBootstrapTemplatePath": { "type": ["string", "null"] }, "proxy_bootstrap_template_path": { "type": ["string", "null"] }, "interceptionMode": { "enum": ["REDIRECT", "TPROXY", "NONE", 0, 1, 2, null] }, "interception_mode": { "enum": ["REDIRECT", "TPROXY", "NONE", 0, 1, 2, null] }, "tracing": { "type": ["object", "null"] }, "sds": { "type": ["object", "null"] }, "envoyAccessLogService": { "type": ["object", "null"] }, "envoy_access_log_service": { "type": ["object", "null"] }, "envoyMetricsService": { "type": ["object", "null"] }, "envoy_metrics_service": { "type": ["object", "null"] }, "proxyMetadata": { "type": ["object", "null"], "additionalProperties": { "type": ["string", "null"] } }, "proxy_metadata": { "type": ["object", "null"], "additionalProperties": { "type": ["string", "null"] } }, "runtimeValues": { "type": ["object", "null"], "additionalProperties": { "type": ["string", "null"] } }, "runtime_values": { "type": ["object", "null"], "additionalProperties": { "type": ["string", "null"] } }, "statusPort": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "status_port": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "extraStatTags": { "type": ["array", "null"] }, "extra_stat_tags": { "type": ["array", "null"] }, "gatewayTopology": { "type": ["object", "null"] }, "gateway_topology": { "type": ["object", "null"] }, "terminationDrainDuration": { "type": ["string", "null"], "format": "go-duration" }, "termination_drain_duration": { "type": ["string", "null"], "format": "go-duration" }, "meshId": { "type": ["string", "null"] }, "mesh_id": { "type": ["string", "null"] }, "readinessProbe": { "type": ["object", "null"] }, "readiness_probe": { "type": ["object", "null"] }, "proxyStatsMatcher": { "type": ["object", "null"] }, "proxy_stats_matcher": { "type": ["object", "null"] }, "holdApplicationUntilProxyStarts": { "type": ["boolean", "null"] }, "hold_application_until_proxy_starts": { "type": ["boolean", "null"] }, "caCertificatesPem": { "type": ["array", "null"] }, "ca_certificates_pem": { "type": ["array", "null"] }, "image": { "type": ["object", "null"] }, "privateKeyProvider": { "type": ["object", "null"] }, "private_key_provider": { "type": ["object", "null"] }, "proxyHeaders": { "type": ["object", "null"] }, "proxy_headers": { "type": ["object", "null"] }, "fileFlushInterval": { "type": ["string", "null"], "format": "go-duration" }, "file_flush_interval": { "type": ["string", "null"], "format": "go-duration" }, "fileFlushMinSizeKb": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "file_flush_min_size_kb": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "statsCompression": { "type": ["boolean", "null"] }, "stats_compression": { "type": ["boolean", "null"] }, "connectionSettings": { "type": ["object", "null"] }, "connection_settings": { "type": ["object", "null"] } } }, "default_config": { "type": "object", "properties": { "configPath": { "type": ["string", "null"] }, "config_path": { "type": ["string", "null"] }, "binaryPath": { "type": ["string", "null"] }, "binary_path": { "type": ["string", "null"] }, "serviceCluster": { "type": ["string", "null"] }, "service_cluster": { "type": ["string", "null"] }, "tracingServiceName": { "enum": ["APP_LABEL_AND_NAMESPACE", "CANONICAL_NAME_ONLY", "CANONICAL_NAME_AND_NAMESPACE", 0, 1, 2, null] }, "tracing_service_name": { "enum": ["APP_LABEL_AND_NAMESPACE", "CANONICAL_NAME_ONLY", "CANONICAL_NAME_AND_NAMESPACE", 0, 1, 2, null] }, "drainDuration": { "type": ["string", "null"], "format": "drain-duration" }, "drain_duration": { "type": ["string", "null"], "format": "drain-duration" }, "discoveryAddress": { "type": ["string", "null"] }, "discovery_address": { "type": ["string", "null"] }, "discoveryRefreshDelay": { "type": ["string", "null"], "format": "go-duration" }, "discovery_refresh_delay": { "type": ["string", "null"], "format": "go-duration" }, "zipkinAddress": { "type": ["string", "null"] }, "zipkin_address": { "type": ["string", "null"] }, "statsdUdpAddress": { "type": ["string", "null"] }, "statsd_udp_address": { "type": ["string", "null"] }, "envoyMetricsServiceAddress": { "type": ["string", "null"] }, "envoy_metrics_service_address": { "type": ["string", "null"] }, "proxyAdminPort": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "proxy_admin_port": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "availabilityZone": { "type": ["string", "null"] }, "availability_zone": { "type": ["string", "null"] }, "controlPlaneAuthPolicy": { "enum": ["NONE", "MUTUAL_TLS", "INHERIT", 0, 1, 2, null] }, "control_plane_auth_policy": { "enum": ["NONE", "MUTUAL_TLS", "INHERIT", 0, 1, 2, null] }, "customConfigFile": { "type": ["string", "null"] }, "custom_config_file": { "type": ["string", "null"] }, "statNameLength": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "stat_name_length": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "concurrency": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "proxyBootstrapTemplatePath": { "type": ["string", "null"] }, "proxy_bootstrap_template_path": { "type": ["string", "null"] }, "interceptionMode": { "enum": ["REDIRECT", "TPROXY", "NONE", 0, 1, 2, null] }, "interception_mode": { "enum": ["REDIRECT", "TPROXY", "NONE", 0, 1, 2, null] }, "tracing": { "type": ["object", "null"] }, "sds": { "type": ["object", "null"] }, "envoyAccessLogService": { "type": ["object", "null"] }, "envoy_access_log_service": { "type": ["object", "null"] }, "envoyMetricsService": { "type": ["object", "null"] }, "envoy_metrics_service": { "type": ["object", "null"] }, "proxyMetadata": { "type": ["object", "null"], "additionalProperties": { "type": ["string", "null"] } }, "proxy_metadata": { "type": ["object", "null"], "additionalProperties": { "type": ["string", "null"] } }, "runtimeValues": { "type": ["object", "null"], "additionalProperties": { "type": ["string", "null"] } }, "runtime_values": { "type": ["object", "null"], "additionalProperties": { "type": ["string", "null"] } }, "statusPort": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "status_port": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "extraStatTags": { "type": ["array", "null"] }, "extra_stat_tags": { "type": ["array", "null"] }, "gatewayTopology": { "type": ["object", "null"] }, "gateway_topology": { "type": ["object", "null"] }, "terminationDrainDuration": { "type": ["string", "null"], "format": "go-duration" }, "termination_drain_duration": { "type": ["string", "null"], "format": "go-duration" }, "meshId": { "type": ["string", "null"] }, "mesh_id": { "type": ["string", "null"] }, "readinessProbe": { "type": ["object", "null"] }, "readiness_probe": { "type": ["object", "null"] }, "proxyStatsMatcher": { "type": ["object", "null"] }, "proxy_stats_matcher": { "type": ["object", "null"] }, "holdApplicationUntilProxyStarts": { "type": ["boolean", "null"] }, "hold_application_until_proxy_starts": { "type": ["boolean", "null"] }, "caCertificatesPem": { "type": ["array", "null"] }, "ca_certificates_pem": { "type": ["array", "null"] }, "image": { "type": ["object", "null"] }, "privateKeyProvider": { "type": ["object", "null"] }, "private_key_provider": { "type": ["object", "null"] }, "proxyHeaders": { "type": ["object", "null"] }, "proxy_headers": { "type": ["object", "null"] }, "fileFlushInterval": { "type": ["string", "null"], "format": "go-duration" }, "file_flush_interval": { "type": ["string", "null"], "format": "go-duration" }, "fileFlushMinSizeKb": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "file_flush_min_size_kb": { "type": ["integer", "string", "null"], "pattern": "^-?[0-9]+$" }, "statsCompression": { "type": ["boolean", "null"] }, "stats_compression": { "type": ["boolean", "null"] }, "connectionSettings": { "type": ["object", "null"] }, "connection_settings": { "type": ["object", "null"] } } }, "outboundTrafficPolicy": { "type": ["object", "null"] }, "outbound_traffic_policy": { "type": ["object", "null"] }, "inboundTrafficPolicy": { "type": ["object", "null"] }, "inbound_traffic_policy": { "type": ["object", "null"] }, "configSources": { "type": ["array", "null"] }, "config_sources": { "type": ["array", "null"] }, "enableAutoMtls": { "type": ["boolean", "null"] }, "enable_auto_mtls": { "type": ["boolean", "null"] }, "trustDomain": { "type": ["string", "null"] }, "trust_domain": { "type": ["string", "null"] }, "trustDomainAliases": { "type": ["array", "null"] }, "trust_domain_aliases": { "type": ["array", "null"] }, "caCertificates": { "type": ["array", "null"] }, "ca_certificates": { "type": ["array", "null"] }, "defaultServiceExportTo": { "type": ["array", "null"] }, "default_service_export_to": { "type": ["array", "null"] }, "defaultVirtualServiceExportTo": { "type": ["array", "null"] }, "default_virtual_service_export_to": { "type": ["array", "null"] }, "defaultDestinationRuleExportTo": { "type": ["array", "null"] }, "default_destination_rule_export_to": { "type": ["array", "null"] }, "rootNamespace": { "type": ["string", "null"] }, "root_namespace": { "type": ["string", "null"] }, "localityLbSetting": { "type": ["object", "null"] }, "locality_lb_setting": { "type": ["object", "null"] }, "zoneAwareLbSetting": { "type": ["object", "null"] }, "zone_aware_lb_setting": { "type": ["object", "null"] }, "dnsRefreshRate": { "type": ["string", "null"], "format": "go-duration" }, "dns_refresh_rate": { "type": ["string", "null"], "format": "go-duration" }, "h2UpgradePolicy": { "enum": ["DO_NOT_UPGRADE", "UPGRADE", 0, 1, null] }, "h2_upgrade_policy": { "enum": ["DO_NOT_UPGRADE", "UPGRADE", 0, 1, null] }, "inboundClusterStatName": { "type": ["string", "null"] }, "inbound_cluster_stat_name": { "type": ["string", "null"] }, "outboundClusterStatName": { "type": ["string", "null"] }, "outbound_cluster_stat_name": { "type": ["string", "null"] }, "certificates": { "type": ["array", "null"] }, "serviceSettings": { "type": ["array", "null"] }, "service_settings": { "type": ["array", "null"] }, "serviceScopeConfigs": { "type": ["array", "null"] }, "service_scope_configs": { "type": ["array", "null"] }, "enablePrometheusMerge": { "type": ["boolean", "null"] }, "enable_prometheus_merge": { "type": ["boolean", "null"] }, "verifyCertificateAtClient": { "type": ["boolean", "null"] }, "verify_certificate_at_client": { "type": ["boolean", "null"] }, "ca": { "type": ["object", "null"] }, "extensionProviders": { "type": ["array", "null"] }, "extension_providers": { "type": ["array", "null"] }, "defaultProviders": { "type": ["object", "null"] }, "default_providers": { "type": ["object", "null"] }, "discoverySelectors": { "type": ["array", "null"] }, "discovery_selectors": { "type": ["array", "null"] }, "pathNormalization": { "type": ["object", "null"] }, "path_normalization": { "type": ["object", "null"] }, "defaultHttpRetryPolicy": { "type": ["object", "null"] }, "default_http_retry_policy": { "type": ["object", "null"] }, "meshMTLS": { "type": ["object", "null"] }, "mesh_m_t_l_s": { "type": ["object", "null"] }, "tlsDefaults": { "type": ["object", "null"] }, "tls_defaults": { "type": ["object", "null"] }, "defaultTrafficPolicy": { "type": ["object", "null"] }, "default_traffic_policy": { "type": ["object", "null"] }, "serviceEntryVisibility": { "type": ["object", "null"] }, "service_entry_visibility": { "type": ["object", "null"] } } };
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.proxyListenPort !== void 0) {
      let data0 = data.proxyListenPort;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0))) && typeof data0 !== "string" && data0 !== null) {
        const err0 = { instancePath: instancePath + "/proxyListenPort", schemaPath: "#/properties/proxyListenPort/type", keyword: "type", params: { type: schema19.properties.proxyListenPort.type }, message: "must be integer,string,null", schema: schema19.properties.proxyListenPort.type, parentSchema: schema19.properties.proxyListenPort, data: data0 };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (typeof data0 === "string") {
        if (!pattern5.test(data0)) {
          const err1 = { instancePath: instancePath + "/proxyListenPort", schemaPath: "#/properties/proxyListenPort/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema19.properties.proxyListenPort, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
    if (data.proxy_listen_port !== void 0) {
      let data1 = data.proxy_listen_port;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1))) && typeof data1 !== "string" && data1 !== null) {
        const err2 = { instancePath: instancePath + "/proxy_listen_port", schemaPath: "#/properties/proxy_listen_port/type", keyword: "type", params: { type: schema19.properties.proxy_listen_port.type }, message: "must be integer,string,null", schema: schema19.properties.proxy_listen_port.type, parentSchema: schema19.properties.proxy_listen_port, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data1 === "string") {
        if (!pattern5.test(data1)) {
          const err3 = { instancePath: instancePath + "/proxy_listen_port", schemaPath: "#/properties/proxy_listen_port/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema19.properties.proxy_listen_port, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    if (data.proxyInboundListenPort !== void 0) {
      let data2 = data.proxyInboundListenPort;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2))) && typeof data2 !== "string" && data2 !== null) {
        const err4 = { instancePath: instancePath + "/proxyInboundListenPort", schemaPath: "#/properties/proxyInboundListenPort/type", keyword: "type", params: { type: schema19.properties.proxyInboundListenPort.type }, message: "must be integer,string,null", schema: schema19.properties.proxyInboundListenPort.type, parentSchema: schema19.properties.proxyInboundListenPort, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (!pattern5.test(data2)) {
          const err5 = { instancePath: instancePath + "/proxyInboundListenPort", schemaPath: "#/properties/proxyInboundListenPort/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema19.properties.proxyInboundListenPort, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.proxy_inbound_listen_port !== void 0) {
      let data3 = data.proxy_inbound_listen_port;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3))) && typeof data3 !== "string" && data3 !== null) {
        const err6 = { instancePath: instancePath + "/proxy_inbound_listen_port", schemaPath: "#/properties/proxy_inbound_listen_port/type", keyword: "type", params: { type: schema19.properties.proxy_inbound_listen_port.type }, message: "must be integer,string,null", schema: schema19.properties.proxy_inbound_listen_port.type, parentSchema: schema19.properties.proxy_inbound_listen_port, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data3 === "string") {
        if (!pattern5.test(data3)) {
          const err7 = { instancePath: instancePath + "/proxy_inbound_listen_port", schemaPath: "#/properties/proxy_inbound_listen_port/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema19.properties.proxy_inbound_listen_port, data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.proxyHttpPort !== void 0) {
      let data4 = data.proxyHttpPort;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4))) && typeof data4 !== "string" && data4 !== null) {
        const err8 = { instancePath: instancePath + "/proxyHttpPort", schemaPath: "#/properties/proxyHttpPort/type", keyword: "type", params: { type: schema19.properties.proxyHttpPort.type }, message: "must be integer,string,null", schema: schema19.properties.proxyHttpPort.type, parentSchema: schema19.properties.proxyHttpPort, data: data4 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data4 === "string") {
        if (!pattern5.test(data4)) {
          const err9 = { instancePath: instancePath + "/proxyHttpPort", schemaPath: "#/properties/proxyHttpPort/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema19.properties.proxyHttpPort, data: data4 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.proxy_http_port !== void 0) {
      let data5 = data.proxy_http_port;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5))) && typeof data5 !== "string" && data5 !== null) {
        const err10 = { instancePath: instancePath + "/proxy_http_port", schemaPath: "#/properties/proxy_http_port/type", keyword: "type", params: { type: schema19.properties.proxy_http_port.type }, message: "must be integer,string,null", schema: schema19.properties.proxy_http_port.type, parentSchema: schema19.properties.proxy_http_port, data: data5 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data5 === "string") {
        if (!pattern5.test(data5)) {
          const err11 = { instancePath: instancePath + "/proxy_http_port", schemaPath: "#/properties/proxy_http_port/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema19.properties.proxy_http_port, data: data5 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    if (data.connectTimeout !== void 0) {
      let data6 = data.connectTimeout;
      if (typeof data6 !== "string" && data6 !== null) {
        const err12 = { instancePath: instancePath + "/connectTimeout", schemaPath: "#/properties/connectTimeout/type", keyword: "type", params: { type: schema19.properties.connectTimeout.type }, message: "must be string,null", schema: schema19.properties.connectTimeout.type, parentSchema: schema19.properties.connectTimeout, data: data6 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data6 === "string") {
        if (!formats4.validate(data6)) {
          const err13 = { instancePath: instancePath + "/connectTimeout", schemaPath: "#/properties/connectTimeout/format", keyword: "format", params: { format: "go-duration" }, message: 'must match format "go-duration"', schema: "go-duration", parentSchema: schema19.properties.connectTimeout, data: data6 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.connect_timeout !== void 0) {
      let data7 = data.connect_timeout;
      if (typeof data7 !== "string" && data7 !== null) {
        const err14 = { instancePath: instancePath + "/connect_timeout", schemaPath: "#/properties/connect_timeout/type", keyword: "type", params: { type: schema19.properties.connect_timeout.type }, message: "must be string,null", schema: schema19.properties.connect_timeout.type, parentSchema: schema19.properties.connect_timeout, data: data7 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (typeof data7 === "string") {
        if (!formats4.validate(data7)) {
          const err15 = { instancePath: instancePath + "/connect_timeout", schemaPath: "#/properties/connect_timeout/format", keyword: "format", params: { format: "go-duration" }, message: 'must match format "go-duration"', schema: "go-duration", parentSchema: schema19.properties.connect_timeout, data: data7 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.hboneIdleTimeout !== void 0) {
      let data8 = data.hboneIdleTimeout;
      if (typeof data8 !== "string" && data8 !== null) {
        const err16 = { instancePath: instancePath + "/hboneIdleTimeout", schemaPath: "#/properties/hboneIdleTimeout/type", keyword: "type", params: { type: schema19.properties.hboneIdleTimeout.type }, message: "must be string,null", schema: schema19.properties.hboneIdleTimeout.type, parentSchema: schema19.properties.hboneIdleTimeout, data: data8 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data8 === "string") {
        if (!formats4.validate(data8)) {
          const err17 = { instancePath: instancePath + "/hboneIdleTimeout", schemaPath: "#/properties/hboneIdleTimeout/format", keyword: "format", params: { format: "go-duration" }, message: 'must match format "go-duration"', schema: "go-duration", parentSchema: schema19.properties.hboneIdleTimeout, data: data8 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
    if (data.hbone_idle_timeout !== void 0) {
      let data9 = data.hbone_idle_timeout;
      if (typeof data9 !== "string" && data9 !== null) {
        const err18 = { instancePath: instancePath + "/hbone_idle_timeout", schemaPath: "#/properties/hbone_idle_timeout/type", keyword: "type", params: { type: schema19.properties.hbone_idle_timeout.type }, message: "must be string,null", schema: schema19.properties.hbone_idle_timeout.type, parentSchema: schema19.properties.hbone_idle_timeout, data: data9 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (typeof data9 === "string") {
        if (!formats4.validate(data9)) {
          const err19 = { instancePath: instancePath + "/hbone_idle_timeout", schemaPath: "#/properties/hbone_idle_timeout/format", keyword: "format", params: { format: "go-duration" }, message: 'must match format "go-duration"', schema: "go-duration", parentSchema: schema19.properties.hbone_idle_timeout, data: data9 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    }
    if (data.protocolDetectionTimeout !== void 0) {
      let data10 = data.protocolDetectionTimeout;
      if (typeof data10 !== "string" && data10 !== null) {
        const err20 = { instancePath: instancePath + "/protocolDetectionTimeout", schemaPath: "#/properties/protocolDetectionTimeout/type", keyword: "type", params: { type: schema19.properties.protocolDetectionTimeout.type }, message: "must be string,null", schema: schema19.properties.protocolDetectionTimeout.type, parentSchema: schema19.properties.protocolDetectionTimeout, data: data10 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (typeof data10 === "string") {
        if (!formats4.validate(data10)) {
          const err21 = { instancePath: instancePath + "/protocolDetectionTimeout", schemaPath: "#/properties/protocolDetectionTimeout/format", keyword: "format", params: { format: "go-duration" }, message: 'must match format "go-duration"', schema: "go-duration", parentSchema: schema19.properties.protocolDetectionTimeout, data: data10 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    }
    if (data.protocol_detection_timeout !== void 0) {
      let data11 = data.protocol_detection_timeout;
      if (typeof data11 !== "string" && data11 !== null) {
        const err22 = { instancePath: instancePath + "/protocol_detection_timeout", schemaPath: "#/properties/protocol_detection_timeout/type", keyword: "type", params: { type: schema19.properties.protocol_detection_timeout.type }, message: "must be string,null", schema: schema19.properties.protocol_detection_timeout.type, parentSchema: schema19.properties.protocol_detection_timeout, data: data11 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (typeof data11 === "string") {
        if (!formats4.validate(data11)) {
          const err23 = { instancePath: instancePath + "/protocol_detection_timeout", schemaPath: "#/properties/protocol_detection_timeout/format", keyword: "format", params: { format: "go-duration" }, message: 'must match format "go-duration"', schema: "go-duration", parentSchema: schema19.properties.protocol_detection_timeout, data: data11 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
    }
    if (data.tcpKeepalive !== void 0) {
      let data12 = data.tcpKeepalive;
      if (!(data12 && typeof data12 == "object" && !Array.isArray(data12)) && data12 !== null) {
        const err24 = { instancePath: instancePath + "/tcpKeepalive", schemaPath: "#/properties/tcpKeepalive/type", keyword: "type", params: { type: schema19.properties.tcpKeepalive.type }, message: "must be object,null", schema: schema19.properties.tcpKeepalive.type, parentSchema: schema19.properties.tcpKeepalive, data: data12 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.tcp_keepalive !== void 0) {
      let data13 = data.tcp_keepalive;
      if (!(data13 && typeof data13 == "object" && !Array.isArray(data13)) && data13 !== null) {
        const err25 = { instancePath: instancePath + "/tcp_keepalive", schemaPath: "#/properties/tcp_keepalive/type", keyword: "type", params: { type: schema19.properties.tcp_keepalive.type }, message: "must be object,null", schema: schema19.properties.tcp_keepalive.type, parentSchema: schema19.properties.tcp_keepalive, data: data13 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.ingressClass !== void 0) {
      let data14 = data.ingressClass;
      if (typeof data14 !== "string" && data14 !== null) {
        const err26 = { instancePath: instancePath + "/ingressClass", schemaPath: "#/properties/ingressClass/type", keyword: "type", params: { type: schema19.properties.ingressClass.type }, message: "must be string,null", schema: schema19.properties.ingressClass.type, parentSchema: schema19.properties.ingressClass, data: data14 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.ingress_class !== void 0) {
      let data15 = data.ingress_class;
      if (typeof data15 !== "string" && data15 !== null) {
        const err27 = { instancePath: instancePath + "/ingress_class", schemaPath: "#/properties/ingress_class/type", keyword: "type", params: { type: schema19.properties.ingress_class.type }, message: "must be string,null", schema: schema19.properties.ingress_class.type, parentSchema: schema19.properties.ingress_class, data: data15 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.ingressService !== void 0) {
      let data16 = data.ingressService;
      if (typeof data16 !== "string" && data16 !== null) {
        const err28 = { instancePath: instancePath + "/ingressService", schemaPath: "#/properties/ingressService/type", keyword: "type", params: { type: schema19.properties.ingressService.type }, message: "must be string,null", schema: schema19.properties.ingressService.type, parentSchema: schema19.properties.ingressService, data: data16 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.ingress_service !== void 0) {
      let data17 = data.ingress_service;
      if (typeof data17 !== "string" && data17 !== null) {
        const err29 = { instancePath: instancePath + "/ingress_service", schemaPath: "#/properties/ingress_service/type", keyword: "type", params: { type: schema19.properties.ingress_service.type }, message: "must be string,null", schema: schema19.properties.ingress_service.type, parentSchema: schema19.properties.ingress_service, data: data17 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.ingressControllerMode !== void 0) {
      let data18 = data.ingressControllerMode;
      if (!(data18 === "UNSPECIFIED" || data18 === "OFF" || data18 === "DEFAULT" || data18 === "STRICT" || data18 === 0 || data18 === 1 || data18 === 2 || data18 === 3 || data18 === null)) {
        const err30 = { instancePath: instancePath + "/ingressControllerMode", schemaPath: "#/properties/ingressControllerMode/enum", keyword: "enum", params: { allowedValues: schema19.properties.ingressControllerMode.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.ingressControllerMode.enum, parentSchema: schema19.properties.ingressControllerMode, data: data18 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.ingress_controller_mode !== void 0) {
      let data19 = data.ingress_controller_mode;
      if (!(data19 === "UNSPECIFIED" || data19 === "OFF" || data19 === "DEFAULT" || data19 === "STRICT" || data19 === 0 || data19 === 1 || data19 === 2 || data19 === 3 || data19 === null)) {
        const err31 = { instancePath: instancePath + "/ingress_controller_mode", schemaPath: "#/properties/ingress_controller_mode/enum", keyword: "enum", params: { allowedValues: schema19.properties.ingress_controller_mode.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.ingress_controller_mode.enum, parentSchema: schema19.properties.ingress_controller_mode, data: data19 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.ingressSelector !== void 0) {
      let data20 = data.ingressSelector;
      if (typeof data20 !== "string" && data20 !== null) {
        const err32 = { instancePath: instancePath + "/ingressSelector", schemaPath: "#/properties/ingressSelector/type", keyword: "type", params: { type: schema19.properties.ingressSelector.type }, message: "must be string,null", schema: schema19.properties.ingressSelector.type, parentSchema: schema19.properties.ingressSelector, data: data20 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.ingress_selector !== void 0) {
      let data21 = data.ingress_selector;
      if (typeof data21 !== "string" && data21 !== null) {
        const err33 = { instancePath: instancePath + "/ingress_selector", schemaPath: "#/properties/ingress_selector/type", keyword: "type", params: { type: schema19.properties.ingress_selector.type }, message: "must be string,null", schema: schema19.properties.ingress_selector.type, parentSchema: schema19.properties.ingress_selector, data: data21 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.enableTracing !== void 0) {
      let data22 = data.enableTracing;
      if (typeof data22 !== "boolean" && data22 !== null) {
        const err34 = { instancePath: instancePath + "/enableTracing", schemaPath: "#/properties/enableTracing/type", keyword: "type", params: { type: schema19.properties.enableTracing.type }, message: "must be boolean,null", schema: schema19.properties.enableTracing.type, parentSchema: schema19.properties.enableTracing, data: data22 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.enable_tracing !== void 0) {
      let data23 = data.enable_tracing;
      if (typeof data23 !== "boolean" && data23 !== null) {
        const err35 = { instancePath: instancePath + "/enable_tracing", schemaPath: "#/properties/enable_tracing/type", keyword: "type", params: { type: schema19.properties.enable_tracing.type }, message: "must be boolean,null", schema: schema19.properties.enable_tracing.type, parentSchema: schema19.properties.enable_tracing, data: data23 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.accessLogFile !== void 0) {
      let data24 = data.accessLogFile;
      if (typeof data24 !== "string" && data24 !== null) {
        const err36 = { instancePath: instancePath + "/accessLogFile", schemaPath: "#/properties/accessLogFile/type", keyword: "type", params: { type: schema19.properties.accessLogFile.type }, message: "must be string,null", schema: schema19.properties.accessLogFile.type, parentSchema: schema19.properties.accessLogFile, data: data24 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.access_log_file !== void 0) {
      let data25 = data.access_log_file;
      if (typeof data25 !== "string" && data25 !== null) {
        const err37 = { instancePath: instancePath + "/access_log_file", schemaPath: "#/properties/access_log_file/type", keyword: "type", params: { type: schema19.properties.access_log_file.type }, message: "must be string,null", schema: schema19.properties.access_log_file.type, parentSchema: schema19.properties.access_log_file, data: data25 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.accessLogFormat !== void 0) {
      let data26 = data.accessLogFormat;
      if (typeof data26 !== "string" && data26 !== null) {
        const err38 = { instancePath: instancePath + "/accessLogFormat", schemaPath: "#/properties/accessLogFormat/type", keyword: "type", params: { type: schema19.properties.accessLogFormat.type }, message: "must be string,null", schema: schema19.properties.accessLogFormat.type, parentSchema: schema19.properties.accessLogFormat, data: data26 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.access_log_format !== void 0) {
      let data27 = data.access_log_format;
      if (typeof data27 !== "string" && data27 !== null) {
        const err39 = { instancePath: instancePath + "/access_log_format", schemaPath: "#/properties/access_log_format/type", keyword: "type", params: { type: schema19.properties.access_log_format.type }, message: "must be string,null", schema: schema19.properties.access_log_format.type, parentSchema: schema19.properties.access_log_format, data: data27 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.accessLogEncoding !== void 0) {
      let data28 = data.accessLogEncoding;
      if (!(data28 === "TEXT" || data28 === "JSON" || data28 === 0 || data28 === 1 || data28 === null)) {
        const err40 = { instancePath: instancePath + "/accessLogEncoding", schemaPath: "#/properties/accessLogEncoding/enum", keyword: "enum", params: { allowedValues: schema19.properties.accessLogEncoding.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.accessLogEncoding.enum, parentSchema: schema19.properties.accessLogEncoding, data: data28 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.access_log_encoding !== void 0) {
      let data29 = data.access_log_encoding;
      if (!(data29 === "TEXT" || data29 === "JSON" || data29 === 0 || data29 === 1 || data29 === null)) {
        const err41 = { instancePath: instancePath + "/access_log_encoding", schemaPath: "#/properties/access_log_encoding/enum", keyword: "enum", params: { allowedValues: schema19.properties.access_log_encoding.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.access_log_encoding.enum, parentSchema: schema19.properties.access_log_encoding, data: data29 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.enableEnvoyAccessLogService !== void 0) {
      let data30 = data.enableEnvoyAccessLogService;
      if (typeof data30 !== "boolean" && data30 !== null) {
        const err42 = { instancePath: instancePath + "/enableEnvoyAccessLogService", schemaPath: "#/properties/enableEnvoyAccessLogService/type", keyword: "type", params: { type: schema19.properties.enableEnvoyAccessLogService.type }, message: "must be boolean,null", schema: schema19.properties.enableEnvoyAccessLogService.type, parentSchema: schema19.properties.enableEnvoyAccessLogService, data: data30 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.enable_envoy_access_log_service !== void 0) {
      let data31 = data.enable_envoy_access_log_service;
      if (typeof data31 !== "boolean" && data31 !== null) {
        const err43 = { instancePath: instancePath + "/enable_envoy_access_log_service", schemaPath: "#/properties/enable_envoy_access_log_service/type", keyword: "type", params: { type: schema19.properties.enable_envoy_access_log_service.type }, message: "must be boolean,null", schema: schema19.properties.enable_envoy_access_log_service.type, parentSchema: schema19.properties.enable_envoy_access_log_service, data: data31 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.disableEnvoyListenerLog !== void 0) {
      let data32 = data.disableEnvoyListenerLog;
      if (typeof data32 !== "boolean" && data32 !== null) {
        const err44 = { instancePath: instancePath + "/disableEnvoyListenerLog", schemaPath: "#/properties/disableEnvoyListenerLog/type", keyword: "type", params: { type: schema19.properties.disableEnvoyListenerLog.type }, message: "must be boolean,null", schema: schema19.properties.disableEnvoyListenerLog.type, parentSchema: schema19.properties.disableEnvoyListenerLog, data: data32 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.disable_envoy_listener_log !== void 0) {
      let data33 = data.disable_envoy_listener_log;
      if (typeof data33 !== "boolean" && data33 !== null) {
        const err45 = { instancePath: instancePath + "/disable_envoy_listener_log", schemaPath: "#/properties/disable_envoy_listener_log/type", keyword: "type", params: { type: schema19.properties.disable_envoy_listener_log.type }, message: "must be boolean,null", schema: schema19.properties.disable_envoy_listener_log.type, parentSchema: schema19.properties.disable_envoy_listener_log, data: data33 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.defaultConfig !== void 0) {
      let data34 = data.defaultConfig;
      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
        if (data34.configPath !== void 0) {
          let data35 = data34.configPath;
          if (typeof data35 !== "string" && data35 !== null) {
            const err46 = { instancePath: instancePath + "/defaultConfig/configPath", schemaPath: "#/properties/defaultConfig/properties/configPath/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.configPath.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.configPath.type, parentSchema: schema19.properties.defaultConfig.properties.configPath, data: data35 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data34.config_path !== void 0) {
          let data36 = data34.config_path;
          if (typeof data36 !== "string" && data36 !== null) {
            const err47 = { instancePath: instancePath + "/defaultConfig/config_path", schemaPath: "#/properties/defaultConfig/properties/config_path/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.config_path.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.config_path.type, parentSchema: schema19.properties.defaultConfig.properties.config_path, data: data36 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data34.binaryPath !== void 0) {
          let data37 = data34.binaryPath;
          if (typeof data37 !== "string" && data37 !== null) {
            const err48 = { instancePath: instancePath + "/defaultConfig/binaryPath", schemaPath: "#/properties/defaultConfig/properties/binaryPath/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.binaryPath.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.binaryPath.type, parentSchema: schema19.properties.defaultConfig.properties.binaryPath, data: data37 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data34.binary_path !== void 0) {
          let data38 = data34.binary_path;
          if (typeof data38 !== "string" && data38 !== null) {
            const err49 = { instancePath: instancePath + "/defaultConfig/binary_path", schemaPath: "#/properties/defaultConfig/properties/binary_path/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.binary_path.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.binary_path.type, parentSchema: schema19.properties.defaultConfig.properties.binary_path, data: data38 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data34.serviceCluster !== void 0) {
          let data39 = data34.serviceCluster;
          if (typeof data39 !== "string" && data39 !== null) {
            const err50 = { instancePath: instancePath + "/defaultConfig/serviceCluster", schemaPath: "#/properties/defaultConfig/properties/serviceCluster/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.serviceCluster.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.serviceCluster.type, parentSchema: schema19.properties.defaultConfig.properties.serviceCluster, data: data39 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data34.service_cluster !== void 0) {
          let data40 = data34.service_cluster;
          if (typeof data40 !== "string" && data40 !== null) {
            const err51 = { instancePath: instancePath + "/defaultConfig/service_cluster", schemaPath: "#/properties/defaultConfig/properties/service_cluster/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.service_cluster.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.service_cluster.type, parentSchema: schema19.properties.defaultConfig.properties.service_cluster, data: data40 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data34.tracingServiceName !== void 0) {
          let data41 = data34.tracingServiceName;
          if (!(data41 === "APP_LABEL_AND_NAMESPACE" || data41 === "CANONICAL_NAME_ONLY" || data41 === "CANONICAL_NAME_AND_NAMESPACE" || data41 === 0 || data41 === 1 || data41 === 2 || data41 === null)) {
            const err52 = { instancePath: instancePath + "/defaultConfig/tracingServiceName", schemaPath: "#/properties/defaultConfig/properties/tracingServiceName/enum", keyword: "enum", params: { allowedValues: schema19.properties.defaultConfig.properties.tracingServiceName.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.defaultConfig.properties.tracingServiceName.enum, parentSchema: schema19.properties.defaultConfig.properties.tracingServiceName, data: data41 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data34.tracing_service_name !== void 0) {
          let data42 = data34.tracing_service_name;
          if (!(data42 === "APP_LABEL_AND_NAMESPACE" || data42 === "CANONICAL_NAME_ONLY" || data42 === "CANONICAL_NAME_AND_NAMESPACE" || data42 === 0 || data42 === 1 || data42 === 2 || data42 === null)) {
            const err53 = { instancePath: instancePath + "/defaultConfig/tracing_service_name", schemaPath: "#/properties/defaultConfig/properties/tracing_service_name/enum", keyword: "enum", params: { allowedValues: schema19.properties.defaultConfig.properties.tracing_service_name.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.defaultConfig.properties.tracing_service_name.enum, parentSchema: schema19.properties.defaultConfig.properties.tracing_service_name, data: data42 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data34.drainDuration !== void 0) {
          let data43 = data34.drainDuration;
          if (typeof data43 !== "string" && data43 !== null) {
            const err54 = { instancePath: instancePath + "/defaultConfig/drainDuration", schemaPath: "#/properties/defaultConfig/properties/drainDuration/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.drainDuration.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.drainDuration.type, parentSchema: schema19.properties.defaultConfig.properties.drainDuration, data: data43 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
          if (typeof data43 === "string") {
            if (!formats0.validate(data43)) {
              const err55 = { instancePath: instancePath + "/defaultConfig/drainDuration", schemaPath: "#/properties/defaultConfig/properties/drainDuration/format", keyword: "format", params: { format: "drain-duration" }, message: 'must match format "drain-duration"', schema: "drain-duration", parentSchema: schema19.properties.defaultConfig.properties.drainDuration, data: data43 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          }
        }
        if (data34.drain_duration !== void 0) {
          let data44 = data34.drain_duration;
          if (typeof data44 !== "string" && data44 !== null) {
            const err56 = { instancePath: instancePath + "/defaultConfig/drain_duration", schemaPath: "#/properties/defaultConfig/properties/drain_duration/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.drain_duration.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.drain_duration.type, parentSchema: schema19.properties.defaultConfig.properties.drain_duration, data: data44 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          if (typeof data44 === "string") {
            if (!formats0.validate(data44)) {
              const err57 = { instancePath: instancePath + "/defaultConfig/drain_duration", schemaPath: "#/properties/defaultConfig/properties/drain_duration/format", keyword: "format", params: { format: "drain-duration" }, message: 'must match format "drain-duration"', schema: "drain-duration", parentSchema: schema19.properties.defaultConfig.properties.drain_duration, data: data44 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          }
        }
        if (data34.discoveryAddress !== void 0) {
          let data45 = data34.discoveryAddress;
          if (typeof data45 !== "string" && data45 !== null) {
            const err58 = { instancePath: instancePath + "/defaultConfig/discoveryAddress", schemaPath: "#/properties/defaultConfig/properties/discoveryAddress/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.discoveryAddress.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.discoveryAddress.type, parentSchema: schema19.properties.defaultConfig.properties.discoveryAddress, data: data45 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data34.discovery_address !== void 0) {
          let data46 = data34.discovery_address;
          if (typeof data46 !== "string" && data46 !== null) {
            const err59 = { instancePath: instancePath + "/defaultConfig/discovery_address", schemaPath: "#/properties/defaultConfig/properties/discovery_address/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.discovery_address.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.discovery_address.type, parentSchema: schema19.properties.defaultConfig.properties.discovery_address, data: data46 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data34.discoveryRefreshDelay !== void 0) {
          let data47 = data34.discoveryRefreshDelay;
          if (typeof data47 !== "string" && data47 !== null) {
            const err60 = { instancePath: instancePath + "/defaultConfig/discoveryRefreshDelay", schemaPath: "#/properties/defaultConfig/properties/discoveryRefreshDelay/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.discoveryRefreshDelay.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.discoveryRefreshDelay.type, parentSchema: schema19.properties.defaultConfig.properties.discoveryRefreshDelay, data: data47 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
          if (typeof data47 === "string") {
            if (!formats4.validate(data47)) {
              const err61 = { instancePath: instancePath + "/defaultConfig/discoveryRefreshDelay", schemaPath: "#/properties/defaultConfig/properties/discoveryRefreshDelay/format", keyword: "format", params: { format: "go-duration" }, message: 'must match format "go-duration"', schema: "go-duration", parentSchema: schema19.properties.defaultConfig.properties.discoveryRefreshDelay, data: data47 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
          }
        }
        if (data34.discovery_refresh_delay !== void 0) {
          let data48 = data34.discovery_refresh_delay;
          if (typeof data48 !== "string" && data48 !== null) {
            const err62 = { instancePath: instancePath + "/defaultConfig/discovery_refresh_delay", schemaPath: "#/properties/defaultConfig/properties/discovery_refresh_delay/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.discovery_refresh_delay.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.discovery_refresh_delay.type, parentSchema: schema19.properties.defaultConfig.properties.discovery_refresh_delay, data: data48 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
          if (typeof data48 === "string") {
            if (!formats4.validate(data48)) {
              const err63 = { instancePath: instancePath + "/defaultConfig/discovery_refresh_delay", schemaPath: "#/properties/defaultConfig/properties/discovery_refresh_delay/format", keyword: "format", params: { format: "go-duration" }, message: 'must match format "go-duration"', schema: "go-duration", parentSchema: schema19.properties.defaultConfig.properties.discovery_refresh_delay, data: data48 };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
          }
        }
        if (data34.zipkinAddress !== void 0) {
          let data49 = data34.zipkinAddress;
          if (typeof data49 !== "string" && data49 !== null) {
            const err64 = { instancePath: instancePath + "/defaultConfig/zipkinAddress", schemaPath: "#/properties/defaultConfig/properties/zipkinAddress/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.zipkinAddress.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.zipkinAddress.type, parentSchema: schema19.properties.defaultConfig.properties.zipkinAddress, data: data49 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data34.zipkin_address !== void 0) {
          let data50 = data34.zipkin_address;
          if (typeof data50 !== "string" && data50 !== null) {
            const err65 = { instancePath: instancePath + "/defaultConfig/zipkin_address", schemaPath: "#/properties/defaultConfig/properties/zipkin_address/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.zipkin_address.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.zipkin_address.type, parentSchema: schema19.properties.defaultConfig.properties.zipkin_address, data: data50 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data34.statsdUdpAddress !== void 0) {
          let data51 = data34.statsdUdpAddress;
          if (typeof data51 !== "string" && data51 !== null) {
            const err66 = { instancePath: instancePath + "/defaultConfig/statsdUdpAddress", schemaPath: "#/properties/defaultConfig/properties/statsdUdpAddress/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.statsdUdpAddress.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.statsdUdpAddress.type, parentSchema: schema19.properties.defaultConfig.properties.statsdUdpAddress, data: data51 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data34.statsd_udp_address !== void 0) {
          let data52 = data34.statsd_udp_address;
          if (typeof data52 !== "string" && data52 !== null) {
            const err67 = { instancePath: instancePath + "/defaultConfig/statsd_udp_address", schemaPath: "#/properties/defaultConfig/properties/statsd_udp_address/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.statsd_udp_address.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.statsd_udp_address.type, parentSchema: schema19.properties.defaultConfig.properties.statsd_udp_address, data: data52 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data34.envoyMetricsServiceAddress !== void 0) {
          let data53 = data34.envoyMetricsServiceAddress;
          if (typeof data53 !== "string" && data53 !== null) {
            const err68 = { instancePath: instancePath + "/defaultConfig/envoyMetricsServiceAddress", schemaPath: "#/properties/defaultConfig/properties/envoyMetricsServiceAddress/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.envoyMetricsServiceAddress.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.envoyMetricsServiceAddress.type, parentSchema: schema19.properties.defaultConfig.properties.envoyMetricsServiceAddress, data: data53 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data34.envoy_metrics_service_address !== void 0) {
          let data54 = data34.envoy_metrics_service_address;
          if (typeof data54 !== "string" && data54 !== null) {
            const err69 = { instancePath: instancePath + "/defaultConfig/envoy_metrics_service_address", schemaPath: "#/properties/defaultConfig/properties/envoy_metrics_service_address/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.envoy_metrics_service_address.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.envoy_metrics_service_address.type, parentSchema: schema19.properties.defaultConfig.properties.envoy_metrics_service_address, data: data54 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data34.proxyAdminPort !== void 0) {
          let data55 = data34.proxyAdminPort;
          if (!(typeof data55 == "number" && (!(data55 % 1) && !isNaN(data55))) && typeof data55 !== "string" && data55 !== null) {
            const err70 = { instancePath: instancePath + "/defaultConfig/proxyAdminPort", schemaPath: "#/properties/defaultConfig/properties/proxyAdminPort/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.proxyAdminPort.type }, message: "must be integer,string,null", schema: schema19.properties.defaultConfig.properties.proxyAdminPort.type, parentSchema: schema19.properties.defaultConfig.properties.proxyAdminPort, data: data55 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
          if (typeof data55 === "string") {
            if (!pattern5.test(data55)) {
              const err71 = { instancePath: instancePath + "/defaultConfig/proxyAdminPort", schemaPath: "#/properties/defaultConfig/properties/proxyAdminPort/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema19.properties.defaultConfig.properties.proxyAdminPort, data: data55 };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
          }
        }
        if (data34.proxy_admin_port !== void 0) {
          let data56 = data34.proxy_admin_port;
          if (!(typeof data56 == "number" && (!(data56 % 1) && !isNaN(data56))) && typeof data56 !== "string" && data56 !== null) {
            const err72 = { instancePath: instancePath + "/defaultConfig/proxy_admin_port", schemaPath: "#/properties/defaultConfig/properties/proxy_admin_port/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.proxy_admin_port.type }, message: "must be integer,string,null", schema: schema19.properties.defaultConfig.properties.proxy_admin_port.type, parentSchema: schema19.properties.defaultConfig.properties.proxy_admin_port, data: data56 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
          if (typeof data56 === "string") {
            if (!pattern5.test(data56)) {
              const err73 = { instancePath: instancePath + "/defaultConfig/proxy_admin_port", schemaPath: "#/properties/defaultConfig/properties/proxy_admin_port/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema19.properties.defaultConfig.properties.proxy_admin_port, data: data56 };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
          }
        }
        if (data34.availabilityZone !== void 0) {
          let data57 = data34.availabilityZone;
          if (typeof data57 !== "string" && data57 !== null) {
            const err74 = { instancePath: instancePath + "/defaultConfig/availabilityZone", schemaPath: "#/properties/defaultConfig/properties/availabilityZone/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.availabilityZone.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.availabilityZone.type, parentSchema: schema19.properties.defaultConfig.properties.availabilityZone, data: data57 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        if (data34.availability_zone !== void 0) {
          let data58 = data34.availability_zone;
          if (typeof data58 !== "string" && data58 !== null) {
            const err75 = { instancePath: instancePath + "/defaultConfig/availability_zone", schemaPath: "#/properties/defaultConfig/properties/availability_zone/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.availability_zone.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.availability_zone.type, parentSchema: schema19.properties.defaultConfig.properties.availability_zone, data: data58 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data34.controlPlaneAuthPolicy !== void 0) {
          let data59 = data34.controlPlaneAuthPolicy;
          if (!(data59 === "NONE" || data59 === "MUTUAL_TLS" || data59 === "INHERIT" || data59 === 0 || data59 === 1 || data59 === 2 || data59 === null)) {
            const err76 = { instancePath: instancePath + "/defaultConfig/controlPlaneAuthPolicy", schemaPath: "#/properties/defaultConfig/properties/controlPlaneAuthPolicy/enum", keyword: "enum", params: { allowedValues: schema19.properties.defaultConfig.properties.controlPlaneAuthPolicy.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.defaultConfig.properties.controlPlaneAuthPolicy.enum, parentSchema: schema19.properties.defaultConfig.properties.controlPlaneAuthPolicy, data: data59 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data34.control_plane_auth_policy !== void 0) {
          let data60 = data34.control_plane_auth_policy;
          if (!(data60 === "NONE" || data60 === "MUTUAL_TLS" || data60 === "INHERIT" || data60 === 0 || data60 === 1 || data60 === 2 || data60 === null)) {
            const err77 = { instancePath: instancePath + "/defaultConfig/control_plane_auth_policy", schemaPath: "#/properties/defaultConfig/properties/control_plane_auth_policy/enum", keyword: "enum", params: { allowedValues: schema19.properties.defaultConfig.properties.control_plane_auth_policy.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.defaultConfig.properties.control_plane_auth_policy.enum, parentSchema: schema19.properties.defaultConfig.properties.control_plane_auth_policy, data: data60 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
        if (data34.customConfigFile !== void 0) {
          let data61 = data34.customConfigFile;
          if (typeof data61 !== "string" && data61 !== null) {
            const err78 = { instancePath: instancePath + "/defaultConfig/customConfigFile", schemaPath: "#/properties/defaultConfig/properties/customConfigFile/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.customConfigFile.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.customConfigFile.type, parentSchema: schema19.properties.defaultConfig.properties.customConfigFile, data: data61 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data34.custom_config_file !== void 0) {
          let data62 = data34.custom_config_file;
          if (typeof data62 !== "string" && data62 !== null) {
            const err79 = { instancePath: instancePath + "/defaultConfig/custom_config_file", schemaPath: "#/properties/defaultConfig/properties/custom_config_file/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.custom_config_file.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.custom_config_file.type, parentSchema: schema19.properties.defaultConfig.properties.custom_config_file, data: data62 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
        if (data34.statNameLength !== void 0) {
          let data63 = data34.statNameLength;
          if (!(typeof data63 == "number" && (!(data63 % 1) && !isNaN(data63))) && typeof data63 !== "string" && data63 !== null) {
            const err80 = { instancePath: instancePath + "/defaultConfig/statNameLength", schemaPath: "#/properties/defaultConfig/properties/statNameLength/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.statNameLength.type }, message: "must be integer,string,null", schema: schema19.properties.defaultConfig.properties.statNameLength.type, parentSchema: schema19.properties.defaultConfig.properties.statNameLength, data: data63 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
          if (typeof data63 === "string") {
            if (!pattern5.test(data63)) {
              const err81 = { instancePath: instancePath + "/defaultConfig/statNameLength", schemaPath: "#/properties/defaultConfig/properties/statNameLength/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema19.properties.defaultConfig.properties.statNameLength, data: data63 };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
          }
        }
        if (data34.stat_name_length !== void 0) {
          let data64 = data34.stat_name_length;
          if (!(typeof data64 == "number" && (!(data64 % 1) && !isNaN(data64))) && typeof data64 !== "string" && data64 !== null) {
            const err82 = { instancePath: instancePath + "/defaultConfig/stat_name_length", schemaPath: "#/properties/defaultConfig/properties/stat_name_length/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.stat_name_length.type }, message: "must be integer,string,null", schema: schema19.properties.defaultConfig.properties.stat_name_length.type, parentSchema: schema19.properties.defaultConfig.properties.stat_name_length, data: data64 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
          if (typeof data64 === "string") {
            if (!pattern5.test(data64)) {
              const err83 = { instancePath: instancePath + "/defaultConfig/stat_name_length", schemaPath: "#/properties/defaultConfig/properties/stat_name_length/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema19.properties.defaultConfig.properties.stat_name_length, data: data64 };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
          }
        }
        if (data34.concurrency !== void 0) {
          let data65 = data34.concurrency;
          if (!(typeof data65 == "number" && (!(data65 % 1) && !isNaN(data65))) && typeof data65 !== "string" && data65 !== null) {
            const err84 = { instancePath: instancePath + "/defaultConfig/concurrency", schemaPath: "#/properties/defaultConfig/properties/concurrency/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.concurrency.type }, message: "must be integer,string,null", schema: schema19.properties.defaultConfig.properties.concurrency.type, parentSchema: schema19.properties.defaultConfig.properties.concurrency, data: data65 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
          if (typeof data65 === "string") {
            if (!pattern5.test(data65)) {
              const err85 = { instancePath: instancePath + "/defaultConfig/concurrency", schemaPath: "#/properties/defaultConfig/properties/concurrency/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema19.properties.defaultConfig.properties.concurrency, data: data65 };
              if (vErrors === null) {
                vErrors = [err85];
              } else {
                vErrors.push(err85);
              }
              errors++;
            }
          }
        }
        if (data34.proxyBootstrapTemplatePath !== void 0) {
          let data66 = data34.proxyBootstrapTemplatePath;
          if (typeof data66 !== "string" && data66 !== null) {
            const err86 = { instancePath: instancePath + "/defaultConfig/proxyBootstrapTemplatePath", schemaPath: "#/properties/defaultConfig/properties/proxyBootstrapTemplatePath/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.proxyBootstrapTemplatePath.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.proxyBootstrapTemplatePath.type, parentSchema: schema19.properties.defaultConfig.properties.proxyBootstrapTemplatePath, data: data66 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
        if (data34.proxy_bootstrap_template_path !== void 0) {
          let data67 = data34.proxy_bootstrap_template_path;
          if (typeof data67 !== "string" && data67 !== null) {
            const err87 = { instancePath: instancePath + "/defaultConfig/proxy_bootstrap_template_path", schemaPath: "#/properties/defaultConfig/properties/proxy_bootstrap_template_path/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.proxy_bootstrap_template_path.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.proxy_bootstrap_template_path.type, parentSchema: schema19.properties.defaultConfig.properties.proxy_bootstrap_template_path, data: data67 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
        if (data34.interceptionMode !== void 0) {
          let data68 = data34.interceptionMode;
          if (!(data68 === "REDIRECT" || data68 === "TPROXY" || data68 === "NONE" || data68 === 0 || data68 === 1 || data68 === 2 || data68 === null)) {
            const err88 = { instancePath: instancePath + "/defaultConfig/interceptionMode", schemaPath: "#/properties/defaultConfig/properties/interceptionMode/enum", keyword: "enum", params: { allowedValues: schema19.properties.defaultConfig.properties.interceptionMode.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.defaultConfig.properties.interceptionMode.enum, parentSchema: schema19.properties.defaultConfig.properties.interceptionMode, data: data68 };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
        if (data34.interception_mode !== void 0) {
          let data69 = data34.interception_mode;
          if (!(data69 === "REDIRECT" || data69 === "TPROXY" || data69 === "NONE" || data69 === 0 || data69 === 1 || data69 === 2 || data69 === null)) {
            const err89 = { instancePath: instancePath + "/defaultConfig/interception_mode", schemaPath: "#/properties/defaultConfig/properties/interception_mode/enum", keyword: "enum", params: { allowedValues: schema19.properties.defaultConfig.properties.interception_mode.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.defaultConfig.properties.interception_mode.enum, parentSchema: schema19.properties.defaultConfig.properties.interception_mode, data: data69 };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
        }
        if (data34.tracing !== void 0) {
          let data70 = data34.tracing;
          if (!(data70 && typeof data70 == "object" && !Array.isArray(data70)) && data70 !== null) {
            const err90 = { instancePath: instancePath + "/defaultConfig/tracing", schemaPath: "#/properties/defaultConfig/properties/tracing/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.tracing.type }, message: "must be object,null", schema: schema19.properties.defaultConfig.properties.tracing.type, parentSchema: schema19.properties.defaultConfig.properties.tracing, data: data70 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
        if (data34.sds !== void 0) {
          let data71 = data34.sds;
          if (!(data71 && typeof data71 == "object" && !Array.isArray(data71)) && data71 !== null) {
            const err91 = { instancePath: instancePath + "/defaultConfig/sds", schemaPath: "#/properties/defaultConfig/properties/sds/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.sds.type }, message: "must be object,null", schema: schema19.properties.defaultConfig.properties.sds.type, parentSchema: schema19.properties.defaultConfig.properties.sds, data: data71 };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
        if (data34.envoyAccessLogService !== void 0) {
          let data72 = data34.envoyAccessLogService;
          if (!(data72 && typeof data72 == "object" && !Array.isArray(data72)) && data72 !== null) {
            const err92 = { instancePath: instancePath + "/defaultConfig/envoyAccessLogService", schemaPath: "#/properties/defaultConfig/properties/envoyAccessLogService/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.envoyAccessLogService.type }, message: "must be object,null", schema: schema19.properties.defaultConfig.properties.envoyAccessLogService.type, parentSchema: schema19.properties.defaultConfig.properties.envoyAccessLogService, data: data72 };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
        if (data34.envoy_access_log_service !== void 0) {
          let data73 = data34.envoy_access_log_service;
          if (!(data73 && typeof data73 == "object" && !Array.isArray(data73)) && data73 !== null) {
            const err93 = { instancePath: instancePath + "/defaultConfig/envoy_access_log_service", schemaPath: "#/properties/defaultConfig/properties/envoy_access_log_service/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.envoy_access_log_service.type }, message: "must be object,null", schema: schema19.properties.defaultConfig.properties.envoy_access_log_service.type, parentSchema: schema19.properties.defaultConfig.properties.envoy_access_log_service, data: data73 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
        if (data34.envoyMetricsService !== void 0) {
          let data74 = data34.envoyMetricsService;
          if (!(data74 && typeof data74 == "object" && !Array.isArray(data74)) && data74 !== null) {
            const err94 = { instancePath: instancePath + "/defaultConfig/envoyMetricsService", schemaPath: "#/properties/defaultConfig/properties/envoyMetricsService/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.envoyMetricsService.type }, message: "must be object,null", schema: schema19.properties.defaultConfig.properties.envoyMetricsService.type, parentSchema: schema19.properties.defaultConfig.properties.envoyMetricsService, data: data74 };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
        if (data34.envoy_metrics_service !== void 0) {
          let data75 = data34.envoy_metrics_service;
          if (!(data75 && typeof data75 == "object" && !Array.isArray(data75)) && data75 !== null) {
            const err95 = { instancePath: instancePath + "/defaultConfig/envoy_metrics_service", schemaPath: "#/properties/defaultConfig/properties/envoy_metrics_service/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.envoy_metrics_service.type }, message: "must be object,null", schema: schema19.properties.defaultConfig.properties.envoy_metrics_service.type, parentSchema: schema19.properties.defaultConfig.properties.envoy_metrics_service, data: data75 };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        }
        if (data34.proxyMetadata !== void 0) {
          let data76 = data34.proxyMetadata;
          if (!(data76 && typeof data76 == "object" && !Array.isArray(data76)) && data76 !== null) {
            const err96 = { instancePath: instancePath + "/defaultConfig/proxyMetadata", schemaPath: "#/properties/defaultConfig/properties/proxyMetadata/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.proxyMetadata.type }, message: "must be object,null", schema: schema19.properties.defaultConfig.properties.proxyMetadata.type, parentSchema: schema19.properties.defaultConfig.properties.proxyMetadata, data: data76 };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
          if (data76 && typeof data76 == "object" && !Array.isArray(data76)) {
            for (const key0 in data76) {
              let data77 = data76[key0];
              if (typeof data77 !== "string" && data77 !== null) {
                const err97 = { instancePath: instancePath + "/defaultConfig/proxyMetadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/defaultConfig/properties/proxyMetadata/additionalProperties/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.proxyMetadata.additionalProperties.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.proxyMetadata.additionalProperties.type, parentSchema: schema19.properties.defaultConfig.properties.proxyMetadata.additionalProperties, data: data77 };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
          }
        }
        if (data34.proxy_metadata !== void 0) {
          let data78 = data34.proxy_metadata;
          if (!(data78 && typeof data78 == "object" && !Array.isArray(data78)) && data78 !== null) {
            const err98 = { instancePath: instancePath + "/defaultConfig/proxy_metadata", schemaPath: "#/properties/defaultConfig/properties/proxy_metadata/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.proxy_metadata.type }, message: "must be object,null", schema: schema19.properties.defaultConfig.properties.proxy_metadata.type, parentSchema: schema19.properties.defaultConfig.properties.proxy_metadata, data: data78 };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
          if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
            for (const key1 in data78) {
              let data79 = data78[key1];
              if (typeof data79 !== "string" && data79 !== null) {
                const err99 = { instancePath: instancePath + "/defaultConfig/proxy_metadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/defaultConfig/properties/proxy_metadata/additionalProperties/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.proxy_metadata.additionalProperties.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.proxy_metadata.additionalProperties.type, parentSchema: schema19.properties.defaultConfig.properties.proxy_metadata.additionalProperties, data: data79 };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
          }
        }
        if (data34.runtimeValues !== void 0) {
          let data80 = data34.runtimeValues;
          if (!(data80 && typeof data80 == "object" && !Array.isArray(data80)) && data80 !== null) {
            const err100 = { instancePath: instancePath + "/defaultConfig/runtimeValues", schemaPath: "#/properties/defaultConfig/properties/runtimeValues/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.runtimeValues.type }, message: "must be object,null", schema: schema19.properties.defaultConfig.properties.runtimeValues.type, parentSchema: schema19.properties.defaultConfig.properties.runtimeValues, data: data80 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
          if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
            for (const key2 in data80) {
              let data81 = data80[key2];
              if (typeof data81 !== "string" && data81 !== null) {
                const err101 = { instancePath: instancePath + "/defaultConfig/runtimeValues/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/defaultConfig/properties/runtimeValues/additionalProperties/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.runtimeValues.additionalProperties.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.runtimeValues.additionalProperties.type, parentSchema: schema19.properties.defaultConfig.properties.runtimeValues.additionalProperties, data: data81 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
          }
        }
        if (data34.runtime_values !== void 0) {
          let data82 = data34.runtime_values;
          if (!(data82 && typeof data82 == "object" && !Array.isArray(data82)) && data82 !== null) {
            const err102 = { instancePath: instancePath + "/defaultConfig/runtime_values", schemaPath: "#/properties/defaultConfig/properties/runtime_values/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.runtime_values.type }, message: "must be object,null", schema: schema19.properties.defaultConfig.properties.runtime_values.type, parentSchema: schema19.properties.defaultConfig.properties.runtime_values, data: data82 };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
          if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
            for (const key3 in data82) {
              let data83 = data82[key3];
              if (typeof data83 !== "string" && data83 !== null) {
                const err103 = { instancePath: instancePath + "/defaultConfig/runtime_values/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/defaultConfig/properties/runtime_values/additionalProperties/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.runtime_values.additionalProperties.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.runtime_values.additionalProperties.type, parentSchema: schema19.properties.defaultConfig.properties.runtime_values.additionalProperties, data: data83 };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
            }
          }
        }
        if (data34.statusPort !== void 0) {
          let data84 = data34.statusPort;
          if (!(typeof data84 == "number" && (!(data84 % 1) && !isNaN(data84))) && typeof data84 !== "string" && data84 !== null) {
            const err104 = { instancePath: instancePath + "/defaultConfig/statusPort", schemaPath: "#/properties/defaultConfig/properties/statusPort/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.statusPort.type }, message: "must be integer,string,null", schema: schema19.properties.defaultConfig.properties.statusPort.type, parentSchema: schema19.properties.defaultConfig.properties.statusPort, data: data84 };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
          if (typeof data84 === "string") {
            if (!pattern5.test(data84)) {
              const err105 = { instancePath: instancePath + "/defaultConfig/statusPort", schemaPath: "#/properties/defaultConfig/properties/statusPort/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema19.properties.defaultConfig.properties.statusPort, data: data84 };
              if (vErrors === null) {
                vErrors = [err105];
              } else {
                vErrors.push(err105);
              }
              errors++;
            }
          }
        }
        if (data34.status_port !== void 0) {
          let data85 = data34.status_port;
          if (!(typeof data85 == "number" && (!(data85 % 1) && !isNaN(data85))) && typeof data85 !== "string" && data85 !== null) {
            const err106 = { instancePath: instancePath + "/defaultConfig/status_port", schemaPath: "#/properties/defaultConfig/properties/status_port/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.status_port.type }, message: "must be integer,string,null", schema: schema19.properties.defaultConfig.properties.status_port.type, parentSchema: schema19.properties.defaultConfig.properties.status_port, data: data85 };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
          if (typeof data85 === "string") {
            if (!pattern5.test(data85)) {
              const err107 = { instancePath: instancePath + "/defaultConfig/status_port", schemaPath: "#/properties/defaultConfig/properties/status_port/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema19.properties.defaultConfig.properties.status_port, data: data85 };
              if (vErrors === null) {
                vErrors = [err107];
              } else {
                vErrors.push(err107);
              }
              errors++;
            }
          }
        }
        if (data34.extraStatTags !== void 0) {
          let data86 = data34.extraStatTags;
          if (!Array.isArray(data86) && data86 !== null) {
            const err108 = { instancePath: instancePath + "/defaultConfig/extraStatTags", schemaPath: "#/properties/defaultConfig/properties/extraStatTags/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.extraStatTags.type }, message: "must be array,null", schema: schema19.properties.defaultConfig.properties.extraStatTags.type, parentSchema: schema19.properties.defaultConfig.properties.extraStatTags, data: data86 };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
        }
        if (data34.extra_stat_tags !== void 0) {
          let data87 = data34.extra_stat_tags;
          if (!Array.isArray(data87) && data87 !== null) {
            const err109 = { instancePath: instancePath + "/defaultConfig/extra_stat_tags", schemaPath: "#/properties/defaultConfig/properties/extra_stat_tags/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.extra_stat_tags.type }, message: "must be array,null", schema: schema19.properties.defaultConfig.properties.extra_stat_tags.type, parentSchema: schema19.properties.defaultConfig.properties.extra_stat_tags, data: data87 };
            if (vErrors === null) {
              vErrors = [err109];
            } else {
              vErrors.push(err109);
            }
            errors++;
          }
        }
        if (data34.gatewayTopology !== void 0) {
          let data88 = data34.gatewayTopology;
          if (!(data88 && typeof data88 == "object" && !Array.isArray(data88)) && data88 !== null) {
            const err110 = { instancePath: instancePath + "/defaultConfig/gatewayTopology", schemaPath: "#/properties/defaultConfig/properties/gatewayTopology/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.gatewayTopology.type }, message: "must be object,null", schema: schema19.properties.defaultConfig.properties.gatewayTopology.type, parentSchema: schema19.properties.defaultConfig.properties.gatewayTopology, data: data88 };
            if (vErrors === null) {
              vErrors = [err110];
            } else {
              vErrors.push(err110);
            }
            errors++;
          }
        }
        if (data34.gateway_topology !== void 0) {
          let data89 = data34.gateway_topology;
          if (!(data89 && typeof data89 == "object" && !Array.isArray(data89)) && data89 !== null) {
            const err111 = { instancePath: instancePath + "/defaultConfig/gateway_topology", schemaPath: "#/properties/defaultConfig/properties/gateway_topology/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.gateway_topology.type }, message: "must be object,null", schema: schema19.properties.defaultConfig.properties.gateway_topology.type, parentSchema: schema19.properties.defaultConfig.properties.gateway_topology, data: data89 };
            if (vErrors === null) {
              vErrors = [err111];
            } else {
              vErrors.push(err111);
            }
            errors++;
          }
        }
        if (data34.terminationDrainDuration !== void 0) {
          let data90 = data34.terminationDrainDuration;
          if (typeof data90 !== "string" && data90 !== null) {
            const err112 = { instancePath: instancePath + "/defaultConfig/terminationDrainDuration", schemaPath: "#/properties/defaultConfig/properties/terminationDrainDuration/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.terminationDrainDuration.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.terminationDrainDuration.type, parentSchema: schema19.properties.defaultConfig.properties.terminationDrainDuration, data: data90 };
            if (vErrors === null) {
              vErrors = [err112];
            } else {
              vErrors.push(err112);
            }
            errors++;
          }
          if (typeof data90 === "string") {
            if (!formats4.validate(data90)) {
              const err113 = { instancePath: instancePath + "/defaultConfig/terminationDrainDuration", schemaPath: "#/properties/defaultConfig/properties/terminationDrainDuration/format", keyword: "format", params: { format: "go-duration" }, message: 'must match format "go-duration"', schema: "go-duration", parentSchema: schema19.properties.defaultConfig.properties.terminationDrainDuration, data: data90 };
              if (vErrors === null) {
                vErrors = [err113];
              } else {
                vErrors.push(err113);
              }
              errors++;
            }
          }
        }
        if (data34.termination_drain_duration !== void 0) {
          let data91 = data34.termination_drain_duration;
          if (typeof data91 !== "string" && data91 !== null) {
            const err114 = { instancePath: instancePath + "/defaultConfig/termination_drain_duration", schemaPath: "#/properties/defaultConfig/properties/termination_drain_duration/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.termination_drain_duration.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.termination_drain_duration.type, parentSchema: schema19.properties.defaultConfig.properties.termination_drain_duration, data: data91 };
            if (vErrors === null) {
              vErrors = [err114];
            } else {
              vErrors.push(err114);
            }
            errors++;
          }
          if (typeof data91 === "string") {
            if (!formats4.validate(data91)) {
              const err115 = { instancePath: instancePath + "/defaultConfig/termination_drain_duration", schemaPath: "#/properties/defaultConfig/properties/termination_drain_duration/format", keyword: "format", params: { format: "go-duration" }, message: 'must match format "go-duration"', schema: "go-duration", parentSchema: schema19.properties.defaultConfig.properties.termination_drain_duration, data: data91 };
              if (vErrors === null) {
                vErrors = [err115];
              } else {
                vErrors.push(err115);
              }
              errors++;
            }
          }
        }
        if (data34.meshId !== void 0) {
          let data92 = data34.meshId;
          if (typeof data92 !== "string" && data92 !== null) {
            const err116 = { instancePath: instancePath + "/defaultConfig/meshId", schemaPath: "#/properties/defaultConfig/properties/meshId/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.meshId.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.meshId.type, parentSchema: schema19.properties.defaultConfig.properties.meshId, data: data92 };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
        }
        if (data34.mesh_id !== void 0) {
          let data93 = data34.mesh_id;
          if (typeof data93 !== "string" && data93 !== null) {
            const err117 = { instancePath: instancePath + "/defaultConfig/mesh_id", schemaPath: "#/properties/defaultConfig/properties/mesh_id/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.mesh_id.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.mesh_id.type, parentSchema: schema19.properties.defaultConfig.properties.mesh_id, data: data93 };
            if (vErrors === null) {
              vErrors = [err117];
            } else {
              vErrors.push(err117);
            }
            errors++;
          }
        }
        if (data34.readinessProbe !== void 0) {
          let data94 = data34.readinessProbe;
          if (!(data94 && typeof data94 == "object" && !Array.isArray(data94)) && data94 !== null) {
            const err118 = { instancePath: instancePath + "/defaultConfig/readinessProbe", schemaPath: "#/properties/defaultConfig/properties/readinessProbe/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.readinessProbe.type }, message: "must be object,null", schema: schema19.properties.defaultConfig.properties.readinessProbe.type, parentSchema: schema19.properties.defaultConfig.properties.readinessProbe, data: data94 };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
        }
        if (data34.readiness_probe !== void 0) {
          let data95 = data34.readiness_probe;
          if (!(data95 && typeof data95 == "object" && !Array.isArray(data95)) && data95 !== null) {
            const err119 = { instancePath: instancePath + "/defaultConfig/readiness_probe", schemaPath: "#/properties/defaultConfig/properties/readiness_probe/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.readiness_probe.type }, message: "must be object,null", schema: schema19.properties.defaultConfig.properties.readiness_probe.type, parentSchema: schema19.properties.defaultConfig.properties.readiness_probe, data: data95 };
            if (vErrors === null) {
              vErrors = [err119];
            } else {
              vErrors.push(err119);
            }
            errors++;
          }
        }
        if (data34.proxyStatsMatcher !== void 0) {
          let data96 = data34.proxyStatsMatcher;
          if (!(data96 && typeof data96 == "object" && !Array.isArray(data96)) && data96 !== null) {
            const err120 = { instancePath: instancePath + "/defaultConfig/proxyStatsMatcher", schemaPath: "#/properties/defaultConfig/properties/proxyStatsMatcher/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.proxyStatsMatcher.type }, message: "must be object,null", schema: schema19.properties.defaultConfig.properties.proxyStatsMatcher.type, parentSchema: schema19.properties.defaultConfig.properties.proxyStatsMatcher, data: data96 };
            if (vErrors === null) {
              vErrors = [err120];
            } else {
              vErrors.push(err120);
            }
            errors++;
          }
        }
        if (data34.proxy_stats_matcher !== void 0) {
          let data97 = data34.proxy_stats_matcher;
          if (!(data97 && typeof data97 == "object" && !Array.isArray(data97)) && data97 !== null) {
            const err121 = { instancePath: instancePath + "/defaultConfig/proxy_stats_matcher", schemaPath: "#/properties/defaultConfig/properties/proxy_stats_matcher/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.proxy_stats_matcher.type }, message: "must be object,null", schema: schema19.properties.defaultConfig.properties.proxy_stats_matcher.type, parentSchema: schema19.properties.defaultConfig.properties.proxy_stats_matcher, data: data97 };
            if (vErrors === null) {
              vErrors = [err121];
            } else {
              vErrors.push(err121);
            }
            errors++;
          }
        }
        if (data34.holdApplicationUntilProxyStarts !== void 0) {
          let data98 = data34.holdApplicationUntilProxyStarts;
          if (typeof data98 !== "boolean" && data98 !== null) {
            const err122 = { instancePath: instancePath + "/defaultConfig/holdApplicationUntilProxyStarts", schemaPath: "#/properties/defaultConfig/properties/holdApplicationUntilProxyStarts/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.holdApplicationUntilProxyStarts.type }, message: "must be boolean,null", schema: schema19.properties.defaultConfig.properties.holdApplicationUntilProxyStarts.type, parentSchema: schema19.properties.defaultConfig.properties.holdApplicationUntilProxyStarts, data: data98 };
            if (vErrors === null) {
              vErrors = [err122];
            } else {
              vErrors.push(err122);
            }
            errors++;
          }
        }
        if (data34.hold_application_until_proxy_starts !== void 0) {
          let data99 = data34.hold_application_until_proxy_starts;
          if (typeof data99 !== "boolean" && data99 !== null) {
            const err123 = { instancePath: instancePath + "/defaultConfig/hold_application_until_proxy_starts", schemaPath: "#/properties/defaultConfig/properties/hold_application_until_proxy_starts/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.hold_application_until_proxy_starts.type }, message: "must be boolean,null", schema: schema19.properties.defaultConfig.properties.hold_application_until_proxy_starts.type, parentSchema: schema19.properties.defaultConfig.properties.hold_application_until_proxy_starts, data: data99 };
            if (vErrors === null) {
              vErrors = [err123];
            } else {
              vErrors.push(err123);
            }
            errors++;
          }
        }
        if (data34.caCertificatesPem !== void 0) {
          let data100 = data34.caCertificatesPem;
          if (!Array.isArray(data100) && data100 !== null) {
            const err124 = { instancePath: instancePath + "/defaultConfig/caCertificatesPem", schemaPath: "#/properties/defaultConfig/properties/caCertificatesPem/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.caCertificatesPem.type }, message: "must be array,null", schema: schema19.properties.defaultConfig.properties.caCertificatesPem.type, parentSchema: schema19.properties.defaultConfig.properties.caCertificatesPem, data: data100 };
            if (vErrors === null) {
              vErrors = [err124];
            } else {
              vErrors.push(err124);
            }
            errors++;
          }
        }
        if (data34.ca_certificates_pem !== void 0) {
          let data101 = data34.ca_certificates_pem;
          if (!Array.isArray(data101) && data101 !== null) {
            const err125 = { instancePath: instancePath + "/defaultConfig/ca_certificates_pem", schemaPath: "#/properties/defaultConfig/properties/ca_certificates_pem/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.ca_certificates_pem.type }, message: "must be array,null", schema: schema19.properties.defaultConfig.properties.ca_certificates_pem.type, parentSchema: schema19.properties.defaultConfig.properties.ca_certificates_pem, data: data101 };
            if (vErrors === null) {
              vErrors = [err125];
            } else {
              vErrors.push(err125);
            }
            errors++;
          }
        }
        if (data34.image !== void 0) {
          let data102 = data34.image;
          if (!(data102 && typeof data102 == "object" && !Array.isArray(data102)) && data102 !== null) {
            const err126 = { instancePath: instancePath + "/defaultConfig/image", schemaPath: "#/properties/defaultConfig/properties/image/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.image.type }, message: "must be object,null", schema: schema19.properties.defaultConfig.properties.image.type, parentSchema: schema19.properties.defaultConfig.properties.image, data: data102 };
            if (vErrors === null) {
              vErrors = [err126];
            } else {
              vErrors.push(err126);
            }
            errors++;
          }
        }
        if (data34.privateKeyProvider !== void 0) {
          let data103 = data34.privateKeyProvider;
          if (!(data103 && typeof data103 == "object" && !Array.isArray(data103)) && data103 !== null) {
            const err127 = { instancePath: instancePath + "/defaultConfig/privateKeyProvider", schemaPath: "#/properties/defaultConfig/properties/privateKeyProvider/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.privateKeyProvider.type }, message: "must be object,null", schema: schema19.properties.defaultConfig.properties.privateKeyProvider.type, parentSchema: schema19.properties.defaultConfig.properties.privateKeyProvider, data: data103 };
            if (vErrors === null) {
              vErrors = [err127];
            } else {
              vErrors.push(err127);
            }
            errors++;
          }
        }
        if (data34.private_key_provider !== void 0) {
          let data104 = data34.private_key_provider;
          if (!(data104 && typeof data104 == "object" && !Array.isArray(data104)) && data104 !== null) {
            const err128 = { instancePath: instancePath + "/defaultConfig/private_key_provider", schemaPath: "#/properties/defaultConfig/properties/private_key_provider/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.private_key_provider.type }, message: "must be object,null", schema: schema19.properties.defaultConfig.properties.private_key_provider.type, parentSchema: schema19.properties.defaultConfig.properties.private_key_provider, data: data104 };
            if (vErrors === null) {
              vErrors = [err128];
            } else {
              vErrors.push(err128);
            }
            errors++;
          }
        }
        if (data34.proxyHeaders !== void 0) {
          let data105 = data34.proxyHeaders;
          if (!(data105 && typeof data105 == "object" && !Array.isArray(data105)) && data105 !== null) {
            const err129 = { instancePath: instancePath + "/defaultConfig/proxyHeaders", schemaPath: "#/properties/defaultConfig/properties/proxyHeaders/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.proxyHeaders.type }, message: "must be object,null", schema: schema19.properties.defaultConfig.properties.proxyHeaders.type, parentSchema: schema19.properties.defaultConfig.properties.proxyHeaders, data: data105 };
            if (vErrors === null) {
              vErrors = [err129];
            } else {
              vErrors.push(err129);
            }
            errors++;
          }
        }
        if (data34.proxy_headers !== void 0) {
          let data106 = data34.proxy_headers;
          if (!(data106 && typeof data106 == "object" && !Array.isArray(data106)) && data106 !== null) {
            const err130 = { instancePath: instancePath + "/defaultConfig/proxy_headers", schemaPath: "#/properties/defaultConfig/properties/proxy_headers/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.proxy_headers.type }, message: "must be object,null", schema: schema19.properties.defaultConfig.properties.proxy_headers.type, parentSchema: schema19.properties.defaultConfig.properties.proxy_headers, data: data106 };
            if (vErrors === null) {
              vErrors = [err130];
            } else {
              vErrors.push(err130);
            }
            errors++;
          }
        }
        if (data34.fileFlushInterval !== void 0) {
          let data107 = data34.fileFlushInterval;
          if (typeof data107 !== "string" && data107 !== null) {
            const err131 = { instancePath: instancePath + "/defaultConfig/fileFlushInterval", schemaPath: "#/properties/defaultConfig/properties/fileFlushInterval/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.fileFlushInterval.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.fileFlushInterval.type, parentSchema: schema19.properties.defaultConfig.properties.fileFlushInterval, data: data107 };
            if (vErrors === null) {
              vErrors = [err131];
            } else {
              vErrors.push(err131);
            }
            errors++;
          }
          if (typeof data107 === "string") {
            if (!formats4.validate(data107)) {
              const err132 = { instancePath: instancePath + "/defaultConfig/fileFlushInterval", schemaPath: "#/properties/defaultConfig/properties/fileFlushInterval/format", keyword: "format", params: { format: "go-duration" }, message: 'must match format "go-duration"', schema: "go-duration", parentSchema: schema19.properties.defaultConfig.properties.fileFlushInterval, data: data107 };
              if (vErrors === null) {
                vErrors = [err132];
              } else {
                vErrors.push(err132);
              }
              errors++;
            }
          }
        }
        if (data34.file_flush_interval !== void 0) {
          let data108 = data34.file_flush_interval;
          if (typeof data108 !== "string" && data108 !== null) {
            const err133 = { instancePath: instancePath + "/defaultConfig/file_flush_interval", schemaPath: "#/properties/defaultConfig/properties/file_flush_interval/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.file_flush_interval.type }, message: "must be string,null", schema: schema19.properties.defaultConfig.properties.file_flush_interval.type, parentSchema: schema19.properties.defaultConfig.properties.file_flush_interval, data: data108 };
            if (vErrors === null) {
              vErrors = [err133];
            } else {
              vErrors.push(err133);
            }
            errors++;
          }
          if (typeof data108 === "string") {
            if (!formats4.validate(data108)) {
              const err134 = { instancePath: instancePath + "/defaultConfig/file_flush_interval", schemaPath: "#/properties/defaultConfig/properties/file_flush_interval/format", keyword: "format", params: { format: "go-duration" }, message: 'must match format "go-duration"', schema: "go-duration", parentSchema: schema19.properties.defaultConfig.properties.file_flush_interval, data: data108 };
              if (vErrors === null) {
                vErrors = [err134];
              } else {
                vErrors.push(err134);
              }
              errors++;
            }
          }
        }
        if (data34.fileFlushMinSizeKb !== void 0) {
          let data109 = data34.fileFlushMinSizeKb;
          if (!(typeof data109 == "number" && (!(data109 % 1) && !isNaN(data109))) && typeof data109 !== "string" && data109 !== null) {
            const err135 = { instancePath: instancePath + "/defaultConfig/fileFlushMinSizeKb", schemaPath: "#/properties/defaultConfig/properties/fileFlushMinSizeKb/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.fileFlushMinSizeKb.type }, message: "must be integer,string,null", schema: schema19.properties.defaultConfig.properties.fileFlushMinSizeKb.type, parentSchema: schema19.properties.defaultConfig.properties.fileFlushMinSizeKb, data: data109 };
            if (vErrors === null) {
              vErrors = [err135];
            } else {
              vErrors.push(err135);
            }
            errors++;
          }
          if (typeof data109 === "string") {
            if (!pattern5.test(data109)) {
              const err136 = { instancePath: instancePath + "/defaultConfig/fileFlushMinSizeKb", schemaPath: "#/properties/defaultConfig/properties/fileFlushMinSizeKb/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema19.properties.defaultConfig.properties.fileFlushMinSizeKb, data: data109 };
              if (vErrors === null) {
                vErrors = [err136];
              } else {
                vErrors.push(err136);
              }
              errors++;
            }
          }
        }
        if (data34.file_flush_min_size_kb !== void 0) {
          let data110 = data34.file_flush_min_size_kb;
          if (!(typeof data110 == "number" && (!(data110 % 1) && !isNaN(data110))) && typeof data110 !== "string" && data110 !== null) {
            const err137 = { instancePath: instancePath + "/defaultConfig/file_flush_min_size_kb", schemaPath: "#/properties/defaultConfig/properties/file_flush_min_size_kb/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.file_flush_min_size_kb.type }, message: "must be integer,string,null", schema: schema19.properties.defaultConfig.properties.file_flush_min_size_kb.type, parentSchema: schema19.properties.defaultConfig.properties.file_flush_min_size_kb, data: data110 };
            if (vErrors === null) {
              vErrors = [err137];
            } else {
              vErrors.push(err137);
            }
            errors++;
          }
          if (typeof data110 === "string") {
            if (!pattern5.test(data110)) {
              const err138 = { instancePath: instancePath + "/defaultConfig/file_flush_min_size_kb", schemaPath: "#/properties/defaultConfig/properties/file_flush_min_size_kb/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema19.properties.defaultConfig.properties.file_flush_min_size_kb, data: data110 };
              if (vErrors === null) {
                vErrors = [err138];
              } else {
                vErrors.push(err138);
              }
              errors++;
            }
          }
        }
        if (data34.statsCompression !== void 0) {
          let data111 = data34.statsCompression;
          if (typeof data111 !== "boolean" && data111 !== null) {
            const err139 = { instancePath: instancePath + "/defaultConfig/statsCompression", schemaPath: "#/properties/defaultConfig/properties/statsCompression/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.statsCompression.type }, message: "must be boolean,null", schema: schema19.properties.defaultConfig.properties.statsCompression.type, parentSchema: schema19.properties.defaultConfig.properties.statsCompression, data: data111 };
            if (vErrors === null) {
              vErrors = [err139];
            } else {
              vErrors.push(err139);
            }
            errors++;
          }
        }
        if (data34.stats_compression !== void 0) {
          let data112 = data34.stats_compression;
          if (typeof data112 !== "boolean" && data112 !== null) {
            const err140 = { instancePath: instancePath + "/defaultConfig/stats_compression", schemaPath: "#/properties/defaultConfig/properties/stats_compression/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.stats_compression.type }, message: "must be boolean,null", schema: schema19.properties.defaultConfig.properties.stats_compression.type, parentSchema: schema19.properties.defaultConfig.properties.stats_compression, data: data112 };
            if (vErrors === null) {
              vErrors = [err140];
            } else {
              vErrors.push(err140);
            }
            errors++;
          }
        }
        if (data34.connectionSettings !== void 0) {
          let data113 = data34.connectionSettings;
          if (!(data113 && typeof data113 == "object" && !Array.isArray(data113)) && data113 !== null) {
            const err141 = { instancePath: instancePath + "/defaultConfig/connectionSettings", schemaPath: "#/properties/defaultConfig/properties/connectionSettings/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.connectionSettings.type }, message: "must be object,null", schema: schema19.properties.defaultConfig.properties.connectionSettings.type, parentSchema: schema19.properties.defaultConfig.properties.connectionSettings, data: data113 };
            if (vErrors === null) {
              vErrors = [err141];
            } else {
              vErrors.push(err141);
            }
            errors++;
          }
        }
        if (data34.connection_settings !== void 0) {
          let data114 = data34.connection_settings;
          if (!(data114 && typeof data114 == "object" && !Array.isArray(data114)) && data114 !== null) {
            const err142 = { instancePath: instancePath + "/defaultConfig/connection_settings", schemaPath: "#/properties/defaultConfig/properties/connection_settings/type", keyword: "type", params: { type: schema19.properties.defaultConfig.properties.connection_settings.type }, message: "must be object,null", schema: schema19.properties.defaultConfig.properties.connection_settings.type, parentSchema: schema19.properties.defaultConfig.properties.connection_settings, data: data114 };
            if (vErrors === null) {
              vErrors = [err142];
            } else {
              vErrors.push(err142);
            }
            errors++;
          }
        }
      } else {
        const err143 = { instancePath: instancePath + "/defaultConfig", schemaPath: "#/properties/defaultConfig/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.defaultConfig.type, parentSchema: schema19.properties.defaultConfig, data: data34 };
        if (vErrors === null) {
          vErrors = [err143];
        } else {
          vErrors.push(err143);
        }
        errors++;
      }
    }
    if (data.default_config !== void 0) {
      let data115 = data.default_config;
      if (data115 && typeof data115 == "object" && !Array.isArray(data115)) {
        if (data115.configPath !== void 0) {
          let data116 = data115.configPath;
          if (typeof data116 !== "string" && data116 !== null) {
            const err144 = { instancePath: instancePath + "/default_config/configPath", schemaPath: "#/properties/default_config/properties/configPath/type", keyword: "type", params: { type: schema19.properties.default_config.properties.configPath.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.configPath.type, parentSchema: schema19.properties.default_config.properties.configPath, data: data116 };
            if (vErrors === null) {
              vErrors = [err144];
            } else {
              vErrors.push(err144);
            }
            errors++;
          }
        }
        if (data115.config_path !== void 0) {
          let data117 = data115.config_path;
          if (typeof data117 !== "string" && data117 !== null) {
            const err145 = { instancePath: instancePath + "/default_config/config_path", schemaPath: "#/properties/default_config/properties/config_path/type", keyword: "type", params: { type: schema19.properties.default_config.properties.config_path.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.config_path.type, parentSchema: schema19.properties.default_config.properties.config_path, data: data117 };
            if (vErrors === null) {
              vErrors = [err145];
            } else {
              vErrors.push(err145);
            }
            errors++;
          }
        }
        if (data115.binaryPath !== void 0) {
          let data118 = data115.binaryPath;
          if (typeof data118 !== "string" && data118 !== null) {
            const err146 = { instancePath: instancePath + "/default_config/binaryPath", schemaPath: "#/properties/default_config/properties/binaryPath/type", keyword: "type", params: { type: schema19.properties.default_config.properties.binaryPath.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.binaryPath.type, parentSchema: schema19.properties.default_config.properties.binaryPath, data: data118 };
            if (vErrors === null) {
              vErrors = [err146];
            } else {
              vErrors.push(err146);
            }
            errors++;
          }
        }
        if (data115.binary_path !== void 0) {
          let data119 = data115.binary_path;
          if (typeof data119 !== "string" && data119 !== null) {
            const err147 = { instancePath: instancePath + "/default_config/binary_path", schemaPath: "#/properties/default_config/properties/binary_path/type", keyword: "type", params: { type: schema19.properties.default_config.properties.binary_path.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.binary_path.type, parentSchema: schema19.properties.default_config.properties.binary_path, data: data119 };
            if (vErrors === null) {
              vErrors = [err147];
            } else {
              vErrors.push(err147);
            }
            errors++;
          }
        }
        if (data115.serviceCluster !== void 0) {
          let data120 = data115.serviceCluster;
          if (typeof data120 !== "string" && data120 !== null) {
            const err148 = { instancePath: instancePath + "/default_config/serviceCluster", schemaPath: "#/properties/default_config/properties/serviceCluster/type", keyword: "type", params: { type: schema19.properties.default_config.properties.serviceCluster.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.serviceCluster.type, parentSchema: schema19.properties.default_config.properties.serviceCluster, data: data120 };
            if (vErrors === null) {
              vErrors = [err148];
            } else {
              vErrors.push(err148);
            }
            errors++;
          }
        }
        if (data115.service_cluster !== void 0) {
          let data121 = data115.service_cluster;
          if (typeof data121 !== "string" && data121 !== null) {
            const err149 = { instancePath: instancePath + "/default_config/service_cluster", schemaPath: "#/properties/default_config/properties/service_cluster/type", keyword: "type", params: { type: schema19.properties.default_config.properties.service_cluster.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.service_cluster.type, parentSchema: schema19.properties.default_config.properties.service_cluster, data: data121 };
            if (vErrors === null) {
              vErrors = [err149];
            } else {
              vErrors.push(err149);
            }
            errors++;
          }
        }
        if (data115.tracingServiceName !== void 0) {
          let data122 = data115.tracingServiceName;
          if (!(data122 === "APP_LABEL_AND_NAMESPACE" || data122 === "CANONICAL_NAME_ONLY" || data122 === "CANONICAL_NAME_AND_NAMESPACE" || data122 === 0 || data122 === 1 || data122 === 2 || data122 === null)) {
            const err150 = { instancePath: instancePath + "/default_config/tracingServiceName", schemaPath: "#/properties/default_config/properties/tracingServiceName/enum", keyword: "enum", params: { allowedValues: schema19.properties.default_config.properties.tracingServiceName.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.default_config.properties.tracingServiceName.enum, parentSchema: schema19.properties.default_config.properties.tracingServiceName, data: data122 };
            if (vErrors === null) {
              vErrors = [err150];
            } else {
              vErrors.push(err150);
            }
            errors++;
          }
        }
        if (data115.tracing_service_name !== void 0) {
          let data123 = data115.tracing_service_name;
          if (!(data123 === "APP_LABEL_AND_NAMESPACE" || data123 === "CANONICAL_NAME_ONLY" || data123 === "CANONICAL_NAME_AND_NAMESPACE" || data123 === 0 || data123 === 1 || data123 === 2 || data123 === null)) {
            const err151 = { instancePath: instancePath + "/default_config/tracing_service_name", schemaPath: "#/properties/default_config/properties/tracing_service_name/enum", keyword: "enum", params: { allowedValues: schema19.properties.default_config.properties.tracing_service_name.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.default_config.properties.tracing_service_name.enum, parentSchema: schema19.properties.default_config.properties.tracing_service_name, data: data123 };
            if (vErrors === null) {
              vErrors = [err151];
            } else {
              vErrors.push(err151);
            }
            errors++;
          }
        }
        if (data115.drainDuration !== void 0) {
          let data124 = data115.drainDuration;
          if (typeof data124 !== "string" && data124 !== null) {
            const err152 = { instancePath: instancePath + "/default_config/drainDuration", schemaPath: "#/properties/default_config/properties/drainDuration/type", keyword: "type", params: { type: schema19.properties.default_config.properties.drainDuration.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.drainDuration.type, parentSchema: schema19.properties.default_config.properties.drainDuration, data: data124 };
            if (vErrors === null) {
              vErrors = [err152];
            } else {
              vErrors.push(err152);
            }
            errors++;
          }
          if (typeof data124 === "string") {
            if (!formats0.validate(data124)) {
              const err153 = { instancePath: instancePath + "/default_config/drainDuration", schemaPath: "#/properties/default_config/properties/drainDuration/format", keyword: "format", params: { format: "drain-duration" }, message: 'must match format "drain-duration"', schema: "drain-duration", parentSchema: schema19.properties.default_config.properties.drainDuration, data: data124 };
              if (vErrors === null) {
                vErrors = [err153];
              } else {
                vErrors.push(err153);
              }
              errors++;
            }
          }
        }
        if (data115.drain_duration !== void 0) {
          let data125 = data115.drain_duration;
          if (typeof data125 !== "string" && data125 !== null) {
            const err154 = { instancePath: instancePath + "/default_config/drain_duration", schemaPath: "#/properties/default_config/properties/drain_duration/type", keyword: "type", params: { type: schema19.properties.default_config.properties.drain_duration.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.drain_duration.type, parentSchema: schema19.properties.default_config.properties.drain_duration, data: data125 };
            if (vErrors === null) {
              vErrors = [err154];
            } else {
              vErrors.push(err154);
            }
            errors++;
          }
          if (typeof data125 === "string") {
            if (!formats0.validate(data125)) {
              const err155 = { instancePath: instancePath + "/default_config/drain_duration", schemaPath: "#/properties/default_config/properties/drain_duration/format", keyword: "format", params: { format: "drain-duration" }, message: 'must match format "drain-duration"', schema: "drain-duration", parentSchema: schema19.properties.default_config.properties.drain_duration, data: data125 };
              if (vErrors === null) {
                vErrors = [err155];
              } else {
                vErrors.push(err155);
              }
              errors++;
            }
          }
        }
        if (data115.discoveryAddress !== void 0) {
          let data126 = data115.discoveryAddress;
          if (typeof data126 !== "string" && data126 !== null) {
            const err156 = { instancePath: instancePath + "/default_config/discoveryAddress", schemaPath: "#/properties/default_config/properties/discoveryAddress/type", keyword: "type", params: { type: schema19.properties.default_config.properties.discoveryAddress.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.discoveryAddress.type, parentSchema: schema19.properties.default_config.properties.discoveryAddress, data: data126 };
            if (vErrors === null) {
              vErrors = [err156];
            } else {
              vErrors.push(err156);
            }
            errors++;
          }
        }
        if (data115.discovery_address !== void 0) {
          let data127 = data115.discovery_address;
          if (typeof data127 !== "string" && data127 !== null) {
            const err157 = { instancePath: instancePath + "/default_config/discovery_address", schemaPath: "#/properties/default_config/properties/discovery_address/type", keyword: "type", params: { type: schema19.properties.default_config.properties.discovery_address.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.discovery_address.type, parentSchema: schema19.properties.default_config.properties.discovery_address, data: data127 };
            if (vErrors === null) {
              vErrors = [err157];
            } else {
              vErrors.push(err157);
            }
            errors++;
          }
        }
        if (data115.discoveryRefreshDelay !== void 0) {
          let data128 = data115.discoveryRefreshDelay;
          if (typeof data128 !== "string" && data128 !== null) {
            const err158 = { instancePath: instancePath + "/default_config/discoveryRefreshDelay", schemaPath: "#/properties/default_config/properties/discoveryRefreshDelay/type", keyword: "type", params: { type: schema19.properties.default_config.properties.discoveryRefreshDelay.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.discoveryRefreshDelay.type, parentSchema: schema19.properties.default_config.properties.discoveryRefreshDelay, data: data128 };
            if (vErrors === null) {
              vErrors = [err158];
            } else {
              vErrors.push(err158);
            }
            errors++;
          }
          if (typeof data128 === "string") {
            if (!formats4.validate(data128)) {
              const err159 = { instancePath: instancePath + "/default_config/discoveryRefreshDelay", schemaPath: "#/properties/default_config/properties/discoveryRefreshDelay/format", keyword: "format", params: { format: "go-duration" }, message: 'must match format "go-duration"', schema: "go-duration", parentSchema: schema19.properties.default_config.properties.discoveryRefreshDelay, data: data128 };
              if (vErrors === null) {
                vErrors = [err159];
              } else {
                vErrors.push(err159);
              }
              errors++;
            }
          }
        }
        if (data115.discovery_refresh_delay !== void 0) {
          let data129 = data115.discovery_refresh_delay;
          if (typeof data129 !== "string" && data129 !== null) {
            const err160 = { instancePath: instancePath + "/default_config/discovery_refresh_delay", schemaPath: "#/properties/default_config/properties/discovery_refresh_delay/type", keyword: "type", params: { type: schema19.properties.default_config.properties.discovery_refresh_delay.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.discovery_refresh_delay.type, parentSchema: schema19.properties.default_config.properties.discovery_refresh_delay, data: data129 };
            if (vErrors === null) {
              vErrors = [err160];
            } else {
              vErrors.push(err160);
            }
            errors++;
          }
          if (typeof data129 === "string") {
            if (!formats4.validate(data129)) {
              const err161 = { instancePath: instancePath + "/default_config/discovery_refresh_delay", schemaPath: "#/properties/default_config/properties/discovery_refresh_delay/format", keyword: "format", params: { format: "go-duration" }, message: 'must match format "go-duration"', schema: "go-duration", parentSchema: schema19.properties.default_config.properties.discovery_refresh_delay, data: data129 };
              if (vErrors === null) {
                vErrors = [err161];
              } else {
                vErrors.push(err161);
              }
              errors++;
            }
          }
        }
        if (data115.zipkinAddress !== void 0) {
          let data130 = data115.zipkinAddress;
          if (typeof data130 !== "string" && data130 !== null) {
            const err162 = { instancePath: instancePath + "/default_config/zipkinAddress", schemaPath: "#/properties/default_config/properties/zipkinAddress/type", keyword: "type", params: { type: schema19.properties.default_config.properties.zipkinAddress.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.zipkinAddress.type, parentSchema: schema19.properties.default_config.properties.zipkinAddress, data: data130 };
            if (vErrors === null) {
              vErrors = [err162];
            } else {
              vErrors.push(err162);
            }
            errors++;
          }
        }
        if (data115.zipkin_address !== void 0) {
          let data131 = data115.zipkin_address;
          if (typeof data131 !== "string" && data131 !== null) {
            const err163 = { instancePath: instancePath + "/default_config/zipkin_address", schemaPath: "#/properties/default_config/properties/zipkin_address/type", keyword: "type", params: { type: schema19.properties.default_config.properties.zipkin_address.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.zipkin_address.type, parentSchema: schema19.properties.default_config.properties.zipkin_address, data: data131 };
            if (vErrors === null) {
              vErrors = [err163];
            } else {
              vErrors.push(err163);
            }
            errors++;
          }
        }
        if (data115.statsdUdpAddress !== void 0) {
          let data132 = data115.statsdUdpAddress;
          if (typeof data132 !== "string" && data132 !== null) {
            const err164 = { instancePath: instancePath + "/default_config/statsdUdpAddress", schemaPath: "#/properties/default_config/properties/statsdUdpAddress/type", keyword: "type", params: { type: schema19.properties.default_config.properties.statsdUdpAddress.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.statsdUdpAddress.type, parentSchema: schema19.properties.default_config.properties.statsdUdpAddress, data: data132 };
            if (vErrors === null) {
              vErrors = [err164];
            } else {
              vErrors.push(err164);
            }
            errors++;
          }
        }
        if (data115.statsd_udp_address !== void 0) {
          let data133 = data115.statsd_udp_address;
          if (typeof data133 !== "string" && data133 !== null) {
            const err165 = { instancePath: instancePath + "/default_config/statsd_udp_address", schemaPath: "#/properties/default_config/properties/statsd_udp_address/type", keyword: "type", params: { type: schema19.properties.default_config.properties.statsd_udp_address.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.statsd_udp_address.type, parentSchema: schema19.properties.default_config.properties.statsd_udp_address, data: data133 };
            if (vErrors === null) {
              vErrors = [err165];
            } else {
              vErrors.push(err165);
            }
            errors++;
          }
        }
        if (data115.envoyMetricsServiceAddress !== void 0) {
          let data134 = data115.envoyMetricsServiceAddress;
          if (typeof data134 !== "string" && data134 !== null) {
            const err166 = { instancePath: instancePath + "/default_config/envoyMetricsServiceAddress", schemaPath: "#/properties/default_config/properties/envoyMetricsServiceAddress/type", keyword: "type", params: { type: schema19.properties.default_config.properties.envoyMetricsServiceAddress.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.envoyMetricsServiceAddress.type, parentSchema: schema19.properties.default_config.properties.envoyMetricsServiceAddress, data: data134 };
            if (vErrors === null) {
              vErrors = [err166];
            } else {
              vErrors.push(err166);
            }
            errors++;
          }
        }
        if (data115.envoy_metrics_service_address !== void 0) {
          let data135 = data115.envoy_metrics_service_address;
          if (typeof data135 !== "string" && data135 !== null) {
            const err167 = { instancePath: instancePath + "/default_config/envoy_metrics_service_address", schemaPath: "#/properties/default_config/properties/envoy_metrics_service_address/type", keyword: "type", params: { type: schema19.properties.default_config.properties.envoy_metrics_service_address.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.envoy_metrics_service_address.type, parentSchema: schema19.properties.default_config.properties.envoy_metrics_service_address, data: data135 };
            if (vErrors === null) {
              vErrors = [err167];
            } else {
              vErrors.push(err167);
            }
            errors++;
          }
        }
        if (data115.proxyAdminPort !== void 0) {
          let data136 = data115.proxyAdminPort;
          if (!(typeof data136 == "number" && (!(data136 % 1) && !isNaN(data136))) && typeof data136 !== "string" && data136 !== null) {
            const err168 = { instancePath: instancePath + "/default_config/proxyAdminPort", schemaPath: "#/properties/default_config/properties/proxyAdminPort/type", keyword: "type", params: { type: schema19.properties.default_config.properties.proxyAdminPort.type }, message: "must be integer,string,null", schema: schema19.properties.default_config.properties.proxyAdminPort.type, parentSchema: schema19.properties.default_config.properties.proxyAdminPort, data: data136 };
            if (vErrors === null) {
              vErrors = [err168];
            } else {
              vErrors.push(err168);
            }
            errors++;
          }
          if (typeof data136 === "string") {
            if (!pattern5.test(data136)) {
              const err169 = { instancePath: instancePath + "/default_config/proxyAdminPort", schemaPath: "#/properties/default_config/properties/proxyAdminPort/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema19.properties.default_config.properties.proxyAdminPort, data: data136 };
              if (vErrors === null) {
                vErrors = [err169];
              } else {
                vErrors.push(err169);
              }
              errors++;
            }
          }
        }
        if (data115.proxy_admin_port !== void 0) {
          let data137 = data115.proxy_admin_port;
          if (!(typeof data137 == "number" && (!(data137 % 1) && !isNaN(data137))) && typeof data137 !== "string" && data137 !== null) {
            const err170 = { instancePath: instancePath + "/default_config/proxy_admin_port", schemaPath: "#/properties/default_config/properties/proxy_admin_port/type", keyword: "type", params: { type: schema19.properties.default_config.properties.proxy_admin_port.type }, message: "must be integer,string,null", schema: schema19.properties.default_config.properties.proxy_admin_port.type, parentSchema: schema19.properties.default_config.properties.proxy_admin_port, data: data137 };
            if (vErrors === null) {
              vErrors = [err170];
            } else {
              vErrors.push(err170);
            }
            errors++;
          }
          if (typeof data137 === "string") {
            if (!pattern5.test(data137)) {
              const err171 = { instancePath: instancePath + "/default_config/proxy_admin_port", schemaPath: "#/properties/default_config/properties/proxy_admin_port/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema19.properties.default_config.properties.proxy_admin_port, data: data137 };
              if (vErrors === null) {
                vErrors = [err171];
              } else {
                vErrors.push(err171);
              }
              errors++;
            }
          }
        }
        if (data115.availabilityZone !== void 0) {
          let data138 = data115.availabilityZone;
          if (typeof data138 !== "string" && data138 !== null) {
            const err172 = { instancePath: instancePath + "/default_config/availabilityZone", schemaPath: "#/properties/default_config/properties/availabilityZone/type", keyword: "type", params: { type: schema19.properties.default_config.properties.availabilityZone.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.availabilityZone.type, parentSchema: schema19.properties.default_config.properties.availabilityZone, data: data138 };
            if (vErrors === null) {
              vErrors = [err172];
            } else {
              vErrors.push(err172);
            }
            errors++;
          }
        }
        if (data115.availability_zone !== void 0) {
          let data139 = data115.availability_zone;
          if (typeof data139 !== "string" && data139 !== null) {
            const err173 = { instancePath: instancePath + "/default_config/availability_zone", schemaPath: "#/properties/default_config/properties/availability_zone/type", keyword: "type", params: { type: schema19.properties.default_config.properties.availability_zone.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.availability_zone.type, parentSchema: schema19.properties.default_config.properties.availability_zone, data: data139 };
            if (vErrors === null) {
              vErrors = [err173];
            } else {
              vErrors.push(err173);
            }
            errors++;
          }
        }
        if (data115.controlPlaneAuthPolicy !== void 0) {
          let data140 = data115.controlPlaneAuthPolicy;
          if (!(data140 === "NONE" || data140 === "MUTUAL_TLS" || data140 === "INHERIT" || data140 === 0 || data140 === 1 || data140 === 2 || data140 === null)) {
            const err174 = { instancePath: instancePath + "/default_config/controlPlaneAuthPolicy", schemaPath: "#/properties/default_config/properties/controlPlaneAuthPolicy/enum", keyword: "enum", params: { allowedValues: schema19.properties.default_config.properties.controlPlaneAuthPolicy.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.default_config.properties.controlPlaneAuthPolicy.enum, parentSchema: schema19.properties.default_config.properties.controlPlaneAuthPolicy, data: data140 };
            if (vErrors === null) {
              vErrors = [err174];
            } else {
              vErrors.push(err174);
            }
            errors++;
          }
        }
        if (data115.control_plane_auth_policy !== void 0) {
          let data141 = data115.control_plane_auth_policy;
          if (!(data141 === "NONE" || data141 === "MUTUAL_TLS" || data141 === "INHERIT" || data141 === 0 || data141 === 1 || data141 === 2 || data141 === null)) {
            const err175 = { instancePath: instancePath + "/default_config/control_plane_auth_policy", schemaPath: "#/properties/default_config/properties/control_plane_auth_policy/enum", keyword: "enum", params: { allowedValues: schema19.properties.default_config.properties.control_plane_auth_policy.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.default_config.properties.control_plane_auth_policy.enum, parentSchema: schema19.properties.default_config.properties.control_plane_auth_policy, data: data141 };
            if (vErrors === null) {
              vErrors = [err175];
            } else {
              vErrors.push(err175);
            }
            errors++;
          }
        }
        if (data115.customConfigFile !== void 0) {
          let data142 = data115.customConfigFile;
          if (typeof data142 !== "string" && data142 !== null) {
            const err176 = { instancePath: instancePath + "/default_config/customConfigFile", schemaPath: "#/properties/default_config/properties/customConfigFile/type", keyword: "type", params: { type: schema19.properties.default_config.properties.customConfigFile.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.customConfigFile.type, parentSchema: schema19.properties.default_config.properties.customConfigFile, data: data142 };
            if (vErrors === null) {
              vErrors = [err176];
            } else {
              vErrors.push(err176);
            }
            errors++;
          }
        }
        if (data115.custom_config_file !== void 0) {
          let data143 = data115.custom_config_file;
          if (typeof data143 !== "string" && data143 !== null) {
            const err177 = { instancePath: instancePath + "/default_config/custom_config_file", schemaPath: "#/properties/default_config/properties/custom_config_file/type", keyword: "type", params: { type: schema19.properties.default_config.properties.custom_config_file.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.custom_config_file.type, parentSchema: schema19.properties.default_config.properties.custom_config_file, data: data143 };
            if (vErrors === null) {
              vErrors = [err177];
            } else {
              vErrors.push(err177);
            }
            errors++;
          }
        }
        if (data115.statNameLength !== void 0) {
          let data144 = data115.statNameLength;
          if (!(typeof data144 == "number" && (!(data144 % 1) && !isNaN(data144))) && typeof data144 !== "string" && data144 !== null) {
            const err178 = { instancePath: instancePath + "/default_config/statNameLength", schemaPath: "#/properties/default_config/properties/statNameLength/type", keyword: "type", params: { type: schema19.properties.default_config.properties.statNameLength.type }, message: "must be integer,string,null", schema: schema19.properties.default_config.properties.statNameLength.type, parentSchema: schema19.properties.default_config.properties.statNameLength, data: data144 };
            if (vErrors === null) {
              vErrors = [err178];
            } else {
              vErrors.push(err178);
            }
            errors++;
          }
          if (typeof data144 === "string") {
            if (!pattern5.test(data144)) {
              const err179 = { instancePath: instancePath + "/default_config/statNameLength", schemaPath: "#/properties/default_config/properties/statNameLength/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema19.properties.default_config.properties.statNameLength, data: data144 };
              if (vErrors === null) {
                vErrors = [err179];
              } else {
                vErrors.push(err179);
              }
              errors++;
            }
          }
        }
        if (data115.stat_name_length !== void 0) {
          let data145 = data115.stat_name_length;
          if (!(typeof data145 == "number" && (!(data145 % 1) && !isNaN(data145))) && typeof data145 !== "string" && data145 !== null) {
            const err180 = { instancePath: instancePath + "/default_config/stat_name_length", schemaPath: "#/properties/default_config/properties/stat_name_length/type", keyword: "type", params: { type: schema19.properties.default_config.properties.stat_name_length.type }, message: "must be integer,string,null", schema: schema19.properties.default_config.properties.stat_name_length.type, parentSchema: schema19.properties.default_config.properties.stat_name_length, data: data145 };
            if (vErrors === null) {
              vErrors = [err180];
            } else {
              vErrors.push(err180);
            }
            errors++;
          }
          if (typeof data145 === "string") {
            if (!pattern5.test(data145)) {
              const err181 = { instancePath: instancePath + "/default_config/stat_name_length", schemaPath: "#/properties/default_config/properties/stat_name_length/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema19.properties.default_config.properties.stat_name_length, data: data145 };
              if (vErrors === null) {
                vErrors = [err181];
              } else {
                vErrors.push(err181);
              }
              errors++;
            }
          }
        }
        if (data115.concurrency !== void 0) {
          let data146 = data115.concurrency;
          if (!(typeof data146 == "number" && (!(data146 % 1) && !isNaN(data146))) && typeof data146 !== "string" && data146 !== null) {
            const err182 = { instancePath: instancePath + "/default_config/concurrency", schemaPath: "#/properties/default_config/properties/concurrency/type", keyword: "type", params: { type: schema19.properties.default_config.properties.concurrency.type }, message: "must be integer,string,null", schema: schema19.properties.default_config.properties.concurrency.type, parentSchema: schema19.properties.default_config.properties.concurrency, data: data146 };
            if (vErrors === null) {
              vErrors = [err182];
            } else {
              vErrors.push(err182);
            }
            errors++;
          }
          if (typeof data146 === "string") {
            if (!pattern5.test(data146)) {
              const err183 = { instancePath: instancePath + "/default_config/concurrency", schemaPath: "#/properties/default_config/properties/concurrency/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema19.properties.default_config.properties.concurrency, data: data146 };
              if (vErrors === null) {
                vErrors = [err183];
              } else {
                vErrors.push(err183);
              }
              errors++;
            }
          }
        }
        if (data115.proxyBootstrapTemplatePath !== void 0) {
          let data147 = data115.proxyBootstrapTemplatePath;
          if (typeof data147 !== "string" && data147 !== null) {
            const err184 = { instancePath: instancePath + "/default_config/proxyBootstrapTemplatePath", schemaPath: "#/properties/default_config/properties/proxyBootstrapTemplatePath/type", keyword: "type", params: { type: schema19.properties.default_config.properties.proxyBootstrapTemplatePath.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.proxyBootstrapTemplatePath.type, parentSchema: schema19.properties.default_config.properties.proxyBootstrapTemplatePath, data: data147 };
            if (vErrors === null) {
              vErrors = [err184];
            } else {
              vErrors.push(err184);
            }
            errors++;
          }
        }
        if (data115.proxy_bootstrap_template_path !== void 0) {
          let data148 = data115.proxy_bootstrap_template_path;
          if (typeof data148 !== "string" && data148 !== null) {
            const err185 = { instancePath: instancePath + "/default_config/proxy_bootstrap_template_path", schemaPath: "#/properties/default_config/properties/proxy_bootstrap_template_path/type", keyword: "type", params: { type: schema19.properties.default_config.properties.proxy_bootstrap_template_path.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.proxy_bootstrap_template_path.type, parentSchema: schema19.properties.default_config.properties.proxy_bootstrap_template_path, data: data148 };
            if (vErrors === null) {
              vErrors = [err185];
            } else {
              vErrors.push(err185);
            }
            errors++;
          }
        }
        if (data115.interceptionMode !== void 0) {
          let data149 = data115.interceptionMode;
          if (!(data149 === "REDIRECT" || data149 === "TPROXY" || data149 === "NONE" || data149 === 0 || data149 === 1 || data149 === 2 || data149 === null)) {
            const err186 = { instancePath: instancePath + "/default_config/interceptionMode", schemaPath: "#/properties/default_config/properties/interceptionMode/enum", keyword: "enum", params: { allowedValues: schema19.properties.default_config.properties.interceptionMode.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.default_config.properties.interceptionMode.enum, parentSchema: schema19.properties.default_config.properties.interceptionMode, data: data149 };
            if (vErrors === null) {
              vErrors = [err186];
            } else {
              vErrors.push(err186);
            }
            errors++;
          }
        }
        if (data115.interception_mode !== void 0) {
          let data150 = data115.interception_mode;
          if (!(data150 === "REDIRECT" || data150 === "TPROXY" || data150 === "NONE" || data150 === 0 || data150 === 1 || data150 === 2 || data150 === null)) {
            const err187 = { instancePath: instancePath + "/default_config/interception_mode", schemaPath: "#/properties/default_config/properties/interception_mode/enum", keyword: "enum", params: { allowedValues: schema19.properties.default_config.properties.interception_mode.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.default_config.properties.interception_mode.enum, parentSchema: schema19.properties.default_config.properties.interception_mode, data: data150 };
            if (vErrors === null) {
              vErrors = [err187];
            } else {
              vErrors.push(err187);
            }
            errors++;
          }
        }
        if (data115.tracing !== void 0) {
          let data151 = data115.tracing;
          if (!(data151 && typeof data151 == "object" && !Array.isArray(data151)) && data151 !== null) {
            const err188 = { instancePath: instancePath + "/default_config/tracing", schemaPath: "#/properties/default_config/properties/tracing/type", keyword: "type", params: { type: schema19.properties.default_config.properties.tracing.type }, message: "must be object,null", schema: schema19.properties.default_config.properties.tracing.type, parentSchema: schema19.properties.default_config.properties.tracing, data: data151 };
            if (vErrors === null) {
              vErrors = [err188];
            } else {
              vErrors.push(err188);
            }
            errors++;
          }
        }
        if (data115.sds !== void 0) {
          let data152 = data115.sds;
          if (!(data152 && typeof data152 == "object" && !Array.isArray(data152)) && data152 !== null) {
            const err189 = { instancePath: instancePath + "/default_config/sds", schemaPath: "#/properties/default_config/properties/sds/type", keyword: "type", params: { type: schema19.properties.default_config.properties.sds.type }, message: "must be object,null", schema: schema19.properties.default_config.properties.sds.type, parentSchema: schema19.properties.default_config.properties.sds, data: data152 };
            if (vErrors === null) {
              vErrors = [err189];
            } else {
              vErrors.push(err189);
            }
            errors++;
          }
        }
        if (data115.envoyAccessLogService !== void 0) {
          let data153 = data115.envoyAccessLogService;
          if (!(data153 && typeof data153 == "object" && !Array.isArray(data153)) && data153 !== null) {
            const err190 = { instancePath: instancePath + "/default_config/envoyAccessLogService", schemaPath: "#/properties/default_config/properties/envoyAccessLogService/type", keyword: "type", params: { type: schema19.properties.default_config.properties.envoyAccessLogService.type }, message: "must be object,null", schema: schema19.properties.default_config.properties.envoyAccessLogService.type, parentSchema: schema19.properties.default_config.properties.envoyAccessLogService, data: data153 };
            if (vErrors === null) {
              vErrors = [err190];
            } else {
              vErrors.push(err190);
            }
            errors++;
          }
        }
        if (data115.envoy_access_log_service !== void 0) {
          let data154 = data115.envoy_access_log_service;
          if (!(data154 && typeof data154 == "object" && !Array.isArray(data154)) && data154 !== null) {
            const err191 = { instancePath: instancePath + "/default_config/envoy_access_log_service", schemaPath: "#/properties/default_config/properties/envoy_access_log_service/type", keyword: "type", params: { type: schema19.properties.default_config.properties.envoy_access_log_service.type }, message: "must be object,null", schema: schema19.properties.default_config.properties.envoy_access_log_service.type, parentSchema: schema19.properties.default_config.properties.envoy_access_log_service, data: data154 };
            if (vErrors === null) {
              vErrors = [err191];
            } else {
              vErrors.push(err191);
            }
            errors++;
          }
        }
        if (data115.envoyMetricsService !== void 0) {
          let data155 = data115.envoyMetricsService;
          if (!(data155 && typeof data155 == "object" && !Array.isArray(data155)) && data155 !== null) {
            const err192 = { instancePath: instancePath + "/default_config/envoyMetricsService", schemaPath: "#/properties/default_config/properties/envoyMetricsService/type", keyword: "type", params: { type: schema19.properties.default_config.properties.envoyMetricsService.type }, message: "must be object,null", schema: schema19.properties.default_config.properties.envoyMetricsService.type, parentSchema: schema19.properties.default_config.properties.envoyMetricsService, data: data155 };
            if (vErrors === null) {
              vErrors = [err192];
            } else {
              vErrors.push(err192);
            }
            errors++;
          }
        }
        if (data115.envoy_metrics_service !== void 0) {
          let data156 = data115.envoy_metrics_service;
          if (!(data156 && typeof data156 == "object" && !Array.isArray(data156)) && data156 !== null) {
            const err193 = { instancePath: instancePath + "/default_config/envoy_metrics_service", schemaPath: "#/properties/default_config/properties/envoy_metrics_service/type", keyword: "type", params: { type: schema19.properties.default_config.properties.envoy_metrics_service.type }, message: "must be object,null", schema: schema19.properties.default_config.properties.envoy_metrics_service.type, parentSchema: schema19.properties.default_config.properties.envoy_metrics_service, data: data156 };
            if (vErrors === null) {
              vErrors = [err193];
            } else {
              vErrors.push(err193);
            }
            errors++;
          }
        }
        if (data115.proxyMetadata !== void 0) {
          let data157 = data115.proxyMetadata;
          if (!(data157 && typeof data157 == "object" && !Array.isArray(data157)) && data157 !== null) {
            const err194 = { instancePath: instancePath + "/default_config/proxyMetadata", schemaPath: "#/properties/default_config/properties/proxyMetadata/type", keyword: "type", params: { type: schema19.properties.default_config.properties.proxyMetadata.type }, message: "must be object,null", schema: schema19.properties.default_config.properties.proxyMetadata.type, parentSchema: schema19.properties.default_config.properties.proxyMetadata, data: data157 };
            if (vErrors === null) {
              vErrors = [err194];
            } else {
              vErrors.push(err194);
            }
            errors++;
          }
          if (data157 && typeof data157 == "object" && !Array.isArray(data157)) {
            for (const key4 in data157) {
              let data158 = data157[key4];
              if (typeof data158 !== "string" && data158 !== null) {
                const err195 = { instancePath: instancePath + "/default_config/proxyMetadata/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/default_config/properties/proxyMetadata/additionalProperties/type", keyword: "type", params: { type: schema19.properties.default_config.properties.proxyMetadata.additionalProperties.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.proxyMetadata.additionalProperties.type, parentSchema: schema19.properties.default_config.properties.proxyMetadata.additionalProperties, data: data158 };
                if (vErrors === null) {
                  vErrors = [err195];
                } else {
                  vErrors.push(err195);
                }
                errors++;
              }
            }
          }
        }
        if (data115.proxy_metadata !== void 0) {
          let data159 = data115.proxy_metadata;
          if (!(data159 && typeof data159 == "object" && !Array.isArray(data159)) && data159 !== null) {
            const err196 = { instancePath: instancePath + "/default_config/proxy_metadata", schemaPath: "#/properties/default_config/properties/proxy_metadata/type", keyword: "type", params: { type: schema19.properties.default_config.properties.proxy_metadata.type }, message: "must be object,null", schema: schema19.properties.default_config.properties.proxy_metadata.type, parentSchema: schema19.properties.default_config.properties.proxy_metadata, data: data159 };
            if (vErrors === null) {
              vErrors = [err196];
            } else {
              vErrors.push(err196);
            }
            errors++;
          }
          if (data159 && typeof data159 == "object" && !Array.isArray(data159)) {
            for (const key5 in data159) {
              let data160 = data159[key5];
              if (typeof data160 !== "string" && data160 !== null) {
                const err197 = { instancePath: instancePath + "/default_config/proxy_metadata/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/default_config/properties/proxy_metadata/additionalProperties/type", keyword: "type", params: { type: schema19.properties.default_config.properties.proxy_metadata.additionalProperties.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.proxy_metadata.additionalProperties.type, parentSchema: schema19.properties.default_config.properties.proxy_metadata.additionalProperties, data: data160 };
                if (vErrors === null) {
                  vErrors = [err197];
                } else {
                  vErrors.push(err197);
                }
                errors++;
              }
            }
          }
        }
        if (data115.runtimeValues !== void 0) {
          let data161 = data115.runtimeValues;
          if (!(data161 && typeof data161 == "object" && !Array.isArray(data161)) && data161 !== null) {
            const err198 = { instancePath: instancePath + "/default_config/runtimeValues", schemaPath: "#/properties/default_config/properties/runtimeValues/type", keyword: "type", params: { type: schema19.properties.default_config.properties.runtimeValues.type }, message: "must be object,null", schema: schema19.properties.default_config.properties.runtimeValues.type, parentSchema: schema19.properties.default_config.properties.runtimeValues, data: data161 };
            if (vErrors === null) {
              vErrors = [err198];
            } else {
              vErrors.push(err198);
            }
            errors++;
          }
          if (data161 && typeof data161 == "object" && !Array.isArray(data161)) {
            for (const key6 in data161) {
              let data162 = data161[key6];
              if (typeof data162 !== "string" && data162 !== null) {
                const err199 = { instancePath: instancePath + "/default_config/runtimeValues/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/default_config/properties/runtimeValues/additionalProperties/type", keyword: "type", params: { type: schema19.properties.default_config.properties.runtimeValues.additionalProperties.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.runtimeValues.additionalProperties.type, parentSchema: schema19.properties.default_config.properties.runtimeValues.additionalProperties, data: data162 };
                if (vErrors === null) {
                  vErrors = [err199];
                } else {
                  vErrors.push(err199);
                }
                errors++;
              }
            }
          }
        }
        if (data115.runtime_values !== void 0) {
          let data163 = data115.runtime_values;
          if (!(data163 && typeof data163 == "object" && !Array.isArray(data163)) && data163 !== null) {
            const err200 = { instancePath: instancePath + "/default_config/runtime_values", schemaPath: "#/properties/default_config/properties/runtime_values/type", keyword: "type", params: { type: schema19.properties.default_config.properties.runtime_values.type }, message: "must be object,null", schema: schema19.properties.default_config.properties.runtime_values.type, parentSchema: schema19.properties.default_config.properties.runtime_values, data: data163 };
            if (vErrors === null) {
              vErrors = [err200];
            } else {
              vErrors.push(err200);
            }
            errors++;
          }
          if (data163 && typeof data163 == "object" && !Array.isArray(data163)) {
            for (const key7 in data163) {
              let data164 = data163[key7];
              if (typeof data164 !== "string" && data164 !== null) {
                const err201 = { instancePath: instancePath + "/default_config/runtime_values/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/default_config/properties/runtime_values/additionalProperties/type", keyword: "type", params: { type: schema19.properties.default_config.properties.runtime_values.additionalProperties.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.runtime_values.additionalProperties.type, parentSchema: schema19.properties.default_config.properties.runtime_values.additionalProperties, data: data164 };
                if (vErrors === null) {
                  vErrors = [err201];
                } else {
                  vErrors.push(err201);
                }
                errors++;
              }
            }
          }
        }
        if (data115.statusPort !== void 0) {
          let data165 = data115.statusPort;
          if (!(typeof data165 == "number" && (!(data165 % 1) && !isNaN(data165))) && typeof data165 !== "string" && data165 !== null) {
            const err202 = { instancePath: instancePath + "/default_config/statusPort", schemaPath: "#/properties/default_config/properties/statusPort/type", keyword: "type", params: { type: schema19.properties.default_config.properties.statusPort.type }, message: "must be integer,string,null", schema: schema19.properties.default_config.properties.statusPort.type, parentSchema: schema19.properties.default_config.properties.statusPort, data: data165 };
            if (vErrors === null) {
              vErrors = [err202];
            } else {
              vErrors.push(err202);
            }
            errors++;
          }
          if (typeof data165 === "string") {
            if (!pattern5.test(data165)) {
              const err203 = { instancePath: instancePath + "/default_config/statusPort", schemaPath: "#/properties/default_config/properties/statusPort/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema19.properties.default_config.properties.statusPort, data: data165 };
              if (vErrors === null) {
                vErrors = [err203];
              } else {
                vErrors.push(err203);
              }
              errors++;
            }
          }
        }
        if (data115.status_port !== void 0) {
          let data166 = data115.status_port;
          if (!(typeof data166 == "number" && (!(data166 % 1) && !isNaN(data166))) && typeof data166 !== "string" && data166 !== null) {
            const err204 = { instancePath: instancePath + "/default_config/status_port", schemaPath: "#/properties/default_config/properties/status_port/type", keyword: "type", params: { type: schema19.properties.default_config.properties.status_port.type }, message: "must be integer,string,null", schema: schema19.properties.default_config.properties.status_port.type, parentSchema: schema19.properties.default_config.properties.status_port, data: data166 };
            if (vErrors === null) {
              vErrors = [err204];
            } else {
              vErrors.push(err204);
            }
            errors++;
          }
          if (typeof data166 === "string") {
            if (!pattern5.test(data166)) {
              const err205 = { instancePath: instancePath + "/default_config/status_port", schemaPath: "#/properties/default_config/properties/status_port/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema19.properties.default_config.properties.status_port, data: data166 };
              if (vErrors === null) {
                vErrors = [err205];
              } else {
                vErrors.push(err205);
              }
              errors++;
            }
          }
        }
        if (data115.extraStatTags !== void 0) {
          let data167 = data115.extraStatTags;
          if (!Array.isArray(data167) && data167 !== null) {
            const err206 = { instancePath: instancePath + "/default_config/extraStatTags", schemaPath: "#/properties/default_config/properties/extraStatTags/type", keyword: "type", params: { type: schema19.properties.default_config.properties.extraStatTags.type }, message: "must be array,null", schema: schema19.properties.default_config.properties.extraStatTags.type, parentSchema: schema19.properties.default_config.properties.extraStatTags, data: data167 };
            if (vErrors === null) {
              vErrors = [err206];
            } else {
              vErrors.push(err206);
            }
            errors++;
          }
        }
        if (data115.extra_stat_tags !== void 0) {
          let data168 = data115.extra_stat_tags;
          if (!Array.isArray(data168) && data168 !== null) {
            const err207 = { instancePath: instancePath + "/default_config/extra_stat_tags", schemaPath: "#/properties/default_config/properties/extra_stat_tags/type", keyword: "type", params: { type: schema19.properties.default_config.properties.extra_stat_tags.type }, message: "must be array,null", schema: schema19.properties.default_config.properties.extra_stat_tags.type, parentSchema: schema19.properties.default_config.properties.extra_stat_tags, data: data168 };
            if (vErrors === null) {
              vErrors = [err207];
            } else {
              vErrors.push(err207);
            }
            errors++;
          }
        }
        if (data115.gatewayTopology !== void 0) {
          let data169 = data115.gatewayTopology;
          if (!(data169 && typeof data169 == "object" && !Array.isArray(data169)) && data169 !== null) {
            const err208 = { instancePath: instancePath + "/default_config/gatewayTopology", schemaPath: "#/properties/default_config/properties/gatewayTopology/type", keyword: "type", params: { type: schema19.properties.default_config.properties.gatewayTopology.type }, message: "must be object,null", schema: schema19.properties.default_config.properties.gatewayTopology.type, parentSchema: schema19.properties.default_config.properties.gatewayTopology, data: data169 };
            if (vErrors === null) {
              vErrors = [err208];
            } else {
              vErrors.push(err208);
            }
            errors++;
          }
        }
        if (data115.gateway_topology !== void 0) {
          let data170 = data115.gateway_topology;
          if (!(data170 && typeof data170 == "object" && !Array.isArray(data170)) && data170 !== null) {
            const err209 = { instancePath: instancePath + "/default_config/gateway_topology", schemaPath: "#/properties/default_config/properties/gateway_topology/type", keyword: "type", params: { type: schema19.properties.default_config.properties.gateway_topology.type }, message: "must be object,null", schema: schema19.properties.default_config.properties.gateway_topology.type, parentSchema: schema19.properties.default_config.properties.gateway_topology, data: data170 };
            if (vErrors === null) {
              vErrors = [err209];
            } else {
              vErrors.push(err209);
            }
            errors++;
          }
        }
        if (data115.terminationDrainDuration !== void 0) {
          let data171 = data115.terminationDrainDuration;
          if (typeof data171 !== "string" && data171 !== null) {
            const err210 = { instancePath: instancePath + "/default_config/terminationDrainDuration", schemaPath: "#/properties/default_config/properties/terminationDrainDuration/type", keyword: "type", params: { type: schema19.properties.default_config.properties.terminationDrainDuration.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.terminationDrainDuration.type, parentSchema: schema19.properties.default_config.properties.terminationDrainDuration, data: data171 };
            if (vErrors === null) {
              vErrors = [err210];
            } else {
              vErrors.push(err210);
            }
            errors++;
          }
          if (typeof data171 === "string") {
            if (!formats4.validate(data171)) {
              const err211 = { instancePath: instancePath + "/default_config/terminationDrainDuration", schemaPath: "#/properties/default_config/properties/terminationDrainDuration/format", keyword: "format", params: { format: "go-duration" }, message: 'must match format "go-duration"', schema: "go-duration", parentSchema: schema19.properties.default_config.properties.terminationDrainDuration, data: data171 };
              if (vErrors === null) {
                vErrors = [err211];
              } else {
                vErrors.push(err211);
              }
              errors++;
            }
          }
        }
        if (data115.termination_drain_duration !== void 0) {
          let data172 = data115.termination_drain_duration;
          if (typeof data172 !== "string" && data172 !== null) {
            const err212 = { instancePath: instancePath + "/default_config/termination_drain_duration", schemaPath: "#/properties/default_config/properties/termination_drain_duration/type", keyword: "type", params: { type: schema19.properties.default_config.properties.termination_drain_duration.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.termination_drain_duration.type, parentSchema: schema19.properties.default_config.properties.termination_drain_duration, data: data172 };
            if (vErrors === null) {
              vErrors = [err212];
            } else {
              vErrors.push(err212);
            }
            errors++;
          }
          if (typeof data172 === "string") {
            if (!formats4.validate(data172)) {
              const err213 = { instancePath: instancePath + "/default_config/termination_drain_duration", schemaPath: "#/properties/default_config/properties/termination_drain_duration/format", keyword: "format", params: { format: "go-duration" }, message: 'must match format "go-duration"', schema: "go-duration", parentSchema: schema19.properties.default_config.properties.termination_drain_duration, data: data172 };
              if (vErrors === null) {
                vErrors = [err213];
              } else {
                vErrors.push(err213);
              }
              errors++;
            }
          }
        }
        if (data115.meshId !== void 0) {
          let data173 = data115.meshId;
          if (typeof data173 !== "string" && data173 !== null) {
            const err214 = { instancePath: instancePath + "/default_config/meshId", schemaPath: "#/properties/default_config/properties/meshId/type", keyword: "type", params: { type: schema19.properties.default_config.properties.meshId.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.meshId.type, parentSchema: schema19.properties.default_config.properties.meshId, data: data173 };
            if (vErrors === null) {
              vErrors = [err214];
            } else {
              vErrors.push(err214);
            }
            errors++;
          }
        }
        if (data115.mesh_id !== void 0) {
          let data174 = data115.mesh_id;
          if (typeof data174 !== "string" && data174 !== null) {
            const err215 = { instancePath: instancePath + "/default_config/mesh_id", schemaPath: "#/properties/default_config/properties/mesh_id/type", keyword: "type", params: { type: schema19.properties.default_config.properties.mesh_id.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.mesh_id.type, parentSchema: schema19.properties.default_config.properties.mesh_id, data: data174 };
            if (vErrors === null) {
              vErrors = [err215];
            } else {
              vErrors.push(err215);
            }
            errors++;
          }
        }
        if (data115.readinessProbe !== void 0) {
          let data175 = data115.readinessProbe;
          if (!(data175 && typeof data175 == "object" && !Array.isArray(data175)) && data175 !== null) {
            const err216 = { instancePath: instancePath + "/default_config/readinessProbe", schemaPath: "#/properties/default_config/properties/readinessProbe/type", keyword: "type", params: { type: schema19.properties.default_config.properties.readinessProbe.type }, message: "must be object,null", schema: schema19.properties.default_config.properties.readinessProbe.type, parentSchema: schema19.properties.default_config.properties.readinessProbe, data: data175 };
            if (vErrors === null) {
              vErrors = [err216];
            } else {
              vErrors.push(err216);
            }
            errors++;
          }
        }
        if (data115.readiness_probe !== void 0) {
          let data176 = data115.readiness_probe;
          if (!(data176 && typeof data176 == "object" && !Array.isArray(data176)) && data176 !== null) {
            const err217 = { instancePath: instancePath + "/default_config/readiness_probe", schemaPath: "#/properties/default_config/properties/readiness_probe/type", keyword: "type", params: { type: schema19.properties.default_config.properties.readiness_probe.type }, message: "must be object,null", schema: schema19.properties.default_config.properties.readiness_probe.type, parentSchema: schema19.properties.default_config.properties.readiness_probe, data: data176 };
            if (vErrors === null) {
              vErrors = [err217];
            } else {
              vErrors.push(err217);
            }
            errors++;
          }
        }
        if (data115.proxyStatsMatcher !== void 0) {
          let data177 = data115.proxyStatsMatcher;
          if (!(data177 && typeof data177 == "object" && !Array.isArray(data177)) && data177 !== null) {
            const err218 = { instancePath: instancePath + "/default_config/proxyStatsMatcher", schemaPath: "#/properties/default_config/properties/proxyStatsMatcher/type", keyword: "type", params: { type: schema19.properties.default_config.properties.proxyStatsMatcher.type }, message: "must be object,null", schema: schema19.properties.default_config.properties.proxyStatsMatcher.type, parentSchema: schema19.properties.default_config.properties.proxyStatsMatcher, data: data177 };
            if (vErrors === null) {
              vErrors = [err218];
            } else {
              vErrors.push(err218);
            }
            errors++;
          }
        }
        if (data115.proxy_stats_matcher !== void 0) {
          let data178 = data115.proxy_stats_matcher;
          if (!(data178 && typeof data178 == "object" && !Array.isArray(data178)) && data178 !== null) {
            const err219 = { instancePath: instancePath + "/default_config/proxy_stats_matcher", schemaPath: "#/properties/default_config/properties/proxy_stats_matcher/type", keyword: "type", params: { type: schema19.properties.default_config.properties.proxy_stats_matcher.type }, message: "must be object,null", schema: schema19.properties.default_config.properties.proxy_stats_matcher.type, parentSchema: schema19.properties.default_config.properties.proxy_stats_matcher, data: data178 };
            if (vErrors === null) {
              vErrors = [err219];
            } else {
              vErrors.push(err219);
            }
            errors++;
          }
        }
        if (data115.holdApplicationUntilProxyStarts !== void 0) {
          let data179 = data115.holdApplicationUntilProxyStarts;
          if (typeof data179 !== "boolean" && data179 !== null) {
            const err220 = { instancePath: instancePath + "/default_config/holdApplicationUntilProxyStarts", schemaPath: "#/properties/default_config/properties/holdApplicationUntilProxyStarts/type", keyword: "type", params: { type: schema19.properties.default_config.properties.holdApplicationUntilProxyStarts.type }, message: "must be boolean,null", schema: schema19.properties.default_config.properties.holdApplicationUntilProxyStarts.type, parentSchema: schema19.properties.default_config.properties.holdApplicationUntilProxyStarts, data: data179 };
            if (vErrors === null) {
              vErrors = [err220];
            } else {
              vErrors.push(err220);
            }
            errors++;
          }
        }
        if (data115.hold_application_until_proxy_starts !== void 0) {
          let data180 = data115.hold_application_until_proxy_starts;
          if (typeof data180 !== "boolean" && data180 !== null) {
            const err221 = { instancePath: instancePath + "/default_config/hold_application_until_proxy_starts", schemaPath: "#/properties/default_config/properties/hold_application_until_proxy_starts/type", keyword: "type", params: { type: schema19.properties.default_config.properties.hold_application_until_proxy_starts.type }, message: "must be boolean,null", schema: schema19.properties.default_config.properties.hold_application_until_proxy_starts.type, parentSchema: schema19.properties.default_config.properties.hold_application_until_proxy_starts, data: data180 };
            if (vErrors === null) {
              vErrors = [err221];
            } else {
              vErrors.push(err221);
            }
            errors++;
          }
        }
        if (data115.caCertificatesPem !== void 0) {
          let data181 = data115.caCertificatesPem;
          if (!Array.isArray(data181) && data181 !== null) {
            const err222 = { instancePath: instancePath + "/default_config/caCertificatesPem", schemaPath: "#/properties/default_config/properties/caCertificatesPem/type", keyword: "type", params: { type: schema19.properties.default_config.properties.caCertificatesPem.type }, message: "must be array,null", schema: schema19.properties.default_config.properties.caCertificatesPem.type, parentSchema: schema19.properties.default_config.properties.caCertificatesPem, data: data181 };
            if (vErrors === null) {
              vErrors = [err222];
            } else {
              vErrors.push(err222);
            }
            errors++;
          }
        }
        if (data115.ca_certificates_pem !== void 0) {
          let data182 = data115.ca_certificates_pem;
          if (!Array.isArray(data182) && data182 !== null) {
            const err223 = { instancePath: instancePath + "/default_config/ca_certificates_pem", schemaPath: "#/properties/default_config/properties/ca_certificates_pem/type", keyword: "type", params: { type: schema19.properties.default_config.properties.ca_certificates_pem.type }, message: "must be array,null", schema: schema19.properties.default_config.properties.ca_certificates_pem.type, parentSchema: schema19.properties.default_config.properties.ca_certificates_pem, data: data182 };
            if (vErrors === null) {
              vErrors = [err223];
            } else {
              vErrors.push(err223);
            }
            errors++;
          }
        }
        if (data115.image !== void 0) {
          let data183 = data115.image;
          if (!(data183 && typeof data183 == "object" && !Array.isArray(data183)) && data183 !== null) {
            const err224 = { instancePath: instancePath + "/default_config/image", schemaPath: "#/properties/default_config/properties/image/type", keyword: "type", params: { type: schema19.properties.default_config.properties.image.type }, message: "must be object,null", schema: schema19.properties.default_config.properties.image.type, parentSchema: schema19.properties.default_config.properties.image, data: data183 };
            if (vErrors === null) {
              vErrors = [err224];
            } else {
              vErrors.push(err224);
            }
            errors++;
          }
        }
        if (data115.privateKeyProvider !== void 0) {
          let data184 = data115.privateKeyProvider;
          if (!(data184 && typeof data184 == "object" && !Array.isArray(data184)) && data184 !== null) {
            const err225 = { instancePath: instancePath + "/default_config/privateKeyProvider", schemaPath: "#/properties/default_config/properties/privateKeyProvider/type", keyword: "type", params: { type: schema19.properties.default_config.properties.privateKeyProvider.type }, message: "must be object,null", schema: schema19.properties.default_config.properties.privateKeyProvider.type, parentSchema: schema19.properties.default_config.properties.privateKeyProvider, data: data184 };
            if (vErrors === null) {
              vErrors = [err225];
            } else {
              vErrors.push(err225);
            }
            errors++;
          }
        }
        if (data115.private_key_provider !== void 0) {
          let data185 = data115.private_key_provider;
          if (!(data185 && typeof data185 == "object" && !Array.isArray(data185)) && data185 !== null) {
            const err226 = { instancePath: instancePath + "/default_config/private_key_provider", schemaPath: "#/properties/default_config/properties/private_key_provider/type", keyword: "type", params: { type: schema19.properties.default_config.properties.private_key_provider.type }, message: "must be object,null", schema: schema19.properties.default_config.properties.private_key_provider.type, parentSchema: schema19.properties.default_config.properties.private_key_provider, data: data185 };
            if (vErrors === null) {
              vErrors = [err226];
            } else {
              vErrors.push(err226);
            }
            errors++;
          }
        }
        if (data115.proxyHeaders !== void 0) {
          let data186 = data115.proxyHeaders;
          if (!(data186 && typeof data186 == "object" && !Array.isArray(data186)) && data186 !== null) {
            const err227 = { instancePath: instancePath + "/default_config/proxyHeaders", schemaPath: "#/properties/default_config/properties/proxyHeaders/type", keyword: "type", params: { type: schema19.properties.default_config.properties.proxyHeaders.type }, message: "must be object,null", schema: schema19.properties.default_config.properties.proxyHeaders.type, parentSchema: schema19.properties.default_config.properties.proxyHeaders, data: data186 };
            if (vErrors === null) {
              vErrors = [err227];
            } else {
              vErrors.push(err227);
            }
            errors++;
          }
        }
        if (data115.proxy_headers !== void 0) {
          let data187 = data115.proxy_headers;
          if (!(data187 && typeof data187 == "object" && !Array.isArray(data187)) && data187 !== null) {
            const err228 = { instancePath: instancePath + "/default_config/proxy_headers", schemaPath: "#/properties/default_config/properties/proxy_headers/type", keyword: "type", params: { type: schema19.properties.default_config.properties.proxy_headers.type }, message: "must be object,null", schema: schema19.properties.default_config.properties.proxy_headers.type, parentSchema: schema19.properties.default_config.properties.proxy_headers, data: data187 };
            if (vErrors === null) {
              vErrors = [err228];
            } else {
              vErrors.push(err228);
            }
            errors++;
          }
        }
        if (data115.fileFlushInterval !== void 0) {
          let data188 = data115.fileFlushInterval;
          if (typeof data188 !== "string" && data188 !== null) {
            const err229 = { instancePath: instancePath + "/default_config/fileFlushInterval", schemaPath: "#/properties/default_config/properties/fileFlushInterval/type", keyword: "type", params: { type: schema19.properties.default_config.properties.fileFlushInterval.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.fileFlushInterval.type, parentSchema: schema19.properties.default_config.properties.fileFlushInterval, data: data188 };
            if (vErrors === null) {
              vErrors = [err229];
            } else {
              vErrors.push(err229);
            }
            errors++;
          }
          if (typeof data188 === "string") {
            if (!formats4.validate(data188)) {
              const err230 = { instancePath: instancePath + "/default_config/fileFlushInterval", schemaPath: "#/properties/default_config/properties/fileFlushInterval/format", keyword: "format", params: { format: "go-duration" }, message: 'must match format "go-duration"', schema: "go-duration", parentSchema: schema19.properties.default_config.properties.fileFlushInterval, data: data188 };
              if (vErrors === null) {
                vErrors = [err230];
              } else {
                vErrors.push(err230);
              }
              errors++;
            }
          }
        }
        if (data115.file_flush_interval !== void 0) {
          let data189 = data115.file_flush_interval;
          if (typeof data189 !== "string" && data189 !== null) {
            const err231 = { instancePath: instancePath + "/default_config/file_flush_interval", schemaPath: "#/properties/default_config/properties/file_flush_interval/type", keyword: "type", params: { type: schema19.properties.default_config.properties.file_flush_interval.type }, message: "must be string,null", schema: schema19.properties.default_config.properties.file_flush_interval.type, parentSchema: schema19.properties.default_config.properties.file_flush_interval, data: data189 };
            if (vErrors === null) {
              vErrors = [err231];
            } else {
              vErrors.push(err231);
            }
            errors++;
          }
          if (typeof data189 === "string") {
            if (!formats4.validate(data189)) {
              const err232 = { instancePath: instancePath + "/default_config/file_flush_interval", schemaPath: "#/properties/default_config/properties/file_flush_interval/format", keyword: "format", params: { format: "go-duration" }, message: 'must match format "go-duration"', schema: "go-duration", parentSchema: schema19.properties.default_config.properties.file_flush_interval, data: data189 };
              if (vErrors === null) {
                vErrors = [err232];
              } else {
                vErrors.push(err232);
              }
              errors++;
            }
          }
        }
        if (data115.fileFlushMinSizeKb !== void 0) {
          let data190 = data115.fileFlushMinSizeKb;
          if (!(typeof data190 == "number" && (!(data190 % 1) && !isNaN(data190))) && typeof data190 !== "string" && data190 !== null) {
            const err233 = { instancePath: instancePath + "/default_config/fileFlushMinSizeKb", schemaPath: "#/properties/default_config/properties/fileFlushMinSizeKb/type", keyword: "type", params: { type: schema19.properties.default_config.properties.fileFlushMinSizeKb.type }, message: "must be integer,string,null", schema: schema19.properties.default_config.properties.fileFlushMinSizeKb.type, parentSchema: schema19.properties.default_config.properties.fileFlushMinSizeKb, data: data190 };
            if (vErrors === null) {
              vErrors = [err233];
            } else {
              vErrors.push(err233);
            }
            errors++;
          }
          if (typeof data190 === "string") {
            if (!pattern5.test(data190)) {
              const err234 = { instancePath: instancePath + "/default_config/fileFlushMinSizeKb", schemaPath: "#/properties/default_config/properties/fileFlushMinSizeKb/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema19.properties.default_config.properties.fileFlushMinSizeKb, data: data190 };
              if (vErrors === null) {
                vErrors = [err234];
              } else {
                vErrors.push(err234);
              }
              errors++;
            }
          }
        }
        if (data115.file_flush_min_size_kb !== void 0) {
          let data191 = data115.file_flush_min_size_kb;
          if (!(typeof data191 == "number" && (!(data191 % 1) && !isNaN(data191))) && typeof data191 !== "string" && data191 !== null) {
            const err235 = { instancePath: instancePath + "/default_config/file_flush_min_size_kb", schemaPath: "#/properties/default_config/properties/file_flush_min_size_kb/type", keyword: "type", params: { type: schema19.properties.default_config.properties.file_flush_min_size_kb.type }, message: "must be integer,string,null", schema: schema19.properties.default_config.properties.file_flush_min_size_kb.type, parentSchema: schema19.properties.default_config.properties.file_flush_min_size_kb, data: data191 };
            if (vErrors === null) {
              vErrors = [err235];
            } else {
              vErrors.push(err235);
            }
            errors++;
          }
          if (typeof data191 === "string") {
            if (!pattern5.test(data191)) {
              const err236 = { instancePath: instancePath + "/default_config/file_flush_min_size_kb", schemaPath: "#/properties/default_config/properties/file_flush_min_size_kb/pattern", keyword: "pattern", params: { pattern: "^-?[0-9]+$" }, message: 'must match pattern "^-?[0-9]+$"', schema: "^-?[0-9]+$", parentSchema: schema19.properties.default_config.properties.file_flush_min_size_kb, data: data191 };
              if (vErrors === null) {
                vErrors = [err236];
              } else {
                vErrors.push(err236);
              }
              errors++;
            }
          }
        }
        if (data115.statsCompression !== void 0) {
          let data192 = data115.statsCompression;
          if (typeof data192 !== "boolean" && data192 !== null) {
            const err237 = { instancePath: instancePath + "/default_config/statsCompression", schemaPath: "#/properties/default_config/properties/statsCompression/type", keyword: "type", params: { type: schema19.properties.default_config.properties.statsCompression.type }, message: "must be boolean,null", schema: schema19.properties.default_config.properties.statsCompression.type, parentSchema: schema19.properties.default_config.properties.statsCompression, data: data192 };
            if (vErrors === null) {
              vErrors = [err237];
            } else {
              vErrors.push(err237);
            }
            errors++;
          }
        }
        if (data115.stats_compression !== void 0) {
          let data193 = data115.stats_compression;
          if (typeof data193 !== "boolean" && data193 !== null) {
            const err238 = { instancePath: instancePath + "/default_config/stats_compression", schemaPath: "#/properties/default_config/properties/stats_compression/type", keyword: "type", params: { type: schema19.properties.default_config.properties.stats_compression.type }, message: "must be boolean,null", schema: schema19.properties.default_config.properties.stats_compression.type, parentSchema: schema19.properties.default_config.properties.stats_compression, data: data193 };
            if (vErrors === null) {
              vErrors = [err238];
            } else {
              vErrors.push(err238);
            }
            errors++;
          }
        }
        if (data115.connectionSettings !== void 0) {
          let data194 = data115.connectionSettings;
          if (!(data194 && typeof data194 == "object" && !Array.isArray(data194)) && data194 !== null) {
            const err239 = { instancePath: instancePath + "/default_config/connectionSettings", schemaPath: "#/properties/default_config/properties/connectionSettings/type", keyword: "type", params: { type: schema19.properties.default_config.properties.connectionSettings.type }, message: "must be object,null", schema: schema19.properties.default_config.properties.connectionSettings.type, parentSchema: schema19.properties.default_config.properties.connectionSettings, data: data194 };
            if (vErrors === null) {
              vErrors = [err239];
            } else {
              vErrors.push(err239);
            }
            errors++;
          }
        }
        if (data115.connection_settings !== void 0) {
          let data195 = data115.connection_settings;
          if (!(data195 && typeof data195 == "object" && !Array.isArray(data195)) && data195 !== null) {
            const err240 = { instancePath: instancePath + "/default_config/connection_settings", schemaPath: "#/properties/default_config/properties/connection_settings/type", keyword: "type", params: { type: schema19.properties.default_config.properties.connection_settings.type }, message: "must be object,null", schema: schema19.properties.default_config.properties.connection_settings.type, parentSchema: schema19.properties.default_config.properties.connection_settings, data: data195 };
            if (vErrors === null) {
              vErrors = [err240];
            } else {
              vErrors.push(err240);
            }
            errors++;
          }
        }
      } else {
        const err241 = { instancePath: instancePath + "/default_config", schemaPath: "#/properties/default_config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.default_config.type, parentSchema: schema19.properties.default_config, data: data115 };
        if (vErrors === null) {
          vErrors = [err241];
        } else {
          vErrors.push(err241);
        }
        errors++;
      }
    }
    if (data.outboundTrafficPolicy !== void 0) {
      let data196 = data.outboundTrafficPolicy;
      if (!(data196 && typeof data196 == "object" && !Array.isArray(data196)) && data196 !== null) {
        const err242 = { instancePath: instancePath + "/outboundTrafficPolicy", schemaPath: "#/properties/outboundTrafficPolicy/type", keyword: "type", params: { type: schema19.properties.outboundTrafficPolicy.type }, message: "must be object,null", schema: schema19.properties.outboundTrafficPolicy.type, parentSchema: schema19.properties.outboundTrafficPolicy, data: data196 };
        if (vErrors === null) {
          vErrors = [err242];
        } else {
          vErrors.push(err242);
        }
        errors++;
      }
    }
    if (data.outbound_traffic_policy !== void 0) {
      let data197 = data.outbound_traffic_policy;
      if (!(data197 && typeof data197 == "object" && !Array.isArray(data197)) && data197 !== null) {
        const err243 = { instancePath: instancePath + "/outbound_traffic_policy", schemaPath: "#/properties/outbound_traffic_policy/type", keyword: "type", params: { type: schema19.properties.outbound_traffic_policy.type }, message: "must be object,null", schema: schema19.properties.outbound_traffic_policy.type, parentSchema: schema19.properties.outbound_traffic_policy, data: data197 };
        if (vErrors === null) {
          vErrors = [err243];
        } else {
          vErrors.push(err243);
        }
        errors++;
      }
    }
    if (data.inboundTrafficPolicy !== void 0) {
      let data198 = data.inboundTrafficPolicy;
      if (!(data198 && typeof data198 == "object" && !Array.isArray(data198)) && data198 !== null) {
        const err244 = { instancePath: instancePath + "/inboundTrafficPolicy", schemaPath: "#/properties/inboundTrafficPolicy/type", keyword: "type", params: { type: schema19.properties.inboundTrafficPolicy.type }, message: "must be object,null", schema: schema19.properties.inboundTrafficPolicy.type, parentSchema: schema19.properties.inboundTrafficPolicy, data: data198 };
        if (vErrors === null) {
          vErrors = [err244];
        } else {
          vErrors.push(err244);
        }
        errors++;
      }
    }
    if (data.inbound_traffic_policy !== void 0) {
      let data199 = data.inbound_traffic_policy;
      if (!(data199 && typeof data199 == "object" && !Array.isArray(data199)) && data199 !== null) {
        const err245 = { instancePath: instancePath + "/inbound_traffic_policy", schemaPath: "#/properties/inbound_traffic_policy/type", keyword: "type", params: { type: schema19.properties.inbound_traffic_policy.type }, message: "must be object,null", schema: schema19.properties.inbound_traffic_policy.type, parentSchema: schema19.properties.inbound_traffic_policy, data: data199 };
        if (vErrors === null) {
          vErrors = [err245];
        } else {
          vErrors.push(err245);
        }
        errors++;
      }
    }
    if (data.configSources !== void 0) {
      let data200 = data.configSources;
      if (!Array.isArray(data200) && data200 !== null) {
        const err246 = { instancePath: instancePath + "/configSources", schemaPath: "#/properties/configSources/type", keyword: "type", params: { type: schema19.properties.configSources.type }, message: "must be array,null", schema: schema19.properties.configSources.type, parentSchema: schema19.properties.configSources, data: data200 };
        if (vErrors === null) {
          vErrors = [err246];
        } else {
          vErrors.push(err246);
        }
        errors++;
      }
    }
    if (data.config_sources !== void 0) {
      let data201 = data.config_sources;
      if (!Array.isArray(data201) && data201 !== null) {
        const err247 = { instancePath: instancePath + "/config_sources", schemaPath: "#/properties/config_sources/type", keyword: "type", params: { type: schema19.properties.config_sources.type }, message: "must be array,null", schema: schema19.properties.config_sources.type, parentSchema: schema19.properties.config_sources, data: data201 };
        if (vErrors === null) {
          vErrors = [err247];
        } else {
          vErrors.push(err247);
        }
        errors++;
      }
    }
    if (data.enableAutoMtls !== void 0) {
      let data202 = data.enableAutoMtls;
      if (typeof data202 !== "boolean" && data202 !== null) {
        const err248 = { instancePath: instancePath + "/enableAutoMtls", schemaPath: "#/properties/enableAutoMtls/type", keyword: "type", params: { type: schema19.properties.enableAutoMtls.type }, message: "must be boolean,null", schema: schema19.properties.enableAutoMtls.type, parentSchema: schema19.properties.enableAutoMtls, data: data202 };
        if (vErrors === null) {
          vErrors = [err248];
        } else {
          vErrors.push(err248);
        }
        errors++;
      }
    }
    if (data.enable_auto_mtls !== void 0) {
      let data203 = data.enable_auto_mtls;
      if (typeof data203 !== "boolean" && data203 !== null) {
        const err249 = { instancePath: instancePath + "/enable_auto_mtls", schemaPath: "#/properties/enable_auto_mtls/type", keyword: "type", params: { type: schema19.properties.enable_auto_mtls.type }, message: "must be boolean,null", schema: schema19.properties.enable_auto_mtls.type, parentSchema: schema19.properties.enable_auto_mtls, data: data203 };
        if (vErrors === null) {
          vErrors = [err249];
        } else {
          vErrors.push(err249);
        }
        errors++;
      }
    }
    if (data.trustDomain !== void 0) {
      let data204 = data.trustDomain;
      if (typeof data204 !== "string" && data204 !== null) {
        const err250 = { instancePath: instancePath + "/trustDomain", schemaPath: "#/properties/trustDomain/type", keyword: "type", params: { type: schema19.properties.trustDomain.type }, message: "must be string,null", schema: schema19.properties.trustDomain.type, parentSchema: schema19.properties.trustDomain, data: data204 };
        if (vErrors === null) {
          vErrors = [err250];
        } else {
          vErrors.push(err250);
        }
        errors++;
      }
    }
    if (data.trust_domain !== void 0) {
      let data205 = data.trust_domain;
      if (typeof data205 !== "string" && data205 !== null) {
        const err251 = { instancePath: instancePath + "/trust_domain", schemaPath: "#/properties/trust_domain/type", keyword: "type", params: { type: schema19.properties.trust_domain.type }, message: "must be string,null", schema: schema19.properties.trust_domain.type, parentSchema: schema19.properties.trust_domain, data: data205 };
        if (vErrors === null) {
          vErrors = [err251];
        } else {
          vErrors.push(err251);
        }
        errors++;
      }
    }
    if (data.trustDomainAliases !== void 0) {
      let data206 = data.trustDomainAliases;
      if (!Array.isArray(data206) && data206 !== null) {
        const err252 = { instancePath: instancePath + "/trustDomainAliases", schemaPath: "#/properties/trustDomainAliases/type", keyword: "type", params: { type: schema19.properties.trustDomainAliases.type }, message: "must be array,null", schema: schema19.properties.trustDomainAliases.type, parentSchema: schema19.properties.trustDomainAliases, data: data206 };
        if (vErrors === null) {
          vErrors = [err252];
        } else {
          vErrors.push(err252);
        }
        errors++;
      }
    }
    if (data.trust_domain_aliases !== void 0) {
      let data207 = data.trust_domain_aliases;
      if (!Array.isArray(data207) && data207 !== null) {
        const err253 = { instancePath: instancePath + "/trust_domain_aliases", schemaPath: "#/properties/trust_domain_aliases/type", keyword: "type", params: { type: schema19.properties.trust_domain_aliases.type }, message: "must be array,null", schema: schema19.properties.trust_domain_aliases.type, parentSchema: schema19.properties.trust_domain_aliases, data: data207 };
        if (vErrors === null) {
          vErrors = [err253];
        } else {
          vErrors.push(err253);
        }
        errors++;
      }
    }
    if (data.caCertificates !== void 0) {
      let data208 = data.caCertificates;
      if (!Array.isArray(data208) && data208 !== null) {
        const err254 = { instancePath: instancePath + "/caCertificates", schemaPath: "#/properties/caCertificates/type", keyword: "type", params: { type: schema19.properties.caCertificates.type }, message: "must be array,null", schema: schema19.properties.caCertificates.type, parentSchema: schema19.properties.caCertificates, data: data208 };
        if (vErrors === null) {
          vErrors = [err254];
        } else {
          vErrors.push(err254);
        }
        errors++;
      }
    }
    if (data.ca_certificates !== void 0) {
      let data209 = data.ca_certificates;
      if (!Array.isArray(data209) && data209 !== null) {
        const err255 = { instancePath: instancePath + "/ca_certificates", schemaPath: "#/properties/ca_certificates/type", keyword: "type", params: { type: schema19.properties.ca_certificates.type }, message: "must be array,null", schema: schema19.properties.ca_certificates.type, parentSchema: schema19.properties.ca_certificates, data: data209 };
        if (vErrors === null) {
          vErrors = [err255];
        } else {
          vErrors.push(err255);
        }
        errors++;
      }
    }
    if (data.defaultServiceExportTo !== void 0) {
      let data210 = data.defaultServiceExportTo;
      if (!Array.isArray(data210) && data210 !== null) {
        const err256 = { instancePath: instancePath + "/defaultServiceExportTo", schemaPath: "#/properties/defaultServiceExportTo/type", keyword: "type", params: { type: schema19.properties.defaultServiceExportTo.type }, message: "must be array,null", schema: schema19.properties.defaultServiceExportTo.type, parentSchema: schema19.properties.defaultServiceExportTo, data: data210 };
        if (vErrors === null) {
          vErrors = [err256];
        } else {
          vErrors.push(err256);
        }
        errors++;
      }
    }
    if (data.default_service_export_to !== void 0) {
      let data211 = data.default_service_export_to;
      if (!Array.isArray(data211) && data211 !== null) {
        const err257 = { instancePath: instancePath + "/default_service_export_to", schemaPath: "#/properties/default_service_export_to/type", keyword: "type", params: { type: schema19.properties.default_service_export_to.type }, message: "must be array,null", schema: schema19.properties.default_service_export_to.type, parentSchema: schema19.properties.default_service_export_to, data: data211 };
        if (vErrors === null) {
          vErrors = [err257];
        } else {
          vErrors.push(err257);
        }
        errors++;
      }
    }
    if (data.defaultVirtualServiceExportTo !== void 0) {
      let data212 = data.defaultVirtualServiceExportTo;
      if (!Array.isArray(data212) && data212 !== null) {
        const err258 = { instancePath: instancePath + "/defaultVirtualServiceExportTo", schemaPath: "#/properties/defaultVirtualServiceExportTo/type", keyword: "type", params: { type: schema19.properties.defaultVirtualServiceExportTo.type }, message: "must be array,null", schema: schema19.properties.defaultVirtualServiceExportTo.type, parentSchema: schema19.properties.defaultVirtualServiceExportTo, data: data212 };
        if (vErrors === null) {
          vErrors = [err258];
        } else {
          vErrors.push(err258);
        }
        errors++;
      }
    }
    if (data.default_virtual_service_export_to !== void 0) {
      let data213 = data.default_virtual_service_export_to;
      if (!Array.isArray(data213) && data213 !== null) {
        const err259 = { instancePath: instancePath + "/default_virtual_service_export_to", schemaPath: "#/properties/default_virtual_service_export_to/type", keyword: "type", params: { type: schema19.properties.default_virtual_service_export_to.type }, message: "must be array,null", schema: schema19.properties.default_virtual_service_export_to.type, parentSchema: schema19.properties.default_virtual_service_export_to, data: data213 };
        if (vErrors === null) {
          vErrors = [err259];
        } else {
          vErrors.push(err259);
        }
        errors++;
      }
    }
    if (data.defaultDestinationRuleExportTo !== void 0) {
      let data214 = data.defaultDestinationRuleExportTo;
      if (!Array.isArray(data214) && data214 !== null) {
        const err260 = { instancePath: instancePath + "/defaultDestinationRuleExportTo", schemaPath: "#/properties/defaultDestinationRuleExportTo/type", keyword: "type", params: { type: schema19.properties.defaultDestinationRuleExportTo.type }, message: "must be array,null", schema: schema19.properties.defaultDestinationRuleExportTo.type, parentSchema: schema19.properties.defaultDestinationRuleExportTo, data: data214 };
        if (vErrors === null) {
          vErrors = [err260];
        } else {
          vErrors.push(err260);
        }
        errors++;
      }
    }
    if (data.default_destination_rule_export_to !== void 0) {
      let data215 = data.default_destination_rule_export_to;
      if (!Array.isArray(data215) && data215 !== null) {
        const err261 = { instancePath: instancePath + "/default_destination_rule_export_to", schemaPath: "#/properties/default_destination_rule_export_to/type", keyword: "type", params: { type: schema19.properties.default_destination_rule_export_to.type }, message: "must be array,null", schema: schema19.properties.default_destination_rule_export_to.type, parentSchema: schema19.properties.default_destination_rule_export_to, data: data215 };
        if (vErrors === null) {
          vErrors = [err261];
        } else {
          vErrors.push(err261);
        }
        errors++;
      }
    }
    if (data.rootNamespace !== void 0) {
      let data216 = data.rootNamespace;
      if (typeof data216 !== "string" && data216 !== null) {
        const err262 = { instancePath: instancePath + "/rootNamespace", schemaPath: "#/properties/rootNamespace/type", keyword: "type", params: { type: schema19.properties.rootNamespace.type }, message: "must be string,null", schema: schema19.properties.rootNamespace.type, parentSchema: schema19.properties.rootNamespace, data: data216 };
        if (vErrors === null) {
          vErrors = [err262];
        } else {
          vErrors.push(err262);
        }
        errors++;
      }
    }
    if (data.root_namespace !== void 0) {
      let data217 = data.root_namespace;
      if (typeof data217 !== "string" && data217 !== null) {
        const err263 = { instancePath: instancePath + "/root_namespace", schemaPath: "#/properties/root_namespace/type", keyword: "type", params: { type: schema19.properties.root_namespace.type }, message: "must be string,null", schema: schema19.properties.root_namespace.type, parentSchema: schema19.properties.root_namespace, data: data217 };
        if (vErrors === null) {
          vErrors = [err263];
        } else {
          vErrors.push(err263);
        }
        errors++;
      }
    }
    if (data.localityLbSetting !== void 0) {
      let data218 = data.localityLbSetting;
      if (!(data218 && typeof data218 == "object" && !Array.isArray(data218)) && data218 !== null) {
        const err264 = { instancePath: instancePath + "/localityLbSetting", schemaPath: "#/properties/localityLbSetting/type", keyword: "type", params: { type: schema19.properties.localityLbSetting.type }, message: "must be object,null", schema: schema19.properties.localityLbSetting.type, parentSchema: schema19.properties.localityLbSetting, data: data218 };
        if (vErrors === null) {
          vErrors = [err264];
        } else {
          vErrors.push(err264);
        }
        errors++;
      }
    }
    if (data.locality_lb_setting !== void 0) {
      let data219 = data.locality_lb_setting;
      if (!(data219 && typeof data219 == "object" && !Array.isArray(data219)) && data219 !== null) {
        const err265 = { instancePath: instancePath + "/locality_lb_setting", schemaPath: "#/properties/locality_lb_setting/type", keyword: "type", params: { type: schema19.properties.locality_lb_setting.type }, message: "must be object,null", schema: schema19.properties.locality_lb_setting.type, parentSchema: schema19.properties.locality_lb_setting, data: data219 };
        if (vErrors === null) {
          vErrors = [err265];
        } else {
          vErrors.push(err265);
        }
        errors++;
      }
    }
    if (data.zoneAwareLbSetting !== void 0) {
      let data220 = data.zoneAwareLbSetting;
      if (!(data220 && typeof data220 == "object" && !Array.isArray(data220)) && data220 !== null) {
        const err266 = { instancePath: instancePath + "/zoneAwareLbSetting", schemaPath: "#/properties/zoneAwareLbSetting/type", keyword: "type", params: { type: schema19.properties.zoneAwareLbSetting.type }, message: "must be object,null", schema: schema19.properties.zoneAwareLbSetting.type, parentSchema: schema19.properties.zoneAwareLbSetting, data: data220 };
        if (vErrors === null) {
          vErrors = [err266];
        } else {
          vErrors.push(err266);
        }
        errors++;
      }
    }
    if (data.zone_aware_lb_setting !== void 0) {
      let data221 = data.zone_aware_lb_setting;
      if (!(data221 && typeof data221 == "object" && !Array.isArray(data221)) && data221 !== null) {
        const err267 = { instancePath: instancePath + "/zone_aware_lb_setting", schemaPath: "#/properties/zone_aware_lb_setting/type", keyword: "type", params: { type: schema19.properties.zone_aware_lb_setting.type }, message: "must be object,null", schema: schema19.properties.zone_aware_lb_setting.type, parentSchema: schema19.properties.zone_aware_lb_setting, data: data221 };
        if (vErrors === null) {
          vErrors = [err267];
        } else {
          vErrors.push(err267);
        }
        errors++;
      }
    }
    if (data.dnsRefreshRate !== void 0) {
      let data222 = data.dnsRefreshRate;
      if (typeof data222 !== "string" && data222 !== null) {
        const err268 = { instancePath: instancePath + "/dnsRefreshRate", schemaPath: "#/properties/dnsRefreshRate/type", keyword: "type", params: { type: schema19.properties.dnsRefreshRate.type }, message: "must be string,null", schema: schema19.properties.dnsRefreshRate.type, parentSchema: schema19.properties.dnsRefreshRate, data: data222 };
        if (vErrors === null) {
          vErrors = [err268];
        } else {
          vErrors.push(err268);
        }
        errors++;
      }
      if (typeof data222 === "string") {
        if (!formats4.validate(data222)) {
          const err269 = { instancePath: instancePath + "/dnsRefreshRate", schemaPath: "#/properties/dnsRefreshRate/format", keyword: "format", params: { format: "go-duration" }, message: 'must match format "go-duration"', schema: "go-duration", parentSchema: schema19.properties.dnsRefreshRate, data: data222 };
          if (vErrors === null) {
            vErrors = [err269];
          } else {
            vErrors.push(err269);
          }
          errors++;
        }
      }
    }
    if (data.dns_refresh_rate !== void 0) {
      let data223 = data.dns_refresh_rate;
      if (typeof data223 !== "string" && data223 !== null) {
        const err270 = { instancePath: instancePath + "/dns_refresh_rate", schemaPath: "#/properties/dns_refresh_rate/type", keyword: "type", params: { type: schema19.properties.dns_refresh_rate.type }, message: "must be string,null", schema: schema19.properties.dns_refresh_rate.type, parentSchema: schema19.properties.dns_refresh_rate, data: data223 };
        if (vErrors === null) {
          vErrors = [err270];
        } else {
          vErrors.push(err270);
        }
        errors++;
      }
      if (typeof data223 === "string") {
        if (!formats4.validate(data223)) {
          const err271 = { instancePath: instancePath + "/dns_refresh_rate", schemaPath: "#/properties/dns_refresh_rate/format", keyword: "format", params: { format: "go-duration" }, message: 'must match format "go-duration"', schema: "go-duration", parentSchema: schema19.properties.dns_refresh_rate, data: data223 };
          if (vErrors === null) {
            vErrors = [err271];
          } else {
            vErrors.push(err271);
          }
          errors++;
        }
      }
    }
    if (data.h2UpgradePolicy !== void 0) {
      let data224 = data.h2UpgradePolicy;
      if (!(data224 === "DO_NOT_UPGRADE" || data224 === "UPGRADE" || data224 === 0 || data224 === 1 || data224 === null)) {
        const err272 = { instancePath: instancePath + "/h2UpgradePolicy", schemaPath: "#/properties/h2UpgradePolicy/enum", keyword: "enum", params: { allowedValues: schema19.properties.h2UpgradePolicy.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.h2UpgradePolicy.enum, parentSchema: schema19.properties.h2UpgradePolicy, data: data224 };
        if (vErrors === null) {
          vErrors = [err272];
        } else {
          vErrors.push(err272);
        }
        errors++;
      }
    }
    if (data.h2_upgrade_policy !== void 0) {
      let data225 = data.h2_upgrade_policy;
      if (!(data225 === "DO_NOT_UPGRADE" || data225 === "UPGRADE" || data225 === 0 || data225 === 1 || data225 === null)) {
        const err273 = { instancePath: instancePath + "/h2_upgrade_policy", schemaPath: "#/properties/h2_upgrade_policy/enum", keyword: "enum", params: { allowedValues: schema19.properties.h2_upgrade_policy.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.h2_upgrade_policy.enum, parentSchema: schema19.properties.h2_upgrade_policy, data: data225 };
        if (vErrors === null) {
          vErrors = [err273];
        } else {
          vErrors.push(err273);
        }
        errors++;
      }
    }
    if (data.inboundClusterStatName !== void 0) {
      let data226 = data.inboundClusterStatName;
      if (typeof data226 !== "string" && data226 !== null) {
        const err274 = { instancePath: instancePath + "/inboundClusterStatName", schemaPath: "#/properties/inboundClusterStatName/type", keyword: "type", params: { type: schema19.properties.inboundClusterStatName.type }, message: "must be string,null", schema: schema19.properties.inboundClusterStatName.type, parentSchema: schema19.properties.inboundClusterStatName, data: data226 };
        if (vErrors === null) {
          vErrors = [err274];
        } else {
          vErrors.push(err274);
        }
        errors++;
      }
    }
    if (data.inbound_cluster_stat_name !== void 0) {
      let data227 = data.inbound_cluster_stat_name;
      if (typeof data227 !== "string" && data227 !== null) {
        const err275 = { instancePath: instancePath + "/inbound_cluster_stat_name", schemaPath: "#/properties/inbound_cluster_stat_name/type", keyword: "type", params: { type: schema19.properties.inbound_cluster_stat_name.type }, message: "must be string,null", schema: schema19.properties.inbound_cluster_stat_name.type, parentSchema: schema19.properties.inbound_cluster_stat_name, data: data227 };
        if (vErrors === null) {
          vErrors = [err275];
        } else {
          vErrors.push(err275);
        }
        errors++;
      }
    }
    if (data.outboundClusterStatName !== void 0) {
      let data228 = data.outboundClusterStatName;
      if (typeof data228 !== "string" && data228 !== null) {
        const err276 = { instancePath: instancePath + "/outboundClusterStatName", schemaPath: "#/properties/outboundClusterStatName/type", keyword: "type", params: { type: schema19.properties.outboundClusterStatName.type }, message: "must be string,null", schema: schema19.properties.outboundClusterStatName.type, parentSchema: schema19.properties.outboundClusterStatName, data: data228 };
        if (vErrors === null) {
          vErrors = [err276];
        } else {
          vErrors.push(err276);
        }
        errors++;
      }
    }
    if (data.outbound_cluster_stat_name !== void 0) {
      let data229 = data.outbound_cluster_stat_name;
      if (typeof data229 !== "string" && data229 !== null) {
        const err277 = { instancePath: instancePath + "/outbound_cluster_stat_name", schemaPath: "#/properties/outbound_cluster_stat_name/type", keyword: "type", params: { type: schema19.properties.outbound_cluster_stat_name.type }, message: "must be string,null", schema: schema19.properties.outbound_cluster_stat_name.type, parentSchema: schema19.properties.outbound_cluster_stat_name, data: data229 };
        if (vErrors === null) {
          vErrors = [err277];
        } else {
          vErrors.push(err277);
        }
        errors++;
      }
    }
    if (data.certificates !== void 0) {
      let data230 = data.certificates;
      if (!Array.isArray(data230) && data230 !== null) {
        const err278 = { instancePath: instancePath + "/certificates", schemaPath: "#/properties/certificates/type", keyword: "type", params: { type: schema19.properties.certificates.type }, message: "must be array,null", schema: schema19.properties.certificates.type, parentSchema: schema19.properties.certificates, data: data230 };
        if (vErrors === null) {
          vErrors = [err278];
        } else {
          vErrors.push(err278);
        }
        errors++;
      }
    }
    if (data.serviceSettings !== void 0) {
      let data231 = data.serviceSettings;
      if (!Array.isArray(data231) && data231 !== null) {
        const err279 = { instancePath: instancePath + "/serviceSettings", schemaPath: "#/properties/serviceSettings/type", keyword: "type", params: { type: schema19.properties.serviceSettings.type }, message: "must be array,null", schema: schema19.properties.serviceSettings.type, parentSchema: schema19.properties.serviceSettings, data: data231 };
        if (vErrors === null) {
          vErrors = [err279];
        } else {
          vErrors.push(err279);
        }
        errors++;
      }
    }
    if (data.service_settings !== void 0) {
      let data232 = data.service_settings;
      if (!Array.isArray(data232) && data232 !== null) {
        const err280 = { instancePath: instancePath + "/service_settings", schemaPath: "#/properties/service_settings/type", keyword: "type", params: { type: schema19.properties.service_settings.type }, message: "must be array,null", schema: schema19.properties.service_settings.type, parentSchema: schema19.properties.service_settings, data: data232 };
        if (vErrors === null) {
          vErrors = [err280];
        } else {
          vErrors.push(err280);
        }
        errors++;
      }
    }
    if (data.serviceScopeConfigs !== void 0) {
      let data233 = data.serviceScopeConfigs;
      if (!Array.isArray(data233) && data233 !== null) {
        const err281 = { instancePath: instancePath + "/serviceScopeConfigs", schemaPath: "#/properties/serviceScopeConfigs/type", keyword: "type", params: { type: schema19.properties.serviceScopeConfigs.type }, message: "must be array,null", schema: schema19.properties.serviceScopeConfigs.type, parentSchema: schema19.properties.serviceScopeConfigs, data: data233 };
        if (vErrors === null) {
          vErrors = [err281];
        } else {
          vErrors.push(err281);
        }
        errors++;
      }
    }
    if (data.service_scope_configs !== void 0) {
      let data234 = data.service_scope_configs;
      if (!Array.isArray(data234) && data234 !== null) {
        const err282 = { instancePath: instancePath + "/service_scope_configs", schemaPath: "#/properties/service_scope_configs/type", keyword: "type", params: { type: schema19.properties.service_scope_configs.type }, message: "must be array,null", schema: schema19.properties.service_scope_configs.type, parentSchema: schema19.properties.service_scope_configs, data: data234 };
        if (vErrors === null) {
          vErrors = [err282];
        } else {
          vErrors.push(err282);
        }
        errors++;
      }
    }
    if (data.enablePrometheusMerge !== void 0) {
      let data235 = data.enablePrometheusMerge;
      if (typeof data235 !== "boolean" && data235 !== null) {
        const err283 = { instancePath: instancePath + "/enablePrometheusMerge", schemaPath: "#/properties/enablePrometheusMerge/type", keyword: "type", params: { type: schema19.properties.enablePrometheusMerge.type }, message: "must be boolean,null", schema: schema19.properties.enablePrometheusMerge.type, parentSchema: schema19.properties.enablePrometheusMerge, data: data235 };
        if (vErrors === null) {
          vErrors = [err283];
        } else {
          vErrors.push(err283);
        }
        errors++;
      }
    }
    if (data.enable_prometheus_merge !== void 0) {
      let data236 = data.enable_prometheus_merge;
      if (typeof data236 !== "boolean" && data236 !== null) {
        const err284 = { instancePath: instancePath + "/enable_prometheus_merge", schemaPath: "#/properties/enable_prometheus_merge/type", keyword: "type", params: { type: schema19.properties.enable_prometheus_merge.type }, message: "must be boolean,null", schema: schema19.properties.enable_prometheus_merge.type, parentSchema: schema19.properties.enable_prometheus_merge, data: data236 };
        if (vErrors === null) {
          vErrors = [err284];
        } else {
          vErrors.push(err284);
        }
        errors++;
      }
    }
    if (data.verifyCertificateAtClient !== void 0) {
      let data237 = data.verifyCertificateAtClient;
      if (typeof data237 !== "boolean" && data237 !== null) {
        const err285 = { instancePath: instancePath + "/verifyCertificateAtClient", schemaPath: "#/properties/verifyCertificateAtClient/type", keyword: "type", params: { type: schema19.properties.verifyCertificateAtClient.type }, message: "must be boolean,null", schema: schema19.properties.verifyCertificateAtClient.type, parentSchema: schema19.properties.verifyCertificateAtClient, data: data237 };
        if (vErrors === null) {
          vErrors = [err285];
        } else {
          vErrors.push(err285);
        }
        errors++;
      }
    }
    if (data.verify_certificate_at_client !== void 0) {
      let data238 = data.verify_certificate_at_client;
      if (typeof data238 !== "boolean" && data238 !== null) {
        const err286 = { instancePath: instancePath + "/verify_certificate_at_client", schemaPath: "#/properties/verify_certificate_at_client/type", keyword: "type", params: { type: schema19.properties.verify_certificate_at_client.type }, message: "must be boolean,null", schema: schema19.properties.verify_certificate_at_client.type, parentSchema: schema19.properties.verify_certificate_at_client, data: data238 };
        if (vErrors === null) {
          vErrors = [err286];
        } else {
          vErrors.push(err286);
        }
        errors++;
      }
    }
    if (data.ca !== void 0) {
      let data239 = data.ca;
      if (!(data239 && typeof data239 == "object" && !Array.isArray(data239)) && data239 !== null) {
        const err287 = { instancePath: instancePath + "/ca", schemaPath: "#/properties/ca/type", keyword: "type", params: { type: schema19.properties.ca.type }, message: "must be object,null", schema: schema19.properties.ca.type, parentSchema: schema19.properties.ca, data: data239 };
        if (vErrors === null) {
          vErrors = [err287];
        } else {
          vErrors.push(err287);
        }
        errors++;
      }
    }
    if (data.extensionProviders !== void 0) {
      let data240 = data.extensionProviders;
      if (!Array.isArray(data240) && data240 !== null) {
        const err288 = { instancePath: instancePath + "/extensionProviders", schemaPath: "#/properties/extensionProviders/type", keyword: "type", params: { type: schema19.properties.extensionProviders.type }, message: "must be array,null", schema: schema19.properties.extensionProviders.type, parentSchema: schema19.properties.extensionProviders, data: data240 };
        if (vErrors === null) {
          vErrors = [err288];
        } else {
          vErrors.push(err288);
        }
        errors++;
      }
    }
    if (data.extension_providers !== void 0) {
      let data241 = data.extension_providers;
      if (!Array.isArray(data241) && data241 !== null) {
        const err289 = { instancePath: instancePath + "/extension_providers", schemaPath: "#/properties/extension_providers/type", keyword: "type", params: { type: schema19.properties.extension_providers.type }, message: "must be array,null", schema: schema19.properties.extension_providers.type, parentSchema: schema19.properties.extension_providers, data: data241 };
        if (vErrors === null) {
          vErrors = [err289];
        } else {
          vErrors.push(err289);
        }
        errors++;
      }
    }
    if (data.defaultProviders !== void 0) {
      let data242 = data.defaultProviders;
      if (!(data242 && typeof data242 == "object" && !Array.isArray(data242)) && data242 !== null) {
        const err290 = { instancePath: instancePath + "/defaultProviders", schemaPath: "#/properties/defaultProviders/type", keyword: "type", params: { type: schema19.properties.defaultProviders.type }, message: "must be object,null", schema: schema19.properties.defaultProviders.type, parentSchema: schema19.properties.defaultProviders, data: data242 };
        if (vErrors === null) {
          vErrors = [err290];
        } else {
          vErrors.push(err290);
        }
        errors++;
      }
    }
    if (data.default_providers !== void 0) {
      let data243 = data.default_providers;
      if (!(data243 && typeof data243 == "object" && !Array.isArray(data243)) && data243 !== null) {
        const err291 = { instancePath: instancePath + "/default_providers", schemaPath: "#/properties/default_providers/type", keyword: "type", params: { type: schema19.properties.default_providers.type }, message: "must be object,null", schema: schema19.properties.default_providers.type, parentSchema: schema19.properties.default_providers, data: data243 };
        if (vErrors === null) {
          vErrors = [err291];
        } else {
          vErrors.push(err291);
        }
        errors++;
      }
    }
    if (data.discoverySelectors !== void 0) {
      let data244 = data.discoverySelectors;
      if (!Array.isArray(data244) && data244 !== null) {
        const err292 = { instancePath: instancePath + "/discoverySelectors", schemaPath: "#/properties/discoverySelectors/type", keyword: "type", params: { type: schema19.properties.discoverySelectors.type }, message: "must be array,null", schema: schema19.properties.discoverySelectors.type, parentSchema: schema19.properties.discoverySelectors, data: data244 };
        if (vErrors === null) {
          vErrors = [err292];
        } else {
          vErrors.push(err292);
        }
        errors++;
      }
    }
    if (data.discovery_selectors !== void 0) {
      let data245 = data.discovery_selectors;
      if (!Array.isArray(data245) && data245 !== null) {
        const err293 = { instancePath: instancePath + "/discovery_selectors", schemaPath: "#/properties/discovery_selectors/type", keyword: "type", params: { type: schema19.properties.discovery_selectors.type }, message: "must be array,null", schema: schema19.properties.discovery_selectors.type, parentSchema: schema19.properties.discovery_selectors, data: data245 };
        if (vErrors === null) {
          vErrors = [err293];
        } else {
          vErrors.push(err293);
        }
        errors++;
      }
    }
    if (data.pathNormalization !== void 0) {
      let data246 = data.pathNormalization;
      if (!(data246 && typeof data246 == "object" && !Array.isArray(data246)) && data246 !== null) {
        const err294 = { instancePath: instancePath + "/pathNormalization", schemaPath: "#/properties/pathNormalization/type", keyword: "type", params: { type: schema19.properties.pathNormalization.type }, message: "must be object,null", schema: schema19.properties.pathNormalization.type, parentSchema: schema19.properties.pathNormalization, data: data246 };
        if (vErrors === null) {
          vErrors = [err294];
        } else {
          vErrors.push(err294);
        }
        errors++;
      }
    }
    if (data.path_normalization !== void 0) {
      let data247 = data.path_normalization;
      if (!(data247 && typeof data247 == "object" && !Array.isArray(data247)) && data247 !== null) {
        const err295 = { instancePath: instancePath + "/path_normalization", schemaPath: "#/properties/path_normalization/type", keyword: "type", params: { type: schema19.properties.path_normalization.type }, message: "must be object,null", schema: schema19.properties.path_normalization.type, parentSchema: schema19.properties.path_normalization, data: data247 };
        if (vErrors === null) {
          vErrors = [err295];
        } else {
          vErrors.push(err295);
        }
        errors++;
      }
    }
    if (data.defaultHttpRetryPolicy !== void 0) {
      let data248 = data.defaultHttpRetryPolicy;
      if (!(data248 && typeof data248 == "object" && !Array.isArray(data248)) && data248 !== null) {
        const err296 = { instancePath: instancePath + "/defaultHttpRetryPolicy", schemaPath: "#/properties/defaultHttpRetryPolicy/type", keyword: "type", params: { type: schema19.properties.defaultHttpRetryPolicy.type }, message: "must be object,null", schema: schema19.properties.defaultHttpRetryPolicy.type, parentSchema: schema19.properties.defaultHttpRetryPolicy, data: data248 };
        if (vErrors === null) {
          vErrors = [err296];
        } else {
          vErrors.push(err296);
        }
        errors++;
      }
    }
    if (data.default_http_retry_policy !== void 0) {
      let data249 = data.default_http_retry_policy;
      if (!(data249 && typeof data249 == "object" && !Array.isArray(data249)) && data249 !== null) {
        const err297 = { instancePath: instancePath + "/default_http_retry_policy", schemaPath: "#/properties/default_http_retry_policy/type", keyword: "type", params: { type: schema19.properties.default_http_retry_policy.type }, message: "must be object,null", schema: schema19.properties.default_http_retry_policy.type, parentSchema: schema19.properties.default_http_retry_policy, data: data249 };
        if (vErrors === null) {
          vErrors = [err297];
        } else {
          vErrors.push(err297);
        }
        errors++;
      }
    }
    if (data.meshMTLS !== void 0) {
      let data250 = data.meshMTLS;
      if (!(data250 && typeof data250 == "object" && !Array.isArray(data250)) && data250 !== null) {
        const err298 = { instancePath: instancePath + "/meshMTLS", schemaPath: "#/properties/meshMTLS/type", keyword: "type", params: { type: schema19.properties.meshMTLS.type }, message: "must be object,null", schema: schema19.properties.meshMTLS.type, parentSchema: schema19.properties.meshMTLS, data: data250 };
        if (vErrors === null) {
          vErrors = [err298];
        } else {
          vErrors.push(err298);
        }
        errors++;
      }
    }
    if (data.mesh_m_t_l_s !== void 0) {
      let data251 = data.mesh_m_t_l_s;
      if (!(data251 && typeof data251 == "object" && !Array.isArray(data251)) && data251 !== null) {
        const err299 = { instancePath: instancePath + "/mesh_m_t_l_s", schemaPath: "#/properties/mesh_m_t_l_s/type", keyword: "type", params: { type: schema19.properties.mesh_m_t_l_s.type }, message: "must be object,null", schema: schema19.properties.mesh_m_t_l_s.type, parentSchema: schema19.properties.mesh_m_t_l_s, data: data251 };
        if (vErrors === null) {
          vErrors = [err299];
        } else {
          vErrors.push(err299);
        }
        errors++;
      }
    }
    if (data.tlsDefaults !== void 0) {
      let data252 = data.tlsDefaults;
      if (!(data252 && typeof data252 == "object" && !Array.isArray(data252)) && data252 !== null) {
        const err300 = { instancePath: instancePath + "/tlsDefaults", schemaPath: "#/properties/tlsDefaults/type", keyword: "type", params: { type: schema19.properties.tlsDefaults.type }, message: "must be object,null", schema: schema19.properties.tlsDefaults.type, parentSchema: schema19.properties.tlsDefaults, data: data252 };
        if (vErrors === null) {
          vErrors = [err300];
        } else {
          vErrors.push(err300);
        }
        errors++;
      }
    }
    if (data.tls_defaults !== void 0) {
      let data253 = data.tls_defaults;
      if (!(data253 && typeof data253 == "object" && !Array.isArray(data253)) && data253 !== null) {
        const err301 = { instancePath: instancePath + "/tls_defaults", schemaPath: "#/properties/tls_defaults/type", keyword: "type", params: { type: schema19.properties.tls_defaults.type }, message: "must be object,null", schema: schema19.properties.tls_defaults.type, parentSchema: schema19.properties.tls_defaults, data: data253 };
        if (vErrors === null) {
          vErrors = [err301];
        } else {
          vErrors.push(err301);
        }
        errors++;
      }
    }
    if (data.defaultTrafficPolicy !== void 0) {
      let data254 = data.defaultTrafficPolicy;
      if (!(data254 && typeof data254 == "object" && !Array.isArray(data254)) && data254 !== null) {
        const err302 = { instancePath: instancePath + "/defaultTrafficPolicy", schemaPath: "#/properties/defaultTrafficPolicy/type", keyword: "type", params: { type: schema19.properties.defaultTrafficPolicy.type }, message: "must be object,null", schema: schema19.properties.defaultTrafficPolicy.type, parentSchema: schema19.properties.defaultTrafficPolicy, data: data254 };
        if (vErrors === null) {
          vErrors = [err302];
        } else {
          vErrors.push(err302);
        }
        errors++;
      }
    }
    if (data.default_traffic_policy !== void 0) {
      let data255 = data.default_traffic_policy;
      if (!(data255 && typeof data255 == "object" && !Array.isArray(data255)) && data255 !== null) {
        const err303 = { instancePath: instancePath + "/default_traffic_policy", schemaPath: "#/properties/default_traffic_policy/type", keyword: "type", params: { type: schema19.properties.default_traffic_policy.type }, message: "must be object,null", schema: schema19.properties.default_traffic_policy.type, parentSchema: schema19.properties.default_traffic_policy, data: data255 };
        if (vErrors === null) {
          vErrors = [err303];
        } else {
          vErrors.push(err303);
        }
        errors++;
      }
    }
    if (data.serviceEntryVisibility !== void 0) {
      let data256 = data.serviceEntryVisibility;
      if (!(data256 && typeof data256 == "object" && !Array.isArray(data256)) && data256 !== null) {
        const err304 = { instancePath: instancePath + "/serviceEntryVisibility", schemaPath: "#/properties/serviceEntryVisibility/type", keyword: "type", params: { type: schema19.properties.serviceEntryVisibility.type }, message: "must be object,null", schema: schema19.properties.serviceEntryVisibility.type, parentSchema: schema19.properties.serviceEntryVisibility, data: data256 };
        if (vErrors === null) {
          vErrors = [err304];
        } else {
          vErrors.push(err304);
        }
        errors++;
      }
    }
    if (data.service_entry_visibility !== void 0) {
      let data257 = data.service_entry_visibility;
      if (!(data257 && typeof data257 == "object" && !Array.isArray(data257)) && data257 !== null) {
        const err305 = { instancePath: instancePath + "/service_entry_visibility", schemaPath: "#/properties/service_entry_visibility/type", keyword: "type", params: { type: schema19.properties.service_entry_visibility.type }, message: "must be object,null", schema: schema19.properties.service_entry_visibility.type, parentSchema: schema19.properties.service_entry_visibility, data: data257 };
        if (vErrors === null) {
          vErrors = [err305];
        } else {
          vErrors.push(err305);
        }
        errors++;
      }
    }
  } else {
    const err306 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data };
    if (vErrors === null) {
      vErrors = [err306];
    } else {
      vErrors.push(err306);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var validateGatewayValues = validate16;
var schema20 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/drainlint/drainlint/blob/main/schema/gateway-values.schema.json", "title": "Values of Istio's gateway Helm chart, as drainlint recognises them", "description": "The keys the gateway chart (manifests/charts/gateway) reads and their types, written from its templates and its own values schema (Istio @86c9f01). The chart refuses unknown top-level keys, so a values file with any other key is not one of its values files. drainlint also accepts meshConfig, which the chart ignores, so that a values file shared with istiod is still recognised.", "type": "object", "additionalProperties": false, "properties": { "_internal_defaults_do_not_set": { "description": "The chart's own defaults block; users set its keys at the top level instead.", "type": "object" }, "global": { "type": "object" }, "enabled": { "description": "The condition of a parent chart that includes this one; the chart itself does not read it.", "type": "boolean" }, "meshConfig": { "description": "Not read by the gateway chart (only istiod's chart renders the mesh config).", "type": "object" }, "name": { "description": "The name of the Deployment and Service; the release name when empty.", "type": "string" }, "revision": { "description": "The istio.io/rev label of the gateway's pods: the control plane revision that injects them.", "type": "string" }, "defaultRevision": { "type": "string" }, "compatibilityVersion": { "type": "string" }, "profile": { "type": "string" }, "platform": { "type": "string" }, "pilot": { "type": "object" }, "replicaCount": { "type": ["integer", "null"] }, "kind": { "description": "What the chart renders the gateway as.", "enum": ["Deployment", "DaemonSet"] }, "rbac": { "type": "object", "properties": { "enabled": { "type": "boolean" } } }, "serviceAccount": { "type": "object", "properties": { "create": { "type": "boolean" }, "name": { "type": "string" }, "annotations": { "type": "object" } } }, "podAnnotations": { "description": "Annotations of the gateway's pod template (proxy.istio.io/config among them); merged over the chart's, which select the gateway injection template.", "type": ["object", "null"], "properties": { "inject.istio.io/templates": { "type": "string" }, "prometheus.io/scrape": { "type": "string" }, "prometheus.io/port": { "type": "string" }, "prometheus.io/path": { "type": "string" } } }, "securityContext": { "type": ["object", "null"] }, "containerSecurityContext": { "type": ["object", "null"] }, "service": { "description": "The gateway's Service; type None renders none.", "type": "object", "additionalProperties": false, "properties": { "type": { "type": "string" }, "clusterIP": { "type": "string" }, "selectorLabels": { "type": "object", "additionalProperties": { "type": "string" } }, "ports": { "type": "array", "items": { "type": "object", "properties": { "name": { "type": "string" }, "port": { "type": "integer" }, "targetPort": { "type": ["integer", "string"] }, "nodePort": { "type": "integer" }, "protocol": { "type": "string" }, "appProtocol": { "type": "string" } } } }, "annotations": { "type": ["object", "null"] }, "loadBalancerIP": { "type": "string" }, "loadBalancerClass": { "type": "string" }, "loadBalancerSourceRanges": { "type": "array" }, "allocateLoadBalancerNodePorts": { "type": "boolean" }, "externalTrafficPolicy": { "type": "string" }, "internalTrafficPolicy": { "type": "string" }, "healthCheckNodePort": { "type": ["integer", "null"] }, "externalIPs": { "type": "array" }, "ipFamilyPolicy": { "enum": ["", "SingleStack", "PreferDualStack", "RequireDualStack"] }, "ipFamilies": { "type": "array", "items": { "enum": ["IPv4", "IPv6"] } } } }, "resources": { "type": "object", "properties": { "requests": { "type": ["object", "null"] }, "limits": { "type": ["object", "null"] } } }, "autoscaling": { "type": "object", "properties": { "enabled": { "type": "boolean" }, "minReplicas": { "type": "integer" }, "maxReplicas": { "type": "integer" }, "targetCPUUtilizationPercentage": { "type": "integer" }, "targetMemoryUtilizationPercentage": { "type": ["integer", "object"] }, "autoscaleBehavior": { "type": "object" } } }, "env": { "description": "Environment variables of the istio-proxy container, by name; the chart quotes every value.", "type": ["object", "null"] }, "envVarFrom": { "description": "Whole env entries (name and valueFrom) appended to the istio-proxy container's env.", "type": "array", "items": { "type": "object" } }, "strategy": { "type": "object" }, "minReadySeconds": { "type": ["integer", "null"] }, "readinessProbe": { "type": ["object", "null"] }, "labels": { "description": "Labels of every resource and of the pods (app and istio replace the selector labels).", "type": ["object", "null"] }, "annotations": { "description": "Annotations of the Deployment and the Service (not of the pods: see podAnnotations).", "type": ["object", "null"] }, "nodeSelector": { "type": "object" }, "tolerations": { "type": "array" }, "topologySpreadConstraints": { "type": "array" }, "affinity": { "type": "object" }, "networkGateway": { "description": "The network this gateway serves as east-west gateway for; its Service then exposes networkGatewayPorts.", "type": "string" }, "networkGatewayPorts": { "type": "object", "additionalProperties": { "type": "object", "properties": { "port": { "type": "integer" }, "targetPort": { "type": "integer" }, "protocol": { "type": "string" } } } }, "imagePullPolicy": { "enum": ["", "Always", "IfNotPresent", "Never"] }, "imagePullSecrets": { "type": "array", "items": { "type": "object" } }, "podDisruptionBudget": { "type": "object" }, "dnsPolicy": { "type": "string" }, "dnsConfig": { "type": "object" }, "terminationGracePeriodSeconds": { "description": "The pod's grace period (chart default 30; a chart value since Istio 1.19).", "type": ["number", "null"] }, "volumes": { "type": "array", "items": { "type": "object" } }, "volumeMounts": { "type": "array", "items": { "type": "object" } }, "initContainers": { "type": "array", "items": { "type": "object" } }, "additionalContainers": { "description": "Containers added beside istio-proxy.", "type": "array", "items": { "type": "object" } }, "priorityClassName": { "type": "string" }, "lifecycle": { "description": "Hooks of the istio-proxy container (a chart value since Istio 1.27): its preStop is the gateway's Pₚ.", "type": "object", "properties": { "postStart": { "type": "object" }, "preStop": { "type": "object" } } }, "runAsRoot": { "type": "boolean" }, "unprivilegedPort": { "enum": [true, false, "auto"] } } };
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema20.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data._internal_defaults_do_not_set !== void 0) {
      let data0 = data._internal_defaults_do_not_set;
      if (!(data0 && typeof data0 == "object" && !Array.isArray(data0))) {
        const err1 = { instancePath: instancePath + "/_internal_defaults_do_not_set", schemaPath: "#/properties/_internal_defaults_do_not_set/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties._internal_defaults_do_not_set.type, parentSchema: schema20.properties._internal_defaults_do_not_set, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.global !== void 0) {
      let data1 = data.global;
      if (!(data1 && typeof data1 == "object" && !Array.isArray(data1))) {
        const err2 = { instancePath: instancePath + "/global", schemaPath: "#/properties/global/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.global.type, parentSchema: schema20.properties.global, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.enabled !== void 0) {
      let data2 = data.enabled;
      if (typeof data2 !== "boolean") {
        const err3 = { instancePath: instancePath + "/enabled", schemaPath: "#/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema20.properties.enabled.type, parentSchema: schema20.properties.enabled, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.meshConfig !== void 0) {
      let data3 = data.meshConfig;
      if (!(data3 && typeof data3 == "object" && !Array.isArray(data3))) {
        const err4 = { instancePath: instancePath + "/meshConfig", schemaPath: "#/properties/meshConfig/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.meshConfig.type, parentSchema: schema20.properties.meshConfig, data: data3 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data4 = data.name;
      if (typeof data4 !== "string") {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.name.type, parentSchema: schema20.properties.name, data: data4 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.revision !== void 0) {
      let data5 = data.revision;
      if (typeof data5 !== "string") {
        const err6 = { instancePath: instancePath + "/revision", schemaPath: "#/properties/revision/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.revision.type, parentSchema: schema20.properties.revision, data: data5 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.defaultRevision !== void 0) {
      let data6 = data.defaultRevision;
      if (typeof data6 !== "string") {
        const err7 = { instancePath: instancePath + "/defaultRevision", schemaPath: "#/properties/defaultRevision/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.defaultRevision.type, parentSchema: schema20.properties.defaultRevision, data: data6 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.compatibilityVersion !== void 0) {
      let data7 = data.compatibilityVersion;
      if (typeof data7 !== "string") {
        const err8 = { instancePath: instancePath + "/compatibilityVersion", schemaPath: "#/properties/compatibilityVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.compatibilityVersion.type, parentSchema: schema20.properties.compatibilityVersion, data: data7 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.profile !== void 0) {
      let data8 = data.profile;
      if (typeof data8 !== "string") {
        const err9 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.profile.type, parentSchema: schema20.properties.profile, data: data8 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.platform !== void 0) {
      let data9 = data.platform;
      if (typeof data9 !== "string") {
        const err10 = { instancePath: instancePath + "/platform", schemaPath: "#/properties/platform/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.platform.type, parentSchema: schema20.properties.platform, data: data9 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.pilot !== void 0) {
      let data10 = data.pilot;
      if (!(data10 && typeof data10 == "object" && !Array.isArray(data10))) {
        const err11 = { instancePath: instancePath + "/pilot", schemaPath: "#/properties/pilot/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.pilot.type, parentSchema: schema20.properties.pilot, data: data10 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.replicaCount !== void 0) {
      let data11 = data.replicaCount;
      if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11))) && data11 !== null) {
        const err12 = { instancePath: instancePath + "/replicaCount", schemaPath: "#/properties/replicaCount/type", keyword: "type", params: { type: schema20.properties.replicaCount.type }, message: "must be integer,null", schema: schema20.properties.replicaCount.type, parentSchema: schema20.properties.replicaCount, data: data11 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data12 = data.kind;
      if (!(data12 === "Deployment" || data12 === "DaemonSet")) {
        const err13 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema20.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema20.properties.kind.enum, parentSchema: schema20.properties.kind, data: data12 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.rbac !== void 0) {
      let data13 = data.rbac;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        if (data13.enabled !== void 0) {
          let data14 = data13.enabled;
          if (typeof data14 !== "boolean") {
            const err14 = { instancePath: instancePath + "/rbac/enabled", schemaPath: "#/properties/rbac/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema20.properties.rbac.properties.enabled.type, parentSchema: schema20.properties.rbac.properties.enabled, data: data14 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/rbac", schemaPath: "#/properties/rbac/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.rbac.type, parentSchema: schema20.properties.rbac, data: data13 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.serviceAccount !== void 0) {
      let data15 = data.serviceAccount;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        if (data15.create !== void 0) {
          let data16 = data15.create;
          if (typeof data16 !== "boolean") {
            const err16 = { instancePath: instancePath + "/serviceAccount/create", schemaPath: "#/properties/serviceAccount/properties/create/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema20.properties.serviceAccount.properties.create.type, parentSchema: schema20.properties.serviceAccount.properties.create, data: data16 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data15.name !== void 0) {
          let data17 = data15.name;
          if (typeof data17 !== "string") {
            const err17 = { instancePath: instancePath + "/serviceAccount/name", schemaPath: "#/properties/serviceAccount/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.serviceAccount.properties.name.type, parentSchema: schema20.properties.serviceAccount.properties.name, data: data17 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data15.annotations !== void 0) {
          let data18 = data15.annotations;
          if (!(data18 && typeof data18 == "object" && !Array.isArray(data18))) {
            const err18 = { instancePath: instancePath + "/serviceAccount/annotations", schemaPath: "#/properties/serviceAccount/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.serviceAccount.properties.annotations.type, parentSchema: schema20.properties.serviceAccount.properties.annotations, data: data18 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/serviceAccount", schemaPath: "#/properties/serviceAccount/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.serviceAccount.type, parentSchema: schema20.properties.serviceAccount, data: data15 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.podAnnotations !== void 0) {
      let data19 = data.podAnnotations;
      if (!(data19 && typeof data19 == "object" && !Array.isArray(data19)) && data19 !== null) {
        const err20 = { instancePath: instancePath + "/podAnnotations", schemaPath: "#/properties/podAnnotations/type", keyword: "type", params: { type: schema20.properties.podAnnotations.type }, message: "must be object,null", schema: schema20.properties.podAnnotations.type, parentSchema: schema20.properties.podAnnotations, data: data19 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        if (data19["inject.istio.io/templates"] !== void 0) {
          let data20 = data19["inject.istio.io/templates"];
          if (typeof data20 !== "string") {
            const err21 = { instancePath: instancePath + "/podAnnotations/inject.istio.io~1templates", schemaPath: "#/properties/podAnnotations/properties/inject.istio.io~1templates/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.podAnnotations.properties["inject.istio.io/templates"].type, parentSchema: schema20.properties.podAnnotations.properties["inject.istio.io/templates"], data: data20 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data19["prometheus.io/scrape"] !== void 0) {
          let data21 = data19["prometheus.io/scrape"];
          if (typeof data21 !== "string") {
            const err22 = { instancePath: instancePath + "/podAnnotations/prometheus.io~1scrape", schemaPath: "#/properties/podAnnotations/properties/prometheus.io~1scrape/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.podAnnotations.properties["prometheus.io/scrape"].type, parentSchema: schema20.properties.podAnnotations.properties["prometheus.io/scrape"], data: data21 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data19["prometheus.io/port"] !== void 0) {
          let data22 = data19["prometheus.io/port"];
          if (typeof data22 !== "string") {
            const err23 = { instancePath: instancePath + "/podAnnotations/prometheus.io~1port", schemaPath: "#/properties/podAnnotations/properties/prometheus.io~1port/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.podAnnotations.properties["prometheus.io/port"].type, parentSchema: schema20.properties.podAnnotations.properties["prometheus.io/port"], data: data22 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data19["prometheus.io/path"] !== void 0) {
          let data23 = data19["prometheus.io/path"];
          if (typeof data23 !== "string") {
            const err24 = { instancePath: instancePath + "/podAnnotations/prometheus.io~1path", schemaPath: "#/properties/podAnnotations/properties/prometheus.io~1path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.podAnnotations.properties["prometheus.io/path"].type, parentSchema: schema20.properties.podAnnotations.properties["prometheus.io/path"], data: data23 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      }
    }
    if (data.securityContext !== void 0) {
      let data24 = data.securityContext;
      if (!(data24 && typeof data24 == "object" && !Array.isArray(data24)) && data24 !== null) {
        const err25 = { instancePath: instancePath + "/securityContext", schemaPath: "#/properties/securityContext/type", keyword: "type", params: { type: schema20.properties.securityContext.type }, message: "must be object,null", schema: schema20.properties.securityContext.type, parentSchema: schema20.properties.securityContext, data: data24 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.containerSecurityContext !== void 0) {
      let data25 = data.containerSecurityContext;
      if (!(data25 && typeof data25 == "object" && !Array.isArray(data25)) && data25 !== null) {
        const err26 = { instancePath: instancePath + "/containerSecurityContext", schemaPath: "#/properties/containerSecurityContext/type", keyword: "type", params: { type: schema20.properties.containerSecurityContext.type }, message: "must be object,null", schema: schema20.properties.containerSecurityContext.type, parentSchema: schema20.properties.containerSecurityContext, data: data25 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.service !== void 0) {
      let data26 = data.service;
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        for (const key1 in data26) {
          if (!func2.call(schema20.properties.service.properties, key1)) {
            const err27 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20.properties.service, data: data26 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data26.type !== void 0) {
          let data27 = data26.type;
          if (typeof data27 !== "string") {
            const err28 = { instancePath: instancePath + "/service/type", schemaPath: "#/properties/service/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.service.properties.type.type, parentSchema: schema20.properties.service.properties.type, data: data27 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data26.clusterIP !== void 0) {
          let data28 = data26.clusterIP;
          if (typeof data28 !== "string") {
            const err29 = { instancePath: instancePath + "/service/clusterIP", schemaPath: "#/properties/service/properties/clusterIP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.service.properties.clusterIP.type, parentSchema: schema20.properties.service.properties.clusterIP, data: data28 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data26.selectorLabels !== void 0) {
          let data29 = data26.selectorLabels;
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            for (const key2 in data29) {
              let data30 = data29[key2];
              if (typeof data30 !== "string") {
                const err30 = { instancePath: instancePath + "/service/selectorLabels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/service/properties/selectorLabels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.service.properties.selectorLabels.additionalProperties.type, parentSchema: schema20.properties.service.properties.selectorLabels.additionalProperties, data: data30 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/service/selectorLabels", schemaPath: "#/properties/service/properties/selectorLabels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.service.properties.selectorLabels.type, parentSchema: schema20.properties.service.properties.selectorLabels, data: data29 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data26.ports !== void 0) {
          let data31 = data26.ports;
          if (Array.isArray(data31)) {
            const len0 = data31.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data32 = data31[i0];
              if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                if (data32.name !== void 0) {
                  let data33 = data32.name;
                  if (typeof data33 !== "string") {
                    const err32 = { instancePath: instancePath + "/service/ports/" + i0 + "/name", schemaPath: "#/properties/service/properties/ports/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.service.properties.ports.items.properties.name.type, parentSchema: schema20.properties.service.properties.ports.items.properties.name, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
                if (data32.port !== void 0) {
                  let data34 = data32.port;
                  if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)))) {
                    const err33 = { instancePath: instancePath + "/service/ports/" + i0 + "/port", schemaPath: "#/properties/service/properties/ports/items/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.service.properties.ports.items.properties.port.type, parentSchema: schema20.properties.service.properties.ports.items.properties.port, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
                if (data32.targetPort !== void 0) {
                  let data35 = data32.targetPort;
                  if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35))) && typeof data35 !== "string") {
                    const err34 = { instancePath: instancePath + "/service/ports/" + i0 + "/targetPort", schemaPath: "#/properties/service/properties/ports/items/properties/targetPort/type", keyword: "type", params: { type: schema20.properties.service.properties.ports.items.properties.targetPort.type }, message: "must be integer,string", schema: schema20.properties.service.properties.ports.items.properties.targetPort.type, parentSchema: schema20.properties.service.properties.ports.items.properties.targetPort, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
                if (data32.nodePort !== void 0) {
                  let data36 = data32.nodePort;
                  if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)))) {
                    const err35 = { instancePath: instancePath + "/service/ports/" + i0 + "/nodePort", schemaPath: "#/properties/service/properties/ports/items/properties/nodePort/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.service.properties.ports.items.properties.nodePort.type, parentSchema: schema20.properties.service.properties.ports.items.properties.nodePort, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data32.protocol !== void 0) {
                  let data37 = data32.protocol;
                  if (typeof data37 !== "string") {
                    const err36 = { instancePath: instancePath + "/service/ports/" + i0 + "/protocol", schemaPath: "#/properties/service/properties/ports/items/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.service.properties.ports.items.properties.protocol.type, parentSchema: schema20.properties.service.properties.ports.items.properties.protocol, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
                if (data32.appProtocol !== void 0) {
                  let data38 = data32.appProtocol;
                  if (typeof data38 !== "string") {
                    const err37 = { instancePath: instancePath + "/service/ports/" + i0 + "/appProtocol", schemaPath: "#/properties/service/properties/ports/items/properties/appProtocol/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.service.properties.ports.items.properties.appProtocol.type, parentSchema: schema20.properties.service.properties.ports.items.properties.appProtocol, data: data38 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
              } else {
                const err38 = { instancePath: instancePath + "/service/ports/" + i0, schemaPath: "#/properties/service/properties/ports/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.service.properties.ports.items.type, parentSchema: schema20.properties.service.properties.ports.items, data: data32 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/service/ports", schemaPath: "#/properties/service/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.service.properties.ports.type, parentSchema: schema20.properties.service.properties.ports, data: data31 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data26.annotations !== void 0) {
          let data39 = data26.annotations;
          if (!(data39 && typeof data39 == "object" && !Array.isArray(data39)) && data39 !== null) {
            const err40 = { instancePath: instancePath + "/service/annotations", schemaPath: "#/properties/service/properties/annotations/type", keyword: "type", params: { type: schema20.properties.service.properties.annotations.type }, message: "must be object,null", schema: schema20.properties.service.properties.annotations.type, parentSchema: schema20.properties.service.properties.annotations, data: data39 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data26.loadBalancerIP !== void 0) {
          let data40 = data26.loadBalancerIP;
          if (typeof data40 !== "string") {
            const err41 = { instancePath: instancePath + "/service/loadBalancerIP", schemaPath: "#/properties/service/properties/loadBalancerIP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.service.properties.loadBalancerIP.type, parentSchema: schema20.properties.service.properties.loadBalancerIP, data: data40 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data26.loadBalancerClass !== void 0) {
          let data41 = data26.loadBalancerClass;
          if (typeof data41 !== "string") {
            const err42 = { instancePath: instancePath + "/service/loadBalancerClass", schemaPath: "#/properties/service/properties/loadBalancerClass/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.service.properties.loadBalancerClass.type, parentSchema: schema20.properties.service.properties.loadBalancerClass, data: data41 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data26.loadBalancerSourceRanges !== void 0) {
          let data42 = data26.loadBalancerSourceRanges;
          if (!Array.isArray(data42)) {
            const err43 = { instancePath: instancePath + "/service/loadBalancerSourceRanges", schemaPath: "#/properties/service/properties/loadBalancerSourceRanges/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.service.properties.loadBalancerSourceRanges.type, parentSchema: schema20.properties.service.properties.loadBalancerSourceRanges, data: data42 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data26.allocateLoadBalancerNodePorts !== void 0) {
          let data43 = data26.allocateLoadBalancerNodePorts;
          if (typeof data43 !== "boolean") {
            const err44 = { instancePath: instancePath + "/service/allocateLoadBalancerNodePorts", schemaPath: "#/properties/service/properties/allocateLoadBalancerNodePorts/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema20.properties.service.properties.allocateLoadBalancerNodePorts.type, parentSchema: schema20.properties.service.properties.allocateLoadBalancerNodePorts, data: data43 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data26.externalTrafficPolicy !== void 0) {
          let data44 = data26.externalTrafficPolicy;
          if (typeof data44 !== "string") {
            const err45 = { instancePath: instancePath + "/service/externalTrafficPolicy", schemaPath: "#/properties/service/properties/externalTrafficPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.service.properties.externalTrafficPolicy.type, parentSchema: schema20.properties.service.properties.externalTrafficPolicy, data: data44 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data26.internalTrafficPolicy !== void 0) {
          let data45 = data26.internalTrafficPolicy;
          if (typeof data45 !== "string") {
            const err46 = { instancePath: instancePath + "/service/internalTrafficPolicy", schemaPath: "#/properties/service/properties/internalTrafficPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.service.properties.internalTrafficPolicy.type, parentSchema: schema20.properties.service.properties.internalTrafficPolicy, data: data45 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data26.healthCheckNodePort !== void 0) {
          let data46 = data26.healthCheckNodePort;
          if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46))) && data46 !== null) {
            const err47 = { instancePath: instancePath + "/service/healthCheckNodePort", schemaPath: "#/properties/service/properties/healthCheckNodePort/type", keyword: "type", params: { type: schema20.properties.service.properties.healthCheckNodePort.type }, message: "must be integer,null", schema: schema20.properties.service.properties.healthCheckNodePort.type, parentSchema: schema20.properties.service.properties.healthCheckNodePort, data: data46 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data26.externalIPs !== void 0) {
          let data47 = data26.externalIPs;
          if (!Array.isArray(data47)) {
            const err48 = { instancePath: instancePath + "/service/externalIPs", schemaPath: "#/properties/service/properties/externalIPs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.service.properties.externalIPs.type, parentSchema: schema20.properties.service.properties.externalIPs, data: data47 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data26.ipFamilyPolicy !== void 0) {
          let data48 = data26.ipFamilyPolicy;
          if (!(data48 === "" || data48 === "SingleStack" || data48 === "PreferDualStack" || data48 === "RequireDualStack")) {
            const err49 = { instancePath: instancePath + "/service/ipFamilyPolicy", schemaPath: "#/properties/service/properties/ipFamilyPolicy/enum", keyword: "enum", params: { allowedValues: schema20.properties.service.properties.ipFamilyPolicy.enum }, message: "must be equal to one of the allowed values", schema: schema20.properties.service.properties.ipFamilyPolicy.enum, parentSchema: schema20.properties.service.properties.ipFamilyPolicy, data: data48 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data26.ipFamilies !== void 0) {
          let data49 = data26.ipFamilies;
          if (Array.isArray(data49)) {
            const len1 = data49.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data50 = data49[i1];
              if (!(data50 === "IPv4" || data50 === "IPv6")) {
                const err50 = { instancePath: instancePath + "/service/ipFamilies/" + i1, schemaPath: "#/properties/service/properties/ipFamilies/items/enum", keyword: "enum", params: { allowedValues: schema20.properties.service.properties.ipFamilies.items.enum }, message: "must be equal to one of the allowed values", schema: schema20.properties.service.properties.ipFamilies.items.enum, parentSchema: schema20.properties.service.properties.ipFamilies.items, data: data50 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
          } else {
            const err51 = { instancePath: instancePath + "/service/ipFamilies", schemaPath: "#/properties/service/properties/ipFamilies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.service.properties.ipFamilies.type, parentSchema: schema20.properties.service.properties.ipFamilies, data: data49 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/service", schemaPath: "#/properties/service/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.service.type, parentSchema: schema20.properties.service, data: data26 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.resources !== void 0) {
      let data51 = data.resources;
      if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
        if (data51.requests !== void 0) {
          let data52 = data51.requests;
          if (!(data52 && typeof data52 == "object" && !Array.isArray(data52)) && data52 !== null) {
            const err53 = { instancePath: instancePath + "/resources/requests", schemaPath: "#/properties/resources/properties/requests/type", keyword: "type", params: { type: schema20.properties.resources.properties.requests.type }, message: "must be object,null", schema: schema20.properties.resources.properties.requests.type, parentSchema: schema20.properties.resources.properties.requests, data: data52 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data51.limits !== void 0) {
          let data53 = data51.limits;
          if (!(data53 && typeof data53 == "object" && !Array.isArray(data53)) && data53 !== null) {
            const err54 = { instancePath: instancePath + "/resources/limits", schemaPath: "#/properties/resources/properties/limits/type", keyword: "type", params: { type: schema20.properties.resources.properties.limits.type }, message: "must be object,null", schema: schema20.properties.resources.properties.limits.type, parentSchema: schema20.properties.resources.properties.limits, data: data53 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
      } else {
        const err55 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.resources.type, parentSchema: schema20.properties.resources, data: data51 };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.autoscaling !== void 0) {
      let data54 = data.autoscaling;
      if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
        if (data54.enabled !== void 0) {
          let data55 = data54.enabled;
          if (typeof data55 !== "boolean") {
            const err56 = { instancePath: instancePath + "/autoscaling/enabled", schemaPath: "#/properties/autoscaling/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema20.properties.autoscaling.properties.enabled.type, parentSchema: schema20.properties.autoscaling.properties.enabled, data: data55 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data54.minReplicas !== void 0) {
          let data56 = data54.minReplicas;
          if (!(typeof data56 == "number" && (!(data56 % 1) && !isNaN(data56)))) {
            const err57 = { instancePath: instancePath + "/autoscaling/minReplicas", schemaPath: "#/properties/autoscaling/properties/minReplicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.autoscaling.properties.minReplicas.type, parentSchema: schema20.properties.autoscaling.properties.minReplicas, data: data56 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data54.maxReplicas !== void 0) {
          let data57 = data54.maxReplicas;
          if (!(typeof data57 == "number" && (!(data57 % 1) && !isNaN(data57)))) {
            const err58 = { instancePath: instancePath + "/autoscaling/maxReplicas", schemaPath: "#/properties/autoscaling/properties/maxReplicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.autoscaling.properties.maxReplicas.type, parentSchema: schema20.properties.autoscaling.properties.maxReplicas, data: data57 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data54.targetCPUUtilizationPercentage !== void 0) {
          let data58 = data54.targetCPUUtilizationPercentage;
          if (!(typeof data58 == "number" && (!(data58 % 1) && !isNaN(data58)))) {
            const err59 = { instancePath: instancePath + "/autoscaling/targetCPUUtilizationPercentage", schemaPath: "#/properties/autoscaling/properties/targetCPUUtilizationPercentage/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.autoscaling.properties.targetCPUUtilizationPercentage.type, parentSchema: schema20.properties.autoscaling.properties.targetCPUUtilizationPercentage, data: data58 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data54.targetMemoryUtilizationPercentage !== void 0) {
          let data59 = data54.targetMemoryUtilizationPercentage;
          if (!(typeof data59 == "number" && (!(data59 % 1) && !isNaN(data59))) && !(data59 && typeof data59 == "object" && !Array.isArray(data59))) {
            const err60 = { instancePath: instancePath + "/autoscaling/targetMemoryUtilizationPercentage", schemaPath: "#/properties/autoscaling/properties/targetMemoryUtilizationPercentage/type", keyword: "type", params: { type: schema20.properties.autoscaling.properties.targetMemoryUtilizationPercentage.type }, message: "must be integer,object", schema: schema20.properties.autoscaling.properties.targetMemoryUtilizationPercentage.type, parentSchema: schema20.properties.autoscaling.properties.targetMemoryUtilizationPercentage, data: data59 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data54.autoscaleBehavior !== void 0) {
          let data60 = data54.autoscaleBehavior;
          if (!(data60 && typeof data60 == "object" && !Array.isArray(data60))) {
            const err61 = { instancePath: instancePath + "/autoscaling/autoscaleBehavior", schemaPath: "#/properties/autoscaling/properties/autoscaleBehavior/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.autoscaling.properties.autoscaleBehavior.type, parentSchema: schema20.properties.autoscaling.properties.autoscaleBehavior, data: data60 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
      } else {
        const err62 = { instancePath: instancePath + "/autoscaling", schemaPath: "#/properties/autoscaling/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.autoscaling.type, parentSchema: schema20.properties.autoscaling, data: data54 };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
    if (data.env !== void 0) {
      let data61 = data.env;
      if (!(data61 && typeof data61 == "object" && !Array.isArray(data61)) && data61 !== null) {
        const err63 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/type", keyword: "type", params: { type: schema20.properties.env.type }, message: "must be object,null", schema: schema20.properties.env.type, parentSchema: schema20.properties.env, data: data61 };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data.envVarFrom !== void 0) {
      let data62 = data.envVarFrom;
      if (Array.isArray(data62)) {
        const len2 = data62.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data63 = data62[i2];
          if (!(data63 && typeof data63 == "object" && !Array.isArray(data63))) {
            const err64 = { instancePath: instancePath + "/envVarFrom/" + i2, schemaPath: "#/properties/envVarFrom/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.envVarFrom.items.type, parentSchema: schema20.properties.envVarFrom.items, data: data63 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
      } else {
        const err65 = { instancePath: instancePath + "/envVarFrom", schemaPath: "#/properties/envVarFrom/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.envVarFrom.type, parentSchema: schema20.properties.envVarFrom, data: data62 };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.strategy !== void 0) {
      let data64 = data.strategy;
      if (!(data64 && typeof data64 == "object" && !Array.isArray(data64))) {
        const err66 = { instancePath: instancePath + "/strategy", schemaPath: "#/properties/strategy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.strategy.type, parentSchema: schema20.properties.strategy, data: data64 };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data.minReadySeconds !== void 0) {
      let data65 = data.minReadySeconds;
      if (!(typeof data65 == "number" && (!(data65 % 1) && !isNaN(data65))) && data65 !== null) {
        const err67 = { instancePath: instancePath + "/minReadySeconds", schemaPath: "#/properties/minReadySeconds/type", keyword: "type", params: { type: schema20.properties.minReadySeconds.type }, message: "must be integer,null", schema: schema20.properties.minReadySeconds.type, parentSchema: schema20.properties.minReadySeconds, data: data65 };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
    if (data.readinessProbe !== void 0) {
      let data66 = data.readinessProbe;
      if (!(data66 && typeof data66 == "object" && !Array.isArray(data66)) && data66 !== null) {
        const err68 = { instancePath: instancePath + "/readinessProbe", schemaPath: "#/properties/readinessProbe/type", keyword: "type", params: { type: schema20.properties.readinessProbe.type }, message: "must be object,null", schema: schema20.properties.readinessProbe.type, parentSchema: schema20.properties.readinessProbe, data: data66 };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data67 = data.labels;
      if (!(data67 && typeof data67 == "object" && !Array.isArray(data67)) && data67 !== null) {
        const err69 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: schema20.properties.labels.type }, message: "must be object,null", schema: schema20.properties.labels.type, parentSchema: schema20.properties.labels, data: data67 };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data.annotations !== void 0) {
      let data68 = data.annotations;
      if (!(data68 && typeof data68 == "object" && !Array.isArray(data68)) && data68 !== null) {
        const err70 = { instancePath: instancePath + "/annotations", schemaPath: "#/properties/annotations/type", keyword: "type", params: { type: schema20.properties.annotations.type }, message: "must be object,null", schema: schema20.properties.annotations.type, parentSchema: schema20.properties.annotations, data: data68 };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
    if (data.nodeSelector !== void 0) {
      let data69 = data.nodeSelector;
      if (!(data69 && typeof data69 == "object" && !Array.isArray(data69))) {
        const err71 = { instancePath: instancePath + "/nodeSelector", schemaPath: "#/properties/nodeSelector/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.nodeSelector.type, parentSchema: schema20.properties.nodeSelector, data: data69 };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data.tolerations !== void 0) {
      let data70 = data.tolerations;
      if (!Array.isArray(data70)) {
        const err72 = { instancePath: instancePath + "/tolerations", schemaPath: "#/properties/tolerations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.tolerations.type, parentSchema: schema20.properties.tolerations, data: data70 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.topologySpreadConstraints !== void 0) {
      let data71 = data.topologySpreadConstraints;
      if (!Array.isArray(data71)) {
        const err73 = { instancePath: instancePath + "/topologySpreadConstraints", schemaPath: "#/properties/topologySpreadConstraints/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.topologySpreadConstraints.type, parentSchema: schema20.properties.topologySpreadConstraints, data: data71 };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (data.affinity !== void 0) {
      let data72 = data.affinity;
      if (!(data72 && typeof data72 == "object" && !Array.isArray(data72))) {
        const err74 = { instancePath: instancePath + "/affinity", schemaPath: "#/properties/affinity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.affinity.type, parentSchema: schema20.properties.affinity, data: data72 };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
    if (data.networkGateway !== void 0) {
      let data73 = data.networkGateway;
      if (typeof data73 !== "string") {
        const err75 = { instancePath: instancePath + "/networkGateway", schemaPath: "#/properties/networkGateway/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.networkGateway.type, parentSchema: schema20.properties.networkGateway, data: data73 };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
    }
    if (data.networkGatewayPorts !== void 0) {
      let data74 = data.networkGatewayPorts;
      if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
        for (const key3 in data74) {
          let data75 = data74[key3];
          if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
            if (data75.port !== void 0) {
              let data76 = data75.port;
              if (!(typeof data76 == "number" && (!(data76 % 1) && !isNaN(data76)))) {
                const err76 = { instancePath: instancePath + "/networkGatewayPorts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/port", schemaPath: "#/properties/networkGatewayPorts/additionalProperties/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.networkGatewayPorts.additionalProperties.properties.port.type, parentSchema: schema20.properties.networkGatewayPorts.additionalProperties.properties.port, data: data76 };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data75.targetPort !== void 0) {
              let data77 = data75.targetPort;
              if (!(typeof data77 == "number" && (!(data77 % 1) && !isNaN(data77)))) {
                const err77 = { instancePath: instancePath + "/networkGatewayPorts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/targetPort", schemaPath: "#/properties/networkGatewayPorts/additionalProperties/properties/targetPort/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.networkGatewayPorts.additionalProperties.properties.targetPort.type, parentSchema: schema20.properties.networkGatewayPorts.additionalProperties.properties.targetPort, data: data77 };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
            if (data75.protocol !== void 0) {
              let data78 = data75.protocol;
              if (typeof data78 !== "string") {
                const err78 = { instancePath: instancePath + "/networkGatewayPorts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/protocol", schemaPath: "#/properties/networkGatewayPorts/additionalProperties/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.networkGatewayPorts.additionalProperties.properties.protocol.type, parentSchema: schema20.properties.networkGatewayPorts.additionalProperties.properties.protocol, data: data78 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
          } else {
            const err79 = { instancePath: instancePath + "/networkGatewayPorts/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/networkGatewayPorts/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.networkGatewayPorts.additionalProperties.type, parentSchema: schema20.properties.networkGatewayPorts.additionalProperties, data: data75 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
      } else {
        const err80 = { instancePath: instancePath + "/networkGatewayPorts", schemaPath: "#/properties/networkGatewayPorts/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.networkGatewayPorts.type, parentSchema: schema20.properties.networkGatewayPorts, data: data74 };
        if (vErrors === null) {
          vErrors = [err80];
        } else {
          vErrors.push(err80);
        }
        errors++;
      }
    }
    if (data.imagePullPolicy !== void 0) {
      let data79 = data.imagePullPolicy;
      if (!(data79 === "" || data79 === "Always" || data79 === "IfNotPresent" || data79 === "Never")) {
        const err81 = { instancePath: instancePath + "/imagePullPolicy", schemaPath: "#/properties/imagePullPolicy/enum", keyword: "enum", params: { allowedValues: schema20.properties.imagePullPolicy.enum }, message: "must be equal to one of the allowed values", schema: schema20.properties.imagePullPolicy.enum, parentSchema: schema20.properties.imagePullPolicy, data: data79 };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
    }
    if (data.imagePullSecrets !== void 0) {
      let data80 = data.imagePullSecrets;
      if (Array.isArray(data80)) {
        const len3 = data80.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data81 = data80[i3];
          if (!(data81 && typeof data81 == "object" && !Array.isArray(data81))) {
            const err82 = { instancePath: instancePath + "/imagePullSecrets/" + i3, schemaPath: "#/properties/imagePullSecrets/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.imagePullSecrets.items.type, parentSchema: schema20.properties.imagePullSecrets.items, data: data81 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
      } else {
        const err83 = { instancePath: instancePath + "/imagePullSecrets", schemaPath: "#/properties/imagePullSecrets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.imagePullSecrets.type, parentSchema: schema20.properties.imagePullSecrets, data: data80 };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
    if (data.podDisruptionBudget !== void 0) {
      let data82 = data.podDisruptionBudget;
      if (!(data82 && typeof data82 == "object" && !Array.isArray(data82))) {
        const err84 = { instancePath: instancePath + "/podDisruptionBudget", schemaPath: "#/properties/podDisruptionBudget/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.podDisruptionBudget.type, parentSchema: schema20.properties.podDisruptionBudget, data: data82 };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
    }
    if (data.dnsPolicy !== void 0) {
      let data83 = data.dnsPolicy;
      if (typeof data83 !== "string") {
        const err85 = { instancePath: instancePath + "/dnsPolicy", schemaPath: "#/properties/dnsPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.dnsPolicy.type, parentSchema: schema20.properties.dnsPolicy, data: data83 };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
    }
    if (data.dnsConfig !== void 0) {
      let data84 = data.dnsConfig;
      if (!(data84 && typeof data84 == "object" && !Array.isArray(data84))) {
        const err86 = { instancePath: instancePath + "/dnsConfig", schemaPath: "#/properties/dnsConfig/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.dnsConfig.type, parentSchema: schema20.properties.dnsConfig, data: data84 };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    }
    if (data.terminationGracePeriodSeconds !== void 0) {
      let data85 = data.terminationGracePeriodSeconds;
      if (!(typeof data85 == "number") && data85 !== null) {
        const err87 = { instancePath: instancePath + "/terminationGracePeriodSeconds", schemaPath: "#/properties/terminationGracePeriodSeconds/type", keyword: "type", params: { type: schema20.properties.terminationGracePeriodSeconds.type }, message: "must be number,null", schema: schema20.properties.terminationGracePeriodSeconds.type, parentSchema: schema20.properties.terminationGracePeriodSeconds, data: data85 };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
    }
    if (data.volumes !== void 0) {
      let data86 = data.volumes;
      if (Array.isArray(data86)) {
        const len4 = data86.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data87 = data86[i4];
          if (!(data87 && typeof data87 == "object" && !Array.isArray(data87))) {
            const err88 = { instancePath: instancePath + "/volumes/" + i4, schemaPath: "#/properties/volumes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.volumes.items.type, parentSchema: schema20.properties.volumes.items, data: data87 };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
      } else {
        const err89 = { instancePath: instancePath + "/volumes", schemaPath: "#/properties/volumes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.volumes.type, parentSchema: schema20.properties.volumes, data: data86 };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
        errors++;
      }
    }
    if (data.volumeMounts !== void 0) {
      let data88 = data.volumeMounts;
      if (Array.isArray(data88)) {
        const len5 = data88.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data89 = data88[i5];
          if (!(data89 && typeof data89 == "object" && !Array.isArray(data89))) {
            const err90 = { instancePath: instancePath + "/volumeMounts/" + i5, schemaPath: "#/properties/volumeMounts/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.volumeMounts.items.type, parentSchema: schema20.properties.volumeMounts.items, data: data89 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
      } else {
        const err91 = { instancePath: instancePath + "/volumeMounts", schemaPath: "#/properties/volumeMounts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.volumeMounts.type, parentSchema: schema20.properties.volumeMounts, data: data88 };
        if (vErrors === null) {
          vErrors = [err91];
        } else {
          vErrors.push(err91);
        }
        errors++;
      }
    }
    if (data.initContainers !== void 0) {
      let data90 = data.initContainers;
      if (Array.isArray(data90)) {
        const len6 = data90.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data91 = data90[i6];
          if (!(data91 && typeof data91 == "object" && !Array.isArray(data91))) {
            const err92 = { instancePath: instancePath + "/initContainers/" + i6, schemaPath: "#/properties/initContainers/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.initContainers.items.type, parentSchema: schema20.properties.initContainers.items, data: data91 };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
      } else {
        const err93 = { instancePath: instancePath + "/initContainers", schemaPath: "#/properties/initContainers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.initContainers.type, parentSchema: schema20.properties.initContainers, data: data90 };
        if (vErrors === null) {
          vErrors = [err93];
        } else {
          vErrors.push(err93);
        }
        errors++;
      }
    }
    if (data.additionalContainers !== void 0) {
      let data92 = data.additionalContainers;
      if (Array.isArray(data92)) {
        const len7 = data92.length;
        for (let i7 = 0; i7 < len7; i7++) {
          let data93 = data92[i7];
          if (!(data93 && typeof data93 == "object" && !Array.isArray(data93))) {
            const err94 = { instancePath: instancePath + "/additionalContainers/" + i7, schemaPath: "#/properties/additionalContainers/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.additionalContainers.items.type, parentSchema: schema20.properties.additionalContainers.items, data: data93 };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
      } else {
        const err95 = { instancePath: instancePath + "/additionalContainers", schemaPath: "#/properties/additionalContainers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.properties.additionalContainers.type, parentSchema: schema20.properties.additionalContainers, data: data92 };
        if (vErrors === null) {
          vErrors = [err95];
        } else {
          vErrors.push(err95);
        }
        errors++;
      }
    }
    if (data.priorityClassName !== void 0) {
      let data94 = data.priorityClassName;
      if (typeof data94 !== "string") {
        const err96 = { instancePath: instancePath + "/priorityClassName", schemaPath: "#/properties/priorityClassName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.priorityClassName.type, parentSchema: schema20.properties.priorityClassName, data: data94 };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      }
    }
    if (data.lifecycle !== void 0) {
      let data95 = data.lifecycle;
      if (data95 && typeof data95 == "object" && !Array.isArray(data95)) {
        if (data95.postStart !== void 0) {
          let data96 = data95.postStart;
          if (!(data96 && typeof data96 == "object" && !Array.isArray(data96))) {
            const err97 = { instancePath: instancePath + "/lifecycle/postStart", schemaPath: "#/properties/lifecycle/properties/postStart/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.lifecycle.properties.postStart.type, parentSchema: schema20.properties.lifecycle.properties.postStart, data: data96 };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
        if (data95.preStop !== void 0) {
          let data97 = data95.preStop;
          if (!(data97 && typeof data97 == "object" && !Array.isArray(data97))) {
            const err98 = { instancePath: instancePath + "/lifecycle/preStop", schemaPath: "#/properties/lifecycle/properties/preStop/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.lifecycle.properties.preStop.type, parentSchema: schema20.properties.lifecycle.properties.preStop, data: data97 };
            if (vErrors === null) {
              vErrors = [err98];
            } else {
              vErrors.push(err98);
            }
            errors++;
          }
        }
      } else {
        const err99 = { instancePath: instancePath + "/lifecycle", schemaPath: "#/properties/lifecycle/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.properties.lifecycle.type, parentSchema: schema20.properties.lifecycle, data: data95 };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
    }
    if (data.runAsRoot !== void 0) {
      let data98 = data.runAsRoot;
      if (typeof data98 !== "boolean") {
        const err100 = { instancePath: instancePath + "/runAsRoot", schemaPath: "#/properties/runAsRoot/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema20.properties.runAsRoot.type, parentSchema: schema20.properties.runAsRoot, data: data98 };
        if (vErrors === null) {
          vErrors = [err100];
        } else {
          vErrors.push(err100);
        }
        errors++;
      }
    }
    if (data.unprivilegedPort !== void 0) {
      let data99 = data.unprivilegedPort;
      if (!(data99 === true || data99 === false || data99 === "auto")) {
        const err101 = { instancePath: instancePath + "/unprivilegedPort", schemaPath: "#/properties/unprivilegedPort/enum", keyword: "enum", params: { allowedValues: schema20.properties.unprivilegedPort.enum }, message: "must be equal to one of the allowed values", schema: schema20.properties.unprivilegedPort.enum, parentSchema: schema20.properties.unprivilegedPort, data: data99 };
        if (vErrors === null) {
          vErrors = [err101];
        } else {
          vErrors.push(err101);
        }
        errors++;
      }
    }
  } else {
    const err102 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data };
    if (vErrors === null) {
      vErrors = [err102];
    } else {
      vErrors.push(err102);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}

// src/config.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/yaml/views.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/yaml/read.ts
var import_yaml = __toESM(require_dist(), 1);
var YAML_OPTIONS = {
  version: "1.1",
  merge: true,
  // The library's own check is quadratic in the size of a map; duplicateKey() does it in one pass.
  uniqueKeys: false,
  prettyErrors: false,
  logLevel: "silent",
  strict: false,
  // Kubernetes reads YAML through JSON (sigs.k8s.io/yaml): timestamps stay strings.
  customTags: (tags) => tags.filter((t) => t.tag !== "tag:yaml.org,2002:timestamp")
};
var YAML_11_SCHEMA = new import_yaml.Schema({ resolveKnownTags: false, schema: "yaml-1.1", merge: YAML_OPTIONS.merge, customTags: YAML_OPTIONS.customTags });
var PREBUILT_OPTIONS = { ...YAML_OPTIONS, schema: YAML_11_SCHEMA };
function parseOptions(text2) {
  return text2.includes("%YAML") ? YAML_OPTIONS : PREBUILT_OPTIONS;
}
var MAX_ALIAS_COUNT = 1e3;
function duplicateKey(doc) {
  const stack = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if ((0, import_yaml.isMap)(node)) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair of node.items) {
        if ((0, import_yaml.isScalar)(pair.key)) {
          const k = String(pair.key.value);
          if (seen.has(k)) return pair.key;
          seen.add(k);
        }
        stack.push(pair.value);
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return void 0;
}
function toValue(doc) {
  return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
}
function findTemplateAction(text2, doc) {
  const textual = [];
  try {
    (0, import_yaml.visit)(doc, {
      Scalar(_key, node) {
        if (node.type !== import_yaml.Scalar.PLAIN && (0, import_yaml.isScalar)(node) && node.range && typeof node.value === "string" && node.value.includes("{{")) {
          textual.push([node.range[0], node.range[1]]);
        }
      }
    });
  } catch {
  }
  for (let i = text2.indexOf("{{"); i >= 0; i = text2.indexOf("{{", i + 2)) {
    if (!textual.some(([s, e]) => i >= s && i < e) && !inComment(text2, i)) return i;
  }
  return void 0;
}
function inComment(text2, offset) {
  const lineStart2 = text2.lastIndexOf("\n", offset - 1) + 1;
  return /(^|\s)#/.test(text2.slice(lineStart2, offset));
}

// src/yaml/lines.ts
var LineIndex = class {
  /** The offset each line starts at, in order; built on the first question. */
  starts;
  text;
  constructor(text2) {
    this.text = text2;
  }
  /** The answers of yaml's LineCounter with a newline recorded after every `\n` (and one at 0). */
  linePos(offset) {
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = low + high >> 1;
      if (starts[mid] < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, col: 1 };
    if (low === 0) return { line: 0, col: offset };
    return { line: low, col: offset - starts[low - 1] + 1 };
  }
  lineStarts() {
    if (this.starts) return this.starts;
    const text2 = this.text;
    let lines = 1;
    for (let i = text2.indexOf("\n"); i >= 0; i = text2.indexOf("\n", i + 1)) lines++;
    const starts = new Uint32Array(lines);
    let n = 1;
    for (let i = text2.indexOf("\n"); i >= 0; i = text2.indexOf("\n", i + 1)) starts[n++] = i + 1;
    this.starts = starts;
    this.text = void 0;
    return starts;
  }
};

// src/yaml/views.ts
var DEFAULT_MEMORY = { keepEverythingBytes: 8 * 1024 * 1024, astTextBytes: 512 * 1024 };
var MAX_ASTS = 16;
var EMBEDDED_CACHE = { entries: 256, textBytes: 4096 };
var DocumentStore = class {
  keepEverything;
  astTextBudget;
  recent = /* @__PURE__ */ new Map();
  recentBytes = 0;
  /** Released values parsed again (tests and benchmarks check that ordinary runs have none). */
  reparsedValues = 0;
  /**
   * Embedded text that parsed cleanly, by text: the workloads of one chart repeat the same
   * annotation. Nothing downstream modifies a value or an AST, so views of different hosts share
   * them (each keeps its own mapping onto its host's lines).
   */
  embedded = /* @__PURE__ */ new Map();
  /**
   * Told of every embedded document the run reads, once per reading (the suppression directives
   * in its comments are collected from it).
   */
  onEmbedded;
  constructor(totalTextBytes = 0, limits = DEFAULT_MEMORY) {
    this.keepEverything = totalTextBytes <= limits.keepEverythingBytes;
    this.astTextBudget = this.keepEverything ? Infinity : limits.astTextBytes;
  }
  cachedAst(view) {
    return this.recent.get(view);
  }
  rememberAst(view, doc) {
    if (this.recent.delete(view)) this.recentBytes -= view.sourceText.length;
    this.recent.set(view, doc);
    this.recentBytes += view.sourceText.length;
    while ((this.recentBytes > this.astTextBudget || this.astTextBudget !== Infinity && this.recent.size > MAX_ASTS) && this.recent.size > 1) {
      const oldest2 = this.recent.keys().next().value;
      this.recent.delete(oldest2);
      this.recentBytes -= oldest2.sourceText.length;
    }
  }
  embeddedParse(text2) {
    return this.embedded.get(text2);
  }
  rememberEmbedded(text2, doc, value) {
    if (text2.length > EMBEDDED_CACHE.textBytes) return;
    this.embedded.set(text2, { doc, value });
    if (this.embedded.size > EMBEDDED_CACHE.entries) this.embedded.delete(this.embedded.keys().next().value);
  }
};
function fileView(file, doc, index, value) {
  return {
    file,
    doc,
    sourceText: file.text,
    value,
    index,
    store: new DocumentStore(),
    position(offset) {
      const p = file.lineCounter.linePos(offset);
      return { line: p.line, column: p.col };
    },
    releaseValue() {
    }
  };
}
function chunkView(store, file, text2, line, index, value, doc, lintedNow = false) {
  const view = new LazyView(store, file, text2, index, value, doc, line);
  if (lintedNow) view.keepAst(doc);
  return view;
}
function embeddedView(host, text2, value, doc, mapping) {
  const view = new LazyView(host.view.store, host.view.file, text2, host.view.index, value, doc, mapping, host);
  host.view.store.onEmbedded?.(view);
  return view;
}
var RELEASED = /* @__PURE__ */ Symbol("released");
var LazyView = class {
  /** `placement`: the line of the file a file document's text starts, or how an embedded one maps onto its host. */
  constructor(store, file, sourceText, index, value, doc, placement, host) {
    this.store = store;
    this.file = file;
    this.sourceText = sourceText;
    this.index = index;
    this.placement = placement;
    this.host = host;
    this.current = value;
    if (store.keepEverything || typeof placement !== "number") this.ast = doc;
  }
  store;
  file;
  sourceText;
  index;
  placement;
  host;
  current;
  /** The AST, held as long as the value is (a released document's AST goes through the cache). */
  ast;
  /** An embedded document: how to map its offsets onto the host (built on first use). */
  map;
  /** A file document: the line starts of its text (built on first use). */
  lines;
  get value() {
    if (this.current === RELEASED) {
      this.store.reparsedValues++;
      this.ast = (0, import_yaml2.parseDocument)(this.sourceText, parseOptions(this.sourceText));
      this.current = toValue(this.ast);
    }
    return this.current;
  }
  get doc() {
    if (this.ast) return this.ast;
    const d = this.store.cachedAst(this) ?? (0, import_yaml2.parseDocument)(this.sourceText, parseOptions(this.sourceText));
    this.store.rememberAst(this, d);
    return d;
  }
  position(offset) {
    if (typeof this.placement === "number") {
      const p = (this.lines ??= new LineIndex(this.sourceText)).linePos(offset);
      return { line: this.placement + p.line - 1, column: p.col };
    }
    this.map ??= this.placement();
    return this.map(offset);
  }
  keepAst(doc) {
    this.ast = doc;
  }
  releaseValue(always = false) {
    if (this.store.keepEverything && !always) return;
    this.current = RELEASED;
    this.ast = void 0;
  }
};

// src/text.ts
function editDistance(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(up + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}
function closest(word, candidates) {
  let best;
  let bestD = Infinity;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const lc = c.toLowerCase();
    const d = lc.startsWith(w) || w.startsWith(lc) ? Math.min(editDistance(w, lc), 2) : editDistance(w, lc);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 4));
  return bestD <= limit ? best : void 0;
}
function snakeToCamel(key) {
  return key.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
}
function joinWords(items, max = Infinity) {
  if (items.length > max) return `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
  return items.length <= 1 ? items[0] ?? "" : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

// src/load.ts
import { promises as fs } from "node:fs";
import path from "node:path";
var DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024;
var MANIFEST_GLOB = "**/*.{yaml,yml}";
var READ_CONCURRENCY = 32;
function displayPath(cwd, abs) {
  const rel = path.relative(cwd, abs);
  if (rel === "") return path.basename(abs);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return abs;
  return rel.split(path.sep).join("/");
}
async function load(req) {
  const files = [];
  const missing = [];
  const ignoredFiles = [];
  const seen = /* @__PURE__ */ new Set();
  const inputs = [];
  const add = (abs) => {
    if (!seen.has(abs)) {
      seen.add(abs);
      files.push(abs);
    }
  };
  const ignore = [...req.ignore, "**/node_modules/**"];
  const base3 = req.ignoreBase ?? req.cwd;
  const from = (dir) => {
    const rel = path.relative(base3, dir);
    return rel.startsWith("..") || path.isAbsolute(rel) ? { cwd: dir, prefix: "" } : { cwd: base3, prefix: rel === "" ? "" : `${rel.split(path.sep).join("/")}/` };
  };
  for (const p of req.paths) {
    if (p === "-") {
      files.push("-");
      continue;
    }
    const abs = path.resolve(req.cwd, p);
    let st;
    try {
      st = await fs.stat(abs);
    } catch {
      st = void 0;
    }
    if (st?.isDirectory()) {
      const { globby } = await globbyModule();
      const at = from(abs);
      const found = await globby(`${globEscape(at.prefix)}${MANIFEST_GLOB}`, {
        cwd: at.cwd,
        absolute: true,
        gitignore: true,
        ignore,
        dot: false,
        followSymbolicLinks: false,
        onlyFiles: true
      });
      found.sort();
      found.forEach(add);
    } else if (st) {
      if (!await isIgnored(base3, abs, req.ignore)) add(abs);
      else ignoredFiles.push(p);
    } else if ((await globbyModule()).isDynamicPattern(p)) {
      const { globby } = await globbyModule();
      const at = from(req.cwd);
      const pattern = path.isAbsolute(p) ? p : `${globEscape(at.prefix)}${p}`;
      const found = await globby(pattern, { cwd: at.cwd, absolute: true, gitignore: true, ignore, followSymbolicLinks: false, onlyFiles: true });
      if (found.length === 0) missing.push(p);
      found.sort();
      found.forEach(add);
    } else {
      missing.push(p);
    }
  }
  const { kept, charts } = await splitChartTemplates(req.cwd, files);
  const results = new Array(kept.length);
  let next = 0;
  const worker = async () => {
    while (next < kept.length) {
      const i = next++;
      const f = kept[i];
      const replaced = req.replaced?.get(f);
      if (replaced !== void 0) results[i] = { path: f === "-" ? req.stdinFilename ?? "<stdin>" : displayPath(req.cwd, f), ...f === "-" ? {} : { absPath: f }, text: replaced };
      else results[i] = f === "-" ? { path: req.stdinFilename ?? "<stdin>", ...decode(await req.readStdin()) } : await readInput(req, f);
    }
  };
  await Promise.all(Array.from({ length: Math.min(req.concurrency ?? READ_CONCURRENCY, kept.length) }, worker));
  const chartDirs = /* @__PURE__ */ new Map();
  for (const r of results) if (r.absPath && await insideChart(path.dirname(r.absPath), chartDirs)) r.inChart = true;
  inputs.push(...results);
  for (const t of req.texts ?? []) {
    const absPath = path.resolve(req.cwd, t.path);
    inputs.push({ path: displayPath(req.cwd, absPath), absPath, ...typeof t.text === "string" ? { text: t.text } : decode(Buffer.from(t.text.buffer, t.text.byteOffset, t.text.byteLength)) });
  }
  return { inputs, missing, charts, ignored: ignoredFiles };
}
function globEscape(p) {
  return p.replace(/[*?[\]{}()!]/g, "\\$&");
}
function globbyModule() {
  return import("./globby-V7TXZDV2.js");
}
async function isIgnored(cwd, abs, ignore) {
  if (ignore.length === 0) return false;
  const { globby } = await globbyModule();
  const rel = path.relative(cwd, abs);
  if (rel.startsWith("..")) return false;
  const hit = await globby(rel.split(path.sep).join("/"), { cwd, ignore, onlyFiles: true, followSymbolicLinks: false });
  return hit.length === 0;
}
async function readInput(req, abs) {
  const shown4 = displayPath(req.cwd, abs);
  const at = (messageId, data) => ({ path: shown4, absPath: abs, problem: { messageId, data, line: 1, column: 1 } });
  const unreadable = (e) => at("unreadable", { reason: readError(e) });
  let st;
  try {
    st = await fs.stat(abs);
  } catch (e) {
    return unreadable(e);
  }
  if (!st.isFile()) return at("notRegularFile");
  if (st.size > req.maxFileSize) return at("tooLarge", { size: st.size, limit: req.maxFileSize });
  try {
    return { path: shown4, absPath: abs, ...decode(await fs.readFile(abs)) };
  } catch (e) {
    return unreadable(e);
  }
}
function readError(e) {
  const code = e.code;
  const words = { ENOENT: "it does not exist", EACCES: "permission denied", EPERM: "permission denied", EISDIR: "it is a directory", ELOOP: "too many symbolic links", ENAMETOOLONG: "the name is too long", EIO: "an input/output error" };
  return (code && words[code]) ?? plainError(e);
}
function plainError(e) {
  const message = e instanceof Error ? e.message : String(e);
  const m = /^E[A-Z0-9]+: (.*?)(?:, [a-z]+(?: '.*')?)?$/s.exec(message);
  return m ? m[1] : message;
}
function decode(bytes) {
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  const body = bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) return { problem: { messageId: "binary", ...positionOf(body, nul) } };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body) };
  } catch {
    return { problem: { messageId: "invalidUtf8", ...positionOf(body, firstInvalidUtf8(body)) } };
  }
}
function positionOf(bytes, offset) {
  let line = 1;
  let lineStart2 = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart2 = i + 1;
    }
  }
  return { line, column: offset - lineStart2 + 1 };
}
function firstInvalidUtf8(bytes) {
  const text2 = new TextDecoder("utf-8").decode(bytes);
  const i = text2.indexOf("�");
  return i < 0 ? 0 : Buffer.byteLength(text2.slice(0, i));
}
async function splitChartTemplates(cwd, files) {
  const kept = [];
  const byChart = /* @__PURE__ */ new Map();
  const chartOf = /* @__PURE__ */ new Map();
  for (const f of files) {
    if (f === "-") {
      kept.push(f);
      continue;
    }
    const chart = await findChartDir(f, chartOf);
    if (chart) byChart.set(chart, (byChart.get(chart) ?? 0) + 1);
    else kept.push(f);
  }
  const charts = [...byChart].map(([dir, templates]) => ({ chartFile: displayPath(cwd, path.join(dir, "Chart.yaml")), templates }));
  return { kept, charts };
}
async function insideChart(dir, cache) {
  const hit = cache.get(dir);
  if (hit !== void 0) return hit;
  const here = await fs.stat(path.join(dir, "Chart.yaml")).then((s) => s.isFile(), () => false);
  const parent = path.dirname(dir);
  const result = here || parent !== dir && await insideChart(parent, cache);
  cache.set(dir, result);
  return result;
}
async function findChartDir(file, cache) {
  const parts = path.dirname(file).split(path.sep);
  const idx = parts.lastIndexOf("templates");
  if (idx <= 0) return null;
  const dir = parts.slice(0, idx).join(path.sep) || path.sep;
  if (!cache.has(dir)) {
    const exists = await fs.stat(path.join(dir, "Chart.yaml")).then((s) => s.isFile(), () => false);
    cache.set(dir, exists ? dir : null);
  }
  return cache.get(dir) ?? null;
}

// src/glob.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function nameGlob(pattern, text2) {
  return import_picomatch.default.isMatch(text2, pattern, { dot: true, bash: true, nonegate: true });
}
function pathGlob(pattern) {
  return (0, import_picomatch.default)(pattern.replace(/^\.\//, ""), { dot: true });
}

// src/config.ts
var CONFIG_NAMES = [".drainlint.yaml", ".drainlint.yml"];
var UsageError = class extends Error {
};
function emptyConfig(cwd) {
  return { dir: cwd, rules: {}, ignore: [], meshConfig: [], gatewayValues: [], assumeInjected: false, maxFileSize: DEFAULT_MAX_FILE_SIZE };
}
function findConfig(cwd) {
  let dir = path2.resolve(cwd);
  for (; ; ) {
    for (const name of CONFIG_NAMES) {
      const p = path2.join(dir, name);
      if (existsSync(p)) return p;
    }
    const parent = path2.dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
var validateConfigFile = validateConfig;
function loadConfig(file, cwd, knownRules) {
  const abs = path2.resolve(cwd, file);
  const shown4 = path2.relative(cwd, abs) || abs;
  let text2;
  try {
    text2 = readFileSync(abs, "utf8");
  } catch (e) {
    if (e.code === "ENOENT") throw new UsageError(`the configuration file ${shown4} does not exist`);
    throw new UsageError(`cannot read the configuration file ${shown4}: ${plainError(e)}`);
  }
  const lineCounter = new import_yaml3.LineCounter();
  const doc = (0, import_yaml3.parseDocument)(text2, { ...YAML_OPTIONS, lineCounter });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const p = lineCounter.linePos(e.pos[0]);
    throw new UsageError(`${shown4}:${p.line}:${p.col}: invalid configuration file: ${e.message.split("\n")[0]}`);
  }
  const src = { path: shown4, absPath: abs, text: text2, lineCounter, docs: [], order: 0, counts: { documents: 1, resources: 0, values: 0 } };
  let value;
  try {
    value = toValue(doc) ?? {};
  } catch (e) {
    throw new UsageError(`${shown4}: invalid configuration file: ${e.message}`);
  }
  const view = fileView(src, doc, 0, value);
  const at = (p, target) => {
    const r = locate({ view, path: p, target });
    return `${shown4}:${r.line}:${r.column}`;
  };
  if (!validateConfigFile(value)) {
    const problem = schemaProblem(validateConfigFile.errors ?? [], value);
    throw new UsageError(`${at(problem.path, problem.atKey ? "key" : void 0)}: invalid configuration file: ${problem.text}`);
  }
  const v = value;
  const dir = path2.dirname(abs);
  for (const id of Object.keys(v.rules ?? {})) {
    if (!knownRules.has(id)) {
      const near = closest(id, knownRules);
      throw new UsageError(`${at(["rules", id], "key")}: unknown rule id "${id}" in the configuration file${near ? `: did you mean "${near}"?` : ""} (drainlint rules lists them)`);
    }
  }
  (v.overrides ?? []).forEach((o, i) => {
    for (const id of Object.keys(o.rules)) {
      if (!knownRules.has(id)) {
        const near = closest(id, knownRules);
        throw new UsageError(`${at(["overrides", i, "rules", id], "key")}: unknown rule id "${id}" in the configuration file${near ? `: did you mean "${near}"?` : ""} (drainlint rules lists them)`);
      }
    }
  });
  const rules = {};
  for (const [id, s] of Object.entries(v.rules ?? {})) if (s !== true) rules[id] = s === false ? "off" : s;
  const lifetimes = (key) => {
    const section = v[key];
    if (!section) return void 0;
    const out = { workloads: [] };
    if (section.default !== void 0) out.default = { seconds: parseGoDuration(section.default), file: shown4, ref: { view, path: [key, "default"] } };
    (section.workloads ?? []).forEach((entry2, index) => {
      out.workloads.push({ index, seconds: parseGoDuration(entry2.value), file: shown4, ref: { view, path: [key, "workloads", index, "value"] }, matches: (w) => matches(entry2.match, w) });
    });
    return out;
  };
  return {
    file: shown4,
    dir,
    rules,
    ignore: v.ignore ?? [],
    meshConfig: (Array.isArray(v.meshConfig) ? v.meshConfig : v.meshConfig ? [v.meshConfig] : []).map((p) => path2.resolve(dir, p)),
    gatewayValues: (Array.isArray(v.gatewayValues) ? v.gatewayValues : v.gatewayValues ? [v.gatewayValues] : []).map((p) => path2.resolve(dir, p)),
    connectionLifetime: lifetimes("connectionLifetime"),
    shutdownDuration: lifetimes("shutdownDuration"),
    assumeInjected: v.assumeInjected === true,
    defaultNamespace: v.defaultNamespace,
    istioVersion: v.istioVersion?.replace(/^v/, ""),
    kubernetesVersion: v.kubernetesVersion?.replace(/^v/, ""),
    versionOrigins: versionOrigins(v, view),
    inferVersions: v.inferVersions,
    maxFileSize: v.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    gatewayDeregistrationDelay: v.gatewayDeregistrationDelay !== void 0 ? { seconds: parseGoDuration(v.gatewayDeregistrationDelay), ref: { view, path: ["gatewayDeregistrationDelay"] } } : void 0,
    overrides: (v.overrides ?? []).map((o, index) => {
      const settings = {};
      for (const [id, setting] of Object.entries(o.rules)) settings[id] = setting === false ? "off" : setting;
      return { index, match: o.match, rules: settings, reason: o.reason?.trim() || void 0, file: shown4, ref: { view, path: ["overrides", index] }, dir };
    })
  };
}
function versionOrigins(v, view) {
  const out = {};
  if (v.istioVersion !== void 0) out.istio = { level: "config", source: "istioVersion", ref: { view, path: ["istioVersion"] } };
  if (v.kubernetesVersion !== void 0) out.kubernetes = { level: "config", source: "kubernetesVersion", ref: { view, path: ["kubernetesVersion"] } };
  return out;
}
function schemaProblem(errors, value) {
  const err = errors.find((e) => e.keyword !== "oneOf") ?? errors[0];
  const segs = [];
  let v = value;
  for (const raw of err.instancePath.split("/").slice(1)) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    segs.push(Array.isArray(v) ? Number(seg) : seg);
    v = v?.[seg];
  }
  const where = segs.length > 0 ? segs.join(".") : "the top level";
  const parent = err.parentSchema ?? {};
  if (err.keyword === "additionalProperties") {
    const key = err.params.additionalProperty;
    const allowed2 = Object.keys(parent.properties ?? {});
    const near = closest(key, allowed2);
    return { path: [...segs, key], atKey: true, text: `unknown key "${key}" in ${where}${near ? ` (did you mean "${near}"?)` : ""}; allowed keys: ${allowed2.join(", ")}` };
  }
  const here = errors.filter((e) => e.instancePath === err.instancePath);
  const allowed = here.flatMap((e) => e.keyword === "enum" ? e.params.allowedValues.map(String) : e.keyword === "type" && e.params.type === "boolean" ? ["true", "false"] : []);
  if (allowed.length > 0) return { path: segs, text: `${where} is ${JSON.stringify(v)}; allowed values: ${allowed.join(", ")}` };
  if ((err.keyword === "pattern" || err.keyword === "type") && parent.pattern && parent.description) return { path: segs, text: `${where} is ${JSON.stringify(v)}; expected ${parent.description.replace(/^A /, "a ").replace(/\.$/, "")}` };
  return { path: segs, text: `${where} ${err.message}` };
}
function matches(m, w) {
  if (m.kind !== void 0 && m.kind !== w.kind) return false;
  if (m.namespace !== void 0 && !nameGlob(m.namespace, w.effectiveNamespace ?? "")) return false;
  if (m.name !== void 0 && !nameGlob(m.name, w.name ?? "")) return false;
  if (m.labels) {
    const meta = w.value["metadata"];
    const own = isRecord(meta) && isRecord(meta["labels"]) ? meta["labels"] : {};
    const labels = { ...own, ...w.podLabels };
    if (!Object.entries(m.labels).every(([k, val]) => labels[k] === val)) return false;
  }
  return true;
}

// src/lint.ts
var import_yaml11 = __toESM(require_dist(), 1);
import { existsSync as existsSync3, readFileSync as readFileSync4 } from "node:fs";
import path9 from "node:path";

// src/engine.ts
import path5 from "node:path";

// src/parse.ts
var import_yaml6 = __toESM(require_dist(), 1);

// src/engine-findings.ts
function engineDocsUrl(id) {
  return `${HOMEPAGE}/blob/main/docs/${id}.md`;
}
var RENDER = "Render templates first (helm template … | drainlint -); the other documents and files are still linted.";
var PARSE_ERROR_MESSAGES = {
  unreadable: { message: "The file cannot be read: {{reason}}.", help: "Check that the file exists and that drainlint may read it; the other files are still linted." },
  notRegularFile: { message: "This is not a regular file (a FIFO, socket or device), so it is not read.", help: "Name regular files or folders; the other files are still linted." },
  tooLarge: {
    message: "The file is {{size}} bytes, over the {{limit}}-byte limit, so it is not read.",
    help: "Raise maxFileSize in .drainlint.yaml if the file really is a manifest, or split it."
  },
  binary: { message: "The file holds binary content (a NUL byte), not YAML text.", help: "Lint only YAML manifests; binary files can be left out with ignore globs in .drainlint.yaml." },
  invalidUtf8: { message: "The file is not valid UTF-8 text.", help: "Save it as UTF-8 (or as UTF-16 with a byte-order mark), as kubectl reads it." },
  cannotParse: { message: "The document cannot be parsed: {{detail}}", help: "Fix the YAML at this position; Kubernetes would reject the document too." },
  malformed: { message: "Malformed YAML: {{detail}}", help: "Fix the YAML at this position; kubectl and the API server would reject the document too." },
  duplicateKey: { message: "The key {{key}} appears twice in one mapping, which Kubernetes rejects.", help: "Keep one of the two keys: the API server refuses a document with a duplicate key." },
  template: { message: "An unrendered template action {{action}} makes this a template, not a manifest.", help: RENDER },
  tooDeep: { message: "The document is nested too deeply to read.", help: "Flatten the document; no Kubernetes resource nests this deep." },
  unreadableDocument: { message: "The document cannot be read: {{detail}}", help: "Fix the document at this position; the other documents are still linted." },
  chartTemplates: {
    message: "Helm chart templates are skipped: {{count}} under templates/.",
    help: "drainlint reads rendered manifests. Render the chart and lint the output: helm template my-release ./chart | drainlint -"
  },
  annotationSyntax: {
    message: "The proxy.istio.io/config annotation is not valid YAML or JSON, so admission denies the pod.",
    help: "The sidecar injector parses the annotation and refuses the pod when it cannot ({{detail}}). Fix the annotation text."
  },
  valuesSyntax: {
    message: "The Helm values of {{owner}} are not valid YAML, so the chart cannot be rendered with them.",
    help: "Argo CD hands helm.values to Helm, which fails on values it cannot parse ({{detail}}); none of them apply. Fix the YAML, or write the values as helm.valuesObject."
  },
  meshSyntax: {
    message: "The mesh config in {{label}} is not valid YAML, so istiod discards it.",
    help: "istiod keeps its last good mesh config when data.mesh does not parse ({{detail}}); every drain setting in it is ignored. Fix the YAML."
  }
};
var ENGINE_FINDINGS = [
  {
    id: "parse-error",
    severity: "error",
    description: "A file or document cannot be read as a Kubernetes manifest (malformed YAML, unrendered Helm template, binary or undecodable content, alias bomb, size limit).",
    help: "Fix the YAML at the reported line, or render templates first (helm template … | drainlint -); the rest of the input is still linted.",
    fixable: false,
    docsUrl: engineDocsUrl("parse-error")
  },
  {
    id: "unused-disable-directive",
    severity: "warning",
    description: "A suppression comment or annotation that suppresses no finding, or names a rule that does not exist (only with --report-unused-disable-directives).",
    help: "Remove the directive, or the rule ids it names that report nothing there: a stale directive would silence a new finding of that rule.",
    fixable: false,
    docsUrl: engineDocsUrl("unused-disable-directive")
  },
  {
    id: "config-error",
    severity: "error",
    description: "The drainlint configuration file is invalid (reported as a usage error, exit code 2).",
    help: "Correct the key the error names; the configuration schema lists every key and value.",
    fixable: false,
    docsUrl: engineDocsUrl("config-error")
  }
];
function detail(text2) {
  const line = text2.split("\n")[0].trim().replace(/[.:\s]+$/, "");
  if (line.length <= 90) return `${line}.`;
  const cut = line.slice(0, 90);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 60)).replace(/[,;:\s]+$/, "")}…`;
}
function parseError(file, range, messageId, data, severity = "error") {
  const spec = PARSE_ERROR_MESSAGES[messageId];
  const where = `parse-error ${messageId}`;
  return { ruleId: "parse-error", messageId, severity, message: fillMessage(spec.message, data, where), help: fillMessage(spec.help, data, where), file, range, related: [], docsUrl: engineDocsUrl("parse-error") };
}
var STALE = "Remove it, or the rule ids in it that report nothing here: a stale directive would silence the next finding of that rule.";
var UNUSED_DIRECTIVE_MESSAGES = {
  unusedComment: {
    message: "This {{directive}} comment suppresses no finding{{of}}.",
    help: `${STALE} Reported because of --report-unused-disable-directives.`
  },
  unusedAnnotation: {
    message: "The annotation {{key}} suppresses no finding{{of}} on this resource.",
    help: `${STALE} Reported because of --report-unused-disable-directives.`
  },
  unknownRule: {
    message: "This {{directive}} names {{ids}}, which {{verb}} no drainlint rule.",
    help: "{{near}}A directive for an unknown rule id suppresses nothing; drainlint rules lists every rule id."
  }
};
function unusedDirective(file, range, messageId, data) {
  const spec = UNUSED_DIRECTIVE_MESSAGES[messageId];
  const where = `unused-disable-directive ${messageId}`;
  return { ruleId: "unused-disable-directive", messageId, severity: "warning", message: fillMessage(spec.message, data, where), help: fillMessage(spec.help, data, where), file, range, related: [], docsUrl: engineDocsUrl("unused-disable-directive") };
}

// src/yaml/embedded.ts
var import_yaml4 = __toESM(require_dist(), 1);
function parseEmbedded(host) {
  const text2 = get(host.view.value, host.path);
  if (typeof text2 !== "string") return {};
  const mapping = () => {
    const { node: scalar } = walk(host.view.doc, host.path);
    return offsetMapper(host.view, scalar);
  };
  const known = host.view.store.embeddedParse(text2);
  if (known) return { view: embeddedView(host, text2, known.value, known.doc, mapping) };
  const doc = (0, import_yaml4.parseDocument)(text2, parseOptions(text2));
  const located = (start, end, message) => {
    const map = mapping();
    const s = map(start);
    const e = map(Math.max(end, start));
    return { error: { message, range: { line: s.line, column: s.column, endLine: e.line, endColumn: Math.max(e.column, s.column + 1) } } };
  };
  const action = text2.includes("{{") ? findTemplateAction(text2, doc) : void 0;
  if (action !== void 0) return { ...located(action, action + 2, `unrendered template action ${text2.slice(action, text2.indexOf("}}", action) + 2 || action + 2).split("\n")[0].slice(0, 60)}`), template: true };
  const dup = doc.errors.length === 0 ? duplicateKey(doc) : void 0;
  if (dup?.range) return located(dup.range[0], dup.range[1], `duplicate key ${String(dup.value)}`);
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    return located(err.pos[0], err.pos[1], err.message.split("\n")[0]);
  }
  let value;
  try {
    value = toValue(doc);
  } catch (e) {
    return { error: { message: e.message, range: locate(host) } };
  }
  host.view.store.rememberEmbedded(text2, doc, value);
  return { view: embeddedView(host, text2, value, doc, mapping) };
}
function offsetMapper(host, node) {
  const start = node.range?.[0] ?? 0;
  const startPos = host.position(start);
  const src = host.sourceText;
  if (node.type === import_yaml4.Scalar.BLOCK_LITERAL || node.type === import_yaml4.Scalar.BLOCK_FOLDED) {
    const headerEnd = src.indexOf("\n", start);
    const lines = [];
    let indent = -1;
    let pos = headerEnd + 1;
    const end = node.range?.[1] ?? src.length;
    while (pos < end && pos > 0) {
      const nl = src.indexOf("\n", pos);
      const lineEnd = nl < 0 ? src.length : nl;
      const line = src.slice(pos, lineEnd).replace(/\r$/, "");
      if (indent < 0 && line.trim() !== "") {
        indent = line.length - line.trimStart().length;
      }
      lines.push({ offset: pos, indent: Math.max(indent, 0) });
      if (nl < 0) break;
      pos = nl + 1;
    }
    if (node.type === import_yaml4.Scalar.BLOCK_LITERAL) {
      const map = (offset) => {
        const value = node.value;
        if (offset > 0 && offset >= value.length && value.endsWith("\n")) return map(value.length - 1);
        let lineNo = 0;
        let lineStart2 = 0;
        for (let i = 0; i < offset && i < value.length; i++) {
          if (value[i] === "\n") {
            lineNo++;
            lineStart2 = i + 1;
          }
        }
        const hostLine = lines[Math.min(lineNo, lines.length - 1)];
        if (!hostLine) return startPos;
        return host.position(hostLine.offset + hostLine.indent + (offset - lineStart2));
      };
      return map;
    }
    return () => lines[0] ? host.position(lines[0].offset + lines[0].indent) : startPos;
  }
  const quoted5 = node.type === import_yaml4.Scalar.QUOTE_DOUBLE || node.type === import_yaml4.Scalar.QUOTE_SINGLE ? 1 : 0;
  const endPos = host.position(node.range?.[1] ?? start);
  if (endPos.line === startPos.line) {
    return (offset) => host.position(start + quoted5 + offset);
  }
  return () => startPos;
}

// src/domain/versions.ts
function compareVersions(a, b) {
  const pa = a.replace(/^v/, "").split(/[.-]/).map((x) => parseInt(x, 10) || 0);
  const pb = b.replace(/^v/, "").split(/[.-]/).map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
var PRODUCT_NAMES = { istio: "Istio", kubernetes: "Kubernetes" };
function versionOfTag(tag) {
  const m = /^v?(1)\.(\d{1,3})(?:\.(\d{1,3}))?(?:[-+_][0-9A-Za-z.+_-]*)?$/.exec(tag.trim());
  if (!m) return void 0;
  return m[3] !== void 0 ? `${m[1]}.${Number(m[2])}.${Number(m[3])}` : `${m[1]}.${Number(m[2])}`;
}
function versionOfConstraint(text2) {
  const t = text2.trim();
  const exact = t.replace(/^=\s*/, "");
  if (!/^(?:[~^]|>=)/.test(exact) && !/\.[x*]$/i.test(exact)) return /\s|[<>|,*]/.test(exact) ? void 0 : versionOfTag(exact);
  const from = exact.replace(/^(?:[~^]|>=)\s*/, "").replace(/\.[x*]$/i, "");
  if (/\s|[<>|,*]/.test(from)) return void 0;
  const v = versionOfTag(from);
  return v?.split(".").slice(0, 2).join(".");
}
function versionOfRevision(revision) {
  const m = /^(?:[a-z][a-z0-9]*-)?v?(1)-(\d{1,2})(?:-(\d{1,2}))?$/.exec(revision.trim());
  if (!m) return void 0;
  return m[3] !== void 0 ? `${m[1]}.${Number(m[2])}.${Number(m[3])}` : `${m[1]}.${Number(m[2])}`;
}
function targetVersions(given, signals) {
  const out = {};
  const all = [...signals];
  for (const product of ["istio", "kubernetes"]) {
    const value = product === "istio" ? given.istioVersion : given.kubernetesVersion;
    if (value !== void 0) {
      out[product] = { value, prov: given.versionOrigins?.[product] ?? { level: "default", source: "the target version" }, inferred: false, seen: [] };
      continue;
    }
    if (given.inferVersions === false) continue;
    const first = /* @__PURE__ */ new Map();
    for (const s of all) if (s.product === product && !first.has(s.version)) first.set(s.version, s);
    const releases = [...first.keys()].filter((v) => v.split(".").length === 3);
    const seen = [...first.values()].filter((s) => s.version.split(".").length === 3 || !releases.some((r) => r.startsWith(`${s.version}.`))).sort((a, b) => compareVersions(a.version, b.version) || a.version.length - b.version.length);
    const lowest2 = seen[0];
    if (!lowest2) continue;
    out[product] = { value: lowest2.version, prov: { level: "mesh", source: lowest2.what, ref: lowest2.ref }, inferred: true, seen };
  }
  return out;
}

// src/inventory/versions.ts
var VERSION_SOURCE_KINDS = /* @__PURE__ */ new Set(["Application", "ApplicationSet", "HelmRelease", "ClusterConfig", "Cluster", "KubeadmControlPlane", "MachineDeployment", "MachinePool"]);
var ISTIO_IMAGES = { pilot: /* @__PURE__ */ new Set(["discovery"]), proxyv2: /* @__PURE__ */ new Set(["istio-proxy", "istio-init", "istio-validation"]) };
function isIstioImage(name, repo, container) {
  const containers = ISTIO_IMAGES[name];
  return containers !== void 0 && (/(^|[/.-])istio([/.-]|$)/i.test(repo.slice(0, repo.lastIndexOf("/") + 1)) || typeof container === "string" && containers.has(container));
}
var ISTIO_CHARTS = /* @__PURE__ */ new Set(["istiod", "ztunnel"]);
var GENERIC_ISTIO_CHARTS = /* @__PURE__ */ new Set(["base", "gateway", "cni"]);
function collectVersionSignals(inv, res, ctx) {
  const add = (product, version, what, ref) => {
    if (version === void 0) return;
    const key = `${product} ${version}`;
    if (!inv.versionSignals.has(key)) inv.versionSignals.set(key, { product, version, what, ref });
  };
  const at = (path10) => ({ view: res.view, path: res.base.concat(path10) });
  const v = res.value;
  const template = WORKLOAD_TEMPLATE[res.kind];
  if (template) {
    podTemplate(res, template, add);
    return;
  }
  const api = res.apiVersion;
  switch (res.kind) {
    case "IstioOperator": {
      const named = nameOf(res);
      add("istio", tagVersion(get(v, ["spec", "tag"])), `spec.tag of ${named}`, at(["spec", "tag"]));
      add("istio", tagVersion(get(v, ["spec", "values", "global", "tag"])), `spec.values.global.tag of ${named}`, at(["spec", "values", "global", "tag"]));
      add("istio", revisionVersion(get(v, ["spec", "revision"])), `the revision name of ${named}`, at(["spec", "revision"]));
      return;
    }
    case "Namespace":
      add("istio", revisionVersion(get(v, ["metadata", "labels", REV])), `the ${REV} label of ${nameOf(res)}`, at(["metadata", "labels", REV]));
      return;
    case "Application":
    case "ApplicationSet":
      if (api.startsWith("argoproj.io/")) argoSources(res, add);
      return;
    case "HelmRelease":
      if (api.startsWith("helm.toolkit.fluxcd.io/")) fluxRelease(res, add);
      return;
    case "":
      if (ctx.chartDefaults) return;
      if (ctx.recognisedValues || istioValues(v)) valuesVersions(res, [], "global.tag", add);
      return;
    default:
      kubernetesVersion(res, add);
  }
}
var ISTIO_VALUES_KEYS = ["pilot", "istiodRemote", "sidecarInjectorWebhook", "revisionTags", "istio_cni"];
var ISTIO_GLOBAL_KEYS = ["istioNamespace", "meshID", "proxy_init", "proxy"];
function istioValues(v) {
  const global = isRecord(v["global"]) ? v["global"] : {};
  return ISTIO_VALUES_KEYS.some((k) => isRecord(v[k])) || ISTIO_GLOBAL_KEYS.some((k) => k in global) || /istio/i.test(String(global["hub"] ?? ""));
}
function nameOf(res) {
  return `${res.kind} ${res.namespace ? `${res.namespace}/` : ""}${res.name ?? "(unnamed)"}`;
}
function tagVersion(tag) {
  return typeof tag === "string" ? versionOfTag(tag) : void 0;
}
function revisionVersion(rev) {
  return typeof rev === "string" ? versionOfRevision(rev) : void 0;
}
function imageParts(image) {
  const noDigest = image.split("@")[0];
  const slash = noDigest.lastIndexOf("/");
  const colon = noDigest.lastIndexOf(":");
  const tagged = colon > slash;
  const repo = tagged ? noDigest.slice(0, colon) : noDigest;
  return { name: repo.slice(repo.lastIndexOf("/") + 1), repo, tag: tagged ? noDigest.slice(colon + 1) : void 0 };
}
function podTemplate(res, template, add) {
  const tpl = res.base.concat(template);
  const named = nameOf(res);
  const root = res.view.value;
  for (const field of ["containers", "initContainers"]) {
    const list = get(root, tpl.concat("spec", field));
    if (!Array.isArray(list)) continue;
    list.forEach((c, i) => {
      const image = isRecord(c) ? c["image"] : void 0;
      if (typeof image !== "string") return;
      const { name, repo, tag } = imageParts(image);
      if (tag && isIstioImage(name, repo, c["name"])) add("istio", versionOfTag(tag), `the ${name} image of ${named}`, { view: res.view, path: tpl.concat("spec", field, i, "image") });
    });
  }
  const proxyImage = get(root, tpl.concat("metadata", "annotations", "sidecar.istio.io/proxyImage"));
  if (typeof proxyImage === "string") {
    const { name, tag } = imageParts(proxyImage);
    if (name === "proxyv2" && tag) add("istio", versionOfTag(tag), `the sidecar.istio.io/proxyImage annotation of ${named}`, { view: res.view, path: tpl.concat("metadata", "annotations", "sidecar.istio.io/proxyImage") });
  }
  add("istio", revisionVersion(get(root, tpl.concat("metadata", "labels", REV))), `the ${REV} label of ${named}`, { view: res.view, path: tpl.concat("metadata", "labels", REV) });
}
function valuesVersions(res, base3, where, add) {
  const root = res.view.value;
  const at = (p) => ({ view: res.view, path: res.base.concat(base3, p) });
  const of = where.replace(/^global\.tag/, "");
  add("istio", tagVersion(get(root, res.base.concat(base3, "global", "tag"))), where, at(["global", "tag"]));
  add("istio", tagVersion(get(root, res.base.concat(base3, "pilot", "tag"))), `pilot.tag${of}`, at(["pilot", "tag"]));
  add("istio", revisionVersion(get(root, res.base.concat(base3, "revision"))), `the revision name${of}`, at(["revision"]));
}
function istioChart(chart, repo) {
  const name = chart.slice(chart.lastIndexOf("/") + 1);
  return ISTIO_CHARTS.has(name) || GENERIC_ISTIO_CHARTS.has(name) && /istio/i.test(repo);
}
function argoSources(res, add) {
  const spec = res.kind === "ApplicationSet" ? ["spec", "template", "spec"] : ["spec"];
  const root = res.view.value;
  const named = `Argo CD ${nameOf(res)}`;
  const sources = [];
  if (isRecord(get(root, res.base.concat(spec, "source")))) sources.push(spec.concat("source"));
  const list = get(root, res.base.concat(spec, "sources"));
  if (Array.isArray(list)) list.forEach((_, i) => sources.push(spec.concat("sources", i)));
  for (const p of sources) {
    const src = get(root, res.base.concat(p));
    if (!isRecord(src)) continue;
    const repo = typeof src["repoURL"] === "string" ? src["repoURL"] : "";
    const rev = typeof src["targetRevision"] === "string" ? src["targetRevision"] : void 0;
    const revRef = { view: res.view, path: res.base.concat(p, "targetRevision") };
    if (typeof src["chart"] === "string") {
      if (!istioChart(src["chart"], repo)) continue;
      if (rev) add("istio", versionOfConstraint(rev), `the targetRevision of ${named} (chart ${src["chart"]})`, revRef);
    } else if (typeof src["path"] === "string") {
      if (!/istio\/istio(\.git)?\/?$/i.test(repo) || !/(^|\/)manifests\/charts\//.test(src["path"])) continue;
      if (rev) add("istio", versionOfTag(rev) ?? versionOfTag(rev.replace(/^release-/, "")), `the targetRevision of ${named} (path ${src["path"]})`, revRef);
    } else continue;
    const helm = isRecord(src["helm"]) ? src["helm"] : void 0;
    if (!helm) continue;
    const valuesOf = ` in the Helm values of ${named}`;
    if (isRecord(helm["valuesObject"])) valuesVersions(res, p.concat("helm", "valuesObject"), `global.tag${valuesOf}`, add);
    if (typeof helm["values"] === "string") {
      const embedded = parseEmbedded({ view: res.view, path: res.base.concat(p, "helm", "values") });
      if (embedded.view && isRecord(embedded.view.value)) valuesVersions({ view: embedded.view, base: [] }, [], `global.tag${valuesOf}`, add);
    }
    if (Array.isArray(helm["parameters"])) {
      helm["parameters"].forEach((param, i) => {
        if (isRecord(param) && param["name"] === "global.tag") add("istio", tagVersion(param["value"]), `the global.tag parameter of ${named}`, { view: res.view, path: res.base.concat(p, "helm", "parameters", i, "value") });
      });
    }
  }
}
function fluxRelease(res, add) {
  const chartSpec = get(res.value, ["spec", "chart", "spec"]);
  if (!isRecord(chartSpec) || typeof chartSpec["chart"] !== "string") return;
  const source = isRecord(chartSpec["sourceRef"]) ? String(chartSpec["sourceRef"]["name"] ?? "") : "";
  const hint = [source, res.name ?? "", String(get(res.value, ["spec", "releaseName"]) ?? "")].join(" ");
  if (!istioChart(chartSpec["chart"], hint)) return;
  const named = nameOf(res);
  if (typeof chartSpec["version"] === "string") {
    add("istio", versionOfConstraint(chartSpec["version"]), `the chart version of ${named} (chart ${chartSpec["chart"]})`, { view: res.view, path: res.base.concat("spec", "chart", "spec", "version") });
  }
  if (isRecord(get(res.value, ["spec", "values"]))) valuesVersions(res, ["spec", "values"], `global.tag in spec.values of ${named}`, add);
}
function kubernetesVersion(res, add) {
  const api = res.apiVersion;
  const v = res.value;
  const named = nameOf(res);
  const at = (path10) => ({ view: res.view, path: res.base.concat(path10) });
  const k8s = (path10, what) => add("kubernetes", tagVersion(get(v, path10)), `${what} of ${named}`, at(path10));
  if (res.kind === "ClusterConfig" && api.startsWith("eksctl.io/")) k8s(["metadata", "version"], "metadata.version");
  else if (res.kind === "KubeadmControlPlane" && api.startsWith("controlplane.cluster.x-k8s.io/")) k8s(["spec", "version"], "spec.version");
  else if ((res.kind === "MachineDeployment" || res.kind === "MachinePool") && api.startsWith("cluster.x-k8s.io/")) k8s(["spec", "template", "spec", "version"], "spec.template.spec.version");
  else if (res.kind === "Cluster" && api.startsWith("cluster.x-k8s.io/")) k8s(["spec", "topology", "version"], "spec.topology.version");
  else if (res.kind === "Cluster" && api.startsWith("kind.x-k8s.io/")) {
    const nodes = v["nodes"];
    if (!Array.isArray(nodes)) return;
    nodes.forEach((n, i) => {
      const image = isRecord(n) ? n["image"] : void 0;
      if (typeof image !== "string") return;
      const { repo, tag } = imageParts(image);
      if (/(^|\/)kindest\/node$/.test(repo) && tag) add("kubernetes", versionOfTag(tag), `the kindest/node image of the kind Cluster${res.name ? ` ${res.name}` : ""}`, at(["nodes", i, "image"]));
    });
  }
}

// src/inventory/pod-workloads.ts
function workload(res, template, opts) {
  const tpl = res.base.concat(template);
  const podMetaPath = tpl.concat("metadata");
  const podSpecPath = tpl.concat("spec");
  const root = res.view.value;
  const meta = get(root, podMetaPath);
  const spec = get(root, podSpecPath);
  const w = {
    ...res,
    origin: "pod",
    effectiveNamespace: res.namespace ?? opts.defaultNamespace,
    podMetaPath,
    podSpecPath,
    annotationsPath: podMetaPath.concat("annotations"),
    labelsPath: podMetaPath.concat("labels"),
    annotationMetadataRendered: true,
    podLabels: isRecord(meta) && isRecord(meta["labels"]) ? meta["labels"] : {},
    podAnnotations: isRecord(meta) && isRecord(meta["annotations"]) ? meta["annotations"] : {},
    podSpec: isRecord(spec) ? spec : {},
    containers: []
  };
  for (const [field, init] of [["containers", false], ["initContainers", true]]) {
    const list = w.podSpec[field];
    if (!Array.isArray(list)) continue;
    list.forEach((c, i) => {
      if (isRecord(c)) w.containers.push({ name: typeof c["name"] === "string" ? c["name"] : "", init, path: podSpecPath.concat(field, i), value: c });
    });
  }
  attachProxyConfigAnnotation(w);
  return w;
}
function attachProxyConfigAnnotation(w) {
  if (typeof w.podAnnotations[PROXY_CONFIG_ANNOTATION] === "string") {
    const host = { view: w.view, path: w.annotationsPath.concat(PROXY_CONFIG_ANNOTATION) };
    w.proxyConfigAnnotation = { host, ...parseEmbedded(host) };
  }
}

// src/inventory/operator.ts
function addIstioOperator(inv, res, order, flag) {
  const spec = isRecord(res.value["spec"]) ? res.value["spec"] : {};
  const revision = typeof spec["revision"] === "string" ? spec["revision"] : "";
  const label2 = operatorName(res);
  const candidates = [
    [["spec", "values", "meshConfig"], order, `${label2} spec.values.meshConfig`],
    [["spec", "meshConfig"], order + 1e-9, `${label2} spec.meshConfig`]
  ];
  for (const [p, o, l] of candidates) {
    const path10 = res.base.concat(p);
    const value = get(res.view.value, path10);
    if (isRecord(value)) {
      inv.meshSources.push({ kind: "IstioOperator", label: l, revision, shared: false, order: o, fromMeshConfigFlag: flag, view: res.view, path: path10, value, resource: res });
    }
  }
  collectInstallValues(inv, res, res.base.concat("spec", "values"), revision, label2);
}
function addOperatorGateways(inv, res) {
  addProfileGateways(inv, res);
  const rev = get(res.value, ["spec", "revision"]);
  const revisionLabel = typeof rev === "string" && rev !== "" ? rev : "default";
  for (const list of ["ingressGateways", "egressGateways"]) {
    const entries = get(res.value, ["spec", "components", list]);
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry2, i) => {
      if (!isRecord(entry2) || entry2["enabled"] === false) return;
      const base3 = res.base.concat("spec", "components", list, i);
      const k8s = isRecord(entry2["k8s"]) ? entry2["k8s"] : {};
      const name = typeof entry2["name"] === "string" ? entry2["name"] : list === "ingressGateways" ? "istio-ingressgateway" : "istio-egressgateway";
      const namespace = typeof entry2["namespace"] === "string" ? entry2["namespace"] : res.namespace ?? "istio-system";
      const w = {
        view: res.view,
        base: base3,
        kind: list === "ingressGateways" ? "IngressGateway" : "EgressGateway",
        apiVersion: res.apiVersion,
        name,
        namespace,
        value: entry2,
        origin: "iop-gateway",
        effectiveNamespace: namespace,
        podMetaPath: base3.concat("k8s"),
        podSpecPath: base3.concat("k8s"),
        annotationsPath: base3.concat("k8s", "podAnnotations"),
        labelsPath: base3.concat("label"),
        anchor: { view: res.view, path: base3.concat("name") },
        gatewayClass: "iop",
        // Only an entry with an injectionTemplate is injected, which renders the annotation's proxyMetadata.
        annotationMetadataRendered: typeof entry2["injectionTemplate"] === "string",
        // The legacy gateway chart labels the pods with the IstioOperator's revision (which picks their mesh config).
        podLabels: { [REV]: revisionLabel, ...isRecord(entry2["label"]) ? entry2["label"] : {} },
        podAnnotations: isRecord(k8s["podAnnotations"]) ? k8s["podAnnotations"] : {},
        podSpec: {},
        // The operator's k8s.env patches the gateway's istio-proxy container.
        containers: [{ name: PROXY_CONTAINER, init: false, path: base3.concat("k8s"), value: Array.isArray(k8s["env"]) ? { env: k8s["env"] } : {} }]
      };
      const overlay = overlayGrace(k8s["overlays"], name);
      if (overlay) {
        w.podSpec = { terminationGracePeriodSeconds: overlay.value };
        w.graceOverride = { view: res.view, path: base3.concat("k8s", "overlays", overlay.overlay, "patches", overlay.patch, "value") };
      }
      attachProxyConfigAnnotation(w);
      inv.workloadSources.push(w);
    });
  }
}
var PROFILE_GATEWAYS = {
  default: { ingress: true, egress: false },
  demo: { ingress: true, egress: true },
  preview: { ingress: true, egress: false },
  stable: { ingress: true, egress: false },
  openshift: { ingress: true, egress: false },
  ambient: { ingress: false, egress: false },
  "openshift-ambient": { ingress: false, egress: false },
  minimal: { ingress: false, egress: false },
  remote: { ingress: false, egress: false },
  empty: { ingress: false, egress: false }
};
var port = (name, p, targetPort) => ({ name, port: p, targetPort, protocol: "TCP" });
var INGRESS_PORTS = [port("status-port", 15021, 15021), port("http2", 80, 8080), port("https", 443, 8443)];
var DEMO_INGRESS_PORTS = [...INGRESS_PORTS, port("tcp", 31400, 31400), port("tls", 15443, 15443)];
var EGRESS_PORTS = [port("http2", 80, 8080), port("https", 443, 8443)];
function addProfileGateways(inv, res) {
  const spec = isRecord(res.value["spec"]) ? res.value["spec"] : {};
  const raw = spec["profile"];
  const profile = raw === void 0 || raw === null || raw === "" ? "default" : typeof raw === "string" ? raw : void 0;
  const installs = profile !== void 0 && Object.hasOwn(PROFILE_GATEWAYS, profile) ? PROFILE_GATEWAYS[profile] : void 0;
  if (!installs) return;
  const anchorPath = "profile" in spec ? res.base.concat("spec", "profile") : "spec" in res.value ? res.base.concat("spec") : isRecord(res.value["metadata"]) && "name" in res.value["metadata"] ? res.base.concat("metadata", "name") : res.base.concat("kind");
  const revision = typeof spec["revision"] === "string" && spec["revision"] !== "" ? spec["revision"] : "default";
  const gateways = [
    ["istio-ingressgateway", "ingressGateways", installs.ingress, profile === "demo" ? DEMO_INGRESS_PORTS : INGRESS_PORTS],
    ["istio-egressgateway", "egressGateways", installs.egress, EGRESS_PORTS]
  ];
  for (const [name, list, installed, ports] of gateways) {
    if (Array.isArray(get(spec, ["components", list]))) continue;
    if (!installed && get(spec, ["values", "gateways", name, "enabled"]) !== true) continue;
    const namespace = res.namespace ?? "istio-system";
    const short = name.replace(/^istio-/, "");
    const w = {
      view: res.view,
      // Paths under the anchor do not exist: whatever a rule locates on this gateway falls back to the anchor's key.
      base: anchorPath,
      kind: list === "ingressGateways" ? "IngressGateway" : "EgressGateway",
      apiVersion: res.apiVersion,
      name,
      namespace,
      value: { name, enabled: true, k8s: { service: { ports } } },
      origin: "iop-gateway",
      effectiveNamespace: namespace,
      podMetaPath: anchorPath.concat("k8s", "metadata"),
      podSpecPath: anchorPath.concat("k8s", "spec"),
      annotationsPath: anchorPath.concat("k8s", "metadata", "annotations"),
      labelsPath: anchorPath.concat("k8s", "metadata", "labels"),
      anchor: { view: res.view, path: anchorPath, target: "key" },
      gatewayClass: "iop",
      annotationMetadataRendered: false,
      // The legacy gateway charts' pod labels.
      podLabels: { app: name, istio: short, [REV]: revision },
      podAnnotations: {},
      podSpec: {},
      containers: [{ name: PROXY_CONTAINER, init: false, path: anchorPath.concat("k8s", "spec", "containers", 0), value: {} }],
      profile
    };
    inv.workloadSources.push(w);
  }
}
function overlayGrace(overlays, name) {
  if (!Array.isArray(overlays)) return void 0;
  for (const [oi, o] of overlays.entries()) {
    if (!isRecord(o) || o["kind"] !== void 0 && o["kind"] !== "Deployment" || o["name"] !== void 0 && o["name"] !== name) continue;
    const patches = Array.isArray(o["patches"]) ? o["patches"] : [];
    for (const [pi, p] of patches.entries()) {
      if (isRecord(p) && p["path"] === "spec.template.spec.terminationGracePeriodSeconds") return { value: p["value"], overlay: oi, patch: pi };
    }
  }
  return void 0;
}
function collectInstallValues(inv, res, valuesPath, revision, label2) {
  const lifecyclePath = valuesPath.concat("global", "proxy", "lifecycle");
  const lifecycle = get(res.view.value, lifecyclePath);
  if (lifecycle !== void 0 && lifecycle !== null && !(isRecord(lifecycle) && Object.keys(lifecycle).length === 0)) {
    inv.globalLifecycles.push({ name: "values.global.proxy.lifecycle", value: lifecycle, ref: { view: res.view, path: lifecyclePath }, revision, label: label2 });
  }
  const envPath = valuesPath.concat("pilot", "env");
  const env = get(res.view.value, envPath);
  if (isRecord(env)) {
    for (const [name, value] of Object.entries(env)) {
      inv.istiodEnv.push({ name, value, ref: { view: res.view, path: envPath.concat(name) }, revision, label: label2 });
    }
  }
}

// src/inventory/mesh.ts
function addHelmValues(inv, res, order, flag, label2 = `Helm values ${res.view.file.path}`) {
  const revision = typeof res.value["revision"] === "string" ? res.value["revision"] : "";
  const value = res.value["meshConfig"];
  if (isRecord(value)) {
    inv.meshSources.push({ kind: "HelmValues", label: label2, revision, shared: false, order, fromMeshConfigFlag: flag, view: res.view, path: res.base.concat("meshConfig"), value, resource: res });
  }
  collectInstallValues(inv, res, res.base, revision, label2);
  const env = res.value["env"];
  if (isRecord(env)) {
    for (const [name, v] of Object.entries(env)) inv.istiodEnv.push({ name, value: v, ref: { view: res.view, path: res.base.concat("env", name) }, revision, label: label2 });
  }
}
function addConfigMapMesh(inv, res, shared) {
  const extra = res;
  const name = res.name ?? "istio";
  const isShared = shared.has(name);
  const revision = isShared || name === "istio" ? "" : name.slice("istio-".length);
  const host = { view: res.view, path: res.base.concat("data", "mesh") };
  const parsed = parseEmbedded(host);
  const value = parsed.view?.value;
  const label2 = `ConfigMap ${res.namespace ?? "istio-system"}/${name}`;
  inv.meshSources.push({
    kind: "ConfigMap",
    label: label2,
    revision,
    shared: isShared,
    order: extra.order ?? 0,
    fromMeshConfigFlag: extra.flag === true,
    view: parsed.view ?? res.view,
    path: parsed.view ? [] : host.path,
    value: isRecord(value) ? value : {},
    embedError: parsed.error,
    resource: res
  });
}
function collectIstiodEnv(inv, res) {
  const spec = get(res.view.value, res.base.concat("spec", "template", "spec", "containers"));
  if (!Array.isArray(spec)) return;
  const revision = res.name === "istiod" ? "" : (res.name ?? "").replace(/^istiod-/, "");
  spec.forEach((c, ci) => {
    if (!isRecord(c) || !Array.isArray(c["env"])) return;
    c["env"].forEach((e, ei) => {
      if (isRecord(e) && typeof e["name"] === "string" && "value" in e) {
        inv.istiodEnv.push({
          name: e["name"],
          value: e["value"],
          ref: { view: res.view, path: res.base.concat("spec", "template", "spec", "containers", ci, "env", ei, "value") },
          revision,
          label: `istiod Deployment ${res.namespace ?? ""}/${res.name}`
        });
      }
    });
  });
}
function pairMeshSources(inv) {
  for (const m of inv.meshSources) {
    const ns = m.resource.namespace ?? "istio-system";
    if (m.shared) {
      const main = inv.meshSources.find((o) => !o.shared && o.revision === m.revision);
      m.pairedWith = main?.label ?? `ConfigMap ${ns}/${m.revision ? `istio-${m.revision}` : "istio"}`;
      continue;
    }
    const env = inv.istiodEnv.filter((e) => e.name === "SHARED_MESH_CONFIG" && e.revision === m.revision && typeof e.value === "string" && e.value !== "").pop();
    if (!env) continue;
    const shared = inv.meshSources.find((o) => o.shared && o.resource.name === env.value);
    m.pairedWith = shared?.label ?? `ConfigMap ${ns}/${String(env.value)}`;
  }
}

// src/yaml/rendered.ts
var import_yaml5 = __toESM(require_dist(), 1);
function renderValue(shape, values) {
  if ("from" in shape) return get(values, shape.from);
  if ("value" in shape) return shape.value;
  if ("map" in shape) {
    const out = {};
    for (const e of shape.map) out[e.key] = renderValue(e.shape, values);
    return out;
  }
  return shape.seq.map((s) => renderValue(s, values));
}
function renderedView(source, base3, shape, anchor) {
  return new RenderedView(source, base3, shape, anchor);
}
var RenderedView = class {
  constructor(source, base3, shape, anchor) {
    this.source = source;
    this.base = base3;
    this.shape = shape;
    this.anchor = anchor;
    this.value = renderValue(shape, get(source.value, base3));
  }
  source;
  base;
  shape;
  anchor;
  value;
  rendered = true;
  ast;
  /** The source AST the rendered one was built from (a huge run may parse the source again). */
  builtFrom;
  get file() {
    return this.source.file;
  }
  get sourceText() {
    return this.source.sourceText;
  }
  get index() {
    return this.source.index;
  }
  get store() {
    return this.source.store;
  }
  get doc() {
    const src = this.source.doc;
    if (this.ast && this.builtFrom === src) return this.ast;
    const values = get(this.source.value, this.base);
    const first = firstKey(values);
    const anchorRange = keyRange(src, this.anchor) ?? (first !== void 0 ? keyRange(src, this.base.concat(first)) : void 0) ?? nodeRange(walk(src, this.base).node) ?? nodeRange(src.contents);
    const doc = new import_yaml5.Document();
    doc.contents = build(this.shape, { doc: src, base: this.base, values, anchor: anchorRange });
    this.ast = doc;
    this.builtFrom = src;
    return doc;
  }
  position(offset) {
    return this.source.position(offset);
  }
  releaseValue() {
  }
};
function firstKey(value) {
  return isRecord(value) ? Object.keys(value)[0] : void 0;
}
function nodeRange(node) {
  const r = node?.range;
  return r ? [r[0], r[1], r[2]] : void 0;
}
function keyRange(doc, path10) {
  if (path10.length === 0) return void 0;
  const { pair, depth } = walk(doc, path10);
  return depth === path10.length && pair ? nodeRange(pair.key) : void 0;
}
function rangeAt(doc, base3, at, atKey, fallback) {
  if (!at) return fallback;
  const full = base3.concat(at);
  const { node, pair, depth } = walk(doc, full);
  if (depth !== full.length) return fallback;
  if (!atKey && (0, import_yaml5.isScalar)(node)) return nodeRange(node) ?? fallback;
  return (pair ? nodeRange(pair.key) : void 0) ?? nodeRange(node) ?? fallback;
}
function build(shape, src) {
  const { doc, base: base3, anchor } = src;
  if ("from" in shape) {
    const full = base3.concat(shape.from);
    const { node, depth } = walk(doc, full);
    if (depth === full.length && node) return node;
    return synthetic(get(src.values, shape.from), anchor);
  }
  if ("value" in shape) return synthetic(shape.value, rangeAt(doc, base3, shape.at, shape.atKey, anchor));
  const at = rangeAt(doc, base3, shape.at, true, anchor);
  if ("map" in shape) {
    const map = new import_yaml5.YAMLMap();
    map.range = at;
    for (const e of shape.map) {
      const keyRange2 = e.keyAt ? rangeAt(doc, base3, e.keyAt, true, void 0) : void 0;
      map.items.push(new import_yaml5.Pair(synthetic(e.key, keyRange2 ?? at), build(e.shape, src)));
    }
    return map;
  }
  const seq = new import_yaml5.YAMLSeq();
  seq.range = at;
  for (const s of shape.seq) seq.items.push(build(s, src));
  return seq;
}
function synthetic(value, range) {
  if (Array.isArray(value)) {
    const seq = new import_yaml5.YAMLSeq();
    seq.range = range;
    for (const v of value) seq.items.push(synthetic(v, range));
    return seq;
  }
  if (isRecord(value)) {
    const map = new import_yaml5.YAMLMap();
    map.range = range;
    for (const [k, v] of Object.entries(value)) map.items.push(new import_yaml5.Pair(synthetic(k, range), synthetic(v, range)));
    return map;
  }
  const s = new import_yaml5.Scalar(value);
  s.range = range;
  return s;
}

// src/inventory/gateway-values.ts
var GATEWAY_ONLY_KEYS = ["service", "kind", "terminationGracePeriodSeconds", "lifecycle", "networkGateway", "networkGatewayPorts", "additionalContainers", "unprivilegedPort", "runAsRoot"];
var GATEWAY_POD_ANNOTATIONS = [TEMPLATES_ANNOTATION, PROXY_CONFIG_ANNOTATION];
var CHART_POD_ANNOTATIONS = {
  "prometheus.io/port": "15020",
  "prometheus.io/scrape": "true",
  "prometheus.io/path": "/stats/prometheus",
  [TEMPLATES_ANNOTATION]: "gateway",
  "sidecar.istio.io/inject": "true"
};
var CHART_LABELS = { "istio.io/dataplane-mode": "none" };
var CHART_SERVICE_TYPE = "LoadBalancer";
var CHART_SERVICE_PORTS = [
  { name: "status-port", port: 15021, protocol: "TCP", targetPort: 15021 },
  { name: "http2", port: 80, protocol: "TCP", targetPort: 80 },
  { name: "https", port: 443, protocol: "TCP", targetPort: 443 }
];
var NETWORK_GATEWAY_PORTS = [
  ["status-port", 15021, 15021],
  ["tls", 15443, 15443],
  ["tls-istiod", 15012, 15012],
  ["tls-webhook", 15017, 15017]
];
var SERVICE_FIELDS = ["loadBalancerIP", "loadBalancerClass", "loadBalancerSourceRanges", "allocateLoadBalancerNodePorts", "externalTrafficPolicy", "internalTrafficPolicy", "healthCheckNodePort", "ipFamilyPolicy", "ipFamilies", "externalIPs", "clusterIP"];
function gatewaySpecificKey(values) {
  const own = GATEWAY_ONLY_KEYS.find((k) => k in values);
  if (own) return own;
  const ann = values["podAnnotations"];
  return isRecord(ann) && GATEWAY_POD_ANNOTATIONS.some((a) => a in ann) ? "podAnnotations" : void 0;
}
function isGatewayChartValues(values) {
  return gatewaySpecificKey(values) !== void 0 && validateGatewayValues(values) === true;
}
function addGatewayValues(inv, site2, opts) {
  const chart = renderGatewayChart(site2);
  const anchor = site2.anchor ?? [];
  const deployment = renderedView(site2.view, site2.path, chart.deployment, anchor);
  const res = resource(deployment, [], deployment.value);
  const w = workload(res, WORKLOAD_TEMPLATE["Deployment"], opts);
  w.origin = "gateway-values";
  w.anchor = anchorRef(site2);
  inv.workloadSources.push(w);
  if (chart.service) {
    const view = renderedView(site2.view, site2.path, chart.service, anchor);
    const svc = resource(view, [], view.value);
    svc.unnamedAs = "the gateway chart's Service";
    inv.others.push(svc);
    const ns = svc.namespace ?? opts.defaultNamespace ?? "";
    const list = inv.servicesByNamespace.get(ns);
    if (list) list.push(svc);
    else inv.servicesByNamespace.set(ns, [svc]);
  }
}
function anchorRef(site2) {
  if (site2.anchor && site2.anchor.length > 0) return { view: site2.view, path: site2.anchor, target: "key" };
  const first = Object.keys(site2.values)[0];
  return { view: site2.view, path: first === void 0 ? site2.path : site2.path.concat(first), target: "key" };
}
var str = (v) => typeof v === "string" && v !== "" ? v : void 0;
var lit = (value, at, atKey) => ({ value, at, atKey });
var entry = (key, shape, keyAt) => ({ key, shape, keyAt });
var unique = (entries) => [...new Map(entries.map((e) => [e.key, e])).values()];
function helmQuote(v) {
  if (v === null || v === void 0) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return goFloat(v);
  if (typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}
function goFloat(v) {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? "NaN" : v > 0 ? "+Inf" : "-Inf";
  if (v === 0) return Object.is(v, -0) ? "-0" : "0";
  const exp = Number(v.toExponential().split("e")[1]);
  if (exp < -4 || exp >= 6) {
    const [mantissa, e] = v.toExponential().split("e");
    const n = Number(e);
    return `${mantissa}e${n < 0 ? "-" : "+"}${String(Math.abs(n)).padStart(2, "0")}`;
  }
  return String(v);
}
function renderGatewayChart(site2) {
  const v = site2.values;
  const set = (k) => v[k] !== void 0 && v[k] !== null;
  const name = str(v["name"]) ?? site2.releaseName;
  const labelName = name ?? "istio-ingressgateway";
  const userLabels = isRecord(v["labels"]) ? v["labels"] : {};
  const nameAt = set("name") ? ["name"] : void 0;
  const selector = [
    entry("app", "app" in userLabels && userLabels["app"] !== null ? lit(helmQuote(userLabels["app"]), ["labels", "app"]) : lit(labelName, nameAt), "app" in userLabels ? ["labels", "app"] : void 0),
    entry("istio", "istio" in userLabels && userLabels["istio"] !== null ? lit(helmQuote(userLabels["istio"]), ["labels", "istio"]) : lit(labelName.replace(/^istio-/, ""), nameAt), "istio" in userLabels ? ["labels", "istio"] : void 0)
  ];
  const extraLabels = [];
  if (v["labels"] !== null) {
    for (const [k, val] of Object.entries({ ...CHART_LABELS, ...userLabels })) {
      if (k === "app" || k === "istio" || val === null) continue;
      extraLabels.push(k in userLabels ? entry(k, lit(helmQuote(val), ["labels", k]), ["labels", k]) : entry(k, lit(val, ["labels"], true)));
    }
  }
  const resourceLabels = unique([entry("app.kubernetes.io/name", lit(labelName, nameAt)), ...selector, ...extraLabels]);
  const podLabels = [entry("sidecar.istio.io/inject", lit("true"))];
  if (str(v["revision"])) podLabels.push(entry(REV, lit(v["revision"], ["revision"]), ["revision"]));
  podLabels.push(...selector, entry("app.kubernetes.io/name", lit(labelName, nameAt)), ...extraLabels);
  const networkGateway = str(v["networkGateway"]);
  if (networkGateway) podLabels.push(entry("topology.istio.io/network", lit(networkGateway, ["networkGateway"])));
  const podAnnotations = [];
  const userAnn = isRecord(v["podAnnotations"]) ? v["podAnnotations"] : {};
  if (v["podAnnotations"] !== null) {
    for (const [k, val] of Object.entries(userAnn)) if (val !== null) podAnnotations.push(entry(k, { from: ["podAnnotations", k] }, ["podAnnotations", k]));
    for (const [k, val] of Object.entries(CHART_POD_ANNOTATIONS)) if (!(k in userAnn)) podAnnotations.push(entry(k, lit(val, set("podAnnotations") ? ["podAnnotations"] : void 0, true)));
  }
  const env = [];
  if (networkGateway) env.push({ map: [entry("name", lit("ISTIO_META_REQUESTED_NETWORK_VIEW", ["networkGateway"], true)), entry("value", lit(networkGateway, ["networkGateway"]))] });
  const userEnv = isRecord(v["env"]) ? v["env"] : {};
  for (const k of Object.keys(userEnv).sort()) {
    env.push({ map: [entry("name", lit(k, ["env", k], true)), entry("value", lit(helmQuote(userEnv[k]), ["env", k]))], at: ["env", k] });
  }
  if (Array.isArray(v["envVarFrom"])) v["envVarFrom"].forEach((_, i) => env.push({ from: ["envVarFrom", i] }));
  const proxy = [entry("name", lit(PROXY_CONTAINER)), entry("image", lit("auto"))];
  if (env.length > 0) proxy.push(entry("env", { seq: env, at: ["env"] }, set("env") ? ["env"] : void 0));
  proxy.push(entry("ports", lit([{ containerPort: 15090, protocol: "TCP", name: "http-envoy-prom" }])));
  if (isRecord(v["readinessProbe"]) && Object.keys(v["readinessProbe"]).length > 0) proxy.push(entry("readinessProbe", { from: ["readinessProbe"] }, ["readinessProbe"]));
  if (isRecord(v["lifecycle"]) && Object.keys(v["lifecycle"]).length > 0) proxy.push(entry("lifecycle", { from: ["lifecycle"] }, ["lifecycle"]));
  const containers = [{ map: proxy }];
  if (Array.isArray(v["additionalContainers"])) v["additionalContainers"].forEach((_, i) => containers.push({ from: ["additionalContainers", i] }));
  const podSpec = [];
  for (const k of ["volumes", "initContainers"]) {
    if (Array.isArray(v[k]) && v[k].length > 0) podSpec.push(entry(k, { from: [k] }, [k]));
  }
  podSpec.push(entry("containers", { seq: containers }));
  if (set("terminationGracePeriodSeconds")) podSpec.push(entry("terminationGracePeriodSeconds", { from: ["terminationGracePeriodSeconds"] }, ["terminationGracePeriodSeconds"]));
  const metadata = (annotations) => ({
    map: [
      ...name !== void 0 ? [entry("name", lit(name, nameAt))] : [],
      ...site2.namespace !== void 0 ? [entry("namespace", lit(site2.namespace))] : [],
      entry("labels", { map: resourceLabels }),
      ...annotations ? [annotations] : []
    ]
  });
  const kind = v["kind"] === "DaemonSet" ? "DaemonSet" : "Deployment";
  const deployment = {
    map: [
      entry("apiVersion", lit("apps/v1")),
      entry("kind", lit(kind, set("kind") ? ["kind"] : void 0), set("kind") ? ["kind"] : void 0),
      entry("metadata", metadata(isRecord(v["annotations"]) ? entry("annotations", { from: ["annotations"] }, ["annotations"]) : void 0)),
      entry("spec", {
        map: [
          entry("selector", { map: [entry("matchLabels", { map: selector })] }),
          entry("template", {
            map: [entry("metadata", { map: [...podAnnotations.length > 0 ? [entry("annotations", { map: podAnnotations, at: ["podAnnotations"] }, set("podAnnotations") ? ["podAnnotations"] : void 0)] : [], entry("labels", { map: unique(podLabels) })] }), entry("spec", { map: podSpec })]
          })
        ]
      })
    ]
  };
  return { deployment, service: serviceShape(v, selector, metadata, networkGateway) };
}
function serviceShape(v, selector, metadata, networkGateway) {
  const service = isRecord(v["service"]) ? v["service"] : {};
  const at = (k) => ["service", k];
  const typeSet = typeof service["type"] === "string";
  if (service["type"] === "None") return void 0;
  const type = typeSet ? service["type"] : CHART_SERVICE_TYPE;
  const annotations = [];
  const own = isRecord(service["annotations"]) ? service["annotations"] : {};
  const common = isRecord(v["annotations"]) ? v["annotations"] : {};
  for (const k of Object.keys(own)) annotations.push(entry(k, { from: ["service", "annotations", k] }, ["service", "annotations", k]));
  for (const k of Object.keys(common)) if (!(k in own)) annotations.push(entry(k, { from: ["annotations", k] }, ["annotations", k]));
  let ports;
  if (networkGateway) {
    const configured = isRecord(v["networkGatewayPorts"]) ? v["networkGatewayPorts"] : {};
    ports = {
      seq: NETWORK_GATEWAY_PORTS.map(([name, port2, target]) => {
        const c = isRecord(configured[name]) ? configured[name] : {};
        const p = ["networkGatewayPorts", name];
        return {
          map: [
            entry("name", lit(name, p, true)),
            entry("port", c["port"] !== void 0 ? { from: [...p, "port"] } : lit(port2, p, true)),
            entry("targetPort", c["targetPort"] !== void 0 && c["targetPort"] !== null ? { from: [...p, "targetPort"] } : lit(target, p, true)),
            entry("protocol", typeof c["protocol"] === "string" ? { from: [...p, "protocol"] } : lit("TCP", p, true))
          ],
          at: p
        };
      })
    };
  } else {
    ports = Array.isArray(service["ports"]) ? { from: at("ports") } : lit(CHART_SERVICE_PORTS, isRecord(v["service"]) ? ["service"] : void 0, true);
  }
  const spec = [entry("type", typeSet ? { from: at("type") } : lit(type, isRecord(v["service"]) ? ["service"] : void 0, true), typeSet ? at("type") : void 0)];
  for (const k of SERVICE_FIELDS) {
    const val = service[k];
    if (val === void 0 || val === null || val === "" || Array.isArray(val) && val.length === 0) continue;
    if ((k === "loadBalancerClass" || k === "allocateLoadBalancerNodePorts") && type !== "LoadBalancer") continue;
    spec.push(entry(k, { from: at(k) }, at(k)));
  }
  spec.push(entry("ports", ports, Array.isArray(service["ports"]) && !networkGateway ? at("ports") : void 0));
  const selectorLabels = isRecord(service["selectorLabels"]) ? service["selectorLabels"] : {};
  spec.push(entry("selector", { map: [...selector, ...Object.keys(selectorLabels).map((k) => entry(k, { from: ["service", "selectorLabels", k] }, ["service", "selectorLabels", k]))] }));
  return {
    map: [
      entry("apiVersion", lit("v1")),
      entry("kind", lit("Service")),
      entry("metadata", metadata(annotations.length > 0 ? entry("annotations", { map: annotations }, isRecord(v["service"]) && "annotations" in service ? at("annotations") : void 0) : void 0)),
      entry("spec", { map: spec })
    ]
  };
}

// src/inventory/gitops.ts
var GITOPS_KINDS = ["Application", "ApplicationSet", "HelmRelease"];
var CHARTS = { istiod: "istiod", "istio-discovery": "istiod", gateway: "gateway", base: "base" };
function istioChart2(nameOrPath) {
  if (typeof nameOrPath !== "string") return void 0;
  const last = nameOrPath.replace(/\/+$/, "").split("/").pop() ?? "";
  return Object.hasOwn(CHARTS, last) ? CHARTS[last] : void 0;
}
function plain(v) {
  return typeof v === "string" && v !== "" && !v.includes("{{") ? v : void 0;
}
function holdsPlaceholder(value) {
  if (typeof value === "string") return value.includes("{{") || /\$\{[A-Za-z_][A-Za-z0-9_]*(:?[-=+?][^}]*)?\}/.test(value);
  if (Array.isArray(value)) return value.some(holdsPlaceholder);
  if (isRecord(value)) return Object.entries(value).some(([k, v]) => holdsPlaceholder(k) || holdsPlaceholder(v));
  return false;
}
function istioReleases(res) {
  const owner = `${res.kind} ${res.namespace ? `${res.namespace}/` : ""}${res.name ?? "(unnamed)"}`;
  if (res.kind === "HelmRelease" && res.apiVersion.startsWith("helm.toolkit.fluxcd.io/")) return fluxRelease2(res, owner);
  if ((res.kind === "Application" || res.kind === "ApplicationSet") && res.apiVersion.startsWith("argoproj.io/")) return argoReleases(res, owner);
  return [];
}
function argoReleases(res, owner) {
  const app = res.kind === "ApplicationSet" ? res.base.concat("spec", "template") : res.base;
  const root = res.view.value;
  const spec = get(root, app.concat("spec"));
  if (!isRecord(spec)) return [];
  const appName = plain(res.kind === "ApplicationSet" ? get(root, app.concat("metadata", "name")) : res.name);
  const namespace = plain(get(spec, ["destination", "namespace"]));
  const sources = [];
  if (isRecord(spec["source"])) sources.push(app.concat("spec", "source"));
  if (Array.isArray(spec["sources"])) spec["sources"].forEach((s, i) => isRecord(s) && sources.push(app.concat("spec", "sources", i)));
  const out = [];
  for (const at of sources) {
    const source = get(root, at);
    const chart = istioChart2(source["chart"]) ?? istioChart2(source["path"]);
    if (!chart) continue;
    const helm = isRecord(source["helm"]) ? source["helm"] : {};
    const release = { chart, releaseName: plain(helm["releaseName"]) ?? appName, namespace, owner };
    if (isRecord(helm["valuesObject"])) {
      const path10 = at.concat("helm", "valuesObject");
      release.values = { view: res.view, path: path10, value: helm["valuesObject"], anchor: path10 };
    } else if (typeof helm["values"] === "string") {
      const host = { view: res.view, path: at.concat("helm", "values") };
      const parsed = parseEmbedded(host);
      if (parsed.view && isRecord(parsed.view.value)) release.values = { view: parsed.view, path: [], value: parsed.view.value };
      else if (parsed.error && !parsed.template) release.embedError = parsed.error;
    }
    out.push(release);
  }
  return out;
}
function fluxRelease2(res, owner) {
  const spec = res.value["spec"];
  if (!isRecord(spec)) return [];
  const chart = istioChart2(get(spec, ["chart", "spec", "chart"]));
  if (!chart) return [];
  const target = plain(spec["targetNamespace"]);
  const releaseName = plain(spec["releaseName"]) ?? (res.name ? target ? `${target}-${res.name}` : res.name : void 0);
  const release = { chart, releaseName, namespace: target ?? res.namespace, owner };
  if (isRecord(spec["values"])) {
    const path10 = res.base.concat("spec", "values");
    release.values = { view: res.view, path: path10, value: spec["values"], anchor: path10 };
  }
  return [release];
}
function addGitOpsRelease(inv, res, order, opts, flag, meshOnly) {
  istioReleases(res).forEach((release, i) => {
    if (release.embedError) inv.valuesErrors.push({ file: res.view.file, resource: res, owner: release.owner, ...release.embedError });
    const values = release.values;
    if (!values || holdsPlaceholder(values.value)) return;
    if (release.chart === "istiod") {
      const valuesRes = { view: values.view, base: values.path, kind: res.kind, apiVersion: res.apiVersion, name: res.name, namespace: res.namespace, value: values.value };
      addHelmValues(inv, valuesRes, order + i * 1e-9, flag, `Helm values of ${release.owner}`);
    } else if (release.chart === "gateway" && !meshOnly) {
      addGatewayValues(inv, { view: values.view, path: values.path, values: values.value, anchor: values.anchor, releaseName: release.releaseName, namespace: release.namespace }, opts);
    }
  });
}

// src/parse.ts
var LARGE_DOCUMENT = 4 * 1024 * 1024;
var READ_KINDS = /* @__PURE__ */ new Set([...Object.keys(WORKLOAD_TEMPLATE), "List", "IstioOperator", "ConfigMap", "Namespace", "ProxyConfig", "Service", "VirtualService", "DestinationRule", "Gateway", "BackendConfig", "GCPBackendPolicy", ...GITOPS_KINDS]);
var TEMPLATING_KINDS = /* @__PURE__ */ new Set(["ApplicationSet"]);
function parseInput(input, order, opts = {}) {
  if (input.problem || input.text === void 0) {
    const p = input.problem ?? { messageId: "unreadable", data: { reason: "it has no content" }, line: 1, column: 1 };
    return { problems: [{ file: input.path, messageId: p.messageId, data: p.data, range: point(p.line, p.column) }] };
  }
  const text2 = input.text.includes("\r") ? input.text.replace(/\r(?!\n)/g, "\n") : input.text;
  const lineCounter = new LineIndex(text2);
  const file = { path: input.path, absPath: input.absPath, text: text2, lineCounter, docs: [], order, inChart: input.inChart, counts: { documents: 0, resources: 0, values: 0 } };
  if (opts.meshConfigOnly) file.meshConfigOnly = true;
  if (opts.fromMeshConfigFlag) file.fromMeshConfigFlag = true;
  if (opts.namedGatewayValues) file.namedGatewayValues = true;
  const store = opts.store ?? new DocumentStore();
  const keep = opts.onDocument ?? ((view) => file.docs.push(view));
  const problems = [];
  const problem = (start, end, messageId, data) => {
    problems.push({ file: input.path, messageId, data, range: span(lineCounter, start, end) });
  };
  const reader2 = { file, problem };
  const letGo = !store.keepEverything;
  const deferred = { documents: 0 };
  const lineOf = lineCounting(text2);
  documentChunks(text2).forEach(([start, end], index) => {
    const line = lineOf(start);
    const kind = opts.onDeferred && !opts.meshConfigOnly ? deferredKind(text2, start, end) : void 0;
    if (kind) {
      deferred.documents++;
      opts.onDeferred({ file, start, end, index, kind, line, pending: deferred });
      return;
    }
    const slice = text2.slice(start, end);
    if (slice.length > LARGE_DOCUMENT && !readsKind(slice)) {
      for (const _ of new import_yaml6.Lexer().lex(slice)) ;
      return;
    }
    const chunk = letGo ? ownCopy(slice) : slice;
    const read = readDocument(reader2, chunk, start);
    if (read && isRead(read.value)) keep(chunkView(store, file, chunk, line, index, read.value, read.doc));
  });
  if (letGo && deferred.documents === 0) letGoOfText(file);
  return { file, problems };
}
function readDocument({ file, problem }, chunk, start) {
  let doc;
  try {
    doc = (0, import_yaml6.parseDocument)(chunk, parseOptions(chunk));
  } catch (e) {
    problem(start, start + 1, "cannotParse", { detail: detail(e.message) });
    return void 0;
  }
  const helm = chunk.includes("{{") ? findTemplateAction(chunk, doc) : void 0;
  if (helm !== void 0 && !readsTemplated(chunk)) {
    file.counts.documents++;
    const head = manifestHead(chunk);
    if (head.kind && head.apiVersion) file.counts.resources++;
    return void 0;
  }
  if (helm !== void 0) {
    const close = chunk.indexOf("}}", helm);
    const sameLine = close > helm && !chunk.slice(helm, close).includes("\n");
    const action = chunk.slice(helm, sameLine ? close + 2 : helm + 2);
    problem(start + helm, start + (sameLine ? close + 2 : helm + 2), "template", { action: action.length > 40 ? `${action.slice(0, 39)}…` : action });
    return void 0;
  }
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    problem(start + err.pos[0], start + err.pos[1], "malformed", { detail: detail(err.message) });
    return void 0;
  }
  if (doc.contents === null) return void 0;
  const dup = duplicateKey(doc);
  if (dup?.range) {
    problem(start + dup.range[0], start + dup.range[1], "duplicateKey", { key: quotedKey(String(dup.value)) });
    return void 0;
  }
  let value;
  try {
    value = toValue(doc);
  } catch (e) {
    const at = start + (doc.range?.[0] ?? 0);
    if (e instanceof RangeError) problem(at, at + 1, "tooDeep");
    else problem(at, at + 1, "unreadableDocument", { detail: detail(e.message) });
    return void 0;
  }
  file.counts.documents++;
  file.counts.resources += resourceCount(value);
  return { value, doc };
}
function parseDeferred(d, store) {
  const { file } = d;
  const problems = [];
  const problem = (start, end, messageId, data) => problems.push({ file: file.path, messageId, data, range: span(file.lineCounter, start, end) });
  if (d.pending.documents === 0 && file.text === "") throw new Error(`a document of ${file.path} was parsed again after the file's text was let go of`);
  const letGo = !store.keepEverything;
  const chunk = letGo ? ownCopy(file.text.slice(d.start, d.end)) : file.text.slice(d.start, d.end);
  const read = readDocument({ file, problem }, chunk, d.start);
  if (d.pending.documents > 0 && --d.pending.documents === 0 && letGo) letGoOfText(file);
  return { view: read && isRead(read.value) ? chunkView(store, file, chunk, d.line, d.index, read.value, read.doc, true) : void 0, problems };
}
function letGoOfText(file) {
  if (file.text.includes("drainlint-disable")) return;
  file.text = "";
  file.lineCounter = TEXT_LET_GO;
}
var TEXT_LET_GO = {
  linePos() {
    throw new Error("a position was asked in a file whose text was let go of");
  }
};
function lineCounting(text2) {
  let line = 1;
  let at = 0;
  return (offset) => {
    for (let i = text2.indexOf("\n", at); i >= 0 && i < offset; i = text2.indexOf("\n", i + 1)) line++;
    at = Math.max(at, offset);
    return line;
  };
}
var KIND_LINE = /^kind:[ \t]*(["']?)([A-Za-z]+)\1[ \t]*(?:#.*)?\r?$/m;
var RUN_LEVEL_TEXT = /pilot|proxyv2|name["']?\s*:\s*["']?istiod|\{\{|<<|\\/;
var REVISION_LABEL = /istio\.io\/rev["']?[ \t]*:[ \t]*["']?([^"'\s#]*)/g;
function deferredKind(text2, start, end) {
  const chunk = text2.slice(start, end);
  const kind = KIND_LINE.exec(chunk)?.[2];
  if (kind === void 0 || !Object.hasOwn(WORKLOAD_TEMPLATE, kind) || !/^apiVersion:[ \t]*["']?[A-Za-z]/m.test(chunk) || RUN_LEVEL_TEXT.test(chunk)) return void 0;
  for (const m of chunk.matchAll(REVISION_LABEL)) if (!/^[A-Za-z_.-]+$/.test(m[1])) return void 0;
  return kind;
}
function span(lineCounter, start, end) {
  const s = lineCounter.linePos(start);
  const e = lineCounter.linePos(Math.max(end, start + 1));
  return { line: s.line, column: s.col, endLine: e.line, endColumn: e.col };
}
function documentChunks(text2) {
  const chunks = [];
  let start = 0;
  let content = false;
  let at = 0;
  while (at <= text2.length) {
    const nl = text2.indexOf("\n", at);
    const lineEnd = nl < 0 ? text2.length : nl;
    const line = text2.slice(at, Math.min(lineEnd, at + 4));
    const marker = line.startsWith("---") && (line.length === 3 || line[3] === " " || line[3] === "	" || line[3] === "\r");
    if (marker && content) {
      chunks.push([start, at]);
      start = at;
      content = false;
    }
    if (!marker && !content) {
      const head = text2.slice(at, Math.min(lineEnd, at + 200)).trimStart();
      if (head !== "" && !head.startsWith("#") && !head.startsWith("%")) content = true;
    } else if (marker) {
      if (text2.slice(at + 3, lineEnd).trim().replace(/^#.*/, "") !== "") content = true;
    }
    if (nl < 0) break;
    at = nl + 1;
  }
  chunks.push([start, text2.length]);
  return chunks;
}
function resourceCount(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return 0;
  const v = value;
  if (typeof v["kind"] !== "string" || typeof v["apiVersion"] !== "string") return 0;
  return v["kind"].endsWith("List") && Array.isArray(v["items"]) ? v["items"].length : 1;
}
function isRead(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const v = value;
  const kind = v["kind"];
  if (typeof kind !== "string" || typeof v["apiVersion"] !== "string") return true;
  if (kind.endsWith("List")) return true;
  if (kind !== "ConfigMap") return READ_KINDS.has(kind) || VERSION_SOURCE_KINDS.has(kind);
  const name = v["metadata"]?.["name"];
  const data = v["data"];
  return typeof name === "string" && /^istio(-|$)/.test(name) || data !== null && typeof data === "object" && ("deployment" in data || "values" in data);
}
function readsTemplated(chunk) {
  const { kind, apiVersion } = manifestHead(chunk);
  if (kind?.includes("{{") || apiVersion?.includes("{{")) return true;
  if (!kind || !apiVersion) return false;
  const name = kind.replace(/^["']|["']$/g, "").replace(/\s+#.*$/, "");
  return READ_KINDS.has(name) && !TEMPLATING_KINDS.has(name) || name.endsWith("List");
}
function manifestHead(chunk) {
  return { kind: /^kind:[ \t]*(.*)$/m.exec(chunk)?.[1]?.trim(), apiVersion: /^apiVersion:[ \t]*(.*)$/m.exec(chunk)?.[1]?.trim() };
}
function readsKind(chunk) {
  const m = /^kind:[ \t]*["']?([A-Za-z0-9]+)/m.exec(chunk);
  if (!m) return true;
  if (m[1] === "ConfigMap") return /^[ \t]+name:[ \t]*["']?istio(-|["'\s]|$)/m.test(chunk);
  return READ_KINDS.has(m[1]);
}
function point(line, column) {
  return { line, column, endLine: line, endColumn: column + 1 };
}
function quotedKey(key) {
  const line = key.split("\n")[0];
  return `"${line.length > 60 ? `${line.slice(0, 60)}…` : line}"`;
}

// src/inventory/gateway-api.ts
var GATEWAY_CLASSES = /* @__PURE__ */ new Set(["istio", "istio-waypoint", "istio-east-west"]);
function gatewayApiWorkload(res, opts) {
  const spec = isRecord(res.value["spec"]) ? res.value["spec"] : {};
  const cls = spec["gatewayClassName"];
  if (typeof cls !== "string" || !GATEWAY_CLASSES.has(cls) || !res.apiVersion.startsWith("gateway.networking.k8s.io/")) return void 0;
  const infra = isRecord(spec["infrastructure"]) ? spec["infrastructure"] : void 0;
  const fromInfra = infra && isRecord(infra["annotations"]);
  const annotationsPath = fromInfra ? res.base.concat("spec", "infrastructure", "annotations") : res.base.concat("metadata", "annotations");
  const annotations = get(res.view.value, annotationsPath);
  const w = {
    ...res,
    origin: "gateway-api",
    effectiveNamespace: res.namespace ?? opts.defaultNamespace,
    podMetaPath: res.base.concat("metadata"),
    podSpecPath: res.base.concat("spec"),
    annotationsPath,
    labelsPath: res.base.concat("metadata", "labels"),
    anchor: { view: res.view, path: res.base.concat("metadata", "name") },
    gatewayClass: cls,
    annotationMetadataRendered: false,
    podLabels: { "gateway.networking.k8s.io/gateway-name": res.name ?? "" },
    podAnnotations: isRecord(annotations) ? annotations : {},
    podSpec: {},
    containers: []
  };
  attachProxyConfigAnnotation(w);
  return w;
}
function linkGatewayParameters(inv) {
  for (const w of inv.workloadSources) {
    if (!("origin" in w) || w.origin !== "gateway-api") continue;
    const ref = get(w.value, ["spec", "infrastructure", "parametersRef"]);
    if (!isRecord(ref) || ref["kind"] !== "ConfigMap" || typeof ref["name"] !== "string") continue;
    const cm = inv.others.find((o) => o.kind === "ConfigMap" && o.name === ref["name"] && (o.namespace ?? w.namespace) === w.namespace);
    if (!cm || typeof get(cm.value, ["data", "deployment"]) !== "string") continue;
    const host = { view: cm.view, path: cm.base.concat("data", "deployment") };
    const parsed = parseEmbedded(host);
    const grace = parsed.view ? get(parsed.view.value, ["spec", "template", "spec", "terminationGracePeriodSeconds"]) : void 0;
    if (grace !== void 0 && parsed.view) {
      w.podSpec = { terminationGracePeriodSeconds: grace };
      w.graceOverride = { view: parsed.view, path: ["spec", "template", "spec", "terminationGracePeriodSeconds"] };
    }
  }
}

// src/inventory/proxy-configs.ts
function addProxyConfig(inv, res, order) {
  const spec = isRecord(res.value["spec"]) ? res.value["spec"] : {};
  const matchLabels = isRecord(spec["selector"]) ? spec["selector"]["matchLabels"] : void 0;
  const selector = spec["selector"] === void 0 || spec["selector"] === null ? void 0 : isRecord(matchLabels) && Object.keys(matchLabels).length > 0 ? matchLabels : { "drainlint.io/matches-nothing": {} };
  const meta = isRecord(res.value["metadata"]) ? res.value["metadata"] : {};
  const ts = meta["creationTimestamp"];
  inv.proxyConfigs.push({ ...res, selector, creationTimestamp: typeof ts === "string" ? ts : ts instanceof Date ? ts.toISOString() : void 0, order });
}

// src/inventory/builder.ts
var OTHER_KINDS = /* @__PURE__ */ new Set(["Service", "VirtualService", "DestinationRule", "BackendConfig", "GCPBackendPolicy"]);
var ROUTE_KINDS = /* @__PURE__ */ new Set(["VirtualService", "DestinationRule"]);
var InventoryBuilder = class {
  constructor(opts) {
    this.opts = opts;
    this.inventory = { lookups: new RunLookups(), workloadSources: [], defaultNamespace: opts.defaultNamespace, meshSources: [], namespaces: /* @__PURE__ */ new Map(), proxyConfigs: [], globalLifecycles: [], istiodEnv: [], istioOperators: [], others: [], servicesByNamespace: /* @__PURE__ */ new Map(), routes: [], versionSignals: /* @__PURE__ */ new Map(), valuesErrors: [] };
  }
  opts;
  inventory;
  configMaps = [];
  count = 0;
  /**
   * Records what a document holds; a document of workloads only lets go of its value (huge runs).
   * A values file it recognises (mesh config, gateway chart values) is counted on its file.
   */
  add(view) {
    const file = view.file;
    const fileOrder = file.fromMeshConfigFlag ? 1e6 + file.order : file.order;
    const before = this.inventory.workloadSources.length;
    let onlyWorkloads = true;
    for (const res of resourcesOf(view)) {
      this.count++;
      const kept = classify(this.inventory, res, fileOrder + this.count / 1e7, this.opts, this.configMaps, file.meshConfigOnly === true, file.fromMeshConfigFlag === true);
      if (kept === "values") file.counts.values++;
      collectVersionSignals(this.inventory, res, { recognisedValues: kept === "values", chartDefaults: file.inChart === true && file.fromMeshConfigFlag !== true });
      onlyWorkloads = kept === "workload" && onlyWorkloads;
    }
    const added = this.inventory.workloadSources.length - before;
    if (onlyWorkloads && added > 0) {
      for (let i = before; i < this.inventory.workloadSources.length; i++) this.inventory.workloadSources[i].releasable = true;
      view.releaseValue();
    }
  }
  /**
   * Records a workload document parsed only when its workload is linted (parse.ts deferredKind: it
   * holds one workload and nothing else of the run reads it). `read` parses it.
   */
  addDeferred(kind, read) {
    this.count++;
    this.inventory.workloadSources.push({ read, template: WORKLOAD_TEMPLATE[kind], kind });
  }
  /** Links what needs the whole run (mesh ConfigMaps named by istiod env, Gateway parameters). */
  finish() {
    const inv = this.inventory;
    const shared = new Set(inv.istiodEnv.filter((e) => e.name === "SHARED_MESH_CONFIG").map((e) => String(e.value)));
    for (const cm of this.configMaps) addConfigMapMesh(inv, cm, shared);
    pairMeshSources(inv);
    linkGatewayParameters(inv);
    return inv;
  }
};
function forEachWorkload(inv, visit2) {
  let previous;
  const done = (next) => {
    if (previous?.releasable && previous.view !== next) previous.view.releaseValue(previous.always);
  };
  for (const source of inv.workloadSources) {
    if ("origin" in source) {
      visit2(source);
      continue;
    }
    if ("read" in source) {
      const view = source.read();
      done(view);
      previous = view && { view, releasable: true, always: true };
      const res = view ? resourcesOf(view)[0] : void 0;
      if (res && res.kind === source.kind) visit2(workload(res, source.template, { defaultNamespace: inv.defaultNamespace }));
      continue;
    }
    done(source.view);
    previous = source;
    const value = get(source.view.value, source.base);
    if (isRecord(value)) visit2(workload(resource(source.view, source.base, value), source.template, { defaultNamespace: inv.defaultNamespace }));
  }
  done();
}
function classify(inv, res, order, opts, configMaps, meshOnly, flag) {
  const template = WORKLOAD_TEMPLATE[res.kind];
  if (template && !meshOnly) {
    inv.workloadSources.push({ view: res.view, base: res.base, template, releasable: false });
    if (res.kind === "Deployment" && /^istiod(-|$)/.test(res.name ?? "")) {
      collectIstiodEnv(inv, res);
      return "other";
    }
    return "workload";
  }
  return classifyOther(inv, res, order, opts, configMaps, meshOnly, flag) ? "values" : "other";
}
function classifyOther(inv, res, order, opts, configMaps, meshOnly, flag) {
  switch (res.kind) {
    case "IstioOperator":
      inv.istioOperators.push(res);
      addIstioOperator(inv, res, order, flag);
      if (!meshOnly) addOperatorGateways(inv, res);
      return false;
    case "Gateway": {
      const gw = meshOnly ? void 0 : gatewayApiWorkload(res, opts);
      if (gw) inv.workloadSources.push(gw);
      else if (!meshOnly) inv.others.push(res);
      return false;
    }
    case "ConfigMap":
      if (/^istio(-|$)/.test(res.name ?? "") && isRecord(res.value["data"]) && "mesh" in res.value["data"]) {
        res.order = order;
        res.flag = flag;
        configMaps.push(res);
      } else if (!meshOnly && isRecord(res.value["data"]) && ("deployment" in res.value["data"] || "values" in res.value["data"])) {
        inv.others.push(res);
      }
      return false;
    case "Namespace":
      if (res.name && !meshOnly) inv.namespaces.set(res.name, res);
      return false;
    case "ProxyConfig":
      if (!meshOnly) addProxyConfig(inv, res, order);
      return false;
    case "": {
      const named = res.view.file.namedGatewayValues === true;
      if (res.view.file.inChart && !flag && !named) return false;
      if (named || isGatewayChartValues(res.value)) {
        if (!meshOnly) addGatewayValues(inv, { view: res.view, path: res.base, values: res.value }, opts);
        return true;
      }
      if (isRecord(res.value["meshConfig"]) || isRecord(get(res.value, ["global", "proxy"]))) {
        addHelmValues(inv, res, order, flag);
        return true;
      }
      return false;
    }
    default:
      if (GITOPS_KINDS.includes(res.kind)) {
        addGitOpsRelease(inv, res, order, opts, flag, meshOnly);
        return false;
      }
      if (meshOnly || !OTHER_KINDS.has(res.kind)) return false;
      inv.others.push(res);
      if (res.kind === "Service") {
        const ns = res.namespace ?? opts.defaultNamespace ?? "";
        const list = inv.servicesByNamespace.get(ns);
        if (list) list.push(res);
        else inv.servicesByNamespace.set(ns, [res]);
      } else if (ROUTE_KINDS.has(res.kind)) {
        inv.routes.push(res);
      }
      return false;
  }
}

// src/domain/timeline.ts
var cap = (t, g) => g === void 0 ? t : Math.min(t, g);
function computeTimeline(f) {
  const g = f.grace.value;
  const events = [];
  const losses = [];
  const pa = f.appPreStop;
  const sa = f.shutdown;
  const pp = f.proxyPreStop;
  const l = f.lifetime;
  const appExit = pa.seconds === void 0 ? void 0 : pa.seconds + (sa?.value ?? 0);
  const appExitAtLeast = Boolean(pa.atLeast);
  const paInputs = [{ name: "app preStop", value: pa }];
  const app = !f.gateway;
  if (app && pa.seconds !== void 0 && pa.seconds > 0) {
    events.push({ kind: "app-prestop-end", at: cap(pa.seconds, g), atLeast: pa.atLeast, cutByKill: g !== void 0 && pa.seconds > g ? true : void 0, inputs: paInputs });
  }
  if (app && pa.seconds === void 0) events.push({ kind: "app-prestop-end", unknown: pa.unknown, inputs: paInputs });
  if (app) events.push(pa.seconds === void 0 ? { kind: "app-sigterm", unknown: pa.unknown, inputs: paInputs } : { kind: "app-sigterm", at: cap(pa.seconds, g), atLeast: pa.atLeast || void 0, cutByKill: g !== void 0 && pa.seconds > g ? true : void 0, inputs: paInputs });
  const appEvent = { kind: "app-exit", inputs: [...paInputs, ...sa ? [{ name: "shutdown duration", value: sa }] : []] };
  if (appExit === void 0) appEvent.unknown = pa.unknown;
  else Object.assign(appEvent, { at: cap(appExit, g), atLeast: appExitAtLeast || void 0, cutByKill: g !== void 0 && appExit > g ? true : void 0 });
  let drainStart;
  let drainEnd;
  let listenersClose;
  let proxyExit;
  let drainEndAtLeast = false;
  const ez = f.ez.value && f.path !== "native";
  const wait = ez ? f.min : f.tdd;
  const waitName = ez ? "MINIMUM_DRAIN_DURATION" : "terminationDrainDuration";
  if (f.path === "native") {
    drainStart = 0;
    drainEnd = appExit;
    drainEndAtLeast = appExitAtLeast;
    events.push({ kind: "drain-start", at: 0, inputs: [] });
    if (appExit !== void 0) proxyExit = { earliest: cap(appExit, g), latest: cap(appExit, g) };
    events.push({
      kind: "proxy-exit",
      ...appExit === void 0 ? { unknown: pa.unknown } : { at: cap(appExit, g), atLeast: appExitAtLeast || void 0, cutByKill: g !== void 0 && appExit > g ? true : void 0 },
      inputs: appEvent.inputs
    });
  } else if (f.path !== "none") {
    const ppSeconds = pp.seconds;
    if (ppSeconds !== void 0 && ppSeconds > 0) events.push({ kind: "proxy-prestop-end", at: cap(ppSeconds, g), atLeast: pp.atLeast, inputs: [{ name: "istio-proxy preStop", value: pp }] });
    const sigterm = f.path === "classic" ? ppSeconds : appExit === void 0 || ppSeconds === void 0 ? void 0 : Math.max(appExit, ppSeconds);
    const startInputs = f.path === "classic" ? [{ name: "istio-proxy preStop", value: pp }] : [...appEvent.inputs, { name: "istio-proxy preStop", value: pp }];
    if (sigterm === void 0) {
      events.push({ kind: "drain-start", unknown: f.path === "classic" ? pp.unknown : pa.unknown ?? pp.unknown, inputs: startInputs });
      events.push({ kind: "proxy-exit", unknown: f.path === "classic" ? pp.unknown : pa.unknown ?? pp.unknown, inputs: startInputs });
    } else {
      drainStart = sigterm;
      drainEnd = sigterm + (ez ? wait.value + EZ_POLL_SECONDS : wait.value);
      drainEndAtLeast = Boolean(pp.atLeast) || f.path !== "classic" && appExitAtLeast;
      const bound = drainEndAtLeast || void 0;
      events.push({ kind: "drain-start", at: cap(sigterm, g), atLeast: bound, cutByKill: g !== void 0 && sigterm > g ? true : void 0, inputs: startInputs });
      const exitInputs = [...startInputs, { name: waitName, value: wait }, ...ez ? [{ name: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS", value: f.ez }] : []];
      const earliest = cap(drainEnd, g);
      const latest = ez ? g ?? drainEnd : earliest;
      proxyExit = { earliest, latest: Math.max(earliest, latest) };
      events.push({ kind: "proxy-exit", at: earliest, atLeast: bound, latest: proxyExit.latest !== earliest ? proxyExit.latest : void 0, cutByKill: g !== void 0 && drainEnd > g ? true : void 0, inputs: exitInputs });
      const close = sigterm + f.dd.value;
      if (close < proxyExit.latest) {
        listenersClose = close;
        events.push({ kind: "listeners-close", at: close, atLeast: bound, inputs: [...startInputs, { name: "drainDuration", value: f.dd }] });
        losses.push({ kind: "listeners-closed", from: close, to: proxyExit.latest, possible: close >= earliest || void 0 });
      }
    }
  }
  if (app) events.push(appEvent);
  if (l) events.push({ kind: "connections-end", at: cap(l.value, g), cutByKill: g !== void 0 && l.value > g ? true : void 0, inputs: [{ name: "connection lifetime", value: l }] });
  const graceInputs = [{ name: "terminationGracePeriodSeconds", value: f.grace }];
  if (g !== void 0) events.push({ kind: "sigkill", at: g, inputs: graceInputs });
  else events.push({ kind: "sigkill", unknown: "terminationGracePeriodSeconds is not a whole number of seconds, so the API server rejects the pod", inputs: graceInputs });
  if (proxyExit && !f.gateway && f.path !== "native") {
    if (!ez && appExit !== void 0 && proxyExit.latest < cap(appExit, g)) losses.push({ kind: "proxy-gone-app-serving", from: proxyExit.latest, to: cap(appExit, g) });
    if (!ez && l && proxyExit.latest < cap(l.value, g)) losses.push({ kind: "requests-cut-by-proxy-exit", from: proxyExit.latest, to: cap(l.value, g) });
    if (ez && pa.seconds !== void 0 && proxyExit.earliest < cap(pa.seconds, g)) losses.push({ kind: "proxy-may-exit-during-app-prestop", from: proxyExit.earliest, to: cap(pa.seconds, g), possible: true });
  }
  if (g !== void 0 && l && l.value > g) losses.push({ kind: "connections-cut-at-kill", from: g, to: l.value });
  events.sort((a, b) => (a.at ?? Infinity) - (b.at ?? Infinity) || rank(a) - rank(b));
  const unused = unusedSettings(f, ez, proxyExit, drainStart);
  return { path: f.path, gateway: f.gateway, ez, grace: g, appExit, appExitAtLeast, drainStart, drainEnd, drainEndAtLeast, listenersClose, proxyExit, events, losses, unused };
}
function unusedSettings(f, ez, proxyExit, drainStart) {
  const out = [];
  if (f.path === "none") {
    const why2 = "the pod has no proxy";
    for (const name of ["terminationDrainDuration", "drainDuration", "EXIT_ON_ZERO_ACTIVE_CONNECTIONS", "MINIMUM_DRAIN_DURATION"]) out.push({ name, why: why2 });
    return out;
  }
  if (f.path === "native") {
    const why2 = "a native sidecar is stopped at once when the app has exited";
    out.push({ name: "terminationDrainDuration", why: why2 });
    if (f.ez.value) out.push({ name: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS", why: why2 });
    out.push({ name: "MINIMUM_DRAIN_DURATION", why: why2 });
    out.push({ name: "drainDuration", why: "the native /drain preStop never stops the listeners" });
    return out;
  }
  if (ez) out.push({ name: "terminationDrainDuration", why: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on: pilot-agent waits MINIMUM_DRAIN_DURATION, then for no active connection" });
  else out.push({ name: "MINIMUM_DRAIN_DURATION", why: "it is read only when EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on" });
  if (proxyExit && drainStart !== void 0 && drainStart + f.dd.value >= proxyExit.latest) {
    out.push({ name: "drainDuration", why: "the proxy is gone before it ends, so the listeners never stop accepting" });
  }
  return out;
}
var ORDER = ["app-prestop-end", "app-sigterm", "proxy-prestop-end", "app-exit", "drain-start", "listeners-close", "proxy-exit", "connections-end", "sigkill"];
function rank(e) {
  return e.cutByKill ? ORDER.length + ORDER.indexOf(e.kind) : ORDER.indexOf(e.kind);
}

// src/domain/mesh.ts
function revisionOf(w, inv) {
  const label2 = w.origin === "gateway-api" ? get(w.value, ["metadata", "labels", REV]) : w.podLabels[REV];
  if (typeof label2 === "string") return label2 === "default" ? "" : label2;
  const ns = w.effectiveNamespace ? inv.namespaces.get(w.effectiveNamespace) : void 0;
  const nsRev = ns ? get(ns.value, ["metadata", "labels", REV]) : void 0;
  return typeof nsRev === "string" && nsRev !== "default" ? nsRev : "";
}
function meshSourcesFor(inv, revision) {
  const index = meshIndex(inv);
  const of = index.byRevision.get(revision) ?? [];
  const own = revision !== "" && of.length === 0 ? index.byRevision.get("") ?? [] : of;
  const merged = [.../* @__PURE__ */ new Set([...own, ...index.shared])].sort((a, b) => a - b).map((i) => inv.meshSources[i]);
  return merged.sort((a, b) => Number(b.shared) - Number(a.shared) || a.order - b.order);
}
function meshIndex(inv) {
  if (inv.lookups.meshIndex) return inv.lookups.meshIndex;
  const index = { byRevision: /* @__PURE__ */ new Map(), byResource: /* @__PURE__ */ new Map(), shared: [] };
  inv.meshSources.forEach((m, i) => {
    const list = index.byRevision.get(m.revision);
    if (list) list.push(i);
    else index.byRevision.set(m.revision, [i]);
    if (m.shared) index.shared.push(i);
    const same2 = index.byResource.get(m.resource);
    if (same2) same2.push(m);
    else index.byResource.set(m.resource, [m]);
  });
  inv.lookups.meshIndex = index;
  return index;
}
function meshSourcesOfRevision(inv, revision) {
  return (meshIndex(inv).byRevision.get(revision) ?? []).map((i) => inv.meshSources[i]);
}
function rootNamespace(meshSources) {
  let root = "istio-system";
  for (const m of meshSources) if (typeof m.value["rootNamespace"] === "string") root = m.value["rootNamespace"];
  return root;
}
function discarded(m, inv, problems) {
  return (meshIndex(inv).byResource.get(m.resource) ?? []).some((o) => o.embedError !== void 0 || (problems.get(o)?.length ?? 0) > 0);
}
function meshDiscard(m) {
  return m.pairedWith ? { skipped: true, other: m.pairedWith } : { skipped: false };
}

// src/domain/lifecycle.ts
function globalLifecycles(inv) {
  const hit = inv.lookups.globalLifecycles;
  if (hit) return hit;
  const out = inv.globalLifecycles.map((l) => {
    const proxyPath2 = l.ref.path.slice(0, -1);
    const hold = get(l.ref.view.value, [...proxyPath2, "holdApplicationUntilProxyStarts"]) === true;
    return { ...l, hold: hold ? { view: l.ref.view, path: [...proxyPath2, "holdApplicationUntilProxyStarts"] } : void 0 };
  });
  for (const cm of injectorConfigMaps(inv)) {
    const host = { view: cm.view, path: [...cm.base, "data", "values"] };
    const parsed = parseEmbedded(host);
    if (!parsed.view) continue;
    const lifecycle = get(parsed.view.value, ["global", "proxy", "lifecycle"]);
    if (!hasContent(lifecycle)) continue;
    const name = cm.name ?? "istio-sidecar-injector";
    const hold = get(parsed.view.value, ["global", "proxy", "holdApplicationUntilProxyStarts"]) === true;
    out.push({
      name: "values.global.proxy.lifecycle",
      value: lifecycle,
      ref: { view: parsed.view, path: ["global", "proxy", "lifecycle"] },
      revision: name === "istio-sidecar-injector" ? "" : name.slice("istio-sidecar-injector-".length),
      label: `ConfigMap ${cm.namespace ?? "istio-system"}/${name} data.values`,
      hold: hold ? { view: parsed.view, path: ["global", "proxy", "holdApplicationUntilProxyStarts"] } : void 0
    });
  }
  inv.lookups.globalLifecycles = out;
  return out;
}
function injectorConfigMaps(inv) {
  return inv.others.filter((o) => o.kind === "ConfigMap" && /^istio-sidecar-injector(-|$)/.test(o.name ?? "") && typeof get(o.value, ["data", "values"]) === "string");
}
function hasContent(v) {
  return v !== void 0 && v !== null && !(isRecord(v) && Object.keys(v).length === 0);
}
function reaches(l, wRev) {
  return l.revision === wRev || wRev !== "" && l.revision === "";
}
function lifecycleFor(rw, inv) {
  const rev = revisionOf(rw.workload, inv);
  const all = globalLifecycles(inv).filter((l) => reaches(l, rev));
  return all.filter((l) => l.revision === rev).pop() ?? all.pop();
}
function rendersGlobalLifecycle(rw) {
  const w = rw.workload;
  if (rw.sidecar.status === "none" || rw.admissionDenied) return false;
  if (w.origin === "iop-gateway") return false;
  if (w.origin === "gateway-api") return w.gatewayClass === "istio";
  return typeof w.podAnnotations["sidecar.istio.io/status"] !== "string";
}
function argv(hook) {
  const command = isRecord(hook) && isRecord(hook["exec"]) ? hook["exec"]["command"] : void 0;
  return Array.isArray(command) ? command.map(String) : void 0;
}
var base = (p) => p.slice(p.lastIndexOf("/") + 1);
function isDrainHook(preStop) {
  const a = argv(preStop);
  if (!a || a.length === 0) return false;
  const text2 = a.join(" ");
  return base(a[0]) === "pilot-agent" && a.includes("drain") || /(^|[\s/])pilot-agent\s+request\b.*\bdrain\b/.test(text2);
}
function isWaitHook(postStart) {
  const a = argv(postStart);
  if (!a || a.length === 0) return false;
  return base(a[0]) === "pilot-agent" && a[1] === "wait" || /(^|[\s/])pilot-agent\s+wait\b/.test(a.join(" "));
}
function drainHookLoss(rw, inv, istioVersion) {
  if (rw.mode.value !== "native") return void 0;
  const proxy = proxyContainer(rw.workload);
  const userLifecycle = proxy && isRecord(proxy.value["lifecycle"]) ? proxy.value["lifecycle"] : void 0;
  if (userLifecycle && userLifecycle["preStop"] !== void 0) {
    if (isDrainHook(userLifecycle["preStop"])) return void 0;
    return { what: "is replaced by the preStop of the istio-proxy container", ref: { view: rw.workload.view, path: [...proxy.path, "lifecycle", "preStop"], target: "key" } };
  }
  const global = lifecycleFor(rw, inv);
  if (global) {
    if (isRecord(global.value) && isDrainHook(global.value["preStop"])) return void 0;
    return { what: `is replaced by values.global.proxy.lifecycle (${global.label})`, ref: { ...global.ref, target: "key" } };
  }
  if (istioVersion && compareVersions(istioVersion, "1.21") < 0) return { what: `is missing (Istio ${istioVersion} injects none; added in 1.21)` };
  return void 0;
}
function holdSetting(rw, inv) {
  let field;
  for (const m of rw.meshSources) {
    for (const dc of ["defaultConfig", "default_config"]) {
      for (const key of ["holdApplicationUntilProxyStarts", "hold_application_until_proxy_starts"]) {
        const v = get(m.value, [dc, key]);
        if (typeof v === "boolean") field = { value: v, prov: { level: "mesh", source: `mesh config in ${m.label}`, ref: { view: m.view, path: [...m.path, dc, key] } } };
      }
    }
  }
  const ann = rw.workload.proxyConfigAnnotation?.view;
  if (ann && isRecord(ann.value)) {
    for (const key of ["holdApplicationUntilProxyStarts", "hold_application_until_proxy_starts"]) {
      const v = ann.value[key];
      if (typeof v === "boolean") field = { value: v, prov: { level: "annotation", source: `${PROXY_CONFIG_ANNOTATION} annotation`, ref: { view: ann, path: [key] } } };
    }
  }
  if (field?.value) return field;
  const values = valuesHold(rw, inv);
  if (values) return { value: true, prov: values };
  return void 0;
}
function valuesHold(rw, inv) {
  const rev = revisionOf(rw.workload, inv);
  const sites = [];
  for (const iop of inv.istioOperators) {
    const path10 = [...iop.base, "spec", "values", "global", "proxy", "holdApplicationUntilProxyStarts"];
    const revision = get(iop.value, ["spec", "revision"]);
    if (get(iop.view.value, path10) === true) sites.push({ ref: { view: iop.view, path: path10 }, revision: typeof revision === "string" ? revision : "", label: operatorName(iop) });
  }
  for (const m of inv.meshSources) {
    if (m.kind !== "HelmValues") continue;
    const path10 = [...m.resource.base, "global", "proxy", "holdApplicationUntilProxyStarts"];
    if (get(m.view.value, path10) === true) sites.push({ ref: { view: m.view, path: path10 }, revision: m.revision, label: m.label });
  }
  for (const l of globalLifecycles(inv)) {
    if (l.hold && !sites.some((s) => s.ref.view === l.hold.view && s.ref.path.join("/") === l.hold.path.join("/"))) sites.push({ ref: l.hold, revision: l.revision, label: l.label });
  }
  const own = sites.filter((s) => reaches(s, rev));
  const pick = own.filter((s) => s.revision === rev).pop() ?? own.pop();
  return pick ? { level: "mesh", source: `values.global.proxy.holdApplicationUntilProxyStarts (${pick.label})`, ref: pick.ref } : void 0;
}

// src/fix/intent.ts
function fixTarget(ref) {
  const host = ref.view.host;
  if (ref.view.rendered) return void 0;
  if (!host) return { doc: ref.view.index, path: ref.path };
  if (host.view.host || host.view.rendered) return void 0;
  return { doc: host.view.index, embedded: host.path, path: ref.path };
}
function fixOf(type, edits) {
  const out = [];
  for (const e of edits) {
    const at = fixTarget(e.at);
    if (!at) return void 0;
    if (e.op === "remove") out.push({ op: "remove", at });
    else if ("text" in e) out.push({ op: "set", at, text: e.text });
    else {
      const from = fixTarget(e.from);
      if (!from) return void 0;
      out.push({ op: "set", at, from });
    }
  }
  return { type, edits: out };
}

// src/domain/grace.ts
var WAYPOINTS_SINCE = "1.18";
var WAYPOINT_GRACE_FIXED = "1.28";
function waypointTemplateHardcodesGrace(istioVersion) {
  return istioVersion !== void 0 && compareVersions(istioVersion, WAYPOINT_GRACE_FIXED) < 0 && compareVersions(istioVersion, WAYPOINTS_SINCE) >= 0;
}
function graceOf(w, config) {
  const gRaw = w.podSpec["terminationGracePeriodSeconds"];
  const set = w.graceOverride ?? { view: w.view, path: w.podSpecPath.concat("terminationGracePeriodSeconds") };
  const source = w.origin === "iop-gateway" ? "IstioOperator k8s.overlays patch" : w.origin === "gateway-api" ? "Gateway parameters ConfigMap" : w.origin === "gateway-values" ? "gateway chart values" : "pod spec";
  if (gRaw === void 0 || gRaw === null) {
    const at = w.anchor ?? set;
    if (w.gatewayClass === "istio-waypoint" && waypointTemplateHardcodesGrace(config.istioVersion)) {
      return { value: 2, prov: { level: "default", source: `waypoint template of Istio ${config.istioVersion} (hard-coded)`, ref: at } };
    }
    return { value: DEFAULT_G, prov: { level: "default", source: "default", ref: at } };
  }
  if (typeof gRaw === "number" && Number.isInteger(gRaw) && gRaw >= 0) return { value: gRaw, prov: { level: "pod-spec", source, ref: set } };
  return { value: void 0, prov: { level: "pod-spec", source, ref: set } };
}
function raiseGraceFix(w, target, alone) {
  if (!alone || w.origin !== "pod" || w.graceOverride !== void 0 || !Number.isInteger(target) || target <= 0) return void 0;
  return fixOf("timing", [{ op: "set", at: { view: w.view, path: w.podSpecPath.concat("terminationGracePeriodSeconds") }, text: String(target) }]);
}

// src/domain/gateway.ts
function hardcodedWaypointGrace(rw, config) {
  const w = rw.workload;
  return w.origin === "gateway-api" && w.gatewayClass === "istio-waypoint" && w.graceOverride === void 0 && rw.grace.prov.level === "default" && waypointTemplateHardcodesGrace(config.istioVersion);
}
function graceHint(rw) {
  const w = rw.workload;
  if (w.graceOverride !== void 0) return "";
  if (w.origin === "iop-gateway" && w.profile) return ` (add an entry named ${w.name} to components.${w.kind === "EgressGateway" ? "egressGateways" : "ingressGateways"} with a k8s.overlays patch of spec.template.spec.terminationGracePeriodSeconds)`;
  if (w.origin === "iop-gateway") return " (set it with a k8s.overlays patch of spec.template.spec.terminationGracePeriodSeconds on this gateway entry)";
  if (w.origin === "gateway-api") return " (set it as spec.template.spec.terminationGracePeriodSeconds in the `deployment` key of a ConfigMap named by spec.infrastructure.parametersRef, Istio ≥ 1.26)";
  if (w.origin === "gateway-values") return " (a value of the gateway chart since Istio 1.19)";
  return "";
}
function behindLoadBalancer(rw) {
  const w = rw.workload;
  if (!rw.gateway) return false;
  if (w.gatewayClass === "istio-waypoint") return false;
  if (w.origin === "iop-gateway" && w.kind === "EgressGateway") return false;
  return true;
}
function isGateway(w) {
  if (w.origin !== "pod") return true;
  const tpl = w.podAnnotations["inject.istio.io/templates"];
  if (typeof tpl === "string" && tpl.split(",").includes("gateway")) return true;
  if ("gateway.networking.k8s.io/gateway-name" in w.podLabels || "istio.io/gateway-name" in w.podLabels) return true;
  const proxy = proxyContainer(w);
  const args = proxy && Array.isArray(proxy.value["args"]) ? proxy.value["args"] : [];
  return args.includes("router");
}

// src/domain/mode.ts
var ISTIOD_SETTING_SINCE = "1.19";
var ANNOTATION_SINCE = "1.24";
var ANY_BUT_FALSE_SINCE = "1.27";
var AUTO_SINCE = "1.27";
var AUTO_KUBELET = "1.33";
function proxyMode(w, inv, config) {
  if (isGateway(w)) return { value: "classic", prov: { level: "default", source: "gateway (the proxy is the main container)" } };
  const istio = config.istioVersion;
  const since = (v) => istio !== void 0 && compareVersions(istio, v) >= 0;
  const before = (v) => istio !== void 0 && compareVersions(istio, v) < 0;
  const raw = w.podAnnotations[NATIVE_ANNOTATION];
  const ann = typeof raw === "string" ? raw : void 0;
  const annRef = { view: w.view, path: w.annotationsPath.concat(NATIVE_ANNOTATION) };
  const byAnnotation = (value, note = "") => ({ value, prov: { level: "annotation", source: `${NATIVE_ANNOTATION} annotation${note}`, ref: annRef } });
  if (ann !== void 0 && !before(ANNOTATION_SINCE)) {
    if (ann === "true") return byAnnotation("native");
    if (ann === "false") return byAnnotation("classic");
    if (since(ANY_BUT_FALSE_SINCE)) return byAnnotation("native", ` ("${ann}" is native on Istio ${ANY_BUT_FALSE_SINCE} and later)`);
    if (istio !== void 0) return byAnnotation("classic", ` ("${ann}" is not "true", which Istio ${istio} needs for native)`);
  }
  const env = inv.istiodEnv.filter((e) => e.name === "ENABLE_NATIVE_SIDECARS").pop();
  const setting = env ? String(env.value) : void 0;
  const classic = (source, ref) => ({ value: "classic", prov: { level: "default", source, ref } });
  if (env && before(ISTIOD_SETTING_SINCE)) return classic(`classic sidecar (Istio ${istio} has no ENABLE_NATIVE_SIDECARS; added in ${ISTIOD_SETTING_SINCE})`, env.ref);
  if (setting === "true") return { value: "native", prov: { level: "mesh", source: `ENABLE_NATIVE_SIDECARS=true (${env.label})`, ref: env.ref } };
  const auto = setting === "auto" && !before(AUTO_SINCE) || setting === void 0 && since(AUTO_SINCE);
  if (auto && config.kubernetesVersion && compareVersions(config.kubernetesVersion, AUTO_KUBELET) >= 0) {
    return { value: "native", prov: { level: "default", source: `ENABLE_NATIVE_SIDECARS=auto with Kubernetes ${config.kubernetesVersion}`, ref: env?.ref } };
  }
  if (ann !== void 0) return classic(`Istio ${istio} ignores the ${NATIVE_ANNOTATION} annotation, read from ${ANNOTATION_SINCE}`, annRef);
  return classic("classic sidecar (no native-sidecar setting in the input)");
}
function nativeEffective(rw, _istioVersion) {
  return rw.mode.value === "native";
}

// src/domain/prestop.ts
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "ash", "dash", "zsh", "ksh", "busybox"]);
var SLEEP_ARG = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/;
var SLEEP_UNIT = { "": 1, s: 1, m: 60, h: 3600, d: 86400 };
function preStopDuration(preStop) {
  if (preStop === void 0 || preStop === null || typeof preStop !== "object") return void 0;
  const hook = preStop;
  const sleep = hook["sleep"];
  if (sleep && typeof sleep === "object" && typeof sleep["seconds"] === "number") return { seconds: sleep["seconds"], via: "sleep-action" };
  if (hook["httpGet"]) return { unknown: "an httpGet preStop hook takes as long as the endpoint answers" };
  const exec = hook["exec"];
  const command = exec && Array.isArray(exec["command"]) ? exec["command"] : void 0;
  if (!command || command.length === 0 || !command.every((c) => typeof c === "string" || typeof c === "number")) {
    return { unknown: "the preStop hook has no exec command drainlint can read" };
  }
  const argv2 = command.map(String);
  const prog = basename(argv2[0]);
  if (prog === "sleep") return sleepSeconds(argv2.slice(1));
  if (SHELLS.has(prog)) {
    const c = argv2.indexOf("-c");
    if (c < 0 || c + 1 >= argv2.length) return { unknown: `${argv2[0]} without -c: unknown duration` };
    return scriptSeconds(argv2[c + 1]);
  }
  return { unknown: `\`${argv2.join(" ")}\` runs for an unknown time` };
}
function basename(p) {
  return p.slice(p.lastIndexOf("/") + 1);
}
function sleepSeconds(args) {
  if (args.length === 0) return { unknown: "`sleep` without an argument" };
  let total = 0;
  for (const a of args) {
    const m = SLEEP_ARG.exec(a);
    if (!m) return { unknown: `\`sleep ${args.join(" ")}\` has an argument drainlint cannot evaluate (${a})` };
    total += Number(m[1]) * SLEEP_UNIT[m[2]];
  }
  return { seconds: total, via: "exec" };
}
var CONTROL_WORDS = /* @__PURE__ */ new Set(["while", "until", "for", "do", "done", "if", "then", "else", "elif", "fi", "case", "esac"]);
function scriptSeconds(script) {
  const commands = script.split(/\n|;|&&/).map((c) => c.trim()).filter((c) => c !== "" && !c.startsWith("#"));
  if (commands.length === 0) return { unknown: "empty shell script" };
  let total = 0;
  for (const cmd of commands) {
    const words = cmd.split(/\s+/);
    const prog = basename(words[0]);
    let unknown;
    if (/\||&$|\$|`/.test(cmd) || CONTROL_WORDS.has(words[0])) unknown = `the preStop script has a loop, condition, pipe or variable (\`${cmd}\`)`;
    else if (prog === "exit") break;
    else if (prog === "sleep") {
      const r = sleepSeconds(words.slice(1));
      if ("unknown" in r) unknown = r.unknown;
      else total += r.seconds;
    } else if (prog !== "true" && prog !== ":" && prog !== "echo") unknown = `the preStop script runs \`${cmd}\`, whose duration is unknown`;
    if (unknown !== void 0) return total > 0 ? { seconds: total, via: "exec", atLeast: true, why: `${unknown}, after ${formatSeconds(total)} of sleep` } : { unknown };
  }
  return { seconds: total, via: "exec" };
}
function noHook() {
  return { seconds: 0, prov: { level: "default", source: "no preStop hook" } };
}
function hookTiming(w, c, k8s) {
  const lifecycle = c.value["lifecycle"];
  const preStop = isRecord(lifecycle) ? lifecycle["preStop"] : void 0;
  const d = preStopDuration(preStop);
  if (!d) return void 0;
  const ref = { view: w.view, path: c.path.concat("lifecycle", "preStop"), target: "key" };
  const prov = { level: "pod-spec", source: `preStop of container ${c.name}`, ref };
  if ("unknown" in d) return { prov, unknown: d.unknown };
  if (d.via === "sleep-action" && k8s && compareVersions(k8s, "1.30") < 0) {
    return { prov, unknown: `lifecycle.preStop.sleep needs Kubernetes 1.30 or later (1.29 only behind the PodLifecycleSleepAction gate); on ${k8s} it does not run` };
  }
  return d.atLeast ? { seconds: d.seconds, atLeast: true, atLeastWhy: d.why, prov } : { seconds: d.seconds, prov };
}
function maxPreStop(w, containers, k8s) {
  let best = noHook();
  let bounded = false;
  for (const c of containers) {
    if (c.init) continue;
    const t = hookTiming(w, c, k8s);
    if (!t) continue;
    if (t.unknown !== void 0) return t;
    bounded ||= Boolean(t.atLeast);
    if ((t.seconds ?? 0) > (best.seconds ?? 0)) best = t;
  }
  return bounded && !best.atLeast ? { ...best, atLeast: true, atLeastWhy: "the preStop of another app container runs longer than its sleeps, for an unknown time" } : best;
}
function exactOnly(t) {
  if (!t.atLeast || t.seconds === void 0) return t;
  return { prov: t.prov, unknown: t.atLeastWhy ?? `the preStop takes at least ${formatSeconds(t.seconds)}, how much longer is unknown` };
}
function globalPreStop(inv, revision) {
  const g = inv.globalLifecycles.filter((l) => l.revision === revision).pop();
  if (!g || !isRecord(g.value)) return noHook();
  const d = preStopDuration(g.value["preStop"]);
  if (!d) return noHook();
  const prov = { level: "mesh", source: `values.global.proxy.lifecycle (${g.label})`, ref: { view: g.ref.view, path: g.ref.path.concat("preStop") } };
  if ("unknown" in d) return { prov, unknown: d.unknown };
  return d.atLeast ? { seconds: d.seconds, atLeast: true, atLeastWhy: d.why, prov } : { seconds: d.seconds, prov };
}

// src/istio/validate.ts
var PROXY_CONFIG = validateProxyConfig;
var MESH_CONFIG = validateMeshConfig;
function validateProxyConfig2(view, path10, value) {
  return PROXY_CONFIG(value) ? [] : toProblems(PROXY_CONFIG.errors ?? [], view, path10, value);
}
function validateMeshConfig2(view, path10, value) {
  return MESH_CONFIG(value) ? [] : toProblems(MESH_CONFIG.errors ?? [], view, path10, value);
}
function toProblems(errors, view, base3, root) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const err of errors) {
    const segs = err.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    const key = segs.join("/");
    if (seen.has(key)) continue;
    seen.add(key);
    let value = root;
    for (const s of segs) value = value?.[s];
    const inMetadata = segs.length >= 2 && /^proxy_?[mM]etadata$/.test(segs[segs.length - 2]);
    const field = inMetadata ? segs[segs.length - 1] : segs[segs.length - 1] ?? "";
    let kind;
    let expected;
    if (inMetadata) {
      kind = "metadata-not-string";
      expected = "string";
    } else if (err.keyword === "format" && err.params.format === "drain-duration" && typeof value === "string" && parseGoDuration(value) !== void 0) {
      kind = "bad-drain-duration";
      expected = "a whole number of seconds, at least 1s";
    } else if (err.keyword === "format" || /-duration$/.test(err.parentSchema?.format ?? "")) {
      kind = "bad-duration";
      expected = "a Go duration string";
    } else if (err.keyword === "enum") {
      kind = "bad-enum";
      expected = `one of ${err.params.allowedValues.filter((v) => typeof v === "string").join(", ")}`;
    } else if (err.keyword === "pattern") {
      kind = "wrong-type";
      expected = "integer";
    } else {
      kind = "wrong-type";
      const t = err.params.type;
      expected = t === void 0 ? err.keyword : (Array.isArray(t) ? t : String(t).split(",")).filter((x) => x !== "null").join(",");
    }
    out.push({ kind, ref: { view, path: [...base3, ...segs] }, field, value, expected });
  }
  return out;
}

// src/domain/traffic.ts
function trafficLifetime(w, inv, config) {
  const found = selectingServices(w, inv, config).flatMap((svc) => boundsOf(svc, inv, config));
  if (found.length === 0) return void 0;
  const best = found.reduce((a, b) => b.seconds > a.seconds ? b : a);
  return { value: best.seconds, prov: { level: "traffic", source: best.what, ref: { view: best.res.view, path: best.res.base.concat(best.path) } } };
}
function selectingServices(w, inv, config) {
  const list = inv.servicesByNamespace.get(w.effectiveNamespace ?? "");
  if (!list) return [];
  const byPair = selectorIndex(inv, list);
  const at = /* @__PURE__ */ new Set();
  for (const [k, v] of Object.entries(w.podLabels)) for (const i of byPair.get(pairKey(k, v)) ?? []) at.add(i);
  return [...at].sort((a, b) => a - b).map((i) => list[i]).filter((svc) => selects(svc, w, config));
}
function selectorIndex(inv, list) {
  let index = inv.lookups.servicesBySelectorPair.get(list);
  if (index) return index;
  index = /* @__PURE__ */ new Map();
  for (let i = 0; i < list.length; i++) {
    const selector = get(list[i].value, ["spec", "selector"]);
    const first = isRecord(selector) ? Object.entries(selector)[0] : void 0;
    if (!first) continue;
    const key = pairKey(first[0], first[1]);
    const at = index.get(key);
    if (at) at.push(i);
    else index.set(key, [i]);
  }
  inv.lookups.servicesBySelectorPair.set(list, index);
  return index;
}
function pairKey(k, v) {
  return `${k}\0${typeof v}\0${String(v)}`;
}
function routesNaming(inv, name) {
  if (!name) return [];
  let index = inv.lookups.routesByHost;
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const res of inv.routes) {
      for (const host of new Set(routeHosts(res).map((h) => h.split(".")[0]))) {
        const at = index.get(host);
        if (at) at.push(res);
        else index.set(host, [res]);
      }
    }
    inv.lookups.routesByHost = index;
  }
  return index.get(name) ?? [];
}
function routeHosts(res) {
  const spec = res.value["spec"];
  if (!isRecord(spec)) return [];
  if (res.kind === "DestinationRule") return typeof spec["host"] === "string" ? [spec["host"]] : [];
  if (!Array.isArray(spec["http"])) return [];
  const hosts = [];
  for (const route of spec["http"]) {
    if (!isRecord(route) || !Array.isArray(route["route"])) continue;
    for (const d of route["route"]) {
      const host = isRecord(d) ? get(d, ["destination", "host"]) : void 0;
      if (typeof host === "string") hosts.push(host);
    }
  }
  return hosts;
}
function boundsOf(svc, inv, config) {
  const hit = inv.lookups.trafficBounds.get(svc);
  if (hit) return hit;
  const found = [];
  const routesTo = (host, res) => typeof host === "string" && hostMatches(host, svc.name, nsOf(svc, config), nsOf(res, config));
  for (const res of routesNaming(inv, svc.name)) {
    const spec = res.value["spec"];
    if (!isRecord(spec)) continue;
    if (res.kind === "VirtualService" && Array.isArray(spec["http"])) {
      spec["http"].forEach((route, i) => {
        if (!isRecord(route) || !Array.isArray(route["route"])) return;
        if (!route["route"].some((d) => isRecord(d) && routesTo(get(d, ["destination", "host"]), res))) return;
        push(found, route["timeout"], res, ["spec", "http", i, "timeout"], `timeout of ${resourceName(res)} http[${i}]`);
      });
    }
    if (res.kind === "DestinationRule" && routesTo(spec["host"], res)) {
      const policies = [[spec["trafficPolicy"], ["spec", "trafficPolicy"], ""]];
      if (Array.isArray(spec["subsets"])) {
        spec["subsets"].forEach((s, i) => {
          if (isRecord(s)) policies.push([s["trafficPolicy"], ["spec", "subsets", i, "trafficPolicy"], ` subset ${String(s["name"] ?? i)}`]);
        });
      }
      for (const [policy, base3, subset] of policies) {
        if (!isRecord(policy)) continue;
        const pools = [[policy["connectionPool"], base3.concat("connectionPool"), ""]];
        if (Array.isArray(policy["portLevelSettings"])) {
          policy["portLevelSettings"].forEach((p, i) => {
            if (isRecord(p)) pools.push([p["connectionPool"], base3.concat("portLevelSettings", i, "connectionPool"), ` port ${String(get(p, ["port", "number"]) ?? i)}`]);
          });
        }
        for (const [pool, poolPath, port2] of pools) {
          if (!isRecord(pool)) continue;
          for (const proto of ["http", "tcp"]) {
            push(found, get(pool, [proto, "maxConnectionDuration"]), res, poolPath.concat(proto, "maxConnectionDuration"), `${proto}.maxConnectionDuration of ${resourceName(res)}${subset}${port2}`);
          }
        }
      }
    }
  }
  inv.lookups.trafficBounds.set(svc, found);
  return found;
}
function push(found, raw, res, path10, what) {
  if (typeof raw !== "string") return;
  const secs = parseGoDuration(raw);
  if (secs === void 0 || secs <= 0) return;
  found.push({ seconds: secs, res, path: path10, what });
}
function nsOf(res, config) {
  return res.namespace ?? config.defaultNamespace;
}
function selects(svc, w, config) {
  const selector = get(svc.value, ["spec", "selector"]);
  if (!isRecord(selector) || Object.keys(selector).length === 0) return false;
  if (nsOf(svc, config) !== w.effectiveNamespace) return false;
  return Object.entries(selector).every(([k, v]) => w.podLabels[k] === v);
}
function hostMatches(host, name, svcNs, resNs) {
  if (!name) return false;
  const parts = host.split(".");
  if (parts.length === 1) return host === name && resNs === svcNs;
  return parts[0] === name && svcNs !== void 0 && parts[1] === svcNs && (parts.length === 2 || parts[2] === "svc");
}

// src/domain/removed.ts
var TDDS_REMOVED = "1.10";
var TDD_FIELD_SINCE = "1.7";
var PSD_REMOVED = "1.17";
var FLAGS_REMOVED = "1.6";
function removedIn(version, removed) {
  return !version || compareVersions(version, removed) >= 0;
}
function isParentShutdownKey(key) {
  return key === "parentShutdownDuration" || key === "parent_shutdown_duration";
}
function reportedAsRemoved(key, version) {
  if (key === TDDS) return removedIn(version, TDDS_REMOVED);
  if (isParentShutdownKey(key)) return removedIn(version, PSD_REMOVED);
  return false;
}
var PROXY_IMAGE = /(^|\/)(proxyv2|proxy_debug)(:|@|$)/;
var SHELLS2 = /* @__PURE__ */ new Set(["sh", "bash", "ash", "dash", "zsh", "ksh"]);
var base2 = (p) => p.slice(p.lastIndexOf("/") + 1);
var strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
function runsPilotAgentProxy(c) {
  const command = strings(c.value["command"]);
  const args = strings(c.value["args"]);
  const subcommand = (argv2) => argv2.find((a) => !a.startsWith("-"));
  if (command.length > 0) {
    const i = command.findIndex((a) => base2(a) === "pilot-agent");
    if (i >= 0) return subcommand([...command.slice(i + 1), ...args]) === "proxy";
    if (SHELLS2.has(base2(command[0]))) return [...command, ...args].some((a) => /(^|[\s/;&|])pilot-agent\s+proxy\b/.test(a));
    return false;
  }
  const image = c.value["image"];
  const proxyImage = typeof image === "string" && (PROXY_IMAGE.test(image) || image === "auto");
  return proxyImage && subcommand(args) === "proxy";
}

// src/domain/proxy-configs.ts
function oldest(list) {
  return [...list].sort((a, b) => (a.creationTimestamp && b.creationTimestamp ? a.creationTimestamp.localeCompare(b.creationTimestamp) : 0) || a.order - b.order)[0];
}
function labelsMatch(selector, labels) {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}

// src/domain/lifetime.ts
function declared(w, annotation, rules, key, derived) {
  const raw = w.podAnnotations[annotation];
  if (raw !== void 0 && raw !== null) {
    const secs = typeof raw === "string" ? parseGoDuration(raw) : void 0;
    if (secs !== void 0) return { value: secs, prov: { level: "annotation", source: `${annotation} annotation`, ref: { view: w.view, path: w.annotationsPath.concat(annotation) } } };
    return void 0;
  }
  const hit = rules?.workloads.find((e) => e.matches(w));
  if (hit) return { value: hit.seconds, prov: { level: "config", source: `${key}.workloads[${hit.index}] in the config file`, ref: hit.ref } };
  const fromTraffic = derived?.();
  if (fromTraffic) return fromTraffic;
  if (rules?.default !== void 0) return { value: rules.default.seconds, prov: { level: "config", source: `${key}.default in the config file`, ref: rules.default.ref } };
  return void 0;
}
function shadowedDeclarations(w, winner, rules, key, derived) {
  if (!winner) return [];
  const hit = rules?.workloads.find((e) => e.matches(w));
  const candidates = [
    hit ? { value: hit.seconds, prov: { level: "config", source: `${key}.workloads[${hit.index}] in the config file`, ref: hit.ref } } : void 0,
    winner.prov.level === "annotation" || winner.prov.level === "config" ? derived?.() : void 0,
    rules?.default !== void 0 ? { value: rules.default.seconds, prov: { level: "config", source: `${key}.default in the config file`, ref: rules.default.ref } } : void 0
  ];
  const rank2 = (v) => v.prov.level === "annotation" ? 0 : v.prov.source.includes(".workloads[") ? 1 : v.prov.level === "traffic" ? 2 : 3;
  return candidates.filter((v) => v !== void 0 && rank2(v) > rank2(winner));
}

// src/resolve.ts
var LEVEL_RANK = {
  default: 0,
  config: 1,
  traffic: 1,
  mesh: 2,
  "root-proxyconfig": 3,
  "namespace-proxyconfig": 4,
  annotation: 5,
  "selector-proxyconfig": 6,
  "proxy-container": 7,
  "pod-spec": 8
};
function levelRank(p) {
  return LEVEL_RANK[p.level];
}
function drainsClassically(rw) {
  return rw.grace.value !== void 0 && !rw.admissionDenied && rw.timeline.path === "classic";
}
function classicDrainRuns(rw) {
  return rw.grace.value !== void 0 && !rw.admissionDenied && (rw.timeline.path === "classic" || rw.timeline.path === "native-without-drain-hook");
}
function mostSpecificSetting(involved) {
  const set = involved.filter((v) => v.prov.level !== "default" && v.prov.ref);
  if (set.length === 0) return void 0;
  return set.reduce((a, b) => levelRank(b.prov) > levelRank(a.prov) ? b : a);
}
function resolveRun(inv, versions = {}) {
  const meshProblems = /* @__PURE__ */ new Map();
  for (const m of inv.meshSources) meshProblems.set(m, m.embedError ? [] : validateMeshConfig2(m.view, m.path, m.value));
  return { meshProblems, meshPresent: inv.meshSources.length > 0 || inv.istioOperators.length > 0, meshByRevision: /* @__PURE__ */ new Map(), discardedByRevision: /* @__PURE__ */ new Map(), versions };
}
function targetConfig(inv, config) {
  const versions = targetVersions(config, inv.versionSignals.values());
  return { config: { ...config, istioVersion: versions.istio?.value, kubernetesVersion: versions.kubernetes?.value }, versions };
}
function meshFor(revision, inv, run) {
  let list = run.meshByRevision.get(revision);
  if (!list) {
    list = meshSourcesFor(inv, revision).filter((m) => !discarded(m, inv, run.meshProblems));
    run.meshByRevision.set(revision, list);
  }
  return list;
}
function resolveWorkload(w, inv, config, run) {
  const istio = config.istioVersion;
  const k8s = config.kubernetesVersion;
  const revision = revisionOf(w, inv);
  const meshSources = meshFor(revision, inv, run);
  const annotation = annotationState(w);
  const unapplied = [];
  const settings = foldLayers(precedence(w, inv, meshSources, annotation.admissionDenied, istio, unapplied), istio, unapplied);
  const { tdd, dd, env: proxyEnv, replaced } = settings;
  const { ez, min } = drainEnv(proxyEnv, istio, unapplied);
  unapplied.push(...discardedMeshValues(inv, revision, meshSources, run), ...appContainerDrainEnv(w));
  const grace = graceOf(w, config);
  const proxy = proxyContainer(w);
  const appPreStop = maxPreStop(w, w.containers.filter((c) => c.name !== PROXY_CONTAINER), k8s);
  const containerPreStops = /* @__PURE__ */ new Map();
  for (const c of w.containers) {
    const t = hookTiming(w, c, k8s);
    if (t) containerPreStops.set(c.name, t);
  }
  const proxyPreStop = exactOnly((proxy && hookTiming(w, proxy, k8s)) ?? globalPreStop(inv, revision));
  const mode = proxyMode(w, inv, config);
  const sidecar = sidecarStatus(w, inv, config, run.meshPresent);
  const gateway = isGateway(w);
  const lifetime = declared(w, LIFETIME_ANNOTATION, config.connectionLifetime, "connectionLifetime", () => trafficLifetime(w, inv, config));
  const shutdown = declared(w, SHUTDOWN_ANNOTATION, config.shutdownDuration, "shutdownDuration");
  unapplied.push(...undeclared(w, lifetime, LIFETIME_ANNOTATION, "connection lifetime"), ...undeclared(w, shutdown, SHUTDOWN_ANNOTATION, "shutdown duration"));
  for (const [setting, winner, lower] of [
    ["connection lifetime", lifetime, shadowedDeclarations(w, lifetime, config.connectionLifetime, "connectionLifetime", () => trafficLifetime(w, inv, config))],
    ["shutdown duration", shutdown, shadowedDeclarations(w, shutdown, config.shutdownDuration, "shutdownDuration")]
  ]) {
    for (const v of lower) unapplied.push({ setting, written: formatSeconds(v.value), prov: v.prov, status: "overridden", why: `overridden by the ${winner.prov.source}` });
  }
  const path10 = proxyPath({ workload: w, mode }, sidecar, inv, istio);
  return {
    workload: w,
    sidecar,
    gateway,
    mode,
    replacedByProxyConfigEnv: replaced,
    grace,
    graceOptOut: grace.value === 0,
    tdd,
    dd,
    proxyEnv,
    ez,
    min,
    appPreStop,
    proxyPreStop,
    containerPreStops,
    lifetime,
    shutdown,
    timeline: computeTimeline({ path: path10, gateway, grace, tdd, dd, ez, min, appPreStop, proxyPreStop, lifetime, shutdown }),
    admissionDenied: annotation.admissionDenied,
    annotationProblems: annotation.problems,
    meshSources,
    unapplied
  };
}
function annotationState(w) {
  const ann = w.proxyConfigAnnotation;
  const value = ann?.view?.value;
  const problems = ann?.view && isRecord(value) ? validateProxyConfig2(ann.view, [], value) : [];
  const notMapping = ann?.view !== void 0 && !isRecord(value) && value !== null && value !== void 0;
  return { admissionDenied: Boolean(ann && (ann.error || problems.length > 0 || notMapping)), problems };
}
function precedence(w, inv, meshSources, admissionDenied, istio, unapplied) {
  const layers = [];
  for (const m of meshSources) {
    for (const [key, dc] of fieldsOf(m.value, "defaultConfig")) {
      layers.push(proxyConfigLayer("mesh", dc, (p) => ({ level: "mesh", source: `mesh config in ${m.label}`, ref: { view: m.view, path: m.path.concat(key, ...p) } })));
    }
  }
  const crsHonoured = istio === void 0 || compareVersions(istio, "1.13") >= 0;
  const rootNs = rootNamespace(meshSources);
  const ns = w.effectiveNamespace;
  const cr = (level, pick) => {
    if (pick && crsHonoured) layers.push(proxyConfigResourceLayer(level, pick));
    else if (pick) unapplied.push(...ignoreLayer(proxyConfigResourceLayer(level, pick), `Istio ${istio} ignores ProxyConfig resources (honoured from 1.13)`));
  };
  cr("root-proxyconfig", oldest(proxyConfigsIn(inv, rootNs).filter((p) => !p.selector)));
  if (ns && ns !== rootNs) cr("namespace-proxyconfig", oldest(proxyConfigsIn(inv, ns).filter((p) => !p.selector)));
  const snapshot = userProxyConfig(w);
  if (snapshot) {
    const at = () => ({ level: "proxy-container", source: `PROXY_CONFIG of the ${PROXY_CONTAINER} container`, ref: snapshot.ref });
    const layer = proxyConfigLayer("proxy-container", withoutMetadata(snapshot.value), at);
    unapplied.push(...ignoreLayer(proxyConfigLayer("proxy-container", onlyMetadata(snapshot.value), at), "the proxyMetadata inside PROXY_CONFIG never becomes istio-proxy env"));
    layers.push({ ...layer, resetsFields: `default (PROXY_CONFIG of the ${PROXY_CONTAINER} container replaces the mesh config)` });
  }
  const ann = w.proxyConfigAnnotation?.view;
  const annAt = (p) => ({ level: "annotation", source: `${PROXY_CONFIG_ANNOTATION} annotation`, ref: { view: ann, path: p } });
  if (ann && !admissionDenied) {
    const value = w.annotationMetadataRendered ? ann.value : withoutMetadata(ann.value);
    if (!w.annotationMetadataRendered) unapplied.push(...ignoreLayer(proxyConfigLayer("annotation", onlyMetadata(ann.value), annAt), "this gateway is not injected, so the proxyMetadata of its annotation never becomes istio-proxy env"));
    layers.push(proxyConfigLayer("annotation", value, annAt));
  } else if (ann) {
    unapplied.push(...ignoreLayer(proxyConfigLayer("annotation", ann.value, annAt), `admission denies the pod: its ${PROXY_CONFIG_ANNOTATION} annotation does not parse or validate`));
  }
  if (ns) cr("selector-proxyconfig", oldest(proxyConfigsIn(inv, ns).filter((p) => p.selector && labelsMatch(p.selector, w.podLabels))));
  layers.push(containerEnvLayer(w));
  return layers;
}
function proxyConfigsIn(inv, ns) {
  let index = inv.lookups.proxyConfigsByNamespace;
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const p of inv.proxyConfigs) {
      const list = index.get(p.namespace);
      if (list) list.push(p);
      else index.set(p.namespace, [p]);
    }
    inv.lookups.proxyConfigsByNamespace = index;
  }
  return index.get(ns) ?? [];
}
function proxyConfigLayer(level, pc, at) {
  if (!isRecord(pc)) return { level };
  const layer = { level, fields: { mapping: pc, at } };
  const direct = [EZ, MIN].filter((name) => name in pc);
  if (direct.length > 0) layer.dropped = direct.map((name) => ({ setting: name, written: shownValue(pc[name]), prov: at([name]), status: "ignored", why: "istiod drops it, an unknown ProxyConfig key: it belongs under proxyMetadata" }));
  const entries = {};
  const where = /* @__PURE__ */ new Map();
  for (const [key, md] of PROXY_METADATA_KEYS.flatMap((k) => isRecord(pc[k]) ? [[k, pc[k]]] : [])) {
    for (const [name, value] of Object.entries(md)) {
      entries[name] = value;
      where.set(name, key);
    }
  }
  if (where.size > 0) layer.metadata = { entries, at: (name) => at([where.get(name), name]) };
  return layer;
}
function proxyConfigResourceLayer(level, pick) {
  const env = get(pick.value, ["spec", "environmentVariables"]);
  const source = crLabel(pick);
  return isRecord(env) ? { level, metadata: { entries: env, at: (name) => ({ level, source, ref: { view: pick.view, path: pick.base.concat("spec", "environmentVariables", name) } }) } } : { level };
}
function containerEnvLayer(w) {
  const proxy = proxyContainer(w);
  const env = [];
  if (proxy && Array.isArray(proxy.value["env"])) {
    const source = w.origin === "iop-gateway" ? "k8s.env of the IstioOperator gateway" : w.origin === "gateway-values" ? "env in the gateway chart values" : `env of the ${PROXY_CONTAINER} container`;
    proxy.value["env"].forEach((e, i) => {
      if (isRecord(e) && typeof e["name"] === "string" && (typeof e["value"] === "string" || e["value"] === void 0 || e["value"] === null) && !("valueFrom" in e)) {
        env.push({ name: e["name"], value: typeof e["value"] === "string" ? e["value"] : "", prov: { level: "proxy-container", source, ref: { view: w.view, path: proxy.path.concat("env", i, "value") } } });
      }
    });
  }
  return { level: "proxy-container", env };
}
function foldLayers(layers, istio, unapplied) {
  const dflt = (source = "default") => ({ level: "default", source });
  let tdd = { value: DEFAULT_TDD, prov: dflt() };
  let dd = { value: DEFAULT_DD, prov: dflt() };
  let replaced;
  const env = /* @__PURE__ */ new Map();
  const replacesMetadata = istio !== void 0 && compareVersions(istio, "1.11") < 0;
  const raws = /* @__PURE__ */ new Map();
  const overridden = (setting, previous, why2) => {
    if (previous.prov.level !== "default") unapplied.push({ setting, written: raws.get(previous) ?? shownValue(previous.value), prov: previous.prov, status: "overridden", why: why2 });
  };
  const drainEnv3 = (name) => DRAIN_ENV.has(name);
  for (const layer of layers) {
    unapplied.push(...layer.dropped ?? []);
    if (layer.resetsFields) {
      replaced = { tdd, dd };
      overridden("terminationDrainDuration", tdd, `replaced by the ${layer.resetsFields.replace(/^default \((.*) replaces the mesh config\)$/, "$1")}, which starts again from the defaults`);
      overridden("drainDuration", dd, `replaced by the ${layer.resetsFields.replace(/^default \((.*) replaces the mesh config\)$/, "$1")}, which starts again from the defaults`);
      tdd = { value: DEFAULT_TDD, prov: dflt(layer.resetsFields) };
      dd = { value: DEFAULT_DD, prov: dflt(layer.resetsFields) };
    }
    if (layer.fields) {
      const { mapping, at } = layer.fields;
      const fields = [
        ["terminationDrainDuration", () => tdd, (v) => tdd = v],
        ["drainDuration", () => dd, (v) => dd = v]
      ];
      for (const [field, current, set] of fields) {
        for (const [key, raw] of fieldsOf(mapping, field)) {
          const secs = typeof raw === "string" ? parseGoDuration(raw) : void 0;
          const prov = at([key]);
          if (secs === void 0) {
            unapplied.push({ setting: field, written: shownValue(raw), prov, status: "ignored", why: "it is not a Go duration string" });
            continue;
          }
          overridden(field, current(), `overridden by the ${prov.source}`);
          const v = { value: secs, prov };
          raws.set(v, shownValue(raw));
          set(v);
        }
      }
    }
    if (layer.metadata) {
      if (replacesMetadata) {
        for (const [name, v] of env) if (drainEnv3(name)) overridden(name, v, `before Istio 1.11 the proxyMetadata of the ${layer.metadata.at(name).source} replaces the whole map`);
        env.clear();
      }
      for (const [name, value] of Object.entries(layer.metadata.entries)) {
        if (typeof value !== "string") continue;
        const prov = layer.metadata.at(name);
        const previous = env.get(name);
        if (previous && drainEnv3(name)) overridden(name, previous, value === "" ? `unset by "" in the ${prov.source}` : `overridden by the ${prov.source}`);
        if (value === "") env.delete(name);
        else env.set(name, { value, prov });
      }
    }
    for (const e of layer.env ?? []) {
      const previous = env.get(e.name);
      if (previous && drainEnv3(e.name)) overridden(e.name, previous, `overridden by the ${e.prov.source}`);
      env.set(e.name, { value: e.value, prov: e.prov });
    }
  }
  const tdds = env.get(TDDS);
  const read = istio !== void 0 && compareVersions(istio, TDDS_REMOVED) < 0;
  if (read && compareVersions(istio, TDD_FIELD_SINCE) < 0) {
    overridden("terminationDrainDuration", tdd, `Istio ${istio} has no terminationDrainDuration field (added in ${TDD_FIELD_SINCE}); ${TDDS} sets the drain`);
    tdd = { value: DEFAULT_TDD, prov: dflt(`default: Istio ${istio} has no terminationDrainDuration field, ${TDDS} sets it`) };
  }
  if (tdds && read && /^\d+$/.test(tdds.value.trim())) {
    overridden("terminationDrainDuration", tdd, `Istio ${istio} reads ${TDDS} instead`);
    tdd = { value: Number(tdds.value.trim()), prov: tdds.prov };
  } else if (tdds) {
    const why2 = !/^\d+$/.test(tdds.value.trim()) ? "it is not a whole number of seconds" : istio ? `Istio ${istio} does not read it` : "Istio 1.10 and later do not read it";
    unapplied.push({ setting: TDDS, written: tdds.value, prov: tdds.prov, status: "ignored", why: why2 });
  }
  return { tdd, dd, env, replaced };
}
var DRAIN_ENV = /* @__PURE__ */ new Set([EZ, MIN, TDDS]);
function shownValue(raw) {
  return typeof raw === "string" ? raw : raw === void 0 ? "" : JSON.stringify(raw);
}
function ignoreLayer(layer, why2) {
  const out = [];
  if (layer.fields) {
    for (const field of ["terminationDrainDuration", "drainDuration"]) {
      for (const [key, raw] of fieldsOf(layer.fields.mapping, field)) out.push({ setting: field, written: shownValue(raw), prov: layer.fields.at([key]), status: "ignored", why: why2 });
    }
  }
  for (const [name, value] of Object.entries(layer.metadata?.entries ?? {})) {
    if (DRAIN_ENV.has(name)) out.push({ setting: name, written: shownValue(value), prov: layer.metadata.at(name), status: "ignored", why: why2 });
  }
  return out;
}
function discardedMeshValues(inv, revision, kept, run) {
  const hit = run.discardedByRevision.get(revision);
  if (hit) return hit;
  const out = [];
  run.discardedByRevision.set(revision, out);
  for (const m of meshSourcesFor(inv, revision)) {
    if (kept.includes(m)) continue;
    for (const [key, dc] of fieldsOf(m.value, "defaultConfig")) {
      const layer = proxyConfigLayer("mesh", dc, (p) => ({ level: "mesh", source: `mesh config in ${m.label}`, ref: { view: m.view, path: m.path.concat(key, ...p) } }));
      out.push(...ignoreLayer(layer, "istiod discards this whole mesh config: it holds a value of the wrong type or format"));
    }
  }
  return out;
}
function appContainerDrainEnv(w) {
  const out = [];
  for (const c of w.containers) {
    if (c.name === PROXY_CONTAINER || !Array.isArray(c.value["env"])) continue;
    c.value["env"].forEach((e, i) => {
      if (!isRecord(e) || typeof e["name"] !== "string" || !DRAIN_ENV.has(e["name"])) return;
      const prov = { level: "pod-spec", source: `env of container ${c.name}`, ref: { view: w.view, path: c.path.concat("env", i, "value") } };
      out.push({ setting: e["name"], written: shownValue(e["value"]), prov, status: "ignored", why: `pilot-agent reads only the env of the ${PROXY_CONTAINER} container` });
    });
  }
  return out;
}
function undeclared(w, declaredValue, annotation, setting) {
  const raw = w.podAnnotations[annotation];
  if (declaredValue || raw === void 0 || raw === null) return [];
  const prov = { level: "annotation", source: `${annotation} annotation`, ref: { view: w.view, path: w.annotationsPath.concat(annotation) } };
  return [{ setting, written: shownValue(raw), prov, status: "ignored", why: "it is not a Go duration string, so drainlint leaves the value unknown" }];
}
function drainEnv(env, istio, unapplied) {
  const ezRaw = env.get(EZ);
  const ezSupported = !istio || compareVersions(istio, "1.12") >= 0;
  if (ezRaw && !ezSupported) unapplied.push({ setting: EZ, written: ezRaw.value, prov: ezRaw.prov, status: "ignored", why: `Istio ${istio} predates it (added in 1.12)` });
  else if (ezRaw && parseGoBool(ezRaw.value) === void 0) unapplied.push({ setting: EZ, written: ezRaw.value, prov: ezRaw.prov, status: "ignored", why: "Go's strconv.ParseBool rejects it, so pilot-agent reads false" });
  const ez = ezRaw ? { value: ezSupported && parseGoBool(ezRaw.value) === true, prov: ezRaw.prov } : { value: false, prov: { level: "default", source: "default" } };
  const minRaw = env.get(MIN);
  const minSecs = minRaw ? parseGoDuration(minRaw.value) : void 0;
  if (minRaw && minSecs === void 0) unapplied.push({ setting: MIN, written: minRaw.value, prov: minRaw.prov, status: "ignored", why: "it is not a Go duration, so pilot-agent falls back to 5s" });
  const min = minRaw && minSecs !== void 0 ? { value: minSecs, prov: minRaw.prov } : { value: DEFAULT_MIN, prov: { level: "default", source: minRaw ? `default (${MIN} "${minRaw.value}" is not a duration)` : "default" } };
  return { ez, min };
}
function withoutMetadata(value) {
  return isRecord(value) ? Object.fromEntries(Object.entries(value).filter(([k]) => !PROXY_METADATA_KEYS.includes(k))) : value;
}
function onlyMetadata(value) {
  return isRecord(value) ? Object.fromEntries(Object.entries(value).filter(([k]) => PROXY_METADATA_KEYS.includes(k))) : value;
}
function userProxyConfig(w) {
  const proxy = proxyContainer(w);
  const env = proxy && Array.isArray(proxy.value["env"]) ? proxy.value["env"] : [];
  const i = env.findIndex((e) => isRecord(e) && e["name"] === "PROXY_CONFIG" && typeof e["value"] === "string");
  if (i < 0 || !proxy) return void 0;
  const ref = { view: w.view, path: proxy.path.concat("env", i, "value") };
  const parsed = parseEmbedded(ref);
  return parsed.view ? { value: parsed.view.value, ref } : void 0;
}
function proxyPath(rw, sidecar, inv, istio) {
  if (sidecar.status === "none") return "none";
  if (!nativeEffective(rw, istio)) return "classic";
  return drainHookLoss(rw, inv, istio) ? "native-without-drain-hook" : "native";
}

// src/rule.ts
function docsUrl(id) {
  return `${HOMEPAGE}/blob/main/rules/${id}/README.md`;
}
function defineRule(def) {
  return { meta: { ...def.meta, docsUrl: docsUrl(def.meta.id) }, create: def.create };
}
function descriptor(rule) {
  const { id, severity, description, help, fixable, docsUrl: url } = rule.meta;
  return { id, severity, description, help, fixable, docsUrl: url };
}

// src/domain/written.ts
var import_yaml7 = __toESM(require_dist(), 1);
function scalarAt(ref) {
  const { node, depth } = walk(ref.view.doc, ref.path);
  return depth === ref.path.length && (0, import_yaml7.isScalar)(node) ? node : void 0;
}
function written(ref, value) {
  const node = scalarAt(ref);
  if (typeof value === "string") {
    if (node?.type === import_yaml7.Scalar.PLAIN && value !== "") return value;
    if (node?.type === import_yaml7.Scalar.QUOTE_SINGLE) return `'${value}'`;
    return JSON.stringify(value);
  }
  if (node && typeof node.source === "string" && node.source !== "") return node.source;
  if (value !== null && typeof value === "object") return JSON.stringify(value);
  return String(value);
}
function yamlType(value) {
  if (typeof value === "boolean") return "a YAML boolean";
  if (typeof value === "number" || typeof value === "bigint") return "a YAML number";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a YAML timestamp";
  if (value !== null && typeof value === "object") return "a mapping";
  return "null";
}

// src/domain/drain-cover.ts
var DEFAULT = { level: "default", source: "default" };
function defaultDrain() {
  return { tdd: { value: DEFAULT_TDD, prov: DEFAULT }, dd: { value: DEFAULT_DD, prov: DEFAULT }, ez: { value: false, prov: DEFAULT }, min: { value: DEFAULT_MIN, prov: DEFAULT } };
}
function workloadDrain(rw) {
  return { tdd: rw.tdd, dd: rw.dd, ez: rw.ez, min: rw.min };
}
function fixedSeconds(v, whole = false) {
  const s = suggestDuration(v, whole);
  return s === void 0 ? void 0 : parseGoDuration(s);
}
function drainIn(pc, base3, at) {
  if (!isRecord(pc)) return base3;
  const out = { ...base3 };
  const dur = (camel, whole) => {
    let found;
    for (const [key, v] of fieldsOf(pc, camel)) {
      const secs = fixedSeconds(v, whole);
      if (secs === void 0) continue;
      found = { value: secs, prov: at([key]) };
      if (whole) out.ddMalformed = typeof v !== "string" || parseGoDuration(v) !== secs;
    }
    return found;
  };
  out.tdd = dur("terminationDrainDuration", false) ?? out.tdd;
  out.dd = dur("drainDuration", true) ?? out.dd;
  for (const mdKey of PROXY_METADATA_KEYS) {
    const md = pc[mdKey];
    if (!isRecord(md)) continue;
    const ez = typeof md[EZ] === "boolean" ? md[EZ] : typeof md[EZ] === "string" ? parseGoBool(md[EZ]) : void 0;
    if (ez !== void 0) out.ez = { value: ez, prov: at([mdKey, EZ]) };
    const min = fixedSeconds(md[MIN]);
    if (min !== void 0) out.min = { value: min, prov: at([mdKey, MIN]) };
  }
  return out;
}
function provAt(source, level, ref) {
  return (path10) => ({ level, source, ref: ref(path10) });
}
function drainToCover(d) {
  return d.ez.value ? { label: MIN, v: d.min } : { label: "terminationDrainDuration", v: d.tdd };
}
function annotationDrain(rw) {
  const view = rw.workload.proxyConfigAnnotation?.view;
  if (!view) return workloadDrain(rw);
  return drainIn(view.value, workloadDrain(rw), provAt(`${PROXY_CONFIG_ANNOTATION} annotation`, "annotation", (path10) => ({ view, path: path10 })));
}
function meshDrain(m, dcPath, base3 = defaultDrain()) {
  return drainIn(get(m.view.value, dcPath), base3, provAt(`mesh config in ${m.label}`, "mesh", (path10) => ({ view: m.view, path: [...dcPath, ...path10] })));
}
function ezAssumed() {
  return { ...defaultDrain(), ez: { value: true, prov: { level: "default", source: "assumed" } } };
}
function proxyConfigDrain(view, envPath, source) {
  return drainIn({ proxyMetadata: get(view.value, envPath) }, ezAssumed(), provAt(source, "namespace-proxyconfig", (path10) => ({ view, path: [...envPath, ...path10.slice(1)] })));
}

// src/domain/drain-fit.ts
function drainStartOf(rw) {
  if (rw.timeline.path === "native-without-drain-hook") return rw.timeline.drainStart ?? 0;
  return rw.proxyPreStop.seconds ?? 0;
}
function proposedDrainEnd(rw, p) {
  return drainStartOf(rw) + p.wait + (p.ez ? EZ_POLL_SECONDS : 0);
}
function drainFit(rw, p, istioVersion) {
  const fit = {};
  const end = proposedDrainEnd(rw, p);
  const g = rw.grace.value;
  if (g !== void 0 && end > g) fit.grace = Math.ceil(end);
  const graceful = !istioVersion || compareVersions(istioVersion, "1.8") >= 0;
  if (graceful && p.wait > rw.dd.value) fit.drainDuration = Math.ceil(p.wait);
  return fit;
}
function proxyMustOutlive(rw) {
  const app = rw.timeline.appExit;
  const l = rw.lifetime?.value;
  if (app === void 0) return l;
  return l === void 0 ? app : Math.max(app, l);
}
function shorterDrain(rw, ez, istioVersion) {
  const g = rw.grace.value;
  if (g === void 0) return void 0;
  const late = rw.timeline.path === "native-without-drain-hook";
  if (late && (rw.timeline.drainStart === void 0 || rw.timeline.drainEndAtLeast)) return void 0;
  const pp = rw.proxyPreStop.seconds ?? 0;
  const graceful = !istioVersion || compareVersions(istioVersion, "1.8") >= 0;
  const most = Math.floor(Math.min(g - drainStartOf(rw) - (ez ? EZ_POLL_SECONDS : 0), graceful ? rw.dd.value : Infinity));
  if (most < 1) return void 0;
  if (rw.gateway || late) return most;
  if (ez) {
    const pa = rw.appPreStop.seconds;
    return pa !== void 0 && pp + most < pa ? void 0 : most;
  }
  const need = proxyMustOutlive(rw);
  return need !== void 0 && pp + most < need ? void 0 : most;
}
function drainDurationForGrace(rw, grace, istioVersion) {
  if (istioVersion && compareVersions(istioVersion, "1.8") < 0) return void 0;
  const tl = rw.timeline;
  if (rw.admissionDenied || tl.path !== "classic" && tl.path !== "native-without-drain-hook") return void 0;
  const start = tl.drainStart;
  if (start === void 0 || tl.drainEndAtLeast || rw.proxyPreStop.seconds === void 0) return void 0;
  const alive = Math.min(start + (rw.ez.value ? rw.min.value : rw.tdd.value), grace);
  return alive > start + rw.dd.value ? Math.ceil(alive - start) : void 0;
}

// src/describe.ts
function origin(prov) {
  if (prov.level === "default" || !prov.ref) return prov.source;
  const r = locate(prov.ref);
  return `${prov.source}, ${prov.ref.view.file.path}:${r.line}`;
}
function seconds(v, what) {
  const value = "value" in v ? v.value : v.seconds;
  const shown4 = value === void 0 ? "unknown" : formatSeconds(value);
  return `${shown4} (${what ? `${what}, ` : ""}${origin(v.prov)})`;
}
function proxyNoun(rw) {
  return rw.gateway ? "gateway" : "sidecar";
}
function classicNote(rw, target) {
  const versionsGiven = Boolean(target.istioVersion || target.kubernetesVersion);
  return rw.mode.value === "classic" && !versionsGiven && !rw.gateway && rw.mode.prov.level !== "annotation" ? " Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this." : "";
}
function atLeast(...values) {
  return Math.ceil(Math.max(...values.map((v) => v ?? 0)));
}
function relatedValues(entries) {
  const out = [];
  for (const [label2, v] of entries) {
    if (!v || !v.prov.ref) continue;
    const raw = "value" in v ? v.value : v.seconds;
    const shown4 = typeof raw === "number" ? formatSeconds(raw) : raw === void 0 ? "unknown" : String(raw);
    out.push({ message: `${label2} ${"atLeast" in v && v.atLeast ? "at least " : ""}${shown4} (${v.prov.source})`, ref: v.prov.ref });
  }
  return out;
}
function valueList(entries) {
  const parts = [];
  for (const [label2, v] of entries) {
    if (!v) continue;
    const raw = "value" in v ? v.value : v.seconds;
    const shown4 = typeof raw === "number" ? label2.endsWith("Seconds") ? String(raw) : formatSeconds(raw) : raw === void 0 ? "unknown" : String(raw);
    parts.push(`${label2} ${"atLeast" in v && v.atLeast ? "at least " : ""}${shown4} (${origin(v.prov)})`);
  }
  return parts.join("; ");
}
function graceWords(rw) {
  const g = rw.grace.value;
  return `${g ?? "unusable"}${rw.graceOptOut ? " (no graceful shutdown)" : rw.grace.prov.level === "default" ? " (default)" : ""}`;
}
function durationWords(v) {
  const value = "value" in v ? v.value : v.seconds;
  if (value === void 0) return "unknown";
  return `${"atLeast" in v && v.atLeast ? "at least " : ""}${formatSeconds(value)}`;
}
function helpNotes(rw, target, opts = {}) {
  const notes = [];
  const native = opts.native === false ? "" : classicNote(rw, target).trim();
  if (native) notes.push(native);
  if (rw.sidecar.status === "assumed") notes.push(`An injected sidecar is assumed: ${rw.sidecar.reason}.`);
  return notes.map((n) => `${n} `).join("");
}
function fitRaises(fit, where = "") {
  const out = [];
  if (fit.grace !== void 0) out.push(`terminationGracePeriodSeconds to at least ${fit.grace}${where}`);
  if (fit.drainDuration !== void 0) out.push(`drainDuration to at least ${formatSeconds(fit.drainDuration)}`);
  return out;
}
function alsoWords(items) {
  if (items.length === 0) return "";
  return items.length === 1 ? ` and ${items[0]}` : `, ${joinWords(items)}`;
}
function afterProxyPreStop(pp) {
  if (!pp.seconds) return "";
  return pp.atLeast ? ` after an istio-proxy preStop of at least ${formatSeconds(pp.seconds)}` : ` after a ${formatSeconds(pp.seconds)} istio-proxy preStop`;
}
function gatewayDrainCaveat(rw) {
  return behindLoadBalancer(rw) ? " if load balancers stop sending to the gateway by then" : "";
}
function assumedSentence(rw) {
  return rw.sidecar.status === "assumed" ? ` An injected sidecar is assumed: ${rw.sidecar.reason}.` : "";
}
function fact(label2, value, source, ref) {
  return [label2, { value, prov: { level: ref ? "pod-spec" : "default", source, ref } }];
}
function namespaceInjection(ns) {
  if (NS_INJECTION in ns.labels) return fact(NS_INJECTION, JSON.stringify(String(ns.labels[NS_INJECTION])), `label of Namespace ${ns.name}`, ns.injectionRef);
  return fact(`${NS_INJECTION} and ${REV} labels`, "unset", `Namespace ${ns.name}`, ns.labelsRef);
}
function sourceWords(prov) {
  if (prov.level === "default") return "the default";
  if (prov.level === "mesh") return "the mesh config";
  if (prov.level === "config") return "the drainlint config file";
  return /^[a-z]/.test(prov.source) && !prov.source.startsWith("the ") ? `the ${prov.source}` : prov.source;
}
function clip(text2, max = 40) {
  return text2.length <= max ? text2 : `${text2.slice(0, max - 1)}…`;
}
function durationFault(value) {
  if (typeof value !== "string") return `is ${yamlType(value)}, not a Go duration string`;
  if (value.trim() === "") return "is empty, not a Go duration";
  if (/^\s*[-+]?\d+(\.\d+)?\s*$/.test(value)) return "has no unit, so it is not a Go duration";
  if (parseGoDuration(value.trim().toLowerCase()) !== void 0) return "has an upper-case unit, so it is not a Go duration";
  return "is not a Go duration";
}
var GO_DURATION_FORMAT = 'A Go duration is a number with a lower-case unit (ns, us, ms, s, m or h), e.g. "1m30s".';
var PARSE_BOOL_VALUES = "true/false, True/False, TRUE/FALSE, t/f, T/F and 1/0";
function denialWords(rw) {
  if (rw.workload.origin !== "pod" && rw.workload.origin !== "gateway-values") {
    return { denied: "pilot-agent fails to start", why: `pilot-agent reads the ${PROXY_CONFIG_ANNOTATION} annotation when it starts and exits on a value it cannot parse.` };
  }
  const rejects = `The sidecar injector rejects a ${PROXY_CONFIG_ANNOTATION} annotation it cannot parse`;
  if (rw.sidecar.status === "none") {
    return { denied: "admission will deny the pod once it is injected", why: `${rejects}: once the pod is injected, admission denies it. It is not injected today: ${rw.sidecar.reason}.` };
  }
  const why2 = `${rejects}, so admission denies the pod and it is never created.`;
  return { denied: "admission denies the pod", why: rw.sidecar.status === "assumed" ? `${why2} An injected sidecar is assumed: ${rw.sidecar.reason}.` : why2 };
}
function rejection(w) {
  if (w.origin === "gateway-values") return "Helm rejects the gateway chart values (the chart validates their types)";
  return w.origin === "iop-gateway" ? "istioctl rejects the IstioOperator" : `the API server rejects the ${w.kind}`;
}
function meshDiscardWords(m, inv) {
  const d = meshDiscard(m);
  const other = meshSourcesOfRevision(inv, m.revision).find((o) => o !== m && o.shared !== m.shared && !o.embedError)?.label ?? (d.skipped ? d.other : void 0);
  if (d.skipped || other) return `istiod skips this mesh config (${m.label}; it logs "invalid mesh config, ignoring") and applies ${other} alone, so none of this one's settings apply.`;
  return `istiod logs "invalid mesh config, using last known state" and keeps its last good mesh config (or the built-in defaults) instead of this one (${m.label}), so none of its settings apply.`;
}
function gracefulDrain(istioVersion) {
  return !istioVersion || compareVersions(istioVersion, "1.8") >= 0;
}
function drainDurationFloor(d, suggested, istioVersion) {
  if (!gracefulDrain(istioVersion)) return void 0;
  const cover = drainToCover(d);
  const floor = Math.max(1, Math.ceil(cover.v.value));
  if (suggested >= floor) return void 0;
  return { target: formatSeconds(floor), why: ` (not below ${cover.label} ${seconds(cover.v)}, or Envoy stops accepting connections before the drain ends)` };
}
function raisesToo(d, setting, suggested, rw, istioVersion) {
  if (drainToCover(d).label !== setting) return "";
  let fit = {};
  if (rw) {
    if (rw.timeline.path !== "classic" && rw.timeline.path !== "native-without-drain-hook") return "";
    const dd = d.ddMalformed ? { ...d.dd, value: Infinity } : d.dd;
    fit = drainFit({ ...rw, dd }, { ez: d.ez.value, wait: suggested }, istioVersion);
  } else if (!d.ddMalformed && gracefulDrain(istioVersion) && suggested > d.dd.value) {
    fit = { drainDuration: Math.ceil(suggested) };
  }
  const raises = fitRaises(fit);
  return raises.length > 0 ? `, and raise ${joinWords(raises)}` : "";
}
function fitData(template, data, clippable, limit = MESSAGE_LIMIT) {
  const out = { ...data };
  const length = () => fillMessage(template, out, "fitData").length;
  while (length() > limit) {
    const longest = clippable.map((k) => [k, String(out[k])]).sort((a, b) => b[1].length - a[1].length)[0];
    if (!longest || longest[1].length <= 12) break;
    const [key, text2] = longest;
    out[key] = clip(text2.endsWith("…") ? text2.slice(0, -1) : text2, Math.max(12, text2.length - (length() - limit) - 1));
  }
  return out;
}
function fitted(messages2, messageId, data, clippable) {
  return { messageId, data: fitData(messages2[messageId].message, data, clippable) };
}
function versionSource(v) {
  const where = v.prov.ref ? `from ${v.prov.source} in ${v.prov.ref.view.file.path}:${locate(v.prov.ref).line}` : `(${v.prov.source})`;
  const others = v.seen.length > 1 ? ` (the lowest of ${joinWords(v.seen.map((s) => s.version))} in the input)` : "";
  return `${where}${others}`;
}
function targetVersionWords(v, product) {
  const source = versionSource(v);
  return `${PRODUCT_NAMES[product]} ${v.value}${source.startsWith("(") ? " " : ", "}${source}`;
}
function targetVersionNote(versions, products) {
  const parts = products.flatMap((p) => {
    const v = versions[p];
    return v && v.prov.level !== "default" ? [targetVersionWords(v, p)] : [];
  });
  return parts.length > 0 ? ` Target: ${parts.join("; ")}.` : "";
}
function reportedVersions(versions) {
  const out = {};
  for (const p of ["istio", "kubernetes"]) {
    const v = versions[p];
    if (!v) continue;
    const r = { version: v.value, inferred: v.inferred, source: v.prov.source };
    if (v.prov.ref) {
      r.file = v.prov.ref.view.file.path;
      r.line = locate(v.prov.ref).line;
    }
    if (v.seen.length > 1) r.seen = v.seen.map((s) => s.version);
    out[p] = r;
  }
  return out.istio || out.kubernetes ? out : void 0;
}

// src/suppress/suppressor.ts
import path4 from "node:path";

// src/suppress/directives.ts
var import_yaml8 = __toESM(require_dist(), 1);
var DIRECTIVE_PREFIX = "drainlint-disable";
function parseDirective(comment) {
  const m = /^#\s*drainlint-(disable-next-line|disable-line|disable-file)(?=\s|$)(.*)$/s.exec(comment.trimEnd());
  if (!m) return void 0;
  const rest = m[2];
  const sep = /(?:^|\s)--(?:\s|$)/.exec(rest);
  const ids = sep ? rest.slice(0, sep.index) : rest;
  const reason = sep ? rest.slice(sep.index + sep[0].length).trim() : "";
  return { kind: m[1], rules: ids.split(/[\s,]+/).filter(Boolean), ...reason ? { reason } : {} };
}
function commentsOf(text2) {
  const out = [];
  const stack = [];
  for (const token of new import_yaml8.Parser().parse(text2)) stack.push(token);
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const item of node) if (item !== null && typeof item === "object") stack.push(item);
    } else if (node !== null && typeof node === "object") {
      const t = node;
      if (t.type === "comment" && typeof t.offset === "number" && typeof t.source === "string") {
        out.push({ offset: t.offset, source: t.source });
        continue;
      }
      for (const v of Object.values(node)) if (v !== null && typeof v === "object") stack.push(v);
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}
function fileDirectives(text2, scope) {
  if (!text2.includes(DIRECTIVE_PREFIX)) return [];
  const out = [];
  for (const [start, end] of documentChunks(text2)) {
    const chunk = text2.slice(start, end);
    if (chunk.includes(DIRECTIVE_PREFIX)) out.push(...directivesIn(chunk, { ...scope, position: (o) => scope.position(start + o) }));
  }
  return out;
}
function directivesIn(text2, scope) {
  if (!text2.includes(DIRECTIVE_PREFIX)) return [];
  const comments = commentsOf(text2);
  const out = [];
  const commentStarts = new Set(comments.map((c) => c.offset));
  for (const c of comments) {
    const parsed = parseDirective(c.source);
    if (!parsed) continue;
    const s = scope.position(c.offset);
    const e = scope.position(c.offset + c.source.trimEnd().length);
    const range = { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
    let from = s.line;
    let to = s.line;
    if (parsed.kind === "disable-file") ({ from, to } = scope.lines);
    else if (parsed.kind === "disable-next-line") {
      const next = nextContentOffset(text2, c.offset, commentStarts);
      if (next === void 0) [from, to] = [1, 0];
      else from = to = scope.position(next).line;
    }
    out.push({ ...parsed, file: scope.file, range, from, to, used: /* @__PURE__ */ new Set() });
  }
  return out;
}
function nextContentOffset(text2, offset, commentStarts) {
  let at = text2.indexOf("\n", offset);
  while (at >= 0) {
    const start = at + 1;
    const nl = text2.indexOf("\n", start);
    const line = text2.slice(start, nl < 0 ? text2.length : nl);
    const indent = line.length - line.trimStart().length;
    const first = start + indent;
    const trimmed = line.trim();
    if (trimmed !== "" && trimmed !== "..." && !commentStarts.has(first)) return first;
    if (nl < 0) return void 0;
    at = nl;
  }
  return void 0;
}

// src/suppress/overrides.ts
import path3 from "node:path";
function overrideMatches(o, subject, file) {
  const m = o.match;
  if (m.kind !== void 0 && !nameGlob(m.kind, subject.kind)) return false;
  if (m.namespace !== void 0 && !nameGlob(m.namespace, subject.namespace ?? "")) return false;
  if (m.name !== void 0 && !nameGlob(m.name, subject.name ?? "")) return false;
  if (m.container !== void 0 && !nameGlob(m.container, subject.container ?? "")) return false;
  if (m.labels && !Object.entries(m.labels).every(([k, v]) => subject.labels[k] === v)) return false;
  if (m.file !== void 0) {
    const rel = path3.relative(o.dir, file).split(path3.sep).join("/");
    if (rel.startsWith("../") || path3.isAbsolute(rel)) return false;
    const globs = Array.isArray(m.file) ? m.file : [m.file];
    if (!globs.some((g) => pathGlob(g)(rel))) return false;
  }
  return true;
}
function turnsOn(overrides, ruleId) {
  return overrides.some((o) => o.rules[ruleId] !== void 0 && o.rules[ruleId] !== "off");
}

// src/suppress/subject.ts
function record(v) {
  return isRecord(v) ? v : {};
}
function site(view, path10) {
  const value = get(view.value, path10);
  return isRecord(value) ? { view, path: path10, value } : void 0;
}
function workloadSubject(w, container) {
  const ownPath = [...w.base, "metadata", "annotations"];
  const annotations = [{ view: w.view, path: w.annotationsPath, value: w.podAnnotations }];
  if (ownPath.join("\0") !== w.annotationsPath.join("\0")) {
    const own = site(w.view, ownPath);
    if (own) annotations.push(own);
  }
  const id = { kind: w.kind || "HelmValues" };
  if (w.namespace) id.namespace = w.namespace;
  if (w.name) id.name = w.name;
  if (container) id.container = container;
  return {
    kind: w.kind,
    namespace: w.effectiveNamespace,
    name: w.name,
    labels: { ...record(record(w.value["metadata"])["labels"]), ...w.podLabels },
    container,
    annotations,
    id
  };
}
function hostRef(ref) {
  let r = ref;
  while (r.view.host) r = r.view.host;
  return r;
}
function resourceSubject(at, resource2, defaultNamespace) {
  const host = hostRef(at);
  const root = host.view.value;
  const base3 = isRecord(root) && Array.isArray(root["items"]) && host.path[0] === "items" && typeof host.path[1] === "number" ? ["items", host.path[1]] : [];
  const value = record(get(root, base3));
  const meta = record(value["metadata"]);
  const kind = typeof value["kind"] === "string" && typeof value["apiVersion"] === "string" ? value["kind"] : "";
  const annotations = [];
  let labels = record(meta["labels"]);
  const template = WORKLOAD_TEMPLATE[kind];
  if (template && template.length > 0) {
    const tplMeta = [...base3, ...template, "metadata"];
    const pod = site(host.view, [...tplMeta, "annotations"]);
    if (pod) annotations.push(pod);
    labels = { ...labels, ...record(get(root, [...tplMeta, "labels"])) };
  }
  const own = site(host.view, [...base3, "metadata", "annotations"]);
  if (own) annotations.push(own);
  const id = resource2 ? { ...resource2 } : { kind: kind || "HelmValues" };
  if (!resource2) {
    if (typeof meta["namespace"] === "string") id.namespace = meta["namespace"];
    if (typeof meta["name"] === "string") id.name = meta["name"];
  }
  return {
    kind: resource2?.kind ?? kind,
    namespace: id.namespace ?? defaultNamespace,
    name: id.name,
    labels,
    container: resource2?.container,
    annotations,
    id
  };
}

// src/suppress/suppressor.ts
var ENGINE_IDS = new Set(ENGINE_FINDINGS.map((e) => e.id));
var Suppressor = class {
  constructor(config, cwd, opts = {}) {
    this.config = config;
    this.cwd = cwd;
    this.inline = opts.inline !== false;
    this.reportUnused = opts.reportUnused === true && this.inline;
    this.overrides = config.overrides ?? [];
    this.knownRules = opts.knownRules;
  }
  config;
  cwd;
  inline;
  reportUnused;
  overrides;
  comments = /* @__PURE__ */ new Map();
  /** Embedded documents whose comments were read, by file and position (a document may be read more than once). */
  embeddedRead = /* @__PURE__ */ new Set();
  annotationDirectives = /* @__PURE__ */ new Map();
  knownRules;
  /** Whether a rule runs at all: on in `rules`, or turned on by an override for some findings. */
  runs(ruleId) {
    return this.config.rules[ruleId] !== "off" || turnsOn(this.overrides, ruleId);
  }
  /** Reads the suppression comments of YAML embedded in a scalar as the run parses it (DocumentStore.onEmbedded). */
  onEmbedded = (view) => {
    if (!this.inline || view.file.meshConfigOnly || !view.sourceText.includes("drainlint-disable")) return;
    const start = view.position(0);
    const key = `${view.file.path}\0${start.line}\0${start.column}`;
    if (this.embeddedRead.has(key)) return;
    this.embeddedRead.add(key);
    const text2 = view.sourceText.replace(/\s+$/, "");
    const end = view.position(Math.max(0, text2.length - 1));
    this.addComments(view.file.path, directivesIn(view.sourceText, { file: view.file.path, position: (o) => view.position(o), lines: { from: start.line, to: end.line } }));
  };
  addComments(file, found) {
    if (found.length === 0) return;
    const list = this.comments.get(file);
    if (list) list.push(...found);
    else this.comments.set(file, found);
  }
  /**
   * For one report of `ruleId` about `subject` in `file`: dropped when the rule is off for it in
   * `rules` (and no override turns it on), else its severity setting and what suppresses it — the
   * subject's annotations, an override that turns the rule off.
   */
  decide(ruleId, subject, file) {
    const s = this.setting(ruleId, subject, file);
    if (!s.on && !s.offBy) return { drop: true };
    const suppressions = [];
    if (this.inline) {
      for (const d of this.annotationsOf(subject)) {
        if (d.rules.length > 0 && !d.rules.includes(ruleId)) continue;
        d.used.add(d.rules.length === 0 ? "*" : ruleId);
        suppressions.push({ kind: "inSource", via: "annotation", ...d.reason ? { justification: d.reason } : {}, file: d.file, range: d.range });
      }
    }
    if (s.offBy) {
      const o = s.offBy;
      suppressions.push({ kind: "external", via: "override", ...o.reason ? { justification: o.reason } : {}, file: o.file, range: locate(o.ref) });
    }
    return { severity: s.severity, suppressions };
  }
  /**
   * Whether a rule leaves this workload out of a finding that sums up several (a mesh-wide setting
   * reported once, a count of workloads): its annotations suppress the rule, or an override turns
   * the rule off for it.
   */
  ignores(ruleId, w) {
    const subject = workloadSubject(w);
    if (this.inline) {
      const d = this.annotationsOf(subject).find((a) => a.rules.length === 0 || a.rules.includes(ruleId));
      if (d) {
        d.used.add(d.rules.length === 0 ? "*" : ruleId);
        return true;
      }
    }
    return !this.setting(ruleId, subject, w.view.file.absPath ?? path4.resolve(this.cwd, w.view.file.path)).on;
  }
  /** The rule's setting for a subject: `rules`, then every override that matches, in order. */
  setting(ruleId, subject, file) {
    const global = this.config.rules[ruleId];
    let on = global !== "off";
    let severity = global === "off" ? void 0 : global;
    let offBy;
    for (const o of this.overrides) {
      const s = o.rules[ruleId];
      if (s === void 0 || !overrideMatches(o, subject, path4.resolve(this.cwd, file))) continue;
      if (s === "off") {
        on = false;
        offBy = o;
      } else {
        on = true;
        offBy = void 0;
        if (s !== true) severity = s;
      }
    }
    return { on, severity, offBy };
  }
  /** Whether the run reports unused directives: then every resource's annotations are noted (note()). */
  get notesAnnotations() {
    return this.reportUnused;
  }
  /** Notes a resource's annotation directives, so that unused ones can be reported. */
  note(subject) {
    if (this.reportUnused) this.annotationsOf(subject);
  }
  /** The drainlint.io/ignore annotations of a subject (read once per annotation). */
  annotationsOf(subject) {
    const out = [];
    for (const site2 of subject.annotations) out.push(...this.siteDirectives(site2, subject));
    return out;
  }
  siteDirectives(site2, subject) {
    const keys = Object.keys(site2.value).filter((k) => k === IGNORE_ANNOTATION || k.startsWith(IGNORE_PREFIX) && k.length > IGNORE_PREFIX.length);
    if (keys.length === 0) return [];
    const id = `${site2.view.file.path}\0${site2.view.index}\0${site2.path.join("\0")}`;
    const known = this.annotationDirectives.get(id);
    if (known) return known;
    const out = [];
    for (const key of keys) {
      const value = site2.value[key];
      if (typeof value !== "string") continue;
      let rules;
      let reason;
      if (key === IGNORE_ANNOTATION) {
        rules = value.split(",").map((s) => s.trim()).filter(Boolean);
        if (rules.length === 0) continue;
        if (rules.includes("*")) rules = [];
      } else {
        rules = [key.slice(IGNORE_PREFIX.length)];
        reason = value.trim() || void 0;
      }
      const range = locate({ view: site2.view, path: [...site2.path, key], target: "key" });
      out.push({ key, rules, ...reason ? { reason } : {}, file: site2.view.file.path, range, resource: subject.id, used: /* @__PURE__ */ new Set(), hidden: site2.view.file.meshConfigOnly === true });
    }
    this.annotationDirectives.set(id, out);
    return out;
  }
  /**
   * After the rules: the suppression comments of the linted files mark the findings they cover,
   * and, with reportUnused, the directives that suppressed nothing become findings. `ran` holds
   * the rules that ran: a directive is judged only for those (one for every rule, only when all ran).
   */
  finish(findings, files, ran) {
    if (!this.inline) return [];
    for (const f of files) {
      if (f.meshConfigOnly || !f.text.includes("drainlint-disable")) continue;
      this.addComments(f.path, fileDirectives(f.text, { file: f.path, position: (o) => toPosition(f, o), lines: { from: 1, to: Number.MAX_SAFE_INTEGER } }));
    }
    if (this.comments.size > 0) {
      for (const f of findings) {
        if (ENGINE_IDS.has(f.ruleId)) continue;
        for (const d of this.comments.get(f.file) ?? []) {
          if (f.range.line < d.from || f.range.line > d.to) continue;
          if (d.rules.length > 0 && !d.rules.includes(f.ruleId)) continue;
          d.used.add(d.rules.length === 0 ? "*" : f.ruleId);
          (f.suppressions ??= []).push({ kind: "inSource", via: "comment", ...d.reason ? { justification: d.reason } : {}, file: d.file, range: d.range });
        }
      }
    }
    return this.reportUnused ? this.unused(ran) : [];
  }
  unused(ran) {
    const known = this.knownRules ?? ran;
    const allRan = [...known].every((id) => ran.has(id));
    const out = [];
    const judge = (d, directive, at, unknownAt) => {
      const unknown = d.rules.filter((id) => !known.has(id));
      if (unknown.length > 0) {
        const near = unknown.length === 1 ? closest(unknown[0], known) : void 0;
        out.push(unknownAt({ directive, ids: orWords(unknown), verb: unknown.length === 1 ? "is" : "are", near: near ? `Did you mean ${near}? ` : "" }));
      }
      if (d.rules.length === 0) {
        if (allRan && d.used.size === 0) {
          const f = at(directive.endsWith("comment") ? "unusedComment" : "unusedAnnotation", "");
          if (f) out.push(f);
        }
        return;
      }
      const stale = d.rules.filter((id) => known.has(id) && ran.has(id) && !d.used.has(id));
      if (stale.length > 0) {
        const f = at(directive.endsWith("comment") ? "unusedComment" : "unusedAnnotation", ` of ${orWords(stale)}`);
        if (f) out.push(f);
      }
    };
    for (const list of this.comments.values()) {
      for (const d of list) {
        const directive = `drainlint-${d.kind} comment`;
        judge(
          d,
          directive,
          (messageId, of) => unusedDirective(d.file, d.range, messageId, { directive: `drainlint-${d.kind}`, of }),
          (data) => unusedDirective(d.file, d.range, "unknownRule", data)
        );
      }
    }
    for (const list of this.annotationDirectives.values()) {
      for (const d of list) {
        if (d.hidden) continue;
        const withResource = (f) => ({ ...f, resource: d.resource });
        judge(
          d,
          `annotation ${d.key}`,
          (messageId, of) => withResource(unusedDirective(d.file, d.range, messageId, { key: d.key, of })),
          (data) => withResource(unusedDirective(d.file, d.range, "unknownRule", data))
        );
      }
    }
    return out;
  }
};
function toPosition(f, offset) {
  const p = f.lineCounter.linePos(offset);
  return { line: p.line, column: p.col };
}
function orWords(items) {
  const all = items.length <= 1 ? items[0] ?? "" : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
  if (all.length <= 70 || items.length === 1) return all;
  let n = 1;
  while (n < items.length - 1 && items.slice(0, n + 1).join(", ").length <= 60) n++;
  return `${items.slice(0, n).join(", ")} or ${items.length - n} more`;
}

// src/suppress/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprintPath(ref) {
  const own = pathText(ref.view.value, ref.path);
  return ref.view.host ? `${fingerprintPath(ref.view.host)}>${own}` : own;
}
function pathText(root, path10) {
  let cur = root;
  let start = 0;
  if (isRecord(root) && Array.isArray(root["items"]) && path10[0] === "items" && typeof path10[1] === "number") {
    cur = root["items"][path10[1]];
    start = 2;
  }
  let out = "";
  for (let i = start; i < path10.length; i++) {
    const seg = path10[i];
    if (Array.isArray(cur) && typeof seg === "number") {
      const item = cur[seg];
      const name = isRecord(item) && typeof item["name"] === "string" ? item["name"] : void 0;
      out += name !== void 0 ? `[${name}]` : `[${seg}]`;
      cur = item;
    } else {
      out += `${out === "" ? "" : "."}${String(seg)}`;
      cur = isRecord(cur) ? cur[String(seg)] : void 0;
    }
  }
  return out;
}
function valueText(ref) {
  let cur = ref.view.value;
  for (const seg of ref.path) cur = cur !== null && typeof cur === "object" ? cur[seg] : void 0;
  return cur === null || cur === void 0 || typeof cur === "object" ? "" : String(cur);
}
function resourceText(id) {
  if (!id) return "";
  return `${id.kind}${id.namespace || id.name ? " " : ""}${id.namespace ? `${id.namespace}/` : ""}${id.name ?? ""}${id.container ? ` [${id.container}]` : ""}`;
}
function fingerprint(ruleId, messageId, resource2, at) {
  const parts = [ruleId, messageId, resourceText(resource2), fingerprintPath(at), at.target === "key" ? "key" : "value", valueText(at)];
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 16);
}

// src/engine.ts
async function prepare(req, onEmbedded) {
  const readStdin = req.readStdin ?? (async () => Buffer.alloc(0));
  const gatewayValues = new Set(req.gatewayValuesFiles ?? []);
  const loaded = await load({ cwd: req.cwd, paths: [...req.paths, ...[...gatewayValues].map((f) => path5.relative(req.cwd, f) || f)], ignore: req.config.ignore, ignoreBase: req.config.dir, maxFileSize: req.config.maxFileSize, stdinFilename: req.stdinFilename, readStdin, texts: req.texts, concurrency: req.concurrency, replaced: req.replaced });
  const linted = new Set(loaded.inputs.map((i) => i.absPath).filter(Boolean));
  const flagged = new Set(req.meshConfigFiles);
  const meshOnly = [];
  if (req.meshConfigFiles.length > 0) {
    const extra = await load({ cwd: req.cwd, paths: req.meshConfigFiles.filter((f) => !linted.has(f)), ignore: [], maxFileSize: req.config.maxFileSize, readStdin });
    meshOnly.push(...extra.inputs);
    loaded.missing.push(...extra.missing.map((m) => path5.relative(req.cwd, m) || m));
  }
  const findings = [];
  const files = [];
  const inputs = [...loaded.inputs, ...meshOnly];
  const store = new DocumentStore(inputs.reduce((n, i) => n + (i.text?.length ?? 0), 0), req.memory);
  store.onEmbedded = onEmbedded;
  const builder = new InventoryBuilder({ defaultNamespace: req.config.defaultNamespace });
  inputs.forEach((input, order) => {
    const isMeshOnly = order >= loaded.inputs.length;
    const fromMeshConfigFlag = input.absPath !== void 0 && flagged.has(input.absPath);
    const namedGatewayValues = !isMeshOnly && input.absPath !== void 0 && gatewayValues.has(input.absPath);
    const { file, problems } = parseInput(input, order, { store, meshConfigOnly: isMeshOnly, fromMeshConfigFlag, namedGatewayValues, onDocument: (view) => builder.add(view), onDeferred: req.deferWorkloads === false ? void 0 : (d) => builder.addDeferred(d.kind, deferredRead(d, store, findings)) });
    if (file) files.push(file);
    if (!isMeshOnly) for (const p of problems) findings.push(parseError(p.file, p.range, p.messageId, p.data));
  });
  for (const chart of loaded.charts) {
    findings.push(parseError(chart.chartFile, { line: 1, column: 1, endLine: 1, endColumn: 1 }, "chartTemplates", { count: `${chart.templates} file${chart.templates === 1 ? "" : "s"}` }, "info"));
  }
  const nothingRead = loaded.inputs.length > 0 && loaded.inputs.every((i) => i.problem !== void 0);
  const inventory = builder.finish();
  findings.push(...meshParseErrors(inventory), ...valuesParseErrors(inventory));
  const { config, versions } = targetConfig(inventory, req.config);
  const fromTexts = loaded.inputs.length - (req.texts?.length ?? 0);
  const texts2 = req.keepTexts ? new Map(loaded.inputs.flatMap((i, n) => i.text === void 0 ? [] : [[i.path, { absPath: i.absPath, text: i.text, ...n >= fromTexts ? { inMemory: true } : {} }]])) : void 0;
  return { files, inventory, run: resolveRun(inventory, versions), config, findings, missing: loaded.missing, ignored: loaded.ignored, inputs: loaded.inputs.map((i) => i.path), nothingRead, store, texts: texts2 };
}
function deferredRead(d, store, findings) {
  let read;
  return () => {
    if (read) return store.keepEverything ? read.view : parseDeferred(d, store).view;
    const { view, problems } = parseDeferred(d, store);
    for (const p of problems) findings.push(parseError(p.file, p.range, p.messageId, p.data));
    read = store.keepEverything ? { view } : {};
    return view;
  };
}
async function lint(req) {
  const suppressor = new Suppressor(req.config, req.cwd, req.suppression);
  const model = await prepare(req, suppressor.onEmbedded);
  const subjects = /* @__PURE__ */ new Map();
  const ran = runRules(req.rules, { inventory: model.inventory, run: model.run, config: model.config, onWorkload: req.onWorkload, subjects: req.onWorkload ? subjects : void 0, suppressor });
  const findings = [...model.findings, ...ran.findings];
  const hidden = meshOnlyPaths(model.files);
  const kept = findings.filter((f) => !hidden.has(f.file));
  kept.push(...suppressor.finish(kept, model.files, ran.ran));
  kept.sort(compareFindings);
  const withFindings = new Set(kept.map((f) => f.file));
  const skipped = new Set(model.files.filter((f) => !f.meshConfigOnly && f.counts.documents > 0 && f.counts.resources === 0 && f.counts.values === 0 && !withFindings.has(f.path)).map((f) => f.path));
  const stats = { documents: 0, resources: 0, workloads: ran.workloads, skipped: skipped.size };
  for (const f of model.files) {
    if (f.meshConfigOnly) continue;
    stats.documents += f.counts.documents;
    stats.resources += f.counts.resources;
  }
  return {
    result: { findings: kept, files: model.inputs.filter((p) => !skipped.has(p)), skipped: [...skipped], stats, rules: [...req.rules.map(descriptor), ...ENGINE_FINDINGS], cwd: req.cwd, targetVersions: reportedVersions(model.run.versions) },
    missing: model.missing,
    nothingRead: model.nothingRead,
    ignored: model.ignored,
    reparsedValues: model.store.reparsedValues,
    meshFiles: meshFilesOf(model.inventory),
    gatewayValuesFiles: gatewayValuesFilesOf(model.inventory),
    subjects,
    versions: model.run.versions,
    texts: model.texts
  };
}
function gatewayValuesFilesOf(inv) {
  const files = inv.workloadSources.flatMap((s) => "origin" in s && s.origin === "gateway-values" && s.view.file.absPath ? [s.view.file.absPath] : []);
  return [...new Set(files)];
}
function meshFilesOf(inv) {
  const views = [...inv.meshSources.map((m) => m.view), ...inv.istioOperators.map((r) => r.view), ...inv.proxyConfigs.map((r) => r.view), ...inv.istiodEnv.map((e) => e.ref.view), ...inv.globalLifecycles.map((e) => e.ref.view)];
  return [...new Set(views.map((v) => v.file.absPath).filter((p) => p !== void 0))];
}
function meshParseErrors(inv) {
  const out = [];
  for (const m of inv.meshSources) {
    const e = m.embedError;
    if (e) out.push(parseError(m.view.file.path, e.range, "meshSyntax", { label: m.label, detail: e.message }));
  }
  return out;
}
function valuesParseErrors(inv) {
  return inv.valuesErrors.map((e) => ({ ...parseError(e.file.path, e.range, "valuesSyntax", { owner: e.owner, detail: e.message }), resource: resourceId(e.resource) }));
}
function annotationParseError(w) {
  const e = w.proxyConfigAnnotation?.error;
  if (!e) return void 0;
  return { ...parseError(w.view.file.path, e.range, "annotationSyntax", { detail: e.message }), resource: resourceOf(w) };
}
function meshOnlyPaths(files) {
  return new Set(files.filter((f) => f.meshConfigOnly).map((f) => f.path));
}
function compareFindings(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.range.line - b.range.line || a.range.column - b.range.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
function runRules(rules, input) {
  const out = [];
  let workloads = 0;
  const { inventory, run, config } = input;
  const suppressor = input.suppressor ?? new Suppressor(config, process.cwd());
  const running = rules.filter((rule) => suppressor.runs(rule.meta.id));
  const active = running.map((rule) => ruleRun(rule, input, suppressor, out));
  const notes = suppressor.notesAnnotations;
  if (notes) {
    for (const r of [...inventory.meshSources.map((m) => m.resource), ...inventory.istioOperators, ...inventory.proxyConfigs]) {
      suppressor.note(resourceSubject({ view: r.view, path: r.base }, void 0, inventory.defaultNamespace));
    }
  }
  forEachWorkload(inventory, (w) => {
    const e = annotationParseError(w);
    if (e) {
      out.push(e);
      input.subjects?.set(e, [w]);
    }
    if (notes) suppressor.note(workloadSubject(w));
    const rw = resolveWorkload(w, inventory, config, run);
    workloads++;
    for (const a of active) a.visitor.workload?.(rw);
    input.onWorkload?.(rw, run.versions);
  });
  for (const a of active) {
    a.visitor.end?.();
    a.finish();
  }
  return { findings: out, workloads, ran: new Set(running.map((r) => r.meta.id)) };
}
function ruleRun(rule, input, suppressor, out) {
  const id = rule.meta.id;
  const meshWide = /* @__PURE__ */ new Map();
  const deferred = [];
  const emit = (r, meshKey) => {
    if (meshKey && r.workload && suppressor.ignores(id, r.workload)) return;
    const range = locate(r.at);
    const meshWideKey = meshKey && `${r.at.view.file.path}:${range.line}:${range.column}`;
    const seen = meshWideKey ? meshWide.get(meshWideKey) : void 0;
    if (seen) {
      if (meshKey.subject !== seen.first) seen.others.add(meshKey.subject);
      if (r.workload) input.subjects?.get(seen.finding)?.push(r.workload);
      return;
    }
    const resource2 = meshKey ? void 0 : r.resource ?? (r.workload ? resourceOf(r.workload, r.container) : void 0);
    const subject = r.workload && !meshKey ? workloadSubject(r.workload, r.container ?? r.resource?.container) : resourceSubject(r.at, resource2, input.inventory.defaultNamespace);
    const decision = suppressor.decide(id, subject, r.at.view.file.path);
    if (decision.drop) return;
    const finding = {
      ruleId: id,
      messageId: r.messageId,
      severity: decision.severity ?? r.severity ?? rule.meta.severity,
      message: "",
      help: "",
      file: r.at.view.file.path,
      range,
      resource: resource2,
      related: (r.related ?? []).map((rel) => ({ file: rel.ref.view.file.path, range: locate(rel.ref), message: rel.message })),
      docsUrl: rule.meta.docsUrl,
      fingerprint: fingerprint(id, r.messageId, subject.id, r.at)
    };
    if (decision.suppressions.length > 0) finding.suppressions = decision.suppressions;
    if (r.fix) {
      if (!rule.meta.fixTypes?.includes(r.fix.type)) throw new Error(`rule ${id} reported a ${r.fix.type} fix it does not declare`);
      finding.fix = r.fix;
    }
    if (meshWideKey) meshWide.set(meshWideKey, { finding, first: meshKey.subject, others: /* @__PURE__ */ new Set() });
    if (r.workload) input.subjects?.set(finding, [r.workload]);
    if (typeof r.data === "function") deferred.push([finding, r]);
    else compact(Object.assign(finding, texts(rule, r, input.run.versions)));
    out.push(finding);
  };
  const ctx = {
    inventory: input.inventory,
    resolution: input.run,
    config: input.config,
    report: (r) => emit(r),
    ignores: (w) => suppressor.ignores(id, w),
    reportDrainSetting: (r) => {
      const w = r.workload.workload;
      const most = mostSpecificSetting(r.involved);
      if (!most) {
        emit({ ...r, at: w.anchor ?? { view: w.view, path: w.podMetaPath, target: "key" }, workload: w });
        return;
      }
      const related3 = r.related?.filter((rel) => rel.ref !== most.prov.ref);
      if (most.prov.level === "mesh") emit({ ...r, related: related3, at: most.prov.ref, workload: w }, { subject: workloadName(r.workload) });
      else emit({ ...r, related: related3, at: most.prov.ref, workload: w });
    }
  };
  return {
    visitor: rule.create(ctx),
    /** A finding about a mesh-wide setting names the other workloads it applies to. */
    finish() {
      for (const [finding, r] of deferred) compact(Object.assign(finding, texts(rule, r, input.run.versions)));
      for (const { finding, others } of meshWide.values()) {
        if (others.size === 0) continue;
        const more = `The same applies to ${others.size} more workload${others.size === 1 ? "" : "s"} using this mesh config: ${joinWords([...others].sort(), 5)}.`;
        finding.help = finding.help ? `${finding.help} ${more}` : more;
      }
    }
  };
}
function texts(rule, r, versions) {
  const spec = rule.meta.messages[r.messageId];
  if (!spec) throw new Error(`rule ${rule.meta.id} reported the undeclared message ${r.messageId}`);
  const data = typeof r.data === "function" ? r.data() : r.data;
  const where = `rule ${rule.meta.id}, message ${r.messageId}`;
  const target = spec.versions ? targetVersionNote(versions, spec.versions) : "";
  return { message: fillMessage(spec.message, data, where), help: fillMessage(spec.help, data, where) + target };
}
function compact(f) {
  f.message.charCodeAt(0);
  f.help.charCodeAt(0);
  for (const r of f.related) r.message.charCodeAt(0);
}
function resourceOf(w, container) {
  const id = resourceId(w);
  if (container) id.container = container;
  return id;
}

// src/domain/env-sites.ts
function realProblem(p) {
  return p.value !== null && p.value !== void 0;
}
function meshDiscarded(ctx, m) {
  return Boolean(m.embedError) || (ctx.resolution.meshProblems.get(m) ?? []).some(realProblem);
}
function podDenied(rw) {
  if (!rw.admissionDenied) return false;
  const ann = rw.workload.proxyConfigAnnotation;
  if (!ann?.view || ann.error || !isRecord(ann.view.value)) return true;
  return rw.annotationProblems.some(realProblem);
}
function rejectedCrValues(pc) {
  const env = get(pc.value, ["spec", "environmentVariables"]);
  if (!isRecord(env)) return [];
  return Object.entries(env).filter(([, v]) => typeof v !== "string" && v !== null && v !== void 0);
}
function metadataSites(out, view, path10, pc, where, extra, origin2) {
  if (!isRecord(pc)) return;
  for (const key of PROXY_METADATA_KEYS) {
    const md = pc[key];
    if (!isRecord(md)) continue;
    for (const [name, value] of Object.entries(md)) {
      out.push({ origin: origin2, name, value, ref: { view, path: [...path10, key, name] }, where: where(key), ...extra });
    }
  }
}
function resourceEnvSites(ctx) {
  const out = [];
  for (const m of ctx.inventory.meshSources) {
    if (meshDiscarded(ctx, m)) continue;
    for (const dc of DEFAULT_CONFIG_KEYS) {
      metadataSites(out, m.view, [...m.path, dc], m.value[dc], (key) => `in the ${key} of the mesh config (${m.label})`, { resource: meshResource(m) }, "mesh");
    }
  }
  for (const pc of ctx.inventory.proxyConfigs) {
    if (rejectedCrValues(pc).length > 0) continue;
    const env = get(pc.value, ["spec", "environmentVariables"]);
    if (!isRecord(env)) continue;
    for (const [name, value] of Object.entries(env)) {
      out.push({ origin: "proxyconfig", name, value, ref: { view: pc.view, path: [...pc.base, "spec", "environmentVariables", name] }, where: `in spec.environmentVariables of ${crLabel(pc)}`, resource: crResource(pc) });
    }
  }
  return out;
}
function workloadEnvSites(rw) {
  const out = [];
  if (podDenied(rw)) return out;
  const w = rw.workload;
  const ann = w.proxyConfigAnnotation?.view;
  if (ann) metadataSites(out, ann, [], ann.value, (key) => `in the ${key} of the ${PROXY_CONFIG_ANNOTATION} annotation`, { workload: w }, "annotation");
  for (const c of w.containers) {
    if (c.name !== PROXY_CONTAINER || !Array.isArray(c.value["env"])) continue;
    c.value["env"].forEach((e, i) => {
      if (!isRecord(e) || typeof e["name"] !== "string" || "valueFrom" in e) return;
      const value = e["value"] === void 0 || e["value"] === null ? "" : e["value"];
      out.push({ origin: "env", name: e["name"], value, ref: { view: w.view, path: [...c.path, "env", i, "value"] }, where: w.origin === "gateway-values" ? "in env of the gateway chart values" : `in the env of the ${PROXY_CONTAINER} container`, workload: w, container: c.name });
    });
  }
  return out;
}

// src/domain/load-balancers.ts
var AWS = "service.beta.kubernetes.io/aws-load-balancer-";
var AWS_LB_TYPE = `${AWS}type`;
var AWS_TARGET_TYPE = `${AWS}nlb-target-type`;
var AWS_TG_ATTRIBUTES = `${AWS}target-group-attributes`;
var AWS_CLB_DRAINING = `${AWS}connection-draining-enabled`;
var AWS_CLB_DRAINING_TIMEOUT = `${AWS}connection-draining-timeout`;
var AWS_NLB_CLASS = "service.k8s.aws/nlb";
var EKS_AUTO_NLB_CLASS = "eks.amazonaws.com/nlb";
var AWS_NLB_CLASSES = /* @__PURE__ */ new Set([AWS_NLB_CLASS, EKS_AUTO_NLB_CLASS]);
var AWS_DEREGISTRATION_DEFAULT = 300;
var AWS_CLB_DRAINING_DEFAULT = 300;
var GKE_NEG = "cloud.google.com/neg";
var GKE_BACKEND_CONFIG = ["cloud.google.com/backend-config", "beta.cloud.google.com/backend-config"];
var GKE_L4 = ["cloud.google.com/load-balancer-type", "networking.gke.io/load-balancer-type", "cloud.google.com/l4-rbs"];
var GKE_L4_CLASS = /^networking\.gke\.io\//;
var AZURE = "service.beta.kubernetes.io/azure-";
var GATEWAY_SERVICE_TYPE = "networking.istio.io/service-type";
var WHY_POD_IP_AWS = "The load balancer controller deregisters a terminating pod, but the NLB keeps opening connections to it until that has propagated (about 2 minutes reported), and lets open ones drain for deregistration_delay.timeout_seconds.";
var WHY_POD_IP_GKE = "GKE detaches a terminating pod from its NEG, but the load balancer keeps sending to it until that has propagated, and lets open connections drain for drainingTimeoutSec.";
var WHY_INSTANCE = "The load balancer sends to nodes, and kube-proxy stops routing to a terminating pod; connections the load balancer is still draining are reset when the gateway exits.";
function serviceFromManifest(res, defaultNamespace) {
  const ns = res.namespace ?? defaultNamespace;
  return {
    label: `Service ${ns ? `${ns}/` : ""}${res.name ?? "(unnamed)"}`,
    view: res.view,
    value: res.value,
    paths: {
      type: res.base.concat("spec", "type"),
      loadBalancerClass: res.base.concat("spec", "loadBalancerClass"),
      annotations: res.base.concat("metadata", "annotations"),
      selector: res.base.concat("spec", "selector")
    },
    name: res.name,
    namespace: ns,
    typeDefault: { value: "ClusterIP", source: "Kubernetes default" }
  };
}
function operatorGatewayService(w) {
  if (w.origin !== "iop-gateway" || w.kind !== "IngressGateway") return void 0;
  const k8s = isRecord(w.value["k8s"]) ? w.value["k8s"] : {};
  const spec = isRecord(k8s["service"]) ? k8s["service"] : {};
  const annotations = isRecord(k8s["serviceAnnotations"]) ? k8s["serviceAnnotations"] : {};
  const k8sPath = w.base.concat("k8s");
  return {
    label: `the Service of IstioOperator gateway ${w.name ?? "(unnamed)"}`,
    view: w.view,
    value: { spec: { ...spec, selector: w.podLabels }, metadata: { annotations } },
    paths: { type: k8sPath.concat("service", "type"), loadBalancerClass: k8sPath.concat("service", "loadBalancerClass"), annotations: k8sPath.concat("serviceAnnotations"), selector: w.labelsPath },
    name: w.name,
    namespace: w.namespace,
    typeDefault: { value: "LoadBalancer", source: "default of IstioOperator ingress gateways" }
  };
}
function gatewayApiService(w) {
  if (w.origin !== "gateway-api" || w.gatewayClass === "istio-waypoint") return void 0;
  const type = w.podAnnotations[GATEWAY_SERVICE_TYPE];
  return {
    label: `the Service istiod creates for Gateway ${w.namespace ? `${w.namespace}/` : ""}${w.name ?? "(unnamed)"}`,
    view: w.view,
    value: { spec: { type, selector: w.podLabels }, metadata: { annotations: w.podAnnotations } },
    paths: { type: w.annotationsPath.concat(GATEWAY_SERVICE_TYPE), loadBalancerClass: w.annotationsPath, annotations: w.annotationsPath, selector: w.labelsPath },
    name: w.name && w.gatewayClass ? `${w.name}-${w.gatewayClass}` : w.name,
    namespace: w.effectiveNamespace,
    typeDefault: { value: "LoadBalancer", source: "default of Services istiod creates for Gateways" }
  };
}
function servicesInFront(w, inv, config) {
  const own = [operatorGatewayService(w), gatewayApiService(w)].filter((s) => s !== void 0);
  return own.concat(selectingServices(w, inv, config).map((res) => serviceFromManifest(res, config.defaultNamespace)));
}
function loadBalancersInFront(w, inv, config) {
  return servicesInFront(w, inv, config).map((svc) => loadBalancerOf(svc, inv, config)).filter((lb) => lb !== void 0);
}
function loadBalancerOf(svc, inv, config) {
  const annotations = annotationsOf(svc);
  const ann = (key) => typeof annotations[key] === "string" ? annotations[key] : void 0;
  const fact2 = (label2, value, path10, source) => [label2, { value, prov: provAt2(svc, path10, source) }];
  const annFact = (key) => fact2(key, JSON.stringify(ann(key)), svc.paths.annotations.concat(key), `annotation of ${svc.label}`);
  const rawType = get(svc.value, ["spec", "type"]);
  const typeWritten = typeof rawType === "string";
  const type = typeWritten ? rawType : svc.typeDefault.value;
  const typeFact = typeWritten ? fact2("type", type, svc.paths.type, svc.label) : ["type", { value: type, prov: { level: "default", source: `${svc.typeDefault.source}, ${svc.label}` } }];
  const rawClass = get(svc.value, ["spec", "loadBalancerClass"]);
  const cls = typeof rawClass === "string" && rawClass !== "" ? rawClass : void 0;
  const classFact = () => fact2("loadBalancerClass", cls, svc.paths.loadBalancerClass, svc.label);
  const gke = gkeNeg(svc, inv, config, ann);
  if (gke) {
    return { service: svc, provider: "gke-neg", noun: "a GKE NEG load balancer", byPodIp: true, draining: gke.draining, evidence: gke.evidence, why: WHY_POD_IP_GKE };
  }
  if (type !== "LoadBalancer") return void 0;
  const lbType = ann(AWS_LB_TYPE);
  if (cls !== void 0 && AWS_NLB_CLASSES.has(cls) || cls === void 0 && (lbType === "external" || lbType === "nlb-ip")) {
    const target = ann(AWS_TARGET_TYPE);
    const byPodIp = lbType === "nlb-ip" || target === "ip";
    const evidence = [typeFact, cls !== void 0 ? classFact() : annFact(AWS_LB_TYPE)];
    if (target !== void 0) evidence.push(annFact(AWS_TARGET_TYPE));
    return {
      service: svc,
      provider: "aws-lbc",
      noun: byPodIp ? "an AWS NLB with IP targets" : "an AWS NLB with instance targets",
      byPodIp,
      draining: awsDeregistrationDelay(svc, ann),
      evidence,
      why: byPodIp ? WHY_POD_IP_AWS : WHY_INSTANCE
    };
  }
  if (cls !== void 0) {
    const gkeClass = GKE_L4_CLASS.test(cls);
    return { service: svc, provider: gkeClass ? "gke-l4" : "class", noun: gkeClass ? "a GKE L4 load balancer" : `the load balancer of class ${cls}`, byPodIp: false, evidence: [typeFact, classFact()], why: WHY_INSTANCE };
  }
  if (lbType === "nlb") {
    return { service: svc, provider: "aws-nlb", noun: "an AWS NLB with instance targets", byPodIp: false, evidence: [typeFact, annFact(AWS_LB_TYPE)], why: WHY_INSTANCE };
  }
  const awsKey = Object.keys(annotations).find((k) => k.startsWith(AWS));
  if (awsKey !== void 0) {
    const evidence = [typeFact, annFact(awsKey)];
    return { service: svc, provider: "aws-clb", noun: "an AWS Classic Load Balancer", byPodIp: false, draining: clbDraining(svc, ann), evidence, why: WHY_INSTANCE };
  }
  const gkeKey = GKE_L4.find((k) => ann(k) !== void 0);
  if (gkeKey) return { service: svc, provider: "gke-l4", noun: "a GKE L4 load balancer", byPodIp: false, evidence: [typeFact, annFact(gkeKey)], why: WHY_INSTANCE };
  const azureKey = Object.keys(annotations).find((k) => k.startsWith(AZURE));
  if (azureKey) return { service: svc, provider: "azure", noun: "an Azure load balancer", byPodIp: false, evidence: [typeFact, annFact(azureKey)], why: WHY_INSTANCE };
  return { service: svc, provider: "unknown", noun: "a load balancer", byPodIp: false, evidence: [typeFact], why: WHY_INSTANCE };
}
function providerKnown(lb) {
  return lb.provider !== "unknown";
}
function annotationsOf(svc) {
  const a = get(svc.value, ["metadata", "annotations"]);
  return isRecord(a) ? a : {};
}
function provAt2(svc, path10, source) {
  return { level: "traffic", source, ref: { view: svc.view, path: path10 } };
}
function awsDeregistrationDelay(svc, ann) {
  const setting = "deregistration_delay.timeout_seconds";
  const attributes = ann(AWS_TG_ATTRIBUTES);
  const written2 = attributes === void 0 ? void 0 : parseAttributes(attributes).get(setting);
  if (written2 !== void 0 && /^\d+$/.test(written2)) {
    const prov2 = provAt2(svc, svc.paths.annotations.concat(AWS_TG_ATTRIBUTES), `${AWS_TG_ATTRIBUTES} annotation of ${svc.label}`);
    return { setting, seconds: { value: Number(written2), prov: prov2 }, entry: [setting, { value: written2, prov: prov2 }] };
  }
  const prov = { level: "default", source: "default of AWS target groups" };
  return { setting, seconds: { value: AWS_DEREGISTRATION_DEFAULT, prov }, entry: [setting, { value: String(AWS_DEREGISTRATION_DEFAULT), prov }] };
}
function parseAttributes(text2) {
  const out = /* @__PURE__ */ new Map();
  for (const part of text2.split(",")) {
    const eq = part.indexOf("=");
    if (eq > 0) out.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return out;
}
function clbDraining(svc, ann) {
  const enabled = ann(AWS_CLB_DRAINING);
  if (enabled === void 0 || parseGoBool(enabled) !== true) return void 0;
  const setting = "connection-draining-timeout";
  const timeout = ann(AWS_CLB_DRAINING_TIMEOUT);
  if (timeout !== void 0 && /^\d+$/.test(timeout)) {
    const prov2 = provAt2(svc, svc.paths.annotations.concat(AWS_CLB_DRAINING_TIMEOUT), `annotation of ${svc.label}`);
    return { setting, seconds: { value: Number(timeout), prov: prov2 }, entry: [AWS_CLB_DRAINING_TIMEOUT, { value: JSON.stringify(timeout), prov: prov2 }] };
  }
  const prov = { level: "default", source: `AWS default with ${AWS_CLB_DRAINING} "${enabled}", ${svc.label}` };
  return { setting, seconds: { value: AWS_CLB_DRAINING_DEFAULT, prov }, entry: [AWS_CLB_DRAINING_TIMEOUT, { value: String(AWS_CLB_DRAINING_DEFAULT), prov }] };
}
function gkeNeg(svc, inv, config, ann) {
  const evidence = [];
  const negText = ann(GKE_NEG);
  if (negText !== void 0 && negEnabled(negText)) {
    evidence.push([GKE_NEG, { value: negText, prov: provAt2(svc, svc.paths.annotations.concat(GKE_NEG), `annotation of ${svc.label}`) }]);
  }
  const ns = svc.namespace;
  const drains = [];
  for (const key of GKE_BACKEND_CONFIG) {
    const text2 = ann(key);
    if (text2 === void 0) continue;
    for (const name of backendConfigNames(text2)) {
      const bc = gkeResources(inv, "BackendConfig").find((r) => r.name === name && nsOf2(r, config) === ns);
      const secs = bc ? get(bc.value, ["spec", "connectionDraining", "drainingTimeoutSec"]) : void 0;
      if (!bc || typeof secs !== "number" || !Number.isFinite(secs) || secs < 0) continue;
      const prov = { level: "traffic", source: `BackendConfig ${nsPrefix(bc, config)}${name}`, ref: { view: bc.view, path: bc.base.concat("spec", "connectionDraining", "drainingTimeoutSec") } };
      drains.push({ setting: "drainingTimeoutSec", seconds: { value: secs, prov }, entry: ["drainingTimeoutSec", { value: String(secs), prov }] });
    }
  }
  let policy = false;
  for (const p of gkeResources(inv, "GCPBackendPolicy")) {
    const ref = get(p.value, ["spec", "targetRef"]);
    if (!isRecord(ref) || ref["kind"] !== "Service" || ref["name"] !== svc.name || svc.name === void 0 || nsOf2(p, config) !== ns) continue;
    policy = true;
    const path10 = p.base.concat("spec", "default", "connectionDraining", "drainingTimeoutSec");
    const secs = get(p.value, ["spec", "default", "connectionDraining", "drainingTimeoutSec"]);
    if (typeof secs === "number" && Number.isFinite(secs) && secs >= 0) {
      const prov = { level: "traffic", source: `GCPBackendPolicy ${nsPrefix(p, config)}${p.name ?? "(unnamed)"}`, ref: { view: p.view, path: path10 } };
      drains.push({ setting: "drainingTimeoutSec", seconds: { value: secs, prov }, entry: ["drainingTimeoutSec", { value: String(secs), prov }] });
    }
    if (evidence.length === 0) evidence.push(["targetRef", { value: svc.name, prov: { level: "traffic", source: `GCPBackendPolicy ${nsPrefix(p, config)}${p.name ?? "(unnamed)"}`, ref: { view: p.view, path: p.base.concat("spec", "targetRef") } } }]);
  }
  if (evidence.length === 0 && !policy) return void 0;
  const draining = drains.filter((d) => d.seconds.value > 0).reduce((a, b) => a && a.seconds.value >= b.seconds.value ? a : b, void 0);
  return { evidence, draining };
}
function negEnabled(text2) {
  const parsed = parseJson(text2);
  if (!isRecord(parsed)) return false;
  return parsed["ingress"] === true || isRecord(parsed["exposed_ports"]) && Object.keys(parsed["exposed_ports"]).length > 0;
}
function backendConfigNames(text2) {
  const parsed = parseJson(text2);
  if (!isRecord(parsed)) return [];
  const names2 = /* @__PURE__ */ new Set();
  if (typeof parsed["default"] === "string") names2.add(parsed["default"]);
  if (isRecord(parsed["ports"])) {
    for (const v of Object.values(parsed["ports"])) if (typeof v === "string") names2.add(v);
  }
  return [...names2];
}
function parseJson(text2) {
  try {
    return JSON.parse(text2);
  } catch {
    return void 0;
  }
}
function gkeResources(inv, kind) {
  let found = inv.lookups.gkeBackendPolicies;
  if (!found) {
    found = inv.others.filter((r) => r.kind === "BackendConfig" && r.apiVersion.startsWith("cloud.google.com/") || r.kind === "GCPBackendPolicy" && r.apiVersion.startsWith("networking.gke.io/"));
    inv.lookups.gkeBackendPolicies = found;
  }
  return found.filter((r) => r.kind === kind);
}
function nsOf2(res, config) {
  return res.namespace ?? config.defaultNamespace;
}
function nsPrefix(res, config) {
  const ns = nsOf2(res, config);
  return ns ? `${ns}/` : "";
}

// src/domain/jobs.ts
var JOB_KINDS = /* @__PURE__ */ new Set(["Job", "CronJob"]);
var QUIT_ENDPOINT = "quitquitquit";
var QUIT_API_ENV = /* @__PURE__ */ new Set(["ISTIO_QUIT_API"]);
function isJobWorkload(w) {
  return w.origin === "pod" && JOB_KINDS.has(w.kind);
}
function quitCall(w) {
  for (const c of w.containers) {
    if (c.name === PROXY_CONTAINER) continue;
    for (const field of ["command", "args"]) {
      const list = c.value[field];
      if (!Array.isArray(list)) continue;
      const i2 = list.findIndex((s) => typeof s === "string" && s.includes(QUIT_ENDPOINT));
      if (i2 >= 0) return { view: w.view, path: c.path.concat(field, i2) };
    }
    const env = c.value["env"];
    if (!Array.isArray(env)) continue;
    const i = env.findIndex((e) => isRecord(e) && (typeof e["value"] === "string" && e["value"].includes(QUIT_ENDPOINT) || typeof e["name"] === "string" && QUIT_API_ENV.has(e["name"])));
    if (i >= 0) return { view: w.view, path: c.path.concat("env", i) };
  }
  return void 0;
}
function classicByDefault(rw, inv, target) {
  if (target.istioVersion || target.kubernetesVersion) return false;
  if (rw.mode.prov.level !== "default") return false;
  const setting = inv.istiodEnv.filter((e) => e.name === "ENABLE_NATIVE_SIDECARS").pop();
  return setting === void 0 || String(setting.value) === "auto";
}

// src/domain/ports.ts
var LONG_LIVED = {
  tcp: "TCP",
  tls: "TLS",
  grpc: "gRPC",
  "grpc-web": "gRPC-Web",
  mongo: "MongoDB",
  mongodb: "MongoDB",
  mysql: "MySQL",
  redis: "Redis",
  kafka: "Kafka",
  amqp: "AMQP",
  amqps: "AMQP",
  mqtt: "MQTT",
  nats: "NATS",
  postgres: "PostgreSQL",
  postgresql: "PostgreSQL",
  cassandra: "Cassandra",
  cql: "Cassandra",
  memcached: "Memcached",
  zookeeper: "ZooKeeper",
  websocket: "WebSocket",
  websockets: "WebSocket",
  ws: "WebSocket",
  wss: "WebSocket"
};
var K8S_APP_PROTOCOLS = {
  "kubernetes.io/h2c": void 0,
  // HTTP/2 cleartext: drained with GOAWAY
  "kubernetes.io/ws": "WebSocket",
  "kubernetes.io/wss": "WebSocket"
};
var WELL_KNOWN = { 3306: "MySQL", 27017: "MongoDB" };
var SHORT_LIVED = /* @__PURE__ */ new Set(["http", "http2", "https", "http_proxy", "udp"]);
var HTTP = /* @__PURE__ */ new Set(["http", "http2", "https"]);
var OUTSIDE_HTTP = "HTTP keep-alive";
var ISTIO_PORTS = /* @__PURE__ */ new Set([15e3, 15001, 15004, 15006, 15008, 15009, 15012, 15017, 15020, 15021, 15053, 15090]);
var EXTERNAL_SERVICE_TYPES = /* @__PURE__ */ new Set(["LoadBalancer", "NodePort"]);
function longLivedProtocol(name, appProtocol, port2) {
  const declared2 = typeof appProtocol === "string" && appProtocol !== "" ? appProtocol : typeof name === "string" ? name : "";
  if (declared2 === appProtocol && Object.hasOwn(K8S_APP_PROTOCOLS, declared2)) return K8S_APP_PROTOCOLS[declared2];
  const lower = declared2.toLowerCase();
  const dash = lower.indexOf("-");
  const prefix = lower.startsWith("grpc-web") ? "grpc-web" : dash >= 0 ? lower.slice(0, dash) : lower;
  if (Object.hasOwn(LONG_LIVED, prefix)) return LONG_LIVED[prefix];
  if (SHORT_LIVED.has(prefix)) return void 0;
  return typeof port2 === "number" ? WELL_KNOWN[port2] : void 0;
}
function httpProtocol(name, appProtocol) {
  const declared2 = typeof appProtocol === "string" && appProtocol !== "" ? appProtocol : typeof name === "string" ? name : "";
  const lower = declared2.toLowerCase();
  const dash = lower.indexOf("-");
  return HTTP.has(dash >= 0 ? lower.slice(0, dash) : lower);
}
function label(name, port2) {
  const n = typeof name === "string" && name !== "" ? `${name} ` : "";
  return `port ${n}${typeof port2 === "number" || typeof port2 === "string" ? String(port2) : "(no number)"}`;
}
function notTcp(p) {
  return typeof p["protocol"] === "string" && p["protocol"].toUpperCase() !== "TCP";
}
function interceptedBy(w, gateway) {
  if (gateway) return () => true;
  const list = (v) => typeof v === "string" ? new Set(
    v.split(",").map((s) => s.trim()).filter((s) => s !== "")
  ) : void 0;
  const include = list(w.podAnnotations["traffic.sidecar.istio.io/includeInboundPorts"]);
  const exclude = list(w.podAnnotations["traffic.sidecar.istio.io/excludeInboundPorts"]);
  return (port2) => {
    if (port2 === void 0) return true;
    if (include && !include.has("*") && !include.has(String(port2))) return false;
    return !exclude?.has(String(port2));
  };
}
function selectingServices2(w, inv, defaultNamespace) {
  return selectingServices(w, inv, { defaultNamespace });
}
function longLivedPorts(w, inv, gateway, defaultNamespace, outside = false) {
  const out = [];
  const intercepted = interceptedBy(w, gateway);
  const add = (p, path10, view, number, target, owner, external = false, externalOwner = owner) => {
    if (notTcp(p)) return;
    const istioPort = typeof number === "number" && ISTIO_PORTS.has(number) || target !== void 0 && ISTIO_PORTS.has(target);
    const keepAlive = external && !istioPort && httpProtocol(p["name"], p["appProtocol"]);
    const proto = longLivedProtocol(p["name"], p["appProtocol"], number) ?? (keepAlive ? OUTSIDE_HTTP : void 0);
    if (!proto || !intercepted(target)) return;
    const key = typeof p["appProtocol"] === "string" && p["appProtocol"] !== "" ? "appProtocol" : typeof p["name"] === "string" && p["name"] !== "" ? "name" : void 0;
    const ref = { view, path: key ? [...path10, key] : path10 };
    const what = label(p["name"], number);
    const of = proto === OUTSIDE_HTTP ? externalOwner : owner;
    out.push({ protocol: proto, text: `${proto} on ${what} of ${of}`, ref, related: `${what} of ${of} (${proto})` });
  };
  const containerPorts = [];
  const portByName = /* @__PURE__ */ new Map();
  for (const c of w.containers) {
    if (!gateway && c.name === PROXY_CONTAINER) continue;
    if (c.init && c.value["restartPolicy"] !== "Always") continue;
    const ports = c.value["ports"];
    if (!Array.isArray(ports)) continue;
    ports.forEach((p, i) => {
      if (!isRecord(p)) return;
      if (typeof p["name"] === "string" && typeof p["containerPort"] === "number") portByName.set(p["name"], p["containerPort"]);
      containerPorts.push({ p, path: [...c.path, "ports", i], owner: `container ${c.name || "(unnamed)"}` });
    });
  }
  const targeted = /* @__PURE__ */ new Set();
  for (const svc of selectingServices2(w, inv, defaultNamespace)) {
    const ports = get(svc.value, ["spec", "ports"]);
    if (!Array.isArray(ports)) continue;
    const owner = resourceName(svc);
    const type = get(svc.value, ["spec", "type"]);
    const externalType = typeof type === "string" && EXTERNAL_SERVICE_TYPES.has(type);
    ports.forEach((p, i) => {
      if (!isRecord(p)) return;
      const tp = p["targetPort"] ?? p["port"];
      const target = typeof tp === "number" ? tp : typeof tp === "string" ? portByName.get(tp) : void 0;
      if (target !== void 0 && !notTcp(p)) targeted.add(target);
      add(p, [...svc.base, "spec", "ports", i], svc.view, p["port"], target, owner, outside || externalType, externalType ? !svc.name && svc.unnamedAs ? `${owner} (${String(type)})` : `${String(type)} ${owner}` : owner);
    });
  }
  for (const { p, path: path10, owner } of containerPorts) {
    const number = p["containerPort"];
    if (typeof number === "number" && targeted.has(number)) continue;
    add(p, path10, w.view, number, typeof number === "number" ? number : void 0, owner, outside);
  }
  if (w.origin === "iop-gateway") {
    const ports = get(w.value, ["k8s", "service", "ports"]);
    if (Array.isArray(ports)) {
      ports.forEach((p, i) => {
        if (isRecord(p)) add(p, [...w.base, "k8s", "service", "ports", i], w.view, p["port"], typeof p["targetPort"] === "number" ? p["targetPort"] : void 0, `${w.name ? `the ${w.name} Service` : "its Service"} (${w.profile ? `${w.profile} profile` : "k8s.service"})`, outside);
      });
    }
  }
  if (w.origin === "gateway-api") {
    const listeners = get(w.value, ["spec", "listeners"]);
    if (Array.isArray(listeners)) {
      listeners.forEach((l, i) => {
        if (!isRecord(l) || typeof l["protocol"] !== "string") return;
        const declared2 = l["protocol"].toUpperCase();
        const proto = { TCP: "TCP", TLS: "TLS" }[declared2] ?? (outside && (declared2 === "HTTP" || declared2 === "HTTPS") && !ISTIO_PORTS.has(Number(l["port"])) ? OUTSIDE_HTTP : void 0);
        if (!proto) return;
        const what = `listener ${typeof l["name"] === "string" ? `${l["name"]} ` : ""}(port ${String(l["port"] ?? "?")})`;
        out.push({ protocol: proto, text: `${proto} on ${what}`, ref: { view: w.view, path: [...w.base, "spec", "listeners", i, "protocol"] }, related: `${what} (${proto})` });
      });
    }
  }
  return out;
}

// src/istio/mesh-fields.ts
var PROXY_CONFIG_FIELDS = {
  configPath: { type: "string" },
  binaryPath: { type: "string" },
  serviceCluster: { type: "string" },
  tracingServiceName: { type: "enum", enumValues: ["APP_LABEL_AND_NAMESPACE", "CANONICAL_NAME_ONLY", "CANONICAL_NAME_AND_NAMESPACE"] },
  drainDuration: { type: "duration" },
  parentShutdownDuration: { type: "duration", removed: "1.17" },
  discoveryAddress: { type: "string" },
  discoveryRefreshDelay: { type: "duration" },
  zipkinAddress: { type: "string" },
  connectTimeout: { type: "duration", removed: "1.6" },
  statsdUdpAddress: { type: "string" },
  envoyMetricsServiceAddress: { type: "string" },
  proxyAdminPort: { type: "integer" },
  availabilityZone: { type: "string" },
  controlPlaneAuthPolicy: { type: "enum", enumValues: ["NONE", "MUTUAL_TLS", "INHERIT"] },
  customConfigFile: { type: "string" },
  statNameLength: { type: "integer" },
  concurrency: { type: "integer" },
  proxyBootstrapTemplatePath: { type: "string" },
  interceptionMode: { type: "enum", enumValues: ["REDIRECT", "TPROXY", "NONE"] },
  tracing: { type: "object" },
  sds: { type: "object" },
  envoyAccessLogService: { type: "object" },
  envoyMetricsService: { type: "object" },
  proxyMetadata: { type: "map-string" },
  runtimeValues: { type: "map-string" },
  statusPort: { type: "integer" },
  extraStatTags: { type: "array" },
  gatewayTopology: { type: "object" },
  terminationDrainDuration: { type: "duration" },
  meshId: { type: "string" },
  readinessProbe: { type: "object" },
  proxyStatsMatcher: { type: "object" },
  holdApplicationUntilProxyStarts: { type: "boolean" },
  caCertificatesPem: { type: "array" },
  image: { type: "object" },
  privateKeyProvider: { type: "object" },
  proxyHeaders: { type: "object" },
  fileFlushInterval: { type: "duration" },
  fileFlushMinSizeKb: { type: "integer" },
  statsCompression: { type: "boolean" },
  connectionSettings: { type: "object" }
};
var MESH_CONFIG_FIELDS = {
  proxyListenPort: { type: "integer" },
  proxyInboundListenPort: { type: "integer" },
  proxyHttpPort: { type: "integer" },
  connectTimeout: { type: "duration" },
  hboneIdleTimeout: { type: "duration" },
  protocolDetectionTimeout: { type: "duration" },
  tcpKeepalive: { type: "object" },
  ingressClass: { type: "string" },
  ingressService: { type: "string" },
  ingressControllerMode: { type: "enum", enumValues: ["UNSPECIFIED", "OFF", "DEFAULT", "STRICT"] },
  ingressSelector: { type: "string" },
  enableTracing: { type: "boolean" },
  accessLogFile: { type: "string" },
  accessLogFormat: { type: "string" },
  accessLogEncoding: { type: "enum", enumValues: ["TEXT", "JSON"] },
  enableEnvoyAccessLogService: { type: "boolean" },
  disableEnvoyListenerLog: { type: "boolean" },
  defaultConfig: { type: "object" },
  outboundTrafficPolicy: { type: "object" },
  inboundTrafficPolicy: { type: "object" },
  configSources: { type: "array" },
  enableAutoMtls: { type: "boolean" },
  trustDomain: { type: "string" },
  trustDomainAliases: { type: "array" },
  caCertificates: { type: "array" },
  defaultServiceExportTo: { type: "array" },
  defaultVirtualServiceExportTo: { type: "array" },
  defaultDestinationRuleExportTo: { type: "array" },
  rootNamespace: { type: "string" },
  localityLbSetting: { type: "object" },
  zoneAwareLbSetting: { type: "object" },
  dnsRefreshRate: { type: "duration" },
  h2UpgradePolicy: { type: "enum", enumValues: ["DO_NOT_UPGRADE", "UPGRADE"] },
  inboundClusterStatName: { type: "string" },
  outboundClusterStatName: { type: "string" },
  certificates: { type: "array" },
  thriftConfig: { type: "object", removed: "1.17" },
  serviceSettings: { type: "array" },
  serviceScopeConfigs: { type: "array" },
  enablePrometheusMerge: { type: "boolean" },
  verifyCertificateAtClient: { type: "boolean" },
  ca: { type: "object" },
  extensionProviders: { type: "array" },
  defaultProviders: { type: "object" },
  discoverySelectors: { type: "array" },
  pathNormalization: { type: "object" },
  defaultHttpRetryPolicy: { type: "object" },
  meshMTLS: { type: "object" },
  tlsDefaults: { type: "object" },
  defaultTrafficPolicy: { type: "object" },
  serviceEntryVisibility: { type: "object" },
  mixerCheckServer: { type: "string", removed: "1.8" },
  mixerReportServer: { type: "string", removed: "1.8" },
  disablePolicyChecks: { type: "boolean", removed: "1.8" },
  disableMixerHttpReports: { type: "boolean", removed: "1.8" },
  policyCheckFailOpen: { type: "boolean", removed: "1.8" },
  sidecarToTelemetrySessionAffinity: { type: "boolean", removed: "1.8" },
  authPolicy: { type: "enum", enumValues: ["NONE", "MUTUAL_TLS"], removed: "1.9" },
  rdsRefreshDelay: { type: "duration", removed: "1.9" },
  mixerAddress: { type: "string", removed: "1.8" },
  enableClientSidePolicyCheck: { type: "boolean", removed: "1.8" },
  sdsUdsPath: { type: "string", removed: "1.8" },
  sdsRefreshDelay: { type: "duration", removed: "1.8" },
  enableSdsTokenMount: { type: "boolean", removed: "1.8" },
  sdsUseK8sSaJwt: { type: "boolean", removed: "1.8" },
  disableReportBatch: { type: "boolean", removed: "1.8" },
  reportBatchMaxEntries: { type: "integer", removed: "1.8" },
  reportBatchMaxTime: { type: "duration", removed: "1.8" }
};

// rules/annotation-not-rendered/index.ts
var KEYS = [EZ, MIN];
function quoted(value) {
  return JSON.stringify(typeof value === "string" ? value : String(value));
}
function why(w) {
  if (w.origin === "iop-gateway") {
    return `This IstioOperator gateway is not injected: pilot-agent reads the ${PROXY_CONFIG_ANNOTATION} annotation (k8s.podAnnotations) at runtime, and only the injector turns proxyMetadata into environment variables`;
  }
  const where = w.annotationsPath.includes("infrastructure") ? "spec.infrastructure.annotations" : "metadata.annotations";
  return `istiod deploys this Gateway (class ${w.gatewayClass ?? "istio"}) itself and computes its ProxyConfig without annotations: the ${PROXY_CONFIG_ANNOTATION} annotation copied from ${where} is read at runtime only, and its proxyMetadata never becomes an environment variable`;
}
function instead(w, name, value) {
  if (w.origin === "iop-gateway") return `Set it in k8s.env of this gateway entry instead (- name: ${name}, value: ${value})`;
  const ns = w.namespace ?? w.effectiveNamespace;
  return `Set it with a ProxyConfig in ${ns ? `namespace ${ns}` : "the Gateway's namespace"} whose selector.matchLabels is gateway.networking.k8s.io/gateway-name: ${w.name ?? "<name>"} and whose spec.environmentVariables has ${name}: ${value} instead`;
}
var annotation_not_rendered_default = defineRule({
  meta: {
    id: "annotation-not-rendered",
    severity: "error",
    description: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS or MINIMUM_DRAIN_DURATION in the proxyMetadata of a proxy.istio.io/config annotation on a gateway that is not injected (IstioOperator gateway, Gateway API): it never becomes the proxy's environment.",
    help: "Set the variable where it reaches the gateway's istio-proxy environment: k8s.env of an IstioOperator gateway entry, or a ProxyConfig selecting a Gateway API gateway by its gateway.networking.k8s.io/gateway-name label.",
    fixable: false,
    messages: {
      notRendered: {
        message: "{{name}} in {{annotation}} never becomes this gateway's env, so the proxy keeps {{stays}}.",
        help: "{{instead}}. {{why}}. Values: {{values}}."
      },
      emptyCannotUnset: {
        message: 'An empty {{name}} in {{annotation}} cannot unset it on this gateway: the proxy keeps "{{effective}}" from {{from}}.',
        help: "{{instead}}. {{why}}, so an empty value there unsets nothing. Values: {{values}}."
      },
      emptyNoEffect: {
        message: "An empty {{name}} in {{annotation}} has no effect on this gateway, whose proxy keeps {{stays}} (default).",
        help: "Remove it: the proxy has no value from elsewhere to unset. {{why}}. Values: {{values}}."
      },
      sameValueElsewhere: {
        message: '{{name}} "{{effective}}" in {{annotation}} is never rendered; {{from}} sets the same value.',
        help: "Remove it here. {{why}}. Values: {{values}}."
      },
      setForThisGateway: {
        message: `{{name}} {{value}} in {{annotation}} never becomes this gateway's env; the proxy keeps "{{effective}}" from {{from}}.`,
        help: "Remove it here, or change that value to {{value}} if that was meant: it already sets {{name}} for this gateway alone, where it works. {{why}}. Values: {{values}}."
      }
    }
  },
  create(ctx) {
    return {
      workload(rw) {
        const w = rw.workload;
        if (w.annotationMetadataRendered || rw.admissionDenied) return;
        const ann = w.proxyConfigAnnotation;
        if (!ann?.view || !isRecord(ann.view.value)) return;
        for (const mdKey of ["proxyMetadata", "proxy_metadata"]) {
          const md = ann.view.value[mdKey];
          if (!isRecord(md)) continue;
          for (const name of KEYS) {
            if (!(name in md)) continue;
            const raw = md[name];
            const effective = rw.proxyEnv.get(name);
            const related3 = [];
            if (effective?.prov.ref) related3.push({ message: `${name} "${effective.value}" (${effective.prov.source})`, ref: effective.prov.ref });
            const stays = name === EZ ? "false" : formatSeconds(DEFAULT_MIN);
            const ref = { view: ann.view, path: [mdKey, name] };
            const proxyValue = effective ? { value: `"${effective.value}"`, prov: effective.prov } : { value: stays, prov: { level: "default", source: "default" } };
            const data = {
              name,
              annotation: PROXY_CONFIG_ANNOTATION,
              why: why(w),
              values: valueList([
                [name, { value: written(ref, raw), prov: { level: "annotation", source: `${PROXY_CONFIG_ANNOTATION} annotation`, ref } }],
                [`the proxy's ${name}`, proxyValue]
              ]),
              ...effective ? { effective: effective.value, from: sourceWords(effective.prov) } : {}
            };
            const unset = raw === "" || raw === null || raw === void 0;
            const at = { ...ref, target: "key" };
            if (unset) {
              if (effective) {
                ctx.report({ at, workload: w, messageId: "emptyCannotUnset", data: { ...data, instead: instead(w, name, name === EZ ? '"false"' : '"5s"') }, related: related3 });
              } else {
                ctx.report({ at, workload: w, messageId: "emptyNoEffect", data: { ...data, stays }, related: related3 });
              }
            } else if (effective && effective.value === String(raw)) {
              ctx.report({ at, workload: w, messageId: "sameValueElsewhere", data, related: related3 });
            } else if (effective && (effective.prov.level === "proxy-container" || effective.prov.level === "selector-proxyconfig")) {
              ctx.report({ at, workload: w, messageId: "setForThisGateway", data: { ...data, value: quoted(raw) }, related: related3 });
            } else {
              const shown4 = effective ? `"${effective.value}" from ${sourceWords(effective.prov)}` : `${stays} (default)`;
              ctx.report({ at, workload: w, messageId: "notRendered", data: { ...data, stays: shown4, instead: instead(w, name, quoted(raw)) }, related: related3 });
            }
          }
        }
      }
    };
  }
});

// rules/connections-outlive-grace-period/index.ts
var connections_outlive_grace_period_default = defineRule({
  meta: {
    id: "connections-outlive-grace-period",
    severity: "warning",
    description: "Requests or connections can stay in flight longer than terminationGracePeriodSeconds: kubelet's SIGKILL cuts them whatever the proxy does.",
    help: "Raise terminationGracePeriodSeconds to cover the expected connection lifetime, the drain and the app’s own stop; keep a drain that lasts that long.",
    fixable: true,
    fixTypes: ["timing"],
    messages: {
      cut: {
        message: "Requests may stay in flight for {{lifetime}}, but terminationGracePeriodSeconds is {{grace}}: SIGKILL cuts them.",
        help: "Raise terminationGracePeriodSeconds to at least {{target}}{{where}}{{why}}{{alsoDrainDuration}}. {{proxy}}Values: {{values}}."
      }
    }
  },
  create(ctx) {
    return {
      workload(rw) {
        const g = rw.grace.value;
        if (g === void 0 || rw.admissionDenied) return;
        if (hardcodedWaypointGrace(rw, ctx.config)) return;
        const l = rw.lifetime;
        if (!l || l.value <= g) return;
        const tl = rw.timeline;
        const end = tl.drainEnd;
        const app = tl.appExit;
        const target = atLeast(end, app, l.value);
        const ezOn = tl.path === "classic" && tl.ez;
        const proxy = tl.path === "none" ? "" : ezOn ? `EXIT_ON_ZERO_ACTIVE_CONNECTIONS (${origin(rw.ez.prov)}) makes the ${proxyNoun(rw)} wait for open connections only until the SIGKILL. ` : `The ${proxyNoun(rw)} cannot keep them open past it either. `;
        const extra = [];
        let why2 = "";
        if (target > Math.ceil(l.value)) {
          if (app !== void 0 && Math.ceil(app) === target) {
            why2 = ` (the app needs ${tl.appExitAtLeast ? "at least " : ""}${formatSeconds(app)} to stop)`;
            extra.push(["app preStop", rw.appPreStop], ["shutdown duration", rw.shutdown]);
          } else if (end !== void 0) {
            why2 = ` (the ${proxyNoun(rw)}'s drain ends at ${tl.drainEndAtLeast ? "at least " : ""}${formatSeconds(end)})`;
            if (rw.ez.value) extra.push(["MINIMUM_DRAIN_DURATION", rw.min]);
            else extra.push(["terminationDrainDuration", rw.tdd]);
            extra.push(["istio-proxy preStop", (rw.proxyPreStop.seconds ?? 0) > 0 ? rw.proxyPreStop : void 0]);
          }
        }
        const classicDrain = (tl.path === "classic" || tl.path === "native-without-drain-hook") && rw.proxyPreStop.seconds !== void 0;
        const fit = classicDrain ? drainFit(rw, { ez: rw.ez.value, wait: rw.ez.value ? rw.min.value : rw.tdd.value }, ctx.config.istioVersion) : {};
        const alsoDrainDuration = fit.drainDuration !== void 0 ? ` and drainDuration to at least ${formatSeconds(fit.drainDuration)}` : "";
        if (fit.drainDuration !== void 0) {
          if (!extra.some(([label2]) => label2 === "terminationDrainDuration" || label2 === "MINIMUM_DRAIN_DURATION")) extra.push([rw.ez.value ? "MINIMUM_DRAIN_DURATION" : "terminationDrainDuration", rw.ez.value ? rw.min : rw.tdd]);
          extra.push(["drainDuration", rw.dd]);
        }
        const values = [["connection lifetime", l], ["EXIT_ON_ZERO_ACTIVE_CONNECTIONS", ezOn ? rw.ez : void 0], ...extra];
        ctx.report({
          at: rw.grace.prov.ref,
          workload: rw.workload,
          severity: rw.graceOptOut ? "info" : void 0,
          messageId: "cut",
          fix: raiseGraceFix(rw.workload, target, fit.drainDuration === void 0 && graceHint(rw) === ""),
          data: {
            lifetime: formatSeconds(l.value),
            grace: graceWords(rw),
            target,
            where: graceHint(rw),
            why: why2,
            alsoDrainDuration,
            proxy,
            values: valueList([["connection lifetime", l], ...extra, ["terminationGracePeriodSeconds", rw.grace]])
          },
          related: relatedValues(values)
        });
      }
    };
  }
});

// rules/drain-env-on-app-container/index.ts
var INJECTED_INIT = /* @__PURE__ */ new Set(["istio-init", "istio-validation"]);
function quoted2(name, value) {
  const text2 = typeof value === "string" ? value.trim() : typeof value === "number" || typeof value === "boolean" ? String(value) : void 0;
  if (name === EZ) {
    if (text2 !== void 0 && parseGoBool(text2) !== void 0) return `"${text2}"`;
    return '"true"';
  }
  if (text2 !== void 0 && parseGoDuration(text2) !== void 0 && text2 !== "0") return `"${text2}"`;
  if (text2 !== void 0 && /^\d+(\.\d+)?$/.test(text2)) return `"${text2}s"`;
  return '"<duration>"';
}
function assumed(rw) {
  return rw.sidecar.status === "assumed" ? ` An injected sidecar is assumed: ${rw.sidecar.reason}.` : "";
}
var READS = "pilot-agent reads only the istio-proxy container's own environment";
var drain_env_on_app_container_default = defineRule({
  meta: {
    id: "drain-env-on-app-container",
    severity: "error",
    description: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS or MINIMUM_DRAIN_DURATION set as env on a container other than istio-proxy, where pilot-agent never reads it.",
    help: "Set the variable where it reaches the istio-proxy container's environment (proxyMetadata in the proxy.istio.io/config annotation or the mesh config, or the env of a declared istio-proxy container) and remove it from the app container.",
    fixable: false,
    messages: {
      appEnv: {
        message: "{{name}} on {{container}} is never read, so the proxy keeps {{stays}} (default).",
        help: "Write {{snippet}} in the {{annotation}} annotation ({{annPath}}) and remove the entry from {{container}}: {{reads}}, which the injector builds from proxyMetadata.{{assumed}} Values: {{values}}."
      },
      appEnvMoveToProxy: {
        message: "{{name}} is on {{container}}, not on the istio-proxy container, so the proxy keeps {{stays}} (default).",
        help: "Move the entry to the env of the istio-proxy container (value {{value}}): {{reads}}. Values: {{values}}."
      },
      appEnvProxyHasValue: {
        message: '{{name}} on {{container}} is never read; the proxy gets "{{effective}}" from {{from}}.',
        help: "Remove the entry from {{container}}{{orSet}}: {{reads}}.{{assumed}} Values: {{values}}."
      }
    }
  },
  create(ctx) {
    return {
      workload(rw) {
        if (rw.sidecar.status === "none") return;
        if (rw.admissionDenied) return;
        const w = rw.workload;
        const proxy = proxyContainer(w);
        const annPath = [...w.podMetaPath.slice(w.base.length), "annotations"].join(".");
        for (const c of w.containers) {
          if (c.name === PROXY_CONTAINER) continue;
          if (proxy && c.init && INJECTED_INIT.has(c.name)) continue;
          const env = c.value["env"];
          if (!Array.isArray(env)) continue;
          env.forEach((e, i) => {
            if (!isRecord(e) || e["name"] !== EZ && e["name"] !== MIN) return;
            const name = e["name"];
            const container = `${c.init ? "init container" : "container"} ${c.name || "(unnamed)"}`;
            const effective = rw.proxyEnv.get(name);
            const value = quoted2(name, e["value"]);
            const here = [
              name,
              e["value"] !== void 0 ? { value: JSON.stringify(e["value"]), prov: { level: "pod-spec", source: `env of ${container}`, ref: { view: w.view, path: [...c.path, "env", i, "value"] } } } : void 0
            ];
            const common = { name, container, reads: READS, value, assumed: assumed(rw) };
            const related3 = [];
            const at = { view: w.view, path: [...c.path, "env", i, "name"] };
            if (effective) {
              if (effective.prov.ref) related3.push({ message: `${name} "${effective.value}" (${effective.prov.source})`, ref: effective.prov.ref });
              const proxyValue = { value: `"${effective.value}"`, prov: effective.prov };
              ctx.report({
                at,
                workload: w,
                container: c.name,
                messageId: "appEnvProxyHasValue",
                data: {
                  ...common,
                  effective: effective.value,
                  from: sourceWords(effective.prov),
                  orSet: `"${effective.value}"` === value ? "" : `, or set ${value} where the proxy gets it`,
                  values: valueList([here, [`the proxy's ${name}`, proxyValue]])
                },
                related: related3
              });
              return;
            }
            const stays = name === EZ ? "false" : formatSeconds(DEFAULT_MIN);
            const values = valueList([here, [`the proxy's ${name}`, { value: stays, prov: { level: "default", source: "default" } }]]);
            ctx.report({
              at,
              workload: w,
              container: c.name,
              messageId: proxy ? "appEnvMoveToProxy" : "appEnv",
              data: { ...common, stays, values, snippet: `proxyMetadata: {${name}: ${value}}`, annotation: PROXY_CONFIG_ANNOTATION, annPath },
              related: related3
            });
          });
        }
      }
    };
  }
});

// rules/drain-exceeds-grace-period/index.ts
var drain_exceeds_grace_period_default = defineRule({
  meta: {
    id: "drain-exceeds-grace-period",
    severity: "warning",
    description: "The proxy's drain (or the app's shutdown, or a preStop hook) cannot finish before kubelet's SIGKILL at terminationGracePeriodSeconds.",
    help: "Give the pod a terminationGracePeriodSeconds longer than the proxy's drain, the app's shutdown and every preStop hook, or shorten them: kubelet kills whatever still runs when it ends.",
    fixable: true,
    fixTypes: ["timing"],
    messages: {
      preStopRejected: {
        message: "The preStop sleep of container {{container}} is {{hook}}, longer than terminationGracePeriodSeconds {{grace}}: the API server rejects it.",
        help: "Raise terminationGracePeriodSeconds to at least {{target}}{{where}}{{why}}{{alsoDrainDuration}}, or {{shorten}}. The API server rejects a lifecycle.preStop.sleep.seconds above the grace period, and a hook that takes the whole grace period leaves the container no time to stop. {{notes}}Values: {{values}}."
      },
      preStopOutlastsGrace: {
        message: "The preStop hook of container {{container}} takes {{hook}}, but terminationGracePeriodSeconds is {{grace}}: no time is left for a graceful stop.",
        help: "Raise terminationGracePeriodSeconds to at least {{target}}{{where}}{{why}}{{alsoDrainDuration}}, or {{shorten}}. The grace period includes the preStop hook and SIGTERM comes only after it, so a hook that takes the whole grace period leaves the container no time to stop before kubelet's SIGKILL. {{notes}}Values: {{values}}."
      },
      nativeAppStop: {
        message: "The app needs {{appExit}} to stop, but terminationGracePeriodSeconds is {{grace}}: SIGKILL cuts its shutdown.",
        help: "Raise terminationGracePeriodSeconds to at least {{target}}{{lateDrain}}, or shorten the app's preStop or shutdown. The native sidecar keeps serving until the app has exited, so the grace period has to cover the whole of the app's stop, preStop included. {{notes}}Values: {{values}}."
      },
      classicDrain: {
        message: "terminationDrainDuration is {{tdd}}{{afterPreStop}}, but terminationGracePeriodSeconds is {{grace}}: SIGKILL cuts the {{proxy}}'s drain.",
        help: "Raise terminationGracePeriodSeconds to at least {{target}}{{where}}{{alsoDrainDuration}}{{lower}}. The grace period counts from the pod's deletion, preStop included: the {{proxy}}'s drain would end at {{end}}, but kubelet kills Envoy at {{kill}} and the requests still in flight are reset. {{notes}}Values: {{values}}."
      },
      lateDrain: {
        message: "terminationDrainDuration {{tdd}} starts only when the app exits at {{appExit}}, but terminationGracePeriodSeconds is {{grace}}: SIGKILL cuts that drain.",
        help: "Raise terminationGracePeriodSeconds to at least {{target}}{{alsoDrainDuration}}{{lower}}. The native sidecar's /drain preStop {{loss}}, so the sidecar gets SIGTERM only once the app has exited and only then drains for terminationDrainDuration: the drain would end at {{end}}, but kubelet kills Envoy at {{kill}}. {{notes}}Values: {{values}}."
      },
      lateExitOnZeroDrain: {
        message: "MINIMUM_DRAIN_DURATION {{min}} starts only when the app exits at {{appExit}}, but terminationGracePeriodSeconds is {{grace}}: SIGKILL comes first.",
        help: "Raise terminationGracePeriodSeconds to at least {{target}}{{alsoDrainDuration}}{{lower}}. The native sidecar's /drain preStop {{loss}}, so the sidecar gets SIGTERM only once the app has exited; with EXIT_ON_ZERO_ACTIVE_CONNECTIONS on it then sleeps MINIMUM_DRAIN_DURATION and checks for open connections 1s later, at {{end}}, but kubelet kills it at {{kill}}. {{notes}}Values: {{values}}."
      },
      exitOnZeroDrain: {
        message: "MINIMUM_DRAIN_DURATION is {{min}}{{afterPreStop}}, but terminationGracePeriodSeconds is {{grace}}: SIGKILL precedes the first connection check.",
        help: "Raise terminationGracePeriodSeconds to at least {{target}}{{where}}{{alsoDrainDuration}}{{lower}}. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, the {{proxy}} sleeps MINIMUM_DRAIN_DURATION once its drain starts and checks for open connections only 1s later, at {{end}}; kubelet kills it at {{kill}}, before it can exit on its own. {{notes}}Values: {{values}}."
      }
    }
  },
  create(ctx) {
    return {
      workload(rw) {
        const g = rw.grace.value;
        if (g === void 0 || rw.admissionDenied) return;
        if (hardcodedWaypointGrace(rw, ctx.config)) return;
        const w = rw.workload;
        const at = rw.grace.prov.ref;
        const severity = rw.graceOptOut ? "info" : void 0;
        const tl = rw.timeline;
        const proxy = proxyNoun(rw);
        const where = graceHint(rw);
        const grace = graceWords(rw);
        const pp = rw.proxyPreStop.seconds;
        const ez = rw.ez.value;
        const classic = tl.path === "classic" && pp !== void 0;
        const native = tl.path === "native";
        const late = tl.path === "native-without-drain-hook" && tl.drainEnd !== void 0;
        const fit = classic || late ? drainFit(rw, { ez, wait: ez ? rw.min.value : rw.tdd.value }, ctx.config.istioVersion) : {};
        const alsoDrainDuration = fit.drainDuration !== void 0 ? ` and drainDuration to at least ${formatSeconds(fit.drainDuration)}` : "";
        const ppCounts = (pp ?? 0) > 0 && !(late && (tl.appExit ?? 0) >= (pp ?? 0));
        const drainValues = [
          ["terminationDrainDuration", ez ? void 0 : rw.tdd],
          ["MINIMUM_DRAIN_DURATION", ez ? rw.min : void 0],
          ["EXIT_ON_ZERO_ACTIVE_CONNECTIONS", ez ? rw.ez : void 0],
          ["istio-proxy preStop", ppCounts ? rw.proxyPreStop : void 0],
          ["drainDuration", fit.drainDuration !== void 0 ? rw.dd : void 0]
        ];
        let hookReported = false;
        for (const c of w.containers) {
          if (c.init && c.name !== "istio-proxy") continue;
          const preStop = isRecord(c.value["lifecycle"]) ? c.value["lifecycle"]["preStop"] : void 0;
          const t = rw.containerPreStops.get(c.name);
          if (!t || t.seconds === void 0 || !preStop || t.seconds < g) continue;
          const sleepAction = isRecord(preStop) && isRecord(preStop["sleep"]);
          const rejected = sleepAction && t.seconds > g;
          const hookTarget = atLeast(t.seconds) + 1;
          const other = classic || late ? tl.drainEnd : native ? tl.appExit : void 0;
          const target = Math.max(hookTarget, atLeast(other));
          const byOther = target > hookTarget;
          const otherAtLeast = (native ? tl.appExitAtLeast : tl.drainEndAtLeast) ? "at least " : "";
          const why2 = !byOther ? "" : classic || late ? ` (the ${proxy}'s drain ends at ${otherAtLeast}${formatSeconds(other)})` : ` (the app needs ${otherAtLeast}${formatSeconds(other)} to stop)`;
          const ddToo = (classic || late) && fit.drainDuration !== void 0;
          const ownDrain = drainValues.filter(([label2]) => c.name !== "istio-proxy" || label2 !== "istio-proxy preStop");
          const appValues = [["app preStop", rw.appPreStop], ["shutdown duration", rw.shutdown]];
          const otherValues = classic ? byOther || ddToo ? ownDrain : [] : late ? byOther || ddToo ? [...appValues, ...ownDrain] : [] : byOther ? appValues : [];
          ctx.report({
            at,
            workload: w,
            container: c.name,
            severity: rejected ? "error" : severity,
            messageId: rejected ? "preStopRejected" : "preStopOutlastsGrace",
            fix: raiseGraceFix(w, target, !ddToo && where === ""),
            data: {
              container: c.name,
              hook: durationWords(t),
              grace,
              shorten: g > 0 ? `shorten the ${rejected ? "sleep" : "hook"} to less than ${g}s` : `remove the ${rejected ? "sleep" : "hook"}`,
              target,
              where,
              why: why2,
              alsoDrainDuration: ddToo ? alsoDrainDuration : "",
              notes: byOther || ddToo ? helpNotes(rw, ctx.config, { native: false }) : "",
              values: valueList([["preStop", t], ...otherValues, ["terminationGracePeriodSeconds", rw.grace]])
            },
            related: relatedValues([["preStop", t]])
          });
          hookReported = true;
        }
        if (hookReported || rw.sidecar.status === "none") return;
        if (native || late) {
          const end2 = tl.appExit;
          if (end2 !== void 0 && !tl.appExitAtLeast && end2 > g) {
            const drainAfter = late && tl.drainEnd !== void 0 && !tl.drainEndAtLeast ? tl.drainEnd : void 0;
            ctx.report({
              at,
              workload: w,
              severity,
              messageId: "nativeAppStop",
              fix: raiseGraceFix(w, atLeast(end2, drainAfter), (drainAfter === void 0 || alsoDrainDuration === "") && where === ""),
              data: {
                appExit: formatSeconds(end2),
                grace,
                target: atLeast(end2, drainAfter),
                lateDrain: drainAfter === void 0 ? "" : ` (the sidecar, whose /drain preStop ${drainHookLoss(rw, ctx.inventory, ctx.config.istioVersion)?.what ?? "is missing"}, drains only after it, until ${formatSeconds(drainAfter)})${alsoDrainDuration}`,
                notes: helpNotes(rw, ctx.config),
                values: valueList([["app preStop", rw.appPreStop], ["shutdown duration", rw.shutdown], ...drainAfter === void 0 ? [] : drainValues, ["terminationGracePeriodSeconds", rw.grace]])
              },
              related: relatedValues([["app preStop", rw.appPreStop], ["shutdown duration", rw.shutdown]])
            });
            return;
          }
          if (native) return;
        }
        const end = tl.drainEnd;
        if (!(classic || late) || end === void 0 || tl.drainEndAtLeast || end <= g) return;
        const shorter = shorterDrain(rw, ez, ctx.config.istioVersion);
        const lower = shorter === void 0 ? "" : `, or lower ${ez ? "MINIMUM_DRAIN_DURATION" : "terminationDrainDuration"} to at most ${formatSeconds(shorter)}${gatewayDrainCaveat(rw)}`;
        const drainRelated = relatedValues([
          ["terminationDrainDuration", ez ? void 0 : rw.tdd],
          ["MINIMUM_DRAIN_DURATION", ez ? rw.min : void 0],
          ["EXIT_ON_ZERO_ACTIVE_CONNECTIONS", ez ? rw.ez : void 0],
          ["istio-proxy preStop", ppCounts ? rw.proxyPreStop : void 0]
        ]);
        const common = {
          tdd: formatSeconds(rw.tdd.value),
          min: formatSeconds(rw.min.value),
          grace,
          target: atLeast(end),
          alsoDrainDuration,
          lower,
          end: formatSeconds(end),
          kill: formatSeconds(g),
          notes: helpNotes(rw, ctx.config)
        };
        if (late) {
          const loss = drainHookLoss(rw, ctx.inventory, ctx.config.istioVersion);
          ctx.report({
            at,
            workload: w,
            severity,
            messageId: ez ? "lateExitOnZeroDrain" : "lateDrain",
            fix: raiseGraceFix(w, common.target, alsoDrainDuration === "" && where === ""),
            data: {
              ...common,
              appExit: formatSeconds(tl.drainStart),
              loss: loss?.what ?? "is missing",
              values: valueList([["app preStop", rw.appPreStop], ["shutdown duration", rw.shutdown], ...drainValues, ["terminationGracePeriodSeconds", rw.grace]])
            },
            related: [...drainRelated, ...relatedValues([["app preStop", rw.appPreStop], ["shutdown duration", rw.shutdown]])]
          });
          return;
        }
        ctx.report({
          at,
          workload: w,
          severity,
          messageId: ez ? "exitOnZeroDrain" : "classicDrain",
          fix: raiseGraceFix(w, common.target, alsoDrainDuration === "" && where === ""),
          data: { ...common, afterPreStop: afterProxyPreStop(rw.proxyPreStop), proxy, where, values: valueList([...drainValues, ["terminationGracePeriodSeconds", rw.grace]]) },
          related: drainRelated
        });
      }
    };
  }
});

// rules/drain-setting-outside-proxy-metadata/index.ts
var KEYS2 = [EZ, MIN];
var WHY = "It is an environment variable of the proxy, not a ProxyConfig field: istiod drops unknown keys silently, and only proxyMetadata entries become the proxy's environment";
function quoted3(name, value) {
  const text2 = typeof value === "string" ? value.trim() : typeof value === "number" || typeof value === "boolean" ? String(value) : void 0;
  if (name === EZ) return text2 !== void 0 && parseGoBool(text2) !== void 0 ? `"${text2}"` : '"true"';
  if (text2 !== void 0 && text2 !== "0" && parseGoDuration(text2) !== void 0) return `"${text2}"`;
  if (text2 !== void 0 && /^\d+(\.\d+)?$/.test(text2)) return `"${text2}s"`;
  return '"<duration>"';
}
function sibling(pcPath, pc, name) {
  for (const key of ["proxyMetadata", "proxy_metadata"]) {
    const md = pc[key];
    if (isRecord(md) && typeof md[name] === "string") return { value: md[name], path: [...pcPath, key, name] };
  }
  return void 0;
}
function writtenAt(ref, raw, prov) {
  return { value: written(ref, raw), prov: { ...prov, ref } };
}
function moveFix(ref, pc, pcPath, name, value) {
  if (value.startsWith('"<')) return void 0;
  const md = ["proxyMetadata", "proxy_metadata"].find((k) => isRecord(pc[k])) ?? "proxyMetadata";
  if (md in pc && !isRecord(pc[md])) return void 0;
  return fixOf("layout", [{ op: "set", at: { view: ref.view, path: [...pcPath, md, name] }, text: value }, { op: "remove", at: ref }]);
}
function defaultOf(name) {
  return name === EZ ? "false" : formatSeconds(DEFAULT_MIN);
}
var drain_setting_outside_proxy_metadata_default = defineRule({
  meta: {
    id: "drain-setting-outside-proxy-metadata",
    severity: "error",
    description: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS or MINIMUM_DRAIN_DURATION written as a direct key of defaultConfig, of the proxy.istio.io/config annotation or of the mesh config instead of under proxyMetadata, where istiod drops it.",
    help: 'Write the variable under proxyMetadata, as a quoted string (proxyMetadata: {EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"}): it is an environment variable of the proxy, not a ProxyConfig field.',
    fixable: true,
    fixTypes: ["layout"],
    messages: {
      annotationKey: {
        message: "{{name}} as a direct key of {{annotation}} is dropped by istiod, so the proxy keeps {{stays}} (default).",
        help: "Write it as {{snippet}} in the annotation. {{why}}. Values: {{values}}."
      },
      annotationKeyProxyHasValue: {
        message: '{{name}} as a direct key of {{annotation}} is dropped by istiod; the proxy gets "{{effective}}" from {{from}}.',
        help: "Remove this key{{orWrite}}. {{why}}. Values: {{values}}."
      },
      meshKey: {
        message: "{{name}} {{site}} is dropped by istiod, so no proxy gets it from this mesh config.",
        help: "Write it as {{form}}. {{why}}. Values: {{values}}."
      },
      meshKeyProxyHasValue: {
        message: '{{name}} {{site}} is dropped by istiod; proxies get "{{have}}" from {{metadata}}.',
        help: "Remove this key{{orWrite}}. {{why}}. Values: {{values}}."
      }
    }
  },
  create(ctx) {
    return {
      // The pod template's proxy.istio.io/config annotation.
      workload(rw) {
        const ann = rw.workload.proxyConfigAnnotation;
        if (!ann?.view || !isRecord(ann.view.value) || rw.admissionDenied) return;
        const pc = ann.view.value;
        for (const name of KEYS2) {
          if (!(name in pc)) continue;
          const v = quoted3(name, pc[name]);
          const snippet = `proxyMetadata: {${name}: ${v}}`;
          const effective = rw.proxyEnv.get(name);
          const ref = { view: ann.view, path: [name] };
          const here = writtenAt(ref, pc[name], { level: "annotation", source: `${PROXY_CONFIG_ANNOTATION} annotation` });
          const common = { name, annotation: PROXY_CONFIG_ANNOTATION, why: WHY };
          if (effective) {
            const related3 = effective.prov.ref ? [{ message: `${name} "${effective.value}" (${effective.prov.source})`, ref: effective.prov.ref }] : [];
            ctx.report({
              at: { ...ref, target: "key" },
              workload: rw.workload,
              fix: fixOf("layout", [{ op: "remove", at: ref }]),
              messageId: "annotationKeyProxyHasValue",
              data: {
                ...common,
                effective: effective.value,
                from: sourceWords(effective.prov),
                orWrite: `"${effective.value}"` === v ? "" : `, or write ${snippet} in the annotation`,
                values: valueList([[name, here], [`the proxy's ${name}`, { value: `"${effective.value}"`, prov: effective.prov }]])
              },
              related: related3
            });
          } else {
            const stays = defaultOf(name);
            ctx.report({
              at: { ...ref, target: "key" },
              workload: rw.workload,
              fix: moveFix(ref, pc, [], name, v),
              messageId: "annotationKey",
              data: { ...common, stays, snippet, values: valueList([[name, here], [`the proxy's ${name}`, { value: stays, prov: { level: "default", source: "default" } }]]) },
              related: []
            });
          }
        }
      },
      end() {
        for (const m of ctx.inventory.meshSources) {
          const dcKey = ["defaultConfig", "default_config"].find((k) => isRecord(m.value[k]));
          const dc = dcKey ? m.value[dcKey] : void 0;
          const source = { level: "mesh", source: `mesh config in ${m.label}` };
          for (const name of KEYS2) {
            const sites = [];
            if (name in m.value) sites.push({ at: [...m.path, name], raw: m.value[name], site: "at the top level of the mesh config", form: (v) => `defaultConfig: {proxyMetadata: {${name}: ${v}}}` });
            if (dc && name in dc) sites.push({ at: [...m.path, dcKey, name], raw: dc[name], site: `as a direct key of ${dcKey}`, form: (v) => `proxyMetadata: {${name}: ${v}} under ${dcKey}` });
            const pcPath = [...m.path, dcKey ?? "defaultConfig"];
            for (const site2 of sites) {
              const v = quoted3(name, site2.raw);
              const have = dc ? sibling([...m.path, dcKey], dc, name) : void 0;
              const ref = { view: m.view, path: site2.at };
              const here = writtenAt(ref, site2.raw, source);
              if (have) {
                const haveRef = { view: m.view, path: have.path };
                const metadata = have.path.slice(m.path.length, -1).join(".");
                ctx.report({
                  at: { ...ref, target: "key" },
                  resource: resourceId(m.resource),
                  fix: fixOf("layout", [{ op: "remove", at: ref }]),
                  messageId: "meshKeyProxyHasValue",
                  data: {
                    name,
                    site: site2.site,
                    have: String(have.value),
                    metadata,
                    why: WHY,
                    orWrite: `"${String(have.value)}"` === v ? "" : `, or write ${v} in ${metadata}`,
                    values: valueList([[name, here], [`${metadata}.${name}`, writtenAt(haveRef, have.value, source)]])
                  },
                  related: [{ message: `${name} ${JSON.stringify(have.value)} (${metadata})`, ref: haveRef }]
                });
              } else {
                ctx.report({
                  at: { ...ref, target: "key" },
                  resource: resourceId(m.resource),
                  fix: moveFix(ref, dc ?? {}, pcPath, name, v),
                  messageId: "meshKey",
                  data: { name, site: site2.site, form: site2.form(v), why: WHY, values: valueList([[name, here]]) },
                  related: []
                });
              }
            }
          }
        }
      }
    };
  }
});

// rules/drain-settings-unused/index.ts
var NO_SIGNAL = "nothing says it is in the mesh";
var DURATION_KEYS = /* @__PURE__ */ new Set(["terminationDrainDuration", "termination_drain_duration", "drainDuration", "drain_duration"]);
var METADATA_KEYS = /* @__PURE__ */ new Set(["proxyMetadata", "proxy_metadata"]);
var text = (s) => `${s.name} ${s.value}`;
function drainSettings(view) {
  const value = view.value;
  if (!isRecord(value)) return [];
  const out = [];
  for (const [key, v] of Object.entries(value)) {
    if (DURATION_KEYS.has(key) && typeof v === "string" && v !== "") {
      out.push({ name: key, value: v, ref: { view, path: [key] } });
    } else if (METADATA_KEYS.has(key) && isRecord(v)) {
      for (const [name, mv] of Object.entries(v)) {
        if ((name === EZ || name === MIN) && typeof mv === "string" && mv !== "") out.push({ name, value: JSON.stringify(mv), ref: { view, path: [key, name] } });
      }
    }
  }
  return out;
}
var REMOVE = `Remove {{them}} from the ${PROXY_CONFIG_ANNOTATION} annotation, or, if the pod is meant to have a sidecar,`;
var WHY2 = `Only the sidecar injector and pilot-agent read ${PROXY_CONFIG_ANNOTATION}; without a sidecar the pod stops as plain Kubernetes does: preStop, SIGTERM, SIGKILL at terminationGracePeriodSeconds.`;
var drain_settings_unused_default = defineRule({
  meta: {
    id: "drain-settings-unused",
    severity: "info",
    description: 'Drain settings in the proxy.istio.io/config annotation of a pod that gets no sidecar (hostNetwork, sidecar.istio.io/inject "false", a system namespace, ambient mode, a Namespace that does not inject) are never read.',
    help: "Remove the drain settings from the proxy.istio.io/config annotation, or, if the pod is meant to have a sidecar, remove what rules the sidecar out.",
    fixable: false,
    messages: {
      injectFalse: {
        message: '{{settings}} {{verb}} never read: sidecar.istio.io/inject is "false", so there is no sidecar.',
        help: `${REMOVE} drop the sidecar.istio.io/inject: "false" {{where}}. ${WHY2} Values: {{values}}.`
      },
      hostNetwork: {
        message: "{{settings}} {{verb}} never read: hostNetwork pods get no sidecar.",
        help: `${REMOVE} turn hostNetwork off. ${WHY2} Values: {{values}}.`
      },
      systemNamespace: {
        message: "{{settings}} {{verb}} never read: pods in {{namespace}} get no sidecar.",
        help: `${REMOVE} run it in another namespace. ${WHY2} Values: {{values}}.`
      },
      namespaceOptOut: {
        message: "{{settings}} {{verb}} never read: Namespace {{namespace}} has {{state}}, so there is no sidecar.",
        help: `${REMOVE} set the istio-injection label of Namespace {{namespace}} to enabled. ${WHY2} Values: {{values}}.`
      },
      namespaceNotInjecting: {
        message: "{{settings}} {{verb}} never read: neither Namespace {{namespace}} nor the pod opts in to sidecar injection.",
        help: `${REMOVE} label Namespace {{namespace}} istio-injection=enabled or the pod template sidecar.istio.io/inject: "true". ${WHY2} Values: {{values}}.`
      },
      ambient: {
        message: "{{settings}} {{verb}} never read: the pod is in ambient mode, without a sidecar.",
        help: `${REMOVE} label the pod template sidecar.istio.io/inject: "true" (a sidecar takes precedence over ambient). In ambient mode ztunnel carries the pod's traffic and has no per-pod drain settings. ${WHY2} Values: {{values}}.`
      }
    }
  },
  create(ctx) {
    return {
      workload(rw) {
        const w = rw.workload;
        if (w.origin !== "pod" || rw.sidecar.status !== "none" || rw.sidecar.reason === NO_SIGNAL) return;
        if (rw.admissionDenied) return;
        if (annotationNotLabel(w, ctx.inventory) || blockedByNamespace(w, ctx.inventory)) return;
        const view = w.proxyConfigAnnotation?.view;
        if (!view) return;
        const settings = drainSettings(view);
        const first = settings[0];
        if (!first) return;
        const cause = noSidecarCause(w, ctx.inventory);
        if (!cause) return;
        const related3 = settings.slice(1).map((s) => ({ message: `${text(s)} (${PROXY_CONFIG_ANNOTATION} annotation)`, ref: s.ref }));
        if (cause.ref) related3.push({ message: `no sidecar: ${cause.what}`, ref: cause.ref });
        const plural = settings.length > 1;
        const deciding = cause.ns ? namespaceInjection(cause.ns) : fact(cause.setting.name, cause.setting.value, cause.setting.source, cause.ref);
        ctx.report({
          at: first.ref,
          workload: w,
          messageId: cause.kind,
          data: {
            settings: settings.length > 2 ? `${text(first)} and ${settings.length - 1} more drain settings` : settings.map(text).join(" and "),
            verb: plural ? "are" : "is",
            them: plural ? "them" : "it",
            where: cause.setting?.source === "pod annotation" ? "annotation" : "label",
            namespace: cause.ns?.name ?? cause.namespace ?? "",
            state: cause.ns ? namespaceState(cause.ns) : "",
            values: valueList([...settings.map((s) => fact(s.name, s.value, `${PROXY_CONFIG_ANNOTATION} annotation`, s.ref)), deciding])
          },
          related: related3
        });
      }
    };
  }
});

// rules/exit-on-zero-unbounded/index.ts
var SHOWN = 3;
function protocolWords(protocols) {
  const all = joinWords(protocols);
  return all.length <= 30 || protocols.length <= 2 ? all : `${protocols[0]}, ${protocols[1]} and other`;
}
function annotationPlace(w) {
  if (w.origin === "iop-gateway" && w.profile) return `in k8s.podAnnotations of an entry named ${w.name} in components.${w.kind === "EgressGateway" ? "egressGateways" : "ingressGateways"}`;
  if (w.origin === "iop-gateway") return "in its k8s.podAnnotations";
  if (w.origin === "gateway-api") return w.annotationsPath.includes("infrastructure") ? "in spec.infrastructure.annotations" : "in the Gateway annotations";
  if (w.origin === "gateway-values") return "in podAnnotations of the gateway chart values";
  return w.kind === "Pod" ? "in the Pod's annotations" : "on the pod template";
}
var BOUND = `(e.g. "120s") so that it is checked against terminationGracePeriodSeconds, or bound them with an idleTimeout or maxConnectionDuration in a DestinationRule connectionPool so that the count can reach zero. The drain does not force these connections closed: after MINIMUM_DRAIN_DURATION the {{proxy}} waits for them with no bound but kubelet's SIGKILL, and nothing says whether they end before it.`;
var KEEP_ALIVE = "The drain adds Connection: close only to a connection's next response (envoy#42305), and clients outside the mesh, unlike sidecars, do not drop an idle keep-alive connection when the endpoint goes";
var IDLE_BOUND = `bound their idle time with ${IDLE_TIMEOUT} in proxyMetadata (e.g. "30s"; Envoy's default is 1h)`;
var exit_on_zero_unbounded_default = defineRule({
  meta: {
    id: "exit-on-zero-unbounded",
    severity: "info",
    description: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on for a proxy that serves long-lived connections (TCP, gRPC, WebSocket, databases…, or HTTP keep-alive of clients outside the mesh) of unknown lifetime: only the SIGKILL at terminationGracePeriodSeconds ends its drain.",
    help: `Declare how long the proxy's long-lived connections last with the ${LIFETIME_ANNOTATION} annotation, so that drainlint checks it against the grace period, or bound them (idleTimeout, maxConnectionDuration) so that the count of open connections can reach zero.`,
    fixable: false,
    messages: {
      unbounded: {
        message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on and the {{proxy}}'s {{protocols}} connections have no known end: its drain may last until SIGKILL at {{grace}}.",
        help: `Declare their lifetime with the ${LIFETIME_ANNOTATION} annotation {{place}} ${BOUND}{{keepAlive}} {{notes}}Ports: {{ports}}. Values: {{values}}.`
      },
      keepAlive: {
        message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on and the {{proxy}} serves HTTP outside the mesh: idle client connections may hold its drain until SIGKILL at {{grace}}.",
        help: `Declare how long those connections stay open with the ${LIFETIME_ANNOTATION} annotation {{place}} (e.g. "120s") so that it is checked against terminationGracePeriodSeconds, or ${IDLE_BOUND}. ${KEEP_ALIVE}: after MINIMUM_DRAIN_DURATION the {{proxy}} waits for them with no bound but kubelet's SIGKILL. {{notes}}Ports: {{ports}}. Values: {{values}}.`
      },
      keepAliveMeshWide: {
        message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on mesh-wide and a {{proxy}} serves HTTP outside the mesh: idle client connections may hold its drain until SIGKILL.",
        help: `Declare how long the connections of {{workload}} stay open with the ${LIFETIME_ANNOTATION} annotation {{place}} (e.g. "120s") so that it is checked against terminationGracePeriodSeconds, or ${IDLE_BOUND}. ${KEEP_ALIVE}: after MINIMUM_DRAIN_DURATION the {{proxy}} waits for them with no bound but kubelet's SIGKILL. {{notes}}Ports of {{workload}}: {{ports}}. Values: {{values}}.`
      },
      unboundedMeshWide: {
        message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on mesh-wide and a {{proxy}}'s {{protocols}} connections have no known end: its drain may last until SIGKILL.",
        help: `Declare the lifetime of the connections of {{workload}} with the ${LIFETIME_ANNOTATION} annotation {{place}} ${BOUND}{{keepAlive}} {{notes}}Ports of {{workload}}: {{ports}}. Values: {{values}}.`
      }
    }
  },
  create(ctx) {
    return {
      workload(rw) {
        if (!drainsClassically(rw) || !rw.ez.value) return;
        const w = rw.workload;
        if (rw.lifetime !== void 0 || w.podAnnotations[LIFETIME_ANNOTATION] !== void 0) return;
        const idle = rw.proxyEnv.get(IDLE_TIMEOUT);
        const idleSecs = idle ? parseGoDuration(idle.value) : void 0;
        const idleBounded = idleSecs !== void 0 && idleSecs > 0;
        const ports = longLivedPorts(w, ctx.inventory, rw.gateway, ctx.config.defaultNamespace, behindLoadBalancer(rw)).filter((p) => !(idleBounded && p.protocol === OUTSIDE_HTTP));
        if (ports.length === 0) return;
        const keepAliveOnly = ports.every((p) => p.protocol === OUTSIDE_HTTP);
        const someKeepAlive = ports.some((p) => p.protocol === OUTSIDE_HTTP);
        const involved = [rw.ez, rw.min];
        const meshWide = mostSpecificSetting(involved)?.prov.level === "mesh";
        ctx.reportDrainSetting({
          workload: rw,
          involved,
          messageId: keepAliveOnly ? meshWide ? "keepAliveMeshWide" : "keepAlive" : meshWide ? "unboundedMeshWide" : "unbounded",
          data: {
            keepAlive: someKeepAlive ? ` For the HTTP keep-alive ports: ${KEEP_ALIVE.charAt(0).toLowerCase()}${KEEP_ALIVE.slice(1)}; ${IDLE_TIMEOUT} in proxyMetadata bounds how long they stay idle (Envoy's default is 1h).` : "",
            proxy: proxyNoun(rw),
            protocols: protocolWords([...new Set(ports.map((p) => p.protocol))]),
            grace: formatSeconds(rw.grace.value),
            workload: workloadName(rw),
            place: annotationPlace(w),
            ports: joinWords(
              ports.map((p) => p.text),
              SHOWN
            ),
            notes: helpNotes(rw, ctx.config),
            values: valueList([
              ["EXIT_ON_ZERO_ACTIVE_CONNECTIONS", rw.ez],
              ["MINIMUM_DRAIN_DURATION", rw.min],
              ["terminationGracePeriodSeconds", rw.grace]
            ])
          },
          related: [
            ...relatedValues([
              ["EXIT_ON_ZERO_ACTIVE_CONNECTIONS", rw.ez],
              ["MINIMUM_DRAIN_DURATION", rw.min],
              ["terminationGracePeriodSeconds", rw.grace.prov.level === "default" ? void 0 : rw.grace]
            ]),
            ...ports.map((p) => ({ message: p.related, ref: p.ref }))
          ]
        });
      }
    };
  }
});

// rules/exit-on-zero-version-bug/index.ts
var ID = "exit-on-zero-version-bug";
var AMBIENT_LABEL = "istio.io/dataplane-mode";
var NO_STATS = "Istio 1.12.0–1.13.4 do not enable the downstream_cx_active statistics the exit-on-zero loop counts, so it never sees zero connections (istio#37573).";
var ONE_ERROR = "On 1.14–1.22 a single failed or timed-out (2s) stats request to Envoy ends the exit-on-zero loop at once, even with connections still open (istio#50596); 1.23 and later retry it and give up after 4 retries.";
var HBONE = "Before 1.29.6 and 1.30.3, ambient gateways and waypoints count the in-process connections of Envoy's HBONE internal listeners, so the exit-on-zero loop never sees zero connections (istio#60728).";
var exit_on_zero_version_bug_default = defineRule({
  meta: {
    id: ID,
    severity: "info",
    description: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on for a target Istio version where it misbehaves: it never sees zero connections (1.12.0–1.13.4, ambient gateways and waypoints before 1.29.6 and 1.30.3) or one failed stats request ends the drain at once (1.14–1.22).",
    help: "Upgrade to an Istio release where EXIT_ON_ZERO_ACTIVE_CONNECTIONS works for these proxies, or turn it off and size terminationDrainDuration instead.",
    fixable: false,
    messages: {
      noStats: {
        versions: ["istio"],
        message: `${EZ} never sees zero connections on Istio {{version}} (no stats): {{who}} lives until SIGKILL{{at}}.`,
        help: `Upgrade to {{upgrade}}, or turn ${EZ} off{{forWhom}} and size terminationDrainDuration instead. ${NO_STATS}{{ambient}}{{assumed}} Values: {{values}}.`
      },
      oneError: {
        versions: ["istio"],
        message: `${EZ} is on, but on Istio {{version}} one failed stats request ends {{whose}} drain at once, even with connections open.`,
        help: `Upgrade to {{upgrade}}{{orOff}}. ${ONE_ERROR}{{ambient}}{{assumed}} Values: {{values}}.`
      },
      hbone: {
        versions: ["istio"],
        message: `${EZ} is on, but on Istio {{version}} {{subject}} counts its HBONE internal connections and waits until SIGKILL{{at}}.`,
        help: `Upgrade to {{upgrade}}, or turn ${EZ} off for {{forWhom}} and size terminationDrainDuration instead. ${HBONE}{{gateways}}{{assumed}} Values: {{values}}.`
      },
      oneErrorAndHbone: {
        versions: ["istio"],
        message: `${EZ} is on, but on Istio {{version}} {{subject}} never sees zero, and one failed stats request ends its drain at once.`,
        help: `Upgrade to {{upgrade}}, or turn ${EZ} off for this gateway and size terminationDrainDuration instead. ${HBONE} ${ONE_ERROR}{{assumed}} Values: {{values}}.`
      }
    }
  },
  create(ctx) {
    const v = ctx.config.istioVersion;
    if (!v) return {};
    const at = (x) => compareVersions(v, x);
    const general = at("1.12") >= 0 && at("1.13.5") < 0 ? "no-stats" : at("1.14") >= 0 && at("1.23") < 0 ? "one-error" : void 0;
    const ambientBug = at("1.29.6") < 0 || at("1.30") >= 0 && at("1.30.3") < 0;
    const ambientUpgrade = at("1.30") >= 0 ? "Istio 1.30.3 or later" : "Istio 1.29.6 or a later release (1.30.3, 1.31)";
    const key = (rw) => rw.ez.prov.ref ? `${rw.ez.prov.ref.view.file.path}#${rw.ez.prov.ref.view.index}:${rw.ez.prov.ref.path.join("/")}` : "";
    const meshAmbient = /* @__PURE__ */ new Map();
    const once = /* @__PURE__ */ new Set();
    return {
      workload(rw) {
        if (!rw.ez.value || rw.sidecar.status === "none" || rw.admissionDenied || ctx.ignores(rw.workload)) return;
        if (rw.timeline.path === "native") return;
        const ambient = ambientBug && isAmbientGateway(rw, ctx.inventory);
        if (!general && !ambient) return;
        const mesh = rw.ez.prov.level === "mesh";
        const name = (x) => `${workloadName(x)}${x.workload.gatewayClass === "istio-waypoint" ? " (waypoint)" : ""}`;
        if (mesh && ambient) meshAmbient.set(key(rw), [...meshAmbient.get(key(rw)) ?? [], name(rw)]);
        if (mesh && !general) {
          if (once.has(key(rw))) return;
          once.add(key(rw));
        }
        const proxy = rw.gateway ? "gateway" : "sidecar";
        const waypoint = rw.workload.gatewayClass === "istio-waypoint";
        const meshKey = key(rw);
        const ezRaw = { value: `"${rw.proxyEnv.get(EZ)?.value ?? "true"}"`, prov: rw.ez.prov };
        const mentionsG = !mesh && (general === "no-stats" || ambient);
        const values = valueList([[EZ, ezRaw], ["terminationGracePeriodSeconds", mentionsG ? rw.grace : void 0]]);
        const common = {
          version: v,
          at: mesh || rw.grace.value === void 0 ? "" : ` at ${formatSeconds(rw.grace.value)}`,
          assumed: mesh ? "" : assumedSentence(rw),
          values
        };
        const related3 = relatedValues([[EZ, rw.ez], ["terminationGracePeriodSeconds", mentionsG ? rw.grace : void 0]]);
        if (!mesh) {
          const subject = waypoint ? "this waypoint" : "this ambient gateway";
          let messageId;
          let data;
          if (general === "no-stats") {
            messageId = "noStats";
            data = {
              ...common,
              who: `the ${proxy}`,
              upgrade: ambient ? ambientUpgrade : "Istio 1.13.5 or later",
              forWhom: ambient ? " for this gateway" : "",
              ambient: ambient ? ` ${HBONE}` : ""
            };
          } else if (general === "one-error" && ambient) {
            messageId = "oneErrorAndHbone";
            data = { ...common, subject, upgrade: ambientUpgrade };
          } else if (general === "one-error") {
            messageId = "oneError";
            data = { ...common, whose: `the ${proxy}'s`, upgrade: "Istio 1.23 or later", orOff: "", ambient: "" };
          } else {
            messageId = "hbone";
            data = { ...common, subject, upgrade: ambientUpgrade, forWhom: "this gateway", gateways: "" };
          }
          ctx.reportDrainSetting({ workload: rw, involved: [rw.ez], messageId, data, related: related3 });
          return;
        }
        const ambientOf = () => [...meshAmbient.get(meshKey) ?? []].sort();
        const reached = (targets) => `${targets.length === 1 ? "the ambient gateway" : "the ambient gateways"} ${joinWords(targets)}`;
        const offFor = (targets) => targets.length === 1 ? "that gateway" : "those gateways";
        if (general) {
          const extra = (targets) => targets.length === 0 ? "" : ` It also reaches ${reached(targets)}. ${HBONE}`;
          if (general === "no-stats") {
            ctx.reportDrainSetting({
              workload: rw,
              involved: [rw.ez],
              messageId: "noStats",
              data: () => {
                const targets = ambientOf();
                return { ...common, who: "every proxy with it", upgrade: targets.length > 0 ? ambientUpgrade : "Istio 1.13.5 or later", forWhom: "", ambient: extra(targets) };
              },
              related: related3
            });
          } else {
            ctx.reportDrainSetting({
              workload: rw,
              involved: [rw.ez],
              messageId: "oneError",
              data: () => {
                const targets = ambientOf();
                return {
                  ...common,
                  whose: "a proxy's",
                  upgrade: targets.length > 0 ? ambientUpgrade : "Istio 1.23 or later",
                  orOff: targets.length > 0 ? `, or turn ${EZ} off for ${offFor(targets)} and size terminationDrainDuration instead` : "",
                  ambient: extra(targets)
                };
              },
              related: related3
            });
          }
          return;
        }
        ctx.reportDrainSetting({
          workload: rw,
          involved: [rw.ez],
          messageId: "hbone",
          data: () => {
            const targets = ambientOf();
            return { ...common, subject: "each ambient gateway", upgrade: ambientUpgrade, forWhom: offFor(targets), gateways: ` It reaches ${reached(targets)}.` };
          },
          related: related3
        });
      }
    };
  }
});
function isAmbientGateway(rw, inv) {
  if (!rw.gateway) return false;
  const w = rw.workload;
  if (w.gatewayClass === "istio-waypoint" || w.gatewayClass === "istio-east-west") return true;
  const own = get(w.value, ["metadata", "labels", AMBIENT_LABEL]);
  if (w.podLabels[AMBIENT_LABEL] === "ambient" || own === "ambient") return true;
  if (w.podLabels[AMBIENT_LABEL] !== void 0) return false;
  const ns = w.effectiveNamespace ? inv.namespaces.get(w.effectiveNamespace) : void 0;
  return ns !== void 0 && get(ns.value, ["metadata", "labels", AMBIENT_LABEL]) === "ambient";
}

// rules/gateway-drain-too-short/index.ts
var PARAMETERS = "in the `deployment` key of a ConfigMap named by spec.infrastructure.parametersRef";
var LB_WHY = "Load balancers keep opening connections to a terminating gateway until they have deregistered it; Istio's maintainers advise a longer drain on the gateway over a preStop sleep.";
var DEFAULT_WHY = "No gatewayDeregistrationDelay is configured, and nothing in the input says which load balancer is in front. Istio's maintainers advise a longer drain on the gateway; a preStop sleep belongs in the gateway chart's lifecycle value, not in values.global.proxy.lifecycle, which hits every sidecar.";
function preStopWhere(rw) {
  const origin2 = rw.workload.origin;
  const where = origin2 === "iop-gateway" ? "with a k8s.overlays patch of this gateway entry's istio-proxy container" : origin2 === "gateway-api" ? "in the `deployment` key of a ConfigMap named by spec.infrastructure.parametersRef" : "through the gateway chart's lifecycle value from Istio 1.27";
  return `${where}, not values.global.proxy.lifecycle, which hits every sidecar`;
}
var capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);
function drainingOf(lb) {
  return lb?.draining && lb.draining.seconds.value > 0 ? lb.draining : void 0;
}
function lbEntries(lb) {
  const d = drainingOf(lb);
  return [...lb.evidence, ...d ? [d.entry] : []];
}
function serveFix(rw, target, istioVersion) {
  const pp = rw.proxyPreStop.seconds ?? 0;
  const ez = rw.timeline.ez;
  const setting = ez ? "MINIMUM_DRAIN_DURATION" : "terminationDrainDuration";
  if (target === void 0) {
    return `Make the gateway serve until the load balancer has stopped sending to it: raise ${setting} on it to that time, with drainDuration and terminationGracePeriodSeconds not below it (Istio's maintainers advise a longer drain), or add a preStop sleep ${preStopWhere(rw)}; set gatewayDeregistrationDelay in .drainlint.yaml to that time and drainlint checks the gateway against it.`;
  }
  const end = rw.timeline.drainEnd ?? pp;
  const wait = Math.max(1, Math.ceil(target - pp - (ez ? 1 : 0)));
  const raises = fitRaises(drainFit(rw, { ez, wait }, istioVersion), graceHint(rw));
  const drain = ez ? `set MINIMUM_DRAIN_DURATION on it to at least "${formatSeconds(wait)}" (the first connection check comes 1s later)` : `raise terminationDrainDuration on it to at least ${formatSeconds(wait)}`;
  const sleep = Math.ceil(pp + target - end);
  const g = rw.grace.value;
  const graceForSleep = g !== void 0 && g < Math.ceil(target) ? `, with terminationGracePeriodSeconds of at least ${Math.ceil(target)}` : "";
  return `Make the gateway serve for at least ${formatSeconds(target)}: ${drain}${raises.length > 0 ? `, and raise ${joinWords(raises)}` : ""} (Istio's maintainers advise a longer drain), or add a preStop sleep of at least ${formatSeconds(sleep)}${graceForSleep} (${preStopWhere(rw)}).`;
}
var gateway_drain_too_short_default = defineRule({
  meta: {
    id: "gateway-drain-too-short",
    severity: "warning",
    description: "A gateway stops serving before external load balancers stop sending to it or draining its connections (its drain is shorter than the deregistration delay or the load balancer's draining time, or the 5s default), or a waypoint is killed by the 2s grace period of Istio ≤ 1.27.",
    help: "Make the gateway serve until load balancers have deregistered it: raise terminationDrainDuration (or MINIMUM_DRAIN_DURATION with EXIT_ON_ZERO_ACTIVE_CONNECTIONS) on the gateway, with drainDuration and terminationGracePeriodSeconds not below it; set gatewayDeregistrationDelay to the load balancer's deregistration time.",
    fixable: false,
    messages: {
      waypointGrace: {
        versions: ["istio"],
        message: "Istio {{version}}'s waypoint template hard-codes terminationGracePeriodSeconds 2, so SIGKILL comes before {{cut}}.",
        help: `Upgrade to Istio 1.28 or later (grace period 30 by default{{stillRaise}}), or on Istio 1.26–1.27 set terminationGracePeriodSeconds to at least {{target}} ${PARAMETERS}. Kubelet kills the waypoint 2s after it starts terminating{{drainWhy}}. Values: {{values}}.`
      },
      tddBelowDeregistration: {
        message: "With terminationDrainDuration {{tdd}}{{afterPreStop}}, the gateway exits at {{served}} while load balancers still send to it until {{dereg}}.",
        help: `Raise terminationDrainDuration to at least {{tddTarget}}{{also}}.{{drainNote}} ${LB_WHY}{{assumed}} Values: {{values}}.`
      },
      ezBelowDeregistration: {
        message: "With EXIT_ON_ZERO_ACTIVE_CONNECTIONS and MINIMUM_DRAIN_DURATION {{min}}, the gateway can exit at {{served}} while load balancers still send to it until {{dereg}}.",
        help: `Set MINIMUM_DRAIN_DURATION to at least "{{minTarget}}" (the first connection check comes 1s later){{also}}.{{drainNote}} The gateway exits at the first 1s connection check{{afterPreStopHelp}} that finds no open connection. ${LB_WHY}{{assumed}} Values: {{values}}.`
      },
      graceBelowDeregistration: {
        message: "terminationGracePeriodSeconds is {{grace}}, so the gateway is killed at {{served}} while load balancers still send to it until {{dereg}}.",
        help: `Raise terminationGracePeriodSeconds to at least {{graceTarget}}{{where}}, and {{drainFix}}.{{drainNote}} ${LB_WHY}{{assumed}} Values: {{values}}.`
      },
      defaultDrain: {
        message: "With the default terminationDrainDuration of {{tdd}}, the gateway exits at {{served}}, perhaps before load balancers stop sending to it.",
        help: `Set gatewayDeregistrationDelay in .drainlint.yaml to the load balancer's deregistration time, and raise terminationDrainDuration to at least that, with drainDuration (now {{dd}}) and terminationGracePeriodSeconds (now {{grace}}) not below it. ${DEFAULT_WHY}{{assumed}} Values: {{values}}.`
      },
      podIpDefaultDrain: {
        message: "With Istio's default {{tdd}} drain, the gateway exits at {{served}} while {{lb}} still sends new connections to its pod IP.",
        help: "{{fix}} {{why}}{{assumed}} Values: {{values}}."
      },
      ezPodIpDefaultDrain: {
        message: "With Istio's default {{min}} MINIMUM_DRAIN_DURATION, the gateway can exit at {{served}} while {{lb}} still sends new connections to its pod IP.",
        help: "{{fix}} The gateway exits at the first 1s connection check after MINIMUM_DRAIN_DURATION that finds no open connection. {{why}}{{assumed}} Values: {{values}}."
      },
      lbDrainsLonger: {
        message: "{{lb}} lets connections to a removed target drain for up to {{d}}, but the gateway exits at {{served}} and resets those still open.",
        help: "{{fix}}{{lower}} {{why}}{{assumed}} Values: {{values}}."
      },
      ezDefaultDrain: {
        message: "With EXIT_ON_ZERO_ACTIVE_CONNECTIONS and the default MINIMUM_DRAIN_DURATION of {{min}}, the gateway can exit at {{served}}, perhaps before load balancers stop sending to it.",
        help: `Set gatewayDeregistrationDelay in .drainlint.yaml to the load balancer's deregistration time, and raise MINIMUM_DRAIN_DURATION to at least that, with drainDuration (now {{dd}}) and terminationGracePeriodSeconds (now {{grace}}) not below it. The gateway exits at the first 1s connection check after MINIMUM_DRAIN_DURATION that finds no open connection. ${DEFAULT_WHY}{{assumed}} Values: {{values}}.`
      }
    }
  },
  create(ctx) {
    const dereg = ctx.config.gatewayDeregistrationDelay;
    const deregValue = dereg ? { value: dereg.seconds, prov: { level: "config", source: "gatewayDeregistrationDelay in the config file", ref: dereg.ref } } : void 0;
    return {
      workload(rw) {
        if (!rw.gateway || rw.sidecar.status === "none" || rw.admissionDenied) return;
        const g = rw.grace.value;
        const pp = rw.proxyPreStop.seconds;
        const end = rw.timeline.drainEnd;
        if (g === void 0 || pp === void 0 || end === void 0) return;
        const ez = rw.timeline.ez;
        const w = rw.workload;
        const drainEntries = [
          ["terminationDrainDuration", ez ? void 0 : rw.tdd],
          ["MINIMUM_DRAIN_DURATION", ez ? rw.min : void 0],
          ["EXIT_ON_ZERO_ACTIVE_CONNECTIONS", ez ? rw.ez : void 0],
          ["istio-proxy preStop", pp > 0 ? rw.proxyPreStop : void 0]
        ];
        const drainRelated = relatedValues(drainEntries);
        const assumed2 = assumedSentence(rw);
        if (hardcodedWaypointGrace(rw, ctx.config)) {
          const l = rw.lifetime;
          const cut = [];
          if (end > g) cut.push(`the drain ends at ${formatSeconds(end)}`);
          const longRequests = l !== void 0 && l.value > g;
          if (longRequests) cut.push(`requests of up to ${formatSeconds(l.value)} finish`);
          if (cut.length === 0) return;
          const target = atLeast(end, l?.value);
          const after = pp > 0 ? " after its preStop" : "";
          const drainWhy = end <= g ? "" : ez ? `, before its drain ends at ${formatSeconds(end)} (MINIMUM_DRAIN_DURATION plus the first 1s connection check${after})` : `, before its drain ends at ${formatSeconds(end)} (terminationDrainDuration${after})`;
          ctx.report({
            at: rw.grace.prov.ref,
            workload: w,
            messageId: "waypointGrace",
            data: {
              version: ctx.config.istioVersion,
              cut: joinWords(cut),
              stillRaise: target > 30 ? `; set it to at least ${target} the same way there` : "",
              target,
              drainWhy,
              values: valueList([["terminationGracePeriodSeconds", rw.grace], ...drainEntries, ["connection lifetime", longRequests ? l : void 0]])
            },
            related: [...drainRelated, ...relatedValues([["connection lifetime", longRequests ? l : void 0]])]
          });
          return;
        }
        if (!behindLoadBalancer(rw)) return;
        const served = Math.min(end, g);
        const involved = ez ? [rw.min, rw.ez] : [rw.tdd, rw.ez];
        const severity = rw.graceOptOut ? "info" : void 0;
        const lbs = loadBalancersInFront(w, ctx.inventory, ctx.config);
        const draining = lbs.filter((lb) => drainingOf(lb)).sort((a, b) => drainingOf(b).seconds.value - drainingOf(a).seconds.value)[0];
        const d = drainingOf(draining);
        const defaults = pp === 0 && (ez ? rw.min.prov.level === "default" : rw.tdd.prov.level === "default");
        if (deregValue && end < deregValue.value) {
          const need = atLeast(deregValue.value, d && d.seconds.value > deregValue.value ? d.seconds.value : void 0);
          const drainNote = d && d.seconds.value > deregValue.value ? ` ${capital(draining.noun)} lets connections to a removed target drain for up to ${formatSeconds(d.seconds.value)} (${d.setting}).` : "";
          const drainFix = ez ? `set MINIMUM_DRAIN_DURATION to at least "${formatSeconds(Math.max(0, Math.ceil(need - pp - 1)))}" (the first connection check comes 1s later)` : `raise terminationDrainDuration to at least ${formatSeconds(Math.ceil(need - pp))}`;
          const ddNeeded = pp + rw.dd.value < need;
          const ddFix = ddNeeded ? `drainDuration to at least ${formatSeconds(Math.ceil(need - pp))}` : void 0;
          const gNeeded = g < need;
          const gFix = gNeeded ? `terminationGracePeriodSeconds to at least ${need}${graceHint(rw)}` : void 0;
          const lbValues = lbs.filter(providerKnown).flatMap(lbEntries);
          const values = valueList([
            ["gatewayDeregistrationDelay", deregValue],
            ...drainEntries,
            ["drainDuration", ddNeeded ? rw.dd : void 0],
            ["terminationGracePeriodSeconds", rw.grace],
            ...lbValues
          ]);
          const common = { served: formatSeconds(served), dereg: formatSeconds(deregValue.value), assumed: assumed2, values, drainNote };
          const related3 = [
            ...relatedValues([["gatewayDeregistrationDelay", deregValue]]),
            ...drainRelated,
            ...relatedValues([
              ["drainDuration", ddNeeded ? rw.dd : void 0],
              ["terminationGracePeriodSeconds", gNeeded ? rw.grace : void 0]
            ]),
            ...relatedValues(lbValues)
          ];
          if (g < end) {
            ctx.reportDrainSetting({
              workload: rw,
              involved,
              severity,
              messageId: "graceBelowDeregistration",
              data: { ...common, grace: graceWords(rw), graceTarget: need, where: graceHint(rw), drainFix: ddFix ? `${drainFix}, and drainDuration to at least ${formatSeconds(Math.ceil(need - pp))}` : drainFix },
              related: related3
            });
            return;
          }
          const rest = [ddFix, gFix].filter((x) => x !== void 0);
          const also = rest.length === 0 ? "" : rest.length === 1 ? ` and ${rest[0]}` : `, ${rest[0]} and ${rest[1]}`;
          if (ez) {
            ctx.reportDrainSetting({
              workload: rw,
              involved,
              severity,
              messageId: "ezBelowDeregistration",
              data: {
                ...common,
                min: formatSeconds(rw.min.value),
                minTarget: formatSeconds(Math.max(0, Math.ceil(need - pp - 1))),
                also,
                afterPreStopHelp: pp > 0 ? ` after its ${formatSeconds(pp)} preStop and MINIMUM_DRAIN_DURATION` : " after MINIMUM_DRAIN_DURATION"
              },
              related: related3
            });
          } else {
            ctx.reportDrainSetting({
              workload: rw,
              involved,
              severity,
              messageId: "tddBelowDeregistration",
              data: { ...common, tdd: formatSeconds(rw.tdd.value), afterPreStop: pp > 0 ? ` after a ${formatSeconds(pp)} preStop` : "", tddTarget: formatSeconds(Math.ceil(need - pp)), also },
              related: related3
            });
          }
          return;
        }
        const podIp = lbs.find((lb) => lb.byPodIp);
        if (podIp && defaults) {
          const pd = drainingOf(podIp);
          const entries = [...lbEntries(podIp), ...drainEntries, ["drainDuration", rw.dd], ["terminationGracePeriodSeconds", rw.grace]];
          ctx.reportDrainSetting({
            workload: rw,
            involved,
            severity,
            messageId: ez ? "ezPodIpDefaultDrain" : "podIpDefaultDrain",
            data: {
              lb: podIp.noun,
              served: formatSeconds(served),
              tdd: formatSeconds(rw.tdd.value),
              min: formatSeconds(rw.min.value),
              fix: serveFix(rw, pd?.seconds.value, ctx.config.istioVersion),
              why: podIp.why,
              assumed: assumed2,
              values: valueList(entries)
            },
            related: [...relatedValues(lbEntries(podIp)), ...drainRelated]
          });
          return;
        }
        if (draining && d && d.seconds.value > served) {
          ctx.reportDrainSetting({
            workload: rw,
            involved,
            severity: "info",
            messageId: "lbDrainsLonger",
            data: {
              lb: capital(draining.noun),
              d: formatSeconds(d.seconds.value),
              served: formatSeconds(served),
              fix: serveFix(rw, d.seconds.value, ctx.config.istioVersion),
              lower: ` Or lower ${d.setting} (now ${d.entry[1].value}) to what the gateway serves.`,
              why: draining.why,
              assumed: assumed2,
              values: valueList([...lbEntries(draining), ...drainEntries, ["drainDuration", rw.dd], ["terminationGracePeriodSeconds", rw.grace]])
            },
            related: [...relatedValues(lbEntries(draining)), ...drainRelated]
          });
          return;
        }
        if (deregValue || lbs.some(providerKnown) || !defaults || end > g) return;
        ctx.reportDrainSetting({
          workload: rw,
          involved,
          severity: "info",
          messageId: ez ? "ezDefaultDrain" : "defaultDrain",
          data: {
            served: formatSeconds(served),
            tdd: formatSeconds(rw.tdd.value),
            min: formatSeconds(rw.min.value),
            dd: formatSeconds(rw.dd.value),
            grace: g,
            assumed: assumed2,
            values: valueList([...drainEntries, ["drainDuration", rw.dd], ["terminationGracePeriodSeconds", rw.grace]])
          },
          related: drainRelated
        });
      }
    };
  }
});

// rules/global-lifecycle-override/index.ts
var ID2 = "global-lifecycle-override";
var PRESTOP = "preStop: {exec: {command: [pilot-agent, request, --debug-port=15020, POST, drain]}}";
var POSTSTART = "postStart: {exec: {command: [pilot-agent, wait]}}";
var FIX = "Add {{add}} to it{{combine}}, or remove it and give the workloads that need a hook their own istio-proxy container lifecycle.";
var REPLACES = "It replaces the whole istio-proxy lifecycle the injector renders into {{reach}}";
var LOSES_DRAIN = `without the preStop \`${DRAIN_HOOK}\`, native sidecars drain only after the app has exited ({{nativeWho}})`;
var LOSES_WAIT = `without the postStart \`${WAIT_HOOK}\` of holdApplicationUntilProxyStarts, apps can start before their proxy is ready ({{holdWho}})`;
var global_lifecycle_override_default = defineRule({
  meta: {
    id: ID2,
    severity: "warning",
    description: "values.global.proxy.lifecycle replaces the whole istio-proxy lifecycle of every injected sidecar and gateway, dropping the native sidecar's /drain preStop and the pilot-agent wait postStart of holdApplicationUntilProxyStarts.",
    help: "Make values.global.proxy.lifecycle run the hooks it replaces (the native /drain preStop, the pilot-agent wait postStart), or remove it and give the workloads that need a hook their own istio-proxy container lifecycle.",
    fixable: false,
    messages: {
      dropsDrainHook: {
        versions: ["istio", "kubernetes"],
        message: "values.global.proxy.lifecycle replaces the /drain preStop of {{native}}, so the drain starts only after the app has exited.",
        help: `${FIX} ${REPLACES}; ${LOSES_DRAIN}. Values: {{values}}.`
      },
      dropsWaitHook: {
        message: "values.global.proxy.lifecycle replaces the postStart of {{hold}}, so apps can start before the proxy is ready.",
        help: `${FIX} ${REPLACES}; ${LOSES_WAIT}. Values: {{values}}.`
      },
      dropsBothHooks: {
        versions: ["istio", "kubernetes"],
        message: "values.global.proxy.lifecycle replaces the /drain preStop of {{native}} and the postStart of {{hold}}.",
        help: `${FIX} ${REPLACES}; ${LOSES_DRAIN}; ${LOSES_WAIT}. Values: {{values}}.`
      },
      mayDropHooks: {
        message: "values.global.proxy.lifecycle replaces every istio-proxy lifecycle: {{later}} turned on later would lose {{hooks}}.",
        help: `Add {{add}} to it{{combine}}, or give the workloads that will need a hook their own istio-proxy container lifecycle. ${REPLACES}; no workload here loses a hook to it now. Values: {{values}}.`
      },
      keepsHooks: {
        message: "values.global.proxy.lifecycle replaces the istio-proxy lifecycle of every sidecar and gateway, but keeps the /drain and pilot-agent wait hooks.",
        help: `Nothing to add: it runs the native /drain preStop and the pilot-agent wait postStart itself. Keep them when changing it: ${REPLACES.charAt(0).toLowerCase()}${REPLACES.slice(1)}. Values: {{values}}.`
      }
    }
  },
  create(ctx) {
    const istio = ctx.config.istioVersion;
    const drainHookExists = !istio || compareVersions(istio, "1.21") >= 0;
    const reach = /* @__PURE__ */ new Map();
    for (const l of globalLifecycles(ctx.inventory)) reach.set(l, { sidecars: 0, gateways: 0, loseDrain: [], loseWait: [], seen: { related: [], values: [] } });
    const keeps = (l) => {
      const lifecycle = isRecord(l.value) ? l.value : {};
      return { keepsDrain: isDrainHook(lifecycle["preStop"]), keepsWait: isWaitHook(lifecycle["postStart"]) };
    };
    return {
      workload(rw) {
        if (!rendersGlobalLifecycle(rw) || ctx.ignores(rw.workload)) return;
        const l = lifecycleFor(rw, ctx.inventory);
        const r = l && reach.get(l);
        if (!l || !r) return;
        if (rw.gateway) {
          r.gateways++;
          return;
        }
        r.sidecars++;
        const { keepsDrain, keepsWait } = keeps(l);
        const own = proxyContainer(rw.workload);
        const ownLifecycle = own && isRecord(own.value["lifecycle"]) ? own.value["lifecycle"] : {};
        if (rw.mode.value === "native") {
          if (drainHookExists && !keepsDrain && ownLifecycle["preStop"] === void 0) {
            r.loseDrain.push(workloadName(rw));
            see(r.seen, `native sidecar mode (${rw.mode.prov.source})`, [`sidecar mode of ${workloadName(rw)}`, { value: "native", prov: rw.mode.prov }]);
          }
        } else {
          const hold = holdSetting(rw, ctx.inventory);
          if (hold && !keepsWait && ownLifecycle["postStart"] === void 0) {
            r.loseWait.push(workloadName(rw));
            see(r.seen, `holdApplicationUntilProxyStarts true (${hold.prov.source})`, ["holdApplicationUntilProxyStarts", hold]);
          }
        }
      },
      end() {
        for (const [l, r] of reach) report(l, r);
      }
    };
    function report(l, r) {
      const { keepsDrain, keepsWait } = keeps(l);
      const { loseDrain, loseWait, seen } = r;
      let nativeWho = loseDrain.length > 0 ? names(loseDrain) : void 0;
      let native = loseDrain.length > 0 ? count(loseDrain.length, "native sidecar") : void 0;
      let holdWho = loseWait.length > 0 ? names(loseWait) : void 0;
      let hold = loseWait.length > 0 ? `${count(loseWait.length, "sidecar")} with holdApplicationUntilProxyStarts` : void 0;
      if (!native && drainHookExists && !keepsDrain) {
        const m = meshNative(ctx, l);
        if (m) {
          native = "every native sidecar";
          nativeWho = `every pod that ${m.setting} makes native`;
          see(seen, m.related, ["ENABLE_NATIVE_SIDECARS", m.valued]);
        }
      }
      if (!hold && !keepsWait) {
        const m = meshHold(ctx, l);
        if (m) {
          hold = "every sidecar with holdApplicationUntilProxyStarts";
          holdWho = "every sidecar it reaches";
          see(seen, m.related, [m.label, { value: true, prov: { level: "mesh", source: m.source, ref: m.ref } }]);
        }
      }
      const lifecycleValue = ["values.global.proxy.lifecycle", { value: hooksOf(l.value), prov: { level: "mesh", source: l.label, ref: { ...l.ref, target: "key" } } }];
      const values = valueList([lifecycleValue, ...seen.values]);
      const add = (drain, wait) => [drain ? PRESTOP : void 0, wait ? POSTSTART : void 0].filter(Boolean).join(" and ");
      const combine = (drain, wait) => {
        const has = isRecord(l.value) ? l.value : {};
        const taken = [drain && has["preStop"] !== void 0 ? "preStop" : void 0, wait && has["postStart"] !== void 0 ? "postStart" : void 0].filter((x) => x !== void 0);
        return taken.length === 0 ? "" : ` (it already has a ${joinWords(taken)}: run its command and the added one in a single sh -c script)`;
      };
      const base3 = { reach: reachText(r.sidecars, r.gateways), values };
      const at = { ...l.ref, target: "key" };
      if (native || hold) {
        const messageId = native && hold ? "dropsBothHooks" : native ? "dropsDrainHook" : "dropsWaitHook";
        ctx.report({
          at,
          severity: "warning",
          messageId,
          data: { ...base3, add: add(native !== void 0, hold !== void 0), combine: combine(native !== void 0, hold !== void 0), native: native ?? "", nativeWho: nativeWho ?? "", hold: hold ?? "", holdWho: holdWho ?? "" },
          related: seen.related
        });
        return;
      }
      if (keepsDrain && keepsWait) {
        ctx.report({ at, severity: "info", messageId: "keepsHooks", data: base3, related: seen.related });
        return;
      }
      const later = !keepsDrain && !keepsWait ? "native sidecars or holdApplicationUntilProxyStarts" : !keepsDrain ? "native sidecars" : "holdApplicationUntilProxyStarts";
      const hooks = !keepsDrain && !keepsWait ? "their hooks" : !keepsDrain ? "their /drain preStop" : "its postStart";
      ctx.report({ at, severity: "info", messageId: "mayDropHooks", data: { ...base3, add: add(!keepsDrain, !keepsWait), combine: combine(!keepsDrain, !keepsWait), later, hooks }, related: seen.related });
    }
  }
});
function see(seen, related3, value) {
  const ref = value[1].prov.ref;
  if (!ref || seen.related.some((x) => x.ref.view === ref.view && x.ref.path.join("/") === ref.path.join("/"))) return;
  seen.related.push({ message: related3, ref });
  seen.values.push(value);
}
function meshNative(ctx, l) {
  const env = ctx.inventory.istiodEnv.filter((e) => e.name === "ENABLE_NATIVE_SIDECARS" && e.revision === l.revision).pop();
  const value = env ? String(env.value) : void 0;
  if (env && value === "true") return { setting: "ENABLE_NATIVE_SIDECARS=true", related: `ENABLE_NATIVE_SIDECARS=true (${env.label})`, valued: { value: "true", prov: { level: "mesh", source: env.label, ref: env.ref } } };
  const { istioVersion: istio, kubernetesVersion: k8s } = ctx.config;
  const auto = value === "auto" || value === void 0 && istio !== void 0 && compareVersions(istio, "1.27") >= 0;
  if (auto && k8s && compareVersions(k8s, "1.33") >= 0) {
    return {
      setting: `ENABLE_NATIVE_SIDECARS=auto with Kubernetes ${k8s}`,
      related: `ENABLE_NATIVE_SIDECARS=auto (${env?.label ?? "default"})`,
      valued: { value: "auto", prov: env ? { level: "mesh", source: env.label, ref: env.ref } : { level: "default", source: "default" } }
    };
  }
  return void 0;
}
function meshHold(ctx, l) {
  let found;
  for (const m of ctx.inventory.meshSources) {
    if (m.embedError || (ctx.resolution.meshProblems.get(m)?.length ?? 0) > 0 || !(m.revision === l.revision || m.shared)) continue;
    for (const dc of ["defaultConfig", "default_config"]) {
      for (const key of ["holdApplicationUntilProxyStarts", "hold_application_until_proxy_starts"]) {
        const v = get(m.value, [dc, key]);
        if (typeof v !== "boolean") continue;
        const ref = { view: m.view, path: [...m.path, dc, key] };
        found = v ? { label: key, source: `mesh config in ${m.label}`, related: `holdApplicationUntilProxyStarts true (mesh config in ${m.label})`, ref } : void 0;
      }
    }
  }
  if (found) return found;
  if (l.hold) return { label: "values.global.proxy.holdApplicationUntilProxyStarts", source: l.label, related: `holdApplicationUntilProxyStarts true (values.global.proxy, ${l.label})`, ref: l.hold };
  return void 0;
}
function hooksOf(lifecycle) {
  const keys = isRecord(lifecycle) ? Object.keys(lifecycle) : [];
  return keys.length > 0 ? `with ${joinWords(keys)}` : "set";
}
function reachText(sidecars, gateways) {
  if (sidecars + gateways === 0) return "every injected sidecar and gateway (none in this run)";
  const parts = [sidecars > 0 ? count(sidecars, "sidecar") : void 0, gateways > 0 ? count(gateways, "gateway") : void 0].filter(Boolean);
  return `every injected sidecar and gateway (${parts.join(" and ")} in this run)`;
}
function count(n, word) {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}
function names(workloads) {
  return joinWords([...workloads].sort(), 3);
}

// rules/inject-annotation-not-label/index.ts
var WHY3 = "The injection webhook's objectSelector matches labels only, so the annotation opts nothing in and none of the pod's proxy settings apply.";
var inject_annotation_not_label_default = defineRule({
  meta: {
    id: "inject-annotation-not-label",
    severity: "error",
    description: 'sidecar.istio.io/inject: "true" is written as a pod-template annotation in a Namespace that does not enable injection: the injection webhook selects pods by label only, so the pod gets no sidecar.',
    help: 'Write sidecar.istio.io/inject: "true" as a pod-template label, not an annotation, or enable injection for the whole Namespace.',
    fixable: false,
    messages: {
      notInjectingNamespace: {
        message: 'sidecar.istio.io/inject: "{{value}}" is an annotation, not a label, and Namespace {{namespace}} does not enable injection: no sidecar.',
        help: `Make it a label: move it to {{labels}} as sidecar.istio.io/inject: "true". ${WHY3} Values: {{values}}.`
      },
      namespaceOptOut: {
        message: 'sidecar.istio.io/inject: "{{value}}" is an annotation, not a label, and Namespace {{namespace}} has {{state}}: no sidecar.',
        help: `Make it a label: move it to {{labels}} as sidecar.istio.io/inject: "true", and remove the ${NS_INJECTION} label of Namespace {{namespace}} (or set it to enabled), which blocks injection even for a labelled pod. ${WHY3} Values: {{values}}.`
      }
    }
  },
  create(ctx) {
    return {
      workload(rw) {
        const w = rw.workload;
        const hit = annotationNotLabel(w, ctx.inventory);
        if (!hit) return;
        const { ns } = hit;
        const nsRef = ns.injectionRef ?? ns.labelsRef;
        ctx.report({
          at: hit.at,
          workload: w,
          messageId: NS_INJECTION in ns.labels ? "namespaceOptOut" : "notInjectingNamespace",
          data: {
            value: hit.value,
            namespace: ns.name,
            state: namespaceState(ns),
            labels: labelsField(w),
            values: valueList([fact(INJECT, JSON.stringify(hit.value), "pod annotation", hit.at), namespaceInjection(ns)])
          },
          related: [{ message: `Namespace ${ns.name} (${namespaceState(ns)})`, ref: nsRef }]
        });
      }
    };
  }
});

// rules/injection-blocked-by-namespace/index.ts
var WHY4 = `The injection webhook is called for ${NS_INJECTION}=enabled, or for an ${REV} label or a pod opt-in label only when the Namespace has no ${NS_INJECTION} key at all.`;
var REV_FIX = `To inject the pod, remove the ${NS_INJECTION} label from Namespace {{namespace}} (setting it to enabled would inject the default revision instead of {{revision}})`;
var injection_blocked_by_namespace_default = defineRule({
  meta: {
    id: "injection-blocked-by-namespace",
    severity: "warning",
    description: 'A pod opts in to sidecar injection by label (sidecar.istio.io/inject: "true" or istio.io/rev), but its Namespace has an istio-injection label other than "enabled", which blocks every injection webhook.',
    help: "Remove the istio-injection label from the Namespace (or set it to enabled) to inject the pod, or drop the pod's opt-in label to keep it out of the mesh.",
    fixable: false,
    messages: {
      injectLabel: {
        message: `The pod's label sidecar.istio.io/inject: "true" is blocked by {{state}} on Namespace {{namespace}}: no sidecar.`,
        help: `To inject the pod, remove the ${NS_INJECTION} label from Namespace {{namespace}} (or set it to enabled, which injects every pod of the Namespace); to keep it out of the mesh, drop the pod's label. ${WHY4} Values: {{values}}.`
      },
      revLabel: {
        message: `The pod's label istio.io/rev: "{{revision}}" is blocked by {{state}} on Namespace {{namespace}}: no sidecar.`,
        help: `${REV_FIX}; to keep it out of the mesh, drop the pod's label. ${WHY4} Values: {{values}}.`
      },
      bothLabels: {
        message: "The pod's labels sidecar.istio.io/inject and istio.io/rev are blocked by {{state}} on Namespace {{namespace}}: no sidecar.",
        help: `${REV_FIX}; to keep it out of the mesh, drop the pod's labels. ${WHY4} Values: {{values}}.`
      }
    }
  },
  create(ctx) {
    return {
      workload(rw) {
        const w = rw.workload;
        const hit = blockedByNamespace(w, ctx.inventory);
        if (!hit) return;
        const { ns } = hit;
        const related3 = [{ message: `Namespace ${ns.name} label ${namespaceState(ns)}`, ref: ns.injectionRef }];
        if (hit.other) related3.push({ message: `pod label ${hit.other.label}: "${hit.other.value}"`, ref: hit.other.ref });
        const labels = [fact(hit.label, JSON.stringify(hit.value), "pod label", hit.at)];
        if (hit.other) labels.push(fact(hit.other.label, JSON.stringify(hit.other.value), "pod label", hit.other.ref));
        const revision = hit.label === REV ? hit.value : hit.other?.value;
        ctx.report({
          at: hit.at,
          workload: w,
          messageId: hit.other ? "bothLabels" : hit.label === REV ? "revLabel" : "injectLabel",
          data: {
            namespace: ns.name,
            state: namespaceState(ns),
            revision: revision ?? "",
            values: valueList([...labels, namespaceInjection(ns)])
          },
          related: related3
        });
      }
    };
  }
});

// rules/invalid-boolean/index.ts
var MEANT_FALSE = /^\s*(0|f|false|no?|off|disabled?)\s*$/i;
function meant(value) {
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return value === 0 ? "false" : "true";
  if (typeof value === "string" && MEANT_FALSE.test(value)) return "false";
  return "true";
}
var PARSE_BOOL = `Go's strconv.ParseBool accepts only ${PARSE_BOOL_VALUES}; for anything else pilot-agent logs a warning and treats the variable as false`;
var MESSAGES = {
  silentlyFalse: {
    message: "{{setting}} is not a Go boolean: pilot-agent treats it as false.",
    help: `{{fix}}. ${PARSE_BOOL}, so the proxy does not wait for active connections to close.`
  },
  falseByAccident: {
    message: "{{setting}} is not a Go boolean: pilot-agent reads it as false only by accident.",
    help: `{{fix}}. ${PARSE_BOOL}, which is what this value means, but only by accident.`
  },
  envNotString: {
    message: "{{name}} value: {{value}} is {{type}}, not a string: the API server rejects the {{kind}}.",
    help: "{{fix}}. Container env values must be strings."
  },
  operatorEnvNotString: {
    message: "{{name}} value: {{value}} is {{type}}, not a string: istioctl rejects the IstioOperator.",
    help: "{{fix}}. k8s.env holds Kubernetes EnvVars, whose values must be strings: istioctl fails to decode the IstioOperator and refuses to install it, even with --force."
  }
};
var invalid_boolean_default = defineRule({
  meta: {
    id: "invalid-boolean",
    severity: "warning",
    description: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS has a value Go strconv.ParseBool rejects (yes, on, ""), so pilot-agent silently treats it as false, or a YAML boolean env value the API server rejects.',
    help: 'Write EXIT_ON_ZERO_ACTIVE_CONNECTIONS as the quoted string "true" or "false" (in a container env: value: "true").',
    fixable: false,
    messages: MESSAGES
  },
  create(ctx) {
    const ezSite = (site2) => {
      if (site2.name !== EZ || typeof site2.value !== "string") return;
      if (site2.value === "" && site2.origin !== "env") return;
      if (parseGoBool(site2.value) !== void 0) return;
      const envEntry = site2.origin === "env" && site2.workload?.origin !== "gateway-values";
      const key = envEntry ? "value" : EZ;
      const on = site2.value === "" || meant(site2.value) === "true";
      ctx.report({
        at: site2.ref,
        workload: site2.workload,
        resource: site2.resource,
        container: site2.container,
        ...fitted(
          MESSAGES,
          on ? "silentlyFalse" : "falseByAccident",
          {
            setting: `${EZ}${envEntry ? " value" : ""}: ${clip(written(site2.ref, site2.value))}`,
            fix: site2.value === "" ? `Write ${key}: "true" to turn it on, or remove the entry` : `Write ${key}: "${meant(site2.value)}"`
          },
          ["setting"]
        )
      });
    };
    return {
      workload(rw) {
        for (const site2 of workloadEnvSites(rw)) ezSite(site2);
        const w = rw.workload;
        for (const c of w.containers) {
          if (c.name !== PROXY_CONTAINER || !Array.isArray(c.value["env"])) continue;
          c.value["env"].forEach((e, i) => {
            if (!isRecord(e) || e["name"] !== EZ) return;
            const value = e["value"];
            if (value === void 0 || value === null || typeof value === "string") return;
            const ref = { view: w.view, path: [...c.path, "env", i, "value"] };
            const shown4 = written(ref, value);
            const text2 = meant(value);
            ctx.report({
              at: ref,
              workload: w,
              container: c.name,
              severity: "error",
              ...fitted(MESSAGES, w.origin === "iop-gateway" ? "operatorEnvNotString" : "envNotString", { name: EZ, value: clip(shown4), type: yamlType(value), kind: w.kind, fix: `${text2 === shown4 ? "Quote it:" : "Write"} value: "${text2}"` }, ["value"])
            });
          });
        }
      },
      end() {
        for (const site2 of resourceEnvSites(ctx)) ezSite(site2);
      }
    };
  }
});

// rules/invalid-duration/index.ts
var TDD_KEYS = /* @__PURE__ */ new Set(["terminationDrainDuration", "termination_drain_duration"]);
var DD_KEYS = /* @__PURE__ */ new Set(["drainDuration", "drain_duration"]);
function drainSecondsFault(p) {
  if (p.kind !== "bad-drain-duration") return void 0;
  const secs = typeof p.value === "string" ? parseGoDuration(p.value) : void 0;
  return secs !== void 0 && secs <= 0 ? "is not positive" : "is not a whole number of seconds";
}
function durationProblem(p) {
  if (!realProblem(p)) return false;
  if (p.kind === "bad-drain-duration") return DD_KEYS.has(p.field);
  return (p.kind === "bad-duration" || p.kind === "wrong-type") && (TDD_KEYS.has(p.field) || DD_KEYS.has(p.field));
}
function unambiguous(value) {
  const unitless = typeof value === "number" ? value : typeof value === "string" && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : void 0;
  return unitless === void 0 || Number.isInteger(unitless) && unitless >= 1 && unitless < 1e3;
}
function fixSentence(key, value, at) {
  const dd = DD_KEYS.has(key);
  const text2 = suggestDuration(value, dd);
  const secs = text2 === void 0 ? void 0 : parseGoDuration(text2);
  if (dd && at) {
    const floor = drainDurationFloor(at.d, secs ?? 30, at.istio);
    if (floor) return { sentence: `Write ${key}: "${floor.target}"${floor.why}` };
  }
  if (text2 === void 0 || secs === void 0) {
    const fix = durationFix(key, value, dd);
    return { sentence: fix.charAt(0).toUpperCase() + fix.slice(1) };
  }
  const setting = TDD_KEYS.has(key) ? "terminationDrainDuration" : key === MIN || key === "value" ? MIN : void 0;
  const too = at && setting ? raisesToo(at.d, setting, secs, at.rw, at.istio) : "";
  return { sentence: `Write ${key}: "${text2}"${too}`, ...too || !unambiguous(value) ? {} : { write: text2 } };
}
function writeFix(ref, write) {
  return write === void 0 ? void 0 : fixOf("layout", [{ op: "set", at: ref, text: JSON.stringify(write) }]);
}
function problemData(p, at) {
  const s = fixSentence(p.field, p.value, at);
  return {
    data: { setting: `${p.field}: ${clip(written(p.ref, p.value))}`, fault: drainSecondsFault(p) ?? durationFault(p.value), fix: s.sentence },
    fix: writeFix(p.ref, s.write)
  };
}
var WHOLE_SECONDS = "Istio validates drainDuration as at least 1s, in whole seconds, because Envoy takes it as --drain-time-s.";
var MESSAGES2 = {
  meshDuration: {
    message: "{{setting}} {{fault}}: istiod rejects the whole mesh config.",
    help: "{{fix}}. " + GO_DURATION_FORMAT + " {{discarded}}"
  },
  meshDrainSeconds: {
    message: "{{setting}} {{fault}}: istiod rejects the whole mesh config.",
    help: "{{fix}}. " + WHOLE_SECONDS + " {{discarded}}"
  },
  annotationDuration: {
    message: "{{setting}} {{fault}}: {{denied}}.",
    help: "{{fix}}. " + GO_DURATION_FORMAT + " {{why}}"
  },
  annotationDrainSeconds: {
    message: "{{setting}} {{fault}}: {{denied}}.",
    help: "{{fix}}. " + WHOLE_SECONDS + " {{why}}"
  },
  minDefault: {
    message: "{{setting}} {{fault}}: pilot-agent uses the 5s default instead.",
    help: "{{fix}}. " + GO_DURATION_FORMAT + " pilot-agent parses MINIMUM_DRAIN_DURATION with Go's time.ParseDuration and on an error logs a warning and uses 5s: with EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, the proxy starts checking for zero connections after 5s instead of the minimum meant here."
  },
  envNotString: {
    message: "{{name}} value: {{value}} is {{type}}, not a string: the API server rejects the {{kind}}.",
    help: "{{fix}}. Container env values must be strings."
  },
  operatorEnvNotString: {
    message: "{{name}} value: {{value}} is {{type}}, not a string: istioctl rejects the IstioOperator.",
    help: "{{fix}}. k8s.env holds Kubernetes EnvVars, whose values must be strings: istioctl fails to decode the IstioOperator and refuses to install it, even with --force."
  },
  lifetimeNotDuration: {
    message: "{{setting}} {{fault}}: the connection lifetime stays unknown.",
    help: "{{fix}}. " + GO_DURATION_FORMAT + " drainlint reads its own annotations as Go durations; with this one unreadable it knows no connection lifetime for the workload and does not fall back to the config file or traffic resources."
  },
  shutdownNotDuration: {
    message: "{{setting}} {{fault}}: the app's shutdown time counts as 0.",
    help: "{{fix}}. " + GO_DURATION_FORMAT + " drainlint reads its own annotations as Go durations; with this one unreadable it counts the app's shutdown time as 0 and does not fall back to the config file."
  }
};
var invalid_duration_default = defineRule({
  meta: {
    id: "invalid-duration",
    severity: "error",
    description: "terminationDrainDuration, drainDuration, MINIMUM_DRAIN_DURATION or a drainlint.io duration annotation is not a Go duration string (or drainDuration is not whole seconds): rejected, or silently replaced by the default.",
    help: 'Write durations as quoted Go duration strings with a lower-case unit ("30s", "1m30s"), drainDuration in whole seconds of at least 1s, and container env values as strings.',
    fixable: true,
    fixTypes: ["layout"],
    messages: MESSAGES2
  },
  create(ctx) {
    const siteDrain = (site2, rw) => {
      if (rw) return workloadDrain(rw);
      const view = site2.ref.view;
      const mapPath = site2.ref.path.slice(0, -1);
      if (site2.origin === "mesh") {
        const dcPath = mapPath.slice(0, -1);
        const m = ctx.inventory.meshSources.find((s) => s.view === view && s.path.length + 1 === dcPath.length && s.path.every((seg, i) => seg === dcPath[i]));
        if (m) return meshDrain(m, dcPath, ezAssumed());
      }
      return proxyConfigDrain(view, mapPath, site2.where.replace(/^in /, ""));
    };
    const minSite = (site2, rw) => {
      if (site2.name !== MIN || typeof site2.value !== "string") return;
      if (site2.value === "" && site2.origin !== "env") return;
      if (parseGoDuration(site2.value) !== void 0) return;
      const envEntry = site2.origin === "env" && site2.workload?.origin !== "gateway-values";
      const key = envEntry ? "value" : MIN;
      const s = fixSentence(key, site2.value, { d: siteDrain(site2, rw), rw, istio: ctx.config.istioVersion });
      ctx.report({
        at: site2.ref,
        workload: site2.workload,
        resource: site2.resource,
        container: site2.container,
        severity: "warning",
        fix: writeFix(site2.ref, s.write),
        ...fitted(
          MESSAGES2,
          "minDefault",
          {
            setting: `${MIN}${envEntry ? " value" : ""}: ${clip(written(site2.ref, site2.value))}`,
            fault: durationFault(site2.value),
            fix: s.sentence
          },
          ["setting"]
        )
      });
    };
    return {
      workload(rw) {
        const w = rw.workload;
        for (const p of rw.annotationProblems) {
          if (!durationProblem(p)) continue;
          const pd = problemData(p, { d: annotationDrain(rw), rw, istio: ctx.config.istioVersion });
          ctx.report({
            at: p.ref,
            workload: w,
            fix: pd.fix,
            ...fitted(MESSAGES2, drainSecondsFault(p) ? "annotationDrainSeconds" : "annotationDuration", { ...pd.data, ...denialWords(rw) }, ["setting"])
          });
        }
        for (const site2 of workloadEnvSites(rw)) minSite(site2, rw);
        for (const c of w.containers) {
          if (c.name !== PROXY_CONTAINER || !Array.isArray(c.value["env"])) continue;
          c.value["env"].forEach((e, i) => {
            if (!isRecord(e) || e["name"] !== MIN && e["name"] !== TDDS) return;
            const value = e["value"];
            if (value === void 0 || value === null || typeof value === "string") return;
            const ref = { view: w.view, path: [...c.path, "env", i, "value"] };
            const shown4 = written(ref, value);
            const text2 = e["name"] === MIN ? suggestDuration(value) : typeof value === "number" ? shown4 : void 0;
            const quote = text2 === void 0 ? `Write a string, e.g. value: "${e["name"] === MIN ? "30s" : "30"}"` : text2 === shown4 ? `Quote it: value: "${text2}"` : `Write value: "${text2}"`;
            const secs = text2 === void 0 ? void 0 : parseGoDuration(text2);
            const too = e["name"] === MIN && secs !== void 0 ? raisesToo(workloadDrain(rw), MIN, secs, rw, ctx.config.istioVersion) : "";
            const alone = e["name"] !== MIN || unambiguous(value) && secs !== void 0 && !too;
            const quoteFix = text2 !== void 0 && alone ? writeFix(ref, text2) : void 0;
            const gone = e["name"] === TDDS && removedIn(ctx.config.istioVersion, TDDS_REMOVED);
            const fix = gone ? `Remove it: Istio ${TDDS_REMOVED} removed the variable, so quoted it would be accepted and still ignored` : `${quote}${too}`;
            ctx.report({
              at: ref,
              workload: w,
              container: c.name,
              fix: gone ? void 0 : quoteFix,
              ...fitted(MESSAGES2, w.origin === "iop-gateway" ? "operatorEnvNotString" : "envNotString", { name: String(e["name"]), value: clip(shown4), type: yamlType(value), kind: w.kind, fix }, ["value"])
            });
          });
        }
        if (podDenied(rw)) return;
        for (const [annotation, messageId] of [
          [LIFETIME_ANNOTATION, "lifetimeNotDuration"],
          [SHUTDOWN_ANNOTATION, "shutdownNotDuration"]
        ]) {
          const raw = w.podAnnotations[annotation];
          if (typeof raw !== "string" || parseGoDuration(raw) !== void 0) continue;
          const ref = { view: w.view, path: [...w.podMetaPath, "annotations", annotation] };
          const s = fixSentence(annotation, raw);
          ctx.report({
            at: ref,
            workload: w,
            fix: writeFix(ref, s.write),
            ...fitted(MESSAGES2, messageId, { setting: `${annotation}: ${clip(written(ref, raw))}`, fault: durationFault(raw), fix: s.sentence }, ["setting"])
          });
        }
      },
      end() {
        for (const [m, problems] of ctx.resolution.meshProblems) {
          for (const p of problems) {
            if (!durationProblem(p)) continue;
            const pd = problemData(p, { d: meshDrain(m, p.ref.path.slice(0, m.path.length + 1)), istio: ctx.config.istioVersion });
            ctx.report({
              at: p.ref,
              resource: meshResource(m),
              fix: pd.fix,
              ...fitted(
                MESSAGES2,
                drainSecondsFault(p) ? "meshDrainSeconds" : "meshDuration",
                { ...pd.data, discarded: meshDiscardWords(m, ctx.inventory) },
                ["setting"]
              )
            });
          }
        }
        for (const site2 of resourceEnvSites(ctx)) minSite(site2);
      }
    };
  }
});

// rules/invalid-field-type/index.ts
function describeValue(v) {
  if (v instanceof Date) return `${v.toISOString()} (a timestamp)`;
  if (Array.isArray(v)) return "a list";
  if (isRecord(v)) return "a mapping";
  if (typeof v === "string") return v.includes("\n") ? "a multi-line string" : v.length > 40 ? "a string" : `${JSON.stringify(v)} (a string)`;
  if (typeof v === "boolean") return `${v} (a boolean)`;
  if (typeof v === "number") return `${v} (${Number.isInteger(v) ? "an integer" : "a number"})`;
  return String(v);
}
function fits(v, shape) {
  switch (shape) {
    case "mapping":
      return isRecord(v) && !(v instanceof Date);
    case "list":
      return Array.isArray(v);
    case "string":
      return typeof v === "string" || v instanceof Date;
    case "integer":
      return typeof v === "number" && Number.isInteger(v);
  }
}
var ARTICLE = { mapping: "a mapping", list: "a list", string: "a string", integer: "an integer" };
function quoted4(v) {
  return JSON.stringify(typeof v === "string" ? v : String(v));
}
function suggestion(expected, v) {
  if (expected === "boolean") {
    if (typeof v === "string") {
      const t = v.trim().toLowerCase();
      if (["yes", "y", "on", "true", "t", "1", "enabled"].includes(t)) return "true";
      if (["no", "n", "off", "false", "f", "0", "disabled"].includes(t)) return "false";
    }
    if (typeof v === "number") return v === 0 ? "false" : "true";
    return "true or false";
  }
  if (expected === "integer" || expected === "number") {
    if (typeof v === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return String(Math.round(Number(v)));
    if (typeof v === "number") return String(Math.round(v));
    return void 0;
  }
  if (expected === "string" && (typeof v === "number" || typeof v === "boolean")) return quoted4(v);
  return void 0;
}
var MESSAGES3 = {
  graceNotInteger: {
    message: "terminationGracePeriodSeconds is {{value}}, not an integer: {{rejected}}.",
    help: "{{fix}}. Kubernetes counts the grace period in whole seconds; drainlint treats it as unknown until then, so the checks that compare the drain with it stay silent."
  },
  valueNotString: {
    message: "The {{noun}} {{key}} is {{value}}, not a string: {{rejected}}.",
    help: "{{fix}}. Kubernetes {{noun}} values must be strings."
  },
  wrongShape: {
    message: "{{field}} is {{value}}, not {{expected}}: {{rejected}}.",
    help: "{{fix}}. The Kubernetes API expects {{expected}} there.{{unknown}}"
  },
  annotationNotMapping: {
    message: "The proxy.istio.io/config annotation holds {{value}}, not a ProxyConfig mapping: {{denied}}.",
    help: 'Write key: value lines such as terminationDrainDuration: "30s". {{why}}'
  },
  annotationField: {
    message: "{{field}} in proxy.istio.io/config is {{value}}, not {{expected}}: {{denied}}.",
    help: "{{fix}}, as the ProxyConfig field takes {{expected}}. {{why}}"
  },
  defaultConfigNotMapping: {
    message: "{{key}} is {{value}}, not a mapping: istiod rejects the whole mesh config.",
    help: "{{fix}}. {{key}} holds the ProxyConfig fields as a mapping. {{discarded}}"
  }
};
var invalid_field_type_default = defineRule({
  meta: {
    id: "invalid-field-type",
    severity: "error",
    description: "A field drainlint reads has a type the Kubernetes API or Istio would reject (a non-integer grace period, annotations that are not a mapping of strings, proxy.istio.io/config contents that are not a mapping).",
    help: "Write each field with the type the Kubernetes API and Istio expect: integers unquoted, label and annotation values as strings, lists and mappings where the schema has them.",
    fixable: false,
    messages: MESSAGES3
  },
  create(ctx) {
    return {
      workload(rw) {
        checkWorkload(ctx, rw);
      },
      end() {
        for (const ns of ctx.inventory.namespaces.values()) {
          const resource2 = resourceId(ns);
          const base3 = [...ns.base, "metadata"];
          const meta = get(ns.view.value, base3);
          if (!isRecord(meta)) continue;
          for (const field of ["labels", "annotations"]) {
            stringMap(ctx, ns.view, [...base3, field], meta[field], "", "the API server rejects the Namespace", field, { resource: resource2 });
          }
        }
        for (const m of ctx.inventory.meshSources) {
          if (m.embedError) continue;
          for (const key of ["defaultConfig", "default_config"]) {
            const dc = m.value[key];
            if (dc === void 0 || dc === null || fits(dc, "mapping")) continue;
            const fix = typeof dc === "string" && /:\s/.test(dc) ? `Write its fields as a YAML mapping under ${key}:, not as a string` : `Write the ProxyConfig fields as a mapping under ${key}:`;
            ctx.report({
              at: { view: m.view, path: [...m.path, key] },
              ...fitted(MESSAGES3, "defaultConfigNotMapping", { key, value: describeValue(dc), fix, discarded: meshDiscardWords(m, ctx.inventory) }, ["value"]),
              resource: resourceId(m.resource)
            });
          }
        }
      }
    };
  }
});
function expect(ctx, view, path10, value, shape, field, rejected, where, fix, unknown = "") {
  if (value === void 0 || value === null || fits(value, shape)) return true;
  ctx.report({
    at: { view, path: path10 },
    ...fitted(MESSAGES3, "wrongShape", { field, value: describeValue(value), expected: ARTICLE[shape], rejected, fix: fix ?? `Write ${field.replace(/^The /, "the ")} as ${ARTICLE[shape]}`, unknown }, ["field", "value"]),
    ...where
  });
  return false;
}
var HOOK_UNKNOWN = " drainlint treats the hook's duration as unknown until then.";
function stringMap(ctx, view, path10, value, owner, rejected, field, where) {
  if (!expect(ctx, view, path10, value, "mapping", `metadata.${field}${owner}`, rejected, where, `Write ${field} as key: "value" pairs`)) return;
  if (!isRecord(value)) return;
  const noun = field === "labels" ? "label" : "annotation";
  for (const [key, v] of Object.entries(value)) {
    if (v === null || v === void 0 || fits(v, "string")) continue;
    let fix;
    if (key === PROXY_CONFIG_ANNOTATION && isRecord(v)) fix = `Write the ProxyConfig as YAML text in a block scalar: ${key}: | followed by the indented fields`;
    else if (isRecord(v) || Array.isArray(v)) fix = `Write it as a string (YAML or JSON text in a block scalar)`;
    else fix = `Quote it: ${key}: ${quoted4(v)}`;
    ctx.report({
      at: { view, path: [...path10, key] },
      ...fitted(MESSAGES3, "valueNotString", { noun, key, value: describeValue(v), rejected, fix }, ["key", "value"]),
      ...where
    });
  }
}
function checkWorkload(ctx, rw) {
  const w = rw.workload;
  const problems = rw.annotationProblems;
  const rejected = rejection(w);
  const where = { workload: w };
  const root = w.view.value;
  const ownMeta = [...w.base, "metadata"];
  const metas = [[ownMeta, ""]];
  const samePath = ownMeta.length === w.podMetaPath.length && ownMeta.every((s, i) => s === w.podMetaPath[i]);
  const tplPath = w.podMetaPath.slice(0, -1);
  let templateOk = true;
  if (!samePath) {
    templateOk = expect(ctx, w.view, tplPath, get(root, tplPath), "mapping", "The pod template", rejected, where);
    if (templateOk) metas.push([w.podMetaPath, " of the pod template"]);
  }
  for (const [path10, owner] of metas) {
    const meta = get(root, path10);
    if (!expect(ctx, w.view, path10, meta, "mapping", `metadata${owner}`, rejected, where)) continue;
    if (!isRecord(meta)) continue;
    for (const field of ["labels", "annotations"]) {
      stringMap(ctx, w.view, [...path10, field], meta[field], owner, rejected, field, where);
    }
  }
  if (!templateOk) return;
  const ann = w.proxyConfigAnnotation;
  if (ann?.view) {
    const v = ann.view.value;
    if (v !== null && v !== void 0 && !fits(v, "mapping")) {
      ctx.report({
        at: { view: ann.view, path: [] },
        ...fitted(MESSAGES3, "annotationNotMapping", { value: describeValue(v), ...denialWords(rw) }, ["value"]),
        ...where
      });
    }
  }
  for (const p of problems) {
    if (p.kind !== "wrong-type" && p.kind !== "bad-enum") continue;
    if (PROXY_CONFIG_FIELDS[snakeToCamel(p.field)]?.type === "duration") continue;
    let fix;
    if (p.kind === "bad-enum") {
      const allowed = p.expected.replace(/^one of /, "").split(", ");
      const match = typeof p.value === "string" ? allowed.find((a) => a.toLowerCase() === p.value.trim().toLowerCase()) : void 0;
      fix = match ? `Write ${p.field}: ${match} (enum values are case-sensitive)` : `Use ${p.expected}`;
    } else {
      const s = suggestion(p.expected, p.value);
      fix = s ? `Write ${p.field}: ${s}` : void 0;
    }
    const expected = p.kind === "bad-enum" ? p.expected : p.expected === "object" ? "a mapping" : p.expected === "array" ? "a list" : `${/^[aeiou]/.test(p.expected) ? "an" : "a"} ${p.expected}`;
    ctx.report({
      at: p.ref,
      ...fitted(MESSAGES3, "annotationField", { field: p.field, value: describeValue(p.value), expected, fix: fix ?? `Write ${p.field} as ${expected}`, ...denialWords(rw) }, ["field", "value"]),
      ...where
    });
  }
  const spec = get(root, w.podSpecPath);
  if (!expect(ctx, w.view, w.podSpecPath, spec, "mapping", "The pod spec", rejected, where)) return;
  if (!isRecord(spec)) return;
  const g = spec["terminationGracePeriodSeconds"];
  if (g !== void 0 && g !== null && !fits(g, "integer")) {
    const s = suggestion("integer", g);
    ctx.report({
      at: { view: w.view, path: [...w.podSpecPath, "terminationGracePeriodSeconds"] },
      messageId: "graceNotInteger",
      data: {
        value: describeValue(g),
        rejected,
        fix: `Write terminationGracePeriodSeconds: ${s ?? "30"}${s === void 0 ? " (the default) or the seconds you need" : typeof g === "string" ? " without quotes" : ""}`
      },
      ...where
    });
  }
  for (const field of ["containers", "initContainers"]) {
    const list = spec[field];
    const listPath = [...w.podSpecPath, field];
    if (!expect(ctx, w.view, listPath, list, "list", field, rejected, where, "Write each container as a list item (- name: …)")) continue;
    if (!Array.isArray(list)) continue;
    list.forEach((c, i) => {
      const cPath = [...listPath, i];
      if (!expect(ctx, w.view, cPath, c, "mapping", `${field}[${i}]`, rejected, where)) return;
      if (!isRecord(c)) return;
      const cName = typeof c["name"] === "string" ? c["name"] : `${field}[${i}]`;
      const cWhere = { ...where, container: typeof c["name"] === "string" ? c["name"] : void 0 };
      const what = (f) => `${f} of container ${clip(cName, 40)}`;
      if (expect(ctx, w.view, [...cPath, "env"], c["env"], "list", what("env"), rejected, cWhere, 'Write each variable as a list item (- name: X, value: "…")') && Array.isArray(c["env"])) {
        c["env"].forEach((e, ei) => expect(ctx, w.view, [...cPath, "env", ei], e, "mapping", what(`env[${ei}]`), rejected, cWhere, 'Write it as name: X with value: "…"'));
      }
      if (expect(ctx, w.view, [...cPath, "args"], c["args"], "list", what("args"), rejected, cWhere) && Array.isArray(c["args"])) {
        c["args"].forEach((a, ai) => {
          if (typeof a === "number" || typeof a === "boolean") expect(ctx, w.view, [...cPath, "args", ai], a, "string", what(`args[${ai}]`), rejected, cWhere, `Quote it: ${quoted4(a)}`);
        });
      }
      checkLifecycle(ctx, w, cPath, c["lifecycle"], what, rejected, cWhere);
    });
  }
}
function checkLifecycle(ctx, w, cPath, lifecycle, what, rejected, where) {
  const lPath = [...cPath, "lifecycle"];
  if (!expect(ctx, w.view, lPath, lifecycle, "mapping", what("lifecycle"), rejected, where) || !isRecord(lifecycle)) return;
  const preStop = lifecycle["preStop"];
  const pPath = [...lPath, "preStop"];
  if (!expect(ctx, w.view, pPath, preStop, "mapping", what("lifecycle.preStop"), rejected, where, "Write one handler: sleep, exec or httpGet") || !isRecord(preStop)) return;
  const sleep = preStop["sleep"];
  if (expect(ctx, w.view, [...pPath, "sleep"], sleep, "mapping", what("preStop.sleep"), rejected, where, "Write sleep: {seconds: N}") && isRecord(sleep)) {
    const s = sleep["seconds"];
    if (s !== void 0 && s !== null && !fits(s, "integer")) {
      const fix = suggestion("integer", s);
      expect(ctx, w.view, [...pPath, "sleep", "seconds"], s, "integer", what("preStop.sleep.seconds"), rejected, where, fix ? `Write seconds: ${fix}` : void 0, HOOK_UNKNOWN);
    }
  }
  const exec = preStop["exec"];
  if (expect(ctx, w.view, [...pPath, "exec"], exec, "mapping", what("preStop.exec"), rejected, where) && isRecord(exec)) {
    const command = exec["command"];
    if (expect(ctx, w.view, [...pPath, "exec", "command"], command, "list", what("preStop.exec.command"), rejected, where, 'Write the argv as a list, e.g. ["sleep", "10"]', HOOK_UNKNOWN) && Array.isArray(command)) {
      command.forEach((a, ai) => {
        if (a !== null && typeof a !== "string") {
          expect(ctx, w.view, [...pPath, "exec", "command", ai], a, "string", what(`preStop.exec.command[${ai}]`), rejected, where, `Quote it: ${quoted4(a)}`);
        }
      });
    }
  }
}

// rules/invalid-mesh-config/index.ts
var TDD_KEYS2 = ["terminationDrainDuration", "termination_drain_duration"];
var DD_KEYS2 = ["drainDuration", "drain_duration"];
var DEFAULT_CONFIG_KEYS2 = ["defaultConfig", "default_config"];
var METADATA_KEYS2 = ["proxyMetadata", "proxy_metadata"];
function ownedElsewhere(p, m) {
  if (p.kind === "metadata-not-string" || p.kind === "bad-drain-duration") return true;
  const rel = p.ref.path.slice(m.path.length);
  if (rel.length === 1 && DEFAULT_CONFIG_KEYS2.includes(String(rel[0]))) return true;
  return rel.length === 2 && DEFAULT_CONFIG_KEYS2.includes(String(rel[0])) && [...TDD_KEYS2, ...DD_KEYS2].includes(String(rel[1]));
}
function acceptedByJsonpb(p) {
  const v = p.value;
  if (p.kind === "bad-enum") return typeof v === "number" && Number.isInteger(v);
  if (p.kind !== "wrong-type") return false;
  if (p.expected === "integer") return typeof v === "string" && /^-?\d+$/.test(v);
  if (p.expected === "number") return typeof v === "string" && /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(v);
  if (p.expected === "string") return v instanceof Date;
  return false;
}
function kindOf(v) {
  if (typeof v === "string") return "a string";
  return yamlType(v);
}
var EXPECTED = {
  boolean: "a boolean",
  integer: "an integer",
  number: "a number",
  string: "a string",
  object: "a mapping",
  array: "a list"
};
var MODE_FIELDS = /* @__PURE__ */ new Set(["outboundTrafficPolicy", "outbound_traffic_policy", "inboundTrafficPolicy", "inbound_traffic_policy"]);
function explain(p) {
  const field = p.field;
  if (p.kind === "bad-enum") {
    const allowed = p.expected.replace(/^one of /, "").split(", ");
    const match = typeof p.value === "string" ? allowed.find((a) => a.toLowerCase() === p.value.trim().toLowerCase()) : void 0;
    const list = allowed.join(", ");
    return {
      what: list.length <= 40 ? `is not one of ${list}` : "is not a value of the enum",
      fix: match ? `Write ${field}: ${match}` : `Use one of ${list}`,
      note: match ? "Enum values are case-sensitive. " : ""
    };
  }
  if (p.kind === "bad-duration") {
    const s = suggestDuration(p.value);
    return { what: durationFault(p.value), fix: s ? `Write ${field}: "${s}"` : `Write it as a Go duration string, e.g. ${field}: "10s"`, note: `${GO_DURATION_FORMAT} ` };
  }
  const expected = EXPECTED[p.expected] ?? p.expected;
  const v = p.value;
  let fix;
  if (p.expected === "boolean") {
    const t = typeof v === "string" ? v.trim().toLowerCase() : v;
    const b = t === "true" || t === "yes" || t === "on" || t === 1 ? "true" : t === "false" || t === "no" || t === "off" || t === 0 ? "false" : void 0;
    fix = b ? `Write ${field}: ${b} without quotes` : `Write ${field}: true or false`;
  } else if (p.expected === "integer" || p.expected === "number") {
    fix = typeof v === "number" ? `Write ${field}: ${Math.round(v)}` : `Write ${field} as a number`;
  } else if (p.expected === "string" && (typeof v === "number" || typeof v === "boolean")) {
    fix = `Quote it: ${field}: "${String(v)}"`;
  } else if (p.expected === "object") {
    const inner = MODE_FIELDS.has(field) && typeof v === "string" ? `{mode: ${v}}` : void 0;
    fix = inner ? `Write ${field}: ${inner}` : `Write ${field} as a mapping of its fields`;
  } else if (p.expected === "array") {
    fix = `Write ${field} as a list`;
  } else {
    fix = `Write ${field} as ${expected}`;
  }
  return { what: `is ${kindOf(v)}, not ${expected}`, fix, note: "" };
}
function drainSettingsIn(view, base3, mesh, label2, where) {
  const out = [];
  if (!isRecord(mesh)) return out;
  for (const dc of DEFAULT_CONFIG_KEYS2) {
    const pc = mesh[dc];
    if (!isRecord(pc)) continue;
    for (const key of [...TDD_KEYS2, ...DD_KEYS2]) {
      if (pc[key] === void 0 || pc[key] === null) continue;
      const ref = { view, path: [...base3, dc, key] };
      const shown4 = written(ref, pc[key]);
      out.push({ text: `${key} ${shown4}`, key, shown: shown4, ref, label: label2, where });
    }
    for (const mdKey of METADATA_KEYS2) {
      const md = pc[mdKey];
      if (!isRecord(md)) continue;
      for (const name of [EZ, MIN]) {
        if (md[name] === void 0 || md[name] === null || md[name] === "") continue;
        const ref = { view, path: [...base3, dc, mdKey, name] };
        const shown4 = written(ref, md[name]);
        out.push({ text: `${name} ${shown4}`, key: name, shown: shown4, ref, label: label2, where });
      }
    }
  }
  return out;
}
function lost(settings) {
  if (settings.length === 0) return "";
  return settings.length === 1 ? `, so ${clip(settings[0].text, 50)} never applies` : `, so its ${settings.length} drain settings never apply`;
}
function lostList(settings) {
  if (settings.length === 0) return "";
  const values = valueList(settings.map((s) => [s.key, { value: s.shown, prov: { level: "mesh", source: s.where, ref: s.ref } }]));
  return ` Drain settings that never apply: ${values}.`;
}
function inFileOrder(settings) {
  const pos = (s) => locate(s.ref);
  return [...settings].sort((a, b) => pos(a).line - pos(b).line || pos(a).column - pos(b).column);
}
function related(settings) {
  return settings.map((s) => ({ message: `${s.text} (${s.label}, discarded)`, ref: s.ref }));
}
var MESSAGES4 = {
  meshField: {
    message: "{{field}}: {{value}} {{what}}: istiod rejects the mesh config{{lost}}.",
    help: "{{fix}}. {{note}}{{discarded}}{{lostList}}"
  },
  operatorField: {
    message: "{{field}}: {{value}} {{what}}: istioctl refuses the IstioOperator{{lost}}.",
    help: "{{fix}}. {{note}}istioctl validates the mesh config and refuses the IstioOperator unless forced; forced, {{discarded}}{{lostList}}"
  },
  meshNotText: {
    message: "data.mesh is {{type}}, not a string: the API server rejects the ConfigMap{{lost}}.",
    help: "Write the mesh config as YAML text in a block scalar: mesh: | followed by the indented fields. Every ConfigMap data value must be a string, so istiod never reads this mesh config.{{lostList}}"
  },
  meshTextNotMapping: {
    message: "The mesh text in data.mesh is {{type}}, not a mapping of MeshConfig fields: istiod rejects it.",
    help: "Write field: value lines (e.g. accessLogFile: /dev/stdout), with lists under their field name. {{discarded}}"
  }
};
var invalid_mesh_config_default = defineRule({
  meta: {
    id: "invalid-mesh-config",
    severity: "error",
    description: "A mesh config (istio ConfigMap, IstioOperator, Helm values) has a field of the wrong type or an unknown enum value: istiod discards the whole document, and every drain setting in it with it.",
    help: "Fix the field istiod cannot read (its type, or the exact spelling of an enum value): a single wrong value makes istiod discard the whole mesh config, drain settings included.",
    fixable: false,
    messages: MESSAGES4
  },
  create(ctx) {
    return {
      end() {
        const byResource = /* @__PURE__ */ new Map();
        for (const m of ctx.inventory.meshSources) {
          if (m.embedError) continue;
          const list = byResource.get(m.resource) ?? [];
          const where = m.view === m.resource.view ? m.path.slice(m.resource.base.length).join(".") : "data.mesh";
          list.push(...drainSettingsIn(m.view, m.path, m.value, `mesh config in ${m.label}`, where));
          byResource.set(m.resource, inFileOrder(list));
        }
        for (const [m, problems] of ctx.resolution.meshProblems) {
          const settings = byResource.get(m.resource) ?? [];
          for (const p of problems) {
            if (!realProblem(p) || ownedElsewhere(p, m) || acceptedByJsonpb(p)) continue;
            const dotted2 = p.ref.path.slice(m.path.length).join(".");
            const { what, fix, note } = explain(p);
            const discarded2 = meshDiscardWords(m, ctx.inventory);
            ctx.report({
              at: p.ref,
              resource: meshResource(m),
              ...fitted(
                MESSAGES4,
                m.kind === "IstioOperator" ? "operatorField" : "meshField",
                {
                  field: dotted2,
                  value: clip(written(p.ref, p.value)),
                  what,
                  lost: lost(settings),
                  fix,
                  note,
                  discarded: m.kind === "IstioOperator" ? discarded2.charAt(0).toLowerCase() + discarded2.slice(1) : discarded2,
                  lostList: lostList(settings)
                },
                ["field", "value"]
              ),
              related: related(settings)
            });
          }
        }
        for (const m of ctx.inventory.meshSources) {
          if (m.kind !== "ConfigMap" || m.embedError) continue;
          const res = m.resource;
          const host = [...res.base, "data", "mesh"];
          const raw = get(res.view.value, host);
          if (raw === null || raw === void 0) continue;
          if (typeof raw !== "string") {
            const settings = drainSettingsIn(res.view, host, raw, `ConfigMap ${res.namespace ?? "istio-system"}/${res.name ?? "istio"} data.mesh`, "data.mesh");
            ctx.report({
              at: { view: res.view, path: host, target: "key" },
              resource: resourceId(res),
              messageId: "meshNotText",
              data: { type: yamlType(raw), lost: lost(settings), lostList: lostList(settings) },
              related: related(settings)
            });
            continue;
          }
          const parsed = m.view !== res.view ? m.view.value : void 0;
          if (parsed === null || parsed === void 0 || isRecord(parsed)) continue;
          ctx.report({
            at: { view: m.view, path: [] },
            resource: resourceId(res),
            messageId: "meshTextNotMapping",
            data: { type: typeof parsed === "string" ? "a plain string" : yamlType(parsed), discarded: meshDiscardWords(m, ctx.inventory) }
          });
        }
      }
    };
  }
});

// rules/invalid-native-sidecar-annotation/index.ts
var MEANS_TRUE = /^\s*(true|t|yes|y|on|1|enabled?|native)\s*$/i;
var MEANS_FALSE = /^\s*(false|f|no|n|off|0|disabled?|classic)\s*$/i;
var BOTH_READINGS = 'Istio 1.24–1.26 make the sidecar native only for exactly "true"; from 1.27 the injection template makes it native for every value but exactly "false".';
var invalid_native_sidecar_annotation_default = defineRule({
  meta: {
    id: "invalid-native-sidecar-annotation",
    severity: "warning",
    description: 'The sidecar.istio.io/nativeSidecar annotation is not exactly "true" or "false": the injection template turns native mode on for every other value, while the code that moves istio-proxy knows only the exact ones.',
    help: `Write exactly "true" or "false" (quoted, lower case), or remove the annotation to let istiod's ENABLE_NATIVE_SIDECARS decide.`,
    fixable: false,
    messages: {
      empty: {
        message: `${NATIVE_ANNOTATION} is empty: the injector treats it as unset, so istiod's ENABLE_NATIVE_SIDECARS decides.`,
        help: `Write "true" or "false", or remove the annotation if istiod's ENABLE_NATIVE_SIDECARS should decide. Values: {{values}}.`
      },
      readAsNative: {
        versions: ["istio"],
        message: `${NATIVE_ANNOTATION} is "{{value}}", which Istio {{version}} reads as native, whatever ENABLE_NATIVE_SIDECARS says.`,
        help: `Write {{target}}{{meaning}}. ${BOTH_READINGS} Values: {{values}}.`
      },
      readAsClassic: {
        versions: ["istio"],
        message: `${NATIVE_ANNOTATION} is "{{value}}", which Istio {{version}} reads as classic and Istio 1.27 and later as native.`,
        help: `Write {{target}}{{meaning}}. ${BOTH_READINGS} Values: {{values}}.`
      },
      versionDependent: {
        message: `${NATIVE_ANNOTATION} is "{{value}}", which Istio 1.24–1.26 read as classic and Istio 1.27 and later as native.`,
        help: `Write {{target}}{{meaning}}. ${BOTH_READINGS} Values: {{values}}.`
      },
      ignored: {
        versions: ["istio"],
        message: `${NATIVE_ANNOTATION} is "{{value}}": Istio {{version}} ignores it, but Istio 1.27 and later read it as native.`,
        help: `Write {{target}}{{meaning}}, or remove the annotation. Istio reads it from 1.24 on: ${BOTH_READINGS} Values: {{values}}.`
      },
      twoProxies: {
        versions: ["istio"],
        message: `${NATIVE_ANNOTATION} is "{{value}}": on Istio {{versions}} the pod can end up with two istio-proxy containers, a native one and its own.`,
        help: `Write {{target}}{{meaning}}. The injection template makes the sidecar native for every value but exactly "false", while the code that moves the pod's own istio-proxy container to initContainers knows only the exact values and otherwise follows istiod's ENABLE_NATIVE_SIDECARS: unless istiod enables native sidecars, the pod ends up with two istio-proxy containers. Values: {{values}}.`
      }
    }
  },
  create(ctx) {
    const istio = ctx.config.istioVersion;
    return {
      workload(rw) {
        const w = rw.workload;
        if (rw.gateway || rw.sidecar.status === "none" || rw.admissionDenied) return;
        const value = w.podAnnotations[NATIVE_ANNOTATION];
        if (typeof value !== "string" || value === "true" || value === "false") return;
        const at = { view: w.view, path: [...w.annotationsPath, NATIVE_ANNOTATION] };
        const annotation = { value: JSON.stringify(value), prov: { level: "annotation", source: "pod template annotation", ref: at } };
        const values = [[NATIVE_ANNOTATION, annotation]];
        if (value.trim() === "") {
          ctx.report({ at, workload: w, messageId: "empty", data: { values: valueList(values) } });
          return;
        }
        const meant3 = MEANS_FALSE.test(value) ? "false" : MEANS_TRUE.test(value) ? "true" : void 0;
        const data = {
          value: shown(value),
          target: meant3 ? `"${meant3}"` : '"true" or "false"',
          meaning: meant3 ? ` (what "${shown(value)}" seems to mean)` : "",
          version: istio ?? ""
        };
        const own = w.containers.find((c) => c.name === PROXY_CONTAINER && !c.init);
        const reading = !istio ? "both" : compareVersions(istio, "1.24") < 0 ? "ignored" : compareVersions(istio, "1.27") < 0 ? "classic" : "native";
        if (own && (reading === "native" || reading === "both")) {
          const container = { value: "container", prov: { level: "proxy-container", source: "pod spec", ref: { view: w.view, path: own.path } } };
          values.push([PROXY_CONTAINER, container]);
          ctx.report({ at, workload: w, messageId: "twoProxies", data: { ...data, versions: istio ?? "1.27 and later", values: valueList(values) } });
          return;
        }
        const messageId = reading === "both" ? "versionDependent" : reading === "ignored" ? "ignored" : reading === "classic" ? "readAsClassic" : "readAsNative";
        ctx.report({ at, workload: w, messageId, data: { ...data, values: valueList(values) } });
      }
    };
  }
});
function shown(value) {
  return value.length > 24 ? `${value.slice(0, 23)}…` : value;
}

// rules/job-sidecar-blocks-completion/index.ts
var QUIT = "curl -fsS -X POST http://localhost:15020/quitquitquit";
var WHY5 = "The Job controller counts a pod as finished only when all its containers have exited, and a classic istio-proxy runs until it is told to stop (istio/istio#11045).";
function nativeFix(istio, k8s) {
  if (k8s && compareVersions(k8s, "1.29") < 0) return "";
  if (istio && compareVersions(istio, "1.21") < 0) return "";
  const k8sWords = k8s ? "" : " on Kubernetes ≥ 1.29";
  if (istio && compareVersions(istio, "1.24") < 0) {
    return `Run the sidecar natively with istiod's ENABLE_NATIVE_SIDECARS=true${k8sWords} (Istio ${istio} does not know the ${NATIVE_ANNOTATION} annotation): istio-proxy then runs as an init container, which does not count for completion; or `;
  }
  return `Run the sidecar natively with the pod template annotation ${NATIVE_ANNOTATION}: "true" (Istio ≥ 1.24, or istiod's ENABLE_NATIVE_SIDECARS=true from 1.21)${k8sWords}: istio-proxy then runs as an init container, which does not count for completion; or `;
}
function fixes(istio, k8s) {
  const native = nativeFix(istio, k8s);
  const quit = `make the app call the agent's quitquitquit when it is done (e.g. end its command with \`${QUIT}\`; from Istio 1.26 the proxy then exits without draining); or keep the pod out of the mesh with the pod label sidecar.istio.io/inject: "false".`;
  return native ? `${native}${quit}` : `${quit.charAt(0).toUpperCase()}${quit.slice(1)}`;
}
function modeEntries(rw, inv, istio, k8s) {
  if (rw.mode.prov.level === "annotation") return [[NATIVE_ANNOTATION, { value: rw.mode.value === "native" ? '"true"' : '"false"', prov: { ...rw.mode.prov, source: "pod template annotation" } }]];
  if (rw.mode.prov.ref && rw.mode.prov.level === "default") return [["proxy mode", { value: rw.mode.value, prov: rw.mode.prov }]];
  const env = inv.istiodEnv.filter((e) => e.name === "ENABLE_NATIVE_SIDECARS").pop();
  if (env) return [["ENABLE_NATIVE_SIDECARS", { value: JSON.stringify(String(env.value)), prov: { level: "mesh", source: env.label, ref: env.ref } }]];
  const versions = [istio ? `Istio ${istio}` : "", k8s ? `Kubernetes ${k8s}` : ""].filter(Boolean).join(" on ");
  return [["proxy mode", { value: "classic", prov: { level: "default", source: versions ? `default for ${versions}` : "default" } }]];
}
function modeNote(rw, istio) {
  if (rw.mode.value !== "native" || !istio || compareVersions(istio, "1.21") >= 0) return "";
  return ` Istio ${istio} does not know the ${NATIVE_ANNOTATION} annotation (from 1.24), so the sidecar stays classic.`;
}
var job_sidecar_blocks_completion_default = defineRule({
  meta: {
    id: "job-sidecar-blocks-completion",
    severity: "warning",
    description: "A Job or CronJob pod has a classic istio-proxy sidecar that nothing stops when the app exits (no native sidecar, no call to the agent's /quitquitquit): the pod keeps running and the Job never completes.",
    help: 'Run the sidecar natively (sidecar.istio.io/nativeSidecar: "true", Istio ≥ 1.24 on Kubernetes ≥ 1.29), make the app POST to http://localhost:15020/quitquitquit when it is done, or keep the pod out of the mesh with the label sidecar.istio.io/inject: "false".',
    fixable: false,
    messages: {
      sidecarBlocksCompletion: {
        message: "Nothing stops this {{kind}}'s classic istio-proxy sidecar when its app exits, so {{outcome}}.",
        help: `{{fixes}} ${WHY5}{{modeNote}}{{assumed}} Values: {{values}}.`
      },
      defaultClassicBlocksCompletion: {
        message: "Unless native sidecars are on, nothing stops this {{kind}}'s istio-proxy sidecar when its app exits, so {{outcome}}.",
        help: `Native sidecars are the default from Istio 1.27 where every node's kubelet is 1.33 or later; give --istio-version and --k8s-version to decide. Otherwise: {{fixes}} ${WHY5}{{assumed}} Values: {{values}}.`
      }
    }
  },
  create(ctx) {
    const { istioVersion: istio, kubernetesVersion: k8s } = ctx.config;
    return {
      workload(rw) {
        const w = rw.workload;
        if (!isJobWorkload(w) || rw.gateway || rw.sidecar.status === "none" || rw.admissionDenied) return;
        if (nativeEffective(rw, istio)) return;
        if (quitCall(w)) return;
        const guess = classicByDefault(rw, ctx.inventory, ctx.config);
        const sidecar = fact("istio-proxy sidecar", rw.sidecar.status, rw.sidecar.reason);
        const mode = modeEntries(rw, ctx.inventory, istio, k8s);
        ctx.report({
          at: { view: w.view, path: w.podMetaPath, target: "key" },
          workload: w,
          severity: guess ? "info" : void 0,
          messageId: guess ? "defaultClassicBlocksCompletion" : "sidecarBlocksCompletion",
          data: {
            kind: w.kind,
            outcome: w.kind === "CronJob" ? "its Jobs never complete" : "the Job never completes",
            fixes: fixes(istio, k8s),
            modeNote: modeNote(rw, istio),
            assumed: assumedSentence(rw),
            values: valueList([sidecar, ...mode])
          },
          related: relatedValues(mode)
        });
      }
    };
  }
});

// rules/listeners-close-before-drain-ends/index.ts
var listeners_close_before_drain_ends_default = defineRule({
  meta: {
    id: "listeners-close-before-drain-ends",
    severity: "warning",
    description: "The proxy outlives drainDuration: Envoy stops accepting new connections on its drained listeners while the pod is still alive and still receives traffic.",
    help: "Keep drainDuration at least as long as the proxy waits after its drain starts (terminationDrainDuration, or MINIMUM_DRAIN_DURATION with EXIT_ON_ZERO_ACTIVE_CONNECTIONS), or shorten that wait.",
    fixable: false,
    messages: {
      terminationDrainOverDrainDuration: {
        message: "terminationDrainDuration is {{wait}} but drainDuration is {{dd}}: Envoy stops accepting new connections while the {{proxy}} lives.",
        help: "Raise drainDuration to at least {{target}} (whole seconds){{lower}}. Once the drain starts{{atPreStop}}, Envoy keeps accepting new connections on {{listeners}} for drainDuration, until {{closes}}, then stops them; the {{proxy}} lives {{lives}}, and connections that still arrive meanwhile are refused. {{notes}}Values: {{values}}."
      },
      minimumDrainOverDrainDuration: {
        message: "MINIMUM_DRAIN_DURATION is {{wait}} but drainDuration is {{dd}}: Envoy stops accepting new connections while the {{proxy}} lives.",
        help: "Raise drainDuration to at least {{target}} (whole seconds){{lower}}. Once the drain starts{{atPreStop}}, Envoy keeps accepting new connections on {{listeners}} for drainDuration, until {{closes}}, then stops them; with EXIT_ON_ZERO_ACTIVE_CONNECTIONS on the {{proxy}} lives {{lives}}, and connections that still arrive meanwhile are refused. {{notes}}Values: {{values}}."
      }
    }
  },
  create(ctx) {
    if (ctx.config.istioVersion && compareVersions(ctx.config.istioVersion, "1.8") < 0) return {};
    return {
      workload(rw) {
        if (!classicDrainRuns(rw)) return;
        const g = rw.grace.value;
        const tl = rw.timeline;
        const late = tl.path === "native-without-drain-hook";
        const pp = rw.proxyPreStop.seconds;
        const start = tl.drainStart;
        if (pp === void 0 || start === void 0 || tl.drainEndAtLeast) return;
        const ez = rw.ez.value;
        const wait = ez ? rw.min : rw.tdd;
        const alive = Math.min(start + wait.value, g);
        const closes = tl.listenersClose;
        if (closes === void 0 || alive <= closes) return;
        const proxy = proxyNoun(rw);
        const ppCounts = pp > 0 && !(late && start > pp);
        const knob = ez ? "MINIMUM_DRAIN_DURATION" : "terminationDrainDuration";
        const capped = g < start + wait.value;
        const lower = shorterDrain(rw, ez, ctx.config.istioVersion);
        const involved = [wait, rw.dd, rw.ez];
        ctx.reportDrainSetting({
          workload: rw,
          involved,
          severity: rw.graceOptOut ? "info" : void 0,
          messageId: ez ? "minimumDrainOverDrainDuration" : "terminationDrainOverDrainDuration",
          data: {
            wait: formatSeconds(wait.value),
            dd: formatSeconds(rw.dd.value),
            proxy,
            target: formatSeconds(Math.ceil(alive - start)),
            lower: lower === void 0 ? "" : `, or lower ${knob} to at most ${formatSeconds(lower)}${gatewayDrainCaveat(rw)}`,
            atPreStop: late ? ` when the app has exited, at ${formatSeconds(start)}` : pp > 0 ? " at the end of the istio-proxy preStop" : "",
            listeners: rw.gateway ? "all its listeners" : "its inbound listeners",
            closes: formatSeconds(closes),
            lives: capped ? `until kubelet's SIGKILL at ${formatSeconds(g)}` : `${ez ? "at least " : ""}until ${formatSeconds(alive)}`,
            notes: helpNotes(rw, ctx.config),
            values: valueList([
              [knob, wait],
              ["drainDuration", rw.dd],
              ["EXIT_ON_ZERO_ACTIVE_CONNECTIONS", ez ? rw.ez : void 0],
              ["istio-proxy preStop", ppCounts ? rw.proxyPreStop : void 0],
              ["app preStop", late ? rw.appPreStop : void 0],
              ["shutdown duration", late ? rw.shutdown : void 0],
              ["terminationGracePeriodSeconds", capped ? rw.grace : void 0]
            ])
          },
          related: relatedValues([
            [knob, wait],
            ["drainDuration", rw.dd],
            ["EXIT_ON_ZERO_ACTIVE_CONNECTIONS", ez ? rw.ez : void 0],
            ["terminationGracePeriodSeconds", capped ? rw.grace : void 0],
            ["istio-proxy preStop", ppCounts ? rw.proxyPreStop : void 0],
            ["app preStop", late ? rw.appPreStop : void 0],
            ["shutdown duration", late ? rw.shutdown : void 0]
          ])
        });
      }
    };
  }
});

// rules/min-drain-shorter-than-app-prestop/index.ts
function minFix(rw, need) {
  const ref = rw.min.prov.level !== "default" ? rw.min.prov.ref : rw.ez.prov.ref ? { ...rw.ez.prov.ref, path: [...rw.ez.prov.ref.path.slice(0, -1), MIN] } : void 0;
  if (!ref || ref.path[ref.path.length - 1] !== MIN) return void 0;
  return fixOf("timing", [{ op: "set", at: ref, text: `"${formatSeconds(need)}"` }]);
}
var min_drain_shorter_than_app_prestop_default = defineRule({
  meta: {
    id: "min-drain-shorter-than-app-prestop",
    severity: "warning",
    description: "With EXIT_ON_ZERO_ACTIVE_CONNECTIONS, MINIMUM_DRAIN_DURATION ends before the app's preStop hook: the proxy can exit while the app still serves.",
    help: "Set MINIMUM_DRAIN_DURATION beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS to at least the app's preStop (less the proxy's own preStop), so that the sidecar cannot exit while the app is still being drained.",
    fixable: true,
    fixTypes: ["timing"],
    messages: {
      minShorterThanPreStop: {
        message: "MINIMUM_DRAIN_DURATION is {{min}}{{afterPreStop}}, but the app's preStop takes {{appPreStop}}: the sidecar may exit from {{firstCheck}} on, while the app still serves.",
        help: "Set MINIMUM_DRAIN_DURATION {{need}} beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS{{alsoRaise}}. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, the sidecar sleeps MINIMUM_DRAIN_DURATION once its drain starts{{sincePreStop}}, then exits at the first check that finds no open connection; during the app's preStop there may be none for a moment, while the pod still receives traffic (istio/istio#47718). {{notes}}Values: {{values}}."
      }
    }
  },
  create(ctx) {
    return {
      workload(rw) {
        if (!drainsClassically(rw) || !rw.ez.value) return;
        if (rw.gateway) return;
        const pa = rw.appPreStop.seconds;
        if (pa === void 0) return;
        const pp = rw.proxyPreStop.seconds ?? 0;
        if (pp + rw.min.value >= pa) return;
        const need = Math.ceil(pa - pp);
        const firstCheck = rw.timeline.drainEnd ?? rw.min.value + EZ_POLL_SECONDS;
        const fit = drainFit(rw, { ez: true, wait: need }, ctx.config.istioVersion);
        const raises = fitRaises(fit);
        const involved = [rw.min, rw.ez];
        ctx.reportDrainSetting({
          workload: rw,
          involved,
          severity: rw.graceOptOut ? "info" : void 0,
          messageId: "minShorterThanPreStop",
          fix: raises.length === 0 && !rw.appPreStop.atLeast ? minFix(rw, need) : void 0,
          data: {
            min: formatSeconds(rw.min.value),
            afterPreStop: afterProxyPreStop(rw.proxyPreStop),
            appPreStop: durationWords(rw.appPreStop),
            firstCheck: formatSeconds(firstCheck),
            need: rw.appPreStop.atLeast ? `"${formatSeconds(need)}" or more (the app's preStop runs for an unknown time after its ${formatSeconds(pa)} of sleep)` : `"${formatSeconds(need)}"`,
            alsoRaise: raises.length > 0 ? `, and raise ${joinWords(raises)}` : "",
            sincePreStop: pp > 0 ? " at the end of its preStop" : "",
            notes: helpNotes(rw, ctx.config),
            values: valueList([
              ["MINIMUM_DRAIN_DURATION", rw.min],
              ["EXIT_ON_ZERO_ACTIVE_CONNECTIONS", rw.ez],
              ["app preStop", rw.appPreStop],
              ["istio-proxy preStop", pp > 0 ? rw.proxyPreStop : void 0],
              ["drainDuration", fit.drainDuration !== void 0 ? rw.dd : void 0],
              ["terminationGracePeriodSeconds", fit.grace !== void 0 ? rw.grace : void 0]
            ])
          },
          related: relatedValues([
            ["MINIMUM_DRAIN_DURATION", rw.min],
            ["EXIT_ON_ZERO_ACTIVE_CONNECTIONS", rw.ez],
            ["app preStop", rw.appPreStop],
            ["istio-proxy preStop", pp > 0 ? rw.proxyPreStop : void 0]
          ])
        });
      }
    };
  }
});

// rules/misplaced-annotation/index.ts
var POD_ANNOTATION = /^(?:proxy\.istio\.io\/config|sidecar\.istio\.io\/.+|inject\.istio\.io\/templates|status\.sidecar\.istio\.io\/port|readiness\.status\.sidecar\.istio\.io\/.+|drainlint\.io\/.+)$/;
var POD_LABELS = /* @__PURE__ */ new Set(["sidecar.istio.io/inject", "istio.io/rev"]);
var INJECT2 = "sidecar.istio.io/inject";
var PROXY_CONFIG2 = "proxy.istio.io/config";
function reader(key, field) {
  if (field === "labels") return "the injection webhook's objectSelector matches pod labels only";
  if (key.startsWith("drainlint.io/")) return "drainlint reads its annotations from the pod template only";
  if (key === PROXY_CONFIG2) return "the sidecar injector and pilot-agent read it from the pod only";
  if (key === INJECT2) return "the injector reads it from the pod only, and there as a label";
  return "the sidecar injector reads it from the pod only";
}
function shown2(value, key) {
  let text2;
  if (typeof value === "string") text2 = JSON.stringify(value);
  else if (value === null || typeof value === "object") return "";
  else text2 = String(value);
  return !text2.includes("\\n") && text2.length <= 40 && key.length + text2.length <= 80 ? text2 : "";
}
function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function missingSettings(misplaced, pod, at = []) {
  if (Array.isArray(misplaced)) return void 0;
  if (!isRecord(misplaced)) return pod === void 0 ? [at] : [];
  if (pod !== void 0 && !isRecord(pod)) return [];
  const out = [];
  for (const [k, v] of Object.entries(misplaced)) {
    const sub = missingSettings(v, isRecord(pod) ? pod[k] : void 0, [...at, k]);
    if (!sub) return void 0;
    out.push(...sub);
  }
  return out;
}
function mergeFix(misplaced, pod) {
  const from = parseEmbedded(misplaced).view;
  const into = pod ? parseEmbedded(pod).view : void 0;
  if (!from || !into || !isRecord(from.value) || !isRecord(into.value)) return void 0;
  const paths = missingSettings(from.value, into.value);
  if (!paths || paths.length === 0) return void 0;
  const fix = fixOf("layout", [...paths.map((p) => ({ op: "set", at: { view: into, path: p }, from: { view: from, path: p } })), { op: "remove", at: misplaced }]);
  return fix && { fix, keys: joinWords(paths.map((p) => p.join("."))) };
}
function ownershipLabel(rw) {
  const w = rw.workload;
  if (w.podLabels[REV] !== void 0 || optsOutOfInjection(w)) return true;
  if (istioComponent(w, rw.gateway) !== void 0) return true;
  return neverInjectedNamespace(w, rootNamespace(rw.meshSources)) !== void 0;
}
var misplaced_annotation_default = defineRule({
  meta: {
    id: "misplaced-annotation",
    severity: "error",
    description: "Istio and drainlint annotations (and the sidecar.istio.io/inject and istio.io/rev labels) on a workload's own metadata instead of its pod template, where nothing reads them.",
    help: "Move the key to the pod template's metadata (spec.template.metadata; for a CronJob spec.jobTemplate.spec.template.metadata): the sidecar injector, pilot-agent and drainlint read these keys from the pod only.",
    fixable: true,
    fixTypes: ["layout"],
    messages: {
      proxyConfig: {
        message: "The annotation proxy.istio.io/config is on {{place}}, so none of its proxy settings apply.",
        help: "Move it to {{target}}: the sidecar injector and pilot-agent read it from the pod only, and {{lands}}."
      },
      injectorAnnotation: {
        message: "The annotation {{key}}{{value}} is on {{place}}, so the sidecar injector never sees it.",
        help: "Move it to {{target}}: the sidecar injector reads it from the pod only, and {{lands}}."
      },
      drainlintAnnotation: {
        message: "The annotation {{key}}{{value}} is on {{place}}, so drainlint ignores it.",
        help: "Move it to {{target}}: drainlint reads its own annotations from the pod template only, as Istio does, and {{lands}}."
      },
      injectAnnotation: {
        message: "The annotation sidecar.istio.io/inject{{value}} is on {{place}}, where the injector never sees it.",
        help: "Move it to {{target}}, as a label: the injection webhook selects pods by label, so the deprecated annotation form cannot opt a pod in, and {{lands}}."
      },
      injectionLabel: {
        message: "The label {{key}}{{value}} is on {{place}}, so it {{effect}}.",
        help: "Move it to {{target}}: the injection webhook's objectSelector matches the labels of the pod being created only, and {{lands}}."
      },
      proxyConfigMerge: {
        message: "The annotation proxy.istio.io/config on {{place}} is ignored; the pod template's own one counts.",
        help: "Merge it into the pod template's: add {{keys}} to {{target}}.proxy.istio.io/config (its own values stay), and remove this one: the sidecar injector and pilot-agent read it from the pod only, and {{lands}}. Values: {{values}}."
      },
      podTemplateDiffers: {
        message: "The {{noun}} {{key}}{{value}} on {{place}} is ignored; the pod template's {{podValue}} counts.",
        help: "Remove this one, or set the value you want in {{target}}: {{reader}}, and {{lands}}. Values: {{values}}."
      }
    }
  },
  create(ctx) {
    function check(w, site2, field, key, value, tpl) {
      const targetField = field === "annotations" && key === INJECT2 ? "labels" : field;
      const podRefs = [{ view: w.view, path: [...w.podMetaPath, targetField, key] }];
      if (targetField !== field) podRefs.push({ view: w.view, path: [...w.podMetaPath, field, key] });
      const podValues = podRefs.map((ref) => ({ ref, value: get(w.view.value, ref.path) })).filter((p) => p.value !== void 0);
      if (podValues.some((p) => same(p.value, value))) return;
      const noun = field === "annotations" ? "annotation" : "label";
      const at = { view: w.view, path: [...site2.meta, field, key], target: "key" };
      const quoted5 = key === PROXY_CONFIG2 ? "" : shown2(value, key);
      const base3 = { key, value: quoted5 ? `: ${quoted5}` : "", place: site2.place, target: `${tpl}.metadata.${targetField}`, lands: site2.lands };
      const related3 = [];
      const pod = podValues[0];
      let messageId;
      let data;
      if (pod) {
        const podShown = shown2(pod.value, key);
        related3.push({ message: `${key}${podShown ? `: ${podShown}` : ""} (pod template)`, ref: pod.ref });
        const podField = String(pod.ref.path[pod.ref.path.length - 2]);
        const values = [
          [key, { value: quoted5 || "set", prov: { level: "pod-spec", source: `${site2.source} ${field}`, ref: at } }],
          [key, { value: podShown || "set", prov: { level: "pod-spec", source: `pod template ${podField}`, ref: pod.ref } }]
        ];
        messageId = "podTemplateDiffers";
        data = { ...base3, noun, podValue: podShown || "own value", reader: reader(key, field), values: valueList(values) };
        const merge = key === PROXY_CONFIG2 ? mergeFix({ view: w.view, path: at.path }, pod.ref) : void 0;
        if (merge) {
          ctx.report({ at, workload: w, messageId: "proxyConfigMerge", data: { ...base3, keys: merge.keys, values: valueList(values) }, related: related3, fix: merge.fix });
          return;
        }
      } else if (field === "labels") {
        messageId = "injectionLabel";
        data = { ...base3, effect: key === INJECT2 ? "opts no pod in or out of injection" : "selects no revision for the pods" };
      } else if (key === PROXY_CONFIG2) {
        messageId = "proxyConfig";
        data = base3;
      } else if (key === INJECT2) {
        messageId = "injectAnnotation";
        data = base3;
      } else if (key.startsWith("drainlint.io/")) {
        messageId = "drainlintAnnotation";
        data = base3;
      } else {
        messageId = "injectorAnnotation";
        data = base3;
      }
      const from = { view: w.view, path: at.path };
      const fix = pod ? fixOf("layout", [{ op: "remove", at: from }]) : fixOf("layout", [{ op: "set", at: podRefs[0], from }, { op: "remove", at: from }]);
      ctx.report({ at, workload: w, messageId, data, related: related3, fix });
    }
    return {
      workload(rw) {
        const w = rw.workload;
        const template = WORKLOAD_TEMPLATE[w.kind];
        if (!template || template.length === 0) return;
        const tpl = template.join(".");
        const sites = [
          {
            meta: [...w.base, "metadata"],
            place: `the ${w.kind}'s own metadata`,
            source: `${w.kind} metadata`,
            lands: `a ${w.kind}'s own labels and annotations are never copied onto its pods`
          }
        ];
        if (w.kind === "CronJob") {
          sites.push({
            meta: [...w.base, "spec", "jobTemplate", "metadata"],
            place: "the Job template's metadata",
            source: "Job template metadata",
            lands: "spec.jobTemplate.metadata lands on the Job, not on its pods"
          });
        }
        for (const site2 of sites) {
          for (const field of ["annotations", "labels"]) {
            const map = get(w.view.value, [...site2.meta, field]);
            if (!isRecord(map)) continue;
            for (const [key, value] of Object.entries(map)) {
              const relevant = field === "labels" ? POD_LABELS.has(key) : POD_ANNOTATION.test(key) && !isIgnoreAnnotation(key);
              if (!relevant) continue;
              if (field === "labels" && key === REV && ownershipLabel(rw)) continue;
              check(w, site2, field, key, value, tpl);
            }
          }
        }
      }
    };
  }
});

// rules/misplaced-grace-period/index.ts
var KEY = "terminationGracePeriodSeconds";
var PROXY_CONFIG_KEYS = [KEY, "termination_grace_period_seconds"];
var CONTAINER_LISTS = /* @__PURE__ */ new Set(["containers", "initContainers", "ephemeralContainers"]);
var PROBES_WITH_GRACE = /* @__PURE__ */ new Set(["livenessProbe", "startupProbe"]);
var STRICT = "strict field validation (the default of kubectl apply since Kubernetes 1.25) rejects an unknown field, and other clients drop it silently";
function findKeys(value, path10 = [], out = []) {
  if (Array.isArray(value)) value.forEach((v, i) => findKeys(v, [...path10, i], out));
  else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k === KEY) out.push([...path10, k]);
      findKeys(v, [...path10, k], out);
    }
  }
  return out;
}
function dotted(path10) {
  return path10.map((s, i) => typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`).join("");
}
function startsWith(path10, prefix) {
  return prefix.length <= path10.length && prefix.every((s, i) => path10[i] === s);
}
function meant2(value) {
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) return String(value);
  if (typeof value === "string") {
    if (/^\d+$/.test(value.trim())) return String(Number(value.trim()));
    const secs = parseGoDuration(value.trim());
    if (secs !== void 0 && secs >= 0) return String(Math.ceil(secs));
  }
  return "<whole seconds>";
}
function moveFix2(w, at, raw, podSet) {
  if (podSet) return fixOf("layout", [{ op: "remove", at }]);
  const want = meant2(raw);
  if (w.origin === "gateway-values" || !/^\d+$/.test(want)) return void 0;
  const to = { view: w.view, path: [...w.podSpecPath, KEY] };
  const moved = typeof raw === "number" && !at.view.host ? { op: "set", at: to, from: at } : { op: "set", at: to, text: want };
  return fixOf("layout", [moved, { op: "remove", at }]);
}
function place(w, parent, template) {
  const podSpec = [...template, "spec"];
  const path10 = dotted(parent);
  const named = (name) => ({ name, path: path10 || "(top level)" });
  if (parent.length === 0) return named(`the ${w.kind} itself`);
  if (parent.length === 1 && parent[0] === "metadata") return named(`the ${w.kind}'s metadata`);
  if (parent.length === 1 && parent[0] === "spec") return named(`the ${w.kind} spec`);
  if (template.length > 0 && parent.length === template.length && startsWith(parent, template)) return named("the pod template");
  if (startsWith(parent, [...template, "metadata"])) return named(template.length === 0 ? "the Pod's metadata" : "the pod template's metadata");
  if (w.kind === "CronJob" && path10 === "spec.jobTemplate.spec") return named("the Job spec");
  if (startsWith(parent, podSpec) && parent.length >= podSpec.length + 2 && CONTAINER_LISTS.has(String(parent[podSpec.length]))) {
    const c = w.containers.find((x) => dotted(x.path.slice(w.base.length)) === dotted(parent.slice(0, podSpec.length + 2)));
    const name = c?.name ? `container ${c.name}` : "a container";
    return named(parent.length === podSpec.length + 2 ? name : `the ${String(parent[parent.length - 1])} of ${name}`);
  }
  return named(path10);
}
function writtenAt2(value, source, ref) {
  return { value, prov: { level: "pod-spec", source, ref } };
}
var misplaced_grace_period_default = defineRule({
  meta: {
    id: "misplaced-grace-period",
    severity: "error",
    description: "terminationGracePeriodSeconds written anywhere but the pod spec (workload spec, a container, pod template metadata, the proxy.istio.io/config annotation, a mesh config), where it never sets the grace period.",
    help: "Write terminationGracePeriodSeconds in the pod spec (spec.template.spec; for a CronJob spec.jobTemplate.spec.template.spec) and remove it elsewhere: it is a field of the pod spec only, and there is no mesh-wide grace period.",
    fixable: true,
    fixTypes: ["layout"],
    messages: {
      notAField: {
        message: "{{key}} is not a field of {{place}}: kubectl apply rejects it, and the grace period stays {{grace}} (default).",
        help: "Set it {{setWhere}}: {{want}}{{also}}, and remove it from {{place}} ({{path}}). There is no such field there: {{strict}}. Values: {{values}}."
      },
      notAFieldBesidePodSpec: {
        message: "{{key}} is not a field of {{place}}: kubectl apply rejects it; the grace period is the pod spec's {{grace}}.",
        help: "Remove it from {{place}} ({{path}}){{orSet}}. There is no such field there: {{strict}}. Values: {{values}}."
      },
      readinessProbe: {
        message: "{{key}} is not a field of a readinessProbe: the API server rejects the pod template.",
        help: "Remove it from {{place}} ({{path}}). Kubernetes (≥ 1.25) has a probe-level {{key}} on livenessProbe and startupProbe only; the pod's own grace period is {{specPath}}.{{key}}."
      },
      inAnnotation: {
        message: "{{annotation}} has no {{key}}: istiod drops the key, and the grace period stays {{grace}} (default).",
        help: "Set it {{setWhere}}: {{want}}{{also}}, and remove it from the annotation. It is a pod field, not a ProxyConfig field, and istiod drops unknown ProxyConfig keys silently. Values: {{values}}."
      },
      inAnnotationBesidePodSpec: {
        message: "{{annotation}} has no {{key}}: istiod drops the key; the grace period is the pod spec's {{grace}}.",
        help: "Remove it from the annotation{{orSet}}. It is a pod field, not a ProxyConfig field, and istiod drops unknown ProxyConfig keys silently. Values: {{values}}."
      },
      inMeshConfig: {
        message: "There is no mesh-wide grace period: istiod drops {{key}} from {{site}}.",
        help: "Set {{field}}: {{want}} in the pod spec of each workload that needs it, and remove this key. {{what}} has no such field, and istiod drops unknown keys silently: each pod keeps its own {{field}} (default 30). Values: {{values}}."
      }
    }
  },
  create(ctx) {
    const podGrace = (rw, w, want, written2) => {
      const chartValue = w.origin === "gateway-values";
      const podKey = chartValue ? KEY : `${dotted(w.podSpecPath.slice(w.base.length))}.${KEY}`;
      const setWhere = chartValue ? `as a value of the gateway chart instead: ${podKey}` : `in the pod spec instead: ${podKey}`;
      const g = rw.grace;
      const values = valueList([written2, [KEY, g]]);
      if (g.prov.level === "default") {
        const dd = /^\d+$/.test(want) ? drainDurationForGrace(rw, Number(want), ctx.config.istioVersion) : void 0;
        const also = dd === void 0 ? "" : ` (and raise drainDuration to at least ${formatSeconds(dd)}, or Envoy stops accepting connections before the drain ends)`;
        return { podSet: false, alone: dd === void 0, data: { setWhere, want, also, values: dd === void 0 ? values : valueList([written2, [KEY, g], [rw.ez.value ? "MINIMUM_DRAIN_DURATION" : "terminationDrainDuration", rw.ez.value ? rw.min : rw.tdd], ["drainDuration", rw.dd]]), grace: String(g.value ?? DEFAULT_G) }, related: [] };
      }
      const related3 = g.prov.ref ? [{ message: `${KEY} ${g.value ?? "unusable"} (${w.origin === "gateway-values" ? g.prov.source : "pod spec"})`, ref: g.prov.ref }] : [];
      const orSet = g.value !== void 0 && String(g.value) === want ? "" : `, or set the value you want in ${chartValue ? `the gateway chart value ${KEY}` : podKey}`;
      return { podSet: true, alone: true, data: { values, orSet, grace: g.value === void 0 ? "unusable value" : String(g.value) }, related: related3 };
    };
    return {
      workload(rw) {
        const w = rw.workload;
        const template = WORKLOAD_TEMPLATE[w.kind] ?? [];
        const podSpec = [...template, "spec"];
        for (const rel of findKeys(w.value)) {
          const parent = rel.slice(0, -1);
          if (dotted(parent) === dotted(podSpec)) continue;
          const field = parent[parent.length - 1];
          const containerField = startsWith(parent, podSpec) && CONTAINER_LISTS.has(String(parent[podSpec.length])) && parent.length === podSpec.length + 3;
          if (containerField && PROBES_WITH_GRACE.has(String(field))) continue;
          let raw = w.value;
          for (const s of rel) raw = raw[s];
          const at = { view: w.view, path: [...w.base, ...rel], target: "key" };
          const where = place(w, parent, template);
          if (containerField && field === "readinessProbe") {
            ctx.report({
              at,
              workload: w,
              fix: fixOf("layout", [{ op: "remove", at }]),
              messageId: "readinessProbe",
              data: { key: KEY, place: where.name, path: where.path, specPath: dotted(w.podSpecPath.slice(w.base.length)) }
            });
            continue;
          }
          const g = podGrace(rw, w, meant2(raw), [KEY, writtenAt2(raw, `${w.kind} ${where.path}`, { view: w.view, path: [...w.base, ...rel] })]);
          ctx.report({
            at,
            workload: w,
            fix: g.alone ? moveFix2(w, at, raw, g.podSet) : void 0,
            messageId: g.podSet ? "notAFieldBesidePodSpec" : "notAField",
            data: { key: KEY, place: where.name, path: where.path, strict: STRICT, ...g.data },
            related: g.related
          });
        }
        const ann = w.proxyConfigAnnotation;
        if (ann?.view && isRecord(ann.view.value) && !rw.admissionDenied) {
          for (const key of PROXY_CONFIG_KEYS) {
            if (!(key in ann.view.value)) continue;
            const raw = ann.view.value[key];
            const g = podGrace(rw, w, meant2(raw), [key, writtenAt2(raw, `${PROXY_CONFIG_ANNOTATION} annotation`, { view: ann.view, path: [key] })]);
            ctx.report({
              at: { view: ann.view, path: [key], target: "key" },
              workload: w,
              fix: g.alone ? moveFix2(w, { view: ann.view, path: [key] }, raw, g.podSet) : void 0,
              messageId: g.podSet ? "inAnnotationBesidePodSpec" : "inAnnotation",
              data: { key, annotation: PROXY_CONFIG_ANNOTATION, ...g.data },
              related: g.related
            });
          }
        }
      },
      end() {
        for (const m of ctx.inventory.meshSources) {
          const sites = [
            { map: m.value, path: m.path, site: "the MeshConfig", what: "MeshConfig" }
          ];
          for (const dcKey of ["defaultConfig", "default_config"]) {
            const dc = m.value[dcKey];
            if (isRecord(dc)) sites.push({ map: dc, path: [...m.path, dcKey], site: dcKey, what: `ProxyConfig (${dcKey})` });
          }
          for (const site2 of sites) {
            for (const key of PROXY_CONFIG_KEYS) {
              if (!(key in site2.map)) continue;
              const ref = { view: m.view, path: [...site2.path, key] };
              ctx.report({
                at: { ...ref, target: "key" },
                resource: resourceId(m.resource),
                messageId: "inMeshConfig",
                data: {
                  key,
                  site: site2.site,
                  field: KEY,
                  want: meant2(site2.map[key]),
                  what: site2.what,
                  values: valueList([[key, writtenAt2(site2.map[key], `mesh config in ${m.label}`, ref)]])
                }
              });
            }
          }
        }
      }
    };
  }
});

// rules/native-sidecar-ignores-drain-settings/index.ts
var NATIVE_PATH = "whose preStop drains Envoy when termination starts and whose SIGTERM, sent only after the app has exited, makes pilot-agent stop Envoy at once";
var CLASSIC_AFTER = "so istio-proxy drains nothing while the app serves: it gets SIGTERM only after the app has exited and only then runs the classic drain, keeping a proxy without its app for another {{extra}}.";
var messages = {
  unused: {
    versions: ["istio", "kubernetes"],
    message: "{{settings}} {{isAre}} unused: native sidecars stop Envoy once the app exits.",
    help: `{{Remove}}; with native sidecars only the app's stop time (preStop + shutdown) has to fit terminationGracePeriodSeconds. {{Subject}} runs a native sidecar, ${NATIVE_PATH}.{{assumed}} Values: {{values}}.`
  },
  hookReplaced: {
    versions: ["istio", "kubernetes"],
    message: "{{settings}} {{applies}} only once the app exits: the sidecar's /drain preStop is replaced.",
    help: `Put the preStop \`${DRAIN_HOOK}\` back and {{remove}}. The /drain preStop of the native sidecar of {{subject}} {{loss}}, ${CLASSIC_AFTER}{{assumed}} Values: {{values}}.`
  },
  hookMissing: {
    versions: ["istio", "kubernetes"],
    message: "{{settings}} {{applies}} only once the app exits: Istio {{version}} injects no /drain preStop.",
    help: `Upgrade to Istio 1.21 or later for the /drain preStop{{orRemove}}. Istio {{version}} injects none (it came in 1.21), ${CLASSIC_AFTER}{{assumed}} Values: {{values}}.`
  }
};
var native_sidecar_ignores_drain_settings_default = defineRule({
  meta: {
    id: "native-sidecar-ignores-drain-settings",
    severity: "info",
    description: "The sidecar runs in native mode, where pilot-agent stops Envoy as soon as the app has exited: terminationDrainDuration, EXIT_ON_ZERO_ACTIVE_CONNECTIONS and MINIMUM_DRAIN_DURATION set for it are not used.",
    help: "Remove drain settings that native sidecars do not read (keep mesh-wide ones only for gateways and classic sidecars), and size terminationGracePeriodSeconds for the app's own stop; keep the native /drain preStop in place.",
    fixable: false,
    messages
  },
  create(ctx) {
    const k8s = ctx.config.kubernetesVersion;
    if (k8s && compareVersions(k8s, "1.29") < 0) return {};
    const istio = ctx.config.istioVersion;
    const classic = new ClassicUsers();
    return {
      workload(rw) {
        classic.add(rw);
        const path10 = rw.timeline.path;
        if (path10 !== "native" && path10 !== "native-without-drain-hook" || rw.admissionDenied) return;
        const late = path10 === "native-without-drain-hook";
        const ezRaw = rw.proxyEnv.get(EZ);
        const settings = [];
        if (rw.tdd.prov.level !== "default" && !(late && rw.ez.value)) settings.push(["terminationDrainDuration", rw.tdd, formatSeconds(rw.tdd.value)]);
        if (rw.ez.prov.level !== "default" && ezRaw) settings.push([EZ, rw.ez, `"${ezRaw.value}"`]);
        if (rw.min.prov.level !== "default" && !(late && !rw.ez.value)) settings.push([MIN, rw.min, formatSeconds(rw.min.value)]);
        if (settings.length === 0) return;
        const involved = settings.map(([, v]) => v);
        const pointed = mostSpecificSetting(involved);
        const plural = settings.length > 1;
        const single = settings[0][0];
        const loss = late ? drainHookLoss(rw, ctx.inventory, istio) : void 0;
        const messageId = !loss ? "unused" : loss.ref ? "hookReplaced" : "hookMissing";
        const shown4 = {
          settings: joinWords(settings.map(([name, , value]) => `${name} ${value}`)),
          isAre: plural ? "are" : "is",
          applies: plural ? "apply" : "applies",
          version: istio ?? ""
        };
        if (fillMessage(messages[messageId].message, shown4, messageId).length > MESSAGE_LIMIT) shown4["settings"] = joinWords(settings.map(([name]) => name));
        const mode = { value: "native", prov: rw.mode.prov };
        const values = valueList([...settings.map(([name, v, value]) => [name, { value, prov: v.prov }]), ["sidecar mode", mode]]);
        const meshWide = pointed?.prov.level === "mesh";
        const common = {
          ...shown4,
          subject: meshWide ? workloadName(rw) : "this pod",
          Subject: meshWide ? workloadName(rw) : "The pod",
          loss: loss?.ref ? `${loss.what} at ${loss.ref.view.file.path}:${locate(loss.ref).line}` : "",
          extra: rw.ez.value ? `MINIMUM_DRAIN_DURATION ${formatSeconds(rw.min.value)} and the connection checks` : `terminationDrainDuration ${formatSeconds(rw.tdd.value)}`,
          assumed: assumedSentence(rw),
          values
        };
        const compose = (users) => {
          const unreadToo = late && rw.ez.value && rw.tdd.prov.level !== "default" ? " and terminationDrainDuration" : "";
          const remove = users !== void 0 ? `keep ${plural ? "them" : "it"} only for gateways and classic sidecars${users}` : `remove ${plural ? "them" : single}${unreadToo}`;
          return {
            ...common,
            remove,
            Remove: capital2(remove),
            orRemove: users !== void 0 ? `; ${remove}` : `, or ${remove}`
          };
        };
        const keys = meshWide ? meshKeys(involved) : void 0;
        ctx.reportDrainSetting({
          workload: rw,
          involved,
          messageId,
          data: keys ? () => compose(classic.inThisRun(keys)) : compose(void 0),
          related: [
            ...relatedValues(settings.map(([name, v]) => [name, v])),
            ...rw.mode.prov.ref ? [{ message: `native sidecar mode (${rw.mode.prov.source})`, ref: rw.mode.prov.ref }] : [],
            ...loss?.ref ? [{ message: `the native sidecar's /drain preStop ${loss.what}`, ref: loss.ref }] : []
          ]
        });
      }
    };
  }
});
var ClassicUsers = class {
  groups = /* @__PURE__ */ new Map();
  add(rw) {
    if (rw.admissionDenied || rw.timeline.path !== "classic") return;
    const keys = [...meshKeys([rw.tdd, rw.ez, rw.min])].sort();
    if (keys.length === 0) return;
    const id = keys.join("\n");
    let g = this.groups.get(id);
    if (!g) this.groups.set(id, g = { keys, count: 0, lowest: [] });
    g.count++;
    g.lowest = lowest([...g.lowest, workloadName(rw)]);
  }
  /** " (in this run: a, b, c and N more)" for those reading one of the settings, or '' when none does. */
  inThisRun(keys) {
    let count2 = 0;
    let names2 = [];
    for (const g of this.groups.values()) {
      if (!g.keys.some((k) => keys.has(k))) continue;
      count2 += g.count;
      names2 = lowest([...names2, ...g.lowest]);
    }
    if (count2 === 0) return "";
    return ` (in this run: ${count2 <= 3 ? names2.join(", ") : `${names2.join(", ")} and ${count2 - 3} more`})`;
  }
};
function lowest(names2) {
  return names2.sort().slice(0, 3);
}
function meshKeys(values) {
  return new Set(values.filter((v) => v.prov.level === "mesh" && v.prov.ref).map((v) => refKey(v.prov.ref)));
}
function refKey(ref) {
  return `${ref.view.file.path}#${ref.view.index}:${ref.path.join("/")}`;
}
function capital2(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// rules/native-sidecar-unsupported/index.ts
var ENV = "ENABLE_NATIVE_SIDECARS";
var WHY6 = "Kubernetes runs init containers with restartPolicy: Always as sidecars from 1.29 on (1.28 only with the SidecarContainers alpha feature gate).";
var native_sidecar_unsupported_default = defineRule({
  meta: {
    id: "native-sidecar-unsupported",
    severity: "error",
    description: 'Native sidecars are forced (sidecar.istio.io/nativeSidecar: "true" or istiod ENABLE_NATIVE_SIDECARS=true) for a target Kubernetes older than 1.29, which does not run init containers with restartPolicy: Always as sidecars.',
    help: 'Do not force native sidecars for clusters older than Kubernetes 1.29: remove the nativeSidecar annotation or set ENABLE_NATIVE_SIDECARS to "false" (or "auto"), or target Kubernetes 1.29 or later.',
    fixable: false,
    messages: {
      annotationForcesNative: {
        versions: ["kubernetes"],
        message: `${NATIVE_ANNOTATION} is "true", but Kubernetes {{k8s}} does not run native sidecars: istio-proxy will not work in this pod.`,
        help: `Remove the annotation (or write "false"), or target Kubernetes 1.29 or later. ${WHY6} Values: {{values}}.`
      },
      istiodForcesNative: {
        versions: ["kubernetes"],
        message: `${ENV} is true, but Kubernetes {{k8s}} does not run native sidecars: istio-proxy will not work in the pods istiod injects.`,
        help: `Set ${ENV} to "false"{{auto}}, or target Kubernetes 1.29 or later. It forces native sidecars for every pod this istiod injects{{scope}}. ${WHY6} Values: {{values}}.`
      }
    }
  },
  create(ctx) {
    const k8s = ctx.config.kubernetesVersion;
    if (!k8s || compareVersions(k8s, "1.29") >= 0) return {};
    const istio = ctx.config.istioVersion;
    const autoKnown = !istio || compareVersions(istio, "1.27") >= 0;
    const forcedByIstiod = [];
    return {
      workload(rw) {
        if (rw.mode.value === "native" && rw.mode.prov.level === "mesh" && rw.sidecar.status !== "none" && !rw.admissionDenied) forcedByIstiod.push(workloadName(rw));
        if (!nativeEffective(rw, istio) || rw.mode.prov.level !== "annotation" || rw.sidecar.status === "none" || rw.admissionDenied) return;
        ctx.report({
          at: rw.mode.prov.ref,
          workload: rw.workload,
          messageId: "annotationForcesNative",
          data: { k8s, values: valueList([[NATIVE_ANNOTATION, { value: '"true"', prov: { ...rw.mode.prov, source: "pod template annotation" } }]]) }
        });
      },
      end() {
        const settings = ctx.inventory.istiodEnv.filter((e) => e.name === ENV);
        const names2 = [...forcedByIstiod].sort();
        settings.forEach((env, i) => {
          if (String(env.value) !== "true") return;
          if (settings.slice(i + 1).some((later) => later.revision === env.revision && String(later.value) !== "true")) return;
          const scope = names2.length === 0 ? "" : ` (${names2.length === 1 ? "1 workload" : `${names2.length} workloads`} of this run: ${joinWords(names2, 3)})`;
          ctx.report({
            at: env.ref,
            messageId: "istiodForcesNative",
            data: {
              k8s,
              auto: autoKnown ? ` (or "auto", which checks each node's kubelet)` : "",
              scope,
              values: valueList([[ENV, { value: "true", prov: { level: "mesh", source: env.label, ref: env.ref } }]])
            }
          });
        });
      }
    };
  }
});

// rules/proxy-config-env-override/index.ts
var PROXY_CONFIG3 = "PROXY_CONFIG";
var INJECTED_INIT2 = /* @__PURE__ */ new Set(["istio-init", "istio-validation"]);
var FIELDS = [
  { field: "terminationDrainDuration", keys: ["terminationDrainDuration", "termination_drain_duration"], of: (rw) => rw.replacedByProxyConfigEnv?.tdd ?? rw.tdd },
  { field: "drainDuration", keys: ["drainDuration", "drain_duration"], of: (rw) => rw.replacedByProxyConfigEnv?.dd ?? rw.dd }
];
function fieldIn(view, keys) {
  if (!view || !isRecord(view.value)) return void 0;
  for (const key of keys) {
    const raw = view.value[key];
    const secs = typeof raw === "string" ? parseGoDuration(raw) : void 0;
    if (secs !== void 0) return { value: secs, prov: { level: "proxy-container", source: `${PROXY_CONFIG3} env of the ${PROXY_CONTAINER} container`, ref: { view, path: [key] } } };
  }
  return void 0;
}
var FIX2 = `Remove the entry and set the fields you need in the ${PROXY_CONFIG_ANNOTATION} annotation`;
var WHY7 = `The injector merges this {{container}} over its own and the user's entry wins, so PROXY_CONFIG replaces the whole ProxyConfig istiod computed from the mesh config and ProxyConfig resources; only the ${PROXY_CONFIG_ANNOTATION} annotation is applied again, at runtime.`;
function shown3(ref, raw) {
  const text2 = written(ref, raw).replace(/\s*\n\s*/g, " ");
  return text2.length <= 60 ? text2 : `${text2.slice(0, 59)}…`;
}
var proxy_config_env_override_default = defineRule({
  meta: {
    id: "proxy-config-env-override",
    severity: "warning",
    description: "A user-declared istio-proxy container sets PROXY_CONFIG, which replaces the whole ProxyConfig the injector computes from the mesh config and ProxyConfig resources.",
    help: "Remove PROXY_CONFIG from the istio-proxy container and set the fields you need in the proxy.istio.io/config annotation, which is merged over the mesh config instead of replacing it.",
    fixable: false,
    messages: {
      settingsLost: {
        message: "PROXY_CONFIG replaces the injected ProxyConfig: {{changes}}.",
        help: `${FIX2}. ${WHY7} Values: {{values}}.`
      },
      replaced: {
        message: "PROXY_CONFIG replaces the whole ProxyConfig istiod injects; the {{proxy}} drains for terminationDrainDuration {{tdd}}.",
        help: `${FIX2}. ${WHY7} Values: {{values}}.`
      },
      replacedNative: {
        message: "PROXY_CONFIG replaces the whole ProxyConfig istiod injects from the mesh config and ProxyConfig resources.",
        help: `${FIX2}. ${WHY7} (A native sidecar exits right after the app: its drain does not depend on terminationDrainDuration.) Values: {{values}}.`
      },
      unparsable: {
        message: "PROXY_CONFIG does not parse as ProxyConfig YAML or JSON: pilot-agent fails to start.",
        help: `${FIX2}. pilot-agent reads PROXY_CONFIG at start and cannot parse this value ({{error}}). Even a valid one would replace the whole ProxyConfig istiod computed from the mesh config and ProxyConfig resources: the injector merges this {{container}} over its own and the user's entry wins. Values: {{values}}.`
      }
    }
  },
  create(ctx) {
    return {
      workload(rw) {
        const w = rw.workload;
        if (w.origin !== "pod") return;
        if (STATUS_ANNOTATION in w.podAnnotations || w.containers.some((c) => c.init && INJECTED_INIT2.has(c.name))) return;
        if (injectionRuledOut(w, ctx.inventory)) return;
        for (const c of w.containers) {
          if (c.name !== PROXY_CONTAINER || !Array.isArray(c.value["env"])) continue;
          c.value["env"].forEach((e, i) => {
            if (!isRecord(e) || e["name"] !== PROXY_CONFIG3) return;
            const valueRef = { view: w.view, path: [...c.path, "env", i, "value"] };
            const parsed = typeof e["value"] === "string" ? parseEmbedded(valueRef) : {};
            const changes = [];
            const values = [];
            let tddAfter;
            for (const f of FIELDS) {
              const before = f.of(rw);
              const after = before.prov.level === "annotation" ? before : fieldIn(parsed.view, f.keys) ?? { value: f.field === "terminationDrainDuration" ? 5 : 45, prov: { level: "default", source: "default" } };
              if (f.field === "terminationDrainDuration") tddAfter = after;
              if (after !== before && before.prov.level !== "default" && before.prov.ref) {
                changes.push(`${f.field} ${formatSeconds(after.value)} instead of ${formatSeconds(before.value)}`);
                values.push([`${f.field} (lost)`, before], [f.field, after]);
              }
            }
            const native = rw.mode.value === "native";
            if (changes.length === 0 && !native) values.push(["terminationDrainDuration", tddAfter]);
            const container = c.init ? "init container" : "container";
            const error = parsed.error?.message;
            const messageId = error ? "unparsable" : changes.length > 0 ? "settingsLost" : native ? "replacedNative" : "replaced";
            const listed = [...values];
            if (error) listed.unshift(fact(PROXY_CONFIG3, shown3(valueRef, e["value"]), `env of the ${PROXY_CONTAINER} ${container}`, valueRef));
            else if (messageId === "replacedNative") listed.push(["native sidecar mode", { value: "on", prov: rw.mode.prov }]);
            ctx.report({
              at: { view: w.view, path: [...c.path, "env", i, "name"] },
              workload: w,
              container: c.name,
              messageId,
              data: {
                changes: joinWords(changes),
                proxy: proxyNoun(rw),
                tdd: formatSeconds(tddAfter.value),
                container,
                error: error ?? "",
                values: valueList(listed)
              },
              related: relatedValues(values)
            });
          });
        }
      }
    };
  }
});

// rules/proxy-config-resource-misuse/index.ts
var CRD_FIELDS = ["selector", "concurrency", "environmentVariables", "image"];
var DURATION_FIELDS = {
  terminationDrainDuration: "terminationDrainDuration",
  termination_drain_duration: "terminationDrainDuration",
  drainDuration: "drainDuration",
  drain_duration: "drainDuration"
};
var GATEWAY_NAME = "gateway.networking.k8s.io/gateway-name";
var ONLY = "The ProxyConfig resource has only selector, concurrency, environmentVariables and image, and the API server prunes any other field (or rejects the whole resource when field validation is strict, as with kubectl).";
function labelText(labels) {
  return Object.entries(labels).map(([k, v]) => `${k}: ${String(v)}`).join(", ");
}
function labelsMatch2(selector, labels) {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}
function olderFirst(a, b) {
  return (a.creationTimestamp && b.creationTimestamp ? a.creationTimestamp.localeCompare(b.creationTimestamp) : 0) || a.order - b.order;
}
function rootNamespace2(ctx) {
  const kept = ctx.inventory.meshSources.filter((m) => !m.embedError && (ctx.resolution.meshProblems.get(m)?.length ?? 0) === 0);
  const own = kept.filter((m) => m.revision === "" || m.shared);
  own.sort((a, b) => Number(b.shared) - Number(a.shared) || a.order - b.order);
  let root = { value: "istio-system", prov: { level: "default", source: "the default root namespace" } };
  for (const m of own) {
    const r = m.value["rootNamespace"];
    if (typeof r === "string") root = { value: r, prov: { level: "mesh", source: `rootNamespace of the mesh config in ${m.label}`, ref: { view: m.view, path: [...m.path, "rootNamespace"] } } };
  }
  return root;
}
function selectorOf(pc) {
  const sel = get(pc.value, ["spec", "selector"]);
  if (sel === void 0 || sel === null) return { present: false, matchLabels: {} };
  const ml = isRecord(sel) ? sel["matchLabels"] : void 0;
  return { present: true, matchLabels: isRecord(ml) ? ml : {} };
}
function envNames(pc) {
  const env = get(pc.value, ["spec", "environmentVariables"]);
  return isRecord(env) ? Object.keys(env) : [];
}
function drainEnv2(names2, rw) {
  const values = [];
  if (names2.includes(EZ)) values.push([EZ, rw.ez]);
  if (names2.includes(MIN)) values.push([MIN, rw.min]);
  return values;
}
function targetWords(first, count2, what = "workload") {
  const n = count2 - 1;
  return `${workloadName(first)}${n > 0 ? ` and ${n} more ${what}${n === 1 ? "" : "s"}` : ""}`;
}
function valuesFor(first, count2, values) {
  return first && values.length > 0 ? ` Values for ${targetWords(first, count2)}: ${valueList(values)}.` : "";
}
var proxy_config_resource_misuse_default = defineRule({
  meta: {
    id: "proxy-config-resource-misuse",
    severity: "warning",
    description: "A ProxyConfig resource that cannot do what it is written for: fields its schema prunes (drain durations), a selector in the root namespace, a second selector-less ProxyConfig in one namespace, or a Gateway API gateway selected by a label other than gateway.networking.k8s.io/gateway-name.",
    help: "Write drain durations in the pod template's proxy.istio.io/config annotation or meshConfig.defaultConfig and proxy environment variables under spec.environmentVariables; select pods in their own namespace, keep one selector-less ProxyConfig per namespace, and select a Gateway API gateway by gateway.networking.k8s.io/gateway-name only.",
    fixable: false,
    messages: {
      prunedDuration: {
        message: "{{key}} is not a ProxyConfig field and is pruned: {{workload}} keeps {{field}} {{value}}.",
        help: `Set it in {{where}} and remove it here. ${ONLY} Values for {{targets}}: {{values}}.`
      },
      prunedField: {
        message: "{{key}} is not a ProxyConfig field and is pruned: no proxy ever sees it.",
        help: `Set it in {{where}} and remove it here. ${ONLY}`
      },
      prunedEnvVar: {
        message: "{{key}} is not a ProxyConfig field and is pruned: it never becomes a proxy environment variable.",
        help: `Move it under spec.environmentVariables (as {{key}}: {{shown}}), where proxy environment variables go. ${ONLY}{{values}}`
      },
      prunedMetadata: {
        message: "{{key}} is not a ProxyConfig field (the resource calls it environmentVariables) and is pruned: its variables never reach a proxy.",
        help: `Rename the key to environmentVariables. ${ONLY}{{values}}`
      },
      selectorField: {
        message: "{{key}} is not a selector field and is pruned: the selector matches by its matchLabels alone.",
        help: "Move it under spec.selector.matchLabels if the ProxyConfig should select by it too. A workload selector has only matchLabels, and the API server prunes any other field."
      },
      selectorFieldNoLabels: {
        message: "{{key}} is not a selector field and is pruned, which leaves no matchLabels: this ProxyConfig applies to no pod.",
        help: "Move it under spec.selector.matchLabels, or remove the selector to apply the resource to the whole namespace. A workload selector has only matchLabels, and istiod skips a ProxyConfig whose selector has no matchLabels."
      },
      emptySelector: {
        message: "The selector has no matchLabels, so istiod applies this ProxyConfig to no pod.",
        help: "Remove the selector to apply it to namespace {{namespace}}, or add matchLabels. istiod skips it both as a namespace-wide ProxyConfig (it has a selector) and as a workload one (no labels to match)."
      },
      gatewaySelector: {
        message: "The selector never matches Gateway {{gateway}}, which istiod selects by gateway.networking.k8s.io/gateway-name alone.",
        help: `Select ${GATEWAY_NAME}: {{name}} only. istiod computes the ProxyConfig of a Gateway API gateway from that single label (and no annotations), so a selector on any other label, or on that label plus another, never applies to it. Values: {{values}}.`
      },
      rootSelector: {
        message: "A selector in the root namespace {{root}} matches only pods of {{root}}, not {{workload}}.",
        help: "Remove the selector to apply it mesh-wide, or create it in {{namespaces}} to target those pods. istiod looks up workload selectors only in the pod's own namespace, so it misses {{missed}}. Values: {{values}}."
      },
      olderSelectorless: {
        message: "{{winner}} is older and also has no selector: istiod applies only that one and ignores this one.",
        help: "Merge its settings into {{winner}} and delete it. istiod applies only the oldest selector-less ProxyConfig {{scope}}, and {{winner}} was {{why}}.{{values}}"
      }
    }
  },
  create(ctx) {
    const root = rootNamespace2(ctx);
    const losers = selectorlessLosers(ctx.inventory.proxyConfigs);
    const watches = [];
    for (const pc of ctx.inventory.proxyConfigs) {
      const spec = pc.value["spec"];
      if (!isRecord(spec)) continue;
      const selector = selectorOf(pc);
      const narrowed = selector.present && Object.keys(selector.matchLabels).length > 0 && pc.namespace !== void 0;
      watches.push({
        pc,
        spec,
        selector,
        targets: 0,
        wantsTargets: pc.namespace !== void 0 && (Object.keys(spec).some((k) => !CRD_FIELDS.includes(k)) || losers.has(pc)),
        wantsGateway: narrowed,
        wantsOutside: narrowed && pc.namespace === root.value,
        outside: 0,
        outsideNamespaces: /* @__PURE__ */ new Set()
      });
    }
    const everywhere = [];
    const targetsIn = /* @__PURE__ */ new Map();
    const gatewaysIn = /* @__PURE__ */ new Map();
    const fromRoot = [];
    const add = (m, ns, w) => m.set(ns, [...m.get(ns) ?? [], w]);
    for (const w of watches) {
      const ns = w.pc.namespace;
      if (w.wantsTargets) {
        if (!w.selector.present && ns === root.value) everywhere.push(w);
        else if (!w.selector.present || Object.keys(w.selector.matchLabels).length > 0) add(targetsIn, ns, w);
      }
      if (w.wantsGateway) add(gatewaysIn, ns, w);
      if (w.wantsOutside) fromRoot.push(w);
    }
    return {
      workload(rw) {
        const wl = rw.workload;
        const ns = wl.effectiveNamespace;
        if (wl.origin === "gateway-api" && ns !== void 0) {
          for (const w of gatewaysIn.get(ns) ?? []) if (!w.gateway && meantFor(w.selector.matchLabels, wl)) w.gateway = rw;
        }
        if (rw.sidecar.status === "none") return;
        for (const w of everywhere) {
          w.first ??= rw;
          w.targets++;
        }
        for (const w of ns === void 0 ? [] : targetsIn.get(ns) ?? []) {
          if (w.selector.present && !labelsMatch2(w.selector.matchLabels, wl.podLabels)) continue;
          w.first ??= rw;
          w.targets++;
        }
        if (ns === root.value) return;
        for (const w of fromRoot) {
          if (!labelsMatch2(w.selector.matchLabels, wl.podLabels)) continue;
          w.outsideFirst ??= rw;
          w.outside++;
          w.outsideNamespaces.add(ns ?? "(unknown)");
        }
      },
      end() {
        for (const { pc, spec, selector, first, targets, gateway, outsideFirst: w0, outside, outsideNamespaces } of watches) {
          const specPath = [...pc.base, "spec"];
          for (const [key, value] of Object.entries(spec)) {
            if (CRD_FIELDS.includes(key)) continue;
            const at = { view: pc.view, path: [...specPath, key], target: "key" };
            const field = DURATION_FIELDS[key];
            if (field) {
              const v = first ? field === "terminationDrainDuration" ? first.tdd : first.dd : void 0;
              const line = `${field}: "${suggestDuration(value) ?? "30s"}"`;
              const meshWide = !selector.present && pc.namespace === root.value;
              const where = meshWide ? `meshConfig.defaultConfig (${line}) for every proxy` : `the ${PROXY_CONFIG_ANNOTATION} annotation of the pod template (${line})`;
              if (first && v) {
                const data = { key, workload: workloadNameInMessage(first), field, value: formatSeconds(v.value), where, targets: targetWords(first, targets), values: valueList([[field, v]]) };
                ctx.report({ at, resource: crResource(pc), messageId: "prunedDuration", data, related: relatedValues([[field, v]]) });
              } else {
                ctx.report({ at, resource: crResource(pc), messageId: "prunedField", data: { key, where }, related: [] });
              }
            } else if (key === EZ || key === MIN || /^[A-Z][A-Z0-9_]*$/.test(key)) {
              const env = first ? drainEnv2([key], first) : [];
              const shown4 = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(String(value));
              ctx.report({ at, resource: crResource(pc), messageId: "prunedEnvVar", data: { key, shown: shown4, values: valuesFor(first, targets, env) }, related: relatedValues(env) });
            } else if (key === "proxyMetadata" || key === "proxy_metadata" || key === "environment_variables") {
              const env = first ? drainEnv2(isRecord(value) ? Object.keys(value) : [], first) : [];
              ctx.report({ at, resource: crResource(pc), messageId: "prunedMetadata", data: { key, values: valuesFor(first, targets, env) }, related: relatedValues(env) });
            } else {
              const where = `the ${PROXY_CONFIG_ANNOTATION} annotation of the pod template or in meshConfig.defaultConfig`;
              ctx.report({ at, resource: crResource(pc), messageId: "prunedField", data: { key, where }, related: [] });
            }
          }
          const sel = spec["selector"];
          if (isRecord(sel)) {
            const noLabels = !isRecord(sel["matchLabels"]) || Object.keys(sel["matchLabels"]).length === 0;
            const stray = Object.keys(sel).filter((k) => k !== "matchLabels");
            for (const key of stray) {
              ctx.report({
                at: { view: pc.view, path: [...specPath, "selector", key], target: "key" },
                resource: crResource(pc),
                messageId: noLabels ? "selectorFieldNoLabels" : "selectorField",
                data: { key }
              });
            }
            if (stray.length === 0 && noLabels) {
              ctx.report({
                at: { view: pc.view, path: [...specPath, "selector"], target: "key" },
                resource: crResource(pc),
                messageId: "emptySelector",
                data: { namespace: pc.namespace ?? "(its namespace)" }
              });
            }
          }
          if (!selector.present || Object.keys(selector.matchLabels).length === 0 || !pc.namespace) continue;
          const matchLabelsPath = [...specPath, "selector", "matchLabels"];
          if (gateway && !labelsMatch2(selector.matchLabels, gateway.workload.podLabels)) {
            const g = gateway.workload;
            const wrong = Object.keys(selector.matchLabels).find((k) => g.podLabels[k] !== selector.matchLabels[k]);
            const env = drainEnv2(envNames(pc), gateway);
            const gatewayName = resourceNameInMessage(g).replace(/^Gateway /, "");
            const related3 = [];
            if (g.anchor) related3.push({ message: `Gateway ${gatewayName} (class ${g.gatewayClass ?? ""})`, ref: g.anchor });
            related3.push(...relatedValues(env));
            ctx.report({
              at: { view: pc.view, path: [...matchLabelsPath, wrong], target: "key" },
              resource: crResource(pc),
              messageId: "gatewaySelector",
              data: {
                gateway: gatewayName,
                name: g.name ?? "<gateway name>",
                values: valueList([
                  fact("selector", labelText(selector.matchLabels), "spec.selector.matchLabels", { view: pc.view, path: matchLabelsPath }),
                  fact("Gateway", gatewayName, `class ${g.gatewayClass ?? ""}`, g.anchor),
                  ...env
                ])
              },
              related: related3
            });
            continue;
          }
          if (pc.namespace === root.value) {
            if (!w0) continue;
            const w = w0.workload;
            const env = drainEnv2(envNames(pc), w0);
            const labelRef = { view: w.view, path: [...w.labelsPath, Object.keys(selector.matchLabels)[0]], target: "key" };
            const related3 = [{ message: `pod labels of ${workloadName(w0)}`, ref: labelRef }];
            if (root.prov.ref) related3.push({ message: `rootNamespace ${root.value} (${root.prov.source})`, ref: root.prov.ref });
            related3.push(...relatedValues(env));
            const nss = [...outsideNamespaces];
            ctx.report({
              at: { view: pc.view, path: [...specPath, "selector"], target: "key" },
              resource: crResource(pc),
              messageId: "rootSelector",
              data: {
                root: root.value,
                workload: workloadNameInMessage(w0),
                namespaces: `namespace${nss.length === 1 ? "" : "s"} ${joinWords(nss)}`,
                missed: targetWords(w0, outside, `workload outside ${root.value}`),
                values: valueList([["root namespace", root], fact("pod labels", labelText(selector.matchLabels), workloadName(w0), labelRef), ...env])
              },
              related: related3
            });
          }
        }
        const watchOf = new Map(watches.map((w) => [w.pc, w]));
        const rootWords = `the root namespace ${root.value}${root.prov.level === "default" ? "" : ` (${origin(root.prov)})`}`;
        for (const [pc, winner] of losers) {
          const winnerRef = { view: winner.view, path: [...winner.base, "metadata", "name"] };
          const scope = pc.namespace === root.value ? `of ${rootWords} (the mesh-wide level)` : `of a namespace`;
          const why2 = winner.creationTimestamp && pc.creationTimestamp ? `created ${stamp(winner)}, before this one (${stamp(pc)})` : "listed earlier in the input (without creationTimestamp on both, drainlint takes input order as creation order)";
          const watch = watchOf.get(pc);
          const first = watch?.first;
          const env = first ? drainEnv2(envNames(pc), first) : [];
          const related3 = [{ message: `${crLabel(winner)} (applies)`, ref: winnerRef }];
          related3.push(...relatedValues(env));
          ctx.report({
            at: { view: pc.view, path: [...pc.base, "metadata", "name"] },
            resource: crResource(pc),
            messageId: "olderSelectorless",
            data: { winner: resourceNameInMessage(winner), scope, why: why2, values: valuesFor(first, watch?.targets ?? 0, env) },
            related: related3
          });
        }
      }
    };
  }
});
function selectorlessLosers(pcs) {
  const byNs = /* @__PURE__ */ new Map();
  for (const pc of pcs) {
    if (!pc.namespace || selectorOf(pc).present || !isRecord(pc.value["spec"])) continue;
    byNs.set(pc.namespace, [...byNs.get(pc.namespace) ?? [], pc]);
  }
  const out = /* @__PURE__ */ new Map();
  for (const list of byNs.values()) {
    if (list.length < 2) continue;
    const [winner, ...rest] = [...list].sort(olderFirst);
    for (const pc of rest) out.set(pc, winner);
  }
  return out;
}
function stamp(pc) {
  const ref = { view: pc.view, path: [...pc.base, "metadata", "creationTimestamp"] };
  return written(ref, get(pc.view.value, ref.path)).replace(/^"|"$/g, "");
}
function meantFor(selector, g) {
  if (GATEWAY_NAME in selector) return selector[GATEWAY_NAME] === g.name;
  if (g.name !== void 0 && Object.values(selector).includes(g.name)) return true;
  const own = get(g.value, ["metadata", "labels"]);
  return isRecord(own) && labelsMatch2(selector, own);
}

// rules/proxy-exits-before-app/index.ts
var proxy_exits_before_app_default = defineRule({
  meta: {
    id: "proxy-exits-before-app",
    severity: "warning",
    description: "Classic sidecar without EXIT_ON_ZERO_ACTIVE_CONNECTIONS: Envoy is killed after terminationDrainDuration, before the app has stopped or its requests have finished.",
    help: "Keep the sidecar until the app has stopped and its requests have finished: raise terminationDrainDuration to cover them, or turn on EXIT_ON_ZERO_ACTIVE_CONNECTIONS with a MINIMUM_DRAIN_DURATION that covers the app's preStop.",
    fixable: false,
    messages: {
      appStopsLater: {
        message: "terminationDrainDuration is {{tdd}}{{afterPreStop}}, but the app needs {{appExit}} to stop: the sidecar is killed at {{killedAt}}, cutting the app's traffic.",
        help: "Raise terminationDrainDuration to at least {{target}}{{bound}}{{alsoRaise}}{{orExitOnZero}}. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS off, pilot-agent kills Envoy once terminationDrainDuration has passed{{sincePreStop}}, whether or not the app has stopped; from then on the app's inbound and outbound traffic fails. {{notes}}Values: {{values}}."
      },
      requestsOutlast: {
        message: "terminationDrainDuration is {{tdd}}{{afterPreStop}}, but requests may stay in flight for {{lifetime}}: the sidecar is killed at {{killedAt}}, cutting them.",
        help: "Raise terminationDrainDuration to at least {{target}}{{bound}}{{alsoRaise}}{{orExitOnZero}}. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS off, pilot-agent kills Envoy once terminationDrainDuration has passed{{sincePreStop}}, whether or not requests are still in flight; from then on the app's inbound and outbound traffic fails. {{notes}}Values: {{values}}."
      }
    }
  },
  create(ctx) {
    const ezSupported = !ctx.config.istioVersion || compareVersions(ctx.config.istioVersion, "1.12") >= 0;
    return {
      workload(rw) {
        if (!drainsClassically(rw) || rw.ez.value) return;
        if (rw.gateway) return;
        const pp = rw.proxyPreStop.seconds;
        if (pp === void 0) return;
        const tl = rw.timeline;
        const app = tl.appExit;
        const l = rw.lifetime;
        const killedAt = tl.drainEnd;
        const byApp = app !== void 0 && (l === void 0 || app >= l.value);
        const target = byApp ? app : l?.value;
        if (target === void 0 || killedAt >= target) return;
        const sa = rw.shutdown;
        const pa = rw.appPreStop;
        const tdd = Math.ceil(target - pp);
        const minNeeded = pa.seconds !== void 0 ? Math.ceil(pa.seconds - pp) : 0;
        const tddFit = drainFit(rw, { ez: false, wait: tdd }, ctx.config.istioVersion);
        const ezFit = drainFit(rw, { ez: true, wait: Math.max(rw.min.value, minNeeded) }, ctx.config.istioVersion);
        const ezSteps = [`set EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true"${rw.min.value < minNeeded ? ` with MINIMUM_DRAIN_DURATION "${formatSeconds(minNeeded)}"` : ""} in proxyMetadata`];
        const ezRaises = fitRaises(ezFit);
        if (ezRaises.length > 0) ezSteps.push(`raise ${joinWords(ezRaises)}`);
        const tddLocal = rw.tdd.prov.level !== "default" && rw.tdd.prov.level !== "mesh";
        if (tddLocal) ezSteps.push("remove terminationDrainDuration, which it leaves unused");
        const orExitOnZero = ezSupported ? `, or ${joinWords(ezSteps)}` : " (EXIT_ON_ZERO_ACTIVE_CONNECTIONS needs Istio ≥ 1.12)";
        const graceValue = ezSupported && ezFit.grace !== void 0 || tddFit.grace !== void 0 ? rw.grace : void 0;
        const ddValue = ezSupported && ezFit.drainDuration !== void 0 || tddFit.drainDuration !== void 0 ? rw.dd : void 0;
        const values = [
          ["terminationDrainDuration", rw.tdd],
          ["EXIT_ON_ZERO_ACTIVE_CONNECTIONS", rw.ez],
          ["istio-proxy preStop", pp > 0 ? rw.proxyPreStop : void 0],
          ["app preStop", byApp && (pa.seconds ?? 0) > 0 ? pa : void 0],
          ["shutdown duration", byApp ? sa : void 0],
          ["connection lifetime", byApp ? void 0 : l],
          ["MINIMUM_DRAIN_DURATION", ezSupported ? rw.min : void 0],
          ["drainDuration", ddValue],
          ["terminationGracePeriodSeconds", graceValue]
        ];
        const involved = [rw.tdd, rw.ez];
        ctx.reportDrainSetting({
          workload: rw,
          involved,
          severity: rw.graceOptOut ? "info" : void 0,
          messageId: byApp ? "appStopsLater" : "requestsOutlast",
          data: {
            tdd: formatSeconds(rw.tdd.value),
            afterPreStop: afterProxyPreStop(rw.proxyPreStop),
            appExit: `${tl.appExitAtLeast ? "at least " : ""}${formatSeconds(target)}`,
            lifetime: formatSeconds(target),
            killedAt: formatSeconds(killedAt),
            target: formatSeconds(tdd),
            bound: byApp && pa.atLeast ? ` (more if the app's preStop runs long after its ${formatSeconds(pa.seconds ?? 0)} of sleep)` : "",
            alsoRaise: alsoWords(fitRaises(tddFit)),
            orExitOnZero,
            sincePreStop: pp > 0 ? " since its preStop ended" : "",
            notes: helpNotes(rw, ctx.config),
            values: valueList(values)
          },
          related: relatedValues([
            ["terminationDrainDuration", rw.tdd],
            ["EXIT_ON_ZERO_ACTIVE_CONNECTIONS", rw.ez],
            ["istio-proxy preStop", pp > 0 ? rw.proxyPreStop : void 0],
            ["app preStop", byApp ? pa : void 0],
            ["shutdown duration", byApp ? sa : void 0],
            ["connection lifetime", byApp ? void 0 : l]
          ])
        });
      }
    };
  }
});

// rules/proxy-metadata-not-string/index.ts
function suggestion2(name, value, ref, d, rw, istio) {
  const shown4 = written(ref, value);
  let text2;
  if (name === EZ) {
    if (typeof value === "boolean") text2 = String(value);
    else if (value === 1 || value === 0) text2 = value === 1 ? "true" : "false";
  } else if (name === MIN) {
    text2 = suggestDuration(value);
  } else if (typeof value === "boolean") {
    text2 = String(value);
  } else if (typeof value === "number") {
    text2 = shown4;
  }
  if (text2 === void 0) return { fix: `Write a string value, e.g. ${name}: "${name === EZ ? "true" : name === MIN ? "30s" : "…"}"` };
  const too = name === MIN ? raisesToo(d, MIN, parseGoDuration(text2) ?? 0, rw, istio) : "";
  const fix = `${text2 === shown4 ? "Quote it:" : "Write"} ${name}: "${text2}"${too}`;
  return too ? { fix } : { fix, edit: fixOf("layout", [{ op: "set", at: ref, text: JSON.stringify(text2) }]) };
}
var MESSAGES5 = {
  meshNotString: {
    message: "{{name}}: {{value}} in {{mdKey}} is {{type}}, not a string: istiod rejects the whole mesh config.",
    help: "{{fix}}. {{mdKey}} is a map of strings, and istiod cannot unmarshal {{type}} into it. {{discarded}}"
  },
  annotationNotString: {
    message: "{{name}}: {{value}} in {{mdKey}} is {{type}}, not a string: {{denied}}.",
    help: "{{fix}}. {{mdKey}} is a map of strings. {{why}}"
  },
  proxyConfigNotString: {
    message: "{{name}}: {{value}} in environmentVariables is {{type}}, not a string: the API server rejects the ProxyConfig.",
    help: "{{fix}}. The ProxyConfig schema types every environmentVariables value as a string, so none of this resource's variables reach any proxy."
  }
};
var proxy_metadata_not_string_default = defineRule({
  meta: {
    id: "proxy-metadata-not-string",
    severity: "error",
    description: "A proxyMetadata or ProxyConfig environmentVariables value is a YAML boolean or number, not a string: istiod discards the whole mesh config, admission denies the pod, or the API server rejects the ProxyConfig.",
    help: 'Quote every proxyMetadata and environmentVariables value ("true", "30s"): they are maps of strings.',
    fixable: true,
    fixTypes: ["layout"],
    messages: MESSAGES5
  },
  create(ctx) {
    return {
      // The proxy.istio.io/config annotation: the injector fails to parse it and admission denies the pod.
      workload(rw) {
        for (const p of rw.annotationProblems) {
          if (p.kind !== "metadata-not-string" || !realProblem(p)) continue;
          const s = suggestion2(p.field, p.value, p.ref, annotationDrain(rw), rw, ctx.config.istioVersion);
          ctx.report({
            at: p.ref,
            workload: rw.workload,
            fix: s.edit,
            ...fitted(
              MESSAGES5,
              "annotationNotString",
              {
                name: p.field,
                value: clip(written(p.ref, p.value)),
                mdKey: String(p.ref.path[p.ref.path.length - 2]),
                type: yamlType(p.value),
                fix: s.fix,
                ...denialWords(rw)
              },
              ["name", "value"]
            )
          });
        }
      },
      end() {
        for (const [m, problems] of ctx.resolution.meshProblems) {
          for (const p of problems) {
            if (p.kind !== "metadata-not-string" || !realProblem(p)) continue;
            const s = suggestion2(p.field, p.value, p.ref, meshDrain(m, p.ref.path.slice(0, m.path.length + 1)), void 0, ctx.config.istioVersion);
            ctx.report({
              at: p.ref,
              resource: meshResource(m),
              fix: s.edit,
              ...fitted(
                MESSAGES5,
                "meshNotString",
                {
                  name: p.field,
                  value: clip(written(p.ref, p.value)),
                  mdKey: String(p.ref.path[p.ref.path.length - 2]),
                  type: yamlType(p.value),
                  fix: s.fix,
                  discarded: meshDiscardWords(m, ctx.inventory)
                },
                ["name", "value"]
              )
            });
          }
        }
        for (const pc of ctx.inventory.proxyConfigs) {
          const envPath = [...pc.base, "spec", "environmentVariables"];
          for (const [name, value] of rejectedCrValues(pc)) {
            const ref = { view: pc.view, path: [...envPath, name] };
            const s = suggestion2(name, value, ref, proxyConfigDrain(pc.view, envPath, `environmentVariables of ${crLabel(pc)}`), void 0, ctx.config.istioVersion);
            ctx.report({
              at: ref,
              resource: crResource(pc),
              fix: s.edit,
              ...fitted(
                MESSAGES5,
                "proxyConfigNotString",
                { name, value: clip(written(ref, value)), type: yamlType(value), fix: s.fix },
                ["name", "value"]
              )
            });
          }
        }
      }
    };
  }
});

// rules/removed-setting/index.ts
var INJECTED_INIT3 = /* @__PURE__ */ new Set(["istio-init", "istio-validation"]);
var FLAG = /^--(drainDuration|parentShutdownDuration|terminationDrainDuration)(?:=(.*))?$/;
function tddsSeconds(value) {
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) return value;
  if (typeof value === "string" && /^\d+$/.test(value.trim())) return Number(value.trim());
  return void 0;
}
function tddLine(value) {
  const secs = tddsSeconds(value);
  return `terminationDrainDuration: ${secs !== void 0 ? `"${secs}s"` : '"<seconds>s"'}`;
}
function secondsWords(v) {
  return `${formatSeconds(v.value)}${v.prov.level === "default" ? " (default)" : ""}`;
}
var DEFAULT2 = { level: "default", source: "default" };
function meshDuration(view, path10, dc, label2, camel, dflt) {
  for (const key of spellings(camel)) {
    const raw = dc[key];
    const secs = typeof raw === "string" ? parseGoDuration(raw) : void 0;
    if (secs !== void 0) return { value: secs, prov: { level: "mesh", source: `mesh config in ${label2}`, ref: { view, path: [...path10, key] } } };
  }
  return { value: dflt, prov: DEFAULT2 };
}
function meshTdd(view, path10, dc, label2) {
  return meshDuration(view, path10, dc, label2, "terminationDrainDuration", DEFAULT_TDD);
}
function meshEz(view, path10, dc, label2) {
  for (const [key, md] of proxyConfigMaps(dc)) {
    const raw = md[EZ];
    if (typeof raw === "string" && parseGoBool(raw.trim()) === true) return { value: true, prov: { level: "mesh", source: `mesh config in ${label2}`, ref: { view, path: [...path10, key, EZ] } } };
  }
  return void 0;
}
function proxyConfigMaps(value) {
  const out = [];
  for (const key of ["proxyMetadata", "proxy_metadata"]) {
    const md = value[key];
    if (isRecord(md)) out.push([key, md]);
  }
  return out;
}
function facts(rw) {
  return {
    tdd: rw.tdd,
    dd: rw.dd,
    ez: rw.ez,
    pod: { grace: rw.grace, proxyPreStop: rw.proxyPreStop, path: rw.timeline.path, mode: rw.mode, graceHint: graceHint(rw), drainStart: rw.timeline.drainStart }
  };
}
function replacement(t, f) {
  if (f.pod?.path === "native") {
    return { blocked: "native sidecars do not use terminationDrainDuration either (the proxy stops once the app has exited)", also: "", values: [["sidecar mode", f.pod.mode]] };
  }
  if (f.ez?.value) {
    return {
      blocked: "with EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, terminationDrainDuration is not read either (MINIMUM_DRAIN_DURATION sets the least drain)",
      also: "",
      values: [["EXIT_ON_ZERO_ACTIVE_CONNECTIONS", f.ez]]
    };
  }
  if (t === void 0) return { also: "", values: [] };
  const raise = [];
  const reasons = [];
  const values = [];
  if (t > f.dd.value) {
    raise.push(`drainDuration to at least ${Math.ceil(t)}s`);
    reasons.push("Envoy stops accepting connections at drainDuration");
    values.push(["drainDuration", f.dd]);
  }
  if (f.pod) {
    const g = f.pod.grace.value;
    const pp = f.pod.proxyPreStop.seconds ?? 0;
    const start = f.pod.path === "native-without-drain-hook" ? f.pod.drainStart : f.pod.path === "classic" ? pp : void 0;
    if (start !== void 0 && g !== void 0 && start + t > g) {
      raise.push(`terminationGracePeriodSeconds to at least ${Math.ceil(start + t)}${f.pod.graceHint}`);
      reasons.push("kubelet's SIGKILL at the grace period cuts the drain");
      values.push(["terminationGracePeriodSeconds", f.pod.grace], ["istio-proxy preStop", pp > 0 ? f.pod.proxyPreStop : void 0]);
    }
  } else if (t > DEFAULT_G) {
    raise.push(`the terminationGracePeriodSeconds of pods that keep the default of ${DEFAULT_G} to at least ${Math.ceil(t)}`);
    reasons.push("kubelet's SIGKILL at the grace period cuts the drain");
  }
  return { also: raise.length ? `. Raise ${joinWords(raise)} too: ${joinWords(reasons)}` : "", values };
}
var TDDS_WHY = "Istio 1.10 removed the variable (from 1.7 to 1.9 it overrode terminationDrainDuration, the ProxyConfig field that replaced it)";
var PSD_WHY = "Istio 1.17 removed the field; hot restart is disabled, so it never bounded the proxy's shutdown";
var FLAG_WHY = "Istio 1.6 removed the flag, and pilot-agent tolerates unknown flags, so it is silently ignored";
var NEVER_FLAG_WHY = "pilot-agent never had this flag (terminationDrainDuration is a ProxyConfig field, and was TERMINATION_DRAIN_DURATION_SECONDS before it), and it tolerates unknown flags, so it is silently ignored";
var removed_setting_default = defineRule({
  meta: {
    id: "removed-setting",
    severity: "warning",
    description: "A drain setting that Istio removed (TERMINATION_DRAIN_DURATION_SECONDS, parentShutdownDuration, pilot-agent --drainDuration/--parentShutdownDuration, or a --terminationDrainDuration flag it never had) is silently ignored.",
    help: "Replace TERMINATION_DRAIN_DURATION_SECONDS with terminationDrainDuration (proxy.istio.io/config annotation or meshConfig.defaultConfig), the --drainDuration flag with drainDuration, and remove parentShutdownDuration.",
    fixable: true,
    fixTypes: ["layout"],
    messages: {
      tddsInProxyMetadata: {
        versions: ["istio"],
        message: "{{name}} in {{mdKey}} was removed in Istio 1.10; {{scope}}terminationDrainDuration is {{tdd}}.",
        help: "{{fix}}. {{why}}. Values: {{values}}."
      },
      tddsAsProxyConfigKey: {
        versions: ["istio"],
        message: "{{name}} is not a ProxyConfig key; {{scope}}terminationDrainDuration is {{tdd}}.",
        help: "{{fix}}. It is a pilot-agent environment variable, never a ProxyConfig key, and {{why}}. Values: {{values}}."
      },
      tddsAtMeshTopLevel: {
        versions: ["istio"],
        message: "{{name}} is not a MeshConfig field; the mesh-wide terminationDrainDuration is {{tdd}}.",
        help: "{{fix}}. It is a pilot-agent environment variable, never a MeshConfig field, and {{why}}. Values: {{values}}."
      },
      tddsInProxyConfigResource: {
        versions: ["istio"],
        message: "{{name}} in environmentVariables was removed in Istio 1.10, and a ProxyConfig resource has no drain field.",
        help: "{{fix}}. {{why}}; a ProxyConfig resource can set no drain duration. Values: {{values}}."
      },
      tddsInGatewayEnv: {
        versions: ["istio"],
        message: "{{name}} in the gateway's k8s.env was removed in Istio 1.10; terminationDrainDuration is {{tdd}}.",
        help: "{{fix}}. {{why}}. Values: {{values}}."
      },
      tddsInContainerEnv: {
        versions: ["istio"],
        message: "{{name}} on {{container}} was removed in Istio 1.10; terminationDrainDuration is {{tdd}}.",
        help: "{{fix}}. {{why}}{{appNote}}. Values: {{values}}."
      },
      parentShutdownDuration: {
        versions: ["istio"],
        message: "{{key}} was removed in Istio 1.17; {{scope}}terminationDrainDuration is {{tdd}}.",
        help: "Remove it{{hint}}. {{why}}. Values: {{values}}."
      },
      removedNoSidecar: {
        versions: ["istio"],
        message: "{{setting}} {{where}} was removed in Istio {{version}}, and this pod gets no sidecar anyway.",
        help: "{{fix}}. The pod gets no sidecar ({{reason}}), and {{why}}."
      },
      drainDurationFlag: {
        versions: ["istio"],
        message: "pilot-agent flag --drainDuration was removed in Istio 1.6; drainDuration stays {{dd}}.",
        help: "Write drainDuration: {{value}} in the pod template's {{annotation}} annotation instead and remove the flag{{keep}}. {{why}}. Values: {{values}}."
      },
      parentShutdownFlag: {
        versions: ["istio"],
        message: "pilot-agent flag --parentShutdownDuration was removed in Istio 1.6; terminationDrainDuration is {{tdd}}.",
        help: "Remove it. {{why}}. Values: {{values}}."
      },
      terminationDrainFlag: {
        message: "pilot-agent has no --terminationDrainDuration flag and ignores it; terminationDrainDuration is {{tdd}}.",
        help: "{{fix}}. {{why}}. Values: {{values}}."
      }
    }
  },
  create(ctx) {
    const version = ctx.config.istioVersion;
    const tddsGone = removedIn(version, TDDS_REMOVED);
    const psdGone = removedIn(version, PSD_REMOVED);
    const flagsGone = removedIn(version, FLAGS_REMOVED);
    const gateways = /* @__PURE__ */ new Map();
    const entryKey = (view, path10) => `${view.file.path}#${view.index}#${path10.join("/")}`;
    const report = (site2, messageId, data, related3 = [], fix) => {
      ctx.report({
        at: { view: site2.view, path: site2.path, target: site2.target ?? "key" },
        fix,
        messageId,
        data,
        workload: site2.workload,
        resource: site2.resource,
        container: site2.container,
        related: relatedValues(related3.map((v) => ["terminationDrainDuration", v]))
      });
    };
    const writtenAt3 = (ref, raw, source) => ({ value: written(ref, raw), prov: { level: "pod-spec", source, ref } });
    const tddsFix = (raw, f, put, setHere, what = "the variable") => {
      if (setHere) return { fix: `Remove ${what}`, values: [] };
      const r = replacement(tddsSeconds(raw), f);
      if (r.blocked) return { fix: `Remove ${what}: ${r.blocked}`, values: r.values };
      const secs = tddsSeconds(raw);
      return { fix: `${put(tddLine(raw))} and remove ${what}${r.also}`, values: r.values, ...secs !== void 0 && !r.also ? { write: `"${secs}s"` } : {} };
    };
    const replaceFix = (at, tddAt, sentence, write) => {
      if (write !== void 0) return fixOf("layout", [{ op: "set", at: tddAt, text: write }, { op: "remove", at }]);
      return sentence.startsWith("Remove") ? fixOf("layout", [{ op: "remove", at }]) : void 0;
    };
    const proxyConfig = (view, path10, value, source, scope, f, put, site2) => {
      const noSidecar = site2.rw?.sidecar.status === "none" ? site2.rw.sidecar.reason : void 0;
      const tdd = f.tdd;
      const rel = tdd.prov.level === "default" || noSidecar ? [] : [tdd];
      const tddSetHere = tdd.prov.ref?.view === view && tdd.prov.ref.path.length === path10.length + 1;
      const common = { scope, tdd: secondsWords(tdd) };
      const tddsFinding = (at, raw, messageId, extra, noSidecarWhere) => {
        const s = { ...site2, view, path: at };
        const here = [TDDS, writtenAt3({ view, path: at }, raw, source)];
        const ref = { view, path: at };
        if (noSidecar) {
          const fix2 = `Remove the variable, or, if the pod is meant to be in the mesh, ${put(tddLine(raw)).replace(/^\w/, (c) => c.toLowerCase())} instead`;
          report(s, "removedNoSidecar", { setting: TDDS, where: noSidecarWhere, version: TDDS_REMOVED, fix: tddSetHere ? "Remove the variable" : fix2, reason: noSidecar, why: TDDS_WHY }, rel, fixOf("layout", [{ op: "remove", at: ref }]));
          return;
        }
        const { fix, values, write } = tddsFix(raw, f, put, tddSetHere, messageId === "tddsAsProxyConfigKey" ? "the key" : "the variable");
        const edit = replaceFix(ref, { view, path: [...path10, "terminationDrainDuration"] }, fix, write);
        report(s, messageId, { ...common, name: TDDS, fix, why: TDDS_WHY, ...extra, values: valueList([here, ["terminationDrainDuration", tdd], ...values]) }, rel, edit);
      };
      for (const key of Object.keys(value)) {
        if (key === TDDS && tddsGone) {
          tddsFinding([...path10, key], value[key], "tddsAsProxyConfigKey", { why: TDDS_WHY.replace(/^Istio 1.10 removed the variable/, "Istio 1.10 removed it") }, "as a ProxyConfig key");
        } else if (isParentShutdownKey(key) && psdGone) {
          const s = { ...site2, view, path: [...path10, key] };
          const remove = fixOf("layout", [{ op: "remove", at: { view, path: [...path10, key] } }]);
          if (noSidecar) {
            report(s, "removedNoSidecar", { setting: key, where: `in ${source}`, version: PSD_REMOVED, fix: "Remove it", reason: noSidecar, why: PSD_WHY }, rel, remove);
          } else {
            const here = [key, writtenAt3({ view, path: [...path10, key] }, value[key], source)];
            report(s, "parentShutdownDuration", { ...common, key, hint: "", why: PSD_WHY, values: valueList([here, ["terminationDrainDuration", tdd]]) }, rel, remove);
          }
        }
      }
      if (!tddsGone) return;
      for (const [mdKey, md] of proxyConfigMaps(value)) {
        if (!(TDDS in md)) continue;
        tddsFinding([...path10, mdKey, TDDS], md[TDDS], "tddsInProxyMetadata", { mdKey }, `in ${mdKey}`);
      }
    };
    return {
      // 2. Workloads: the annotation, container env, and pilot-agent flags of the istio-proxy container.
      workload(rw) {
        if (rw.admissionDenied) return;
        const w = rw.workload;
        if (w.origin === "iop-gateway") {
          gateways.set(entryKey(w.view, w.base), facts(rw));
          return;
        }
        const ann = w.proxyConfigAnnotation;
        if (ann?.view && isRecord(ann.view.value)) {
          proxyConfig(
            ann.view,
            [],
            ann.view.value,
            `${PROXY_CONFIG_ANNOTATION} annotation`,
            "",
            facts(rw),
            (line) => `Write ${line} in the annotation`,
            { workload: w, rw }
          );
        }
        const proxy = w.containers.some((c) => c.name === PROXY_CONTAINER);
        for (const c of w.containers) {
          if (proxy && c.init && INJECTED_INIT3.has(c.name)) continue;
          if (tddsGone) containerEnv(rw, c, report, writtenAt3);
          if (runsPilotAgentProxy(c)) agentFlags(rw, c, ctx, flagsGone);
        }
      },
      end() {
        for (const m of ctx.inventory.meshSources) {
          if (m.embedError) continue;
          const resource2 = resourceId(m.resource);
          const source = `mesh config in ${m.label}`;
          const dcKey = ["defaultConfig", "default_config"].find((k) => isRecord(m.value[k]));
          const dc = dcKey ? m.value[dcKey] : {};
          const dcPath = [...m.path, dcKey ?? "defaultConfig"];
          const meshFacts = {
            tdd: meshTdd(m.view, dcPath, dc, m.label),
            dd: meshDuration(m.view, dcPath, dc, m.label, "drainDuration", DEFAULT_DD),
            ez: meshEz(m.view, dcPath, dc, m.label)
          };
          const put = (line) => `Set meshConfig.defaultConfig.${line}`;
          for (const key of Object.keys(m.value)) {
            const site2 = { view: m.view, path: [...m.path, key], resource: resource2 };
            const here = [key, writtenAt3({ view: m.view, path: [...m.path, key] }, m.value[key], source)];
            if (key === TDDS && tddsGone) {
              const { fix, values, write } = tddsFix(m.value[key], meshFacts, put, false, "the key");
              const tddAt = { view: m.view, path: [...dcPath, "terminationDrainDuration"] };
              const edit = meshFacts.tdd.prov.level === "default" ? replaceFix(site2, tddAt, fix, write) : void 0;
              report(site2, "tddsAtMeshTopLevel", {
                name: TDDS,
                tdd: secondsWords(meshFacts.tdd),
                fix,
                why: TDDS_WHY.replace(/^Istio 1.10 removed the variable/, "Istio 1.10 removed it"),
                values: valueList([here, ["terminationDrainDuration", meshFacts.tdd], ...values])
              }, [], edit);
            } else if (isParentShutdownKey(key) && psdGone) {
              report(site2, "parentShutdownDuration", {
                key,
                scope: "the mesh-wide ",
                tdd: secondsWords(meshFacts.tdd),
                hint: "; the drain is meshConfig.defaultConfig.terminationDrainDuration",
                why: PSD_WHY,
                values: valueList([here, ["terminationDrainDuration", meshFacts.tdd]])
              }, [], fixOf("layout", [{ op: "remove", at: site2 }]));
            }
          }
          for (const k of ["defaultConfig", "default_config"]) {
            const d = m.value[k];
            if (!isRecord(d)) continue;
            const path10 = [...m.path, k];
            const f = { ...meshFacts, tdd: meshTdd(m.view, path10, d, m.label) };
            proxyConfig(m.view, path10, d, source, "the mesh-wide ", f, put, { resource: resource2 });
          }
        }
        if (tddsGone) {
          for (const pc of ctx.inventory.proxyConfigs) {
            const env = isRecord(pc.value["spec"]) ? pc.value["spec"]["environmentVariables"] : void 0;
            if (!isRecord(env) || !(TDDS in env)) continue;
            const path10 = [...pc.base, "spec", "environmentVariables", TDDS];
            const label2 = crLabel(pc);
            const t = tddsSeconds(env[TDDS]);
            const r = replacement(t, { tdd: { value: DEFAULT_TDD, prov: DEFAULT2 }, dd: { value: DEFAULT_DD, prov: DEFAULT2 } });
            report({ view: pc.view, path: path10, resource: resourceId(pc) }, "tddsInProxyConfigResource", {
              name: TDDS,
              fix: `Set ${tddLine(env[TDDS])} in the pod template's ${PROXY_CONFIG_ANNOTATION} annotation, or meshConfig.defaultConfig.terminationDrainDuration mesh-wide, and remove the variable${r.also}`,
              why: TDDS_WHY,
              values: valueList([[TDDS, writtenAt3({ view: pc.view, path: path10 }, env[TDDS], label2)], ...r.values])
            });
          }
        }
        if (tddsGone) {
          for (const iop of istioOperators(ctx)) {
            for (const group of ["ingressGateways", "egressGateways"]) {
              const list = iop.value["spec"] && isRecord(iop.value["spec"]) && isRecord(iop.value["spec"]["components"]) ? iop.value["spec"]["components"][group] : void 0;
              if (!Array.isArray(list)) continue;
              list.forEach((gw, gi) => {
                const env = isRecord(gw) && isRecord(gw["k8s"]) ? gw["k8s"]["env"] : void 0;
                if (!Array.isArray(env)) return;
                const base3 = [...iop.base, "spec", "components", group, gi];
                env.forEach((e, ei) => {
                  if (!isRecord(e) || e["name"] !== TDDS) return;
                  const name = isRecord(gw) && typeof gw["name"] === "string" ? gw["name"] : `${group}[${gi}]`;
                  const tdd = iopTdd(iop);
                  const f = gateways.get(entryKey(iop.view, base3)) ?? { tdd, dd: iopDuration(iop, "drainDuration", DEFAULT_DD) };
                  const { fix, values } = tddsFix(
                    e["value"],
                    f,
                    (line) => `Set meshConfig.defaultConfig.${line}, or ${line} in a ${PROXY_CONFIG_ANNOTATION} annotation under k8s.podAnnotations,`,
                    false
                  );
                  const valuePath = [...base3, "k8s", "env", ei, "value"];
                  report(
                    { view: iop.view, path: [...base3, "k8s", "env", ei, "name"], target: "value", resource: resourceId(iop) },
                    "tddsInGatewayEnv",
                    {
                      name: TDDS,
                      tdd: secondsWords(tdd),
                      fix,
                      why: TDDS_WHY,
                      values: valueList([[TDDS, writtenAt3({ view: iop.view, path: valuePath }, e["value"], `k8s.env of gateway ${name}`)], ["terminationDrainDuration", tdd], ...values])
                    },
                    tdd.prov.level === "default" ? [] : [tdd]
                  );
                });
              });
            }
          }
        }
      }
    };
  }
});
function containerEnv(rw, c, report, writtenAt3) {
  const env = c.value["env"];
  if (!Array.isArray(env)) return;
  env.forEach((e, i) => {
    if (!isRecord(e) || e["name"] !== TDDS) return;
    const proxy = c.name === PROXY_CONTAINER;
    const w = rw.workload;
    const container = `container ${c.name || "(unnamed)"}`;
    const site2 = { view: w.view, path: [...c.path, "env", i, "name"], target: "value", workload: w, container: c.name || void 0 };
    const put = (line) => `Set ${line} in the pod template's ${PROXY_CONFIG_ANNOTATION} annotation`;
    if (rw.sidecar.status === "none") {
      report(site2, "removedNoSidecar", {
        setting: TDDS,
        where: `on ${container}`,
        version: TDDS_REMOVED,
        fix: `Remove the variable, or, if the pod is meant to be in the mesh, set ${tddLine(e["value"])} in the pod template's ${PROXY_CONFIG_ANNOTATION} annotation instead`,
        reason: rw.sidecar.reason,
        why: TDDS_WHY
      });
      return;
    }
    const r = replacement(tddsSeconds(e["value"]), facts(rw));
    const fix = r.blocked ? `Remove the variable: ${r.blocked}` : `${put(tddLine(e["value"]))} and remove the variable${r.also}`;
    const here = [TDDS, writtenAt3({ view: w.view, path: [...c.path, "env", i, "value"] }, e["value"], `env of ${container}`)];
    report(
      site2,
      "tddsInContainerEnv",
      {
        name: TDDS,
        container,
        tdd: secondsWords(rw.tdd),
        fix,
        why: TDDS_WHY,
        appNote: proxy ? "" : `; only the ${PROXY_CONTAINER} container's env was ever read`,
        values: valueList([here, ["terminationDrainDuration", rw.tdd], ...r.values])
      },
      rw.tdd.prov.level === "default" ? [] : [rw.tdd]
    );
  });
}
function agentFlags(rw, c, ctx, removed) {
  const w = rw.workload;
  const where = `${c.name ? `the ${c.name}` : "an unnamed"} container`;
  for (const field of ["command", "args"]) {
    const list = c.value[field];
    if (!Array.isArray(list)) continue;
    list.forEach((a, i) => {
      if (typeof a !== "string") return;
      const m = FLAG.exec(a.trim());
      if (!m) return;
      const flag = m[1];
      if (flag !== "terminationDrainDuration" && !removed) return;
      const next = list[i + 1];
      const raw = m[2] ?? (typeof next === "string" && !next.startsWith("-") ? next : void 0);
      const secs = raw !== void 0 ? parseGoDuration(raw) : void 0;
      const at = { view: w.view, path: [...c.path, field, i] };
      const flagValue = { value: m[2] === void 0 && raw !== void 0 ? `${a.trim()} ${raw}` : a.trim(), prov: { level: "proxy-container", source: `${field} of ${where}`, ref: at } };
      const base3 = { at, workload: w, container: c.name || void 0 };
      if (flag === "drainDuration") {
        const drain = rw.ez.value ? rw.min : rw.tdd;
        const drainName = rw.ez.value ? "MINIMUM_DRAIN_DURATION" : "terminationDrainDuration";
        const classicDrain = rw.timeline.path === "classic" || rw.timeline.path === "native-without-drain-hook";
        const short = secs !== void 0 && classicDrain && secs < drain.value;
        ctx.report({
          ...base3,
          messageId: "drainDurationFlag",
          data: {
            dd: secondsWords(rw.dd),
            value: secs !== void 0 ? `"${formatSeconds(secs)}"` : '"45s"',
            annotation: PROXY_CONFIG_ANNOTATION,
            keep: short ? ` (and keep it at least ${drainName}, ${formatSeconds(drain.value)}, or Envoy stops accepting connections before the drain ends)` : "",
            why: FLAG_WHY,
            values: valueList([["pilot-agent flag", flagValue], ["drainDuration", rw.dd], ...short ? [[drainName, drain]] : []])
          },
          related: relatedValues([["drainDuration", rw.dd]].filter(([, v]) => v.prov.level !== "default"))
        });
      } else if (flag === "parentShutdownDuration") {
        ctx.report({
          ...base3,
          messageId: "parentShutdownFlag",
          data: { tdd: secondsWords(rw.tdd), why: FLAG_WHY, values: valueList([["pilot-agent flag", flagValue], ["terminationDrainDuration", rw.tdd]]) },
          related: relatedValues([["terminationDrainDuration", rw.tdd]].filter(([, v]) => v.prov.level !== "default"))
        });
      } else {
        const setHere = rw.tdd.prov.level === "annotation";
        const r = replacement(secs, facts(rw));
        const line = `terminationDrainDuration: "${secs !== void 0 ? formatSeconds(secs) : "<duration>"}"`;
        const noField = ctx.config.istioVersion !== void 0 && !removedIn(ctx.config.istioVersion, TDD_FIELD_SINCE);
        const fix = setHere ? "Remove the flag: the annotation sets terminationDrainDuration already" : noField ? `Set ${TDDS} to "${secs !== void 0 ? Math.ceil(secs) : "<seconds>"}" in the env of ${where} instead and remove the flag` : r.blocked ? `Remove the flag: ${r.blocked}` : `Write ${line} in the pod template's ${PROXY_CONFIG_ANNOTATION} annotation instead and remove the flag${r.also}`;
        ctx.report({
          ...base3,
          messageId: "terminationDrainFlag",
          data: { tdd: secondsWords(rw.tdd), fix, why: NEVER_FLAG_WHY, values: valueList([["pilot-agent flag", flagValue], ["terminationDrainDuration", rw.tdd], ...r.values]) },
          related: relatedValues([["terminationDrainDuration", rw.tdd]].filter(([, v]) => v.prov.level !== "default"))
        });
      }
    });
  }
}
function istioOperators(ctx) {
  return ctx.inventory.istioOperators;
}
function iopDuration(iop, camel, dflt) {
  const label2 = operatorName(iop);
  let v = { value: dflt, prov: DEFAULT2 };
  for (const [p, l] of [[["spec", "values", "meshConfig"], `${label2} spec.values.meshConfig`], [["spec", "meshConfig"], `${label2} spec.meshConfig`]]) {
    const path10 = [...iop.base, ...p, "defaultConfig"];
    const dc = get(iop.view.value, path10);
    if (!isRecord(dc)) continue;
    const t = meshDuration(iop.view, path10, dc, l, camel, dflt);
    if (t.prov.level !== "default") v = t;
  }
  return v;
}
function iopTdd(iop) {
  return iopDuration(iop, "terminationDrainDuration", DEFAULT_TDD);
}

// rules/termination-drain-duration-ignored/index.ts
var WHY8 = "With EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, pilot-agent sleeps MINIMUM_DRAIN_DURATION once the drain starts, then exits as soon as no connection is open; it never reads terminationDrainDuration (istio/istio#44690).";
var termination_drain_duration_ignored_default = defineRule({
  meta: {
    id: "termination-drain-duration-ignored",
    severity: "warning",
    description: "terminationDrainDuration is set but EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on: the agent never reads it; MINIMUM_DRAIN_DURATION is the setting that applies.",
    help: "With EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, set the minimum drain as MINIMUM_DRAIN_DURATION beside it and remove terminationDrainDuration, which the agent does not read.",
    fixable: false,
    messages: {
      ignored: {
        message: "terminationDrainDuration is {{tdd}} but EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on: only MINIMUM_DRAIN_DURATION {{min}} applies.",
        help: `Set MINIMUM_DRAIN_DURATION "{{tdd}}" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS if the {{tdd}} were meant as the minimum drain{{alsoRaise}}, and remove terminationDrainDuration. ${WHY8} {{notes}}Values: {{values}}.`
      },
      ignoredMinCovers: {
        message: "terminationDrainDuration is {{tdd}} but EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on: MINIMUM_DRAIN_DURATION {{min}} applies instead.",
        help: `Remove terminationDrainDuration: MINIMUM_DRAIN_DURATION {{min}} already sets the minimum drain. ${WHY8} {{notes}}Values: {{values}}.`
      },
      meshWideIgnored: {
        message: "The mesh-wide terminationDrainDuration {{tdd}} is ignored here: EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on, so only MINIMUM_DRAIN_DURATION {{min}} applies.",
        help: `Set MINIMUM_DRAIN_DURATION "{{tdd}}" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS if the {{tdd}} were meant as the minimum drain here{{alsoRaise}}; the mesh-wide terminationDrainDuration still applies to the workloads without EXIT_ON_ZERO_ACTIVE_CONNECTIONS. ${WHY8} {{notes}}Values: {{values}}.`
      },
      meshWideIgnoredMinCovers: {
        message: "The mesh-wide terminationDrainDuration {{tdd}} is ignored here: EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on, so MINIMUM_DRAIN_DURATION {{min}} applies.",
        help: `Nothing to change for this workload: MINIMUM_DRAIN_DURATION {{min}} already covers the {{tdd}}, and the mesh-wide terminationDrainDuration only applies to the workloads without EXIT_ON_ZERO_ACTIVE_CONNECTIONS. ${WHY8} {{notes}}Values: {{values}}.`
      }
    }
  },
  create(ctx) {
    return {
      workload(rw) {
        if (!classicDrainRuns(rw)) return;
        if (!rw.ez.value || rw.tdd.prov.level === "default") return;
        const minShort = rw.min.value < rw.tdd.value;
        const shared = rw.tdd.prov.level === "mesh" && rw.ez.prov.level !== "mesh" && rw.ez.prov.level !== "root-proxyconfig";
        const fit = minShort ? drainFit(rw, { ez: true, wait: rw.tdd.value }, ctx.config.istioVersion) : {};
        const raises = fitRaises(fit);
        const involved = [rw.tdd, rw.ez];
        ctx.reportDrainSetting({
          workload: rw,
          involved,
          severity: rw.graceOptOut ? "info" : void 0,
          messageId: shared ? minShort ? "meshWideIgnored" : "meshWideIgnoredMinCovers" : minShort ? "ignored" : "ignoredMinCovers",
          data: {
            tdd: formatSeconds(rw.tdd.value),
            min: formatSeconds(rw.min.value),
            alsoRaise: raises.length > 0 ? ` (and raise ${joinWords(raises)})` : "",
            notes: helpNotes(rw, ctx.config),
            values: valueList([
              ["terminationDrainDuration", rw.tdd],
              ["EXIT_ON_ZERO_ACTIVE_CONNECTIONS", rw.ez],
              ["MINIMUM_DRAIN_DURATION", rw.min],
              ["istio-proxy preStop", fit.grace !== void 0 && (rw.proxyPreStop.seconds ?? 0) > 0 ? rw.proxyPreStop : void 0],
              ["drainDuration", fit.drainDuration !== void 0 ? rw.dd : void 0],
              ["terminationGracePeriodSeconds", fit.grace !== void 0 ? rw.grace : void 0]
            ])
          },
          related: relatedValues([
            ["terminationDrainDuration", rw.tdd],
            ["EXIT_ON_ZERO_ACTIVE_CONNECTIONS", rw.ez],
            ["MINIMUM_DRAIN_DURATION", rw.min]
          ])
        });
      }
    };
  }
});

// rules/unknown-proxy-config-key/index.ts
var GRACE_KEYS = /* @__PURE__ */ new Set(["terminationGracePeriodSeconds", "termination_grace_period_seconds"]);
function snake(name) {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
function fieldsFor(specs, version) {
  const accepted = /* @__PURE__ */ new Map();
  const removed = /* @__PURE__ */ new Map();
  const names2 = [];
  for (const [name, spec] of Object.entries(specs)) {
    const gone = spec.removed !== void 0 && (!version || compareVersions(version, spec.removed) >= 0);
    for (const spelling of /* @__PURE__ */ new Set([name, snake(name)])) {
      if (gone) removed.set(spelling, [name, spec.removed]);
      else accepted.set(spelling, name);
    }
    if (!gone) names2.push(name);
  }
  return { accepted, removed, names: names2, specs };
}
function rewriteLine(field, spec, value, d, rw, istio) {
  if (spec?.type === "duration") {
    let secs;
    if (typeof value === "number" && value >= 0) secs = value;
    else if (typeof value === "string") secs = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value.trim()) : parseGoDuration(value.trim());
    if (secs !== void 0) {
      if (field === "drainDuration") {
        const whole = Math.max(1, Math.ceil(secs));
        const floor = drainDurationFloor(d, whole, istio);
        return floor ? `${field}: "${floor.target}"${floor.why}` : `${field}: "${formatSeconds(whole)}"`;
      }
      return `${field}: "${formatSeconds(secs)}"${field === "terminationDrainDuration" ? raisesToo(d, field, secs, rw, istio) : ""}`;
    }
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return `${field}: ${typeof value === "string" ? JSON.stringify(value) : String(value)}`;
  }
  return void 0;
}
function movedCare(key, value, d, istio) {
  const field = snakeToCamel(key);
  if (field !== "terminationDrainDuration" && field !== "drainDuration") return "";
  const secs = typeof value === "string" ? parseGoDuration(value.trim()) : void 0;
  if (secs === void 0) return "";
  if (field === "terminationDrainDuration") return raisesToo(d, field, secs, void 0, istio);
  const floor = drainDurationFloor(d, secs, istio);
  return floor ? `, and raise it to at least ${floor.target}${floor.why}` : "";
}
var MESH_DROPS = "istiod drops unknown MeshConfig keys without a warning";
var MESSAGES6 = {
  misspelt: {
    message: "Unknown key {{key}} in {{where}}: {{ignored}}{{stays}}.",
    help: "Did you mean {{guess}}? {{rewrite}}. {{ignores}}.{{values}}"
  },
  unknownKey: {
    versions: ["istio"],
    message: "Unknown key {{key}} in {{where}}: {{ignored}}.",
    help: "{{version}} has no such ProxyConfig field: remove it or fix the name. {{ignores}}."
  },
  removedKey: {
    versions: ["istio"],
    message: "{{key}} in {{where}} was removed from ProxyConfig in Istio {{removed}}: {{ignored}}.",
    help: "Remove it: the field no longer exists. {{ignores}}."
  },
  envVarKey: {
    message: "{{key}} in {{where}} is not under proxyMetadata: it never reaches the proxy's environment.",
    help: "Move it under proxyMetadata as a string ({{key}}: {{shown}}): only proxyMetadata entries become environment variables of the istio-proxy container. {{ignores}}."
  },
  gracePeriodKey: {
    message: "{{key}} in {{where}} is not a ProxyConfig field: the grace period is set in the pod spec.",
    help: "Set terminationGracePeriodSeconds in the pod spec instead, and remove this key. {{ignores}}."
  },
  meshMisspelt: {
    message: "Unknown MeshConfig key {{key}}: istiod drops it.",
    help: `Did you mean {{guess}}? ${MESH_DROPS}.`
  },
  meshUnknown: {
    versions: ["istio"],
    message: "Unknown MeshConfig key {{key}}: istiod drops it.",
    help: `{{version}} has no such MeshConfig field: remove it or fix the name. ${MESH_DROPS}.`
  },
  meshRemoved: {
    versions: ["istio"],
    message: "{{key}} was removed from MeshConfig in Istio {{removed}}: istiod drops it.",
    help: `Remove it: the field no longer exists. ${MESH_DROPS}.`
  },
  proxyFieldAtTop: {
    message: "{{key}} is a ProxyConfig field at the top level of the mesh config: istiod drops it.",
    help: `Move it to meshConfig.defaultConfig.{{key}}{{care}}. ProxyConfig fields apply only under defaultConfig; ${MESH_DROPS}.`
  },
  misspeltProxyFieldAtTop: {
    message: "Unknown MeshConfig key {{key}}: istiod drops it.",
    help: `Did you mean {{guess}}? It is a ProxyConfig field and belongs under defaultConfig: write meshConfig.defaultConfig.{{line}}. ${MESH_DROPS}.`
  },
  envVarAtTop: {
    message: "{{key}} is an environment variable at the top level of the mesh config: istiod drops it.",
    help: `Move it to meshConfig.defaultConfig.proxyMetadata.{{key}}, as a string: only proxyMetadata entries become environment variables of the proxies. ${MESH_DROPS}.`
  }
};
var unknown_proxy_config_key_default = defineRule({
  meta: {
    id: "unknown-proxy-config-key",
    severity: "warning",
    description: "A key in meshConfig.defaultConfig, the proxy.istio.io/config annotation or at the top level of the MeshConfig is not a field Istio knows, so it is silently dropped.",
    help: "Fix the spelling of the key, or move it where it belongs: ProxyConfig fields under defaultConfig, proxy environment variables under proxyMetadata, the grace period in the pod spec.",
    fixable: false,
    messages: MESSAGES6
  },
  create(ctx) {
    const version = ctx.config.istioVersion;
    const proxy = fieldsFor(PROXY_CONFIG_FIELDS, version);
    const mesh = fieldsFor(MESH_CONFIG_FIELDS, version);
    const versionWord = version ? `Istio ${version}` : "Current Istio";
    const proxyConfig = (view, path10, value, place2) => {
      for (const key of Object.keys(value)) {
        if (proxy.accepted.has(key)) continue;
        if (GRACE_KEYS.has(key) || key === EZ || key === MIN || reportedAsRemoved(key, version)) continue;
        const at = { view, path: [...path10, key], target: "key" };
        const base3 = { key, where: place2.where, ignored: place2.ignored, ignores: place2.ignores };
        const gone = proxy.removed.get(key);
        if (gone) {
          ctx.report({ at, workload: place2.rw?.workload, ...fitted(MESSAGES6, "removedKey", { ...base3, removed: gone[1] }, ["key"]) });
          continue;
        }
        if (/^[A-Z][A-Z0-9_]*$/.test(key)) {
          const v = value[key];
          ctx.report({ at, workload: place2.rw?.workload, ...fitted(MESSAGES6, "envVarKey", { ...base3, shown: JSON.stringify(v === null || v === void 0 ? "" : String(v)) }, ["key"]) });
          continue;
        }
        const camel = snakeToCamel(key);
        if (/^termination_?grace_?period/i.test(camel)) {
          ctx.report({ at, workload: place2.rw?.workload, ...fitted(MESSAGES6, "gracePeriodKey", base3, ["key"]) });
          continue;
        }
        const guess = closest(camel, proxy.names);
        if (!guess) {
          ctx.report({ at, workload: place2.rw?.workload, ...fitted(MESSAGES6, "unknownKey", { ...base3, version: versionWord }, ["key"]) });
          continue;
        }
        let stays = "";
        const values = [];
        const rw = place2.rw;
        if (rw && (guess === "terminationDrainDuration" || guess === "drainDuration")) {
          const v = guess === "terminationDrainDuration" ? rw.tdd : rw.dd;
          stays = `, so ${guess} stays ${formatSeconds(v.value)}${v.prov.level === "default" ? " (default)" : ""}`;
          values.push([guess, v]);
        }
        const md = value[key];
        if (guess === "proxyMetadata" && isRecord(md) && Object.keys(md).length > 0) {
          const names2 = Object.keys(md).map((n) => clip(n, 32));
          stays = `, so ${joinWords(names2, 2)} never ${names2.length === 1 ? "reaches" : "reach"} the proxy's environment`;
        }
        const line = rewriteLine(guess, proxy.specs[guess], md, place2.drain, rw, version);
        ctx.report({
          at,
          workload: rw?.workload,
          ...fitted(MESSAGES6, "misspelt", { ...base3, stays, guess, rewrite: line ? `Write ${line}` : `Rename the key to ${guess}`, values: values.length > 0 ? ` Values: ${valueList(values)}.` : "" }, ["key"]),
          related: relatedValues(values)
        });
      }
    };
    return {
      workload(rw) {
        if (rw.admissionDenied) return;
        const ann = rw.workload.proxyConfigAnnotation;
        if (!ann?.view || !isRecord(ann.view.value)) return;
        proxyConfig(ann.view, [], ann.view.value, {
          where: PROXY_CONFIG_ANNOTATION,
          ignored: "Istio ignores it",
          ignores: `The injector and pilot-agent ignore unknown keys in the ${PROXY_CONFIG_ANNOTATION} annotation without a warning`,
          drain: workloadDrain(rw),
          rw
        });
      },
      end() {
        for (const m of ctx.inventory.meshSources) {
          if (m.embedError) continue;
          const resource2 = resourceId(m.resource);
          const dcKeys = ["defaultConfig", "default_config"];
          for (const dcKey of dcKeys) {
            const dc = m.value[dcKey];
            if (isRecord(dc)) {
              proxyConfig(m.view, [...m.path, dcKey], dc, {
                where: dcKey,
                ignored: "istiod drops it",
                ignores: "istiod drops unknown ProxyConfig keys without a warning",
                drain: meshDrain(m, [...m.path, dcKey])
              });
            }
          }
          const drain = meshDrain(m, [...m.path, dcKeys.find((k) => isRecord(m.value[k])) ?? "defaultConfig"]);
          for (const key of Object.keys(m.value)) {
            if (mesh.accepted.has(key)) continue;
            if (GRACE_KEYS.has(key) || key === EZ || key === MIN || reportedAsRemoved(key, version)) continue;
            const at = { view: m.view, path: [...m.path, key], target: "key" };
            const base3 = { key };
            const gone = mesh.removed.get(key);
            const proxyField = proxy.accepted.get(key);
            if (gone) {
              ctx.report({ at, resource: resource2, ...fitted(MESSAGES6, "meshRemoved", { ...base3, removed: gone[1] }, ["key"]) });
            } else if (proxyField) {
              ctx.report({ at, resource: resource2, ...fitted(MESSAGES6, "proxyFieldAtTop", { ...base3, care: movedCare(key, m.value[key], drain, version) }, ["key"]) });
            } else if (/^[A-Z][A-Z0-9_]*$/.test(key)) {
              ctx.report({ at, resource: resource2, ...fitted(MESSAGES6, "envVarAtTop", base3, ["key"]) });
            } else {
              const camel = snakeToCamel(key);
              const meshGuess = closest(camel, mesh.names);
              const proxyGuess = meshGuess ? void 0 : closest(camel, proxy.names);
              if (meshGuess) ctx.report({ at, resource: resource2, ...fitted(MESSAGES6, "meshMisspelt", { ...base3, guess: meshGuess }, ["key"]) });
              else if (proxyGuess) {
                const line = rewriteLine(proxyGuess, proxy.specs[proxyGuess], m.value[key], drain, void 0, version) ?? `${proxyGuess}:`;
                ctx.report({ at, resource: resource2, ...fitted(MESSAGES6, "misspeltProxyFieldAtTop", { ...base3, guess: proxyGuess, line }, ["key"]) });
              } else ctx.report({ at, resource: resource2, ...fitted(MESSAGES6, "meshUnknown", { ...base3, version: versionWord }, ["key"]) });
            }
          }
        }
      }
    };
  }
});

// rules/index.ts
var RULES = [
  annotation_not_rendered_default,
  connections_outlive_grace_period_default,
  drain_env_on_app_container_default,
  drain_exceeds_grace_period_default,
  drain_setting_outside_proxy_metadata_default,
  drain_settings_unused_default,
  exit_on_zero_unbounded_default,
  exit_on_zero_version_bug_default,
  gateway_drain_too_short_default,
  global_lifecycle_override_default,
  inject_annotation_not_label_default,
  injection_blocked_by_namespace_default,
  invalid_boolean_default,
  invalid_duration_default,
  invalid_field_type_default,
  invalid_mesh_config_default,
  invalid_native_sidecar_annotation_default,
  job_sidecar_blocks_completion_default,
  listeners_close_before_drain_ends_default,
  min_drain_shorter_than_app_prestop_default,
  misplaced_annotation_default,
  misplaced_grace_period_default,
  native_sidecar_ignores_drain_settings_default,
  native_sidecar_unsupported_default,
  proxy_config_env_override_default,
  proxy_config_resource_misuse_default,
  proxy_exits_before_app_default,
  proxy_metadata_not_string_default,
  removed_setting_default,
  termination_drain_duration_ignored_default,
  unknown_proxy_config_key_default
];

// src/fix/yaml-edit.ts
var import_yaml9 = __toESM(require_dist(), 1);
function parseForEdit(text2) {
  const doc = (0, import_yaml9.parseDocument)(text2, YAML_OPTIONS);
  return doc.errors.length === 0 ? doc : void 0;
}
function find(doc, path10) {
  const maps = [];
  const pairs = [];
  let node = doc.contents;
  let depth = 0;
  for (const seg of path10) {
    if ((0, import_yaml9.isMap)(node)) {
      const pair = node.items.find((p) => (0, import_yaml9.isScalar)(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      maps.push(node);
      pairs.push(pair);
      node = pair.value;
    } else if ((0, import_yaml9.isSeq)(node) && typeof seg === "number" && node.items[seg] !== void 0) {
      node = node.items[seg];
    } else {
      break;
    }
    depth++;
  }
  return { maps, pairs, depth, node };
}
function splice(text2, start, end, insert) {
  return text2.slice(0, start) + insert + text2.slice(end);
}
function lineStart(text2, offset) {
  return text2.lastIndexOf("\n", offset - 1) + 1;
}
function afterLine(text2, offset) {
  if (offset > 0 && text2[offset - 1] === "\n") return offset;
  const nl = text2.indexOf("\n", offset);
  return nl < 0 ? text2.length : nl + 1;
}
function columnOf(text2, offset) {
  return offset - lineStart(text2, offset);
}
function isEmptyScalar(node) {
  return (0, import_yaml9.isScalar)(node) && !!node.range && node.range[0] === node.range[1];
}
function keySource(map, key) {
  const quoted5 = map?.items.some((p) => (0, import_yaml9.isScalar)(p.key) && p.key.type === "QUOTE_DOUBLE");
  if (quoted5 || !/^[A-Za-z0-9_][A-Za-z0-9_./-]*$/.test(key)) return JSON.stringify(key);
  return key;
}
function shiftLines(value, shift) {
  const lines = value.split("\n");
  const out = [lines[0]];
  for (const line of lines.slice(1)) {
    if (line.trim() === "") {
      out.push(line.length > 0 && shift > 0 ? line : "");
      continue;
    }
    if (shift >= 0) out.push(" ".repeat(shift) + line);
    else if (line.startsWith(" ".repeat(-shift))) out.push(line.slice(-shift));
    else return void 0;
  }
  return out.join("\n");
}
function setScalar(text2, path10, source, sourceKeyColumn = 0, comments = []) {
  const doc = parseForEdit(text2);
  if (!doc || path10.length === 0) return void 0;
  const f = find(doc, path10);
  if (f.depth === path10.length) {
    const node2 = f.node;
    if (!(0, import_yaml9.isScalar)(node2) || !node2.range) return void 0;
    const keyCol = columnOf(text2, f.pairs[f.pairs.length - 1].key.range[0]);
    const shifted2 = shiftLines(source, keyCol - sourceKeyColumn);
    if (shifted2 === void 0) return void 0;
    const [start, end] = node2.range;
    if (start === end) return splice(text2, start, end, ` ${shifted2.replace(/\n$/, "")}${shifted2.endsWith("\n") && text2[end] !== "\n" ? "\n" : ""}`);
    return splice(text2, start, end, shifted2);
  }
  const missing = path10.slice(f.depth).map(String);
  if (missing.some((_, i) => typeof path10[f.depth + i] === "number")) return void 0;
  const node = f.node;
  if ((0, import_yaml9.isMap)(node) && node.flow) return insertFlow(text2, node, missing, source);
  let indent;
  let at;
  let prefix = "";
  if ((0, import_yaml9.isMap)(node) && node.items.length > 0) {
    const first = node.items[0].key;
    indent = columnOf(text2, first.range[0]);
    const last2 = node.items[node.items.length - 1];
    const lastEnd = (last2.value?.range ?? last2.key.range)[1];
    at = afterLine(text2, lastEnd);
    if (at === text2.length && !text2.endsWith("\n")) prefix = "\n";
  } else if ((node === null || isEmptyScalar(node)) && f.pairs.length > 0) {
    const parentKey = f.pairs[f.pairs.length - 1].key;
    indent = columnOf(text2, parentKey.range[0]) + 2;
    const scalar = node;
    at = afterLine(text2, scalar?.range?.[0] ?? parentKey.range[1]);
    if (at === text2.length && !text2.endsWith("\n")) prefix = "\n";
  } else {
    return void 0;
  }
  const last = missing.length - 1;
  const shifted = shiftLines(source, indent + 2 * last - sourceKeyColumn);
  if (shifted === void 0) return void 0;
  let lines = "";
  missing.forEach((key, i) => {
    const pad = " ".repeat(indent + 2 * i);
    const k = keySource(i === 0 && (0, import_yaml9.isMap)(node) ? node : void 0, key);
    lines += i < last ? `${pad}${k}:
` : `${comments.map((c) => `${pad}${c}
`).join("")}${pad}${k}: ${shifted}`;
  });
  if (!lines.endsWith("\n")) lines += "\n";
  if (prefix) lines = lines.slice(0, -1);
  return splice(text2, at, at, prefix + lines);
}
function insertFlow(text2, map, keys, source) {
  if (source.includes("\n") || !map.range) return void 0;
  const close = map.range[1] - 1;
  if (text2[close] !== "}") return void 0;
  let value = source;
  for (let i = keys.length - 1; i >= 1; i--) value = `{${keySource(map, keys[i])}: ${value}}`;
  const entry2 = `${keySource(map, keys[0])}: ${value}`;
  const before = text2.slice(map.range[0] + 1, close);
  if (before.trim() === "") return splice(text2, map.range[0] + 1, close, entry2);
  const trimmedEnd = map.range[0] + 1 + before.trimEnd().length;
  return splice(text2, trimmedEnd, trimmedEnd, `, ${entry2}`);
}
function scalarSource(text2, path10) {
  const doc = parseForEdit(text2);
  if (!doc) return void 0;
  const f = find(doc, path10);
  if (f.depth !== path10.length || !(0, import_yaml9.isScalar)(f.node) || !f.node.range || f.pairs.length === 0) return void 0;
  const [start, end] = f.node.range;
  const comment = text2.slice(start, end).includes("\n") ? void 0 : /^[ \t]+#[^\n]*/.exec(text2.slice(end));
  const keyStart = f.pairs[f.pairs.length - 1].key.range[0];
  const above = text2.slice(commentsAbove(text2, keyStart), lineStart(text2, keyStart));
  const comments = above === "" ? [] : above.slice(0, -1).split("\n").map((l) => l.trimStart());
  return { source: text2.slice(start, end) + (comment?.[0] ?? ""), keyColumn: columnOf(text2, keyStart), comments };
}
function commentsAbove(text2, keyStart) {
  let from = lineStart(text2, keyStart);
  while (from > 0) {
    const prevStart = lineStart(text2, from - 1);
    const prevLine = text2.slice(prevStart, from - 1);
    if (!/^\s*#/.test(prevLine) || columnOf(text2, prevStart + prevLine.indexOf("#")) !== columnOf(text2, keyStart)) break;
    from = prevStart;
  }
  return from;
}
function removeKey(text2, path10) {
  const doc = parseForEdit(text2);
  if (!doc || path10.length === 0) return void 0;
  const f = find(doc, path10);
  if (f.depth !== path10.length) return void 0;
  const map = f.maps[f.maps.length - 1];
  const pair = f.pairs[f.pairs.length - 1];
  const key = pair.key;
  const value = pair.value;
  if (!key.range) return void 0;
  const valueEnd = value?.range?.[1] ?? key.range[1];
  if (map.flow) {
    const after = text2.slice(valueEnd);
    const comma = /^\s*,\s*/.exec(after);
    if (comma) return splice(text2, key.range[0], valueEnd + comma[0].length, "");
    const before = text2.slice(0, key.range[0]);
    const prev = /,\s*$/.exec(before);
    return splice(text2, prev ? key.range[0] - prev[0].length : key.range[0], valueEnd, "");
  }
  const start = lineStart(text2, key.range[0]);
  if (text2.slice(start, key.range[0]).trim() !== "") return void 0;
  let from = commentsAbove(text2, key.range[0]);
  const end = afterLine(text2, valueEnd);
  if (end === text2.length && !text2.endsWith("\n") && from > 0) from--;
  if (map.items.length === 1 && f.pairs.length >= 2) {
    return typeof path10[path10.length - 2] === "string" ? removeKey(text2, path10.slice(0, -1)) : void 0;
  }
  return splice(text2, from, end, "");
}

// src/fix/embedded.ts
var import_yaml10 = __toESM(require_dist(), 1);
function hostScalar(text2, path10) {
  const doc = parseForEdit(text2);
  if (!doc) return void 0;
  const { node, depth } = walk(doc, path10);
  if (depth !== path10.length || !(0, import_yaml10.isScalar)(node) || typeof node.value !== "string" || !node.range) return void 0;
  return { node, value: node.value };
}
function rewriteHost(text2, path10, value) {
  const host = hostScalar(text2, path10);
  if (!host) return void 0;
  const { node } = host;
  const [start, end] = node.range;
  let out;
  if (node.type === import_yaml10.Scalar.BLOCK_LITERAL) out = rewriteBlock(text2, start, end, host.value, value);
  else if (!value.includes("\n") && !text2.slice(start, end).includes("\n")) {
    if (node.type === import_yaml10.Scalar.QUOTE_SINGLE) out = `${text2.slice(0, start)}'${value.replace(/'/g, "''")}'${text2.slice(end)}`;
    else if (node.type === import_yaml10.Scalar.QUOTE_DOUBLE) out = `${text2.slice(0, start)}${JSON.stringify(value)}${text2.slice(end)}`;
    else if (node.type === import_yaml10.Scalar.PLAIN) out = `${text2.slice(0, start)}${value}${text2.slice(end)}`;
  }
  return out !== void 0 && hostScalar(out, path10)?.value === value ? out : void 0;
}
var lead = (line) => line.length - line.trimStart().length;
function rewriteBlock(text2, start, end, old, value) {
  const headerEnd = text2.indexOf("\n", start);
  if (headerEnd < 0 || headerEnd >= end) return void 0;
  const body = text2.slice(headerEnd + 1, end);
  const first = body.split("\n").find((l) => l.trim() !== "");
  const firstOfValue = old.split("\n").find((l) => l.trim() !== "");
  if (first === void 0 || firstOfValue === void 0) return void 0;
  const indent = lead(first) - lead(firstOfValue);
  const lines = value.endsWith("\n") ? value.slice(0, -1).split("\n") : value.split("\n");
  const written2 = lines.map((l) => l === "" ? "" : " ".repeat(indent) + l).join("\n");
  const tail = body.endsWith("\n") ? "\n" : "";
  return text2.slice(0, headerEnd + 1) + written2 + tail + text2.slice(end);
}

// src/fix/apply.ts
function applyFix(text2, fix) {
  let out = text2;
  for (const edit of fix.edits) {
    const next = applyEdit(out, edit);
    if (next === void 0) return void 0;
    out = next;
  }
  for (const [start, end] of documentChunks(out)) if (!parseForEdit(out.slice(start, end))) return void 0;
  return out;
}
function applyEdit(text2, edit) {
  const chunks = documentChunks(text2);
  const chunk = chunks[edit.at.doc];
  if (!chunk) return void 0;
  const doc = text2.slice(chunk[0], chunk[1]);
  let changed;
  if (edit.op === "remove") changed = inContext(doc, edit.at, (t) => removeKey(t, edit.at.path));
  else if ("text" in edit) changed = inContext(doc, edit.at, (t) => setScalar(t, edit.at.path, edit.text));
  else {
    if (edit.from.doc !== edit.at.doc) return void 0;
    const context = contextText(doc, edit.from);
    const src = context === void 0 ? void 0 : scalarSource(context, edit.from.path);
    if (!src) return void 0;
    changed = inContext(doc, edit.at, (t) => setScalar(t, edit.at.path, src.source, src.keyColumn, src.comments));
  }
  return changed === void 0 ? void 0 : text2.slice(0, chunk[0]) + changed + text2.slice(chunk[1]);
}
function contextText(doc, at) {
  return at.embedded ? hostScalar(doc, at.embedded)?.value : doc;
}
function inContext(doc, at, edit) {
  if (!at.embedded) return edit(doc);
  const inner = contextText(doc, at);
  const changed = inner === void 0 ? void 0 : edit(inner);
  return changed === void 0 ? void 0 : rewriteHost(doc, at.embedded, changed);
}

// src/fix/plan.ts
function fixesByFile(findings, types) {
  const unfixable = new Set(findings.filter((f) => f.ruleId === "parse-error").map((f) => f.file));
  const out = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!f.fix || f.suppressions || unfixable.has(f.file) || !types.includes(f.fix.type)) continue;
    const list = out.get(f.file) ?? [];
    if (!list.some((g) => JSON.stringify(g) === JSON.stringify(f.fix))) list.push(f.fix);
    out.set(f.file, list);
  }
  return out;
}
function fullPath(t) {
  return [String(t.doc), ...(t.embedded ?? []).map(String), ...t.embedded ? ["\0"] : [], ...t.path.map(String)];
}
function related2(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}
function touched(fix) {
  return fix.edits.flatMap((e) => e.op === "set" && "from" in e ? [fullPath(e.at), fullPath(e.from)] : [fullPath(e.at)]);
}
function applyPass(text2, fixes2) {
  let out = text2;
  let applied = 0;
  const taken = [];
  for (const fix of fixes2) {
    const paths = touched(fix);
    if (paths.some((p) => taken.some((t) => related2(p, t)))) continue;
    const next = applyFix(out, fix);
    if (next === void 0 || next === out) continue;
    out = next;
    applied++;
    taken.push(...paths);
  }
  return { text: out, applied };
}

// src/fix/write.ts
import { lstatSync, readFileSync as readFileSync2, realpathSync, statSync } from "node:fs";
import path7 from "node:path";

// src/atomic-write.ts
import { chmodSync, existsSync as existsSync2, renameSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path6 from "node:path";
function writeAtomically(abs, data, mode) {
  const tmp = path6.join(path6.dirname(abs), `.${path6.basename(abs)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    writeFileSync(tmp, data, { flag: "wx", ...mode === void 0 ? {} : { mode } });
    if (mode !== void 0) chmodSync(tmp, mode);
    renameSync(tmp, abs);
  } finally {
    if (existsSync2(tmp)) rmSync(tmp, { force: true });
  }
}

// src/fix/write.ts
var BOM = Buffer.from([239, 187, 191]);
function writeFixed(abs, read, text2, cwd) {
  let target = abs;
  try {
    if (lstatSync(abs).isSymbolicLink()) {
      target = realpathSync(abs);
      if (!inside(realpathSync(cwd), target)) return { written: false, why: "it is a symbolic link to a file outside the working directory" };
    }
    const bytes = readFileSync2(target);
    const bom = bytes.subarray(0, 3).equals(BOM);
    if ((bom ? bytes.subarray(3) : bytes).toString("utf8") !== read) return { written: false, why: "it changed since it was read" };
    writeAtomically(target, bom ? Buffer.concat([BOM, Buffer.from(text2)]) : text2, statSync(target).mode & 4095);
    return { written: true };
  } catch (e) {
    return { written: false, why: e.message };
  }
}
function inside(dir, file) {
  const rel = path7.relative(dir, file);
  return rel !== "" && !rel.startsWith("..") && !path7.isAbsolute(rel);
}

// src/fix/run.ts
var MAX_FIX_PASSES = 10;
async function fixPasses(first, req) {
  const read = first.texts ?? /* @__PURE__ */ new Map();
  const current = /* @__PURE__ */ new Map();
  const applied = /* @__PURE__ */ new Map();
  let outcome = first;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    let changed = 0;
    for (const [file, fixes2] of fixesByFile(outcome.result.findings, req.types)) {
      const text2 = current.get(file) ?? read.get(file)?.text;
      if (text2 === void 0) continue;
      const done = applyPass(text2, fixes2);
      if (done.applied === 0) continue;
      current.set(file, done.text);
      applied.set(file, (applied.get(file) ?? 0) + done.applied);
      changed++;
    }
    if (changed === 0) break;
    outcome = await req.lint(current);
  }
  const files = [];
  for (const [file, input] of read) {
    const output = current.get(file) ?? input.text;
    const onDisk = input.absPath !== void 0 && !input.inMemory;
    if (output === input.text && (onDisk || req.dryRun)) continue;
    const base3 = { file, input: input.text, output, applied: applied.get(file) ?? 0, ...input.inMemory ? { inMemory: true } : {} };
    if (req.dryRun) files.push({ ...base3, status: "dry-run" });
    else if (!onDisk) files.push({ ...base3, status: "output" });
    else {
      const w = writeFixed(input.absPath, input.text, output, req.cwd);
      files.push(w.written ? { ...base3, status: "written" } : { ...base3, status: "not-written", reason: w.why });
    }
  }
  return { outcome, files };
}

// src/domain/targets.ts
function targetVersions2(run) {
  const one = (v) => {
    if (!v) return { source: "not given or found" };
    const seen = v.seen.length > 1 ? `; the lowest of ${v.seen.map((s) => s.version).join(", ")} in the input` : "";
    const source = v.inferred ? `${v.prov.source} (read from the input${seen})` : v.prov.source;
    return { value: v.value, source, ...v.prov.ref ? { ref: v.prov.ref } : {} };
  };
  return { istio: one(run.istio), kubernetes: one(run.kubernetes) };
}

// src/types.ts
var SEVERITY_RANK = { info: 1, warning: 2, error: 3 };

// src/suppress/baseline.ts
import { readFileSync as readFileSync3 } from "node:fs";
import path8 from "node:path";
var DEFAULT_BASELINE = ".drainlint-baseline.json";
var BASELINE_VERSION = 1;
var BaselineError = class extends Error {
};
var ENGINE_IDS2 = new Set(ENGINE_FINDINGS.map((e) => e.id));
function recordable(f) {
  return f.fingerprint !== void 0 && !ENGINE_IDS2.has(f.ruleId) && !f.suppressions;
}
function fileKey(file, cwd, baselineDir) {
  const rel = path8.relative(baselineDir, path8.resolve(cwd, file));
  return rel.split(path8.sep).join("/");
}
function readBaseline(abs, shown4) {
  let text2;
  try {
    text2 = readFileSync3(abs, "utf8");
  } catch (e) {
    throw new BaselineError(`cannot read the baseline ${shown4}: ${e.message}`);
  }
  return parseBaseline(text2, shown4);
}
function parseBaseline(text2, shown4) {
  let v;
  try {
    v = JSON.parse(text2);
  } catch (e) {
    throw new BaselineError(`the baseline ${shown4} is not JSON: ${e.message}`);
  }
  const bad = (why2) => new BaselineError(`the baseline ${shown4} is not a drainlint baseline: ${why2} (write a new one with --write-baseline)`);
  if (v === null || typeof v !== "object" || Array.isArray(v)) throw bad("not an object");
  const o = v;
  if (o["version"] !== BASELINE_VERSION) throw bad(`version is ${JSON.stringify(o["version"])}, not ${BASELINE_VERSION}`);
  const files = o["files"];
  if (files === null || typeof files !== "object" || Array.isArray(files)) throw bad('"files" is not an object');
  for (const [file, entries] of Object.entries(files)) {
    if (!Array.isArray(entries)) throw bad(`the entries of ${file} are not a list`);
    for (const e of entries) {
      const x = e;
      const ok = x !== null && typeof x === "object" && typeof x["ruleId"] === "string" && typeof x["messageId"] === "string" && typeof x["fingerprint"] === "string" && Number.isInteger(x["count"]) && x["count"] > 0;
      if (!ok) throw bad(`an entry of ${file} lacks ruleId, messageId, fingerprint or a positive count`);
    }
  }
  return { version: BASELINE_VERSION, files };
}
function baselineOf(findings, cwd, baselineDir) {
  const files = {};
  for (const f of findings) {
    if (!recordable(f)) continue;
    const byPrint = files[fileKey(f.file, cwd, baselineDir)] ??= /* @__PURE__ */ new Map();
    const known = byPrint.get(f.fingerprint);
    if (known) known.count++;
    else {
      const resource2 = resourceText(f.resource);
      byPrint.set(f.fingerprint, { ruleId: f.ruleId, messageId: f.messageId, ...resource2 ? { resource: resource2 } : {}, fingerprint: f.fingerprint, count: 1 });
    }
  }
  return { version: BASELINE_VERSION, files: Object.fromEntries(Object.entries(files).map(([k, m]) => [k, [...m.values()]])) };
}
function applyBaseline(findings, baseline, cwd, baselineDir, shown4) {
  const left = /* @__PURE__ */ new Map();
  for (const [file, entries] of Object.entries(baseline.files)) {
    const m = /* @__PURE__ */ new Map();
    for (const e of entries) m.set(e.fingerprint, (m.get(e.fingerprint) ?? 0) + e.count);
    left.set(file, m);
  }
  const used = /* @__PURE__ */ new Map();
  let matched = 0;
  for (const f of findings) {
    if (!recordable(f)) continue;
    const key = fileKey(f.file, cwd, baselineDir);
    const n = left.get(key)?.get(f.fingerprint) ?? 0;
    if (n <= 0) continue;
    left.get(key).set(f.fingerprint, n - 1);
    const u = used.get(key) ?? /* @__PURE__ */ new Map();
    u.set(f.fingerprint, (u.get(f.fingerprint) ?? 0) + 1);
    used.set(key, u);
    f.suppressions = [{ kind: "external", via: "baseline", file: shown4 }];
    matched++;
  }
  const files = {};
  for (const [file, entries] of Object.entries(baseline.files)) {
    const u = used.get(file);
    if (!u) continue;
    const keep = [];
    for (const e of entries) {
      const n = Math.min(e.count, u.get(e.fingerprint) ?? 0);
      if (n <= 0) continue;
      u.set(e.fingerprint, (u.get(e.fingerprint) ?? 0) - n);
      keep.push({ ...e, count: n });
    }
    if (keep.length > 0) files[file] = keep;
  }
  return { kept: { version: BASELINE_VERSION, files }, matched };
}
function baselineSize(b) {
  return Object.values(b.files).reduce((n, entries) => n + entries.reduce((m, e) => m + e.count, 0), 0);
}
var cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function serializeBaseline(b) {
  const files = Object.keys(b.files).sort(cmp);
  const lines = ["{", `  "version": ${BASELINE_VERSION},`, `  "files": {${files.length === 0 ? "}" : ""}`];
  files.forEach((file, i) => {
    const entries = [...b.files[file]].sort((x, y) => cmp(x.ruleId, y.ruleId) || cmp(x.resource ?? "", y.resource ?? "") || cmp(x.messageId, y.messageId) || cmp(x.fingerprint, y.fingerprint));
    lines.push(`    ${JSON.stringify(file)}: [`);
    entries.forEach((e, j) => {
      const fields = { ruleId: e.ruleId, messageId: e.messageId, ...e.resource ? { resource: e.resource } : {}, fingerprint: e.fingerprint, count: e.count };
      const body = Object.entries(fields).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(", ");
      lines.push(`      { ${body} }${j < entries.length - 1 ? "," : ""}`);
    });
    lines.push(`    ]${i < files.length - 1 ? "," : ""}`);
  });
  if (files.length > 0) lines.push("  }");
  lines.push("}", "");
  return lines.join("\n");
}

// src/lint.ts
async function lint2(request) {
  const o = request.options ?? {};
  const cwd = path9.resolve(o.cwd ?? process.cwd());
  const known = new Set(RULES.map((r) => r.meta.id));
  for (const id of [...o.onlyRules ?? [], ...o.disableRules ?? []]) {
    if (!known.has(id)) {
      const near = closest(id, known);
      throw new UsageError(`unknown rule id "${id}"${near ? `: did you mean "${near}"?` : ""} (drainlint rules lists them)`);
    }
  }
  const config = readConfig(cwd, o.config, known);
  if (o.meshConfig) config.meshConfig = [...config.meshConfig, ...o.meshConfig.map((m) => path9.resolve(cwd, m))];
  if (o.gatewayValues) config.gatewayValues = [...config.gatewayValues, ...o.gatewayValues.map((m) => path9.resolve(cwd, m))];
  if (o.istioVersion) {
    config.istioVersion = checkVersion(o.istioVersion, "Istio");
    config.versionOrigins = { ...config.versionOrigins, istio: { level: "config", source: "--istio-version" } };
  }
  if (o.kubernetesVersion) {
    config.kubernetesVersion = checkVersion(o.kubernetesVersion, "Kubernetes");
    config.versionOrigins = { ...config.versionOrigins, kubernetes: { level: "config", source: "--k8s-version" } };
  }
  if (o.inferVersions === false) config.inferVersions = false;
  if (o.assumeInjected) config.assumeInjected = true;
  if (o.defaultNamespace) config.defaultNamespace = o.defaultNamespace;
  const rules = RULES.filter((r) => (!o.onlyRules || o.onlyRules.includes(r.meta.id)) && !(o.disableRules ?? []).includes(r.meta.id));
  const baseline = baselinePlan(cwd, o);
  const stdin = o.stdin;
  let targets;
  const explained = /* @__PURE__ */ new Map();
  const engineRequest = {
    cwd,
    paths: request.paths ?? (request.texts ? [] : ["."]),
    texts: request.texts,
    config,
    meshConfigFiles: config.meshConfig,
    gatewayValuesFiles: config.gatewayValues,
    rules,
    stdinFilename: stdin?.filename,
    readStdin: stdin ? async () => Buffer.from(await stdin.read()) : void 0,
    onWorkload: o.explain ? (rw, versions) => {
      targets ??= targetVersions2(versions);
      explained.set(rw.workload, explainWorkload(rw, targets));
    } : void 0,
    suppression: { inline: o.inlineSuppressions !== false, reportUnused: o.reportUnusedDisableDirectives === true, knownRules: known }
  };
  let outcome = await lint({ ...engineRequest, keepTexts: Boolean(o.fix) });
  let fixed;
  if (o.fix) {
    const read = outcome.texts;
    const again = (texts2) => {
      explained.clear();
      targets = void 0;
      const replaced = /* @__PURE__ */ new Map();
      for (const [file, input] of read) {
        const text2 = texts2.get(file) ?? input.text;
        if (!input.absPath) replaced.set("-", text2);
        else if (!input.inMemory) replaced.set(input.absPath, text2);
      }
      const inMemory = request.texts?.map((t) => ({ ...t, text: texts2.get(displayPath(cwd, path9.resolve(cwd, t.path))) ?? t.text }));
      return lint({ ...engineRequest, texts: inMemory, replaced });
    };
    const done = await fixPasses(outcome, { types: o.fixTypes ?? ["layout"], dryRun: o.fix === "dry-run", cwd, lint: again });
    fixed = done.files;
    const kept = new Set(fixed.filter((f) => f.status === "not-written").map((f) => f.file));
    outcome = kept.size === 0 ? done.outcome : await again(new Map(fixed.filter((f) => !kept.has(f.file)).map((f) => [f.file, f.output])));
  }
  const holdsMesh = new Set(outcome.meshFiles);
  const missing = new Set(outcome.missing.map((m) => path9.resolve(cwd, m)));
  for (const file of config.meshConfig) {
    if (!holdsMesh.has(file) && !missing.has(file)) {
      throw new UsageError(`the mesh config file ${path9.relative(cwd, file) || file} ${whyNoMeshConfig(file)}: --mesh-config (or meshConfig in the configuration file) takes an IstioOperator, the istio ConfigMap, Helm values with meshConfig:, or the istiod Deployment`);
    }
  }
  const holdsGateway = new Set(outcome.gatewayValuesFiles);
  const ignored = new Set(outcome.ignored.map((m) => path9.resolve(cwd, m)));
  for (const file of config.gatewayValues) {
    if (!holdsGateway.has(file) && !missing.has(file) && !ignored.has(file)) {
      throw new UsageError(`the gateway values file ${path9.relative(cwd, file) || file} ${whyNoGatewayValues(file)}: --gateway-values (or gatewayValues in the configuration file) takes a values file of Istio's gateway Helm chart (YAML without apiVersion and kind)`);
    }
  }
  const complete = outcome.missing.length === 0 && !outcome.nothingRead;
  const used = baseline ? useBaseline(baseline, outcome.result, cwd, complete) : void 0;
  const result = { ...outcome.result, missing: outcome.missing, ignored: outcome.ignored, nothingRead: outcome.nothingRead, ...used ? { baseline: used } : {}, ...fixed ? { fixed } : {} };
  if (o.explain) {
    attachFindings(explained, outcome.result.findings.filter((f) => !f.suppressions), outcome.subjects);
    const all = [...explained.values()];
    result.workloads = o.explain === "with-findings" ? all.filter((x) => x.findings.length > 0) : all;
    result.targets = explainTargets(targets ?? targetVersions2(outcome.versions));
  }
  return result;
}
function baselinePlan(cwd, o) {
  const shownOf = (abs2) => path9.relative(cwd, abs2) || abs2;
  const fail = (e) => {
    throw e instanceof BaselineError ? new UsageError(e.message) : e;
  };
  if (o.writeBaseline !== void 0 && o.writeBaseline !== false) {
    if (o.pruneBaseline) throw new UsageError("--write-baseline and --prune-baseline do not go together: writing records every finding afresh");
    const abs2 = path9.resolve(cwd, typeof o.writeBaseline === "string" ? o.writeBaseline : DEFAULT_BASELINE);
    let read;
    if (existsSync3(abs2)) {
      try {
        read = parseBaseline(readFileSync4(abs2, "utf8"), shownOf(abs2));
      } catch {
        throw new UsageError(`will not overwrite ${shownOf(abs2)}: it is not a drainlint baseline (name a new file, or remove it first)`);
      }
    }
    return { abs: abs2, shown: shownOf(abs2), read, write: true, prune: false };
  }
  if (o.baseline === false) {
    if (o.pruneBaseline) throw new UsageError("--prune-baseline needs a baseline, and --no-baseline turns it off");
    return void 0;
  }
  const abs = path9.resolve(cwd, o.baseline ?? DEFAULT_BASELINE);
  if (!existsSync3(abs)) {
    if (o.baseline !== void 0) throw new UsageError(`the baseline ${shownOf(abs)} does not exist (write it with --write-baseline ${o.baseline})`);
    if (o.pruneBaseline) throw new UsageError(`--prune-baseline needs a baseline: ${DEFAULT_BASELINE} does not exist here (or name one with --baseline)`);
    return void 0;
  }
  try {
    return { abs, shown: shownOf(abs), read: readBaseline(abs, shownOf(abs)), write: false, prune: o.pruneBaseline === true };
  } catch (e) {
    return fail(e);
  }
}
function useBaseline(plan, result, cwd, complete) {
  const { findings } = result;
  const dir = path9.dirname(plan.abs);
  const write = (b) => {
    try {
      writeAtomically(plan.abs, serializeBaseline(b));
    } catch (e) {
      throw new UsageError(`cannot write the baseline ${plan.shown}: ${plainError(e)}`);
    }
  };
  const linted = new Set([...result.files, ...findings.map((f) => f.file)].map((f) => path9.relative(dir, path9.resolve(cwd, f)).split(path9.sep).join("/")));
  const withOthers = (b) => {
    const files = { ...b.files };
    for (const [file, entries] of Object.entries(plan.read?.files ?? {})) {
      if (!linted.has(file) && existsSync3(path9.resolve(dir, file))) files[file] = entries;
    }
    return { ...b, files };
  };
  if (plan.write) {
    if (!complete) return { file: plan.shown, matched: 0, entries: 0 };
    const fresh = withOthers(baselineOf(findings, cwd, dir));
    write(fresh);
    const { matched: matched2 } = applyBaseline(findings, fresh, cwd, dir, plan.shown);
    return { file: plan.shown, matched: matched2, entries: baselineSize(fresh), action: "written" };
  }
  const { kept, matched } = applyBaseline(findings, plan.read, cwd, dir, plan.shown);
  if (plan.prune && complete) {
    const pruned = withOthers(kept);
    write(pruned);
    return { file: plan.shown, matched, entries: baselineSize(pruned), action: "pruned", dropped: baselineSize(plan.read) - baselineSize(pruned) };
  }
  return { file: plan.shown, matched, entries: baselineSize(plan.read) };
}
function inputProblems(r, paths) {
  const out = r.missing.map((m) => `no such file or directory, or no match: ${safe(m)}`);
  if (r.files.length === 0 && r.skipped.length === 0 && r.findings.length === 0 && !paths.includes("-") && r.ignored.length === 0 && r.missing.length === 0) {
    out.push(`no manifests (*.yaml, *.yml) found in ${paths.map(safe).join(", ")}`);
  }
  if (r.nothingRead) {
    for (const f of r.findings) if (f.ruleId === "parse-error" && r.files.includes(f.file)) out.push(`cannot lint ${safe(f.file)}: ${safe(f.message)}`);
  }
  return out;
}
function failsAt(f, failOn) {
  return !f.suppressions && atOrAbove(f, failOn);
}
function atOrAbove(f, failOn) {
  return failOn !== "never" && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn];
}
function readConfig(cwd, explicit, known) {
  if (explicit === false) return emptyConfig(cwd);
  const file = explicit ?? findConfig(cwd);
  return file ? loadConfig(file, cwd, known) : emptyConfig(cwd);
}
function whyNoMeshConfig(file) {
  let text2;
  try {
    text2 = readFileSync4(file, "utf8");
  } catch (e) {
    return `cannot be read (${plainError(e)})`;
  }
  const error = (0, import_yaml11.parseAllDocuments)(text2, { prettyErrors: true }).flatMap((d) => "errors" in d ? d.errors : [])[0];
  if (error) return `is not valid YAML (line ${error.linePos?.[0].line ?? 1}: ${error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")})`;
  return "holds no mesh config";
}
function whyNoGatewayValues(file) {
  const why2 = whyNoMeshConfig(file);
  return why2 === "holds no mesh config" ? "holds no values mapping (a Kubernetes manifest, or nothing)" : why2;
}
function checkVersion(v, product) {
  if (!/^v?\d+\.\d+(\.\d+)?$/.test(v)) throw new UsageError(`the target ${product} version is a version such as 1.24 or 1.24.3, not "${v}"`);
  return v.replace(/^v/, "");
}

export {
  VERSION,
  plainError,
  UsageError,
  lint2 as lint,
  inputProblems,
  failsAt
};
