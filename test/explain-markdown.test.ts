/**
 * The Markdown reports read as Markdown and their gantts as Mermaid: every rendering is parsed by
 * a Markdown parser (marked: headings, tables, code blocks, no stray HTML), and every gantt by
 * Mermaid's own parser (mermaid 11 on Node 20, with happy-dom for the DOM it asks for), whose
 * task times must be the timeline's moments (Mermaid reads `dateFormat x` as milliseconds).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { marked, type Token, type Tokens } from 'marked';
import { explain } from '../src/explain/run.js';
import { lint } from '../src/lint.js';
import type { ExplainedWorkload } from '../src/explain/model.js';
import { EXPLAIN_FORMATTERS, FORMATTERS } from '../src/report/index.js';
import { lanesOf } from '../src/report/timeline-lanes.js';
import { ROOT } from './helpers/rule-tester.js';
import { GOLDEN_CASES } from './helpers/golden.js';

interface GanttTask {
  section: string;
  task: string;
  startTime: Date;
  endTime: Date;
  milestone?: boolean;
  crit?: boolean;
}
interface MermaidApi {
  initialize(config: object): void;
  parse(text: string): Promise<{ diagramType: string }>;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: { getTasks(): GanttTask[] } }> };
}

let mermaid: MermaidApi;
let closeDom: () => Promise<void>;
before(async () => {
  // Mermaid sanitises text with DOMPurify, which needs a window.
  const { Window } = await import('happy-dom');
  const win = new Window();
  Object.assign(globalThis, { window: win, document: win.document });
  closeDom = () => win.happyDOM.close();
  mermaid = (await import('mermaid')).default as unknown as MermaidApi;
  mermaid.initialize({ startOnLoad: false });
});
after(async () => closeDom());

const ctx = { color: false, version: '0.0.0-test', width: 80 };

/** Every token of a Markdown document, nested ones included. */
function tokens(md: string): Token[] {
  const out: Token[] = [];
  const walk = (list: Token[]) => {
    for (const t of list) {
      out.push(t);
      const children = (t as { tokens?: Token[] }).tokens;
      if (children) walk(children);
    }
  };
  walk(marked.lexer(md));
  return out;
}

/** The gantt's tasks as "section|name|start-end" (ms), milestones as "section|name|@at". */
async function tasks(gantt: string): Promise<string[]> {
  const parsed = await mermaid.parse(gantt);
  assert.equal(parsed.diagramType, 'gantt');
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(gantt);
  return diagram.db.getTasks().map((t) => `${t.section}|${t.task.trim()}|${t.milestone ? `@${t.startTime.getTime()}` : `${t.startTime.getTime()}-${t.endTime.getTime()}`}`);
}

/** What the gantt of a workload must hold: its lanes' segments and moments, in milliseconds. */
function expectedTasks(x: ExplainedWorkload): string[] {
  const out: string[] = [];
  for (const lane of lanesOf(x.timeline)) {
    for (const s of lane.segments) if (s.to > s.from) out.push(`${lane.name}|${s.from * 1000}-${s.to * 1000}`);
    for (const m of lane.marks) out.push(`${lane.name}|@${m.at * 1000}`);
  }
  if (x.timeline.grace !== undefined) out.push(`SIGKILL|@${x.timeline.grace * 1000}`);
  return out;
}

async function assertGantts(md: string, workloads: ExplainedWorkload[]): Promise<void> {
  const blocks = tokens(md).filter((t): t is Tokens.Code => t.type === 'code');
  assert.deepEqual(blocks.map((b) => b.lang), workloads.map(() => 'mermaid'));
  for (const [i, block] of blocks.entries()) {
    const got = await tasks(block.text);
    // Names aside (they are words), every task starts and ends where the timeline says.
    assert.deepEqual(got.map((t) => t.replace(/\|[^|]*\|/, '|')), expectedTasks(workloads[i]!), workloads[i]!.id);
  }
}

