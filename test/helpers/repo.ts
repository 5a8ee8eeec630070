/** This repository as others consume it: a clone of this checkout at HEAD, the README's snippets. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './rule-tester.js';
import { tempDir } from './temp.js';

export const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** The release tag of this version: what the README's snippets pin (until a release exists, a clone gets it). */
export const RELEASE_TAG = `v${VERSION}`;

function git(args: string[], cwd: string): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** A clone of this checkout at its HEAD, tagged with the release tag, as a user's tool would fetch it. */
export function cloneOfHead(): { dir: string; sha: string } {
  const dir = path.join(tempDir('drainlint-clone-'), 'drainlint');
  git(['clone', '-q', ROOT, dir], os.tmpdir());
  git(['-c', 'user.name=drainlint', '-c', 'user.email=drainlint@example.invalid', 'tag', '-f', RELEASE_TAG], dir);
  return { dir, sha: git(['rev-parse', 'HEAD'], dir) };
}

/** The code block that follows `<!-- snippet: name -->` in the README. */
export function readmeSnippet(name: string): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const m = new RegExp(`<!-- snippet: ${name} -->\\n\`\`\`\\w*\\n([\\s\\S]*?)\`\`\`\\n`).exec(readme);
  assert.ok(m, `README has the ${name} snippet`);
  return m[1]!;
}

/** A ref that pins this repository: its release tag, or a commit sha it holds. */
export function assertPinnedRef(ref: string): void {
  if (/^[0-9a-f]{40}$/.test(ref)) {
    assert.equal(spawnSync('git', ['cat-file', '-e', `${ref}^{commit}`], { cwd: ROOT }).status, 0, `${ref} is a commit of this repository`);
  } else {
    assert.equal(ref, RELEASE_TAG, 'the snippet pins the release tag of this version');
  }
}
