/**
 * The semaphore family: Lock (no owner check on release, not re-entrant), RLock
 * (owner and recursion count), Semaphore (a counter), BoundedSemaphore (a counter
 * that may not exceed its initial value).
 *
 * A release with waiters does not hand the unit over: as Linux's sem_post (futex) and
 * Windows' ReleaseSemaphore, it frees the unit and wakes one waiter (chosen by the
 * Chooser), which tries to take it when it runs — after its wake-up latency, so the
 * releaser, still on its CPU, usually takes it again first (a loop of acquire/release
 * keeps its lock, as under CPython, instead of a convoy that switches at every round).
 * The waiter that finds it taken blocks again. Condition.wait's re-acquire and a shared
 * value's guarded access are still handed over (their waiter has work queued on it).
 */
import { FP, fpKey } from '../footprint.js';
import { type Ctx, SUSPEND, type Suspend, panic } from '../ctx.js';
import { block, chooseWaiter, wakeup } from '../sched.js';
import { objAt, procOf, procOfTask, taskAt } from '../state.js';
import type { ErrResult, Timeout } from '../syscalls.js';
import type { CellObj, KernelState, Ns, SemFlavor, SemObj, Task, Then, Tid } from '../types.js';
import { base, create, useHandle } from './handles.js';
import { objRef } from '../trace.js';

export function sem(k: Ctx, s: KernelState, task: Task, flavor: SemFlavor, value: number, label: string): number {
  const locky = flavor === 'lock' || flavor === 'rlock';
  const fields = { kind: 'sem' as const, flavor, value: locky ? 1 : value, max: flavor === 'bounded' ? value : locky ? 1 : -1, owner: -1, count: 0 };
  return create(k, s, procOfTask(s, task), Object.assign(base(s, task, label), fields)).id;
}

export function semOf(s: KernelState, task: Task, h: number): SemObj | ErrResult {
  const obj = useHandle(s, procOfTask(s, task), h);
  if ('err' in obj) return obj;
  return obj.kind === 'sem' ? obj : { err: 'EBADF' };
}

/** Takes one unit if one is free (or re-enters an RLock it owns). */
export function tryAcquire(o: SemObj, tid: Tid): boolean {
  if (o.flavor === 'rlock' && o.owner === tid) {
    o.count++;
    return true;
  }
  if (o.value <= 0) return false;
  o.value--;
  if (o.flavor === 'lock' || o.flavor === 'rlock') {
    o.owner = tid;
    o.count = 1;
  }
  return true;
}

export function acquire(k: Ctx, s: KernelState, task: Task, h: number, timeout: Timeout): boolean | ErrResult | Suspend {
  const o = semOf(s, task, h);
  if ('err' in o) return o;
  k.fp?.touch(fpKey(FP.obj, o.id), true);
  if (tryAcquire(o, task.tid)) return true;
  if (timeout === 0) return false;
  waitFor(k, s, task, o, timeout, undefined);
  return SUSPEND;
}

/** Blocks `task` until it gets `o`; `then` says what to do when it does. */
export function waitFor(k: Ctx, s: KernelState, task: Task, o: SemObj, timeout: Timeout, then: Then | undefined): void {
  o.waiters.push(task.tid);
  const until = timeout === null ? null : s.clock + timeout;
  block(k, s, task, { kind: 'ipc', obj: o.id, op: 'acquire', until, ...(then ? { then } : {}) }, until);
}

export function release(k: Ctx, s: KernelState, task: Task, h: number): null | ErrResult {
  const o = semOf(s, task, h);
  if ('err' in o) return o;
  k.fp?.touch(fpKey(FP.obj, o.id), true);
  switch (o.flavor) {
    case 'rlock':
      if (o.owner !== task.tid || o.count === 0) return { err: 'NOTOWNER' };
      if (--o.count > 0) return null;
      break;
    case 'lock':
      if (o.value >= 1) return { err: 'TOOMANY' };
      break;
    case 'bounded':
      if (o.value >= o.max) return { err: 'TOOMANY' };
      break;
    case 'semaphore':
      break;
    default: {
      const never: never = o.flavor;
      panic(`unknown semaphore flavor ${String(never)}`);
    }
  }
  grant(k, s, o);
  return null;
}

/** One unit of `o` is free: a waiter gets it, or the counter goes up. */
export function grant(k: Ctx, s: KernelState, o: SemObj): void {
  o.owner = -1;
  o.count = 0;
  if (o.waiters.length === 0) {
    o.value++;
    return;
  }
  const tid = o.waiters.splice(chooseWaiter(k, o.waiters), 1)[0]!;
  const st = taskAt(s, tid).state;
  const then = st.tag === 'blocked' && st.on.kind === 'ipc' ? st.on.then : undefined;
  if (o.flavor === 'lock' || o.flavor === 'rlock') {
    o.owner = tid;
    o.count = then?.do === 'relock' ? then.count : 1;
  }
  if (then?.do === 'relock') {
    wakeup(k, s, tid, then.result, { why: 'reacquired', obj: objRef(o) });
  } else if (then?.do === 'cell') {
    const cell = objAt(s, then.cell) as CellObj;
    k.fp?.touch(fpKey(FP.obj, cell.id), then.write);
    const result = access(cell, then.index, then.write, then.value);
    grant(k, s, o); // the access holds the lock only for itself
    wakeup(k, s, tid, result, { why: 'cell-access', obj: objRef(o) });
  } else {
    retry(k, s, o, tid, st.tag === 'blocked' && st.on.kind === 'ipc' ? st.on.until : null);
  }
}

/**
 * Frees the unit and wakes `tid`, blocked in acquire on `o`, to make its call again
 * (sched.ts: runOn performs a woken task's pending call), with what is left of its
 * timeout: sem_timedwait's deadline is absolute.
 */
function retry(k: Ctx, s: KernelState, o: SemObj, tid: Tid, until: Ns | null): void {
  const rt = k.rt[tid]!;
  const call = rt.call;
  if (call === null || call.op !== 'acquire') panic(`task ${tid} waits on ${o.id} without its acquire call`);
  const timeout = until === null ? null : Math.max(0, until - s.clock);
  o.owner = -1;
  o.count = 0;
  o.value++;
  wakeup(k, s, tid, null, { why: 'released', obj: objRef(o) });
  rt.call = timeout === call.timeout ? call : { ...call, timeout };
}

/** A shared value's read or write. */
export function access(cell: CellObj, index: number, write: boolean, value: number | string): number | string | null {
  if (index < 0 || index >= cell.values.length) panic(`cell ${cell.id} index ${index} out of range`);
  if (!write) return cell.values[index]!;
  cell.values[index] = value;
  return null;
}

export function semValue(s: KernelState, task: Task, h: number): { value: number; owner: number; count: number } | ErrResult {
  const o = semOf(s, task, h);
  if ('err' in o) return o;
  return { value: o.value, owner: o.owner < 0 ? -1 : taskAt(s, o.owner).pid, count: o.count };
}
