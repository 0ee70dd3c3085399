/**
 * The Python address space the kernel runs: an interpreter and its threads. The
 * kernel calls `run` with a CPU budget, gets back a syscall or "budget spent",
 * and calls `fork` when a thread makes the fork syscall.
 */
import type { AddressSpace, ProgramView, RunResult, SpaceSnapshot } from '../../kernel/program.js';
import type { Pid, Tid } from '../../kernel/types.js';
import { SIGINT } from '../../kernel/syscalls.js';
import { Coro, type Gen, callReq, sysReq } from '../objects/coro.js';
import type { Interpreter, ThreadStart } from '../objects/interpreter.js';
import { Thread } from '../objects/thread.js';
import { memory } from '../objects/memory.js';
import { E, PyBaseException } from '../objects/exceptions.js';
import { isInstance } from '../objects/types.js';
import { unraisable } from '../runtime/traceback.js';
import { forkInterpreter } from './clone.js';
import { kwFromDict } from './kw.js';
import { panic } from './panic.js';
import { pushNative } from './stack.js';
import { runThread, where } from './driver.js';
import { snapshotInterpreter } from './snapshot.js';
import { inspectThread } from './inspect.js';

export class PySpace implements AddressSpace {
  /** One thread of a Python process runs at a time (the kernel's GIL). */
  readonly gil = true;

  /**
   * CPython catches SIGINT from the start (KeyboardInterrupt) and ignores SIGPIPE and
   * SIGXFSZ (it reports their errors as exceptions instead).
   */
  readonly signals = { catch: 1 << SIGINT, ignore: (1 << 13) | (1 << 25) };

  constructor(readonly interp: Interpreter) {}

  private thread(tid: Tid): Thread {
    const th = this.interp.threads.get(tid);
    if (!th) panic(`no thread ${tid} in this address space`);
    return th;
  }

  run(tid: Tid, budget: number, resume: unknown): RunResult {
    memory.limit = this.interp.params.maxMemory;
    memory.refused = 0;
    const r = runThread(this.thread(tid), budget, resume);
    if (memory.refused === 0) return r;
    const refused = memory.refused;
    memory.refused = 0;
    return { ...r, refused };
  }

  /** Caught signals arrived for the main thread: their handlers run when it next runs (vm/signals.ts). */
  signal(tid: Tid, sigs: number): void {
    this.thread(tid).signals |= sigs;
  }

  fork(tid: Tid, childTid: Tid, childPid: Pid): AddressSpace {
    return new PySpace(forkInterpreter(this.interp, tid, childTid, childPid));
  }

  /**
   * A `thread` syscall made task `tid`: it runs the callable registered as `entry`
   * in `interp.threadStarts` (by `_thread.start_new_thread`), then ends.
   */
  startThread(tid: Tid, entry: number): void {
    const start = this.interp.threadStarts.get(entry);
    if (start === undefined) panic(`no thread entry ${entry} in pid ${this.interp.info.pid}`);
    this.interp.threadStarts.delete(entry);
    const th = new Thread(this.interp, tid);
    this.interp.threads.set(tid, th);
    // Replayable: a thread that forks while running its callable (a Pool's worker
    // handler) is copied with this frame, re-created for the child's thread.
    pushNative(th, new Coro(threadMain(th, start), (child) => threadMain(child, start)), 'thread');
  }

  where(tid: Tid): string {
    const th = this.interp.threads.get(tid);
    return th === undefined ? '' : where(th);
  }

  /** See vm/snapshot.ts: null while a native frame that cannot be re-created is on a stack. */
  snapshot(): SpaceSnapshot | null {
    return snapshotInterpreter(this.interp, (i) => new PySpace(i));
  }

  inspect(tid: Tid): ProgramView | null {
    return inspectThread(this.interp, tid);
  }
}

/**
 * What a new thread runs (CPython's thread_run): its callable, then the end of
 * the thread while the process's other threads go on. SystemExit ends it quietly;
 * any other exception is reported as unraisable ("Exception ignored in thread
 * started by: <callable>" and the traceback). After a fork the replayed frame
 * keeps the parent's `start`, which it only prints, and prints the same.
 */
function* threadMain(th: Thread, start: ThreadStart): Gen {
  try {
    yield callReq(start.fn, start.args, start.kw === null ? null : kwFromDict(start.kw));
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    if (!isInstance(e, E.SystemExit!)) yield sysReq({ op: 'write', fd: 2, text: yield* unraisable(th, 'in thread started by', start.fn, e) });
  }
  yield sysReq({ op: 'texit' });
  return null;
}
