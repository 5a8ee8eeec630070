/** Writing a file whole or not at all (the baseline, fixed manifests): readers see the old text or the new one. */
import { chmodSync, existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { nodeCrypto } from './node-builtins.js';

/** Writes a file whole or not at all: a temporary file in the same folder (with `mode`, when given) renamed over it. */
export function writeAtomically(abs: string, data: string | Buffer, mode?: number): void {
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.${nodeCrypto().randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, data, { flag: 'wx', ...(mode === undefined ? {} : { mode }) });
    // The process umask may have narrowed the mode given at creation.
    if (mode !== undefined) chmodSync(tmp, mode);
    renameSync(tmp, abs);
  } finally {
    if (existsSync(tmp)) rmSync(tmp, { force: true });
  }
}
