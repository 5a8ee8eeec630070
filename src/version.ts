import pkg from '../package.json' with { type: 'json' };

/** drainlint's version, from package.json (the bundle carries it inline: it reads no file to know it). */
export const VERSION: string = pkg.version;
