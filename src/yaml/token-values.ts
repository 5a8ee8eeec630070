/**
 * A document's plain value read straight from the parser's tokens (the CST), without the library's
 * node tree and its conversion to plain values: those two steps were a third of a manifest's parse.
 * Locations walk the same tokens (token-paths.ts).
 *
 * Only the plain subset most manifests are written in is read this way: a top-level block mapping
 * of block mappings, block sequences, plain, quoted and block scalars and one-line flow sequences of
 * scalars (`command: ["sh", "-c"]`) or empty flow mappings, with single-line scalar keys. Anything
 * else — anchors, aliases, tags, merge keys, explicit keys, directives, tabs, a repeated key, a token
 * the subset does not know, a place where the library would report an error — is not read here:
 * `plainDocumentValue` says so, and the caller composes the same tokens with the library, which
 * reports what is wrong. Scalars are resolved by the library's own code (its CST scalar reader and
 * the YAML 1.1 schema's tags). A test checks, over every fixture and thousands of edited variants,
 * that whatever is read here the library reads to the same value, without an error.
 */
import { Composer, CST, isScalar, Parser, Document, type DocumentOptions, type ParseOptions, type SchemaOptions, type ScalarTag, type Schema } from 'yaml';
import type { NodeAt } from './path-at.js';

/** Returned where a document leaves the plain subset. */
const NOT_PLAIN: unique symbol = Symbol('not plain');
/** A value read, or NOT_PLAIN. */
type Read = unknown;

/** Nesting deeper than this is left to the library (which reports a document too deep to read). */
const MAX_DEPTH = 100;

/** The parser's tokens of a text (one document's, as the first pass cuts them). */
export function tokensOf(text: string): CST.Token[] {
  return Array.from(new Parser().parse(text));
}

/** What parseDocument() makes of a text, from its tokens already parsed. */
export function composeTokens(tokens: CST.Token[], text: string, options: ParseOptions & DocumentOptions & SchemaOptions): Document.Parsed {
  let first: Document.Parsed | undefined;
  // With logLevel 'silent' (every drainlint parse), parseDocument() keeps the first document and
  // ignores the rest without an error; a document cut by the first pass has one.
  for (const doc of new Composer(options).compose(tokens, true, text.length)) first ??= doc;
  return first!;
}

/**
 * The plain value of a document's tokens, as `doc.toJS()` of the composed document would give it,
 * or undefined where the tokens leave the plain subset (then compose them). `reader` holds the
 * schema the composer would use.
 */
export function plainDocumentValue(tokens: CST.Token[], reader: PlainReader): { value: unknown; cst: CST.Document } | undefined {
  let value: Read = NOT_PLAIN;
  let cst: CST.Document | undefined;
  for (const token of tokens) {
    if (token.type === 'document') {
      if (cst) return undefined;
      cst = token;
      value = reader.document(token);
      if (value === NOT_PLAIN) return undefined;
    } else if (token.type !== 'comment' && token.type !== 'newline' && !(token.type === 'space' && !token.source.includes('\t'))) {
      return undefined;
    }
  }
  return value === NOT_PLAIN || !cst ? undefined : { value, cst };
}

/**
 * Reads plain values with one schema's scalar tags. Made once per schema; holds no state of a
 * document (a run may share it).
 */
export class PlainReader {
  /** The tags a plain scalar may resolve to, in the composer's order: as a value, and as a key. */
  private readonly valueTags: ScalarTag[];
  private readonly keyTags: ScalarTag[];
  /** Matches where one of the tags' tests would: most plain scalars match none (one test, not a dozen). */
  private readonly anyValueTag: RegExp;
  private readonly anyKeyTag: RegExp;
  /** The options the composer hands a tag's resolve(). */
  private readonly options: Document['options'];

  constructor(schema: Schema, options: ParseOptions & DocumentOptions & SchemaOptions) {
    if (schema.compat) throw new Error('a schema with compat tags warns on some scalars: not read plainly');
    const scalarTags = schema.tags.filter((t): t is ScalarTag => !t.collection && t.test !== undefined);
    this.valueTags = scalarTags.filter((t) => t.default === true);
    this.keyTags = scalarTags.filter((t) => t.default === true || t.default === 'key');
    this.anyValueTag = anyOf(this.valueTags);
    this.anyKeyTag = anyOf(this.keyTags);
    this.options = new Document(undefined, options).options;
  }

  document(doc: CST.Document): Read {
    const start = props(doc.start, 'doc-start', true);
    if (start === INVALID || doc.value?.type !== 'block-map') return NOT_PLAIN;
    // A block collection on the `---` line itself is an error.
    if (start === FOUND) return NOT_PLAIN;
    if (!plainEnd(doc.end)) return NOT_PLAIN;
    return this.blockMap(doc.value, 0);
  }

