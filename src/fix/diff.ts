/** The unified diff of a fixed file (`--fix-dry-run`), as `git diff` and `patch -p1` read it. */
import { createTwoFilesPatch } from 'diff';

export function unifiedDiff(file: string, before: string, after: string): string {
  const patch = createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: 3 });
  // The library starts each patch with a line of `=`; git's format has none.
  return patch.replace(/^=+\n/, '');
}
