/** A file's line index answers every position as yaml's LineCounter fed the same line starts does. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineCounter } from 'yaml';
import { LineIndex } from '../src/yaml/lines.js';

function lineCounter(text: string): LineCounter {
  const lc = new LineCounter();
  lc.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lc.addNewLine(i + 1);
  return lc;
}

describe('LineIndex', () => {
  const texts = ['', '\n', 'a', 'a\n', '\n\n\n', 'kind: Pod\r\nmetadata:\r\n  name: x\r\n', 'apiVersion: v1\nkind: Service\n\n---\nkind: x\n  deep: "é\\n"\nlast'];
  for (const text of texts) {
    it(`every offset of ${JSON.stringify(text).slice(0, 30)}`, () => {
      const expected = lineCounter(text);
      const index = new LineIndex(text);
      // Past the end too, and in no particular order: the index is built on the first question.
      const offsets = [text.length + 2, ...Array.from({ length: text.length + 2 }, (_, i) => i), -1];
      for (const offset of offsets) assert.deepEqual(index.linePos(offset), expected.linePos(offset), `offset ${offset}`);
    });
  }

  it('positions of a 100,000-line text', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `k${i}: ${'v'.repeat(i % 13)}`).join('\n');
    const expected = lineCounter(text);
    const index = new LineIndex(text);
    for (let offset = 0; offset < text.length; offset += 997) assert.deepEqual(index.linePos(offset), expected.linePos(offset));
    // The last line is `k99999: vvv`: its last character in column 11.
    assert.deepEqual(index.linePos(text.length - 1), { line: 100_000, col: 11 });
  });
});
