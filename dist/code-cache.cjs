"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/code-cache.ts
var code_cache_exports = {};
__export(code_cache_exports, {
  defaultCacheDir: () => defaultCacheDir,
  loadBundle: () => loadBundle
});
module.exports = __toCommonJS(code_cache_exports);
var import_node_fs = require("node:fs");
var import_node_module = __toESM(require("node:module"), 1);
var import_node_os = __toESM(require("node:os"), 1);
var import_node_path = __toESM(require("node:path"), 1);
var import_node_vm = __toESM(require("node:vm"), 1);
function defaultCacheDir(env) {
  if (env["NODE_DISABLE_COMPILE_CACHE"]) return void 0;
  const uid = process.getuid?.();
  return import_node_path.default.join(import_node_os.default.tmpdir(), uid === void 0 ? "drainlint-code-cache" : `drainlint-code-cache-${uid}`);
}
function privateFolder(dir) {
  try {
    (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
    const st = (0, import_node_fs.lstatSync)(dir);
    const uid = process.getuid?.();
    return st.isDirectory() && (uid === void 0 || st.uid === uid && (st.mode & 18) === 0);
  } catch {
    return false;
  }
}
var STALE_AFTER_MS = 7 * 24 * 3600 * 1e3;
function pathHash(file) {
  let h = 2166136261;
  for (let i = 0; i < file.length; i++) h = Math.imul(h ^ file.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, "0");
}
function loadBundle(file, cacheDir) {
  const source = (0, import_node_fs.readFileSync)(file, "utf8");
  const { size, mtimeMs } = (0, import_node_fs.statSync)(file);
  const dir = cacheDir !== void 0 && privateFolder(cacheDir) ? cacheDir : void 0;
  const family = `${import_node_path.default.basename(file)}-${pathHash(file)}-${process.version}-${process.arch}-`;
  const cacheFile = dir === void 0 ? void 0 : import_node_path.default.join(dir, `${family}${size}-${Math.trunc(mtimeMs)}.bin`);
  let cachedData;
  if (cacheFile !== void 0) {
    try {
      cachedData = (0, import_node_fs.readFileSync)(cacheFile);
    } catch {
    }
  }
  const script = new import_node_vm.default.Script(import_node_module.default.wrap(source), { filename: file, ...cachedData ? { cachedData } : {} });
  const cache = cacheFile === void 0 ? "off" : cachedData !== void 0 && !script.cachedDataRejected ? "hit" : "miss";
  const module2 = { exports: {} };
  script.runInThisContext()(module2.exports, (0, import_node_module.createRequire)(file), module2, file, import_node_path.default.dirname(file));
  const save = () => {
    if (cache !== "miss" || cacheFile === void 0) return;
    try {
      const partial = `${cacheFile}.${process.pid}.partial`;
      (0, import_node_fs.writeFileSync)(partial, script.createCachedData(), { mode: 384 });
      (0, import_node_fs.renameSync)(partial, cacheFile);
      const stale = Date.now() - STALE_AFTER_MS;
      for (const f of (0, import_node_fs.readdirSync)(dir)) {
        const p = import_node_path.default.join(dir, f);
        if (p !== cacheFile && (f.startsWith(family) || (0, import_node_fs.statSync)(p).mtimeMs < stale)) (0, import_node_fs.rmSync)(p, { force: true });
      }
    } catch {
    }
  };
  return { exports: module2.exports, cache, save };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  defaultCacheDir,
  loadBundle
});
