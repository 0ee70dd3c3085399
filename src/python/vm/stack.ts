/**
 * A thread's frame stack: pushing Python and native frames, giving a finished
 * call's value to the frame that made it, and the end of the stack (shutdown).
 */
import { Coro } from '../objects/coro.js';
import { type PyBaseException, recursionError } from '../objects/exceptions.js';
import type { Value } from '../objects/object.js';
import { type AnyFrame, Frame, NativeFrame } from '../objects/frame.js';
import type { Thread } from '../objects/thread.js';
import type { CallResult } from '../runtime/call.js';
import { shutdown } from './shutdown.js';

/** Pushes a frame produced by a call (or queues a value / native coroutine). */
export function enter(th: Thread, r: CallResult): void {
  if (r instanceof Frame) pushFrame(th, r);
  else if (r instanceof Coro) pushNative(th, r, 'builtin');
  else deliver(th, th.top, r);
}

export function pushFrame(th: Thread, f: Frame): void {
  if (th.depth >= th.interp.recursionLimit) {
    throw recursionError();
  }
  f.back = th.top;
  th.top = f;
  th.depth++;
}

export function pushNative(th: Thread, c: Coro, name: string): NativeFrame {
  const nf = new NativeFrame(c.gen, name);
  nf.replay = c.replay;
  nf.back = th.top;
  th.top = nf;
  th.nativeIn = { kind: 'start' };
  return nf;
}

/** Gives a finished call's value to `target` (the frame that made the call). */
export function deliver(th: Thread, target: AnyFrame | null, value: unknown): void {
  if (target === null) {
    finish(th, null);
    return;
  }
  if (target instanceof Frame) target.regs[target.sp++] = value as Value;
  else th.nativeIn = { kind: 'value', v: value };
}

/** The thread's last frame is gone: shut down (flush, atexit, exit status). */
export function finish(th: Thread, exc: PyBaseException | null): void {
  th.top = null;
  pushNative(th, new Coro(shutdown(th, exc)), 'shutdown');
}
