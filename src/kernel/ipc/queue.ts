/**
 * Message queues (multiprocessing's Queue and JoinableQueue): FIFO, bounded when
 * maxsize > 0. `get` on an empty queue and `put` on a full one block, or fail at once
 * with a zero timeout. Every put counts as unfinished until a `task_done`; `qjoin`
 * waits for that count to reach zero.
 *
 * Underneath, as in CPython, the items travel through a pipe of finite capacity (64 KiB),
 * written by each putter's feeder thread. `put` returns at once; an item that does not
 * fit in the pipe waits in the `backlog` (its feeder thread is blocked writing it) and
 * goes in as readers make room — a reader waiting on an empty pipe reads a large item as
 * it is written. A process whose feeder still holds data cannot finish exiting (or
 * return from Queue.join_thread) until the data is in the pipe (`qflush`): the classic
 * deadlock of joining a process before getting what it put. When a process ends without
 * flushing (os._exit, cancel_join_thread), what its feeder held is lost. Items that fit
 * go straight into the pipe, so programs with small items time exactly as before.
 *
 * Except for a poll. CPython's put() only appends to a buffer and wakes the feeder
 * thread, which writes the item once it gets the GIL: when the putter blocks (a sleep, a
 * get, a join, its exit), at a poll (the select of empty() or get_nowait() releases the
 * GIL for a moment), or after the switch interval (5 ms) of the putter running on. So
 * `q.put(x); q.empty()` is often True, and `q.get_nowait()` right after a put can raise
 * Empty. Here an item in `feed` (put less than `feederLatency` ago by a process that has
 * not blocked since) is in the pipe for a poll only if the Chooser says its feeder has
 * written it by now (option 0, the nominal run; 1: not yet, and the next poll asks again).
 * Gets that may wait take it at once. Only polls decide, so a program that never polls
 * right after a put times as before. SimpleQueue has no feeder thread (`lags` false).
 */
import { FP, fpKey } from '../footprint.js';
import { type Ctx, SUSPEND, type Suspend } from '../ctx.js';
import { block, chooseWaiter, wakeup } from '../sched.js';
import { findObj, findProc, procOfTask, taskAt } from '../state.js';
import type { ErrResult, Timeout } from '../syscalls.js';
import { EMPTY_FIFO, fifoFromArray, fifoPeek, fifoPush, fifoShift, fifoToArray } from '../persistent.js';
import type { Fed, KernelState, Msg, Pid, Proc, QueueObj, Task } from '../types.js';
import { message } from '../values.js';
import { base, carry, create, heldIds, receive, useHandle } from './handles.js';
import { objRef } from '../trace.js';

export function queue(k: Ctx, s: KernelState, task: Task, maxsize: number, label: string, direct: boolean, feeder: boolean): number {
  // Object.assign, not a spread: V8 builds it far faster, and every exploration run boots.
  return create(
    k,
    s,
    procOfTask(s, task),
    Object.assign(base(s, task, label), {
      kind: 'queue' as const,
      maxsize,
      items: EMPTY_FIFO,
      bytes: 0,
      capacity: direct ? -1 : k.params.pipeCapacity,
      backlog: EMPTY_FIFO,
      lags: feeder && !direct,
      feed: EMPTY_FIFO,
      lost: 0,
      unfinished: 0,
      putters: [],
      joiners: [],
      flushers: [],
    }),
  ).id;
}

function q(s: KernelState, task: Task, h: number): QueueObj | ErrResult {
  const obj = useHandle(s, procOfTask(s, task), h);
  if ('err' in obj) return obj;
  return obj.kind === 'queue' ? obj : { err: 'EBADF' };
}

const full = (o: QueueObj): boolean => o.maxsize > 0 && o.items.size + o.backlog.size >= o.maxsize;

