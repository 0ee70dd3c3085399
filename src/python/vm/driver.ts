/**
 * Running a thread (objects/thread.ts holds its state): Python frames (eval.ts)
 * and native frames (builtins' coroutines) until a syscall, the end of the
 * budget, or the end of the task. The frame stack's verbs are in stack.ts,
 * returns and yields in transfer.ts, raising in unwind.ts.
 *
 * Nothing here calls the kernel: a syscall a builtin yields is returned from
 * `runThread`, and its result comes back as `resume` on the next run.
 */
import type { RunResult } from '../../kernel/program.js';
import type { Syscall } from '../../kernel/syscalls.js';
import type { Req } from '../objects/coro.js';
import type { PyBaseException } from '../objects/exceptions.js';
import type { Value } from '../objects/object.js';
import { Frame, GenMode, NativeFrame, type PyGenerator } from '../objects/frame.js';
import type { Thread } from '../objects/thread.js';
import { basename } from '../objects/interpreter.js';
import { useIds } from '../objects/identity.js';
import { callValue, frameFor } from '../runtime/call.js';
import { evalFrames } from './eval.js';
import { raiseInto, toPyExc } from './unwind.js';
import { deliver, enter, pushFrame } from './stack.js';
import { resumeGen } from './transfer.js';
import { beginHandlers } from './signals.js';
import { panic } from './panic.js';

/** Starts the thread on a module-level frame. */
export function startFrame(th: Thread, f: Frame): void {
  f.back = null;
  th.top = f;
  th.depth = 1;
}

/** Runs `th` for at most `budget` ns (see AddressSpace.run). */
export function runThread(th: Thread, budget: number, resume: unknown): RunResult {
  const cost = th.interp.params.instruction;
  const max = Math.floor(budget / cost);
  if (th.exited) return { used: 0, call: { op: 'exit', status: 0 } };
  if (th.pending !== null) return payDebt(th, budget, 0, th.pending);
  if (max <= 0) return { used: budget, call: null };
  useIds(th.interp.ids);
  th.left = max;
  th.nest = 0;
  if (th.signals !== 0) beginHandlers(th, resume);
  if (th.waiting) {
    th.waiting = false;
    th.nativeIn = { kind: 'value', v: resume };
  }
  for (;;) {
    const top = th.top;
    if (top === null) panic('thread ran off its frame stack');
    let call: Syscall | null = null;
    if (top instanceof NativeFrame) call = stepNative(th, top);
    else if (!evalFrames(th)) return { used: budget, call: null };
    if (call !== null) {
      const used = Math.min(budget, (max - Math.max(0, th.left)) * cost);
      if (th.debt > 0) return payDebt(th, budget, used, call);
      if (call.op === 'exit') th.exited = true;
      return { used, call };
    }
    if (th.left <= 0) return { used: budget, call: null };
  }
}

/**
 * Pays `th.debt` out of this run's budget: CPU work the thread does before its
 * next syscall that is modelled as a cost rather than as instructions (interpreter
 * shutdown). `call` goes out once it is paid.
 */
function payDebt(th: Thread, budget: number, used: number, call: Syscall): RunResult {
  const pay = Math.min(th.debt, budget - used);
  th.debt -= pay;
  th.paid += pay;
  if (th.debt > 0) {
    th.pending = call;
    return { used: budget, call: null };
  }
  th.pending = null;
  if (call.op === 'exit') th.exited = true;
  return { used: used + pay, call };
}

/** Steps the native frame on top once; returns a syscall to make, or null. */
function stepNative(th: Thread, nf: NativeFrame): Syscall | null {
  const input = th.nativeIn;
  th.nativeIn = { kind: 'start' };
  let r: IteratorResult<Req, Value>;
  try {
    r = input.kind === 'throw' ? nf.gen.throw(input.e) : nf.gen.next(input.kind === 'value' ? input.v : undefined);
  } catch (e) {
    th.top = nf.back;
    raiseInto(th, nf.back, toPyExc(e, nf.name));
    th.left--;
    return null;
  }
  th.left--;
  if (r.done) {
    th.top = nf.back;
    if (nf.back === null) return null;
    try {
      if (nf.discard) {
        if (!(nf.back instanceof Frame)) deliver(th, nf.back, null);
      } else if (nf.post !== null && nf.back instanceof Frame) nf.post(th, nf.back, r.value);
      else deliver(th, nf.back, r.value);
    } catch (e) {
      // A post-processing step raised (e.g. unpacking counted the wrong number of items).
      raiseInto(th, th.top, toPyExc(e));
    }
    return null;
  }
  return request(th, nf, r.value);
}

function request(th: Thread, nf: NativeFrame, req: Req): Syscall | null {
  try {
    switch (req.k) {
      case 'sys':
        th.waiting = true;
        th.lastCall = req.call;
        return req.call;
      case 'call':
        enter(th, callValue(th, req.fn, req.args, req.kw));
        return null;
      case 'resume':
        nf.sink = req.sink ?? null;
        resumeGen(th, req.gen as PyGenerator, req.value, GenMode.NATIVE, req.exc as PyBaseException | null);
        return null;
      case 'body': {
        const fr = frameFor(th, req.fn as never, [], null) as Frame;
        const f = new Frame(fr.code, fr.regs, fr.cells, fr.globals, fr.builtins, req.ns, null);
        pushFrame(th, f);
        return null;
      }
      default: {
        const never: never = req;
        panic(`unknown native request ${JSON.stringify(never)}`);
      }
    }
  } catch (e) {
    if (th.top === nf) th.nativeIn = { kind: 'throw', e: toPyExc(e) };
    else raiseInto(th, th.top, toPyExc(e));
    return null;
  }
}

/**
 * Where the thread is, as 'file:line': the innermost frame of the program's own
 * code (a `join()` waits at the line that called it, not inside multiprocessing),
 * or the innermost frame when only forkscope's library is on the stack.
 */
export function where(th: Thread): string {
  let first: Frame | null = null;
  for (let f = th.top; f !== null; f = f.back) {
    if (!(f instanceof Frame)) continue;
    first ??= f;
    const file = f.globals.getStr('__file__');
    if (typeof file !== 'string' || !th.interp.importer.isLibrary(file)) return `${basename(f.code.filename)}:${currentLine(th, f)}`;
  }
  return first === null ? '' : `${basename(first.code.filename)}:${currentLine(th, first)}`;
}

/**
 * The line `f` is at in `th` now: the top frame stands before its next instruction
 * (a preempted loop is at the instruction it will run, not the one before a jump's
 * target); a frame below it is inside the call it made.
 */
export function currentLine(th: Thread, f: Frame): number {
  return f === th.top ? f.nextLine : f.line;
}
