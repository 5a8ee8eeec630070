/**
 * Bad input never crashes and never hides other findings: each hostile input is linted in one run
 * with a valid manifest that has a known finding; the input gets a precise parse-error (or nothing,
 * for inputs that are valid), and the known finding is intact.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseDocument, type Scalar } from 'yaml';
import { lint } from '../src/engine.js';
import { duplicateKey, parseOptions } from '../src/yaml/read.js';
import { emptyConfig } from '../src/config.js';
import { RULES } from '../rules/index.js';
import type { Finding } from '../src/types.js';
import { ROOT } from './helpers/rule-tester.js';
import { runWithPeakRss } from '../bench/peak-rss.js';
import { deployment, repeatToLines } from '../bench/manifests.js';
import { tempDir } from './helpers/temp.js';

const KNOWN = readFileSync(path.join(ROOT, 'fixtures/drain-exceeds-grace-period/annotation-tdd-over-default-grace.yaml'), 'utf8');

async function lintWithKnown(name: string, content: string | Buffer): Promise<{ bad: Finding[]; known: Finding[] }> {
  const dir = tempDir('drainlint-bad-');
  writeFileSync(path.join(dir, 'known.yaml'), KNOWN);
  writeFileSync(path.join(dir, name), content);
  const out = await lint({ cwd: dir, paths: ['.'], config: emptyConfig(dir), meshConfigFiles: [], rules: [...RULES] });
  const known = out.result.findings.filter((f) => f.file === 'known.yaml');
  assert.ok(known.some((f) => f.ruleId === 'drain-exceeds-grace-period' && f.range.line === 12), 'the known finding is intact');
  return { bad: out.result.findings.filter((f) => f.file === name), known };
}

const at = (f: Finding) => `${f.ruleId} ${f.range.line}:${f.range.column}`;

describe('bad input gets a parse-error with file, line and column', () => {
  it('malformed YAML: only that document; the other documents of the file are linted', async () => {
    const text = `${KNOWN.replace('checkout', 'first')}---\nkey: [unclosed\n---\n${KNOWN.replace('checkout', 'third')}`;
    const { bad } = await lintWithKnown('multi.yaml', text);
    const parse = bad.filter((f) => f.ruleId === 'parse-error');
    assert.equal(parse.length, 1);
    assert.equal(parse[0]!.range.line, 18); // where the parser finds the flow sequence unclosed
    assert.equal(parse[0]!.messageId, 'malformed');
    assert.match(parse[0]!.message, /^Malformed YAML: /);
    assert.deepEqual(bad.filter((f) => f.ruleId === 'drain-exceeds-grace-period').map((f) => f.range.line), [12, 30]);
  });

  it('unrendered Helm in a value, a key and a whole line is a parse-error at the action', async () => {
    for (const [text, line, column] of [
      ['apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Values.name }}\n', 4, 9],
      ['apiVersion: v1\nkind: Pod\nmetadata:\n  {{ .Values.key }}: x\n', 4, 3],
      ['{{- if .Values.enabled }}\napiVersion: v1\nkind: Pod\n{{- end }}\n', 1, 1],
    ] as const) {
      const { bad } = await lintWithKnown('helm.yaml', text);
      assert.deepEqual(bad.map(at), [`parse-error ${line}:${column}`], text);
      assert.equal(bad[0]!.messageId, 'template');
      assert.match(bad[0]!.message, /^An unrendered template action \{\{.*\}\} makes this a template, not a manifest\.$/);
      assert.match(bad[0]!.help, /helm template … \| drainlint -/);
    }
  });

  it('{{ inside quoted and block scalars, and in comments, is just text', async () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: tpl # {{ not an action }}\ndata:\n  a: "{{ .Values.x }}"\n  b: |\n    {{ .Values.y }}\n';
    const { bad } = await lintWithKnown('quoted.yaml', text);
    assert.deepEqual(bad.map(at), []);
  });

  it('binary content (NUL bytes) is refused at the first NUL', async () => {
    const { bad } = await lintWithKnown('binary.yaml', Buffer.from([0x61, 0x3a, 0x0a, 0x62, 0x00, 0x01]));
    assert.deepEqual(bad.map(at), ['parse-error 2:2']);
    assert.equal(bad[0]!.messageId, 'binary');
  });

  it('invalid UTF-8 is refused with its position', async () => {
    const { bad } = await lintWithKnown('latin1.yaml', Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]));
    assert.deepEqual(bad.map(at), ['parse-error 1:4']);
  });

  it('an alias bomb is refused quickly', async () => {
    let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    let prev = 'a';
    for (let i = 0; i < 9; i++) {
      text += `b${i}: &b${i} [${Array(9).fill(`*${prev}`).join(',')}]\n`;
      prev = `b${i}`;
    }
    const { bad } = await lintWithKnown('bomb.yaml', text);
    assert.deepEqual(bad.map(at), ['parse-error 1:1']);
    assert.equal(bad[0]!.messageId, 'unreadableDocument');
    assert.match(bad[0]!.message, /alias/i);
  });

  it('10,000-level nesting does not overflow the stack', async () => {
    const { bad } = await lintWithKnown('deep.yaml', `${'['.repeat(10000)}${']'.repeat(10000)}\n`);
    assert.ok(bad.every((f) => f.ruleId === 'parse-error'));
    let block = '';
    for (let i = 0; i < 10000; i++) block += `${' '.repeat(i)}k:\n`;
    await lintWithKnown('deep-block.yaml', block);
  });

  it('malformed YAML inside the proxy.istio.io/config annotation is located inside the block', async () => {
    const text = KNOWN.replace('terminationDrainDuration: 45s', 'terminationDrainDuration: [45s');
    const { bad } = await lintWithKnown('annotation.yaml', text);
    const parse = bad.filter((f) => f.ruleId === 'parse-error');
    assert.equal(parse.length, 1);
    assert.equal(parse[0]!.range.line, 11);
    assert.equal(parse[0]!.messageId, 'annotationSyntax');
  });
});

describe('valid inputs lint normally with no finding of their own', () => {
  const deployment = KNOWN.replace('checkout', 'other');
  for (const [name, content] of [
    ['empty.yaml', ''],
    ['comments.yaml', '# nothing here\n# at all\n'],
    ['separators.yaml', '---\n---\n'],
  ] as const) {
    it(name, async () => {
      const { bad } = await lintWithKnown(name, content);
      assert.deepEqual(bad.map(at), []);
    });
  }
  it('CRLF line endings keep line numbers', async () => {
    const { bad } = await lintWithKnown('crlf.yaml', deployment.replace(/\n/g, '\r\n'));
    assert.deepEqual(bad.map(at), ['drain-exceeds-grace-period 12:5']);
  });
  it('a UTF-8 byte order mark', async () => {
    const { bad } = await lintWithKnown('bom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(deployment)]));
    assert.deepEqual(bad.map(at), ['drain-exceeds-grace-period 12:5']);
  });
  it('UTF-16 LE and BE with a byte order mark are decoded', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(deployment, 'utf16le')]);
    assert.deepEqual((await lintWithKnown('utf16le.yaml', le)).bad.map(at), ['drain-exceeds-grace-period 12:5']);
    const be = Buffer.from(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(deployment, 'utf16le').swap16()]));
    assert.deepEqual((await lintWithKnown('utf16be.yaml', be)).bad.map(at), ['drain-exceeds-grace-period 12:5']);
  });
  it('kind: List is unwrapped', async () => {
    const list = `apiVersion: v1\nkind: List\nitems:\n${deployment.replace(/^/gm, '  ').replace(/^  apiVersion/m, '- apiVersion').replace(/^ {2}(?=\S)/gm, '  ')}`;
    const { bad } = await lintWithKnown('list.yaml', list.replace('  - apiVersion', '- apiVersion'));
    assert.equal(bad.filter((f) => f.ruleId === 'drain-exceeds-grace-period').length, 1);
  });
});

describe('hostile inputs and paths', () => {
  it('lone CR line breaks are line breaks, as YAML says, with positions of the file as written', async () => {
    const text = 'apiVersion: v1\rkind: Pod\rmetadata:\r  name: p\r  annotations:\r    proxy.istio.io/config: "terminationDrainDuration: 5"\rspec:\r  containers:\r    - name: app\r      image: app:1\r';
    const { bad } = await lintWithKnown('cr.yaml', text);
    // The unit-less duration in the annotation, at its line and column: no parse-error.
    assert.deepEqual(bad.map(at), ['invalid-duration 6:55']);
  });

  it('duplicate keys are a parse-error', async () => {
    const { bad } = await lintWithKnown('dup.yaml', 'apiVersion: v1\nkind: Pod\nkind: Pod\n');
    assert.deepEqual(bad.map(at), ['parse-error 3:1']);
    assert.deepEqual([bad[0]!.messageId, bad[0]!.message], ['duplicateKey', 'The key "kind" appears twice in one mapping, which Kubernetes rejects.']);
  });

  it('the repeated key reported is the first that repeats an earlier one, in small and large mappings', () => {
    const repeated = (text: string) => {
      const key = duplicateKey(parseDocument(text, parseOptions(text))) as Scalar | undefined;
      return key && `${String(key.value)}@${key.range![0]}`;
    };
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: ${i}\n`).join('');
    assert.deepEqual(
      [
        repeated('a: 1\nb: 2\nb: 3\na: 4\n'),
        repeated('1: one\n"1": quoted\n'),
        repeated('true: 1\n"true": 2\n'),
        repeated(`${keys(7)}k0: again\n`),
        repeated(`${keys(8)}k0: again\n`),
        repeated('outer:\n  x: 1\n  y: 2\n  x: 3\nother: 1\n'),
        repeated(keys(20)),
      ],
      ['b@10', '1@7', 'true@8', 'k0@42', 'k0@48', 'x@23', undefined],
    );
  });

  it('a file over maxFileSize is refused without being read', async () => {
    const dir = tempDir('drainlint-big-');
    writeFileSync(path.join(dir, 'known.yaml'), KNOWN);
    writeFileSync(path.join(dir, 'big.yaml'), `# ${'x'.repeat(5000)}\n`);
    const out = await lint({ cwd: dir, paths: ['.'], config: { ...emptyConfig(dir), maxFileSize: 4096 }, meshConfigFiles: [], rules: [...RULES] });
    const big = out.result.findings.filter((f) => f.file === 'big.yaml');
    assert.deepEqual(big.map(at), ['parse-error 1:1']);
    assert.equal(big[0]!.messageId, 'tooLarge');
    assert.match(big[0]!.message, /over the 4096-byte limit, so it is not read/);
    assert.ok(out.result.findings.some((f) => f.file === 'known.yaml'));
  });

  it('a FIFO given as a path is refused, without waiting for a writer', async (t) => {
    const dir = tempDir('drainlint-fifo-');
    const fifo = path.join(dir, 'pipe.yaml');
    const made = spawnSync('mkfifo', [fifo]);
    if (made.status !== 0) return t.skip('mkfifo is not available');
    writeFileSync(path.join(dir, 'known.yaml'), KNOWN);
    const out = await lint({ cwd: dir, paths: ['pipe.yaml', 'known.yaml'], config: emptyConfig(dir), meshConfigFiles: [], rules: [...RULES] });
    const f = out.result.findings.filter((x) => x.file === 'pipe.yaml');
    assert.deepEqual(f.map(at), ['parse-error 1:1']);
    assert.equal(f[0]!.messageId, 'notRegularFile');
    assert.equal(out.nothingRead, false);
    const only = await lint({ cwd: dir, paths: ['pipe.yaml'], config: emptyConfig(dir), meshConfigFiles: [], rules: [...RULES] });
    assert.equal(only.nothingRead, true, 'exit 2 when nothing at all could be read');
  });

  it('a directory symlink loop is visited once, with no hang', async () => {
    const dir = tempDir('drainlint-loop-');
    writeFileSync(path.join(dir, 'known.yaml'), KNOWN);
    symlinkSync(dir, path.join(dir, 'loop'));
    const out = await lint({ cwd: dir, paths: ['.'], config: emptyConfig(dir), meshConfigFiles: [], rules: [...RULES] });
    assert.deepEqual(out.result.files, ['known.yaml']);
  });

  it('an unreadable file (a dangling link) is a parse-error; the rest is linted', async () => {
    const dir = tempDir('drainlint-dangling-');
    writeFileSync(path.join(dir, 'known.yaml'), KNOWN);
    symlinkSync(path.join(dir, 'nowhere.yaml'), path.join(dir, 'gone.yaml'));
    const out = await lint({ cwd: dir, paths: ['gone.yaml', 'known.yaml'], config: emptyConfig(dir), meshConfigFiles: [], rules: [...RULES] });
    const f = out.result.findings.filter((x) => x.file === 'gone.yaml');
    assert.deepEqual(f.map(at), []); // a dangling explicit path does not exist: reported as missing
    assert.deepEqual(out.missing, ['gone.yaml']);
    assert.ok(out.result.findings.some((x) => x.file === 'known.yaml'));
  });

  it('10,000 documents in one file', async () => {
    const doc = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports: [{port: 80}]\n';
    const { bad } = await lintWithKnown('many.yaml', Array(10000).fill(doc).join('---\n'));
    assert.deepEqual(bad, []);
  });
});

describe('size', () => {
  /** Lints `big.yaml` beside the known manifest through the CLI; returns the findings and the peak RSS. */
  function lintBig(text: string): { findings: string[]; rss: number } {
    const dir = tempDir('drainlint-million-');
    try {
      writeFileSync(path.join(dir, 'big.yaml'), text);
      writeFileSync(path.join(dir, 'known.yaml'), KNOWN);
      // The memory bound is the single-thread one (worker threads each hold the run's text and run-level documents).
      const r = runWithPeakRss(['.', '-f', 'json', '--threads', '1'], dir);
      assert.equal(r.status, 1, r.stderr);
      const doc = JSON.parse(r.stdout) as { findings: Finding[] };
      return { findings: doc.findings.map((f) => `${f.file} ${f.ruleId}`), rss: r.rss };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('a 1,000,000-line document is linted within 400 MB RSS, with its known finding', () => {
    const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: big', 'data:'];
    for (let i = lines.length; i < 1_000_000; i++) lines.push(`  k${i}: v${i}`);
    const { findings, rss } = lintBig(`${lines.join('\n')}\n`);
    assert.deepEqual(findings, ['known.yaml drain-exceeds-grace-period']);
    assert.ok(rss < 400 * 1024 * 1024, `max RSS ${Math.round(rss / 1048576)} MiB`);
  });

  it('a 1,000,000-line file of some 50,000 workloads is linted within 400 MB RSS, with its known finding', () => {
    // Every document is a workload the model resolves (annotation, grace period, containers), all well set.
    const { text, documents } = repeatToLines(1_000_000, (i) => deployment(i, { drain: '10s', grace: 60 }));
    const { findings, rss } = lintBig(text);
    assert.ok(documents > 50_000);
    assert.deepEqual(findings, ['known.yaml drain-exceeds-grace-period']);
    assert.ok(rss < 400 * 1024 * 1024, `max RSS ${Math.round(rss / 1048576)} MiB`);
  });
});

describe('templates inside the annotation', () => {
  it('an unrendered Helm action inside the proxy.istio.io/config block is a parse-error on its line', async () => {
    const text = KNOWN.replace('terminationDrainDuration: 45s', 'terminationDrainDuration: {{ .Values.drain }}');
    const { bad } = await lintWithKnown('annotation-helm.yaml', text);
    assert.deepEqual(bad.map(at), ['parse-error 11:37']);
    assert.equal(bad[0]!.messageId, 'annotationSyntax');
    assert.match(bad[0]!.help, /\(unrendered template action \{\{ \.Values\.drain \}\}\)/);
  });
});
