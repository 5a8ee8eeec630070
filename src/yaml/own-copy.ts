/**
 * V8 keeps a slice of a string (13 characters or more) as a pointer into the whole string: a
 * document's text is a slice of its file's, and every string value the parser reads is a slice of
 * the document's. Whatever outlives the parse (a kept document's text, a resource's name that a
 * finding names) is copied, so that it does not hold the text it was read from.
 */
export function ownCopy(slice: string): string {
  // A concatenation is copied into a string of its own when it is first read.
  const copy = `${slice}\n`;
  copy.charCodeAt(0);
  return copy.slice(0, -1);
}
