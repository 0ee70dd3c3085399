/**
 * Conditions: bound to a lock. `cwait` releases the lock entirely (saving an RLock's
 * depth), sleeps until notified or timed out, then re-acquires the lock before
 * returning whether it was notified. `notify` moves waiters to the lock's queue.
 */
import { FP, fpKey } from '../footprint.js';
import { type Ctx, SUSPEND, type Suspend } from '../ctx.js';
import { block, chooseWaiter, wakeup } from '../sched.js';
import { objAt, procOf, procOfTask, taskAt } from '../state.js';
import type { ErrResult, Timeout } from '../syscalls.js';
import type { CondObj, KernelState, SemObj, Task, Tid } from '../types.js';
import { blocked } from '../values.js';
import { base, create, useHandle } from './handles.js';
import { grant, tryAcquire } from './sem.js';
import { objRef } from '../trace.js';

export function cond(k: Ctx, s: KernelState, task: Task, lock: number, label: string): number {
  return create(k, s, procOfTask(s, task), Object.assign(base(s, task, label), { kind: 'cond' as const, lock })).id;
}

function condOf(s: KernelState, task: Task, h: number): CondObj | ErrResult {
  const obj = useHandle(s, procOfTask(s, task), h);
  if ('err' in obj) return obj;
  return obj.kind === 'cond' ? obj : { err: 'EBADF' };
}

const holds = (lock: SemObj, tid: Tid): boolean => lock.owner === tid && lock.count > 0;

export function cwait(k: Ctx, s: KernelState, task: Task, h: number, timeout: Timeout): boolean | ErrResult | Suspend {
  const c = condOf(s, task, h);
  if ('err' in c) return c;
  const lock = objAt(s, c.lock) as SemObj;
  k.fp?.touch(fpKey(FP.obj, c.id), true);
  k.fp?.touch(fpKey(FP.obj, lock.id), true);
  if (!holds(lock, task.tid)) return { err: 'NOTHELD' };
  const depth = lock.count;
  grant(k, s, lock);
  c.waiters.push(task.tid);
  const until = timeout === null ? null : s.clock + timeout;
  block(k, s, task, { kind: 'ipc', obj: c.id, op: 'wait', until, then: { do: 'relock', count: depth, result: true } }, until);
  return SUSPEND;
}

export function notify(k: Ctx, s: KernelState, task: Task, h: number, n: number): null | ErrResult {
  const c = condOf(s, task, h);
  if ('err' in c) return c;
  const lock = objAt(s, c.lock) as SemObj;
  k.fp?.touch(fpKey(FP.obj, c.id), true);
  k.fp?.touch(fpKey(FP.obj, lock.id), true);
  if (!holds(lock, task.tid)) return { err: 'NOTHELD' };
  let left = n < 0 ? c.waiters.length : n;
  while (left-- > 0 && c.waiters.length > 0) {
    const tid = c.waiters.splice(chooseWaiter(k, c.waiters), 1)[0]!;
    relock(k, s, c, tid, true);
  }
  return null;
}

/** A condition waiter stops waiting (notified, or timed out): it queues for the lock. */
export function relock(k: Ctx, s: KernelState, c: CondObj, tid: Tid, result: boolean): void {
  const task = taskAt(s, tid);
  const st = task.state;
  if (st.tag !== 'blocked' || st.on.kind !== 'ipc' || st.on.then?.do !== 'relock') return;
  const lock = objAt(s, c.lock) as SemObj;
  const depth = st.on.then.count;
  if (tryAcquire(lock, tid)) {
    lock.count = depth;
    wakeup(k, s, tid, result, { why: result ? 'notified' : 'not-notified', obj: objRef(c) });
    return;
  }
  lock.waiters.push(tid);
  task.state = blocked({ kind: 'ipc', obj: lock.id, op: 'acquire', until: null, then: { do: 'relock', count: depth, result } }, st.since);
}
