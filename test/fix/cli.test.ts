/** `--fix`, `--fix-dry-run` and `--fix-type` on the command line (the bin over the committed bundle). */
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { changed } from '../helpers/fix-tester.js';
import { tempDir } from '../helpers/temp.js';

const INPUT = `# Source: shop/templates/orders.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
spec:
  terminationGracePeriodSeconds: 60
  template:
    metadata:
      annotations:
        proxy.istio.io/config: |
          terminationDrainDuration: 40s
    spec:
      containers:
        - name: app
          image: example/orders:1.0
`;

const FIXED = changed(changed(INPUT, '  terminationGracePeriodSeconds: 60\n', ''), '          image: example/orders:1.0\n', '          image: example/orders:1.0\n      terminationGracePeriodSeconds: 60\n');

const DIFF = `--- a/orders.yaml
+++ b/orders.yaml
@@ -5,7 +5,6 @@
   name: orders
   namespace: shop
 spec:
-  terminationGracePeriodSeconds: 60
   template:
     metadata:
       annotations:
@@ -15,3 +14,4 @@
       containers:
         - name: app
           image: example/orders:1.0
+      terminationGracePeriodSeconds: 60
`;

const dirs: string[] = [];
function tempFile(text: string): string {
  const dir = tempDir('drainlint-fix-cli-');
  dirs.push(dir);
  writeFileSync(path.join(dir, 'orders.yaml'), text);
  return dir;
}
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('--fix on the command line', () => {
  it('--fix-dry-run prints the unified diff, writes nothing, and exits as a run over the fixed text would', () => {
    const dir = tempFile(INPUT);
    const r = runCli(['orders.yaml', '--fix-dry-run', '--format', 'json=report.json'], { cwd: dir });
    assert.equal(r.stdout, DIFF);
    assert.equal(readFileSync(path.join(dir, 'orders.yaml'), 'utf8'), INPUT);
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as { findings: { ruleId: string }[] };
    // The grace period of 60, in the pod spec, covers the 40s drain: nothing remains.
    assert.deepEqual(report.findings.map((f) => f.ruleId), []);
    assert.equal(r.code, 0);
  });

  it('--fix writes the file; the report and the exit code are those of what remains', () => {
    const dir = tempFile(INPUT);
    const r = runCli(['orders.yaml', '--fix', '--format', 'json'], { cwd: dir });
    assert.equal(readFileSync(path.join(dir, 'orders.yaml'), 'utf8'), FIXED);
    const report = JSON.parse(r.stdout) as { findings: { ruleId: string; fixable?: boolean }[] };
    assert.deepEqual(report.findings, []);
    assert.deepEqual([r.code, r.stderr], [0, '']);
  });

  it('stdin with --fix prints the fixed text; the report goes to stderr', () => {
    const r = runCli(['-', '--fix', '--stdin-filename', 'orders.yaml', '--no-help'], { input: INPUT });
    assert.equal(r.stdout, FIXED);
    assert.equal(r.stderr, '✔ no problems (1 file checked)\n');
    assert.equal(r.code, 0);
  });

  it('JSON marks fixable findings with their fix type; stylish counts them', () => {
    const dir = tempFile(INPUT);
    const json = runCli(['orders.yaml', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(json.stdout) as { findings: { ruleId: string; fixable?: boolean; fixType?: string }[] };
    // The 40s drain past the default grace period: a timing fix (drainDuration, 45s, covers it already).
    assert.deepEqual(report.findings.map((f) => [f.ruleId, f.fixable, f.fixType]), [['misplaced-grace-period', true, 'layout'], ['drain-exceeds-grace-period', true, 'timing']]);
    const stylish = runCli(['orders.yaml', '--no-help'], { cwd: dir });
    assert.match(stylish.stdout, /\n✖ 2 problems \(1 error, 1 warning, 0 info\)\n {2}1 problem potentially fixable with the `--fix` option\.\n {2}1 more with `--fix --fix-type timing`, which changes when the pod is killed\.\n$/);
  });

  it('--fix-type takes layout and timing; anything else, or without --fix, is a usage error', () => {
    const dir = tempFile(INPUT);
    assert.deepEqual(runCli(['orders.yaml', '--fix', '--fix-type', 'speed'], { cwd: dir }).stderr, 'drainlint: unknown fix type "speed" (layout, timing)\n');
    const alone = runCli(['orders.yaml', '--fix-type', 'timing'], { cwd: dir });
    assert.deepEqual([alone.code, alone.stderr], [2, 'drainlint: --fix-type goes with --fix or --fix-dry-run\n']);
    const both = runCli(['orders.yaml', '--fix', '--fix-dry-run'], { cwd: dir });
    assert.deepEqual([both.code, both.stderr], [2, 'drainlint: --fix and --fix-dry-run do not go together: the dry run writes nothing\n']);
    assert.equal(readFileSync(path.join(dir, 'orders.yaml'), 'utf8'), INPUT);
  });
});
