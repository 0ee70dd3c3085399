/** Events: a flag; `wait` blocks until it is set; setting it wakes every waiter. */
import { FP, fpKey } from '../footprint.js';
import { type Ctx, SUSPEND, type Suspend } from '../ctx.js';
import { block, wakeup } from '../sched.js';
import { procOf, procOfTask } from '../state.js';
import type { ErrResult, Timeout } from '../syscalls.js';
import type { EventObj, KernelState, Task } from '../types.js';
import { base, create, useHandle } from './handles.js';
import { objRef } from '../trace.js';

export function event(k: Ctx, s: KernelState, task: Task, label: string): number {
  return create(k, s, procOfTask(s, task), Object.assign(base(s, task, label), { kind: 'event' as const, set: false })).id;
}

function ev(s: KernelState, task: Task, h: number): EventObj | ErrResult {
  const obj = useHandle(s, procOfTask(s, task), h);
  if ('err' in obj) return obj;
  return obj.kind === 'event' ? obj : { err: 'EBADF' };
}

export function evset(k: Ctx, s: KernelState, task: Task, h: number, set: boolean): null | ErrResult {
  const o = ev(s, task, h);
  if ('err' in o) return o;
  k.fp?.touch(fpKey(FP.obj, o.id), true);
  o.set = set;
  if (set) for (const tid of o.waiters.splice(0)) wakeup(k, s, tid, true, { why: 'set', obj: objRef(o) });
  return null;
}

export function evget(s: KernelState, task: Task, h: number): boolean | ErrResult {
  const o = ev(s, task, h);
  return 'err' in o ? o : o.set;
}

export function evwait(k: Ctx, s: KernelState, task: Task, h: number, timeout: Timeout): boolean | ErrResult | Suspend {
  const o = ev(s, task, h);
  if ('err' in o) return o;
  k.fp?.touch(fpKey(FP.obj, o.id), false);
  if (o.set) return true;
  if (timeout === 0) return false;
  o.waiters.push(task.tid);
  const until = timeout === null ? null : s.clock + timeout;
  block(k, s, task, { kind: 'ipc', obj: o.id, op: 'wait', until }, until);
  return SUSPEND;
}
