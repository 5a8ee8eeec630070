/**
 * Golden files of the explain renderings for the seed's configurations and the proxy modes: the
 * terminal view as `drainlint explain` prints it piped (NO_COLOR, 80 columns), the Markdown and the
 * HTML reports, and the lint run's Markdown summary with its timelines.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { explain } from '../src/explain/run.js';
import { lint } from '../src/lint.js';
import { EXPLAIN_FORMATTERS, FORMATTERS } from '../src/report/index.js';
import { ROOT } from './helpers/rule-tester.js';
import { runCli } from './helpers/cli.js';
import { GOLDEN_CASES, assertGolden } from './helpers/golden.js';

const ctx = { color: false, version: '0.0.0-test', width: 80 };

describe('explain golden files', () => {
  for (const c of GOLDEN_CASES) {
    it(`${c.name}: terminal (NO_COLOR), Markdown, HTML`, async () => {
      const r = await explain({ paths: c.args, options: { cwd: ROOT, config: false, istioVersion: c.istioVersion } });
      const text = EXPLAIN_FORMATTERS['stylish']!(r, ctx);
      assertGolden(`explain/${c.name}.txt`, text);
      // The command line prints exactly that when piped.
      const cli = runCli(['explain', ...c.args, ...(c.istioVersion ? ['--istio-version', c.istioVersion] : [])]);
      assert.equal(cli.code, 0, cli.stderr);
      assert.equal(cli.stdout, text);
      assertGolden(`explain/${c.name}.md`, EXPLAIN_FORMATTERS['markdown']!(r, ctx));
      assertGolden(`explain/${c.name}.html`, EXPLAIN_FORMATTERS['html']!(r, ctx));
    });
  }

  it('drainlint --format markdown: the summary with the timeline of each workload with findings', async () => {
    const r = await lint({ paths: ['fixtures/examples'], options: { cwd: ROOT, config: false, explain: 'with-findings' } });
    assertGolden('lint/examples.md', FORMATTERS['markdown']!(r, ctx));
  });
});
