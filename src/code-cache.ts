/**
 * Loads the command line's bundle (dist/cli.cjs, one CommonJS file) through a V8 code cache, so that
 * a run does not parse and compile again what the run before it compiled: about half of what a
 * one-file run adds to Node's start goes there otherwise.
 *
 * The cache is written after the run, so it holds every function the run compiled (the YAML parser,
 * the resolver, the rules, the formatter), not only the code compiled on load: Node's own compile
 * cache (`module.enableCompileCache()`, Node ≥ 22.1) stores a module as compiled on load, and Node 20
 * has none for ES modules. It lives in a folder of the user's own under the temp folder, one file per
 * installed bundle and Node version, written by the first run that finds none (what a later run needs
 * beyond it, it compiles as it would without a cache). V8 refuses data made by another V8 version,
 * under other V8 flags, or for a source of another length; the file name also carries the bundle's
 * size and modification time, so an upgraded bundle never meets old data.
 * `NODE_DISABLE_COMPILE_CACHE=1` turns it off, as it turns off Node's.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

export interface LoadedBundle<T> {
  exports: T;
  /** `hit`: compiled from the cache; `miss`: no cache yet, or V8 refused it; `off`: no cache folder to use. */
  cache: 'hit' | 'miss' | 'off';
  /** Writes the code compiled so far to the cache when it missed. Call it when the run is done; it never throws. */
  save(): void;
}

/** The cache folder: `drainlint-code-cache-<uid>` in the temp folder; none with `NODE_DISABLE_COMPILE_CACHE`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (env['NODE_DISABLE_COMPILE_CACHE']) return undefined;
  const uid = process.getuid?.();
  return path.join(os.tmpdir(), uid === undefined ? 'drainlint-code-cache' : `drainlint-code-cache-${uid}`);
}

/**
 * Whether `dir` is a folder only this user can write (created when missing). Code read from a cache
 * runs as it is, so a folder that someone else could have put files in is not used.
 */
function privateFolder(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = lstatSync(dir);
    const uid = process.getuid?.();
    return st.isDirectory() && (uid === undefined || (st.uid === uid && (st.mode & 0o022) === 0));
  } catch {
    return false;
  }
}

/** How long an entry may stay unchanged before a run of another install removes it. */
const STALE_AFTER_MS = 7 * 24 * 3600 * 1000;

/** 32-bit FNV-1a of a path, in hex: names the cache entries of one installed bundle. */
function pathHash(file: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) h = Math.imul(h ^ file.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Runs a CommonJS file as `require()` would, compiled with the cached code from `cacheDir` when there is some. */
export function loadBundle<T>(file: string, cacheDir: string | undefined): LoadedBundle<T> {
  const source = readFileSync(file, 'utf8');
  const { size, mtimeMs } = statSync(file);
  const dir = cacheDir !== undefined && privateFolder(cacheDir) ? cacheDir : undefined;
  // One family of entries per installed bundle and Node version: two installs, or two Node versions,
  // may take turns on one machine without evicting each other.
  const family = `${path.basename(file)}-${pathHash(file)}-${process.version}-${process.arch}-`;
  const cacheFile = dir === undefined ? undefined : path.join(dir, `${family}${size}-${Math.trunc(mtimeMs)}.bin`);
  let cachedData: Buffer | undefined;
  if (cacheFile !== undefined) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // not written yet
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, ...(cachedData ? { cachedData } : {}) });
  const cache = cacheFile === undefined ? 'off' : cachedData !== undefined && !script.cachedDataRejected ? 'hit' : 'miss';
  const module = { exports: {} as T };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, path.dirname(file));
  const save = () => {
    if (cache !== 'miss' || cacheFile === undefined) return;
    try {
      // Written aside and renamed into place: runs that start meanwhile read all of it or nothing.
      const partial = `${cacheFile}.${process.pid}.partial`;
      writeFileSync(partial, script.createCachedData(), { mode: 0o600 });
      renameSync(partial, cacheFile);
      // What an older bundle left, what a run cut short left half written, and what an install that
      // is gone left (nothing says which: an entry unchanged for a week goes, and is written again by
      // its next run if its bundle is still there).
      const stale = Date.now() - STALE_AFTER_MS;
      for (const f of readdirSync(dir!)) {
        const p = path.join(dir!, f);
        if (p !== cacheFile && (f.startsWith(family) || statSync(p).mtimeMs < stale)) rmSync(p, { force: true });
      }
    } catch {
      // A cache that cannot be written only makes the next run slower.
    }
  };
  return { exports: module.exports, cache, save };
}
