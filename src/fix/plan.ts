/**
 * One pass of fixing: which findings' fixes apply (not suppressed, of a requested type, in a file
 * without a parse error), and applying them to a file in order. A fix that touches what an earlier
 * fix of the same pass touched (the same key, or a key inside it) waits for
 * the next pass, where the file is linted again and the fix is computed afresh.
 */
import type { Finding } from '../types.js';
import type { FixType } from '../rule.js';
import type { Fix, FixTarget } from './intent.js';
import { applyFix } from './apply.js';

/** The findings' fixes to apply, by file, in the findings' order. */
export function fixesByFile(findings: readonly Finding[], types: readonly FixType[]): Map<string, Fix[]> {
  const unfixable = new Set(findings.filter((f) => f.ruleId === 'parse-error').map((f) => f.file));
  const out = new Map<string, Fix[]>();
  for (const f of findings) {
    if (!f.fix || f.suppressions || unfixable.has(f.file) || !types.includes(f.fix.type)) continue;
    const list = out.get(f.file) ?? [];
    // Two findings may suggest the same change (one value read by two workloads): applied once.
    if (!list.some((g) => JSON.stringify(g) === JSON.stringify(f.fix))) list.push(f.fix);
    out.set(f.file, list);
  }
  return out;
}

/** A target as one path from the document's root (the segments inside embedded YAML after its scalar's). */
function fullPath(t: FixTarget): string[] {
  return [String(t.doc), ...(t.embedded ?? []).map(String), ...(t.embedded ? ['\u0000'] : []), ...t.path.map(String)];
}

function related(a: string[], b: string[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The paths a fix reads or writes (a key inside one of them, or around it, is the same place). */
function touched(fix: Fix): string[][] {
  return fix.edits.flatMap((e) => (e.op === 'set' && 'from' in e ? [fullPath(e.at), fullPath(e.from)] : [fullPath(e.at)]));
}

/** Applies what fixes it can to one file's text: the new text and how many applied. */
export function applyPass(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  let out = text;
  let applied = 0;
  const taken: string[][] = [];
  for (const fix of fixes) {
    const paths = touched(fix);
    if (paths.some((p) => taken.some((t) => related(p, t)))) continue;
    const next = applyFix(out, fix);
    if (next === undefined || next === out) continue;
    out = next;
    applied++;
    taken.push(...paths);
  }
  return { text: out, applied };
}
