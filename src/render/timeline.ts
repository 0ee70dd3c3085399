/**
 * `--format timeline`: an ASCII Gantt chart. One lane per CPU (a letter per process,
 * '.' idle) and one per process (a character per state), over a shared time axis.
 * Each column is a time bucket showing what occupied most of it.
 */
import type { KernelState, Ns, TaskTag } from '../kernel/types.js';
import type { TraceEvent } from '../kernel/trace.js';
import { formatDuration } from '../kernel/time.js';
import { type Interval, intervals } from './intervals.js';
import { allProcs } from '../kernel/state.js';

export const STATE_CHARS: Record<TaskTag, string> = {
  running: '#',
  ready: '.',
  interrupted: ':',
  blocked: '_',
  zombie: 'z',
  exited: ' ',
};

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** For each bucket, the value that covers most of it (or `empty`). */
function buckets<T>(items: { start: Ns; end: Ns; value: T }[], t0: Ns, span: Ns, width: number, empty: T): T[] {
  const cover = Array.from({ length: width }, () => new Map<T, number>());
  const step = span / width;
  for (const it of items) {
    if (it.end <= t0 || it.start >= t0 + span) continue;
    const a = Math.max(0, Math.floor((it.start - t0) / step));
    const b = Math.min(width - 1, Math.floor((Math.max(it.start, it.end - 1e-9) - t0) / step));
    for (let i = a; i <= b; i++) {
      const lo = Math.max(it.start, t0 + i * step);
      const hi = Math.min(it.end, t0 + (i + 1) * step);
      const m = cover[i]!;
      // A zero-length run still shows (a syscall that returned at once).
      m.set(it.value, (m.get(it.value) ?? 0) + Math.max(hi - lo, 1e-6));
    }
  }
  return cover.map((m) => {
    let best = empty;
    let most = 0;
    for (const [v, d] of m) if (d > most) [best, most] = [v, d];
    return best;
  });
}

/** A part of the chart: from a time on (a window of a long run), only some processes' lanes. */
export interface TimelineWindow {
  from?: Ns;
  pids?: ReadonlySet<number>;
}

export function renderTimeline(s: KernelState, trace: readonly TraceEvent[], width = 72, window: TimelineWindow = {}): string {
  const t0 = window.from ?? 0;
  const end = Math.max(s.clock, t0 + 1);
  const lanes = intervals(trace, end);
  const letter = new Map<number, string>();
  const all0 = allProcs(s).filter((p) => p.tasks.length > 0);
  all0.forEach((p, i) => letter.set(p.pid, LETTERS[i] ?? '*'));
  const procs = window.pids ? all0.filter((p) => window.pids!.has(p.pid)) : all0;
  const all: Interval[] = lanes.flatMap((l) => l.intervals);
  const label = (text: string): string => text.padEnd(22).slice(0, 22);
  const lines: string[] = [];
  const axis = `${formatDuration(t0).padEnd(width / 2)}${formatDuration(Math.round((t0 + end) / 2))}`;
  lines.push(`${label('time')} ${axis.padEnd(width - formatDuration(end).length)}${formatDuration(end)}`);
  for (const cpu of s.cpus) {
    const runs = all.filter((iv) => iv.state === 'running' && iv.cpu === cpu.id).map((iv) => ({ start: iv.start, end: iv.end, value: letter.get(iv.pid) ?? '?' }));
    lines.push(`${label(`cpu${cpu.id}`)}|${buckets(runs, t0, end - t0, width, '.').join('')}|`);
  }
  for (const p of procs) {
    const tid = p.tasks[0]!;
    const lane = lanes.find((l) => l.tid === tid);
    const items = (lane?.intervals ?? []).map((iv) => ({ start: iv.start, end: iv.end, value: STATE_CHARS[iv.state] }));
    lines.push(`${label(`${letter.get(p.pid)} ${p.pid} ${p.name}`)}|${buckets(items, t0, end - t0, width, ' ').join('')}|`);
  }
  lines.push(
    `${label('')} ${Object.entries(STATE_CHARS)
      .map(([state, ch]) => `${ch === ' ' ? "' '" : ch} ${state}`)
      .join('  ')}; cpu lanes: process letter, '.' idle`,
  );
  return `${lines.join('\n')}\n`;
}
