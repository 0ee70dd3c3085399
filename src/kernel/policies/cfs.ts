/**
 * A CFS-like fair scheduler: each task accumulates virtual runtime, its CPU time
 * scaled by 1024 / weight(nice) (Linux's weight table: nice 0 = 1024, each step ~1.25x);
 * the ready task with the least vruntime runs next (a min-heap on vruntime, as Linux
 * keeps a red-black tree). Its slice is the scheduling latency (6 ms, or 0.75 ms per
 * task past 8) shared in proportion to weight, at least 0.75 ms. A task that wakes gets
 * at least the minimum vruntime less half a latency (sleepers are not owed unlimited
 * time). A woken task preempts when its vruntime is more than 1 ms (of weighted time)
 * behind the running task's. Ties: arrival order.
 */
import { type Heap, heapInsert, heapMerge, heapPop, heapValues } from '../persistent.js';
import { taskAt } from '../state.js';
import type { KernelState, Task, Tid } from '../types.js';
import { MS, US } from '../time.js';
import type { Policy } from './policy.js';
import { runq, setRunq } from './policy.js';

export const LATENCY = 6 * MS;
export const MIN_GRANULARITY = 750 * US;
export const WAKEUP_GRANULARITY = 1 * MS;

export const weight = (nice: number): number => Math.round(1024 / 1.25 ** Math.max(-20, Math.min(19, nice)));

function minVruntime(s: KernelState): number {
  let min = runq(s).heap?.key ?? Infinity;
  for (const cpu of s.cpus) if (cpu.task >= 0) min = Math.min(min, taskAt(s, cpu.task).vruntime);
  return min === Infinity ? 0 : min;
}

/** Sum of the weights of the ready tasks (kept out of the heap: recomputed; n is small when it matters). */
function readyWeight(s: KernelState): number {
  let total = 0;
  for (const tid of heapValues(runq(s).heap)) total += weight(taskAt(s, tid).nice);
  return total;
}

export const cfs: Policy = {
  name: 'cfs',
  help: 'CFS-like fair scheduler: runs the ready task with the least virtual runtime (CPU time * 1024 / weight(nice)); slice = 6ms latency shared by weight, at least 0.75ms; waking tasks start no further back than min vruntime - 3ms and preempt when 1ms behind the running task. Ties: arrival order.',
  levels: 0,
  preemptive: true,
  enqueue: (_k, s, task, why) => {
    if (why === 'new' || why === 'wake') {
      const floor = minVruntime(s) - (why === 'wake' ? LATENCY / 2 : 0);
      task.vruntime = Math.max(task.vruntime, floor);
    }
    const rq = runq(s);
    setRunq(s, { ...rq, heap: heapInsert(rq.heap, task.vruntime, s.seq++, task.tid) });
    s.nready++;
  },
  pick: (_k, s, eligible) => {
    const rq = runq(s);
    if (rq.heap === null) return -1;
    // The least vruntime among the eligible: pop until one is, then put the rest back.
    const skipped: Heap[] = [];
    let heap: Heap | null = rq.heap;
    while (heap !== null && !eligible(s, heap.v)) {
      skipped.push(heap);
      heap = heapPop(heap);
    }
    if (heap === null) return -1;
    const tid = heap.v;
    let rest = heapPop(heap);
    for (const h of skipped) rest = heapInsert(rest, h.key, h.seq, h.v);
    setRunq(s, { ...rq, heap: rest });
    s.nready--;
    return tid;
  },
  slice: (_k, s, task) => {
    const total = weight(task.nice) + readyWeight(s);
    const n = s.nready + 1;
    const period = n > 8 ? n * MIN_GRANULARITY : LATENCY;
    return Math.max(MIN_GRANULARITY, Math.round((period * weight(task.nice)) / total));
  },
  charge: (_k, _s, task: Task, ran) => {
    task.vruntime += (ran * 1024) / weight(task.nice);
  },
  beats: (_s, woken, running) => woken.vruntime + WAKEUP_GRANULARITY < running.vruntime,
  remove: (s: KernelState, tid: Tid) => {
    const rq = runq(s);
    const remove = (h: Heap | null): Heap | null => {
      if (h === null) return null;
      if (h.v === tid) return heapPop(h);
      const [l, r] = [remove(h.l), remove(h.r)];
      return l === h.l && r === h.r ? h : heapInsert(heapMerge(l, r), h.key, h.seq, h.v);
    };
    const heap = remove(rq.heap);
    if (heap === rq.heap) return;
    setRunq(s, { ...rq, heap });
    s.nready--;
  },
};
