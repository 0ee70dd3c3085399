/**
 * Trace events: one per transition and per syscall, the source every renderer, the TUI
 * and the explorer read. Effects as data: the kernel appends typed events to its log;
 * it never formats them. Words for people are made in src/render/ (describe.ts).
 */
import type { Syscall } from './syscalls.js';
import type { BlockReason, KObject, KObjectKind, Ns, Pid, RunEnd, SemFlavor, Tid } from './types.js';

/** The kind of a kernel object as people name it: semaphores by flavor, the rest by kind. */
export type ObjKind = Exclude<KObjectKind, 'sem'> | SemFlavor;

/** Enough of a kernel object to name it in an event, without the state at hand. */
export interface ObjRef {
  readonly id: number;
  readonly kind: ObjKind;
  readonly label: string;
}

export const objRef = (o: KObject): ObjRef => ({ id: o.id, kind: o.kind === 'sem' ? o.flavor : o.kind, label: o.label });

/** What happened to an object that woke a task blocked on it. */
export type ObjWake =
  | 'item' // a queue got an item for a getter
  | 'room' // a queue or a pipe has room for a putter / sender
  | 'written' // a queue's feeder thread wrote all the process held into the pipe
  | 'all-done' // a JoinableQueue's unfinished count reached 0
  | 'set' // an event was set
  | 'passed' // a barrier's last party arrived
  | 'broken' // a barrier broke
  | 'data' // a connection has data for a poller
  | 'message' // a connection has a message for a receiver
  | 'eof' // every writer of a connection is gone
  | 'epipe' // every reader of a connection is gone (a sender was waiting for room)
  | 'released' // a lock or semaphore the waiter waits for was released: it tries to take it again
  | 'reacquired' // Condition.wait got its lock back
  | 'cell-access' // a shared value's access got the lock that guards it
  | 'notified' // Condition.notify chose the waiter
  | 'not-notified'; // Condition.wait timed out (it then re-acquires its lock)

/** Why a blocked task became ready. */
export type WakeReason =
  | { why: 'timer' } // its sleep ended
  | { why: 'timeout' } // its blocking call's timeout expired
  | { why: 'io'; what: string } // simulated I/O completed
  | { why: 'signal'; sig: number } // a signal interrupted the call (fatal, or caught: then it returns EINTR), or SIGCONT continued its stopped process
  | { why: 'child'; pid: Pid; change?: 'stopped' | 'continued' } // the child it waited for exited (or, for waitpid's WUNTRACED / WCONTINUED, stopped or continued)
  | { why: 'thread'; tid: Tid } // the thread it joined ended
  | { why: ObjWake; obj: ObjRef };

/** A resource limit of the simulated machine (a parameter of params.ts). */
export type LimitName = 'maxProcs' | 'maxMemory' | 'machineMemory';

/** How a task ended. */
export type ExitHow =
  | { by: 'exit'; code: number } // the process called exit (or its main program returned)
  | { by: 'signal'; sig: number } // a fatal signal
  | { by: 'thread-exit' } // a thread's program returned
  | { by: 'process-exit' }; // another thread of its process called exit

export type EventBody =
  | { kind: 'create'; how: 'main' | 'fork' | 'spawn' | 'thread'; child: Pid; childTid: Tid; name: string; image: string }
  | { kind: 'dispatch'; from: 'ready' | 'interrupted'; at: Ns } // at: when it starts running, after the context switch
  | { kind: 'preempt'; why: 'slice' | 'priority' }
  | { kind: 'block'; on: BlockReason; obj: ObjRef | null } // obj: the object of an 'ipc' block
  | { kind: 'wake'; reason: WakeReason }
  | { kind: 'syscall'; call: Syscall }
  | { kind: 'exec'; image: string } // the process now runs this program (same pid)
  | { kind: 'exit'; wstatus: number; how: ExitHow }
  | { kind: 'signal'; sig: number; target: Pid }
  | { kind: 'handle'; sig: number } // the process's program runs its handler for a caught signal
  | { kind: 'reap'; child: Pid; wstatus: number }
  | { kind: 'reparent'; child: Pid; to: Pid }
  | { kind: 'write'; fd: number; text: string }
  | { kind: 'lottery'; draw: number; tickets: number; winner: Pid }
  // a call failed with EAGAIN (fork, spawn), or an allocation with MemoryError (alloc: `bytes` asked for)
  | { kind: 'limit'; limit: LimitName; max: number; op: 'fork' | 'spawn' | 'alloc'; bytes?: number }
  // free mode: the schedule ran this task's event before `before`'s (task `beforeTid`), due `early` ns sooner
  | { kind: 'reorder'; before: Pid; beforeTid: Tid; early: Ns }
  | { kind: 'end'; end: RunEnd };

export type TraceEvent = { t: Ns; cpu: number; pid: Pid; tid: Tid } & EventBody;
export type EventKind = EventBody['kind'];

export const EVENT_KINDS: readonly EventKind[] = [
  'create', 'dispatch', 'preempt', 'block', 'wake', 'syscall', 'exit', 'signal', 'handle', 'reap', 'reparent', 'write', 'lottery', 'limit', 'reorder', 'end',
];

/** One write to fd 1 or 2 of a process: the terminal shows them in this order. */
export interface Write {
  t: Ns;
  pid: Pid;
  fd: number;
  text: string;
}

/**
 * Where the terminal's writes go: an array keeps them all (renderers, the TUI); a sink
 * may instead pass them on as they happen (the CLI streams them to its own stdout).
 */
export interface OutputSink {
  push(w: Write): unknown;
}

/**
 * Where trace events go: an array keeps them all (renderers, the TUI); a sink may
 * instead keep what it needs (a snapshot keeps the ends and a digest of the whole).
 */
export interface TraceSink {
  push(e: TraceEvent): unknown;
  readonly length: number;
}
