/**
 * A workload's termination timeline as a Mermaid gantt (GitHub renders Mermaid in job summaries,
 * PR comments and READMEs): one section per lane of timeline-lanes, each segment a task, the
 * moments milestones, traffic lost `crit`. Times are milliseconds (`dateFormat x`), so that the
 * axis reads seconds after the pod was deleted.
 */
import type { ExplainedWorkload } from '../explain/model.js';
import { formatSeconds } from '../domain/durations.js';
import { lanesOf, tickStep, type SegmentStyle } from './timeline-lanes.js';

const TAGS: Partial<Record<SegmentStyle, string>> = {
  draining: 'active',
  stopping: 'active',
  maybe: 'done',
  closed: 'crit',
  cut: 'crit',
  lost: 'crit',
  'possible-loss': 'crit',
  unknown: 'done',
};

/** Text Mermaid reads as a task name or title: no `:` `;` `#` (they end or start its syntax), no line breaks. */
function text(s: string): string {
  return s.replace(/[\r\n\t]+/g, ' ').replace(/[:;#`<>{}]/g, ' ').replace(/ {2,}/g, ' ').trim();
}

const ms = (seconds: number) => String(Math.round(seconds * 1000));

/** The gantt's source (without the fence). */
export function gantt(x: ExplainedWorkload): string {
  const t = x.timeline;
  const lines = ['gantt', `    title ${text(`${x.id}, pod deleted at 0s${t.grace !== undefined ? `, SIGKILL at ${formatSeconds(t.grace)}` : ''}`)}`, '    dateFormat x', '    axisFormat %ss', `    tickInterval ${tickStep(Math.max(1, t.end), 8)}second`, '    todayMarker off'];
  let n = 0;
  const id = () => `t${++n}`;
  for (const lane of lanesOf(t)) {
    lines.push(`    section ${text(lane.name)}`);
    for (const seg of lane.segments) {
      if (seg.to <= seg.from) continue;
      const tag = TAGS[seg.style];
      lines.push(`    ${text(seg.label)} :${tag ? `${tag}, ` : ''}${id()}, ${ms(seg.from)}, ${ms(seg.to)}`);
    }
    for (const m of lane.marks) lines.push(`    ${text(m.label)} :milestone, ${id()}, ${ms(m.at)}, ${ms(m.at)}`);
  }
  if (t.grace !== undefined) {
    lines.push('    section SIGKILL', `    SIGKILL ${formatSeconds(t.grace)} :milestone, ${id()}, ${ms(t.grace)}, ${ms(t.grace)}`);
  }
  return `${lines.join('\n')}\n`;
}
