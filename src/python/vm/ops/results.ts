/**
 * How an out-of-line opcode (the files of this folder) works on its frame: it runs
 * with the frame's ip and sp saved in the frame, pops and pushes there, and hands
 * back a result either pushed or as a coroutine whose result lands on the frame.
 */
import { Coro } from '../../objects/coro.js';
import type { Frame, NativeFrame } from '../../objects/frame.js';
import type { Value } from '../../objects/object.js';
import type { Thread } from '../../objects/thread.js';
import { pushNative } from '../stack.js';

/** An opcode the dispatch loop does not expand inline: runs with ip and sp saved in `f`. */
export type OutOfLine = (th: Thread, f: Frame, arg: number) => void;

export function push(f: Frame, v: Value): void {
  f.regs[f.sp++] = v;
}

export function pop(f: Frame): Value {
  return f.regs[--f.sp]!;
}

/** Starts a coroutine whose result is pushed on `f` (or handed to `post`). */
export function later(th: Thread, c: Coro, name: string, post: NativeFrame['post'] = null): NativeFrame {
  const nf = pushNative(th, c, name);
  nf.post = post;
  return nf;
}

/** Pushes `r` on `f`, or starts it when it is a coroutine. */
export function result(th: Thread, f: Frame, r: Value | Coro, name: string): void {
  if (r instanceof Coro) later(th, r, name);
  else push(f, r);
}
