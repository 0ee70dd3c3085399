/**
 * Frame objects as a signal handler receives them (its second argument): where the main
 * thread stood when the handler ran. A snapshot of the VM's frames taken then — the
 * function's code, its line, its globals and locals, and the frames below it (f_back) —
 * not the live frame: the VM recycles its frames, and a handler reads where the program
 * was interrupted, which is what the snapshot keeps. The difference shows only when a
 * program keeps the frame and reads it later: CPython's f_lineno has moved on by then.
 */
import type { Code } from '../objects/code.js';
import { PyDict } from '../objects/dict.js';
import { type AnyFrame, Frame } from '../objects/frame.js';
import { getsets, methods } from '../objects/native.js';
import { PyObject, type Value } from '../objects/object.js';
import { T } from '../objects/types.js';
import { addr } from '../runtime/repr.js';
import { localsOf } from '../runtime/locals.js';

export class PyFrameView extends PyObject {
  constructor(
    readonly code: Code,
    readonly line: number,
    readonly lasti: number,
    readonly globals: PyDict,
    readonly locals: PyDict,
    readonly back: PyFrameView | null,
  ) {
    super(T.frame!);
  }
}

/** The Python frames from `top` down (native frames skipped): the first one stands between two instructions when it is `top` itself, else it is inside a call. */
export function frameView(top: AnyFrame | null): PyFrameView | null {
  const frames: Frame[] = [];
  for (let f = top; f !== null; f = f.back) if (f instanceof Frame) frames.push(f);
  let view: PyFrameView | null = null;
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i]!;
    const here = f === top;
    view = new PyFrameView(f.code, here ? f.nextLine : f.line, 2 * (here ? f.ip : Math.max(0, f.ip - 1)), f.globals, localsOf(f), view);
  }
  return view;
}

const fv = (v: Value): PyFrameView => v as PyFrameView;
getsets(T.frame!, {
  f_code: (_th, v) => fv(v).code,
  f_lineno: (_th, v) => fv(v).line,
  f_lasti: (_th, v) => fv(v).lasti,
  f_back: (_th, v) => fv(v).back,
  f_globals: (_th, v) => fv(v).globals,
  f_locals: (_th, v) => fv(v).locals,
});
methods(T.frame!, {
  __repr__: (_th, a) => `<frame at ${addr(a[0]!)}, file '${fv(a[0]!).code.filename}', line ${fv(a[0]!).line}, code ${fv(a[0]!).code.name}>`,
});
