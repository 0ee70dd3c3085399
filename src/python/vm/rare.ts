/**
 * The opcodes the dispatch loop does not inline. Each runs with the frame's ip and
 * sp saved in the frame and edits them there; the loop reloads afterwards.
 */
import { Op } from '../compile/opcodes.js';
import type { Code } from '../compile/code.js';
import { Coro, type Gen, callReq } from '../objects/coro.js';
import { PyDict, SLOW } from '../objects/dict.js';
import { E, PyBaseException, exc as mkExc, nameErr, typeErr } from '../objects/exceptions.js';
import { Cell, PyFunction } from '../objects/function.js';
import { PyClass, type Value } from '../objects/object.js';
import { PySlice } from '../objects/range.js';
import { PySet } from '../objects/set.js';
import { PyList, PyTuple, tuple } from '../objects/tuple.js';
import { T, isInstance, typeOf } from '../objects/types.js';
import { delAttr, getAttr } from '../runtime/attr.js';
import { delItem } from '../runtime/subscript.js';
import { unaryOp } from '../runtime/arith.js';
import { truth } from '../runtime/truth.js';
import { DONE, getIter, iterNext, listOf, nextOf } from '../runtime/iter.js';
import { dictMerge, dictUpdate, dictSetItem, listExtend, setUpdate } from '../runtime/collections.js';
import { setAdd } from '../runtime/settable.js';
import { importFrom, importName, importStar } from '../modules/importer.js';
import { BLOCK_EXCEPT_HANDLER, BLOCK_FINALLY, type Frame, GenMode, type NativeFrame, PyGenerator } from './frame.js';
import { callValue } from './call.js';
import { handleException } from './unwind.js';
import type { Thread } from './thread.js';
import { kwFromDict } from './kw.js';
import { tracebackOf } from '../types/traceback.js';

