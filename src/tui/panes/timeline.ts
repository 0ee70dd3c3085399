/**
 * The timeline up to now: --format timeline's Gantt lanes over the last stretch of the
 * run (a window of events, so that drawing stays cheap on long runs), its right edge
 * being the current time.
 */
import type { TraceEvent } from '../../kernel/trace.js';
import type { KernelState } from '../../kernel/types.js';
import { renderTimeline } from '../../render/timeline.js';
import type { Line } from '../text.js';

/** Events drawn at most. */
const WINDOW = 4000;

export function timelineLines(s: KernelState, trace: readonly TraceEvent[], done: number, width: number, height: number, selected: number): Line[] {
  const from = Math.max(0, done - WINDOW);
  const events = trace.slice(from, done);
  // The lanes that fit: the selected process first, then the latest to act.
  const pids = new Set<number>([selected]);
  for (let i = events.length - 1; i >= 0 && pids.size < Math.max(1, height - s.cpus.length - 2); i--) if (events[i]!.pid >= 0) pids.add(events[i]!.pid);
  const text = renderTimeline(s, events, Math.max(10, width - 26), { from: from > 0 ? events[0]!.t : 0, pids });
  const rows = text.replace(/\n$/, '').split('\n');
  const out: Line[] = rows.slice(0, Math.max(1, height - 1)).map((r, i) => [{ text: r, dim: i === 0 }]);
  out.push([{ text: `${from > 0 ? `(last ${WINDOW} events) ` : ''}now is the right edge`, dim: true }]);
  return out;
}
