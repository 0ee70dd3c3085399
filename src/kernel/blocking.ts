/**
 * Which pending syscalls would block, and on what: the kernel's answer to "is this task
 * enabled?" for an explorer, and its "would it block here?" for a reordering it considers.
 *
 * A call *waits* when, with no timeout, it can only sit until someone else changes one
 * thing: a lock is free, a queue has an item or room, a pipe end has data or lost its
 * writers, an event is set, a child has exited, a thread has ended. Performing it early
 * changes nothing but the caller's own state, so an explorer treats such a task as
 * disabled until the thing changes. Calls that do something as they block (a barrier
 * arrival, Condition.wait releasing its lock), calls with a timeout (the timeout is an
 * event of its own) and sleeps are never "waiting" here: they are steps like any other.
 *
 * The state that decides it is a `View` per footprint key (footprint.ts), so the same
 * predicate answers for the live state and for a state an explorer remembers.
 */
import type { Ctx } from './ctx.js';
import { FP, fpKey, fpKind, fpId } from './footprint.js';
import { findObj, findProc, taskAt } from './state.js';
import { tableGet } from './table.js';
import type { Syscall } from './syscalls.js';
import type { KernelState, Pid, Tid } from './types.js';

/**
 * What a blocking call looks at, per key kind: a semaphore's value and owner (tid, -1),
 * a queue's size and unfinished count, a pipe end's buffered messages and bytes, a pipe
 * end's handle count, an event's flag (0/1), a process's zombie-or-gone flag (0/1), a
 * task's ended flag (0/1), a process's pending and caught signals (bit masks).
 */
export interface View {
  readonly a: number;
  readonly b: number;
}

const ZERO: View = { a: 0, b: 0 };

/** The view of `key` in state `s`, or null for keys no call waits on. */
export function viewOf(s: KernelState, key: number): View | null {
  const id = fpId(key);
  switch (fpKind(key)) {
    case FP.obj: {
      const o = findObj(s, id);
      if (!o) return null;
      switch (o.kind) {
        case 'sem':
          return { a: o.value, b: o.owner };
        case 'queue':
          // What a getter can take: the items in the pipe, and what feeders are writing.
          return { a: o.items.size + o.backlog.size, b: o.unfinished };
        case 'conn':
          return { a: o.buf.size, b: o.bytes };
        case 'event':
          return { a: o.set ? 1 : 0, b: 0 };
        default:
          return null;
      }
    }
    case FP.refs: {
      const o = findObj(s, id);
      return o ? { a: o.refs, b: 0 } : null;
    }
    case FP.proc: {
      const p = findProc(s, id);
      return p ? { a: p.status === 'alive' ? 0 : 1, b: 0 } : null;
    }
    case FP.sig: {
      const p = findProc(s, id);
      return p ? { a: p.sigpend, b: p.sigcatch } : null;
    }
    case FP.task: {
      const t = tableGet(s.tasks, id);
      if (!t) return null;
      const st = t.state.tag;
      return { a: st === 'zombie' || st === 'exited' ? 1 : 0, b: 0 };
    }
    default:
      return null;
  }
}

/** Where a waiting call's answer comes from: views of keys, and a process's children. */
export interface WaitEnv {
  view(key: number): View | null;
  /** The pids a `wait` of process `pid` may reap. */
  children(pid: Pid): readonly Pid[];
}

/** The live state as a WaitEnv. */
export const liveEnv = (s: KernelState): WaitEnv => ({
  view: (key) => viewOf(s, key),
  children: (pid) => findProc(s, pid)?.children ?? [],
});

/**
 * The keys whose views decide whether `call` (made by task `tid` of process `pid`)
 * waits, or null when the call never waits in this sense. `s` supplies only facts that
 * do not change (which lock guards a cell, a pipe end's peer, a queue's bound).
 */
export function waitKeys(s: KernelState, call: Syscall, pid: Pid, env: WaitEnv): number[] | null {
  switch (call.op) {
    case 'acquire':
    case 'get':
    case 'qjoin':
    case 'evwait':
      return call.timeout === null ? [fpKey(FP.obj, call.h)] : null;
    case 'put': {
      const q = findObj(s, call.h);
      return call.timeout === null && q?.kind === 'queue' && q.maxsize > 0 ? [fpKey(FP.obj, call.h)] : null;
    }
    case 'recv':
    case 'poll': {
      const c = findObj(s, call.h);
      return call.timeout === null && c?.kind === 'conn' ? [fpKey(FP.obj, c.id), fpKey(FP.refs, c.peer)] : null;
    }
    case 'send': {
      const c = findObj(s, call.h);
      return call.timeout === null && c?.kind === 'conn' ? [fpKey(FP.obj, c.peer), fpKey(FP.refs, c.peer)] : null;
    }
    case 'cread':
    case 'cwrite': {
      const c = findObj(s, call.h);
      return c?.kind === 'cell' && c.lock >= 0 ? [fpKey(FP.obj, c.lock)] : null;
    }
    case 'wait':
      if (call.nohang) return null;
      return env.children(pid).filter((c) => call.pid === -1 || c === call.pid).map((c) => fpKey(FP.proc, c));
    case 'tjoin':
      return call.timeout === null ? [fpKey(FP.task, call.tid)] : null;
    case 'pause':
      return [fpKey(FP.sig, pid)];
    case 'read': {
      const proc = findProc(s, pid);
      const src = proc?.stdio[call.fd];
      const c = typeof src === 'number' ? findObj(s, src) : undefined;
      return c?.kind === 'conn' ? [fpKey(FP.obj, c.id), fpKey(FP.refs, c.peer)] : null;
    }
    default:
      return null;
  }
}

