/**
 * A snapshot of a whole interpreter — heap, every thread's frames, ids — for time
 * travel (kernel/checkpoint.ts): unlike fork, the copy keeps its pid and all its
 * threads, and nothing is re-seeded. It uses fork's heap copy (clone.ts), so what fork
 * cannot copy (a native frame whose coroutine cannot be re-created) this cannot either:
 * take snapshots where no such frame is on a stack (right after a fork, for one).
 */
import type { AddressSpace, SpaceSnapshot } from '../../kernel/program.js';
import { type AnyFrame, NativeFrame } from '../objects/frame.js';
import { IdSpace } from '../objects/identity.js';
import { Cloner } from './clone.js';
import { Interpreter } from '../objects/interpreter.js';
import { Thread } from '../objects/thread.js';

/**
 * An independent copy of `src`, the same process at the same instant. Each thread's
 * stack is copied first, with the cloner re-creating native frames for that thread's
 * copy; the heap after, so frames the heap holds are the ones already copied.
 */
export function copyInterpreter(src: Interpreter): Interpreter {
  const ids = new IdSpace(src.ids.next);
  const k = new Cloner(src.ids, ids);
  const c = new Interpreter({ ...src.info }, src.sources, src.mainPath, src.importer);
  c.ids = ids;
  for (const [tid, th] of src.threads) {
    const t = new Thread(c, tid);
    k.thread = t;
    t.top = k.value(th.top);
    t.excInfo = k.value(th.excInfo);
    t.depth = th.depth;
    t.waiting = th.waiting;
    t.exited = th.exited;
    t.nativeIn = k.value(th.nativeIn);
    t.debt = th.debt;
    t.lastCall = th.lastCall;
    t.signals = th.signals;
    t.pending = th.pending;
    c.threads.set(tid, t);
  }
  k.thread = null;
  c.modules = k.value(src.modules);
  c.builtins = k.value(src.builtins);
  c.builtinsModule = k.value(src.builtinsModule);
  c.mainModule = k.value(src.mainModule);
  c.recursionLimit = src.recursionLimit;
  c.mem = { ...src.mem };
  c.atexit = k.value(src.atexit);
  c.cwd = src.cwd;
  c.argv = src.argv.slice();
  c.state = k.value(src.state);
  c.threadStarts = k.value(src.threadStarts);
  c.forkHooks = src.forkHooks.slice();
  c.onSignal = src.onSignal;
  k.finish();
  return c;
}

/** Whether every frame on every thread's stack can be copied (a native frame only if its coroutine can be re-created). */
export function copyable(interp: Interpreter): boolean {
  for (const th of interp.threads.values()) {
    for (let f: AnyFrame | null = th.top; f !== null; f = f.back) if (f instanceof NativeFrame && f.replay === null) return false;
  }
  return true;
}

/** A snapshot that restores to a fresh copy each time (the snapshot itself is never run); null when not copyable now. */
export function snapshotInterpreter(interp: Interpreter, wrap: (i: Interpreter) => AddressSpace): SpaceSnapshot | null {
  if (!copyable(interp)) return null;
  const frozen = copyInterpreter(interp);
  return { restore: () => wrap(copyInterpreter(frozen)) };
}
