/**
 * Control leaving a Python frame: a return (to the caller, to `__init__`'s
 * caller, or ending a generator), a yield, and resuming a generator.
 */
import type { Resumed } from '../objects/coro.js';
import { E, type PyBaseException, exc as mkExc } from '../objects/exceptions.js';
import type { Value } from '../objects/object.js';
import { Frame, GenMode, NativeFrame, type PyGenerator, Ret, recycle } from '../objects/frame.js';
import type { Thread } from '../objects/thread.js';
import { typeName } from '../objects/types.js';
import { deliver, finish, pushFrame } from './stack.js';
import { handleException, raiseInto } from './unwind.js';

/** The top Python frame returned `value`. */
export function returnFrom(th: Thread, f: Frame, value: Value): void {
  th.top = f.back;
  th.depth--;
  if (f.gen !== null) {
    genReturned(th, f.gen, value);
    return;
  }
  if (f.ret === Ret.INIT) {
    if (value !== null) {
      raiseInto(th, f.back, mkExc(E.TypeError!, `__init__() should return None, not '${typeName(value)}'`));
      return;
    }
    value = f.initSelf;
  }
  if (f.back === null) {
    finish(th, null);
    return;
  }
  deliver(th, f.back, value);
  recycle(f);
}

/** A generator's frame returned. */
function genReturned(th: Thread, g: PyGenerator, value: Value): void {
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
      deliver(th, back, { done: true, value } satisfies Resumed);
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
export function yieldFrom(th: Thread, f: Frame, value: Value): void {
  const g = f.gen!;
  g.running = false;
  th.top = f.back;
  th.depth--;
  const back = f.back;
  f.back = null;
  switch (g.mode) {
    case GenMode.FOR:
      (back as Frame).regs[(back as Frame).sp++] = value;
      return;
    case GenMode.NATIVE:
      if (back instanceof NativeFrame && back.sink !== null && th.left > 0 && back.sink(value)) {
        // The builtin took the item in its own step (charged as the driver charges one) and asks for the next.
        th.left--;
        resumeGen(th, g, null, GenMode.NATIVE, null);
        return;
      }
      deliver(th, back, { done: false, value } satisfies Resumed);
      return;
    case GenMode.YIELD_FROM:
      // The delegating generator yields the same value to its own caller.
      yieldFrom(th, back as Frame, value);
      return;
  }
}

/** Resumes generator `g` from the frame on top, sending `sent` (or throwing `exc`). */
export function resumeGen(th: Thread, g: PyGenerator, sent: Value, mode: GenMode, exc: PyBaseException | null): void {
  if (g.running) throw mkExc(E.ValueError!, 'generator already executing');
  if (!g.started && sent !== null && exc === null) throw mkExc(E.TypeError!, "can't send non-None value to a just-started generator");
  const f = g.frame;
  g.mode = mode;
  g.running = true;
  pushFrame(th, f);
  if (g.started) {
    if (exc === null) f.regs[f.sp++] = sent;
  } else g.started = true;
  if (exc !== null) handleException(th, f, exc, false);
}