/** A message written into the pipe: a waiting reader takes it (false), or it stays in the pipe (true). */
function deliver(k: Ctx, s: KernelState, o: QueueObj, msg: Msg): boolean {
  o.unfinished++;
  if (o.waiters.length > 0) {
    const tid = o.waiters.splice(chooseWaiter(k, o.waiters), 1)[0]!;
    wakeup(k, s, tid, receive(s, taskAt(s, tid), msg), { why: 'item', obj: objRef(o) });
    return false;
  }
  o.items = fifoPush(o.items, msg);
  o.bytes += msg.size;
  return true;
}

/** An item put by `pid` now, for `feed`. */
const fed = (s: KernelState, pid: Pid): Fed => ({ at: s.clock, pid, blocks: findProc(s, pid)?.blocks ?? 0 });

/** Whether the feeder thread of `f`'s putter must have written it: the putter blocked or ended since, or it ran on past the switch interval. */
function written(k: Ctx, s: KernelState, f: Fed): boolean {
  if (s.clock - f.at >= k.params.feederLatency) return true;
  const p = findProc(s, f.pid);
  return p === undefined || p.status !== 'alive' || p.blocks !== f.blocks;
}

/**
 * Whether a poll by `task` finds the first item in the pipe: for an item whose feeder may
 * still be writing it, the Chooser decides (see the top of this file). Its candidates
 * are the poller and the putter's first task (whose feeder thread it is): option 0, the
 * item is written; 1, the poll comes first. A written item leaves `feed`.
 */
function headLanded(k: Ctx, s: KernelState, task: Task, o: QueueObj): boolean {
  if (o.items.size === 0) return false;
  if (o.feed.size < o.items.size) return true;
  const f = fifoPeek(o.feed)!;
  if (!written(k, s, f) && k.chooser.choose('feeder', 2, feederPair(k, s, task, f)) === 1) return false;
  o.feed = fifoShift(o.feed)![1];
  return true;
}

/** The candidates of a feeder decision: the poller, then the putter's first task (the poller's again if it is gone). */
function feederPair(k: Ctx, s: KernelState, task: Task, f: Fed): Int32Array {
  const who = k.candidates.room(2);
  who[0] = task.tid;
  who[1] = findProc(s, f.pid)?.tasks[0] ?? task.tid;
  return who;
}

/** The first item leaves the pipe (a get that may wait takes it even while its feeder is writing it: it reads as it is written). */
function takeHead(o: QueueObj): Msg | null {
  const head = fifoShift(o.items);
  if (head === null) return null;
  if (o.feed.size >= o.items.size) o.feed = fifoShift(o.feed)![1];
  o.items = head[1];
  o.bytes -= head[0].size;
  return head[0];
}

/** Whether a feeder can write `msg` into the pipe now: nothing is ahead of it, and it fits or a reader takes it as it is written. */
const fits = (o: QueueObj, msg: Msg): boolean =>
  o.capacity < 0 || (o.backlog.size === 0 && (o.bytes + msg.size <= o.capacity || o.waiters.length > 0));

/** A putter's message: into the pipe, or to its feeder thread's backlog when the pipe is full ('fed'). */
function feed(k: Ctx, s: KernelState, o: QueueObj, msg: Msg): null | 'fed' {
  if (fits(o, msg)) {
    if (deliver(k, s, o, msg) && o.lags && k.params.feederLatency > 0) o.feed = fifoPush(o.feed, fed(s, msg.from));
    return null;
  }
  o.unfinished++;
  o.backlog = fifoPush(o.backlog, msg);
  return 'fed';
}

/** Readers made room: feeder threads write what fits, in order; processes waiting for their data to go in are released. */
function refill(k: Ctx, s: KernelState, o: QueueObj): void {
  for (;;) {
    const head = fifoPeek(o.backlog);
    if (head === undefined || o.bytes + head.size > o.capacity) break;
    o.backlog = fifoShift(o.backlog)![1];
    o.unfinished--; // deliver counts it again
    deliver(k, s, o, head);
    // A feeder wrote this one after the items ahead of it: those are in the pipe.
    o.feed = EMPTY_FIFO;
  }
  if (o.flushers.length > 0) released(k, s, o);
}

