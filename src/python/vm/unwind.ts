/**
 * Raising: turning whatever was thrown into a Python exception, recording the
 * traceback, finding a handler on a frame's block stack, and unwinding frames
 * (generators end, StopIteration inside one becomes RuntimeError) until a handler
 * or a native frame takes it, or the task ends with it.
 */
import { PyLibError } from '../lib/errors.js';
import { Coro } from '../objects/coro.js';
import { E, PyBaseException, exc as mkExc, isStackOverflow, recursionError } from '../objects/exceptions.js';
import type { Value } from '../objects/object.js';
import { type AnyFrame, BLOCK_EXCEPT_HANDLER, Frame } from '../objects/frame.js';
import { hostAllocationFailure } from '../objects/memory.js';
import type { Thread } from '../objects/thread.js';
import { VmPanic, panic } from './panic.js';
import { finish } from './stack.js';
import { Op } from '../compile/opcodes.js';

/**
 * What CPython's recursion check adds to "maximum recursion depth exceeded" when the
 * operation that ran out of stack on deeply nested data was a comparison, a repr or
 * str (the check that trips is an item's repr), or pickling — by the name of the
 * native frame that ran it, or by the instruction's opcode (a number).
 */
const DURING: Readonly<Record<string, string>> = {
  comparison: ' in comparison',
  repr: ' while getting the repr of an object',
  str: ' while getting the repr of an object',
  format: ' while getting the repr of an object',
  dump: ' while pickling an object',
  dumps: ' while pickling an object',
};

/** The operation an instruction runs, as DURING names it ('' for the others). */
function duringOp(op: number): string {
  return op === Op.COMPARE_OP ? 'comparison' : op === Op.FORMAT_VALUE ? 'format' : '';
}

/**
 * What was thrown by a builtin or the VM, as the guest's exception: a Python
 * exception as is, a pure helper's error (lib/errors.ts) as the Python exception it
 * names, JavaScript stack exhaustion (deeply nested data in a native) as
 * RecursionError (with CPython's words for the operation `during`, see DURING), the
 * host's refusal to allocate for guest data as MemoryError. Anything else is our bug:
 * it becomes a VmPanic, which no Python handler may catch (vm/panic.ts), and this does
 * not return.
 */
export function toPyExc(e: unknown, during: string | number = ''): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof PyLibError) return mkExc(E[e.pyType]!, e.message);
  if (e instanceof VmPanic) throw e;
  if (isStackOverflow(e)) return recursionError(DURING[typeof during === 'number' ? duringOp(during) : during]);
  if (hostAllocationFailure(e)) return mkExc(E.MemoryError!);
  if (e instanceof Coro) panic('a coroutine was thrown');
  panic(e instanceof Error ? `${e.name}: ${e.message}` : String(e), e);
}

/** Sets `__context__` of a newly raised exception to the one being handled. */
function chain(th: Thread, exc: PyBaseException): void {
  const cur = th.excInfo;
  if (cur === null || cur === exc) return;
  // Avoid cycles (CPython cuts the chain where exc already appears).
  for (let c: PyBaseException | null = cur; c !== null; c = c.context) if (c === exc) return;
  exc.context = cur;
}

/**
 * Raises `exc` in frame `f` (the top frame). `reraise` keeps the traceback as it
 * is (RERAISE, bare `raise`). Unwinds until a handler or a non-Python frame.
 */
export function handleException(th: Thread, f: Frame, exc: PyBaseException, reraise: boolean): void {
  if (!reraise) {
    chain(th, exc);
    exc.tb.push({ code: f.code, line: f.line, ip: Math.max(0, f.ip - 1), frame: f });
    f.pinned = true;
  }
  for (;;) {
    const blocks = f.blocks;
    while (blocks !== null && blocks.length > 0) {
      const level = blocks.pop()!;
      const handler = blocks.pop()!;
      const kind = blocks.pop()!;
      if (kind === BLOCK_EXCEPT_HANDLER) {
        th.excInfo = f.regs[level] as PyBaseException | null;
        f.sp = level;
        continue;
      }
      f.sp = level;
      blocks.push(BLOCK_EXCEPT_HANDLER, -1, level);
      f.regs[f.sp++] = th.excInfo as Value;
      f.regs[f.sp++] = exc;
      th.excInfo = exc;
      f.ip = handler;
      return;
    }
    // No handler here: the frame ends with the exception.
    th.top = f.back;
    th.depth--;
    const back = f.back;
    f.back = null;
    if (f.gen !== null) {
      f.gen.finished = true;
      f.gen.running = false;
      if (exc.cls === E.StopIteration || exc.cls.isSubclassOf(E.StopIteration!)) {
        const err = mkExc(E.RuntimeError!, 'generator raised StopIteration');
        err.cause = exc;
        err.context = exc;
        err.suppressContext = true;
        exc = err;
      }
    }
    if (!(back instanceof Frame)) {
      raiseInto(th, back, exc);
      return;
    }
    f = back;
    chain(th, exc);
    exc.tb.push({ code: f.code, line: f.line, ip: Math.max(0, f.ip - 1), frame: f });
    f.pinned = true;
  }
}

/** Raises `exc` into `target` (the frame below the one that failed). */
export function raiseInto(th: Thread, target: AnyFrame | null, exc: PyBaseException): void {
  if (target === null) {
    finish(th, exc);
    return;
  }
  if (target instanceof Frame) {
    handleException(th, target, exc, false);
    return;
  }
  th.nativeIn = { kind: 'throw', e: exc };
}
