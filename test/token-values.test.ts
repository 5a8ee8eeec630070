/**
 * Documents read plainly from their tokens (src/yaml/token-values.ts, token-paths.ts) must read as
 * the library reads them: where the plain reading answers, the composed document has no error and
 * no repeated key, `toJS()` gives the same value, and every path's node and key ranges are the
 * composed nodes'. Checked over every fixture, a generated corpus and edited variants of the
 * fixtures (edits that break the plain subset in every way we know of).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { duplicateKey, parseForValue, parseOptions, plainAt, toValue } from '../src/yaml/read.js';
import { astAt } from '../src/yaml/paths.js';
import { documentChunks } from '../src/parse.js';
import { fixtureTexts } from './fuzz/harness.js';
import { corpus } from '../bench/corpus.js';
import type { Path } from '../src/types.js';
import { ROOT as root } from './helpers/rule-tester.js';


function documents(texts: string[]): string[] {
  return texts.flatMap((t) => documentChunks(t).map(([s, e]) => t.slice(s, e)));
}

/** Every path of a value, plus one that goes past each node (a missing key, an index past the end). */
function* pathsOf(value: unknown, prefix: Path = []): Generator<Path> {
  yield prefix;
  yield [...prefix, 'missing'];
  if (Array.isArray(value)) {
    yield [...prefix, value.length];
    for (let i = 0; i < value.length; i++) yield* pathsOf(value[i], [...prefix, i]);
  } else if (value !== null && typeof value === 'object') {
    for (const k of Object.keys(value)) yield* pathsOf((value as Record<string, unknown>)[k], [...prefix, k]);
  }
}

/** Checks one text; returns whether it was read plainly. */
function checkDocument(text: string): boolean {
  let plain: ReturnType<typeof parseForValue>;
  try {
    plain = parseForValue(text);
  } catch {
    return false;
  }
  if (plain.doc) return false;
  const doc = parseDocument(text, parseOptions(text));
  const where = `in ${JSON.stringify(text.slice(0, 300))}`;
  assert.deepEqual(doc.errors.map((e) => e.message), [], `the library reports an error ${where}`);
  assert.equal(duplicateKey(doc), undefined, `the library finds a repeated key ${where}`);
  assert.deepStrictEqual(plain.value, toValue(doc), `the values differ ${where}`);
  for (const p of pathsOf(plain.value)) {
    const a = astAt(doc, p);
    const b = plainAt(plain.cst, p);
    assert.deepStrictEqual({ ...b, contents: b.contents() }, { ...a, contents: a.contents() }, `the locations of ${JSON.stringify(p)} differ ${where}`);
  }
  return true;
}

test('every fixture and a generated corpus read plainly as the library reads them', () => {
  const fixtures = documents([...fixtureTexts(root), ...ruleDocs()]);
  const generated = documents(readAll(corpus('S', 7).dir));
  let plain = 0;
  for (const d of [...fixtures, ...generated]) if (checkDocument(d)) plain++;
  // Most manifests are plain; the rest (anchors, tags, templates…) are composed.
  assert.ok(plain > 0.8 * (fixtures.length + generated.length), `only ${plain} of ${fixtures.length + generated.length} documents were read plainly`);
  assert.ok(plain < fixtures.length + generated.length, 'some fixtures leave the plain subset');
});

/** Edits that leave, or stay in, the plain subset: each is inserted at a line start or mid-line. */
const EDITS = ['\t', '&a ', '*a', '!!str ', '!custom ', '? ', '<<: ', '<<: *a\n', '# c', '#c', ' #', "'", '"', '\\', '- ', '-', '{', '}', '[', ']', '[a, b]', '{a: 1}', '{}', '[]', ':', ': ', ',', '|\n', '>-\n', ' ', '  ', '\n', '\n\n', '---\n', '...\n', '%YAML 1.2\n', 'yes', '~', 'null', '0x1F', '1_000', '1:30', '.inf', '__proto__: x\n', 'key: 1\nkey: 2\n', '"a\\tb"', "'it''s'", '"\\u00e9"', 'a\n  b', '@', '`', '%', '\r\n', '\ufeff'];

test('edited fixtures: whatever is read plainly the library reads the same, without an error', () => {
  const docs = documents(fixtureTexts(root)).filter((d) => d.length < 4000);
  let plain = 0;
  let composed = 0;
  fc.assert(
    fc.property(fc.nat(docs.length - 1), fc.nat(), fc.constantFrom(...EDITS), fc.nat(3), (d, at, edit, how) => {
      const text = docs[d]!;
      const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)];
      const pos = how === 0 ? lineStarts[at % lineStarts.length]! : at % (text.length + 1);
      const edited = how === 3 ? text.slice(0, pos) + text.slice(pos + 1 + (at % 5)) : text.slice(0, pos) + edit + text.slice(pos);
      if (checkDocument(edited)) plain++;
      else composed++;
    }),
    { seed: 20261207, numRuns: 3000 },
  );
  // Both sides were exercised.
  assert.ok(plain > 300 && composed > 300, `plain ${plain}, composed ${composed}`);
});

test('what the plain reading leaves to the library', () => {
  const composed = ['a: &x 1\nb: *x\n', 'a: !!str 1\n', '<<: {a: 1}\nb: 2\n', '? a\n: 1\n', 'a:\tb\n', 'a: 1\na: 2\n', 'a: {b: 1}\n', 'a: [b,\n  c]\n', '%YAML 1.2\n---\na: 1\n', '- a\n- b\n', 'a\n', '"a\n b": 1\n', 'a: "b\\qc"\n', 'a: {{ .Values.x }}\n'];
  for (const text of composed) {
    const parsed = text.includes('{{') ? { doc: true } : parseForValue(text);
    assert.ok(parsed.doc, `read plainly: ${JSON.stringify(text)}`);
  }
});

test('plain values: YAML 1.1 scalars, keys as the library names them, inherited names as own keys', () => {
  const read = (text: string) => {
    const parsed = parseForValue(text);
    assert.equal(parsed.doc, undefined, `composed: ${JSON.stringify(text)}`);
    return parsed.doc ? undefined : parsed.value;
  };
  assert.deepStrictEqual(read('yes: on\n1: 0x10\n~: .inf\n"q": \'s\'\nempty:\nlist: ["a", b, 3]\nobj: {}\nblock: |\n  x\n'), { true: true, '1': 16, '': Infinity, q: 's', empty: null, list: ['a', 'b', 3], obj: {}, block: 'x\n' });
  const proto = read('__proto__: x\nconstructor: y\n') as Record<string, unknown>;
  assert.deepStrictEqual(Object.keys(proto), ['__proto__', 'constructor']);
  assert.equal(Object.getPrototypeOf(proto), Object.prototype);
  assert.equal(checkDocument('__proto__: x\nconstructor: y\n'), true);
});

function readAll(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
}

/** The YAML examples of the rule folders (their README examples are linted as fixtures are). */
function ruleDocs(): string[] {
  const dir = path.join(root, 'rules');
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
}
