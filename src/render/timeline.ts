/**
 * `--format timeline`: an ASCII Gantt chart. One lane per CPU (a letter per process,
 * '.' idle) and one per process (a character per state), over a shared time axis.
 * Each column is a time bucket showing what occupied most of it.
 *
 * The chart is made as the run goes (`TimelineSummary`). Up to EXACT intervals it keeps
 * them all and the columns are exact; past that it folds them into a grid of GRID time
 * slices per lane whose width doubles as the run grows, and each column is read from
 * the slices it overlaps — memory stays bounded for runs of any length. At most LANES
 * processes get a lane.
 */
import type { KernelState, Ns, TaskTag } from '../kernel/types.js';
import type { TraceEvent } from '../kernel/trace.js';
import { formatDuration } from '../kernel/time.js';
import { type Interval, IntervalBuilder } from './intervals.js';
import { allProcs } from '../kernel/state.js';
import type { Out, RunWriter } from './writer.js';

export const STATE_CHARS: Record<TaskTag, string> = {
  running: '#',
  ready: '.',
  interrupted: ':',
  blocked: '_',
  zombie: 'z',
  exited: ' ',
};

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const STATES = Object.keys(STATE_CHARS) as TaskTag[];

/** Intervals kept exactly before the chart switches to its grid. */
const EXACT = 100_000;
/** Time slices per lane in the grid. */
const GRID = 512;
/** Process lanes drawn at most (the rest are counted below the chart). */
export const LANES = 200;

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

/**
 * A lane folded into GRID slices of `slice` ns: for each slice, how long each of
 * `values` values covered it (row-major: slice × value).
 */
class GridLane {
  cover: Float64Array;
  constructor(readonly values: number) {
    this.cover = new Float64Array(GRID * values);
  }

  add(start: Ns, end: Ns, value: number, slice: number): void {
    const a = Math.floor(start / slice);
    const b = Math.min(GRID - 1, Math.floor(Math.max(start, end - 1e-9) / slice));
    for (let i = a; i <= b; i++) {
      const lo = Math.max(start, i * slice);
      const hi = Math.min(end, (i + 1) * slice);
      this.cover[i * this.values + value]! += Math.max(hi - lo, 1e-6);
    }
  }

  /** Slices twice as wide: slice i becomes the sum of slices 2i and 2i+1. */
  widen(): void {
    const out = new Float64Array(GRID * this.values);
    for (let i = 0; i < GRID; i++) {
      for (let v = 0; v < this.values; v++) out[(i >> 1) * this.values + v]! += this.cover[i * this.values + v]!;
    }
    this.cover = out;
  }

  /** The value covering most of each of `width` columns over [t0, t0 + span). */
  columns(slice: number, t0: Ns, span: Ns, width: number): number[] {
    const out: number[] = [];
    const step = span / width;
    const sums = new Float64Array(this.values);
    for (let c = 0; c < width; c++) {
      sums.fill(0);
      const lo = t0 + c * step;
      const hi = t0 + (c + 1) * step;
      for (let i = Math.floor(lo / slice); i < GRID && i * slice < hi; i++) {
        const part = (Math.min(hi, (i + 1) * slice) - Math.max(lo, i * slice)) / slice;
        if (part <= 0) continue;
        for (let v = 0; v < this.values; v++) sums[v]! += this.cover[i * this.values + v]! * part;
      }
      let best = -1;
      let most = 0;
      for (let v = 0; v < this.values; v++) if (sums[v]! > most) [best, most] = [v, sums[v]!];
      out.push(best);
    }
    return out;
  }
}

/** A timeline drawn from a run's events as they happen. */
export class TimelineSummary {
  private exact: Interval[] | null = [];
  /** Grid mode: the slice width (ns), CPU lanes (value: process rank) and process lanes (value: state). */
  private slice = 1_000;
  private cpuLanes = new Map<number, GridLane>();
  private procLanes = new Map<number, GridLane>();
  /** Creation rank of each process (its letter), and the main tid of each. */
  private readonly rank = new Map<number, number>();
  private readonly mainTid = new Map<number, number>();
  private readonly builder = new IntervalBuilder((iv) => this.add(iv));

  /** `exact`: intervals kept before folding into the grid (tests compare both ways). */
  constructor(private readonly exactUpTo = EXACT) {}

  event(e: TraceEvent): void {
    if (e.kind === 'create' && e.how !== 'thread') {
      this.rank.set(e.child, this.rank.size);
      this.mainTid.set(e.child, e.childTid);
    }
    this.builder.event(e);
  }

  private add(iv: Interval): void {
    if (this.exact) {
      this.exact.push(iv);
      if (this.exact.length > this.exactUpTo) {
        const all = this.exact;
        this.exact = null;
        for (const x of all) this.fold(x);
      }
      return;
    }
    this.fold(iv);
  }

