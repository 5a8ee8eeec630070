// src/code-cache.ts
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import vm from "node:vm";
function defaultCacheDir(env) {
  if (env["NODE_DISABLE_COMPILE_CACHE"]) return void 0;
  const uid = process.getuid?.();
  return path.join(os.tmpdir(), uid === void 0 ? "drainlint-code-cache" : `drainlint-code-cache-${uid}`);
}
function privateFolder(dir) {
  try {
    mkdirSync(dir, { recursive: true, mode: 448 });
    const st = lstatSync(dir);
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
  const source = readFileSync(file, "utf8");
  const { size, mtimeMs } = statSync(file);
  const dir = cacheDir !== void 0 && privateFolder(cacheDir) ? cacheDir : void 0;
  const family = `${path.basename(file)}-${pathHash(file)}-${process.version}-${process.arch}-`;
  const cacheFile = dir === void 0 ? void 0 : path.join(dir, `${family}${size}-${Math.trunc(mtimeMs)}.bin`);
  let cachedData;
  if (cacheFile !== void 0) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, ...cachedData ? { cachedData } : {} });
  const cache = cacheFile === void 0 ? "off" : cachedData !== void 0 && !script.cachedDataRejected ? "hit" : "miss";
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  const save = () => {
    if (cache !== "miss" || cacheFile === void 0) return;
    try {
      const partial = `${cacheFile}.${process.pid}.partial`;
      writeFileSync(partial, script.createCachedData(), { mode: 384 });
      renameSync(partial, cacheFile);
      const stale = Date.now() - STALE_AFTER_MS;
      for (const f of readdirSync(dir)) {
        const p = path.join(dir, f);
        if (p !== cacheFile && (f.startsWith(family) || statSync(p).mtimeMs < stale)) rmSync(p, { force: true });
      }
    } catch {
    }
  };
  return { exports: module.exports, cache, save };
}
export {
  defaultCacheDir,
  loadBundle
};
