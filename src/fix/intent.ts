/**
 * What a fix changes, as intent on YAML paths (never text offsets): rules say which key to set or
 * remove, and src/fix/ turns that into text edits on the file as it is when the fix is applied.
 */
import type { FixType } from '../rule.js';
import type { Path, Ref } from '../types.js';

/** A node of a file: a document of it, a path in it, and, for YAML held in a scalar (the proxy.istio.io/config annotation, a ConfigMap's `mesh`), the path of that scalar. */
export interface FixTarget {
  /** Index of the document in its file (as the parse step cuts it). */
  doc: number;
  /** The scalar whose text is the embedded YAML that `path` points into. */
  embedded?: Path;
  path: Path;
}

/**
 * One change. `set` writes a scalar at `at` (the key, and the maps above it, are added when
 * missing), given as YAML source (`text`) or as the value node found at `from` (kept as written,
 * comments and block style included, re-indented to its new place). `remove` drops the key at
 * `at` with its value (and a map left empty by it).
 */
export type FixEdit = { op: 'set'; at: FixTarget; text: string } | { op: 'set'; at: FixTarget; from: FixTarget } | { op: 'remove'; at: FixTarget };

/** What a report's fix does: its edits, applied together or not at all. */
export interface Fix {
  type: FixType;
  edits: FixEdit[];
}

/**
 * Where a rule's reference is, as a fix target; undefined where paths are not the file's (a
 * document a chart renders from values) and for YAML embedded twice: those are not fixed.
 */
export function fixTarget(ref: Ref): FixTarget | undefined {
  const host = ref.view.host;
  if (ref.view.rendered) return undefined;
  if (!host) return { doc: ref.view.index, path: ref.path };
  if (host.view.host || host.view.rendered) return undefined;
  return { doc: host.view.index, embedded: host.path, path: ref.path };
}

/** A fix from edits on references; undefined when one of them cannot be fixed. */
export function fixOf(type: FixType, edits: ({ op: 'set'; at: Ref; text: string } | { op: 'set'; at: Ref; from: Ref } | { op: 'remove'; at: Ref })[]): Fix | undefined {
  const out: FixEdit[] = [];
  for (const e of edits) {
    const at = fixTarget(e.at);
    if (!at) return undefined;
    if (e.op === 'remove') out.push({ op: 'remove', at });
    else if ('text' in e) out.push({ op: 'set', at, text: e.text });
    else {
      const from = fixTarget(e.from);
      if (!from) return undefined;
      out.push({ op: 'set', at, from });
    }
  }
  return { type, edits: out };
}