  private fold(iv: Interval): void {
    while (iv.end > GRID * this.slice) {
      this.slice *= 2;
      for (const lane of [...this.cpuLanes.values(), ...this.procLanes.values()]) lane.widen();
    }
    const rank = this.rank.get(iv.pid) ?? LETTERS.length;
    if (iv.state === 'running') {
      let lane = this.cpuLanes.get(iv.cpu);
      if (!lane) this.cpuLanes.set(iv.cpu, (lane = new GridLane(LETTERS.length + 1)));
      lane.add(iv.start, iv.end, Math.min(rank, LETTERS.length), this.slice);
    }
    if (rank < LANES && this.mainTid.get(iv.pid) === iv.tid) {
      let lane = this.procLanes.get(iv.pid);
      if (!lane) this.procLanes.set(iv.pid, (lane = new GridLane(STATES.length)));
      lane.add(iv.start, iv.end, STATES.indexOf(iv.state), this.slice);
    }
  }

  /** The chart, given the state at the run's end (or of the part of the run seen); `window` narrows it. */
  finish(s: KernelState, width = 72, window: TimelineWindow = {}): string {
    const t0 = window.from ?? 0;
    const end = Math.max(s.clock, t0 + 1);
    this.builder.flush(end);
    const all = allProcs(s).filter((p) => p.tasks.length > 0);
    const letter = new Map<number, string>();
    all.forEach((p, i) => letter.set(p.pid, LETTERS[i] ?? '*'));
    const procs = window.pids ? all.filter((p) => window.pids!.has(p.pid)) : all;
    const shown = procs.slice(0, LANES);
    const label = (text: string): string => text.padEnd(22).slice(0, 22);
    const lines: string[] = [];
    const axis = `${formatDuration(t0).padEnd(width / 2)}${formatDuration(Math.round((t0 + end) / 2))}`;
    lines.push(`${label('time')} ${axis.padEnd(width - formatDuration(end).length)}${formatDuration(end)}`);
    // Lane by lane, in order of tid, as a whole trace would list them (ties in a column go to the first).
    const exact = this.exact && [...this.exact].sort((a, b) => a.tid - b.tid);
    for (const cpu of s.cpus) {
      let row: string[];
      if (exact) {
        const runs = exact.filter((iv) => iv.state === 'running' && iv.cpu === cpu.id).map((iv) => ({ start: iv.start, end: iv.end, value: letter.get(iv.pid) ?? '?' }));
        row = buckets(runs, t0, end - t0, width, '.');
      } else {
        const cols = this.cpuLanes.get(cpu.id)?.columns(this.slice, t0, end - t0, width) ?? [];
        row = Array.from({ length: width }, (_, i) => (cols[i] === undefined || cols[i]! < 0 ? '.' : LETTERS[cols[i]!] ?? '*'));
      }
      lines.push(`${label(`cpu${cpu.id}`)}|${row.join('')}|`);
    }
    for (const p of shown) {
      const tid = p.tasks[0]!;
      let row: string[];
      if (exact) {
        const items = exact.filter((iv) => iv.tid === tid).map((iv) => ({ start: iv.start, end: iv.end, value: STATE_CHARS[iv.state] }));
        row = buckets(items, t0, end - t0, width, ' ');
      } else {
        const cols = this.procLanes.get(p.pid)?.columns(this.slice, t0, end - t0, width) ?? [];
        row = Array.from({ length: width }, (_, i) => (cols[i] === undefined || cols[i]! < 0 ? ' ' : STATE_CHARS[STATES[cols[i]!]!]));
      }
      lines.push(`${label(`${letter.get(p.pid)} ${p.pid} ${p.name}`)}|${row.join('')}|`);
    }
    if (procs.length > shown.length) lines.push(`${label('')} ... and ${procs.length - shown.length} more processes, not drawn`);
    lines.push(
      `${label('')} ${Object.entries(STATE_CHARS)
        .map(([state, ch]) => `${ch === ' ' ? "' '" : ch} ${state}`)
        .join('  ')}; cpu lanes: process letter, '.' idle`,
    );
    return `${lines.join('\n')}\n`;
  }
}

/** A part of the chart: from a time on (a window of a long run), only some processes' lanes. */
export interface TimelineWindow {
  from?: Ns;
  pids?: ReadonlySet<number>;
}

export function renderTimeline(s: KernelState, trace: readonly TraceEvent[], width = 72, window: TimelineWindow = {}): string {
  const t = new TimelineSummary();
  for (const e of trace) t.event(e);
  return t.finish(s, width, window);
}

/** The timeline of a run, summarised as it happens and drawn at its end. */
export function timelineWriter(out: Out): RunWriter {
  const t = new TimelineSummary();
  return { tracing: true, start: () => {}, event: (e) => t.event(e), write: () => {}, finish: (v) => out(t.finish(v.state)) };
}
