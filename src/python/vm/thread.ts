/**
 * A task's execution state — its frame stack — and the driver the address space
 * calls: run Python frames (eval.ts) and native frames (builtins' coroutines)
 * until a syscall, the end of the budget, or the end of the task.
 *
 * Nothing here calls the kernel: a syscall a builtin yields is returned from
 * `run`, and its result comes back as `resume` on the next `run`.
 */
import type { RunResult } from '../../kernel/program.js';
import type { Syscall } from '../../kernel/syscalls.js';
import { Coro, type Req, type Resumed } from '../objects/coro.js';
import { E, PyBaseException, exc as mkExc, isExc } from '../objects/exceptions.js';
import type { Value } from '../objects/object.js';
import { type AnyFrame, Frame, GenMode, NativeFrame, PyGenerator, Ret, recycle } from '../objects/frame.js';
import { type CallResult, callValue } from '../runtime/call.js';
import { evalFrames } from './eval.js';
import type { Interpreter } from '../objects/interpreter.js';
import { handleException, raiseInto, toPyExc } from './unwind.js';
import { shutdown } from './shutdown.js';
import { useIds } from '../objects/identity.js';
import { T } from '../objects/types.js';
import { frameFor } from '../runtime/call.js';

/** What a native frame is given next. */
type NativeInput = { kind: 'start' } | { kind: 'value'; v: unknown } | { kind: 'throw'; e: unknown };

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
  /** The syscall the native frame on top is waiting for (its result arrives with the next run). */
  waiting = false;
  /** Set once the exit syscall has been returned. */
  exited = false;
  /** CPU time (ns) owed before the next syscall goes out (charge()), and that syscall while it waits. */
  private debt = 0;
  private pending: Syscall | null = null;
  /** Objects whose repr is being computed (for `[...]` on cycles). */
  readonly reprGuard = new Set<object>();

  constructor(
    readonly interp: Interpreter,
    public tid: number,
  ) {}

  /** Starts the thread on a module-level frame. */
  start(f: Frame): void {
    f.back = null;
    this.top = f;
    this.depth = 1;
  }

  /** Runs for at most `budget` ns (see AddressSpace.run). */
  run(budget: number, resume: unknown): RunResult {
    const cost = this.interp.params.instruction;
    const max = Math.floor(budget / cost);
    if (this.exited) return { used: 0, call: { op: 'exit', status: 0 } };
    if (this.pending !== null) return this.payDebt(budget, 0, this.pending);
    if (max <= 0) return { used: budget, call: null };
    useIds(this.interp.ids);
    this.left = max;
    this.nest = 0;
    if (this.waiting) {
      this.waiting = false;
      this.nativeIn = { kind: 'value', v: resume };
    }
    for (;;) {
      const top = this.top;
      if (top === null) throw new Error('internal: thread ran off its frame stack');
      let call: Syscall | null = null;
      if (top instanceof NativeFrame) call = this.stepNative(top);
      else if (!evalFrames(this)) return { used: budget, call: null };
      if (call !== null) {
        const used = Math.min(budget, (max - Math.max(0, this.left)) * cost);
        if (this.debt > 0) return this.payDebt(budget, used, call);
        if (call.op === 'exit') this.exited = true;
        return { used, call };
      }
      if (this.left <= 0) return { used: budget, call: null };
    }
  }

  /**
   * CPU work of `ns` that the thread does before its next syscall (work a builtin
   * models as a cost rather than as instructions, e.g. interpreter shutdown).
   */
  charge(ns: number): void {
    this.debt += ns;
  }

  /** Pays what is owed out of this run's budget; `call` goes out once it is paid. */
  private payDebt(budget: number, used: number, call: Syscall): RunResult {
    const pay = Math.min(this.debt, budget - used);
    this.debt -= pay;
    if (this.debt > 0) {
      this.pending = call;
      return { used: budget, call: null };
    }
    this.pending = null;
    if (call.op === 'exit') this.exited = true;
    return { used: used + pay, call };
  }

  /** Pushes a frame produced by a call (or queues a value / native coroutine). */
  enter(r: CallResult): void {
    if (r instanceof Frame) this.pushFrame(r);
    else if (r instanceof Coro) this.pushNative(r, 'builtin');
    else this.deliver(this.top, r);
  }

  pushFrame(f: Frame): void {
    if (this.depth >= this.interp.recursionLimit) {
      throw mkExc(E.RecursionError!, 'maximum recursion depth exceeded');
    }
    f.back = this.top;
    this.top = f;
    this.depth++;
  }

  pushNative(c: Coro, name: string): void {
    const nf = new NativeFrame(c.gen, name);
    nf.replay = c.replay;
    nf.back = this.top;
    this.top = nf;
    this.nativeIn = { kind: 'start' };
  }

  /** Gives a finished call's value to `target` (the frame that made the call). */
  deliver(target: AnyFrame | null, value: unknown): void {
    if (target === null) {
      this.finish(null);
      return;
    }
    if (target instanceof Frame) target.regs[target.sp++] = value as Value;
    else this.nativeIn = { kind: 'value', v: value };
  }

  /** The top Python frame returned `value`. */
  returnFrom(f: Frame, value: Value): void {
    this.top = f.back;
    this.depth--;
    if (f.gen !== null) {
      this.genReturned(f.gen, value);
      return;
    }
    if (f.ret === Ret.INIT) {
      if (value !== null) {
        raiseInto(this, f.back, mkExc(E.TypeError!, `__init__() should return None, not '${T.object ? typeNameOf(value) : ''}'`));
        return;
      }
      value = f.initSelf;
    }
    if (f.back === null) {
      this.finish(null);
      return;
    }
    this.deliver(f.back, value);
    recycle(f);
  }

  /** A generator's frame returned. */
  private genReturned(g: PyGenerator, value: Value): void {
    g.finished = true;
    g.running = false;
    const back = g.frame.back;
    g.frame.back = null;
    switch (g.mode) {
      case GenMode.FOR: {
        const b = back as Frame;
        b.sp--;
        b.ip = b.code.ops[b.ip - 1]! >> 8;
        return;
      }
      case GenMode.NATIVE:
        this.deliver(back, { done: true, value } satisfies Resumed);
        return;
      case GenMode.YIELD_FROM: {
        const b = back as Frame;
        b.regs[b.sp - 1] = value;
        b.ip++;
        return;
      }
    }
  }

  /** The top Python frame (a generator's) yields `value`. */
  yieldFrom(f: Frame, value: Value): void {
    const g = f.gen!;
    g.running = false;
    this.top = f.back;
    this.depth--;
    const back = f.back;
    f.back = null;
    switch (g.mode) {
      case GenMode.FOR:
        (back as Frame).regs[(back as Frame).sp++] = value;
        return;
      case GenMode.NATIVE:
        this.deliver(back, { done: false, value } satisfies Resumed);
        return;
      case GenMode.YIELD_FROM:
        // The delegating generator yields the same value to its own caller.
        this.yieldFrom(back as Frame, value);
        return;
    }
  }

  /** Resumes generator `g` from the frame on top, sending `sent` (or throwing `exc`). */
  resumeGen(g: PyGenerator, sent: Value, mode: GenMode, exc: PyBaseException | null): void {
    if (g.running) throw mkExc(E.ValueError!, 'generator already executing');
    if (!g.started && sent !== null && exc === null) throw mkExc(E.TypeError!, "can't send non-None value to a just-started generator");
    const f = g.frame;
    g.mode = mode;
    g.running = true;
    this.pushFrame(f);
    if (g.started) {
      if (exc === null) f.regs[f.sp++] = sent;
    } else g.started = true;
    if (exc !== null) handleException(this, f, exc, false);
  }

  /** Steps the native frame on top once; returns a syscall to make, or null. */
  private stepNative(nf: NativeFrame): Syscall | null {
    const input = this.nativeIn;
    this.nativeIn = { kind: 'start' };
    let r: IteratorResult<Req, Value>;
    try {
      r = input.kind === 'throw' ? nf.gen.throw(input.e) : nf.gen.next(input.kind === 'value' ? input.v : undefined);
    } catch (e) {
      this.top = nf.back;
      raiseInto(this, nf.back, toPyExc(this, e));
      this.left--;
      return null;
    }
    this.left--;
    if (r.done) {
      this.top = nf.back;
      if (nf.back === null) return null;
      try {
        if (nf.discard) {
          if (!(nf.back instanceof Frame)) this.deliver(nf.back, null);
        } else if (nf.post !== null && nf.back instanceof Frame) nf.post(this, nf.back, r.value);
        else this.deliver(nf.back, r.value);
      } catch (e) {
        // A post-processing step raised (e.g. unpacking counted the wrong number of items).
        raiseInto(this, this.top, toPyExc(this, e));
      }
      return null;
    }
    return this.request(nf, r.value);
  }

  private request(nf: NativeFrame, req: Req): Syscall | null {
    try {
      switch (req.k) {
        case 'sys':
          this.waiting = true;
          return req.call;
        case 'call':
          this.enter(callValue(this, req.fn, req.args, req.kw));
          return null;
        case 'resume':
          this.resumeGen(req.gen as PyGenerator, req.value, GenMode.NATIVE, req.exc as PyBaseException | null);
          return null;
        case 'body': {
          const fr = frameFor(this, req.fn as never, [], null) as Frame;
          const f = new Frame(fr.code, fr.regs, fr.cells, fr.globals, fr.builtins, req.ns, null);
          this.pushFrame(f);
          return null;
        }
        default: {
          const never: never = req;
          throw new Error(`internal: unknown native request ${JSON.stringify(never)}`);
        }
      }
    } catch (e) {
      if (this.top === nf) this.nativeIn = { kind: 'throw', e: toPyExc(this, e) };
      else raiseInto(this, this.top, toPyExc(this, e));
      return null;
    }
  }

  /** The thread's last frame is gone: shut down (flush, atexit, exit status). */
  finish(exc: PyBaseException | null): void {
    this.top = null;
    this.pushNative(new Coro(shutdown(this, exc)), 'shutdown');
  }

  /**
   * Where the thread is, as 'file:line': the innermost frame of the program's own
   * code (a `join()` waits at the line that called it, not inside multiprocessing),
   * or the innermost frame when only forkscope's library is on the stack.
   */
  where(): string {
    let first: Frame | null = null;
    for (let f = this.top; f !== null; f = f.back) {
      if (!(f instanceof Frame)) continue;
      first ??= f;
      const file = f.globals.getStr('__file__');
      if (typeof file !== 'string' || !file.startsWith(STDLIB_DIR)) return `${f.code.filename}:${f.line}`;
    }
    return first === null ? '' : `${first.code.filename}:${first.line}`;
  }
}

/** Where modules of forkscope's Python standard library live (modules/importer.ts). */
const STDLIB_DIR = '/usr/lib/forkscope/';

const typeNameOf = (v: Value): string =>
  v === null ? 'NoneType' : typeof v === 'number' || typeof v === 'bigint' ? 'int' : typeof v === 'string' ? 'str' : typeof v === 'boolean' ? 'bool' : v.cls.name;

export { isExc };