  private node(token: CST.Token, depth: number): Read {
    switch (token.type) {
      case 'block-map':
        return this.blockMap(token, depth + 1);
      case 'block-seq':
        return this.blockSeq(token, depth + 1);
      case 'flow-collection':
        return this.flowCollection(token);
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
      case 'block-scalar':
        return this.scalar(token, false);
      default:
        return NOT_PLAIN;
    }
  }

  private blockMap(map: CST.BlockMap, depth: number): Read {
    if (depth > MAX_DEPTH) return NOT_PLAIN;
    const value: Record<string, unknown> = {};
    const items = map.items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (props(item.start, 'explicit-key-ind', true) !== NONE || 'explicitKey' in item) return NOT_PLAIN;
      const { key, sep } = item;
      if (!key && !sep) {
        // Comments after the last entry belong to the mapping; anywhere else they are an error.
        if (i !== items.length - 1) return NOT_PLAIN;
        continue;
      }
      if (!key || !sep || !isFlowScalar(key) || key.indent !== map.indent || multiline(key)) return NOT_PLAIN;
      const name = this.scalar(key, true);
      if (name === NOT_PLAIN) return NOT_PLAIN;
      const stringKey = name === null ? '' : String(name);
      // A repeated key: the library's reading reports it.
      const inherited = stringKey in value;
      if (inherited && Object.hasOwn(value, stringKey)) return NOT_PLAIN;
      const valueProps = props(sep, 'map-value-ind', false);
      if (valueProps === INVALID || (valueProps & FOUND) === 0) return NOT_PLAIN;
      let v: Read = null;
      if (item.value) {
        // A nested mapping must start on a line of its own.
        if (item.value.type === 'block-map' && (valueProps & NEWLINE) === 0) return NOT_PLAIN;
        v = this.node(item.value, depth);
        if (v === NOT_PLAIN) return NOT_PLAIN;
      }
      // As the library sets it: an own property even where the name is inherited (`__proto__`).
      if (inherited) Object.defineProperty(value, stringKey, { value: v, writable: true, enumerable: true, configurable: true });
      else value[stringKey] = v;
    }
    return value;
  }

  private blockSeq(seq: CST.BlockSequence, depth: number): Read {
    if (depth > MAX_DEPTH) return NOT_PLAIN;
    const value: unknown[] = [];
    for (const item of seq.items) {
      const start = props(item.start, 'seq-item-ind', true);
      if (start === INVALID) return NOT_PLAIN;
      if ((start & FOUND) === 0) {
        if (item.value) return NOT_PLAIN;
        continue; // comments
      }
      const v = item.value ? this.node(item.value, depth) : null;
      if (v === NOT_PLAIN) return NOT_PLAIN;
      value.push(v);
    }
    return value;
  }

  /** `[a, "b"]` on one line, or `{}`. */
  private flowCollection(fc: CST.FlowCollection): Read {
    const seq = fc.start.source === '[';
    const [close, ...after] = fc.end;
    if (close?.source !== (seq ? ']' : '}') || !plainEnd(after)) return NOT_PLAIN;
    if (!seq) return fc.items.length === 0 ? {} : NOT_PLAIN;
    const value: unknown[] = [];
    for (let i = 0; i < fc.items.length; i++) {
      const item = fc.items[i]!;
      if (item.key || item.sep || !item.value || !oneLineSeparator(item.start, i > 0)) return NOT_PLAIN;
      if (!isFlowScalar(item.value) || multiline(item.value)) return NOT_PLAIN;
      const v = this.scalar(item.value, false);
      if (v === NOT_PLAIN) return NOT_PLAIN;
      value.push(v);
    }
    return value;
  }

  /** A key as paths name it: String() of its value, as `walk` compares keys. */
  keyString(token: CST.Token): string | undefined {
    const v = this.scalar(token, true);
    return v === NOT_PLAIN ? undefined : String(v);
  }

  /** A scalar of a plain document: its range, style, text and value, as its composed node has them. */
  scalarAt(token: CST.Token): NodeAt {
    const r = CST.resolveAsScalar(token, false, () => {});
    if (r === null) return { range: [token.offset, token.offset, token.offset] };
    return { range: r.range, scalar: { type: r.type, source: r.value, value: this.scalar(token, false) } };
  }

  private scalar(token: CST.Token, atKey: boolean): Read {
    let text = token.type === 'block-scalar' ? undefined : oneLineText(token);
    if (text === undefined) {
      if (!isFlowScalar(token) && token.type !== 'block-scalar') return NOT_PLAIN;
      let problems = 0;
      const resolved = CST.resolveAsScalar(token, false, () => problems++);
      if (problems > 0 || resolved === null) return NOT_PLAIN;
      text = resolved.value;
    } else if (!plainEnd((token as CST.FlowScalar).end)) {
      return NOT_PLAIN;
    }
    // Quoted and block scalars are strings; a plain one takes the first tag whose test matches.
    if (token.type !== 'scalar' || !(atKey ? this.anyKeyTag : this.anyValueTag).test(text)) return text;
    for (const tag of atKey ? this.keyTags : this.valueTags) {
      if (tag.test!.test(text)) return this.resolve(tag, text);
    }
    return text;
  }

  /** A plain scalar's value by its tag; the merge key `<<` (a symbol) or an object is for the library to read. */
  private resolve(tag: ScalarTag, text: string): Read {
    let problems = 0;
    let res: unknown;
    try {
      res = tag.resolve(text, () => problems++, this.options);
    } catch {
      return NOT_PLAIN;
    }
    // Some tags resolve to a node holding the value (booleans, null), as the composer takes them.
    if (isScalar(res)) res = res.value;
    return problems > 0 || (res !== null && typeof res === 'object') || typeof res === 'symbol' ? NOT_PLAIN : res;
  }
}

