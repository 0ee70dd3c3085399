/**
 * Frames: a Python frame (code, locals + value stack in one array, cells, block
 * stack, instruction pointer) or a native frame (a builtin's coroutine). Frames
 * form a chain through `back`; a task's frame stack is that chain, so Python
 * recursion never uses the JS stack and the VM can stop at any instruction.
 */
import type { Code } from './code.js';
import type { Gen } from './coro.js';
import type { Entry, PyDict } from './dict.js';
import type { Cell, PyFunction } from './function.js';
import { PyObject, type Value } from './object.js';
import { T } from './types.js';
import { slots } from './slots.js';

/** What happens to a Python frame's return value. */
export const enum Ret {
  /** Given to the frame below (pushed on its stack, or sent into it if native). */
  NORMAL,
  /** `__init__`: must be None; the frame below gets `initSelf`. */
  INIT,
}

/** How a generator frame was resumed, hence where its yields and return go. */
export const enum GenMode {
  /** By FOR_ITER of the frame below: a yield pushes the value; the return ends the loop. */
  FOR,
  /** By a native frame's `resume` request: it gets {done, value}. */
  NATIVE,
  /** By YIELD_FROM of the generator below: a yield passes through it. */
  YIELD_FROM,
}

/** Block stack entry kinds (SETUP_FINALLY and the handler being run). */
export const BLOCK_FINALLY = 1;
export const BLOCK_EXCEPT_HANDLER = 2;

export type AnyFrame = Frame | NativeFrame;

export class Frame {
  ip = 0;
  sp: number;
  back: AnyFrame | null = null;
  ret = Ret.NORMAL;
  initSelf: Value = null;
  /** Block stack as (kind, handler, level) triples, or null while empty. */
  blocks: number[] | null = null;
  /** The generator that owns this frame, if any. */
  gen: PyGenerator | null = null;
  /** Per-frame global cache for code not owned by a function (module bodies). */
  readonly gcache: (Entry | undefined)[];
  /** Something (a traceback) keeps a reference: never recycled. */
  pinned = false;

  constructor(
    readonly code: Code,
    readonly regs: Value[],
    readonly cells: Cell[] | null,
    readonly globals: PyDict,
    readonly builtins: PyDict,
    /** The namespace of a class body or module run with a locals dict (LOAD_NAME), else null. */
    readonly locals: PyDict | null,
    readonly func: PyFunction | null,
  ) {
    this.sp = code.varnames.length;
    this.gcache = func ? func.gcache : slots(code.names.length);
  }

  /**
   * The source line being executed: that of the instruction before ip, which a frame
   * below the top is inside (its call) and which raised when an exception unwinds.
   */
  get line(): number {
    return this.code.lines[Math.max(0, this.ip - 1)] ?? this.code.firstLine;
  }

  /**
   * The line of the instruction at ip, the next to run: where the frame on top of a
   * thread's stack is, since it always stands between two instructions there (both
   * tiers save ip before the instruction they did not run when the budget ends, and a
   * jump's target is not the instruction before it).
   */
  get nextLine(): number {
    return this.code.lines[this.ip] ?? this.line;
  }
}

/** A builtin running as a coroutine; it receives call results, syscall results and exceptions. */
export class NativeFrame {
  back: AnyFrame | null = null;
  /** Drop the result (the op that started it pushes nothing, e.g. STORE_SUBSCR). */
  discard = false;
  /** Instead of pushing the result on the Python frame below, hand it to this. */
  post: ((th: import('./thread.js').Thread, f: Frame, v: unknown) => void) | null = null;
  /** See Coro.replay. */
  replay: ((th: import('./thread.js').Thread) => Gen) | null = null;
  /**
   * A builtin that loops over a generator (sum; list, tuple, sorted and the others
   * that collect its items through runtime/iter.ts listOf) takes the items it
   * yields here, where the generator yields them (vm/transfer.ts), and the generator
   * goes on at once: no step of the coroutine for each item. It answers whether it
   * took the item; one it did not (a case that needs Python code or may raise) goes to
   * the coroutine as usual. Set by each `resume` request.
   */
  sink: ((v: Value) => boolean) | null = null;
  constructor(
    readonly gen: Gen,
    readonly name: string,
  ) {}
}

/** A generator object: a suspended frame. */
export class PyGenerator extends PyObject {
  running = false;
  finished = false;
  started = false;
  mode: GenMode = GenMode.FOR;
  constructor(
    public frame: Frame,
    readonly name: string,
    readonly qualname: string,
  ) {
    super(T.generator);
  }
}

/** At most this many idle frames are kept per function for reuse. */
const POOL_MAX = 64;

/**
 * Returns a finished plain frame to its function's pool (the call paths reuse it
 * instead of allocating). Generator frames and frames a traceback references are
 * never recycled. An `__init__` frame goes back as a plain one: a later direct call
 * of the same function (`A.__init__(a, 5)`) returns its own value, not an instance.
 */
export function recycle(f: Frame): void {
  const fn = f.func;
  if (fn === null || f.gen !== null || f.pinned || f.locals !== null) return;
  const pool = (fn.pool ??= []);
  if (pool.length < POOL_MAX) {
    f.ret = Ret.NORMAL;
    f.initSelf = null;
    pool.push(f);
  }
}

/** Allocates the locals+stack array of a frame for `code`. */
export function newRegs(code: Code): Value[] {
  return slots<Value>(code.varnames.length + code.stacksize);
}
