/**
 * The HTML report in a real browser: headless Chromium (Debian's `chromium`, driven with
 * playwright-core) loads the file from disk; the rendered DOM must hold every workload's timeline
 * (an SVG with its lanes and its loss windows) and settings table, with no console error and no
 * request but the file itself. A screenshot is saved (build/screenshots/; with UPDATE_SCREENSHOT=1
 * also docs/explain-seed.png, the one the README shows). The Markdown report's gantts are drawn by
 * Mermaid's own renderer in the same browser. Without Chromium the tests are skipped, saying why.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { explain, type ExplainResult } from '../src/explain/run.js';
import { EXPLAIN_FORMATTERS } from '../src/report/index.js';
import { ROOT } from './helpers/rule-tester.js';
import { GOLDEN_CASES } from './helpers/golden.js';
import { tempDir } from './helpers/temp.js';

const require = createRequire(import.meta.url);
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ctx = { color: false, version: '0.0.0-test', width: 80 };

/** Why the browser tests cannot run here, or undefined when they can. */
const missing = existsSync(CHROMIUM) ? undefined : `no Chromium at ${CHROMIUM} (install Debian's chromium, or set CHROMIUM_PATH)`;
if (missing) process.stderr.write(`explain-browser: skipped: ${missing}\n`);

let browser: BrowserContext | undefined;
let profile: string;
let work: string;

before(async () => {
  if (missing) return;
  profile = tempDir('drainlint-chromium-');
  work = tempDir('drainlint-html-');
  // A fresh profile every run; playwright adds --headless.
  browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1 });
});

after(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Opens a page that records console errors, page errors and every request. */
async function open(url: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser!.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, requests };
}

async function report(args: string[], istioVersion?: string): Promise<{ result: ExplainResult; file: string }> {
  const result = await explain({ paths: args, options: { cwd: ROOT, config: false, istioVersion } });
  const file = path.join(work, `${args.join('_').replace(/\W+/g, '_')}.html`);
  writeFileSync(file, EXPLAIN_FORMATTERS['html']!(result, ctx));
  return { result, file };
}

describe('the HTML report in headless Chromium', { skip: missing }, () => {
  for (const c of GOLDEN_CASES) {
    it(`${c.name}: every workload's timeline and settings render, no console error, no request but the file`, async () => {
      const { result, file } = await report(c.args, c.istioVersion);
      const url = pathToFileURL(file).href;
      const { page, errors, requests } = await open(url);
      try {
        assert.deepEqual(errors, []);
        assert.deepEqual(requests, [url]);
        const seen = await page.$$eval('article.workload', (articles) =>
          articles.map((a) => {
            const svg = a.querySelector('svg.timeline');
            const box = svg?.getBoundingClientRect();
            return {
              id: a.getAttribute('data-workload'),
              width: box ? Math.round(box.width) : 0,
              lanes: [...a.querySelectorAll('svg.timeline g.lane')].map((g) => `${g.getAttribute('data-lane')}:${g.querySelectorAll('rect').length}`),
              losses: a.querySelectorAll('svg.timeline rect.loss').length,
              kill: a.querySelectorAll('svg.timeline line.kill').length,
              settings: a.querySelectorAll('table.settings tbody tr[data-setting]').length,
            };
          }),
        );
        assert.deepEqual(seen.map((s) => s.id), result.workloads.map((x) => x.id));
        for (const [i, s] of seen.entries()) {
          const x = result.workloads[i]!;
          assert.ok(s.width > 500, `${s.id}: the timeline is drawn (${s.width}px wide)`);
          assert.ok(s.lanes.length > 0 && s.lanes.every((l) => !l.endsWith(':0') || l.startsWith('app')), `${s.id}: ${s.lanes.join(' ')}`);
          assert.equal(s.losses, x.timeline.losses.length, `${s.id}: every loss window is shaded`);
          assert.equal(s.kill, x.timeline.grace === undefined ? 0 : 1);
          assert.equal(s.settings, x.settings.length - 1, `${s.id}: the settings table`);
        }
        const findings = await page.$$eval('#findings ul.findings li', (items) => items.length);
        assert.equal(findings, result.findings.length);
        const dir = path.join(ROOT, 'build', 'screenshots');
        mkdirSync(dir, { recursive: true });
        await page.screenshot({ path: path.join(dir, `explain-${c.name}.png`), fullPage: true });
        if (c.name === 'seed-mesh-wide' && process.env['UPDATE_SCREENSHOT'] === '1') {
          await page.screenshot({ path: path.join(ROOT, 'docs', 'explain-seed.png'), fullPage: true });
        }
      } finally {
        await page.close();
      }
    });
  }

  it('the page allows no script and no request (its Content-Security-Policy), so the checks above can fail', async () => {
    const file = path.join(work, 'tampered.html');
    const { result } = await report(['fixtures/examples/seed-mesh-wide']);
    writeFileSync(file, EXPLAIN_FORMATTERS['html']!(result, ctx).replace('</body>', '<img src="http://127.0.0.1:9/x.png"><script>console.error("ran")</script></body>'));
    const { page, errors } = await open(pathToFileURL(file).href);
    await page.close();
    assert.ok(errors.some((e) => /Content Security Policy/i.test(e)), errors.join('\n'));
    assert.ok(!errors.includes('ran'));
  });

  it("Mermaid's renderer draws each gantt of the Markdown report (offline, its bundled script)", async () => {
    const result = await explain({ paths: ['fixtures/examples', 'fixtures/seed-fixed'], options: { cwd: ROOT, config: false } });
    const md = EXPLAIN_FORMATTERS['markdown']!(result, ctx);
    const gantts = [...md.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);
    assert.equal(gantts.length, result.workloads.length);
    const file = path.join(work, 'mermaid.html');
    writeFileSync(file, '<!DOCTYPE html><html><body></body></html>');
    const { page, errors, requests } = await open(pathToFileURL(file).href);
    try {
      await page.addScriptTag({ content: readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8') });
      const drawn = await page.evaluate(async (sources: string[]) => {
        const m = (globalThis as unknown as { mermaid: { initialize(c: object): void; render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
        m.initialize({ startOnLoad: false });
        const out: { tasks: number; crit: number; milestones: number }[] = [];
        for (const [i, text] of sources.entries()) {
          const { svg } = await m.render(`g${i}`, text);
          const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
          out.push({ tasks: doc.querySelectorAll('rect.task').length, crit: doc.querySelectorAll('rect.crit0, rect.crit1, rect.crit2, rect.crit3').length, milestones: doc.querySelectorAll('rect.milestone').length });
        }
        return out;
      }, gantts);
      assert.deepEqual(errors, []);
      assert.equal(requests.length, 1, requests.join('\n'));
      for (const [i, d] of drawn.entries()) {
        const x = result.workloads[i]!;
        assert.ok(d.tasks > 0, x.id);
        assert.equal(d.crit > 0, x.timeline.losses.length > 0 || x.timeline.events.some((e) => e.kind === 'listeners-close'), `${x.id}: traffic lost is drawn critical`);
        assert.ok(d.milestones > 0, `${x.id}: moments are milestones`);
      }
    } finally {
      await page.close();
    }
  });
});
