/**
 * The cost model: what things cost in virtual time, in nanoseconds.
 *
 * One place for every number, so that a reader can argue with them. The defaults are
 * the orders of magnitude of CPython 3.11 on Linux on a ~3 GHz machine (the fork
 * figures were measured on this kind of 2-core machine); they shape timing (who gets
 * where first), never correctness. A scenario or the CLI may override any of them
 * (`--param name=value`).
 */
import type { Ns } from './types.js';

export interface CostParams {
  /** One VM instruction (CPython 3.11 runs simple bytecodes at ~4–5 ns: `balance = balance + n` ~45 ns). */
  instruction: Ns;
  /** Entering and leaving the kernel for a cheap syscall (getpid, a pipe poll). */
  syscall: Ns;
  /** An uncontended lock or semaphore operation, or a shared-memory access: a futex fast path in
   *  user space, no kernel entry (a contended one still blocks in the kernel). */
  futex: Ns;
  /** Moving a message through a pipe or queue (a write/read of a few hundred bytes, pickling aside). */
  message: Ns;
  /** Putting a different task on a CPU: saving and restoring registers, cache warm-up. */
  contextSwitch: Ns;
  /** fork() in the parent: copying the page tables of an interpreter process
   *  (CPython 3.11's os.fork() returned in the parent after ~390 µs here). */
  fork: Ns;
  /** A forked child's start: copy-on-write faults on the pages it touches, re-initialising after fork
   *  (a CPython child ran its first statement ~1.06 ms after the fork call, ~670 µs after the parent's return). */
  forkChild: Ns;
  /** Starting a fresh interpreter (spawn): exec, imports, unpickling the bootstrap. */
  spawn: Ns;
  /** Creating a process for a virtual command (subprocess): fork + exec of a small binary. */
  exec: Ns;
  /**
   * Starting a thread: the OS thread and its interpreter state; CPython's Thread.start() returns once
   * it runs (CPython 3.11 here: _thread.start_new_thread 80-90 us, Thread.start() 220-380 us).
   */
  thread: Ns;
  /** Leaving an interpreter normally: atexit handlers, module teardown, final flushes (not os._exit). */
  shutdown: Ns;
  /** A fatal signal reaching a task running on another CPU: the interrupt and the kernel's exit path. */
  signal: Ns;
  /** The longest burst the kernel lets a program run before it looks at the clock again. */
  chunk: Ns;
  /** Timer slack: a timer fires up to this much late; the Chooser picks how late, in `jitterSteps` steps. */
  timerSlack: Ns;
  jitterSteps: number;
  /** Events closer together than this may happen in either order; the Chooser decides. */
  raceWindow: Ns;
  /** Bytes a pipe buffers before a sender blocks (Linux: 64 KiB). */
  pipeCapacity: number;
}

export const DEFAULT_PARAMS: Readonly<CostParams> = Object.freeze({
  instruction: 6,
  syscall: 250,
  futex: 40,
  message: 2_000,
  contextSwitch: 2_000,
  fork: 400_000,
  forkChild: 700_000,
  spawn: 25_000_000,
  exec: 1_000_000,
  thread: 100_000,
  shutdown: 2_000_000,
  signal: 30_000,
  chunk: 10_000_000,
  timerSlack: 100_000,
  jitterSteps: 5,
  raceWindow: 1_000,
  pipeCapacity: 65_536,
});

export const PARAM_NAMES = Object.keys(DEFAULT_PARAMS) as (keyof CostParams)[];
