/**
 * `drainlint explain` for a terminal: per workload, its effective settings with their sources
 * (values overridden or ignored struck through, with why), a Unicode bar chart of the termination
 * timeline scaled to the width, the moments with the values that set them, the windows where
 * traffic is lost, and the findings that apply. Colour with chalk when asked (a TTY); plain text
 * otherwise, where every mark is a distinct character. File content is shown with control
 * characters escaped.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { otherFindings, type ExplainedFinding, type ExplainedSetting, type ExplainedWorkload, type SourceOf, type StruckValue } from '../explain/model.js';
import type { LintResult } from '../types.js';
import type { FormatContext } from './format.js';
import { counts } from './json.js';
import { safe } from './safe.js';
import { wrap } from './stylish.js';
import { lanesOf, tickStep, when, type Lane, type SegmentStyle } from './timeline-lanes.js';
import { formatSeconds } from '../domain/durations.js';
import { proxyWords as markdownProxyWords } from './markdown.js';

/** The character each style fills a bar with (distinct, so that plain text reads without colour). */
const FILL: Record<SegmentStyle, string> = {
  running: '█',
  stopping: '▓',
  draining: '▒',
  maybe: '░',
  accepting: '─',
  closed: '×',
  inflight: '═',
  cut: '╳',
  lost: '!',
  'possible-loss': '?',
  unknown: '┄',
};

const LABEL_WIDTH = 13;

export function explainStylish(result: LintResult, ctx: FormatContext): string {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const width = Math.max(60, ctx.width ?? 80);
  const workloads = result.workloads ?? [];
  const out: string[] = [];
  if (result.targets) {
    const v = (s: ExplainedSetting) => `${s.value ?? 'not given'}`;
    out.push(c.dim(`Target versions: Istio ${v(result.targets.istio)}, Kubernetes ${v(result.targets.kubernetes)}`), '');
  }
  for (const x of workloads) out.push(...workload(x, c, width), '');
  const others = otherFindings(result.findings, workloads);
  if (others.length > 0) out.push(c.bold('Findings about no single workload'), ...others.flatMap((f) => findingLines(f, c, width)), '');
  const n = counts(result.findings);
  const total = result.findings.length;
  const problems = total === 0 ? 'no problems' : `${total} problem${total === 1 ? '' : 's'} (${n.errors} error${n.errors === 1 ? '' : 's'}, ${n.warnings} warning${n.warnings === 1 ? '' : 's'}, ${n.infos} info)`;
  out.push(`${workloads.length} workload${workloads.length === 1 ? '' : 's'} explained, ${problems}`);
  return `${out.join('\n')}\n`;
}

function colourOf(c: ChalkInstance, style: SegmentStyle): (s: string) => string {
  switch (style) {
    case 'running':
    case 'accepting':
    case 'inflight':
      return c.green;
    case 'stopping':
    case 'draining':
      return c.yellow;
    case 'maybe':
    case 'unknown':
      return c.dim;
    case 'closed':
    case 'cut':
    case 'lost':
      return c.red;
    case 'possible-loss':
      return c.magenta;
  }
}

function workload(x: ExplainedWorkload, c: ChalkInstance, width: number): string[] {
  const lines: string[] = [];
  lines.push(`${c.bold(safe(x.id))}  ${c.dim(`${safe(x.file)}:${x.line}`)}`);
  const injection = x.settings.find((s) => s.key === 'injection')!;
  lines.push(...indent(wrap(`${proxyWords(x)}; sidecar injection ${injection.value}: ${safe(injection.source)}.`, width - 2), 2));
  lines.push('', c.bold('Effective settings'));
  lines.push(...settingsTable(x.settings.filter((s) => s.key !== 'injection'), c, width));
  lines.push('', c.bold(`Timeline${x.timeline.grace !== undefined ? ` (t = 0: the pod is deleted; SIGKILL at ${formatSeconds(x.timeline.grace)})` : ' (t = 0: the pod is deleted)'}`));
  lines.push(...chart(x, c, width), '');
  lines.push(...moments(x, c, width));
  if (x.timeline.losses.length > 0) {
    lines.push('', c.bold('Traffic lost'));
    for (const l of x.timeline.losses) {
      const span = `${formatSeconds(l.from)}–${formatSeconds(l.to)}`;
      lines.push(...hanging(`  ${span.padEnd(11)}`, `${l.label}${l.possible ? ' (possible)' : ''}`, width, l.possible ? c.magenta : c.red));
    }
  }
  lines.push('', c.bold('Findings'));
  if (x.findings.length === 0) lines.push(`  ${c.green('none')}`);
  for (const f of x.findings) lines.push(...findingLines(f, c, width));
  return lines;
}