/**
 * Whether `call` by task `tid` of process `pid` would wait, given the views `env` gives.
 * False for calls that never wait in this sense, and whenever a view is missing (an
 * unknown object: the call fails at once instead).
 */
export function waits(s: KernelState, call: Syscall, tid: Tid, pid: Pid, env: WaitEnv): boolean {
  const keys = waitKeys(s, call, pid, env);
  if (keys === null) return false;
  const v = (i: number): View => env.view(keys[i]!) ?? ZERO;
  if (keys.some((k) => env.view(k) === null)) return false;
  switch (call.op) {
    case 'acquire': {
      const o = findObj(s, call.h);
      if (o?.kind === 'sem' && o.flavor === 'rlock' && v(0).b === tid) return false;
      return v(0).a <= 0;
    }
    case 'cread':
    case 'cwrite':
      return v(0).a <= 0 && v(0).b !== tid;
    case 'get':
      return v(0).a === 0;
    case 'put': {
      const q = findObj(s, call.h);
      return q?.kind === 'queue' && v(0).a >= q.maxsize;
    }
    case 'qjoin':
      return v(0).b > 0;
    case 'evwait':
      return v(0).a === 0;
    case 'recv':
    case 'poll':
    case 'read':
      return v(0).a === 0 && v(1).a > 0;
    case 'send': {
      const c = findObj(s, call.h);
      const peer = c?.kind === 'conn' ? findObj(s, c.peer) : undefined;
      if (peer?.kind !== 'conn') return false;
      return v(1).a > 0 && v(0).a > 0 && v(0).b + call.data.length > peer.capacity;
    }
    case 'wait':
      // No child to wait for is ECHILD at once; otherwise it waits until one is a zombie.
      return keys.length > 0 && keys.every((_, i) => v(i).a === 0);
    case 'tjoin':
    case 'pause':
      return v(0).a === 0;
    default:
      return false;
  }
}

/**
 * Whether a call may wait (the others never do, in this sense): every case of `waits`.
 * A switch, not a set: it is asked for every candidate of every decision an explorer makes.
 */
export function mayWait(op: Syscall['op']): boolean {
  switch (op) {
    case 'acquire':
    case 'get':
    case 'put':
    case 'qjoin':
    case 'evwait':
    case 'recv':
    case 'poll':
    case 'send':
    case 'cread':
    case 'cwrite':
    case 'wait':
    case 'tjoin':
    case 'read':
    case 'pause':
      return true;
    default:
      return false;
  }
}

/**
 * Whether task `tid`'s pending event is a syscall that would wait now. A task that is
 * not on a CPU, or whose pending event is not a syscall, is not waiting in this sense.
 */
export function waitsNow(k: Ctx, s: KernelState, tid: Tid): boolean {
  const task = taskAt(s, tid);
  if (task.state.tag !== 'running') return false;
  const cpu = s.cpus[task.state.cpu]!;
  if (cpu.pending !== 'syscall') return false;
  const call = k.rt[tid]!.call;
  if (call === null || !mayWait(call.op)) return false;
  const proc = findProc(s, task.pid);
  if (!proc) return false;
  if (call.op === 'wait') {
    // The common case, asked at every decision while a parent waits: without building views.
    if (call.nohang) return false;
    let any = false;
    for (const c of proc.children) {
      if (call.pid !== -1 && c !== call.pid) continue;
      if (findProc(s, c)?.status !== 'alive') return false;
      any = true;
    }
    return any;
  }
  // A handle the process does not hold fails at once.
  const h = (call as { h?: number }).h;
  if (h !== undefined && !proc.handles[h]) return false;
  if (call.op === 'cread' || call.op === 'cwrite') {
    // A cell without a lock never waits: the common case, answered without building views.
    const c = findObj(s, call.h);
    if (c?.kind !== 'cell' || c.lock < 0) return false;
  }
  return waits(s, call, tid, task.pid, liveEnv(s));
}
