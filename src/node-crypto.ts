/**
 * Node's crypto module, loaded when first asked for. Loading it compiles some twenty of Node's
 * internal modules (a few milliseconds, most of a one-file run's own work besides the parse): a run
 * without findings and without fixes needs none of them.
 */
import { createRequire } from 'node:module';

const requireBuiltin = createRequire(import.meta.url);

export function nodeCrypto(): typeof import('node:crypto') {
  return requireBuiltin('node:crypto') as typeof import('node:crypto');
}
