/**
 * Native coroutines: how builtins written in TypeScript call back into Python or
 * into the kernel without re-entering the VM.
 *
 * A native function returns either a value or a `Coro` — a TS generator that
 * yields requests and receives their results. The VM drives it from a native frame
 * on the task's frame stack: a `call` runs a Python callable (pushing its frame) and
 * sends back the result, a `sys` hands a syscall to the kernel and sends back its
 * result on the next run, and so on. An exception in the callee is thrown into the
 * generator. Plain builtins (len, list.append) never allocate a generator.
 */
import type { Syscall } from '../../kernel/syscalls.js';
import type { Value } from './object.js';
import type { PyDict } from './dict.js';
import type { Thread } from './thread.js';

/** Keyword arguments to a native function: name → value, in call order. */
export type Kw = Map<string, Value>;

export type Req =
  /** Call a Python callable; the result (or exception) comes back. */
  | { k: 'call'; fn: Value; args: Value[]; kw: Kw | null }
  /** Make a system call; the kernel's result comes back. */
  | { k: 'sys'; call: Syscall }
  /**
   * Resume a generator (send a value or throw into it); `{done, value}` comes back.
   * With `sink`, the items it yields go to the sink first (NativeFrame.sink).
   */
  | { k: 'resume'; gen: Value; value: Value; exc: Value | null; sink?: (v: Value) => boolean }
  /** Run a function's code with `ns` as its local namespace (class bodies); its return value comes back. */
  | { k: 'body'; fn: Value; ns: PyDict };

export type Gen<T = Value> = Generator<Req, T, any>;

export class Coro {
  constructor(
    readonly gen: Gen,
    /**
     * Re-creates this coroutine from scratch for the child's thread, for fork: a
     * copy of the heap cannot copy a JS generator, but one whose state before its
     * first yield depends on nothing else (os.fork's) can be rebuilt and advanced
     * to that yield.
     */
    readonly replay: ((th: Thread) => Gen) | null = null,
  ) {}
}

/** What a native function may return. */
export type NativeResult = Value | Coro;

/** The result of resuming a generator through a `resume` request. */
export interface Resumed {
  done: boolean;
  value: Value;
}

export const callReq = (fn: Value, args: Value[], kw: Kw | null = null): Req => ({ k: 'call', fn, args, kw });
export const sysReq = (call: Syscall): Req => ({ k: 'sys', call });

/** Inside a generator: the value of a result that may be a Coro. */
export function* await_(r: NativeResult): Gen {
  return r instanceof Coro ? yield* r.gen : r;
}

/** Wraps a generator function's result as a native result. */
export const co = (gen: Gen): Coro => new Coro(gen);
