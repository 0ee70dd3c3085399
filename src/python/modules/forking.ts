/**
 * The fork syscall as os.fork and multiprocessing's fork start method make it, and the
 * errors fork and spawn fail with when the machine is out of a resource.
 */
import type { ErrResult } from '../../kernel/syscalls.js';
import { isErr } from '../../kernel/syscalls.js';
import { Coro, type Gen, callReq, sysReq } from '../objects/coro.js';
import { PyBaseException, osErr } from '../objects/exceptions.js';
import type { Value } from '../objects/object.js';
import type { Thread } from '../objects/thread.js';
import type { Interpreter } from '../objects/interpreter.js';
import { unraisable } from '../runtime/traceback.js';

/**
 * The error a failed fork or spawn raises, as CPython's os.fork / subprocess do:
 * EAGAIN at the machine's process limit is BlockingIOError; ENOMEM (the machine's
 * memory cannot hold the child's copy) is OSError errno 12.
 */
export function forkFailed(r: ErrResult): PyBaseException {
  return r.err === 'ENOMEM' ? osErr('OSError', undefined, [12, 'Cannot allocate memory']) : osErr('BlockingIOError');
}

/** fork(): the child's pid in the parent, 0 in the child. */
export function* forkCo(): Gen {
  const pid = yield sysReq({ op: 'fork' });
  if (isErr(pid)) throw forkFailed(pid);
  return pid as number;
}

/** os.register_at_fork's callables, in the interpreter's state (so a fork child has its own copy). */
export interface AtFork {
  before: Value[];
  parent: Value[];
  child: Value[];
}

export function atFork(interp: Interpreter): AtFork {
  let hooks = interp.state.get('atfork') as AtFork | undefined;
  if (hooks === undefined) interp.state.set('atfork', (hooks = { before: [], parent: [], child: [] }));
  return hooks;
}

/** Calls each hook; an exception is reported as unraisable and the next hook runs, as CPython does. */
function* runHooks(th: Thread, hooks: Value[]): Gen<void> {
  for (const f of hooks) {
    try {
      yield callReq(f, []);
    } catch (err) {
      if (!(err instanceof PyBaseException)) throw err;
      yield sysReq({ op: 'write', fd: 2, text: yield* unraisable(th, 'in', f, err) });
    }
  }
}

/** The child's side of a fork with hooks: the fork's result (0), then the after_in_child hooks of its copy. */
function* childSide(th: Thread): Gen {
  const pid = yield* forkCo();
  yield* runHooks(th, atFork(th.interp).child);
  return pid;
}

/**
 * os.fork() (and multiprocessing's fork start, after `prelude`, its flush of the standard
 * streams): the before hooks, last registered first; the fork; then after_in_parent in the
 * parent and after_in_child in the child, first registered first.
 */
export function forkCoro(th: Thread, prelude: ((th: Thread) => Gen<unknown>) | null = null): Coro {
  const hooks = th.interp.state.get('atfork') as AtFork | undefined;
  if (prelude === null && hooks === undefined) return new Coro(forkCo(), forkCo);
  return new Coro(
    (function* () {
      if (prelude !== null) yield* prelude(th);
      if (hooks !== undefined) yield* runHooks(th, hooks.before.slice().reverse());
      const pid = yield* forkCo();
      if (hooks !== undefined) yield* runHooks(th, hooks.parent);
      return pid;
    })(),
    hooks === undefined ? forkCo : childSide,
  );
}
