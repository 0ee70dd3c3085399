/**
 * The Python address space the kernel runs: an interpreter and its threads. The
 * kernel calls `run` with a CPU budget, gets back a syscall or "budget spent",
 * and calls `fork` when a thread makes the fork syscall.
 */
import type { AddressSpace, ProgramView, RunResult, SpaceSnapshot } from '../../kernel/program.js';
import type { Pid, Tid } from '../../kernel/types.js';
import type { Interpreter } from './interpreter.js';
import type { Thread } from './thread.js';
import { forkInterpreter } from './clone.js';
import { startThread } from '../modules/thread.js';
import { snapshotInterpreter } from './snapshot.js';
import { inspectThread } from './inspect.js';

export class PySpace implements AddressSpace {
  /** One thread of a Python process runs at a time (the kernel's GIL). */
  readonly gil = true;

  constructor(readonly interp: Interpreter) {}

  private thread(tid: Tid): Thread {
    const th = this.interp.threads.get(tid);
    if (!th) throw new Error(`internal: no thread ${tid} in this address space`);
    return th;
  }

  run(tid: Tid, budget: number, resume: unknown): RunResult {
    return this.thread(tid).run(budget, resume);
  }

  fork(tid: Tid, childTid: Tid, childPid: Pid): AddressSpace {
    return new PySpace(forkInterpreter(this.interp, tid, childTid, childPid));
  }

  /** A `thread` syscall made task `tid`: it runs the callable `_thread` registered as `entry`. */
  startThread(tid: Tid, entry: number): void {
    startThread(this.interp, tid, entry);
  }

  where(tid: Tid): string {
    return this.interp.threads.get(tid)?.where() ?? '';
  }

  /** See vm/snapshot.ts: null while a native frame that cannot be re-created is on a stack. */
  snapshot(): SpaceSnapshot | null {
    return snapshotInterpreter(this.interp, (i) => new PySpace(i));
  }

  inspect(tid: Tid): ProgramView | null {
    return inspectThread(this.interp, tid);
  }
}
