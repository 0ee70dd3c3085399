/**
 * A thread of a Python process: its frame stack, the exception it is handling,
 * its recursion depth, and the VM's bookkeeping for the run in progress.
 *
 * This is data only (xv6's `struct proc`): the VM's operations on a thread are
 * functions (vm/driver.ts, stack.ts, transfer.ts). Builtins, protocols and the
 * types' methods all take a Thread, so it lives below them and none of them
 * imports the VM.
 */
import type { Syscall } from '../../kernel/syscalls.js';
import type { PyBaseException } from './exceptions.js';
import type { AnyFrame } from './frame.js';
import type { Interpreter } from './interpreter.js';

/** What the native frame on top is given next: start, a value, or an exception. */
export type NativeInput = { kind: 'start' } | { kind: 'value'; v: unknown } | { kind: 'throw'; e: unknown };

export class Thread {
  /** The innermost frame. */
  top: AnyFrame | null = null;
  /** The exception being handled (sys.exc_info()), or null. */
  excInfo: PyBaseException | null = null;
  /** Python frames on the stack (for the recursion limit). */
  depth = 0;
  /** Instructions left in the current run. */
  left = 0;
  /** Compiled frames running nested on the JS stack (vm/jit.ts). */
  nest = 0;
  /** Input for the native frame on top. */
  nativeIn: NativeInput = { kind: 'start' };
  /** The native frame on top waits for a syscall's result (it arrives with the next run). */
  waiting = false;
  /** Set once the exit syscall has been returned. */
  exited = false;
  /** CPU time (ns) owed before the next syscall goes out (vm/driver.ts pays it; vm/shutdown.ts owes it). */
  debt = 0;
  /** Virtual time paid off debts so far: run time that ran no instruction (vm/space.ts estimates allocation from instructions alone). */
  paid = 0;
  /** The syscall held back until the debt is paid. */
  pending: Syscall | null = null;
  /** The last syscall the thread made (retried after a caught signal interrupts it: vm/signals.ts). */
  lastCall: Syscall | null = null;
  /** Caught signals whose handlers have yet to run (bit n: signal n; the main thread only). */
  signals = 0;
  /** Objects whose repr is being computed (for `[...]` on cycles). */
  readonly reprGuard = new Set<object>();

  constructor(
    readonly interp: Interpreter,
    public tid: number,
  ) {}
}
