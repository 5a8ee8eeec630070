/**
 * Applies a fix to a file's text: each edit goes to its document (as the parse step cuts the
 * file), and, for YAML held in a scalar, to that scalar's text, written back in its own style.
 * The text outside the changed keys and values is kept byte for byte. A fix applies whole or not
 * at all: when one edit cannot be made, or the result does not parse, the text is unchanged.
 */
import { documentChunks } from '../parse.js';
import type { Fix, FixEdit, FixTarget } from './intent.js';
import { parseForEdit, removeKey, scalarSource, setScalar } from './yaml-edit.js';
import { hostScalar, rewriteHost } from './embedded.js';

/** The file's text with the fix applied, or undefined when it cannot be applied as a whole. */
export function applyFix(text: string, fix: Fix): string | undefined {
  let out = text;
  for (const edit of fix.edits) {
    const next = applyEdit(out, edit);
    if (next === undefined) return undefined;
    out = next;
  }
  // Every document still parses (a fix never leaves a file worse than it found it).
  for (const [start, end] of documentChunks(out)) if (!parseForEdit(out.slice(start, end))) return undefined;
  return out;
}

function applyEdit(text: string, edit: FixEdit): string | undefined {
  const chunks = documentChunks(text);
  const chunk = chunks[edit.at.doc];
  if (!chunk) return undefined;
  const doc = text.slice(chunk[0], chunk[1]);
  let changed: string | undefined;
  if (edit.op === 'remove') changed = inContext(doc, edit.at, (t) => removeKey(t, edit.at.path));
  else if ('text' in edit) changed = inContext(doc, edit.at, (t) => setScalar(t, edit.at.path, edit.text));
  else {
    if (edit.from.doc !== edit.at.doc) return undefined;
    const context = contextText(doc, edit.from);
    const src = context === undefined ? undefined : scalarSource(context, edit.from.path);
    if (!src) return undefined;
    changed = inContext(doc, edit.at, (t) => setScalar(t, edit.at.path, src.source, src.keyColumn, src.comments));
  }
  return changed === undefined ? undefined : text.slice(0, chunk[0]) + changed + text.slice(chunk[1]);
}

/** The text a target's path points into: the document's, or that of the scalar holding embedded YAML. */
function contextText(doc: string, at: FixTarget): string | undefined {
  return at.embedded ? hostScalar(doc, at.embedded)?.value : doc;
}

/** Runs a text edit on the target's context and writes the result back into the document. */
function inContext(doc: string, at: FixTarget, edit: (text: string) => string | undefined): string | undefined {
  if (!at.embedded) return edit(doc);
  const inner = contextText(doc, at);
  const changed = inner === undefined ? undefined : edit(inner);
  return changed === undefined ? undefined : rewriteHost(doc, at.embedded, changed);
}
