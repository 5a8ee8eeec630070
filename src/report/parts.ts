/**
 * Reports written in parts: a run with tens of thousands of findings writes them as they are laid
 * out, instead of holding the whole report, its text and the bytes written all at once. The parts
 * joined are the text the format's one-string function returns, character for character.
 */

/** Parts are cut once they reach this many characters (at the end of an item). */
export const PART_SIZE = 64 * 1024;

/**
 * The text of `JSON.stringify(document, null, 2)` and a newline, where `document` is `skeleton`
 * with the array it writes last (written as `[]`, followed only by closing brackets) holding
 * `items`: each item is laid out when its part is.
 */
export function* jsonWithItems(skeleton: unknown, items: Iterable<unknown>, size = PART_SIZE): Generator<string> {
  const text = JSON.stringify(skeleton, null, 2);
  const at = text.lastIndexOf('[]');
  if (at < 0 || !/^[\s\]}]*$/.test(text.slice(at + 2))) throw new Error('jsonWithItems: the skeleton does not write its items array last');
  // JSON.stringify puts each item of an array on its own lines, two spaces deeper than the line the array opens on.
  const opening = text.slice(text.lastIndexOf('\n', at) + 1);
  const outer = /^ */.exec(opening)![0];
  const indent = `${outer}  `;
  let part = text.slice(0, at + 1);
  let first = true;
  for (const item of items) {
    // A JSON string holds no raw newline: every line of an item is indented the same.
    part += `${first ? '\n' : ',\n'}${indent}${JSON.stringify(item, null, 2).replace(/\n/g, `\n${indent}`)}`;
    first = false;
    if (part.length >= size) {
      yield part;
      part = '';
    }
  }
  yield `${part}${first ? '' : `\n${outer}`}${text.slice(at + 1)}\n`;
}

/** Lines joined by newlines, with a final one, in parts: `lines` yields each line as it is laid out. */
export function* linesInParts(lines: Iterable<string>, size = PART_SIZE): Generator<string> {
  let part = '';
  for (const line of lines) {
    part += `${line}\n`;
    if (part.length >= size) {
      yield part;
      part = '';
    }
  }
  if (part !== '') yield part;
}

/** Each item mapped when it is reached: a report's objects are made one at a time. */
export function* lazyMap<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}
