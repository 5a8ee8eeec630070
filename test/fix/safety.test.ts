/**
 * Writing fixed files safely: the mode kept, no temporary file left, a file with a parse error
 * untouched, a file changed since it was read untouched (and said so), a symbolic link out of the
 * working directory not followed, one inside it written through; in-memory texts never written.
 */
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { lint } from '../../src/lint.js';
import { writeFixed } from '../../src/fix/write.js';
import { tempDir } from '../helpers/temp.js';

const QUOTE_ME = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
  namespace: shop
spec:
  template:
    metadata:
      annotations:
        proxy.istio.io/config: |
          proxyMetadata:
            EXIT_ON_ZERO_ACTIVE_CONNECTIONS: true
            MINIMUM_DRAIN_DURATION: "10s"
    spec:
      containers:
        - name: app
          image: example/checkout:1.0
`;
const QUOTED = QUOTE_ME.replace('CONNECTIONS: true', 'CONNECTIONS: "true"');

const dirs: string[] = [];
function tempTree(files: Record<string, string>): string {
  const dir = tempDir('drainlint-fix-');
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const fix = (cwd: string, paths: string[]) => lint({ paths, options: { cwd, config: false, baseline: false, fix: true } });

describe('fixing files on disk', () => {
  it('writes the fixed text, keeps the mode, leaves no temporary file, and reports what remains', async () => {
    const dir = tempTree({ 'k8s/checkout.yaml': QUOTE_ME });
    const file = path.join(dir, 'k8s/checkout.yaml');
    chmodSync(file, 0o640);
    const r = await fix(dir, ['k8s']);
    assert.equal(readFileSync(file, 'utf8'), QUOTED);
    assert.equal(statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(path.join(dir, 'k8s')), ['checkout.yaml']);
    assert.deepEqual(r.fixed?.map((f) => [f.file, f.status, f.applied]), [['k8s/checkout.yaml', 'written', 1]]);
    assert.deepEqual(r.findings.map((f) => f.ruleId), []);
  });

  it('never touches a file with a parse error, whatever else it holds', async () => {
    const broken = `${QUOTE_ME}---\nkind: [unclosed\n`;
    const dir = tempTree({ 'broken.yaml': broken });
    const r = await fix(dir, ['broken.yaml']);
    assert.equal(readFileSync(path.join(dir, 'broken.yaml'), 'utf8'), broken);
    assert.deepEqual(r.fixed, []);
    assert.deepEqual(r.findings.map((f) => f.ruleId), ['proxy-metadata-not-string', 'parse-error']);
  });

  it('does not write a file that changed since it was read, and says so', () => {
    const dir = tempTree({ 'a.yaml': 'changed: by someone else\n' });
    const file = path.join(dir, 'a.yaml');
    assert.deepEqual(writeFixed(file, QUOTE_ME, QUOTED, dir), { written: false, why: 'it changed since it was read' });
    assert.equal(readFileSync(file, 'utf8'), 'changed: by someone else\n');
    assert.deepEqual(readdirSync(dir), ['a.yaml']);
  });

  it('does not follow a symbolic link out of the working directory; the report is of the file as it is', async () => {
    const dir = tempTree({ 'outside/real.yaml': QUOTE_ME, 'work/.keep': '' });
    const work = path.join(dir, 'work');
    symlinkSync(path.join(dir, 'outside/real.yaml'), path.join(work, 'link.yaml'));
    const r = await fix(work, ['link.yaml']);
    assert.equal(readFileSync(path.join(dir, 'outside/real.yaml'), 'utf8'), QUOTE_ME);
    assert.deepEqual(r.fixed?.map((f) => [f.file, f.status, f.reason]), [['link.yaml', 'not-written', 'it is a symbolic link to a file outside the working directory']]);
    assert.deepEqual(r.findings.map((f) => f.ruleId), ['proxy-metadata-not-string']);
  });

  it('writes through a symbolic link inside the working directory, keeping the link', async () => {
    const dir = tempTree({ 'real/checkout.yaml': QUOTE_ME });
    symlinkSync('real/checkout.yaml', path.join(dir, 'link.yaml'));
    const r = await fix(dir, ['link.yaml']);
    assert.equal(readFileSync(path.join(dir, 'real/checkout.yaml'), 'utf8'), QUOTED);
    assert.ok(lstatSync(path.join(dir, 'link.yaml')).isSymbolicLink());
    assert.deepEqual(r.fixed?.map((f) => f.status), ['written']);
  });

  it('a dry run writes nothing and returns the fixed text', async () => {
    const dir = tempTree({ 'checkout.yaml': QUOTE_ME });
    const r = await lint({ paths: ['checkout.yaml'], options: { cwd: dir, config: false, baseline: false, fix: 'dry-run' } });
    assert.equal(readFileSync(path.join(dir, 'checkout.yaml'), 'utf8'), QUOTE_ME);
    assert.deepEqual(r.fixed?.map((f) => [f.status, f.output]), [['dry-run', QUOTED]]);
    assert.deepEqual(r.findings.map((f) => f.ruleId), []);
  });
});
