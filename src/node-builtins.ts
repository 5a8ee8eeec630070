/**
 * Node's built-in modules that a one-file run does without, loaded when first asked for. Each
 * compiles a few of Node's internal modules when loaded (crypto some twenty of them): a few
 * milliseconds of a one-file run, whose own work besides the parse is not much more.
 */
import { createRequire } from 'node:module';

const requireBuiltin = createRequire(import.meta.url);

/** For fingerprints and temp-file names: a run without findings and without fixes needs none. */
export function nodeCrypto(): typeof import('node:crypto') {
  return requireBuiltin('node:crypto') as typeof import('node:crypto');
}

/** For runs on more than one thread (src/parallel): a run on one thread needs none. */
export function nodeWorkerThreads(): typeof import('node:worker_threads') {
  return requireBuiltin('node:worker_threads') as typeof import('node:worker_threads');
}
