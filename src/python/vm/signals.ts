/**
 * Running the handlers of caught signals, as CPython does: in the main thread, at the
 * point where it stands, before it goes on (between two bytecodes, or as a blocking call
 * returns).
 *
 * The kernel hands a thread its caught signals just before it runs (kernel/program.ts:
 * signal). The thread then runs one native frame on top of its stack that calls each
 * handler in signal order (`interp.onSignal`, which the signal module installs) and
 * then gives back what the frame below was about to receive: the value of the Python
 * instruction it stands at (nothing), or the result of the syscall it waited for. When
 * that call was interrupted (EINTR), the frame retries it with the time that was left of
 * its timeout, as CPython 3.11 retries interrupted calls (PEP 475); `signal.pause` is
 * not retried. A handler that raises ends it there: the exception comes out of the
 * instruction, or out of the interrupted call.
 */
import type { Syscall } from '../../kernel/syscalls.js';
import { NSIG, isInterrupted, retryCall } from '../../kernel/syscalls.js';
import { Coro, type Gen, await_, sysReq } from '../objects/coro.js';
import { Frame } from '../objects/frame.js';
import type { PyBaseException } from '../objects/exceptions.js';
import type { NativeInput, Thread } from '../objects/thread.js';
import { pushNative } from './stack.js';

/** Pushes the frame that runs the handlers of `th.signals` (see the file comment). */
export function beginHandlers(th: Thread, resume: unknown): void {
  const sigs = th.signals;
  th.signals = 0;
  const below = th.top;
  let saved: NativeInput = th.nativeIn;
  let call: Syscall | null = null;
  if (th.waiting) {
    th.waiting = false;
    saved = { kind: 'value', v: resume };
    call = th.lastCall;
  }
  const nf = pushNative(th, new Coro(handlers(th, sigs, saved, call)), 'signal handler');
  // Over a Python frame the handlers' frame gives nothing back: the frame goes on from its instruction.
  if (below instanceof Frame) nf.discard = true;
}

function* handlers(th: Thread, sigs: number, saved: NativeInput, call: Syscall | null): Gen {
  for (let sig = 1; sig <= NSIG; sig++) {
    if (!(sigs & (1 << sig))) continue;
    const run = th.interp.onSignal;
    if (run === null) continue;
    try {
      yield* await_(run(th, sig));
    } catch (e) {
      // The handlers of the signals after it run later, when the thread next stops.
      th.signals |= sigs & ~((2 << sig) - 1);
      throw e;
    }
  }
  if (saved.kind === 'throw') throw saved.e;
  let v = saved.kind === 'value' ? saved.v : undefined;
  while (call !== null && isInterrupted(v)) {
    if (call.op === 'pause') return null;
    call = retryCall(call, v.left);
    v = yield sysReq(call);
  }
  return v as never;
}

/**
 * Makes the exception `e` come out of the point where `th` stands (between two
 * instructions, or as a syscall it waited for returns: the call's result is dropped),
 * as an asynchronous error does: a MemoryError from a count of the heap.
 */
export function raiseNow(th: Thread, e: PyBaseException): void {
  th.waiting = false;
  const below = th.top;
  const nf = pushNative(th, new Coro(thrower(e)), 'MemoryError');
  if (below instanceof Frame) nf.discard = true;
}

function* thrower(e: PyBaseException): Gen {
  throw e;
}
