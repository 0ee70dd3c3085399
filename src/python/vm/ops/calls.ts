/**
 * Calls the inline CALL/CALL_METHOD do not cover (CALL_EX: `f(*args, **kw)`),
 * making functions, and the fast frame for plain calls that both tiers use.
 */
import { type Code, CodeFlags } from '../../objects/code.js';
import type { PyDict } from '../../objects/dict.js';
import { Frame } from '../../objects/frame.js';
import { type Cell, PyFunction } from '../../objects/function.js';
import type { Value } from '../../objects/object.js';
import { slots } from '../../objects/slots.js';
import type { PyTuple } from '../../objects/tuple.js';
import type { Thread } from '../../objects/thread.js';
import { callValue } from '../../runtime/call.js';
import { kwFromDict } from '../kw.js';
import { enter } from '../stack.js';
import { pop, push } from './results.js';

/**
 * A frame for a plain call — exactly the positional parameters, no *args/**kw, no
 * cells of its own, not a generator — built straight from the caller's stack; null
 * when the call needs argument binding (runtime/call.ts).
 */
export function fastFrame(th: Thread, fn: PyFunction, regs: Value[], base: number, nargs: number): Frame | null {
  const callee = fn.code;
  if (nargs !== callee.argcount || (callee.flags & (CodeFlags.VARARGS | CodeFlags.VARKEYWORDS | CodeFlags.GENERATOR)) !== 0 || callee.kwonlyCount !== 0 || callee.cellvars.length !== 0) {
    return null;
  }
  const pool = fn.pool as Frame[] | null;
  if (pool !== null && pool.length > 0) {
    const f = pool.pop()!;
    const r = f.regs;
    const nlocals = callee.varnames.length;
    let i = 0;
    for (; i < nargs; i++) r[i] = regs[base + i]!;
    for (; i < nlocals; i++) r[i] = undefined as unknown as Value;
    f.ip = 0;
    f.sp = nlocals;
    f.blocks = null;
    return f;
  }
  const r2 = slots<Value>(callee.varnames.length + callee.stacksize);
  for (let i = 0; i < nargs; i++) r2[i] = regs[base + i]!;
  return new Frame(callee, r2, fn.closure, fn.globals, th.interp.builtins, null, fn);
}

/** Native-frame post of LOAD_METHOD's slow path: the bound value, then NULL for "no self". */
export function pushNull(_th: Thread, f: Frame, v: unknown): void {
  f.regs[f.sp++] = v as Value;
  f.regs[f.sp++] = undefined as unknown as Value;
}

/** Native-frame post of `not` and `not in`: the negated truth. */
export function pushNot(_th: Thread, f: Frame, v: unknown): void {
  f.regs[f.sp++] = !v;
}

/** CALL_EX: (f args [kwargs] -- r), arg 1 when a kwargs dict follows. */
export function callEx(th: Thread, f: Frame, arg: number): void {
  const kwargs = arg & 1 ? (pop(f) as PyDict) : null;
  const args = pop(f) as PyTuple;
  const fn = pop(f);
  enter(th, callValue(th, fn, args.items.slice(), kwargs ? kwFromDict(kwargs) : null));
}

/** MAKE_FUNCTION: flags 1 defaults, 2 kwdefaults, 4 closure, under the code object. */
export function makeFunction(_th: Thread, f: Frame, flags: number): void {
  const code = pop(f) as Code;
  const closure = flags & 4 ? ((pop(f) as PyTuple).items as Cell[]) : null;
  const annotations = flags & 8 ? (pop(f) as PyDict) : null;
  const kwdefaults = flags & 2 ? (pop(f) as PyDict) : null;
  const defaults = flags & 1 ? (pop(f) as PyTuple).items : null;
  const fn = new PyFunction(code, f.globals, defaults, kwdefaults, closure);
  if (annotations !== null) fn.annotations = annotations;
  push(f, fn);
}
