/**
 * Paths into a plainly written document's tokens (see token-values.ts): the ranges the library's
 * nodes would have, found without composing them. A run locates most documents it reads (every
 * finding, every related location); composing a document's node tree to find a few ranges costs
 * about as much as parsing it. The ranges are the composer's, to the offset: scalars' come from the
 * library's own scalar reader, collections' follow the composer's bookkeeping (a test compares them,
 * path by path, with the composed document's over every fixture).
 */
import type { CST } from 'yaml';
import type { NodeAt, Path, PathAt } from './path-at.js';
import type { PlainReader } from './token-values.js';

type MapItem = CST.BlockMap['items'][number];
type SeqItem = CST.BlockSequence['items'][number];

/** Walks a plain document's tokens along `path`, as `astAt` walks its composed nodes. */
export function tokensAt(doc: CST.Document, path: Path, reader: PlainReader): PathAt {
  // Ranges are worked out for the node reached and its key only: a collection's end takes a walk
  // down its last entries.
  let token: CST.Token | undefined = doc.value;
  let keyToken: CST.Token | undefined;
  /** An absent value: the tokens before where its empty node sits. */
  let emptyAfter: CST.SourceToken[] | undefined;
  let depth = 0;
  for (const seg of path) {
    if (token?.type === 'block-map') {
      const item = token.items.find((it) => it.key && it.sep && reader.keyString(it.key) === String(seg));
      if (!item) break;
      keyToken = item.key!;
      emptyAfter = item.sep;
      token = item.value;
    } else if (token?.type === 'block-seq' && typeof seg === 'number') {
      const item = token.items.filter(isSeqEntry)[seg];
      if (!item) break;
      keyToken = undefined;
      emptyAfter = item.start;
      token = item.value;
    } else if (token?.type === 'flow-collection' && typeof seg === 'number') {
      const item = token.items[seg];
      if (!item?.value) break;
      keyToken = undefined;
      token = item.value;
    } else {
      break;
    }
    depth++;
  }
  const node = token ? nodeAt(token, reader) : emptyAfter ? emptyAt(emptyAfter) : null;
  return { node, key: keyToken ? nodeAt(keyToken, reader) : null, depth, contents: () => (doc.value ? nodeAt(doc.value, reader) : null), start: doc.offset };
}

/** The range (and, for a scalar, how it is written) of a node of a plain document. */
function nodeAt(token: CST.Token, reader: PlainReader): NodeAt {
  if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
    const [end, trailing] = collectionEnds(token, reader);
    return { range: [token.offset, end, trailing] };
  }
  return reader.scalarAt(token);
}

/** A sequence entry (an item with its `-`), not the comments after the last one. */
function isSeqEntry(item: SeqItem): boolean {
  return item.start.some((t) => t.type === 'seq-item-ind');
}

/**
 * An absent value, where the composer puts its empty node: after the indicator and the spaces that
 * follow it; a comment after the indicator extends its trailing end to the end of `before`.
 */
function emptyAt(before: CST.SourceToken[]): NodeAt {
  const end = endOf(before);
  let at = end;
  let comment = false;
  for (let i = before.length - 1; i >= 0; --i) {
    const t = before[i]!;
    if (t.type === 'space' || t.type === 'comment' || t.type === 'newline') {
      if (t.type === 'comment') comment = true;
      at -= t.source.length;
      continue;
    }
    for (let j = i + 1; before[j]?.type === 'space'; j++) at += before[j]!.source.length;
    break;
  }
  return { range: [at, at, comment ? end : at], scalar: { type: 'PLAIN', source: '', value: null } };
}

/** Where a run of tokens ends. */
function endOf(tokens: CST.SourceToken[]): number {
  const last = tokens[tokens.length - 1]!;
  return last.offset + last.source.length;
}

/** A collection's range[1] and range[2], as the composer counts them. */
function collectionEnds(token: CST.BlockMap | CST.BlockSequence | CST.FlowCollection, reader: PlainReader): [number, number] {
  if (token.type === 'flow-collection') {
    const [close, ...after] = token.end;
    const end = close!.offset + close!.source.length;
    return [end, after.reduce((at, t) => at + t.source.length, end)];
  }
  let offset = token.offset;
  let commentEnd: number | undefined;
  for (const item of token.items) {
    const value = item.value;
    if (token.type === 'block-map' ? !(item as MapItem).key && !(item as MapItem).sep : !isSeqEntry(item as SeqItem)) {
      // Comments after the last entry (the plain subset has them nowhere else).
      commentEnd = item.start.length > 0 ? endOf(item.start) : offset;
      continue;
    }
    const before = token.type === 'block-map' ? (item as MapItem).sep! : item.start;
    offset = value ? nodeEnd(value, reader) : emptyAt(before).range[2];
  }
  return [offset, commentEnd ?? offset];
}

/** Where a node ends with what trails it (range[2]). */
function nodeEnd(token: CST.Token, reader: PlainReader): number {
  if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') return collectionEnds(token, reader)[1];
  return reader.scalarAt(token).range[2];
}
