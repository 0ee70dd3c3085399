/**
 * State intervals: for each task, the stretches of time it spent in each state,
 * derived from the trace alone (so they can be drawn for any prefix of a run).
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

/** Replays the trace into intervals; open intervals end at `until`. */
export function intervals(trace: readonly TraceEvent[], until: Ns): TaskLane[] {
  const lanes = new Map<number, TaskLane>();
  const open = new Map<number, Interval>();
  const begin = (tid: number, pid: number, state: TaskTag, t: Ns, detail: string, cpu = -1): void => {
    const cur = open.get(tid);
    if (cur) {
      cur.end = t;
      if (cur.end > cur.start || cur.state === 'running') lanes.get(tid)!.intervals.push(cur);
    }
    if (!lanes.has(tid)) lanes.set(tid, { tid, pid, intervals: [] });
    open.set(tid, { tid, pid, state, start: t, end: t, detail, cpu });
  };
  for (const e of trace) {
    switch (e.kind) {
      case 'create':
        begin(e.childTid, e.child, 'ready', e.t, `created by ${e.how}`);
        break;
      case 'dispatch':
        // Until the context switch is done it is still waiting for the CPU.
        begin(e.tid, e.pid, 'running', e.at, `cpu ${e.cpu}`, e.cpu);
        break;
      case 'preempt':
        begin(e.tid, e.pid, 'interrupted', e.t, e.why);
        break;
      case 'block':
        begin(e.tid, e.pid, 'blocked', e.t, blockText(e.on, e.obj));
        break;
      case 'wake':
        begin(e.tid, e.pid, 'ready', e.t, wakeText(e.reason));
        break;
      case 'exit':
        begin(e.tid, e.pid, 'zombie', e.t, exitText(e.how));
        break;
      case 'reap':
        for (const [tid, iv] of open) if (iv.pid === e.child && iv.state === 'zombie') begin(tid, iv.pid, 'exited', e.t, `reaped by ${e.pid}`);
        break;
      default:
        break;
    }
  }
  for (const [tid, iv] of open) {
    iv.end = Math.max(iv.start, until);
    if (iv.state !== 'exited') lanes.get(tid)!.intervals.push(iv);
  }
  return [...lanes.values()].sort((a, b) => a.tid - b.tid);
}