describe('Markdown reports parse as Markdown, and their gantts as Mermaid', () => {
  for (const c of GOLDEN_CASES) {
    it(`explain ${c.name}`, async () => {
      const r = await explain({ paths: c.args, options: { cwd: ROOT, config: false, istioVersion: c.istioVersion } });
      const md = EXPLAIN_FORMATTERS['markdown']!(r, ctx);
      const all = tokens(md);
      const headings = all.filter((t): t is Tokens.Heading => t.type === 'heading').map((t) => `${t.depth} ${t.text}`);
      assert.deepEqual(headings, ['2 drainlint explain', ...r.workloads.map((x) => `3 ${x.id}`)]);
      // Per workload: its settings, its moments, and its findings when it has some.
      const tables = all.filter((t): t is Tokens.Table => t.type === 'table');
      assert.equal(tables.length, r.workloads.reduce((n, x) => n + 2 + (x.findings.length > 0 ? 1 : 0), 0));
      for (const t of tables) for (const row of t.rows) assert.equal(row.length, t.header.length);
      const settings = tables.filter((t) => t.header.map((h) => h.text).join('|') === '|Setting|Value|Source');
      assert.deepEqual(
        settings.map((t) => t.rows.filter((row) => !row[1]!.text.startsWith('↳')).length),
        r.workloads.map((x) => x.settings.length - 1),
      );
      // Nothing from a manifest becomes markup: the only HTML is the footer.
      assert.deepEqual(all.filter((t) => t.type === 'html').map((t) => t.raw.trim()), ['<sub>', '</sub>']);
      await assertGantts(md, r.workloads);
    });
  }

  it('drainlint --format markdown: one gantt per workload with findings', async () => {
    const r = await lint({ paths: ['fixtures/examples'], options: { cwd: ROOT, config: false, explain: 'with-findings' } });
    const md = FORMATTERS['markdown']!(r, ctx);
    assert.ok(r.workloads!.length >= 3);
    await assertGantts(md, r.workloads!);
  });

  it('the seed (EZ mesh-wide, G 30, L 60s): Mermaid places the drain, the exit range, SIGKILL and the cut where §3.3 puts them', async () => {
    const r = await explain({ paths: ['fixtures/examples/seed-mesh-wide'], options: { cwd: ROOT, config: false } });
    const block = tokens(EXPLAIN_FORMATTERS['markdown']!(r, ctx)).find((t): t is Tokens.Code => t.type === 'code')!;
    assert.deepEqual(await tasks(block.text), [
      'app|SIGTERM 0s|@0',
      'app|exits 0s|@0',
      'proxy|draining|0-6000',
      'proxy|may still run (until no connection is active)|6000-30000',
      'proxy|drains 0s|@0',
      'proxy|exits 6s–30s|@6000',
      'connections|in flight|0-30000',
      'connections|cut by SIGKILL (would end at 1m)|30000-60000',
      'traffic lost|connections still open at SIGKILL|30000-60000',
      'SIGKILL|SIGKILL 30s|@30000',
    ]);
  });

  it("Mermaid's parser rejects what is not a gantt it reads (so the checks above can fail)", async () => {
    await assert.rejects(mermaid.parse('gantt\n    dateFormat x\n    sectionx proxy\n    :::\n'));
  });

  it('text from a manifest cannot break the gantt: colons, hashes and semicolons are left out of names', async () => {
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "a:b#c;d"\n  namespace: x\n  annotations:\n    sidecar.istio.io/inject: "true"\n    drainlint.io/connection-lifetime: 60s\nspec:\n  containers:\n    - name: app\n      image: x\n';
    const r = await explain({ paths: [], texts: [{ path: 'pod.yaml', text: pod }], options: { cwd: ROOT, config: false } });
    await assertGantts(EXPLAIN_FORMATTERS['markdown']!(r, ctx), r.workloads);
  });
});
