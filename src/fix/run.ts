/**
 * The fix loop (after ESLint's): lint, apply the fixes that do not touch each other, lint the
 * fixed texts again, and so on until nothing changes or 10 passes have run; then write each
 * changed file (src/fix/write.ts) or leave that to the caller (a dry run, stdin, in-memory texts).
 */
import type { LintOutcome } from '../engine.js';
import type { InputText } from '../first-pass.js';
import type { FixType } from '../rule.js';
import { applyPass, fixesByFile } from './plan.js';
import { writeFixed } from './write.js';

export const MAX_FIX_PASSES = 10;

/** What fixing did to one file. */
export interface FixedFile {
  /** The file as reports name it. */
  file: string;
  /** The text as it was read, and as fixed. */
  input: string;
  output: string;
  /** How many fixes were applied to it, over all passes. */
  applied: number;
  /** An in-memory input of the library's `texts`. */
  inMemory?: boolean;
  /** `written`: the file holds the output; `not-written`: it was not written (`reason` says why); `output`: stdin or an in-memory text, whose output the caller prints. */
  status: 'written' | 'not-written' | 'output' | 'dry-run';
  reason?: string;
}

export interface FixRequest {
  types: readonly FixType[];
  dryRun: boolean;
  cwd: string;
  /** Lints with these texts standing for the inputs (by display path). */
  lint(texts: ReadonlyMap<string, string>): Promise<LintOutcome>;
}

/** Runs the passes; the outcome is that of the last lint, over the fixed texts. */
export async function fixPasses(first: LintOutcome, req: FixRequest): Promise<{ outcome: LintOutcome; files: FixedFile[] }> {
  const read = first.texts ?? new Map<string, InputText>();
  const current = new Map<string, string>();
  const applied = new Map<string, number>();
  let outcome = first;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    let changed = 0;
    for (const [file, fixes] of fixesByFile(outcome.result.findings, req.types)) {
      const text = current.get(file) ?? read.get(file)?.text;
      if (text === undefined) continue;
      const done = applyPass(text, fixes);
      if (done.applied === 0) continue;
      current.set(file, done.text);
      applied.set(file, (applied.get(file) ?? 0) + done.applied);
      changed++;
    }
    if (changed === 0) break;
    outcome = await req.lint(current);
  }
  const files: FixedFile[] = [];
  for (const [file, input] of read) {
    const output = current.get(file) ?? input.text;
    const onDisk = input.absPath !== undefined && !input.inMemory;
    // stdin and in-memory texts get their output even when nothing changed (the caller prints it).
    if (output === input.text && (onDisk || req.dryRun)) continue;
    const base = { file, input: input.text, output, applied: applied.get(file) ?? 0, ...(input.inMemory ? { inMemory: true } : {}) };
    if (req.dryRun) files.push({ ...base, status: 'dry-run' });
    else if (!onDisk) files.push({ ...base, status: 'output' });
    else {
      const w = writeFixed(input.absPath!, input.text, output, req.cwd);
      files.push(w.written ? { ...base, status: 'written' } : { ...base, status: 'not-written', reason: w.why });
    }
  }
  return { outcome, files };
}
