/**
 * Writing a fixed file safely: only when it still holds the text that was linted (another program
 * may have changed it since), never through a symbolic link that leads out of the working
 * directory, keeping its mode, and atomically (a temporary file in the same folder renamed over
 * it), so a reader sees the old text or the new one, never part of either.
 */
import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeAtomically } from '../atomic-write.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Writes `text` over `abs` when it still holds `read`; otherwise says why not. */
export function writeFixed(abs: string, read: string, text: string, cwd: string): { written: true } | { written: false; why: string } {
  let target = abs;
  try {
    if (lstatSync(abs).isSymbolicLink()) {
      target = realpathSync(abs);
      if (!inside(realpathSync(cwd), target)) return { written: false, why: 'it is a symbolic link to a file outside the working directory' };
    }
    const bytes = readFileSync(target);
    const bom = bytes.subarray(0, 3).equals(BOM);
    if ((bom ? bytes.subarray(3) : bytes).toString('utf8') !== read) return { written: false, why: 'it changed since it was read' };
    writeAtomically(target, bom ? Buffer.concat([BOM, Buffer.from(text)]) : text, statSync(target).mode & 0o7777);
    return { written: true };
  } catch (e) {
    return { written: false, why: (e as Error).message };
  }
}

function inside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
