/**
 * Control flow beyond plain jumps: `and`/`or` (keep the value or pop it), raise
 * and re-raise, except clauses, and with blocks. Raising hands the exception to
 * the unwinder (vm/unwind.ts), which finds the handler on the block stack.
 */
import { Coro, type Gen, callReq } from '../../objects/coro.js';
import { E, PyBaseException, exc as mkExc, typeErr } from '../../objects/exceptions.js';
import { BLOCK_EXCEPT_HANDLER, type Frame } from '../../objects/frame.js';
import { PyClass, type Value } from '../../objects/object.js';
import { PyTuple } from '../../objects/tuple.js';
import { isInstance, typeOf } from '../../objects/types.js';
import type { Thread } from '../../objects/thread.js';
import { getAttr } from '../../runtime/attr.js';
import { callValue } from '../../runtime/call.js';
import { truth } from '../../runtime/truth.js';
import { tracebackOf } from '../../types/traceback.js';
import { panic } from '../panic.js';
import { enter } from '../stack.js';
import { handleException } from '../unwind.js';
import { later, pop, push } from './results.js';

/** JUMP_IF_FALSE_OR_POP / JUMP_IF_TRUE_OR_POP: jump keeping the value when its truth is `want`, else pop it. */
export function jumpOrPop(want: boolean): (th: Thread, f: Frame, target: number) => void {
  return (th, f, target) => {
    const decide = (fr: Frame, t: boolean): void => {
      if (t === want) fr.ip = target;
      else fr.sp--;
    };
    const r = truth(th, f.regs[f.sp - 1]!);
    if (r instanceof Coro) later(th, r, 'bool', (_th, fr, v) => decide(fr, v as boolean));
    else decide(f, r as boolean);
  };
}

/** RAISE_VARARGS: `raise` (n = 0), `raise exc` (1), `raise exc from cause` (2). */
export function raiseVarargs(th: Thread, f: Frame, n: number): void {
  if (n === 0) {
    const cur = th.excInfo;
    if (cur === null) throw mkExc(E.RuntimeError!, 'No active exception to reraise');
    handleException(th, f, cur, true);
    return;
  }
  const cause = n === 2 ? pop(f) : undefined;
  const e = pop(f);
  if (e instanceof PyClass && e.isSubclassOf(E.BaseException!)) {
    later(th, new Coro(raiseCo(th, e, cause)), 'raise');
    return;
  }
  if (!(e instanceof PyBaseException)) throw typeErr('exceptions must derive from BaseException');
  if (cause !== undefined && cause instanceof PyClass) {
    later(th, new Coro(withCauseThrow(th, e, cause)), 'raise');
    return;
  }
  if (cause !== undefined) {
    if (cause !== null && !(cause instanceof PyBaseException)) throw typeErr('exception causes must derive from BaseException');
    e.cause = cause as PyBaseException | null;
    e.suppressContext = true;
  }
  // Raised in place rather than thrown to the loop's catch, which would do the same after a host unwind.
  handleException(th, f, e, false);
}

/** RERAISE: the exception on the stack again, keeping its traceback. */
export function reraise(th: Thread, f: Frame): void {
  handleException(th, f, pop(f) as PyBaseException, true);
}

/** POP_EXCEPT: leaves an except handler; the exception handled before it is current again. */
export function popExcept(th: Thread, f: Frame): void {
  const b = f.blocks!;
  if (b[b.length - 3] !== BLOCK_EXCEPT_HANDLER) panic('POP_EXCEPT without a handler block');
  b.pop();
  b.pop();
  b.pop();
  th.excInfo = pop(f) as PyBaseException | null;
}

/** JUMP_IF_NOT_EXC_MATCH: an except clause that does not match jumps to the next one. */
export function jumpIfNotExcMatch(_th: Thread, f: Frame, target: number): void {
  const spec = pop(f);
  const e = pop(f);
  if (!excMatches(e, spec)) f.ip = target;
}

/** Does exception `e` match an `except` clause's class (or tuple of classes)? */
export function excMatches(e: Value, spec: Value): boolean {
  if (spec instanceof PyTuple) return spec.items.some((s) => excMatches(e, s));
  if (!(spec instanceof PyClass) || !spec.isSubclassOf(E.BaseException!)) {
    throw typeErr('catching classes that do not inherit from BaseException is not allowed');
  }
  return isInstance(e, spec);
}

/** BEFORE_WITH: pushes the bound `__exit__`, then calls `__enter__` (its result is pushed). */
export function beforeWith(th: Thread, f: Frame): void {
  const mgr = pop(f);
  const t = typeOf(mgr);
  const enterFn = t.lookup('__enter__');
  const exit = t.lookup('__exit__');
  if (enterFn === undefined || exit === undefined) throw typeErr(`'${t.name}' object does not support the context manager protocol`);
  const bound = getAttr(th, mgr, '__exit__');
  if (bound instanceof Coro) panic('__exit__ lookup needs Python code');
  push(f, bound);
  enter(th, callValue(th, enterFn, [mgr], null));
}

/** WITH_EXCEPT_START: calls exit(type, exc, tb) for the exception leaving the with block. */
export function withExceptStart(th: Thread, f: Frame): void {
  const e = f.regs[f.sp - 1] as PyBaseException;
  const exit = f.regs[f.sp - 3]!;
  enter(th, callValue(th, exit, [e.cls, e, tracebackOf(e)], null));
}

function* raiseCo(th: Thread, cls: Value, cause: Value | undefined): Gen {
  const exc = yield callReq(cls, []);
  if (!(exc instanceof PyBaseException)) throw typeErr('exceptions must derive from BaseException');
  throw yield* withCause(th, exc, cause);
}

function* withCause(_th: Thread, exc: PyBaseException, cause: Value | undefined): Gen<PyBaseException> {
  if (cause === undefined) return exc;
  let c: Value = cause;
  if (c instanceof PyClass && c.isSubclassOf(E.BaseException!)) c = yield callReq(c, []);
  if (c !== null && !(c instanceof PyBaseException)) throw typeErr('exception causes must derive from BaseException');
  exc.cause = c as PyBaseException | null;
  exc.suppressContext = true;
  return exc;
}

function* withCauseThrow(th: Thread, e: PyBaseException, cause: Value): Gen {
  throw yield* withCause(th, e, cause);
}
