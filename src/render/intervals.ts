/**
 * State intervals: for each task, the stretches of time it spent in each state,
 * derived from the trace alone (so they can be drawn for any prefix of a run).
 *
 * `IntervalBuilder` makes them as events arrive and hands each one on when it closes,
 * keeping only the open interval of each task: renderers of runs of any length
 * (metrics, timeline, perfetto) stay small. `intervals()` collects them all, for a
 * trace held in memory.
 */
import type { TraceEvent } from '../kernel/trace.js';
import type { Ns, TaskTag } from '../kernel/types.js';
import { blockText, exitText, wakeText } from './describe.js';

export interface Interval {
  tid: number;
  pid: number;
  state: TaskTag;
  start: Ns;
  end: Ns;
  /** Why: the block reason, the CPU, the exit status. */
  detail: string;
  cpu: number;
}

export interface TaskLane {
  tid: number;
  pid: number;
  intervals: Interval[];
}

/**
 * Turns events into closed intervals, in the order they close. A zero-length
 * interval is dropped unless it is a run (a syscall that returned at once still ran);
 * an exited task's last interval is never emitted.
 */
export class IntervalBuilder {
  private readonly open = new Map<number, Interval>();

  constructor(
    private readonly closed: (iv: Interval) => void,
    /** Told of every change of a task's state, at the time it happens (never before an event's time). */
    private readonly moved: ((from: TaskTag | null, to: TaskTag, t: Ns) => void) | null = null,
  ) {}

  private begin(tid: number, pid: number, state: TaskTag, t: Ns, detail: string, cpu = -1): void {
    const cur = this.open.get(tid);
    this.moved?.(cur?.state ?? null, state, t);
    if (cur) {
      cur.end = t;
      if (cur.end > cur.start || cur.state === 'running') this.closed(cur);
    }
    this.open.set(tid, { tid, pid, state, start: t, end: t, detail, cpu });
  }

  event(e: TraceEvent): void {
    switch (e.kind) {
      case 'create':
        this.begin(e.childTid, e.child, 'ready', e.t, `created by ${e.how}`);
        break;
      case 'dispatch':
        // Until the context switch is done it is still waiting for the CPU.
        this.begin(e.tid, e.pid, 'running', e.at, `cpu ${e.cpu}`, e.cpu);
        break;
      case 'preempt':
        this.begin(e.tid, e.pid, 'interrupted', e.t, e.why);
        break;
      case 'block':
        this.begin(e.tid, e.pid, 'blocked', e.t, blockText(e.on, e.obj));
        break;
      case 'wake':
        this.begin(e.tid, e.pid, 'ready', e.t, wakeText(e.reason));
        break;
      case 'exit':
        this.begin(e.tid, e.pid, 'zombie', e.t, exitText(e.how));
        break;
      case 'reap':
        for (const [tid, iv] of this.open) if (iv.pid === e.child && iv.state === 'zombie') this.begin(tid, iv.pid, 'exited', e.t, `reaped by ${e.pid}`);
        break;
      default:
        break;
    }
  }

  /** Closes every open interval at `until` (tasks in order of tid); the builder is spent. */
  flush(until: Ns): void {
    for (const tid of [...this.open.keys()].sort((a, b) => a - b)) {
      const iv = this.open.get(tid)!;
      iv.end = Math.max(iv.start, until);
      if (iv.state !== 'exited') this.closed(iv);
    }
    this.open.clear();
  }
}

/** Replays the trace into intervals; open intervals end at `until`. */
export function intervals(trace: readonly TraceEvent[], until: Ns): TaskLane[] {
  const lanes = new Map<number, TaskLane>();
  const b = new IntervalBuilder((iv) => {
    let lane = lanes.get(iv.tid);
    if (!lane) lanes.set(iv.tid, (lane = { tid: iv.tid, pid: iv.pid, intervals: [] }));
    lane.intervals.push(iv);
  });
  for (const e of trace) b.event(e);
  b.flush(until);
  return [...lanes.values()].sort((a, b) => a.tid - b.tid);
}
