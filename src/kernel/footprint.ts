/**
 * Footprints: which things each kernel step touches, and how. An explorer reads them to
 * tell steps that commute (they touch different things, or only read the same thing)
 * from steps whose order can change what happens.
 *
 * A step belongs to one task (the task whose syscall, slice end or timer it is) and is
 * taken to read that task. The things are numbers (`fpKey`): a kernel object, the
 * reference count of a pipe end (what EOF and EPIPE depend on), a process's status and
 * parent, a task (its existence, its fatal signal, its end), the terminal per fd, the
 * terminal's input, a file path, the id counters (pids and tids; object ids), and a
 * process's signal state (kill writes it; every step of a process that catches signals
 * reads it, since a handler may run at any of them).
 * Process relations are these keys too: fork and spawn write the task they create, kill
 * writes the tasks it signals, exit writes its process's status, wait reads it (and
 * writes it when it reaps).
 *
 * Recipes call `k.fp?.touch(key, write)` *before* they change anything, so a recorder
 * may look at what the step is about to change. Without a recorder (`fp` null) the call
 * and its arguments are never evaluated: nothing costs anything when not exploring.
 *
 * What is not a thing here, by design: the clock (time() values follow the schedule,
 * but no order is explored for them), object labels and process names, and the
 * ready queue (who waits for a CPU is the scheduler's business, not the program's).
 */
import type { Tid } from './types.js';

/** The kinds of things a step touches (the low bits of a key). */
export const FP = {
  /** A kernel object (queue, pipe end's buffer, lock or semaphore, event, condition, barrier, shared value). */
  obj: 0,
  /** Whether a pipe end still has handles (readers see EOF, senders EPIPE, once it has none): only the last close changes it. */
  refs: 1,
  /** A process: alive / zombie / exited, and its parent. */
  proc: 2,
  /** A task: created, signalled, ended. */
  task: 3,
  /** The terminal's output stream for fd 1 or 2. */
  out: 4,
  /** The terminal's input. */
  stdin: 5,
  /** A file or directory path (interned by the recorder). */
  file: 6,
  /** The pid and tid counters. */
  ids: 7,
  /** The object id counter. */
  objids: 8,
  /** A process's signal state: what it does with each signal, which are pending, its alarm. */
  sig: 9,
} as const;

export type FpKind = (typeof FP)[keyof typeof FP];

const KINDS = 16;

/** The key of thing `id` of kind `kind`. */
export const fpKey = (kind: FpKind, id: number): number => id * KINDS + kind;
export const fpKind = (key: number): FpKind => (key % KINDS) as FpKind;
export const fpId = (key: number): number => Math.floor(key / KINDS);

export const FP_NAMES: Readonly<Record<FpKind, string>> = {
  [FP.obj]: 'object',
  [FP.refs]: 'handles of',
  [FP.proc]: 'process',
  [FP.task]: 'task',
  [FP.out]: 'fd',
  [FP.stdin]: 'stdin',
  [FP.file]: 'file',
  [FP.ids]: 'pid counter',
  [FP.objids]: 'object counter',
  [FP.sig]: 'signals of',
};

/** Receives the footprint of every step of a run (an explorer's recorder). */
export interface Footprint {
  /** A step of task `tid` begins. */
  step(tid: Tid): void;
  /** The current step is about to read `key` (write false) or change it (write true). */
  touch(key: number, write: boolean): void;
  /** The same for a file system path. */
  file(path: string, write: boolean): void;
}