/**
 * The value of a one-line scalar whose text needs no reading (no escapes, no folded lines, no
 * character a plain scalar may not start with), as the library's scalar reader gives it; else undefined.
 */
function oneLineText(token: CST.Token): string | undefined {
  if (!isFlowScalar(token)) return undefined;
  const src = token.source;
  if (src.includes('\n') || src.includes('\r')) return undefined;
  switch (token.type) {
    case 'scalar':
      return src.length > 0 && !PLAIN_START_PROBLEM.includes(src[0]!) ? src : undefined;
    case 'double-quoted-scalar':
      return src.length >= 2 && src.endsWith('"') && !src.includes('\\') ? src.slice(1, -1) : undefined;
    case 'single-quoted-scalar':
      return src.length >= 2 && src.endsWith("'") && !src.slice(1, -1).includes("'") ? src.slice(1, -1) : undefined;
    default:
      return undefined;
  }
}

/** Characters the library refuses at the start of a plain scalar. */
const PLAIN_START_PROBLEM = '\t,%|>@`';

/** A test matching where any of the tags' would; with flags of its own, one that always matches (each is then tried). */
function anyOf(tags: ScalarTag[]): RegExp {
  if (tags.some((t) => t.test!.flags !== '')) return /[^]|^$/;
  return new RegExp(tags.map((t) => `(?:${t.test!.source})`).join('|'));
}

/** What props() found: nothing but spaces and comments, the indicator, a line break; or something else. */
const NONE = 0;
const FOUND = 1;
const NEWLINE = 2;
const INVALID = -1;

/**
 * The properties before a node, as the composer reads them, where they hold only spaces (no tab),
 * line breaks, comments after a space and at most one `indicator`: FOUND if the indicator is there,
 * NEWLINE if a line break is; INVALID for anything else (an anchor, a tag, a comment glued to a token…).
 */
function props(tokens: CST.SourceToken[], indicator: CST.SourceToken['type'], startOnNewline: boolean): number {
  let hasSpace = startOnNewline;
  let seen = NONE;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    switch (t.type) {
      case 'space':
        if (t.source.includes('\t')) return INVALID;
        hasSpace = true;
        break;
      case 'newline':
        seen |= NEWLINE;
        hasSpace = true;
        break;
      case 'comment':
        if (!hasSpace) return INVALID;
        break;
      default:
        if (t.type !== indicator || (seen & FOUND) !== 0) return INVALID;
        seen |= FOUND;
        hasSpace = false;
    }
  }
  return seen;
}

/** What may follow a node or a document: spaces, line breaks and comments. */
function plainEnd(tokens: CST.SourceToken[] | undefined): boolean {
  for (const t of tokens ?? []) {
    if (t.type === 'comment' || t.type === 'newline') continue;
    if (t.type !== 'space' || t.source.includes('\t')) return false;
  }
  return true;
}

/** Before an item of a one-line flow sequence: a comma (not before the first) and spaces. */
function oneLineSeparator(tokens: CST.SourceToken[], comma: boolean): boolean {
  let commas = 0;
  for (const t of tokens) {
    if (t.type === 'comma') commas++;
    else if (t.type !== 'space' || t.source.includes('\t')) return false;
  }
  return commas === (comma ? 1 : 0) && (tokens.length === 0 || !comma || tokens[0]!.type === 'comma');
}

/** A plain or quoted scalar (not an alias). */
function isFlowScalar(token: CST.Token): token is CST.FlowScalar {
  return token.type === 'scalar' || token.type === 'single-quoted-scalar' || token.type === 'double-quoted-scalar';
}

/** Whether a scalar token spans lines (a key must not; a flow sequence here is on one line). */
function multiline(token: CST.FlowScalar): boolean {
  return token.source.includes('\n') || (token.end?.some((t) => t.type === 'newline') ?? false);
}
