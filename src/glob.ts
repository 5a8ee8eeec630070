/**
 * The globs of the configuration file: names of resources (`connectionLifetime.workloads[].match`,
 * `overrides[].match`) and file paths (`overrides[].match.file`), matched with picomatch (the
 * matcher globby itself uses, so `**`, `{a,b}` and `[…]` mean what they mean in `ignore`).
 */
import picomatch from 'picomatch';

/** A name glob: `*`, `?`, `{a,b}` over a whole name (no folders: `*` crosses `/`; dots are ordinary). */
export function nameGlob(pattern: string, text: string): boolean {
  return picomatch.isMatch(text, pattern, { dot: true, bash: true, nonegate: true });
}

/** A path glob over a whole relative, `/`-separated path: `**` crosses folders, `*` and `?` do not. */
export function pathGlob(pattern: string): (relPath: string) => boolean {
  return picomatch(pattern.replace(/^\.\//, ''), { dot: true });
}