function findingLines(f: ExplainedFinding, c: ChalkInstance, width: number): string[] {
  const sev = { error: c.red('error'), warning: c.yellow('warning'), info: c.blue('info') };
  return [`  ${sev[f.severity]}${' '.repeat(8 - f.severity.length)} ${c.dim(f.ruleId)}  ${c.dim(`${safe(f.file)}:${f.line}:${f.column}`)}`, ...indent(wrap(safe(f.message), width - 11), 11)];
}

function proxyWords(x: ExplainedWorkload): string {
  const words = markdownProxyWords(x);
  return `${words[0]!.toUpperCase()}${words.slice(1)}`;
}

function indent(lines: string[], n: number): string[] {
  return lines.map((l) => `${' '.repeat(n)}${l}`);
}

/** `head` then `text` wrapped beside it, continuation lines under the text. */
function hanging(head: string, text: string, width: number, paint: (s: string) => string = (s) => s): string[] {
  const body = wrap(safe(text), Math.max(20, width - head.length));
  return body.map((l, i) => `${i === 0 ? head : ' '.repeat(head.length)}${paint(l)}`);
}

function where(s: SourceOf): string {
  return s.file !== undefined ? `${s.source}, ${s.file}:${s.line}` : s.source;
}

function settingsTable(rows: ExplainedSetting[], c: ChalkInstance, width: number): string[] {
  const out: string[] = [];
  const nameWidth = Math.max(...rows.map((r) => (r.name === 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS' ? r.name.length : Math.min(r.name.length, 29))));
  const valueWidth = Math.min(16, Math.max(...rows.map((r) => valueWords(r).length)));
  for (const r of rows) {
    const head = `  ${r.symbol.padEnd(4)} ${r.name.padEnd(nameWidth)}  `;
    const value = valueWords(r);
    const painted = r.state === 'unknown' ? c.yellow(value) : r.unused ? c.strikethrough(value) : r.state === 'set' ? c.bold(value) : value;
    const pad = ' '.repeat(Math.max(0, valueWidth - value.length));
    const source = safe(r.state === 'unknown' && r.unknown ? `unknown: ${r.unknown}` : where(r));
    const lead = `${head}${value}${pad}  `;
    // The source beside the value when it fits there, else on the lines below (a file:line kept whole).
    if (value.length <= valueWidth && lead.length + source.length <= width) out.push(`${head}${painted}${pad}  ${c.dim(source)}`);
    else {
      out.push(`${head}${painted}`);
      out.push(...sourceLines(r, width - 9).map((l) => `${' '.repeat(9)}${c.dim(l)}`));
    }
    const sub = ' '.repeat(9);
    if (r.note && r.key !== 'mode') out.push(...hanging(sub, r.note, width, c.dim));
    if (r.unused) out.push(...hanging(sub, `not used: ${r.unused}`, width, c.dim));
    for (const s of r.struck) out.push(...struck(s, sub, c, width));
  }
  return out;
}

/** A source wrapped to `width`, its file:line on the last line when it fits there, else on a line of its own. */
function sourceLines(r: ExplainedSetting, width: number): string[] {
  if (r.state === 'unknown' && r.unknown) return wrap(safe(`unknown: ${r.unknown}`), width);
  if (r.file === undefined) return wrap(safe(r.source), width);
  const lines = wrap(safe(`${r.source},`), width);
  const place = safe(`${r.file}:${r.line}`);
  const last = lines.length - 1;
  if (lines[last]!.length + 1 + place.length <= width) lines[last] = `${lines[last]} ${place}`;
  else lines.push(place);
  return lines;
}

function valueWords(r: ExplainedSetting): string {
  if (r.state === 'unknown') return 'unknown';
  if (r.state === 'unset') return '—';
  return r.value ?? '';
}

function struck(s: StruckValue, lead: string, c: ChalkInstance, width: number): string[] {
  // Piped, strikethrough does not show: the word says what the value is.
  const value = `${s.setting !== nameOfSetting(s) ? `${s.setting} ` : ''}${s.written}`;
  // "overridden by …" says it already; other reasons get the status first.
  const text = `${value} (${where(s)}): ${s.why.startsWith(s.status) ? s.why : `${s.status}: ${s.why}`}`;
  const lines = hanging(`${lead}${c.dim('✗')} `, text, width, c.dim);
  return lines.map((l, i) => (i === 0 ? l.replace(safe(value), c.strikethrough(safe(value))) : l));
}

/** Struck values are shown under their own row; a value written under another name (TDDS) says its name. */
function nameOfSetting(s: StruckValue): string {
  return s.setting === 'TERMINATION_DRAIN_DURATION_SECONDS' ? '' : s.setting;
}

function chart(x: ExplainedWorkload, c: ChalkInstance, width: number): string[] {
  const t = x.timeline;
  const lanes = lanesOf(t);
  const cols = Math.max(20, width - LABEL_WIDTH - 4);
  const end = Math.max(1, t.end);
  const col = (s: number) => Math.round((Math.min(s, end) / end) * (cols - 1));
  const lines: string[] = [];
  // The axis: tick labels above a ruler; the SIGKILL column is marked on every lane.
  const step = tickStep(end, Math.max(2, Math.floor(cols / 10)));
  const labels = Array.from({ length: cols + 12 }, () => ' ');
  const ruler = Array.from({ length: cols }, () => '─');
  for (let s = 0; s <= end + 1e-9; s += step) {
    const at = col(s);
    const text = formatSeconds(s);
    const startAt = Math.min(Math.max(0, at - Math.floor(text.length / 2)), cols - text.length);
    if (labels.slice(startAt, startAt + text.length + 1).some((ch) => ch !== ' ')) continue;
    for (let i = 0; i < text.length; i++) labels[startAt + i] = text[i]!;
    ruler[at] = '┼';
  }
  ruler[0] = '├';
  ruler[cols - 1] = '┤';
  const kill = t.grace !== undefined ? col(t.grace) : undefined;
  if (kill !== undefined) ruler[kill] = '╋';
  lines.push(`  ${' '.repeat(LABEL_WIDTH)}${labels.join('').trimEnd()}`);
  lines.push(`  ${' '.repeat(LABEL_WIDTH)}${c.dim(ruler.join(''))}`);
  for (const lane of lanes) lines.push(laneLine(lane, cols, col, kill, c));
  if (kill !== undefined) lines.push(`  ${'SIGKILL'.padEnd(LABEL_WIDTH)}${' '.repeat(kill)}${c.red('▲')} ${formatSeconds(t.grace!)}`);
  const used = new Set(lanes.flatMap((l) => l.segments.map((s) => s.style)));
  const legend = (Object.keys(FILL) as SegmentStyle[]).filter((s) => used.has(s)).map((s) => `${colourOf(c, s)(FILL[s])} ${legendWords(s)}`);
  lines.push(...hanging(`  ${' '.repeat(LABEL_WIDTH)}`, legend.join('  '), width).map((l) => c.dim(l)));
  return lines;
}

function legendWords(s: SegmentStyle): string {
  const words: Record<SegmentStyle, string> = {
    running: 'running',
    stopping: 'stopping',
    draining: 'draining',
    maybe: 'may still run',
    accepting: 'accepting',
    closed: 'closed',
    inflight: 'in flight',
    cut: 'cut by SIGKILL',
    lost: 'traffic lost',
    'possible-loss': 'may be lost',
    unknown: 'unknown',
  };
  return words[s];
}

function laneLine(lane: Lane, cols: number, col: (s: number) => number, kill: number | undefined, c: ChalkInstance): string {
  const cells: { ch: string; style?: SegmentStyle }[] = Array.from({ length: cols }, () => ({ ch: ' ' }));
  if (kill !== undefined) cells[kill] = { ch: '┊' };
  for (const seg of lane.segments) {
    const from = col(seg.from);
    // A segment shorter than a column still shows as one.
    const to = Math.max(from + 1, col(seg.to));
    for (let i = from; i < Math.min(to, cols); i++) cells[i] = { ch: FILL[seg.style], style: seg.style };
  }
  for (const m of lane.marks) {
    const at = Math.min(col(m.at), cols - 1);
    if (cells[at]!.ch === ' ' || cells[at]!.ch === '┊') cells[at] = { ch: '│' };
  }
  let line = '';
  for (const cell of cells) line += cell.style ? colourOf(c, cell.style)(cell.ch) : cell.ch === '┊' ? c.red(cell.ch) : cell.ch;
  return `  ${lane.name.padEnd(LABEL_WIDTH)}${line.trimEnd()}`;
}

function moments(x: ExplainedWorkload, c: ChalkInstance, width: number): string[] {
  const lines: string[] = [];
  const events = x.timeline.events;
  // The values behind a moment, said once for a run of moments at the same time that share them.
  const from = events.map((e) => {
    const seen = new Set<string>();
    // A preStop that is not there says nothing about the moment.
    return e.inputs
      .filter((i) => !(i.level === 'default' && i.name.endsWith('preStop')))
      .map((i) => `${i.name} ${i.value} (${where(i)})`)
      .filter((w) => !seen.has(w) && seen.add(w))
      .join('; ');
  });
  events.forEach((e, k) => {
    const at = e.at === undefined ? 'unknown' : `${when(e)}${e.cutByKill ? ' ✂' : ''}`;
    const head = `  ${at.padEnd(11)}`;
    const what = e.at === undefined && e.unknown ? `${e.label}: unknown, ${e.unknown}` : e.cutByKill && e.kind !== 'sigkill' ? `${e.label}: cut by SIGKILL` : e.label;
    lines.push(...hanging(head, what, width, e.kind === 'sigkill' ? c.red : (s) => s));
    const next = events[k + 1];
    const sharedWithNext = next !== undefined && next.at === e.at && from[k + 1] === from[k];
    if (from[k] && !sharedWithNext) lines.push(...hanging(' '.repeat(head.length + 2), `from ${from[k]}`, width, c.dim));
  });
  return lines;
}
