/**
 * The timer queue: a persistent min-heap on (time, seq) of task ids. A task has at
 * most one timer (its sleep or its timeout), whose seq its blocked state carries; when
 * the task leaves that state the entry goes stale — skipped when it reaches the top —
 * so cancelling a timer never touches the heap.
 */
import { type Heap, heapInsert, heapPop } from './persistent.js';
import { taskAt } from './state.js';
import type { KernelState, Ns, Tid } from './types.js';

/** Arms a timer for `tid` at `at`; returns its seq, for the task's blocked state. */
export function arm(s: KernelState, tid: Tid, at: Ns): number {
  const seq = s.seq++;
  s.timers = heapInsert(s.timers, at, seq, tid);
  return seq;
}

/** Whether a heap entry is the live timer of its task. */
export function live(s: KernelState, h: Heap): boolean {
  const st = taskAt(s, h.v).state;
  return st.tag === 'blocked' && st.timer === h.seq;
}

/** The heap with stale entries removed from its top: its root is the next live timer, or null. */
export function liveTimers(s: KernelState): Heap | null {
  let h = s.timers;
  while (h !== null && !live(s, h)) h = heapPop(h);
  return h;
}
