/**
 * Handles: which kernel objects a process holds, and what happens when the last
 * handle to an object goes away (a pipe end closing gives its peer EOF).
 * A handle is the object's id; a process may hold several handles to one object.
 */
import { type Ctx, panic } from '../ctx.js';
import { chooseWaiter, wakeup } from '../sched.js';
import type { ErrResult } from '../syscalls.js';
import { objAt, procOf, procOfTask, taskAt } from '../state.js';
import { tablePush } from '../table.js';
import type { KObject, KernelState, Msg, Origin, Proc, Task } from '../types.js';
import { EMPTY_FIFO, fifoToArray } from '../persistent.js';
import { objRef } from '../trace.js';
import { FP, fpKey } from '../footprint.js';

/** Adds an object to the state, held once by `proc`. */
export function create<T extends KObject>(k: Ctx, s: KernelState, proc: Proc, obj: T): T {
  if (obj.id !== s.nobjects) panic(`object id ${obj.id} is not the next id ${s.nobjects}`);
  k.fp?.touch(fpKey(FP.objids, 0), true);
  tablePush(s.objects, obj, s.nobjects++);
  hold(k, s, proc, obj.id, 1);
  return objAt(s, obj.id) as T;
}

/** The common fields of a new object. */
export function base(s: KernelState, task: Task, label: string, loc?: string): {
  id: number;
  label: string;
  origin: Origin;
  waiters: number[];
  refs: number;
} {
  const proc = procOfTask(s, task);
  return {
    id: s.nobjects,
    label,
    origin: { pid: task.pid, loc: loc ?? task.loc, rerun: proc.image.endsWith('(__mp_main__)') },
    waiters: [],
    refs: 0,
  };
}

/**
 * One more handle of `proc` to object `id`. A handle count matters to others only when it
 * reaches 0 (a pipe end's readers see EOF, its senders EPIPE), and a process can only
 * add handles to an object it holds: taking one touches nothing.
 */
export function hold(_k: Ctx, s: KernelState, proc: Proc, id: number, n: number): void {
  const obj = objAt(s, id);
  proc.handles[id] = (proc.handles[id] ?? 0) + n;
  obj.refs += n;
}

/** Up to this many objects on the machine, heldIds looks each id up instead of enumerating the record. */
const SCAN_OBJECTS = 64;

/**
 * The ids of the objects `proc` holds handles to, ascending (the order for-in gives).
 * With few objects on the machine, each id is looked up: a for-in over a record with
 * integer keys makes a string of every key, and fork and exit ask at every run an
 * explorer makes; with many objects, the record is enumerated.
 */
export function heldIds(s: KernelState, proc: Proc): readonly number[] {
  const handles = proc.handles;
  if (s.nobjects > SCAN_OBJECTS) {
    const ids: number[] = [];
    for (const key in handles) ids.push(Number(key));
    return ids;
  }
  // Counted first: an array of its exact size (most processes hold one or two handles).
  let n = 0;
  for (let id = 0; id < s.nobjects; id++) if (handles[id] !== undefined) n++;
  if (n === 0) return NONE;
  const ids = new Array<number>(n);
  for (let id = 0, i = 0; i < n; id++) if (handles[id] !== undefined) ids[i++] = id;
  return ids;
}

const NONE: readonly number[] = Object.freeze([]);

/** The object behind handle `h` if `proc` holds it. */
export function useHandle(s: KernelState, proc: Proc, h: number): KObject | ErrResult {
  if (!proc.handles[h]) return { err: 'EBADF' };
  return objAt(s, h);
}

/** Drops one handle of `proc` to object `id`; the last handle anywhere may wake waiters. */
export function drop(k: Ctx, s: KernelState, proc: Proc, id: number): boolean {
  const n = proc.handles[id];
  if (!n) return false;
  if (n === 1) delete proc.handles[id];
  else proc.handles[id] = n - 1;
  const obj = objAt(s, id);
  // Only the last handle's close changes what anyone sees (EOF, EPIPE).
  if (obj.kind === 'conn' && obj.refs === 1) k.fp?.touch(fpKey(FP.refs, id), true);
  obj.refs--;
  if (obj.refs === 0 && obj.kind === 'conn') lastClose(k, s, obj);
  return true;
}

/** Closes every handle a terminating process holds. */
export function dropAll(k: Ctx, s: KernelState, proc: Proc): void {
  const ids = heldIds(s, proc);
  for (let i = 0; i < ids.length; i++) while (proc.handles[ids[i]!]) drop(k, s, proc, ids[i]!);
}

/** The last handle to a connection end closed: its peer's readers see EOF, senders into it see EPIPE;
 *  what was buffered for it will never be read. */
function lastClose(k: Ctx, s: KernelState, conn: Extract<KObject, { kind: 'conn' }>): void {
  k.fp?.touch(fpKey(FP.obj, conn.id), true);
  k.fp?.touch(fpKey(FP.obj, conn.peer), true);
  if (conn.buf.size > 0) {
    const unread = fifoToArray(conn.buf);
    conn.buf = EMPTY_FIFO;
    conn.bytes = 0;
    discard(k, s, unread);
  }
  const peer = objAt(s, conn.peer);
  if (peer?.kind === 'conn' && peer.buf.size === 0) {
    while (peer.waiters.length > 0) {
      const tid = peer.waiters.shift()!;
      const st = taskAt(s, tid).state;
      const op = st.tag === 'blocked' && st.on.kind === 'ipc' ? st.on.op : 'recv';
      wakeup(k, s, tid, op === 'poll' ? true : { err: 'EOF' }, { why: 'eof', obj: objRef(peer) });
    }
  }
  // Tasks blocked sending into this end's full buffer can never finish.
  while (conn.waiters.length > 0) {
    const i = chooseWaiter(k, conn.waiters);
    const tid = conn.waiters.splice(i, 1)[0]!;
    wakeup(k, s, tid, { err: 'EPIPE' }, { why: 'epipe', obj: objRef(conn) });
  }
}

/**
 * A message is about to carry `handles` from `proc`: each must be held by the sender;
 * the message takes a reference to each while it is in flight. Null when one is not held.
 */
export function carry(_k: Ctx, s: KernelState, proc: Proc, handles: readonly number[] | undefined): readonly number[] | null {
  if (!handles || handles.length === 0) return [];
  for (const h of handles) if (!proc.handles[h]) return null;
  for (const h of handles) objAt(s, h).refs++; // from at least 1: the sender holds it
  return handles;
}

/** The task taking `msg` gets handles to what it carries (the in-flight references pass to it). */
export function receive(s: KernelState, task: Task, msg: Msg): string {
  if (msg.handles.length > 0) {
    const proc = procOfTask(s, task);
    for (const h of msg.handles) proc.handles[h] = (proc.handles[h] ?? 0) + 1;
  }
  return msg.data;
}

/** Messages nobody will read any more (their end closed): their in-flight references go. */
export function discard(k: Ctx, s: KernelState, msgs: Iterable<Msg>): void {
  for (const msg of msgs) {
    for (const h of msg.handles) {
      const obj = objAt(s, h);
      if (obj.kind === 'conn' && obj.refs === 1) k.fp?.touch(fpKey(FP.refs, h), true);
      obj.refs--;
      if (obj.refs === 0 && obj.kind === 'conn') lastClose(k, s, obj);
    }
  }
}
