/**
 * The code cache the command line's bundle is compiled through (src/code-cache.ts): written after a
 * run that found none, used by the next, never used for another bundle, and never in the way when
 * it cannot be.
 */
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { defaultCacheDir, loadBundle } from '../src/code-cache.js';
import { tempDir } from './helpers/temp.js';

let dir: string;
let bundle: string;
let cacheDir: string;

before(() => {
  dir = tempDir('drainlint-code-cache-test-');
  bundle = path.join(dir, 'bundle.cjs');
  cacheDir = path.join(dir, 'cache');
  writeFileSync(bundle, "exports.answer = (x) => x * 2;\nexports.file = __filename;\nexports.builtin = typeof require('node:path').join;\n");
});
after(() => rmSync(dir, { recursive: true, force: true }));

const load = (cache: string | undefined = cacheDir) => loadBundle<{ answer(x: number): number; file: string; builtin: string }>(bundle, cache);

describe('the code cache', () => {
  it('runs the file as CommonJS: exports, __filename, require', () => {
    const { exports } = load(undefined);
    assert.deepEqual([exports.answer(21), exports.file, exports.builtin], [42, bundle, 'function']);
  });

  it('misses on the first run, is written when the run is done, and hits on the next', () => {
    const first = load();
    assert.equal(first.cache, 'miss');
    assert.deepEqual(readdirSync(cacheDir), []);
    first.exports.answer(1);
    first.save();
    assert.equal(readdirSync(cacheDir).length, 1);
    const second = load();
    assert.equal(second.cache, 'hit');
    assert.equal(second.exports.answer(2), 4);
    second.save();
    assert.equal(readdirSync(cacheDir).length, 1, 'a hit writes nothing');
  });

  it('a changed bundle gets its own entry, and the old one is removed', () => {
    const before = readdirSync(cacheDir);
    writeFileSync(bundle, "exports.answer = (x) => x * 3;\nexports.file = __filename;\nexports.builtin = 'none';\n");
    const changed = load();
    assert.equal(changed.cache, 'miss');
    assert.equal(changed.exports.answer(2), 6);
    changed.save();
    const after = readdirSync(cacheDir);
    assert.equal(after.length, 1);
    assert.notEqual(after[0], before[0]);
  });

  it('a bundle of the same size changed in place misses (its time is part of the key)', () => {
    writeFileSync(bundle, "exports.answer = (x) => x * 4;\nexports.file = __filename;\nexports.builtin = 'none';\n");
    const t = new Date(Date.now() + 5000);
    utimesSync(bundle, t, t);
    const changed = load();
    assert.equal(changed.cache, 'miss');
    assert.equal(changed.exports.answer(2), 8);
  });

  it('two installs of the bundle keep an entry each', () => {
    const other = path.join(dir, 'other', 'bundle.cjs');
    mkdirSync(path.dirname(other));
    writeFileSync(other, 'exports.answer = () => 0;\n');
    load().save();
    const entries = readdirSync(cacheDir).length;
    loadBundle(other, cacheDir).save();
    assert.equal(readdirSync(cacheDir).length, entries + 1);
    assert.equal(load().cache, 'hit');
    assert.equal(loadBundle(other, cacheDir).cache, 'hit');
  });

  it('an entry unchanged for more than a week is removed when another is written', () => {
    const old = path.join(cacheDir, 'bundle.cjs-00000000-v0.0.0-x64-1-1.bin');
    writeFileSync(old, 'old');
    const week = new Date(Date.now() - 8 * 24 * 3600 * 1000);
    utimesSync(old, week, week);
    writeFileSync(bundle, 'exports.answer = (x) => x * 5;\n');
    load().save();
    assert.ok(!readdirSync(cacheDir).includes(path.basename(old)));
  });

  it('is off, and the run goes on, when the folder cannot be used', () => {
    const blocked = path.join(dir, 'a-file');
    writeFileSync(blocked, '');
    const off = load(path.join(blocked, 'cache'));
    assert.equal(off.cache, 'off');
    assert.equal(typeof off.exports.answer, 'function');
    off.save();
  });

  it('is off in a folder others can write to', { skip: process.getuid === undefined }, () => {
    const shared = path.join(dir, 'shared');
    load(shared);
    chmodSync(shared, 0o777);
    assert.equal(load(shared).cache, 'off');
  });

  it('NODE_DISABLE_COMPILE_CACHE turns it off; otherwise one folder a user in the temp folder', () => {
    assert.equal(defaultCacheDir({ NODE_DISABLE_COMPILE_CACHE: '1' }), undefined);
    const uid = process.getuid?.();
    assert.equal(defaultCacheDir({}), path.join(os.tmpdir(), uid === undefined ? 'drainlint-code-cache' : `drainlint-code-cache-${uid}`));
  });
});
