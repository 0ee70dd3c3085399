/**
 * Pipes and connections: message-based, duplex or one-way. Each end buffers the
 * messages sent to it; a sender blocks when the receiving end holds more than its
 * capacity in bytes. Reading an empty end whose peer has no handles left is EOF;
 * sending to an end nobody holds is EPIPE.
 */
import { FP, fpKey } from '../footprint.js';
import { type Ctx, SUSPEND, type Suspend } from '../ctx.js';
import { block, chooseWaiter, wakeup } from '../sched.js';
import { objAt, procOf, procOfTask, taskAt } from '../state.js';
import type { ErrResult, Timeout } from '../syscalls.js';
import { EMPTY_FIFO, fifoPush, fifoShift } from '../persistent.js';
import type { ConnObj, KernelState, Msg, Task } from '../types.js';
import { message } from '../values.js';
import { base, carry, create, receive, useHandle } from './handles.js';
import { objRef } from '../trace.js';

export function pipe(k: Ctx, s: KernelState, task: Task, duplex: boolean, label: string): [number, number] {
  const proc = procOfTask(s, task);
  const mk = (peer: number, readable: boolean, writable: boolean, side: string): ConnObj =>
    create(
      k,
      s,
      proc,
      Object.assign(base(s, task, label ? `${label}${side}` : ''), {
        kind: 'conn' as const,
        peer,
        readable,
        writable,
        buf: EMPTY_FIFO as ConnObj['buf'],
        bytes: 0,
        capacity: k.params.pipeCapacity,
      }),
    );
  const first = s.nobjects;
  const a = mk(first + 1, true, duplex, duplex ? '[0]' : '[r]');
  const b = mk(first, duplex, true, duplex ? '[1]' : '[w]');
  return [a.id, b.id];
}

function conn(s: KernelState, task: Task, h: number): ConnObj | ErrResult {
  const obj = useHandle(s, procOfTask(s, task), h);
  if ('err' in obj) return obj;
  return obj.kind === 'conn' ? obj : { err: 'EBADF' };
}

const waitingFor = (s: KernelState, tid: number, op: string): boolean => {
  const st = taskAt(s, tid).state;
  return st.tag === 'blocked' && st.on.kind === 'ipc' && st.on.op === op;
};

/** Puts a message into `end`'s buffer, or straight into the hands of a task blocked receiving there. */
export function deliver(k: Ctx, s: KernelState, end: ConnObj, msg: Msg): void {
  for (const tid of end.waiters.filter((t) => waitingFor(s, t, 'poll'))) {
    end.waiters.splice(end.waiters.indexOf(tid), 1);
    wakeup(k, s, tid, true, { why: 'data', obj: objRef(end) });
  }
  const receivers = end.waiters.filter((t) => waitingFor(s, t, 'recv'));
  if (receivers.length > 0) {
    const tid = receivers[chooseWaiter(k, receivers)]!;
    end.waiters.splice(end.waiters.indexOf(tid), 1);
    wakeup(k, s, tid, receive(s, taskAt(s, tid), msg), { why: 'message', obj: objRef(end) });
    return;
  }
  end.buf = fifoPush(end.buf, msg);
  end.bytes += msg.size;
}

export function send(
  k: Ctx,
  s: KernelState,
  task: Task,
  h: number,
  data: string,
  repr: string,
  timeout: Timeout,
  handles?: number[],
): null | ErrResult | Suspend {
  const c = conn(s, task, h);
  if ('err' in c) return c;
  if (!c.writable) return { err: 'EBADF' };
  const peer = objAt(s, c.peer) as ConnObj;
  k.fp?.touch(fpKey(FP.refs, peer.id), false);
  if (peer.refs === 0) return { err: 'EPIPE' };
  const proc = procOfTask(s, task);
  if (handles?.some((id) => !proc.handles[id])) return { err: 'EBADF' };
  k.fp?.touch(fpKey(FP.obj, peer.id), true);
  if (peer.buf.size > 0 && peer.bytes + data.length > peer.capacity) {
    if (timeout === 0) return { err: 'TIMEOUT' };
    peer.waiters.push(task.tid);
    const until = timeout === null ? null : s.clock + timeout;
    block(k, s, task, { kind: 'ipc', obj: peer.id, op: 'send', until }, until);
    return SUSPEND;
  }
  deliver(k, s, peer, message(data, repr, task.pid, carry(k, s, proc, handles)!));
  return null;
}

/**
 * Takes the next message, waiting for one unless `timeout` is 0. `more` > 0 reads the pipe
 * as a byte stream (os.read): the messages behind the first are taken too, while fewer than
 * `more` bytes are taken and they carry no handles, as read(2) returns what the pipe holds.
 */
export function recv(k: Ctx, s: KernelState, task: Task, h: number, timeout: Timeout, more = 0): string | ErrResult | Suspend {
  const c = conn(s, task, h);
  if ('err' in c) return c;
  if (!c.readable) return { err: 'EBADF' };
  k.fp?.touch(fpKey(FP.obj, c.id), true);
  const first = fifoShift(c.buf);
  if (first === null) k.fp?.touch(fpKey(FP.refs, c.peer), false);
  if (first !== null) {
    const [msg, rest] = first;
    c.buf = rest;
    c.bytes -= msg.size;
    let data = receive(s, task, msg);
    for (let next = fifoShift(c.buf); next !== null && data.length < more && next[0].handles.length === 0; next = fifoShift(c.buf)) {
      c.buf = next[1];
      c.bytes -= next[0].size;
      data += next[0].data;
    }
    admitSender(k, s, c);
    return data;
  }
  if (objAt(s, c.peer).refs === 0) return { err: 'EOF' };
  if (timeout === 0) return { err: 'TIMEOUT' };
  c.waiters.push(task.tid);
  const until = timeout === null ? null : s.clock + timeout;
  block(k, s, task, { kind: 'ipc', obj: c.id, op: 'recv', until }, until);
  return SUSPEND;
}

/** Room was freed in `end`: a sender blocked on it may now deliver. */
function admitSender(k: Ctx, s: KernelState, end: ConnObj): void {
  const senders = end.waiters.filter((t) => waitingFor(s, t, 'send'));
  if (senders.length === 0) return;
  const tid = senders[chooseWaiter(k, senders)]!;
  const call = k.rt[tid]!.call;
  if (call?.op !== 'send') return;
  if (end.buf.size > 0 && end.bytes + call.data.length > end.capacity) return;
  end.waiters.splice(end.waiters.indexOf(tid), 1);
  const carried = carry(k, s, procOfTask(s, taskAt(s, tid)), call.handles) ?? [];
  deliver(k, s, end, message(call.data, call.repr, taskAt(s, tid).pid, carried));
  wakeup(k, s, tid, null, { why: 'room', obj: objRef(end) });
}

export function poll(k: Ctx, s: KernelState, task: Task, h: number, timeout: Timeout): boolean | ErrResult | Suspend {
  const c = conn(s, task, h);
  if ('err' in c) return c;
  if (!c.readable) return { err: 'EBADF' };
  k.fp?.touch(fpKey(FP.obj, c.id), false);
  k.fp?.touch(fpKey(FP.refs, c.peer), false);
  if (c.buf.size > 0 || objAt(s, c.peer).refs === 0) return true;
  if (timeout === 0) return false;
  c.waiters.push(task.tid);
  const until = timeout === null ? null : s.clock + timeout;
  block(k, s, task, { kind: 'ipc', obj: c.id, op: 'poll', until }, until);
  return SUSPEND;
}
