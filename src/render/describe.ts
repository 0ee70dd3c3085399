/**
 * Words for people: every phrase forkscope uses to describe a kernel event, a block
 * reason, an object or a run's end lives here, so the trace, the reports, the TUI's
 * "event explained" pane and the explorer's racing pairs say the same thing the same way.
 */
import type { Image, Syscall } from '../kernel/syscalls.js';
import { signalName, waitstatusToExitcode } from '../kernel/syscalls.js';
import type { ExitHow, LimitName, ObjKind, ObjRef, WakeReason } from '../kernel/trace.js';
import { objRef } from '../kernel/trace.js';
import { findObj } from '../kernel/state.js';
import type { BlockReason, KObject, KernelState, Ns, Pid, RunEnd } from '../kernel/types.js';
import { formatDuration } from '../kernel/time.js';

/**
 * An integer with thousands separators (`12,345`), as toLocaleString('en-US') writes it,
 * without Intl: its number formatting costs tens of milliseconds to load, at the start
 * of every command that prints a count. Other numbers go to toLocaleString.
 */
export function grouped(x: number): string {
  if (!Number.isSafeInteger(x) || Object.is(x, -0)) return x.toLocaleString('en-US');
  const digits = String(Math.abs(x));
  let out = '';
  for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % 3 === 0 ? ',' : '') + digits[i];
  return x < 0 ? `-${out}` : out;
}

/** How each kind of object is called. */
const KIND_NAMES: Record<ObjKind, string> = {
  conn: 'connection',
  queue: 'queue',
  event: 'event',
  cond: 'condition',
  barrier: 'barrier',
  cell: 'shared value',
  file: 'open file',
  lock: 'Lock',
  rlock: 'RLock',
  semaphore: 'Semaphore',
  bounded: 'BoundedSemaphore',
};

export const kindName = (kind: ObjKind): string => KIND_NAMES[kind];

/** `Semaphore 'full'`, `queue #3`: the object's kind and its label or id. */
export function objectName(obj: ObjRef | KObject): string {
  const ref = 'waiters' in obj ? objRef(obj) : obj;
  return ref.label ? `${KIND_NAMES[ref.kind]} '${ref.label}'` : `${KIND_NAMES[ref.kind]} #${ref.id}`;
}

/** A label alone, or the kind and id when it has none: `q1`, `connection #4`. */
const shortName = (o: ObjRef): string => o.label || `${KIND_NAMES[o.kind]} #${o.id}`;
/** A label quoted, or the id: `'mutex'`, `#7`. */
const quotedOrId = (o: ObjRef): string => (o.label ? `'${o.label}'` : `#${o.id}`);
/** A label alone, or the id: `ev`, `#7`. */
const labelOrId = (o: ObjRef): string => o.label || `#${o.id}`;

/** What a blocked task waits for: `sleep`, `wait for child 1003`, `acquire on Semaphore 'empty'`. */
export function blockText(on: BlockReason, obj: ObjRef | null): string {
  switch (on.kind) {
    case 'sleep':
      return 'sleep';
    case 'wait':
      return on.pid < 0 ? 'wait for any child' : `wait for child ${on.pid}`;
    case 'io':
      return on.what;
    case 'tjoin':
      return `join thread ${on.tid}`;
    case 'pause':
      return 'pause (until a signal arrives)';
    case 'stopped':
      return `stopped by ${signalName(on.sig)} (until SIGCONT)`;
    case 'ipc':
      if (on.op === 'flush') {
        return `join of its feeder thread, which is writing ${grouped(on.bytes ?? 0)} bytes into ${obj ? objectName(obj) : `object ${on.obj}`}`;
      }
      return `${on.op} on ${obj ? objectName(obj) : `object ${on.obj}`}`;
    default: {
      const never: never = on;
      return JSON.stringify(never);
    }
  }
}

/** What a blocked task waits for, naming its object from the state. */
export function blockedOn(s: KernelState, on: BlockReason): string {
  const obj = on.kind === 'ipc' ? findObj(s, on.obj) : undefined;
  return blockText(on, obj ? objRef(obj) : null);
}

/** Why a blocked task became ready. */
export function wakeText(r: WakeReason): string {
  switch (r.why) {
    case 'timer':
      return 'timer';
    case 'timeout':
      return 'timeout';
    case 'io':
      return `${r.what} done`;
    case 'signal':
      return `signal ${signalName(r.sig)}`;
    case 'child':
      return `child ${r.pid} ${r.change ?? 'exited'}`;
    case 'thread':
      return `thread ${r.tid} ended`;
    case 'item':
      return `item in ${shortName(r.obj)}`;
    case 'room':
      return `room in ${shortName(r.obj)}`;
    case 'written':
      return `its data is in ${shortName(r.obj)}'s pipe`;
    case 'all-done':
      return `all tasks done in ${shortName(r.obj)}`;
    case 'set':
      return `event ${labelOrId(r.obj)} set`;
    case 'passed':
      return `barrier ${labelOrId(r.obj)} passed`;
    case 'broken':
      return `barrier ${labelOrId(r.obj)} broken`;
    case 'data':
      return `data on ${shortName(r.obj)}`;
    case 'message':
      return `message on ${shortName(r.obj)}`;
    case 'eof':
      return `EOF on ${shortName(r.obj)}`;
    case 'epipe':
      return 'broken pipe';
    case 'released':
      return `${quotedOrId(r.obj)} was released; it tries to take it`;
    case 'reacquired':
      return `got lock ${quotedOrId(r.obj)} back`;
    case 'cell-access':
      return `got lock ${quotedOrId(r.obj)}`;
    case 'notified':
      return 'notified';
    case 'not-notified':
      return 'timed out';
    default: {
      const never: never = r;
      return JSON.stringify(never);
    }
  }
}

