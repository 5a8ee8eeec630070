/**
 * Reading YAML as Kubernetes and istiod do: the parse options (YAML 1.1 scalars, timestamps kept as
 * strings), plain values, duplicate keys, and template actions where YAML structure is.
 */
import { isMap, isScalar, isSeq, Scalar, Schema, visit, type CST, type Document, type DocumentOptions, type Node, type ParseOptions, type SchemaOptions, type Tags } from 'yaml';
import { composeTokens, plainDocumentValue, PlainReader, tokensOf } from './token-values.js';
import { tokensAt } from './token-paths.js';
import type { Path, PathAt } from './path-at.js';

/** Options every parse uses: YAML 1.1 scalars as kubectl and istiod read them. */
export const YAML_OPTIONS = {
  version: '1.1' as const,
  merge: true,
  // The library's own check is quadratic in the size of a map; duplicateKey() does it in one pass.
  uniqueKeys: false,
  prettyErrors: false,
  logLevel: 'silent' as const,
  strict: false,
  // Kubernetes reads YAML through JSON (sigs.k8s.io/yaml): timestamps stay strings.
  customTags: (tags: Tags) => tags.filter((t) => (t as { tag?: string }).tag !== 'tag:yaml.org,2002:timestamp'),
};

/**
 * The YAML 1.1 schema of YAML_OPTIONS, built once: given as options, the library builds it again
 * for every document. Nothing a parse does changes a schema.
 */
const YAML_11_SCHEMA = new Schema({ resolveKnownTags: false, schema: 'yaml-1.1', merge: YAML_OPTIONS.merge, customTags: YAML_OPTIONS.customTags });
const PREBUILT_OPTIONS = { ...YAML_OPTIONS, schema: YAML_11_SCHEMA };

/**
 * The options to parse a text with: YAML_OPTIONS, with the schema built once. A text with a
 * `%YAML` directive gets the plain options, which let the directive choose the schema.
 */
export function parseOptions(text: string): ParseOptions & DocumentOptions & SchemaOptions {
  return text.includes('%YAML') ? YAML_OPTIONS : PREBUILT_OPTIONS;
}

/** Alias expansion limit: a "billion laughs" document is refused instead of expanded. */
export const MAX_ALIAS_COUNT = 1000;

/** Mappings of at most this many keys are checked for a repeated key without a set. */
const SMALL_MAP = 8;

/** The first repeated key of any mapping (API servers reject duplicates), found without recursion. */
export function duplicateKey(doc: Document): Node | undefined {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const items = node.items;
      if (items.length <= SMALL_MAP) {
        // Most mappings of a manifest are this small: comparing each key with those before it
        // finds the same first repeat as a set would, without making one.
        for (let i = 1; i < items.length; i++) {
          const key = items[i]!.key;
          if (!isScalar(key)) continue;
          const k = String(key.value);
          for (let j = 0; j < i; j++) {
            const before = items[j]!.key;
            if (isScalar(before) && String(before.value) === k) return key;
          }
        }
        for (const pair of items) stack.push(pair.value);
        continue;
      }
      const seen = new Set<string>();
      for (const pair of items) {
        if (isScalar(pair.key)) {
          const k = String(pair.key.value);
          if (seen.has(k)) return pair.key;
          seen.add(k);
        }
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return undefined;
}

export function toValue(doc: Document): unknown {
  return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
}

/**
 * The first `{{` that sits where YAML structure is (a key, a plain value, a whole line), not inside
 * quoted or block scalars (where it is just text) nor in a comment.
 */
export function findTemplateAction(text: string, doc: Document): number | undefined {
  const textual: [number, number][] = [];
  try {
    visit(doc, {
      Scalar(_key, node: Scalar) {
        if (node.type !== Scalar.PLAIN && isScalar(node) && node.range && typeof node.value === 'string' && node.value.includes('{{')) {
          textual.push([node.range[0], node.range[1]]);
        }
      },
    });
  } catch {
    // A pathological tree is reported by the parse step; nothing to exempt here.
  }
  for (let i = text.indexOf('{{'); i >= 0; i = text.indexOf('{{', i + 2)) {
    if (!textual.some(([s, e]) => i >= s && i < e) && !inComment(text, i)) return i;
  }
  return undefined;
}

function inComment(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /(^|\s)#/.test(text.slice(lineStart, offset));
}

/** Reads documents parsed with the prebuilt options; a reader holds no state of a document. */
const PLAIN_READER = new PlainReader(YAML_11_SCHEMA, PREBUILT_OPTIONS);

/**
 * A document parsed for its value: read from the parser's tokens where it is written plainly (most
 * manifests; its AST is then parsed only if a location in it is needed), else composed into the
 * AST parseDocument() would give — the library's reading either way, each token parsed once.
 */
export function parseForValue(text: string): { value: unknown; cst: CST.Document; doc?: undefined } | { doc: Document.Parsed } {
  const options = parseOptions(text);
  const tokens = tokensOf(text);
  if (options === PREBUILT_OPTIONS && !text.includes('\t')) {
    const plain = plainDocumentValue(tokens, PLAIN_READER);
    if (plain) return plain;
  }
  return { doc: composeTokens(tokens, text, options) };
}

/** The PathAt of a document read plainly (parseForValue's `cst`). */
export function plainAt(cst: CST.Document, path: Path): PathAt {
  return tokensAt(cst, path, PLAIN_READER);
}
