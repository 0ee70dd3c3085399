/**
 * Message queues (multiprocessing's Queue and JoinableQueue): FIFO, bounded when
 * maxsize > 0. `get` on an empty queue and `put` on a full one block, or fail at once
 * with a zero timeout. Every put counts as unfinished until a `task_done`; `qjoin`
 * waits for that count to reach zero.
 */
import { FP, fpKey } from '../footprint.js';
import { type Ctx, SUSPEND, type Suspend } from '../ctx.js';
import { block, chooseWaiter, wakeup } from '../sched.js';
import { procOf, procOfTask, taskAt } from '../state.js';
import type { ErrResult, Timeout } from '../syscalls.js';
import { EMPTY_FIFO, fifoPush, fifoShift } from '../persistent.js';
import type { KernelState, Msg, QueueObj, Task } from '../types.js';
import { message } from '../values.js';
import { base, carry, create, receive, useHandle } from './handles.js';
import { objRef } from '../trace.js';

export function queue(k: Ctx, s: KernelState, task: Task, maxsize: number, label: string): number {
  return create(
    k,
    s,
    procOfTask(s, task),
    Object.assign(base(s, task, label), { kind: 'queue' as const, maxsize, items: EMPTY_FIFO, unfinished: 0, putters: [], joiners: [] }),
  ).id;
}

function q(s: KernelState, task: Task, h: number): QueueObj | ErrResult {
  const obj = useHandle(s, procOfTask(s, task), h);
  if ('err' in obj) return obj;
  return obj.kind === 'queue' ? obj : { err: 'EBADF' };
}

const full = (o: QueueObj): boolean => o.maxsize > 0 && o.items.size >= o.maxsize;

function deliver(k: Ctx, s: KernelState, o: QueueObj, msg: Msg): void {
  o.unfinished++;
  if (o.waiters.length > 0) {
    const tid = o.waiters.splice(chooseWaiter(k, o.waiters), 1)[0]!;
    wakeup(k, s, tid, receive(s, taskAt(s, tid), msg), { why: 'item', obj: objRef(o) });
    return;
  }
  o.items = fifoPush(o.items, msg);
}

export function put(
  k: Ctx,
  s: KernelState,
  task: Task,
  h: number,
  data: string,
  repr: string,
  timeout: Timeout,
  handles?: number[],
): null | ErrResult | Suspend {
  const o = q(s, task, h);
  if ('err' in o) return o;
  if (handles?.some((id) => !procOfTask(s, task).handles[id])) return { err: 'EBADF' };
  k.fp?.touch(fpKey(FP.obj, o.id), true);
  if (full(o)) {
    if (timeout === 0) return { err: 'FULL' };
    o.putters.push(task.tid);
    const until = timeout === null ? null : s.clock + timeout;
    block(k, s, task, { kind: 'ipc', obj: o.id, op: 'put', until }, until);
    return SUSPEND;
  }
  deliver(k, s, o, message(data, repr, task.pid, carry(k, s, procOfTask(s, task), handles)!));
  return null;
}

export function get(k: Ctx, s: KernelState, task: Task, h: number, timeout: Timeout): string | ErrResult | Suspend {
  const o = q(s, task, h);
  if ('err' in o) return o;
  k.fp?.touch(fpKey(FP.obj, o.id), true);
  const first = fifoShift(o.items);
  if (first !== null) {
    const msg = first[0];
    o.items = first[1];
    if (o.putters.length > 0) {
      const tid = o.putters.splice(chooseWaiter(k, o.putters), 1)[0]!;
      const call = k.rt[tid]!.call;
      if (call?.op === 'put') deliver(k, s, o, message(call.data, call.repr, taskAt(s, tid).pid, carry(k, s, procOfTask(s, taskAt(s, tid)), call.handles) ?? []));
      wakeup(k, s, tid, null, { why: 'room', obj: objRef(o) });
    }
    return receive(s, task, msg);
  }
  if (timeout === 0) return { err: 'EMPTY' };
  o.waiters.push(task.tid);
  const until = timeout === null ? null : s.clock + timeout;
  block(k, s, task, { kind: 'ipc', obj: o.id, op: 'get', until }, until);
  return SUSPEND;
}

export function qsize(s: KernelState, task: Task, h: number): number | ErrResult {
  const o = q(s, task, h);
  return 'err' in o ? o : o.items.size;
}

export function taskDone(k: Ctx, s: KernelState, task: Task, h: number): null | ErrResult {
  const o = q(s, task, h);
  if ('err' in o) return o;
  k.fp?.touch(fpKey(FP.obj, o.id), true);
  if (o.unfinished <= 0) return { err: 'TOOMANY' };
  o.unfinished--;
  if (o.unfinished === 0) {
    for (const tid of o.joiners.splice(0)) wakeup(k, s, tid, null, { why: 'all-done', obj: objRef(o) });
  }
  return null;
}

export function qjoin(k: Ctx, s: KernelState, task: Task, h: number, timeout: Timeout): null | ErrResult | Suspend {
  const o = q(s, task, h);
  if ('err' in o) return o;
  k.fp?.touch(fpKey(FP.obj, o.id), false);
  if (o.unfinished === 0) return null;
  if (timeout === 0) return { err: 'TIMEOUT' };
  o.joiners.push(task.tid);
  const until = timeout === null ? null : s.clock + timeout;
  block(k, s, task, { kind: 'ipc', obj: o.id, op: 'join', until }, until);
  return SUSPEND;
}