/** How a task ended: `exit(0)`, `killed by SIGTERM`. */
export function exitText(how: ExitHow): string {
  switch (how.by) {
    case 'exit':
      return `exit(${how.code})`;
    case 'signal':
      return `killed by ${signalName(how.sig)}`;
    case 'thread-exit':
      return 'thread exit';
    case 'process-exit':
      return 'process exit';
    default: {
      const never: never = how;
      return JSON.stringify(never);
    }
  }
}

/** Human text for a raw wait status: 'exit 0', 'killed by SIGTERM'. */
export function statusText(wstatus: number): string {
  const code = waitstatusToExitcode(wstatus);
  return code >= 0 ? `exit ${code}` : `killed by ${signalName(-code)}`;
}

/** A syscall's operands, payloads shortened: `h=3 timeout=null`. */
export function callText(call: Syscall, skip = ''): string {
  // Every trace line of a syscall comes through here: plain loops, and numbers written without JSON.
  let out = '';
  for (const key in call) {
    if (key === 'op' || key === 'data' || key === skip) continue;
    const value = (call as unknown as Record<string, unknown>)[key];
    let text: string;
    if (key === 'opts') text = (value as { image: Image }).image.label;
    else if (key === 'image') text = (value as Image).label;
    else if (value === null || value === undefined) continue;
    else if (typeof value === 'number' && Number.isFinite(value)) text = `${key}=${value}`;
    else if (typeof value === 'string') text = `${key}=${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)}`;
    else text = `${key}=${JSON.stringify(value)}`;
    out = out === '' ? text : `${out} ${text}`;
  }
  return out;
}

/**
 * System calls whose kernel names are not words, as the process table says what a
 * process does next ("next: file-system call", not "next: fs"); the others (fork,
 * acquire, get, ...) are their own words.
 */
const OP_WORDS: Partial<Record<Syscall['op'], string>> = {
  fs: 'file-system call',
  open: 'open a file',
  fread: 'read a file',
  fwrite: 'write a file',
  lseek: 'move in a file',
  ftruncate: 'truncate a file',
  net: 'network call',
  io: 'I/O',
  sem: 'make a lock',
  cell: 'make a shared value',
  shm: 'open shared memory',
  cread: 'read a shared value',
  cwrite: 'write a shared value',
  queue: 'make a queue',
  qflush: 'flush to a queue',
  qsize: 'ask a queue size',
  qjoin: 'join a queue',
  pipe: 'make a pipe',
  dup: 'copy a handle',
  event: 'make an event',
  evset: 'set an event',
  evwait: 'wait for an event',
  evget: 'read an event',
  cond: 'make a condition',
  cwait: 'wait on a condition',
  barrier: 'make a barrier',
  bwait: 'wait at a barrier',
  babort: 'abort a barrier',
  breset: 'reset a barrier',
  bstate: 'read a barrier',
  semvalue: 'read a lock',
  sigaction: 'set a signal action',
  getpgid: 'read a process group',
  getsid: 'read a session',
  setpgid: 'set a process group',
  setsid: 'start a session',
  setname: 'name itself',
  texit: 'end its thread',
  tjoin: 'join a thread',
  label: 'name an object',
  status: 'read its status',
};

/** A system call's name in words (OP_WORDS), or the name itself. */
export const opWords = (op: string): string => OP_WORDS[op as Syscall['op']] ?? op;

/** What each limit of the machine is, as people call it. */
const LIMIT_NAMES: Record<LimitName, string> = {
  maxProcs: 'process limit',
  maxMemory: 'memory limit per process',
  machineMemory: "machine's memory",
};

/**
 * A call or an allocation that a limit refused: `fork failed with EAGAIN: the process
 * limit (512, --param maxProcs) is reached`, `an allocation of 300000056 bytes failed
 * (MemoryError): the memory limit per process (268435456 bytes, --param maxMemory) is reached`,
 * `fork of a process holding 2000000 bytes failed with ENOMEM: the machine's memory
 * (1073741824 bytes, --param machineMemory) is reached`.
 */
export function limitText(limit: LimitName, max: number, op: string, bytes?: number): string {
  const what =
    op === 'alloc'
      ? `an allocation${bytes !== undefined ? ` of ${bytes} bytes` : ''} failed (MemoryError)`
      : limit === 'machineMemory'
        ? `${op} of a process holding ${bytes ?? 0} bytes failed with ENOMEM`
        : `${op} failed with EAGAIN`;
  const amount = limit === 'maxProcs' ? `${max}` : `${max} bytes`;
  return `${what}: the ${LIMIT_NAMES[limit]} (${amount}, --param ${limit}) is reached`;
}

/**
 * The thread that writes a process's queue items into the queue's pipe (multiprocessing's
 * feeder thread): `who` is the process as the sentence names it (`1001`, `pid 1001`).
 */
export const feederName = (who: string): string => `the feeder thread of ${who}`;

/** A free-mode step that a schedule ran before an event the cost model would have run first. */
export function reorderText(before: Pid, early: Ns): string {
  return `the schedule runs this before pid ${before}'s event, which was due ${formatDuration(early)} earlier`;
}

/** How a run ended, in one line. */
export function endText(end: RunEnd): string {
  switch (end.kind) {
    case 'done':
      return `all processes finished; exit status ${end.status}`;
    case 'deadlock':
      return 'deadlock: tasks are blocked and nothing can wake them';
    case 'budget':
      return end.what === 'steps' ? 'step budget exhausted (--max-steps)' : 'time budget exhausted (--max-time)';
    case 'stopped':
      return 'stopped';
    case 'interrupted':
      return 'interrupted (Ctrl-C)';
    default: {
      const never: never = end;
      return JSON.stringify(never);
    }
  }
}
