/** Text edits on YAML paths: the exact text after each, and the edits refused (undefined) where a change by line is unsafe. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { removeKey, scalarSource, setScalar } from '../../src/fix/yaml-edit.js';
import { rewriteHost } from '../../src/fix/embedded.js';
import { applyFix } from '../../src/fix/apply.js';

describe('setScalar', () => {
  it('replaces a value in place, keeping the comment after it', () => {
    assert.equal(setScalar('a:\n  b: 1   # one\n  c: 2\n', ['a', 'b'], '"1s"'), 'a:\n  b: "1s"   # one\n  c: 2\n');
  });
  it('fills an empty value', () => {
    assert.equal(setScalar('a:\nb: 2\n', ['a'], '"x"'), 'a: "x"\nb: 2\n');
  });
  it('adds the missing maps at the end of the deepest one there is, at its indentation', () => {
    assert.equal(setScalar('spec:\n    replicas: 1\n    other: x\nkind: K\n', ['spec', 'template', 'spec', 'g'], '60'), 'spec:\n    replicas: 1\n    other: x\n    template:\n      spec:\n        g: 60\nkind: K\n');
  });
  it('adds to a flow map in its style (JSON keys stay quoted), nested maps in flow style', () => {
    assert.equal(setScalar('{"a": "1"}', ['proxyMetadata', 'EZ'], '"true"'), '{"a": "1", "proxyMetadata": {"EZ": "true"}}');
    assert.equal(setScalar('{}', ['a'], '"1"'), '{a: "1"}');
  });
  it('refuses to write into a list or over a mapping', () => {
    assert.equal(setScalar('a:\n  - 1\n', ['a', 'b'], '2'), undefined);
    assert.equal(setScalar('a:\n  b: 1\n', ['a'], '2'), undefined);
  });
  it('re-indents the continuation lines of a block scalar moved deeper, with the comment lines above it', () => {
    const moved = scalarSource('m:\n  # why\n  k: |\n    x: 1\n    y: 2\n', ['m', 'k'])!;
    assert.deepEqual(moved, { source: '|\n    x: 1\n    y: 2\n', keyColumn: 2, comments: ['# why'] });
    assert.equal(setScalar('t:\n  s:\n    n: 1\n', ['t', 's', 'k'], moved.source, moved.keyColumn, moved.comments), 't:\n  s:\n    n: 1\n    # why\n    k: |\n      x: 1\n      y: 2\n');
  });
});

describe('removeKey', () => {
  it('removes the key with its value, its trailing comment and the comment lines above it', () => {
    assert.equal(removeKey('a:\n  # about b\n  b: |\n    x\n  c: 1 # stays\n', ['a', 'b']), 'a:\n  c: 1 # stays\n');
  });
  it('removes a map it leaves empty, with its key', () => {
    assert.equal(removeKey('metadata:\n  name: x\n  annotations:\n    k: v\nspec: {}\n', ['metadata', 'annotations', 'k']), 'metadata:\n  name: x\nspec: {}\n');
  });
  it('removes the last line of a text without a final newline without adding one', () => {
    assert.equal(removeKey('a: 1\nb: 2', ['b']), 'a: 1');
  });
  it('removes an entry of a flow map with its comma', () => {
    assert.equal(removeKey('{"a": 1, "b": 2}', ['a']), '{"b": 2}');
    assert.equal(removeKey('{"a": 1, "b": 2}', ['b']), '{"a": 1}');
  });
  it('refuses a key that shares its line with a sequence dash', () => {
    assert.equal(removeKey('- name: x\n  k: v\n', [0, 'name']), undefined);
  });
});

describe('YAML held in a scalar', () => {
  it('a literal block scalar keeps its header and indentation, |- gets no final newline', () => {
    assert.equal(rewriteHost('m: |-\n    a: 1\nn: 2\n', ['m'], 'a: 1\nb: 2'), 'm: |-\n    a: 1\n    b: 2\nn: 2\n');
    assert.equal(rewriteHost('m: |2\n     a: 1\n', ['m'], '   a: 2\n'), 'm: |2\n     a: 2\n');
  });
  it('a quoted one-line scalar keeps its quoting; a folded one or a new line is refused', () => {
    assert.equal(rewriteHost(`m: '{"a": "it''s"}'\n`, ['m'], `{"a": "it's", "b": "1"}`), `m: '{"a": "it''s", "b": "1"}'\n`);
    assert.equal(rewriteHost('m: "{}"\n', ['m'], '{"a": "1"}'), 'm: "{\\"a\\": \\"1\\"}"\n');
    assert.equal(rewriteHost('m: >\n  a: 1\n', ['m'], 'a: 2\n'), undefined);
    assert.equal(rewriteHost("m: '{}'\n", ['m'], 'a: 1\nb: 2'), undefined);
  });
});

describe('applyFix', () => {
  it('applies every edit or none: a fix with one edit that cannot be made leaves the text as it was', () => {
    const text = 'a:\n  b: 1\n---\nc: 2\n';
    assert.equal(applyFix(text, { type: 'layout', edits: [{ op: 'set', at: { doc: 1, path: ['c'] }, text: '3' }] }), 'a:\n  b: 1\n---\nc: 3\n');
    assert.equal(applyFix(text, { type: 'layout', edits: [{ op: 'set', at: { doc: 1, path: ['c'] }, text: '3' }, { op: 'remove', at: { doc: 0, path: ['x'] } }] }), undefined);
    assert.equal(applyFix(text, { type: 'layout', edits: [{ op: 'set', at: { doc: 2, path: ['c'] }, text: '3' }] }), undefined);
  });
  it('refuses a result that does not parse', () => {
    assert.equal(applyFix('a: 1\n', { type: 'layout', edits: [{ op: 'set', at: { doc: 0, path: ['a'] }, text: '"unclosed' }] }), undefined);
  });
});
