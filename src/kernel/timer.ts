/**
 * The timer queue: a persistent min-heap on (time, seq) of task ids. A task has at
 * most one timer (its sleep or its timeout), whose seq its blocked state carries, and
 * a process's main task may also carry its process's alarm (`proc.alarm`); when
 * the task leaves that state the entry goes stale — skipped when it reaches the top —
 * so cancelling a timer never touches the heap.
 */
import { type Heap, heapInsert, heapPop } from './persistent.js';
import { procOfTask, taskAt } from './state.js';
import type { KernelState, Ns, Tid } from './types.js';

/** Arms a timer for `tid` at `at`; returns its seq, for the task's blocked state. */
export function arm(s: KernelState, tid: Tid, at: Ns): number {
  const seq = s.seq++;
  s.timers = heapInsert(s.timers, at, seq, tid);
  return seq;
}

/** Whether a heap entry is the live timer of its task, or its process's armed alarm (signal.ts). */
export function live(s: KernelState, h: Heap): boolean {
  const task = taskAt(s, h.v);
  const st = task.state;
  return (st.tag === 'blocked' && st.timer === h.seq) || isAlarm(s, h);
}

/** Whether a heap entry is the armed alarm of its task's process. */
export function isAlarm(s: KernelState, h: Heap): boolean {
  const proc = procOfTask(s, taskAt(s, h.v));
  return proc.alarm === h.seq && proc.status === 'alive';
}

/** The heap with stale entries removed from its top: its root is the next live timer, or null. */
export function liveTimers(s: KernelState): Heap | null {
  let h = s.timers;
  while (h !== null && !live(s, h)) h = heapPop(h);
  return h;
}
