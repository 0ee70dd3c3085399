/**
 * The scheduling-policy interface. A policy owns the ready structure (`s.runq`, a
 * persistent value it replaces on every change) and the scheduling fields of tasks;
 * the kernel tells it when a task becomes runnable, asks it which to run next and for
 * how long, and reports CPU time used.
 *
 * Every policy breaks remaining ties by enqueue order: first come, first served. Each file states its own rules at the top and in `help`.
 */
import type { Ctx } from '../ctx.js';
import { EMPTY_FIFO, type Fifo, type Heap, fifoPush, fifoRemove, fifoShift, fifoTake, fifoToArray, heapValues } from '../persistent.js';
import type { KernelState, Ns, RunQueue, Task, Tid } from '../types.js';

export type EnqueueWhy = 'new' | 'wake' | 'slice' | 'preempted';

export interface Policy {
  readonly name: PolicyName;
  /** One paragraph for `--help`: how it picks, how long it runs a task, how it breaks ties. */
  readonly help: string;
  /** Number of FIFO levels in `runq.levels` this policy uses. */
  readonly levels: number;
  /** Whether a task that becomes ready may take the CPU from a running one. */
  readonly preemptive: boolean;
  enqueue(k: Ctx, s: KernelState, task: Task, why: EnqueueWhy): void;
  /** Removes and returns the task to run next among those `eligible` allows, or -1 when none is. */
  pick(k: Ctx, s: KernelState, eligible: Eligible): Tid;
  /** The slice to give `task` now (Infinity: until it blocks). */
  slice(k: Ctx, s: KernelState, task: Task): Ns;
  /** `task` ran for `ran` ns (called when it leaves the CPU). */
  charge(k: Ctx, s: KernelState, task: Task, ran: Ns): void;
  /** True when `woken` should take the CPU from `running`. */
  beats(s: KernelState, woken: Task, running: Task): boolean;
  /** Takes a ready task out of the ready structure (it is being killed). */
  remove(s: KernelState, tid: Tid): void;
}

export type PolicyName = 'fifo' | 'rr' | 'priority' | 'mlfq' | 'lottery' | 'cfs';

/** Which ready tasks may run now (a thread waits while another thread of its process holds the GIL). */
export type Eligible = (s: KernelState, tid: Tid) => boolean;

/** The ready structure: an immutable value (values.ts); build a new one to change it. */
class ReadyStructure implements RunQueue {
  declare readonly levels: readonly Fifo[];
  declare readonly heap: Heap | null;
  declare readonly boostedAt: Ns;
  constructor(levels: readonly Fifo[], heap: Heap | null, boostedAt: Ns) {
    this.levels = levels;
    this.heap = heap;
    this.boostedAt = boostedAt;
  }
}

/** Empty ready structures by number of levels: persistent values (every change makes a new one), so machines share them (one boots per explored run). */
const EMPTY_RUNQS: RunQueue[] = [];

export const emptyRunq = (levels: number): RunQueue =>
  (EMPTY_RUNQS[levels] ??= new ReadyStructure(Array.from({ length: levels }, () => EMPTY_FIFO), null, 0));

export const runq = (s: KernelState): RunQueue => s.runq;

export function setRunq(s: KernelState, rq: { levels: readonly Fifo[]; heap: Heap | null; boostedAt: Ns }): void {
  s.runq = new ReadyStructure(rq.levels, rq.heap, rq.boostedAt);
}

function setLevel(s: KernelState, rq: RunQueue, level: number, q: RunQueue['levels'][number]): void {
  const levels = rq.levels.slice();
  levels[level] = q;
  s.runq = new ReadyStructure(levels, rq.heap, rq.boostedAt);
}

/** Appends to a level (the level keeps arrival order: the FIFO tie-break). */
export function pushLevel(s: KernelState, level: number, task: Task): void {
  const rq = runq(s);
  setLevel(s, rq, level, fifoPush(rq.levels[level]!, task.tid));
  s.nready++;
}

/** Removes and returns the first eligible task of the first level that has one, or -1. */
export function shiftFirst(s: KernelState, eligible: Eligible): Tid {
  if (s.nready === 0) return -1;
  const rq = runq(s);
  for (let level = 0; level < rq.levels.length; level++) {
    const q = rq.levels[level]!;
    const r = fifoShift(q);
    if (r === null) continue;
    if (eligible(s, r[0])) {
      setLevel(s, rq, level, r[1]);
      s.nready--;
      return r[0];
    }
    // The head must wait (its GIL is held): take the first eligible one behind it.
    const taken = fifoTake(q, (t) => eligible(s, t));
    if (taken === null) continue;
    setLevel(s, rq, level, taken[1]);
    s.nready--;
    return taken[0];
  }
  return -1;
}

/** Every ready task id (levels in order, then the heap). */
export function readyTids(s: KernelState): Tid[] {
  const rq = runq(s);
  const out: Tid[] = [];
  for (const level of rq.levels) out.push(...fifoToArray(level));
  return heapValues(rq.heap, out);
}

/** `remove` for the FIFO-level policies. */
export function removeFromLevels(s: KernelState, tid: Tid): void {
  const rq = runq(s);
  for (let level = 0; level < rq.levels.length; level++) {
    const q = rq.levels[level]!;
    const next = fifoRemove(q, tid);
    if (next !== q) {
      setLevel(s, rq, level, next);
      s.nready--;
      return;
    }
  }
}