/** Bytes of process `pid`'s data still held by its feeder thread for `o`. */
export const heldBytes = (o: QueueObj, pid: Pid): number => fifoToArray(o.backlog).reduce((n, m) => (m.from === pid ? n + m.size : n), 0);

/** Wakes the tasks in qflush whose process has nothing left in the backlog. */
function released(k: Ctx, s: KernelState, o: QueueObj): void {
  for (const tid of [...o.flushers]) {
    if (heldBytes(o, taskAt(s, tid).pid) > 0) continue;
    o.flushers.splice(o.flushers.indexOf(tid), 1);
    wakeup(k, s, tid, null, { why: 'written', obj: objRef(o) });
  }
}

/**
 * qflush: returns once the feeder thread of the caller's process has written all it
 * held for this queue into the pipe (Queue.join_thread, and a process's exit).
 */
export function qflush(k: Ctx, s: KernelState, task: Task, h: number): null | ErrResult | Suspend {
  const o = q(s, task, h);
  if ('err' in o) return o;
  k.fp?.touch(fpKey(FP.obj, o.id), false);
  const bytes = heldBytes(o, task.pid);
  if (bytes === 0) return null;
  o.flushers.push(task.tid);
  block(k, s, task, { kind: 'ipc', obj: o.id, op: 'flush', until: null, bytes }, null);
  return SUSPEND;
}

/** A process ended: what its feeder threads still held is lost (they died with it). */
export function dropFed(k: Ctx, s: KernelState, proc: Proc): void {
  const ids = heldIds(s, proc);
  for (let i = 0; i < ids.length; i++) {
    const o = findObj(s, ids[i]!);
    if (o?.kind !== 'queue' || o.backlog.size === 0 || heldBytes(o, proc.pid) === 0) continue;
    k.fp?.touch(fpKey(FP.obj, o.id), true);
    const kept = fifoToArray(o.backlog).filter((m) => m.from !== proc.pid);
    o.lost += o.backlog.size - kept.length;
    o.backlog = fifoFromArray(kept);
  }
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
): null | 'fed' | ErrResult | Suspend {
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
  return feed(k, s, o, message(data, repr, task.pid, carry(k, s, procOfTask(s, task), handles)!));
}

export function get(k: Ctx, s: KernelState, task: Task, h: number, timeout: Timeout): string | ErrResult | Suspend {
  const o = q(s, task, h);
  if ('err' in o) return o;
  k.fp?.touch(fpKey(FP.obj, o.id), true);
  if (timeout === 0 && o.items.size > 0 && !headLanded(k, s, task, o)) return { err: 'EMPTY' };
  let msg = takeHead(o);
  if (msg === null) {
    // The pipe is empty but a feeder is writing a large item: this reader reads it as it is written.
    const held = fifoShift(o.backlog);
    if (held !== null) [msg, o.backlog] = held;
  }
  if (msg !== null) {
    refill(k, s, o);
    if (o.putters.length > 0) {
      const tid = o.putters.splice(chooseWaiter(k, o.putters), 1)[0]!;
      const call = k.rt[tid]!.call;
      if (call?.op === 'put') feed(k, s, o, message(call.data, call.repr, taskAt(s, tid).pid, carry(k, s, procOfTask(s, taskAt(s, tid)), call.handles) ?? []));
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

/** Whether the pipe has nothing to read for `task`'s poll (Queue.empty(), SimpleQueue.empty()). */
export function qempty(k: Ctx, s: KernelState, task: Task, h: number): boolean | ErrResult {
  const o = q(s, task, h);
  if ('err' in o) return o;
  k.fp?.touch(fpKey(FP.obj, o.id), o.feed.size > 0);
  return o.backlog.size === 0 && !headLanded(k, s, task, o);
}

/** Items put and not yet got, those still in feeder threads included (CPython counts its semaphore). */
export function qsize(s: KernelState, task: Task, h: number): number | ErrResult {
  const o = q(s, task, h);
  return 'err' in o ? o : o.items.size + o.backlog.size + o.lost;
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