export function unboundLocal(name: string, free = false): PyBaseException {
  if (free) return mkExc(E.NameError!, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  const e = mkExc(E.UnboundLocalError!, `cannot access local variable '${name}' where it is not associated with a value`);
  e.dict!.setStr('name', name);
  return e;
}

/** LOAD_GLOBAL without a cached entry: globals (then cache it), builtins, NameError. */
export function loadGlobalSlow(th: Thread, f: Frame, arg: number): Value {
  const name = f.code.names[arg]!;
  const e = f.globals.map.get(name);
  if (e !== undefined) {
    f.gcache[arg] = e;
    return e.value!;
  }
  const b = th.interp.builtins.getStr(name);
  if (b !== undefined) return b;
  throw nameErr(name);
}

export function storeGlobalSlow(f: Frame, arg: number, v: Value): void {
  const name = f.code.names[arg]!;
  f.globals.setStr(name, v);
  f.gcache[arg] = f.globals.map.get(name);
}

function push(f: Frame, v: Value): void {
  f.regs[f.sp++] = v;
}
function pop(f: Frame): Value {
  return f.regs[--f.sp]!;
}

/** Starts a coroutine whose result is pushed on `f` (or handed to `post`). */
function later(th: Thread, c: Coro, name: string, post: NativeFrame['post'] = null): void {
  th.pushNative(c, name);
  (th.top as NativeFrame).post = post;
}

/** Pushes `r` on `f`, or starts it when it is a coroutine. */
function result(th: Thread, f: Frame, r: Value | Coro, name: string): void {
  if (r instanceof Coro) later(th, r, name);
  else push(f, r);
}

/** FOR_ITER for iterators without an inline fast path. */
export function forIterSlow(th: Thread, f: Frame, it: Value, target: number): void {
  const r = iterNext(th, it);
  if (r === DONE) {
    f.sp--;
    f.ip = target;
    return;
  }
  if (r instanceof Coro) {
    later(th, r, 'next', (_th, fr, v) => {
      if (v === DONE) {
        fr.sp--;
        fr.ip = target;
      } else push(fr, v as Value);
    });
    return;
  }
  push(f, r);
}

function unpackError(got: number, expected: number, atLeast: boolean): PyBaseException {
  if (got < expected) return mkExc(E.ValueError!, `not enough values to unpack (expected ${atLeast ? 'at least ' : ''}${expected}, got ${got})`);
  return mkExc(E.ValueError!, `too many values to unpack (expected ${expected})`);
}

function pushUnpacked(f: Frame, items: Value[], n: number): void {
  if (items.length !== n) throw unpackError(items.length, n, false);
  for (let i = n - 1; i >= 0; i--) push(f, items[i]!);
}

function pushUnpackedEx(f: Frame, items: Value[], before: number, after: number): void {
  if (items.length < before + after) throw unpackError(items.length, before + after, true);
  for (let i = items.length - 1; i >= items.length - after; i--) push(f, items[i]!);
  push(f, new PyList(items.slice(before, items.length - after)));
  for (let i = before - 1; i >= 0; i--) push(f, items[i]!);
}

function* unpackCo(th: Thread, v: Value, limit: number): Gen<Value[]> {
  const it = getIter(th, v);
  const iter = it instanceof Coro ? yield* it.gen : it;
  const out: Value[] = [];
  for (;;) {
    const x = yield* nextOf(th, iter);
    if (x === DONE) return out;
    out.push(x);
    if (limit >= 0 && out.length > limit) return out;
  }
}

function notIterable(v: Value): PyBaseException {
  return typeErr(`cannot unpack non-iterable ${typeOf(v).name} object`);
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

function doRaise(th: Thread, f: Frame, n: number): void {
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
  throw e;
}

function* withCauseThrow(th: Thread, e: PyBaseException, cause: Value): Gen {
  throw yield* withCause(th, e, cause);
}

/** Does exception `e` match an `except` clause's class (or tuple of classes)? */
export function excMatches(e: Value, spec: Value): boolean {
  if (spec instanceof PyTuple) return spec.items.some((s) => excMatches(e, s));
  if (!(spec instanceof PyClass) || !spec.isSubclassOf(E.BaseException!)) {
    throw typeErr('catching classes that do not inherit from BaseException is not allowed');
  }
  return isInstance(e, spec);
}

function makeFunction(th: Thread, f: Frame, flags: number): void {
  const code = pop(f) as Code;
  const closure = flags & 4 ? ((pop(f) as PyTuple).items as Cell[]) : null;
  const annotations = flags & 8 ? (pop(f) as PyDict) : null;
  const kwdefaults = flags & 2 ? (pop(f) as PyDict) : null;
  const defaults = flags & 1 ? (pop(f) as PyTuple).items : null;
  void th;
  const fn = new PyFunction(code, f.globals, defaults, kwdefaults, closure);
  if (annotations !== null) fn.annotations = annotations;
  push(f, fn);
}

export function rare(th: Thread, f: Frame, op: number, arg: number): void {
  const regs = f.regs;
  switch (op) {
    case Op.ROT_FOUR: {
      const sp = f.sp;
      const t = regs[sp - 1]!;
      regs[sp - 1] = regs[sp - 2]!;
      regs[sp - 2] = regs[sp - 3]!;
      regs[sp - 3] = regs[sp - 4]!;
      regs[sp - 4] = t;
      return;
    }
    case Op.DELETE_FAST:
      if (regs[arg] === undefined) throw unboundLocal(f.code.varnames[arg]!);
      regs[arg] = undefined as unknown as Value;
      return;
    case Op.DELETE_DEREF:
      f.cells![arg]!.value = undefined;
      return;
    case Op.LOAD_CLOSURE:
      push(f, f.cells![arg]!);
      return;
    case Op.LOAD_CLASSDEREF: {
      const name = arg < f.code.cellvars.length ? f.code.cellvars[arg]! : f.code.freevars[arg - f.code.cellvars.length]!;
      const v = f.locals?.getStr(name) ?? f.cells![arg]!.value;
      if (v === undefined) throw unboundLocal(name, true);
      push(f, v);
      return;
    }
    case Op.DELETE_GLOBAL: {
      const name = f.code.names[arg]!;
      if (f.globals.remove(name) === undefined) throw nameErr(name);
      return;
    }
    case Op.LOAD_NAME: {
      const name = f.code.names[arg]!;
      const v = f.locals?.getStr(name) ?? f.globals.getStr(name) ?? th.interp.builtins.getStr(name);
      if (v === undefined) throw nameErr(name);
      push(f, v);
      return;
    }
    case Op.STORE_NAME:
      (f.locals ?? f.globals).setStr(f.code.names[arg]!, pop(f));
      return;
    case Op.DELETE_NAME: {
      const name = f.code.names[arg]!;
      if ((f.locals ?? f.globals).remove(name) === undefined) throw nameErr(name);
      return;
    }
    case Op.DELETE_ATTR: {
      const r = delAttr(th, pop(f), f.code.names[arg]!);
      if (r instanceof Coro) {
        later(th, r, 'delattr');
        (th.top as NativeFrame).discard = true;
      }
      return;
    }
    case Op.DELETE_SUBSCR: {
      const k = pop(f);
      const r = delItem(th, pop(f), k);
      if (r instanceof Coro) {
        later(th, r, 'delitem');
        (th.top as NativeFrame).discard = true;
      }
      return;
    }
    case Op.BUILD_SLICE: {
      const step = arg === 3 ? pop(f) : null;
      const stop = pop(f);
      push(f, new PySlice(pop(f), stop, step));
      return;
    }
    case Op.UNARY_NEGATIVE:
    case Op.UNARY_POSITIVE:
    case Op.UNARY_INVERT:
      result(th, f, unaryOp(th, pop(f), op), 'unary op');
      return;
    case Op.JUMP_IF_FALSE_OR_POP:
    case Op.JUMP_IF_TRUE_OR_POP: {
      const want = op === Op.JUMP_IF_TRUE_OR_POP;
      const r = truth(th, regs[f.sp - 1]!);
      const decide = (fr: Frame, t: boolean): void => {
        if (t === want) fr.ip = arg;
        else fr.sp--;
      };
      if (r instanceof Coro) later(th, r, 'bool', (_th, fr, v) => decide(fr, v as boolean));
      else decide(f, r as boolean);
      return;
    }
    case Op.BUILD_SET: {
      const items = regs.slice(f.sp - arg, f.sp);
      f.sp -= arg;
      const s = new PySet();
      push(f, s);
      for (let i = 0; i < items.length; i++) {
        const r = setAdd(th, s, items[i]!);
        if (r instanceof Coro) {
          later(th, new Coro(addAll(th, s, r, items.slice(i + 1))), 'set', () => {});
          return;
        }
      }
      return;
    }
    case Op.BUILD_MAP: {
      const d = new PyDict();
      const base = f.sp - 2 * arg;
      const pairs = regs.slice(base, f.sp);
      f.sp = base;
      push(f, d);
      for (let i = 0; i < pairs.length; i += 2) {
        const r = d.set(pairs[i]!, pairs[i + 1]!);
        if (r === SLOW) {
          later(th, new Coro(setPairs(th, d, pairs.slice(i))), 'dict', () => {});
          return;
        }
      }
      return;
    }
    case Op.SET_ADD: {
      const v = pop(f);
      const r = setAdd(th, regs[f.sp - arg] as PySet, v);
      if (r instanceof Coro) later(th, r, 'set.add', () => {});
      return;
    }
    case Op.MAP_ADD: {
      const v = pop(f);
      const k = pop(f);
      const r = dictSetItem(th, regs[f.sp - arg] as PyDict, k, v);
      if (r instanceof Coro) later(th, r, 'dict', () => {});
      return;
    }
    case Op.LIST_EXTEND:
    case Op.SET_UPDATE:
    case Op.DICT_UPDATE:
    case Op.DICT_MERGE: {
      const src = pop(f);
      const dst = regs[f.sp - arg]!;
      const r =
        op === Op.LIST_EXTEND
          ? listExtend(th, dst as PyList, src)
          : op === Op.SET_UPDATE
            ? setUpdate(th, dst as PySet, src)
            : op === Op.DICT_UPDATE
              ? dictUpdate(th, dst as PyDict, src)
              : dictMerge(th, dst as PyDict, src, regs[f.sp - arg - 2]!);
      if (r instanceof Coro) later(th, r, 'update', () => {});
      return;
    }
    case Op.LIST_TO_TUPLE:
      push(f, tuple((pop(f) as PyList).items));
      return;
    case Op.UNPACK_SEQUENCE: {
      const v = pop(f);
      if ((v instanceof PyTuple || v instanceof PyList) && (v.cls === T.tuple || v.cls === T.list)) {
        pushUnpacked(f, v.items, arg);
        return;
      }
      if (typeOf(v).lookup('__iter__') === undefined && typeOf(v).lookup('__getitem__') === undefined) throw notIterable(v);
      later(th, new Coro(unpackCo(th, v, arg) as unknown as Gen), 'unpack', (_th, fr, items) => pushUnpacked(fr, items as Value[], arg));
      return;
    }
    case Op.UNPACK_EX: {
      const v = pop(f);
      const before = arg & 0xff;
      const after = arg >> 8;
      if (typeOf(v).lookup('__iter__') === undefined && typeOf(v).lookup('__getitem__') === undefined) throw notIterable(v);
      later(th, new Coro(unpackCo(th, v, -1) as unknown as Gen), 'unpack', (_th, fr, items) => pushUnpackedEx(fr, items as Value[], before, after));
      return;
    }
    case Op.CALL_EX: {
      const kwargs = arg & 1 ? (pop(f) as PyDict) : null;
      const args = pop(f) as PyTuple;
      const fn = pop(f);
      th.enter(callValue(th, fn, args.items.slice(), kwargs ? kwFromDict(kwargs) : null));
      return;
    }
    case Op.MAKE_FUNCTION:
      makeFunction(th, f, arg);
      return;
    case Op.LOAD_BUILD_CLASS:
      push(f, th.interp.builtins.getStr('__build_class__')!);
      return;
    case Op.YIELD_FROM: {
      const v = pop(f);
      const it = regs[f.sp - 1]!;
      f.ip--; // re-executed on every resume until the sub-iterator is done
      if (it instanceof PyGenerator) {
        if (it.finished) {
          regs[f.sp - 1] = null;
          f.ip++;
          return;
        }
        th.resumeGen(it, v, GenMode.YIELD_FROM, null);
        return;
      }
      later(th, new Coro(sendCo(th, it, v) as unknown as Gen), 'yield from', (t, fr, res) => {
        const r = res as { done: boolean; value: Value };
        if (r.done) {
          fr.regs[fr.sp - 1] = r.value;
          fr.ip++;
        } else t.yieldFrom(fr, r.value);
      });
      return;
    }
    case Op.GET_YIELD_FROM_ITER: {
      const o = regs[f.sp - 1]!;
      if (o instanceof PyGenerator) return;
      pop(f);
      result(th, f, getIter(th, o), 'iter');
      return;
    }
    case Op.RAISE_VARARGS:
      doRaise(th, f, arg);
      return;
    case Op.RERAISE:
      handleException(th, f, pop(f) as PyBaseException, true);
      return;
    case Op.SETUP_FINALLY:
      (f.blocks ??= []).push(BLOCK_FINALLY, arg, f.sp);
      return;
    case Op.POP_BLOCK:
      f.blocks!.length -= 3;
      return;
    case Op.POP_EXCEPT: {
      const b = f.blocks!;
      if (b[b.length - 3] !== BLOCK_EXCEPT_HANDLER) throw new Error('internal: POP_EXCEPT without a handler block');
      b.length -= 3;
      th.excInfo = pop(f) as PyBaseException | null;
      return;
    }
    case Op.JUMP_IF_NOT_EXC_MATCH: {
      const spec = pop(f);
      const e = pop(f);
      if (!excMatches(e, spec)) f.ip = arg;
      return;
    }
    case Op.BEFORE_WITH: {
      const mgr = pop(f);
      const t = typeOf(mgr);
      const enter = t.lookup('__enter__');
      const exit = t.lookup('__exit__');
      if (enter === undefined || exit === undefined) throw typeErr(`'${t.name}' object does not support the context manager protocol`);
      const bound = getAttr(th, mgr, '__exit__');
      if (bound instanceof Coro) throw new Error('internal: __exit__ lookup needs Python code');
      push(f, bound);
      th.enter(callValue(th, enter, [mgr], null));
      return;
    }
    case Op.WITH_EXCEPT_START: {
      const e = regs[f.sp - 1] as PyBaseException;
      const exit = regs[f.sp - 3]!;
      th.enter(callValue(th, exit, [e.cls, e, tracebackOf(e)], null));
      return;
    }
    case Op.LOAD_ASSERTION_ERROR:
      push(f, E.AssertionError!);
      return;
    case Op.IMPORT_NAME: {
      const fromlist = pop(f);
      const level = pop(f) as number;
      result(th, f, importName(th, f, f.code.names[arg]!, level, fromlist), 'import');
      return;
    }
    case Op.IMPORT_FROM:
      result(th, f, importFrom(th, regs[f.sp - 1]!, f.code.names[arg]!), 'import');
      return;
    case Op.IMPORT_STAR:
      importStar(th, pop(f), f.locals ?? f.globals);
      return;
    case Op.SETUP_ANNOTATIONS: {
      const ns = f.locals ?? f.globals;
      if (ns.getStr('__annotations__') === undefined) ns.setStr('__annotations__', new PyDict());
      return;
    }
    default:
      throw new Error(`internal: unknown opcode ${op}`);
  }
}

function* addAll(th: Thread, s: PySet, first: Coro, items: Value[]): Gen {
  yield* first.gen;
  for (const v of items) {
    const r = setAdd(th, s, v);
    if (r instanceof Coro) yield* r.gen;
  }
  return null;
}

function* setPairs(th: Thread, d: PyDict, pairs: Value[]): Gen {
  for (let i = 0; i < pairs.length; i += 2) {
    const r = dictSetItem(th, d, pairs[i]!, pairs[i + 1]!);
    if (r instanceof Coro) yield* r.gen;
  }
  return null;
}

/** One step of `yield from` over a non-generator iterator: next(it) or it.send(v). */
function* sendCo(th: Thread, it: Value, v: Value): Gen<{ done: boolean; value: Value }> {
  if (v === null) {
    const x = yield* nextOf(th, it);
    return x === DONE ? { done: true, value: null } : { done: false, value: x };
  }
  try {
    const send = getAttr(th, it, 'send');
    const fn = send instanceof Coro ? yield* send.gen : send;
    return { done: false, value: yield callReq(fn, [v]) };
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubclassOf(E.StopIteration!)) {
      return { done: true, value: e.dict!.getStr('value') ?? null };
    }
    throw e;
  }
}

export { listOf };
