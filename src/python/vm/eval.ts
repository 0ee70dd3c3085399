/**
 * The dispatch loop: runs the Python frames on top of a task's stack until the
 * budget is spent (returns false) or a native frame comes on top (returns true).
 *
 * Hot opcodes are inline with fast paths for small ints, strs, lists, dicts and
 * plain functions; the rest go to rare.ts with the frame state saved. A call to a
 * Python function pushes a frame and reloads the loop's registers (`continue
 * outer`) — Python recursion never uses the JS stack. Slow paths that may run
 * Python code return a Coro, which becomes a native frame whose result lands on
 * this frame's stack (or is post-processed, see NativeFrame.post).
 */
import { Op } from '../compile/opcodes.js';
import { CodeFlags } from '../objects/code.js';
import { Coro } from '../objects/coro.js';
import { PyDict } from '../objects/dict.js';
import { PyBuiltin, PyFunction } from '../objects/function.js';
import type { Value } from '../objects/object.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { RangeIter, SeqIter } from '../objects/iterators.js';
import { T } from '../objects/types.js';
import { binaryOp } from '../runtime/arith.js';
import { compare } from '../runtime/compare.js';
import { getAttr, loadMethod, setAttr } from '../runtime/attr.js';
import { getItem, setItem } from '../runtime/subscript.js';
import { getIter, DONE } from '../runtime/iter.js';
import { truth } from '../runtime/truth.js';
import { contains } from '../runtime/contains.js';
import { formatValue } from '../runtime/format.js';
import { Frame, GenMode, type NativeFrame, PyGenerator, Ret, recycle } from '../objects/frame.js';
import { type CallResult, callValue } from '../runtime/call.js';
import { rare, loadGlobalSlow, unboundLocal, forIterSlow, storeGlobalSlow } from './rare.js';
import { handleException, toPyExc } from './unwind.js';
import type { Thread } from './thread.js';
import { makeKw } from './kw.js';
import { slots } from '../objects/slots.js';
import { compileJit, tier } from './jit.js';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Runs Python frames. Returns false when the budget is spent. */
export function evalFrames(th: Thread): boolean {
  outer: for (;;) {
    const f = th.top;
    if (!(f instanceof Frame)) return true;
    const code = f.code;
    let jf = code.jit;
    if (jf === null && ++code.heat > tier.hot) jf = code.jit = compileJit(code) ?? false;
    if (jf) {
      if (jf(th, f) === 1) return false;
      continue;
    }
    const ops = code.ops;
    const consts = code.consts;
    const regs = f.regs;
    const gcache = f.gcache;
    let ip = f.ip;
    let sp = f.sp;
    let left = th.left;
    try {
      for (;;) {
        if (--left < 0) {
          f.ip = ip;
          f.sp = sp;
          th.left = 0;
          return false;
        }
        const w = ops[ip++]!;
        const arg = w >> 8;
        switch (w & 0xff) {
          case Op.LOAD_FAST: {
            const v = regs[arg];
            if (v === undefined) throw unboundLocal(code.varnames[arg]!);
            regs[sp++] = v;
            break;
          }
          case Op.STORE_FAST:
            regs[arg] = regs[--sp]!;
            break;
          case Op.LOAD_CONST:
            regs[sp++] = consts[arg]!;
            break;
          case Op.POP_TOP:
            sp--;
            break;
          case Op.LOAD_GLOBAL: {
            const e = gcache[arg];
            if (e !== undefined) {
              const v = e.value;
              if (v !== undefined) {
                regs[sp++] = v;
                break;
              }
            }
            regs[sp++] = loadGlobalSlow(th, f, arg);
            break;
          }
          case Op.STORE_GLOBAL: {
            const e = gcache[arg];
            if (e !== undefined && e.value !== undefined) e.value = regs[--sp]!;
            else storeGlobalSlow(f, arg, regs[--sp]!);
            break;
          }
          case Op.LOAD_DEREF: {
            const v = f.cells![arg]!.value;
            if (v === undefined) throw unboundLocal(arg < code.cellvars.length ? code.cellvars[arg]! : code.freevars[arg - code.cellvars.length]!, true);
            regs[sp++] = v;
            break;
          }
          case Op.STORE_DEREF:
            f.cells![arg]!.value = regs[--sp]!;
            break;
          case Op.BINARY_OP: {
            const b = regs[--sp]!;
            const a = regs[sp - 1]!;
            if (typeof a === 'number' && typeof b === 'number') {
              let r: number;
              switch (arg & 15) {
                case 0: // ADD
                  r = a + b;
                  if (r <= MAX_SAFE && r >= -MAX_SAFE) {
                    regs[sp - 1] = r;
                    continue;
                  }
                  break;
                case 1: // SUB
                  r = a - b;
                  if (r <= MAX_SAFE && r >= -MAX_SAFE) {
                    regs[sp - 1] = r;
                    continue;
                  }
                  break;
                case 2: // MUL
                  r = a * b;
                  if (r <= MAX_SAFE && r >= -MAX_SAFE) {
                    regs[sp - 1] = r === 0 ? 0 : r;
                    continue;
                  }
                  break;
                case 5: // FLOORDIV
                  if (b > 0 && a >= 0) {
                    regs[sp - 1] = Math.floor(a / b);
                    continue;
                  }
                  break;
                case 6: // MOD
                  if (b > 0 && a >= 0) {
                    regs[sp - 1] = a % b;
                    continue;
                  }
                  break;
              }
            } else if (typeof a === 'string' && typeof b === 'string' && (arg & 15) === 0) {
              regs[sp - 1] = a + b;
              continue;
            }
            const r = binaryOp(th, a, b, arg);
            if (r instanceof Coro) {
              sp--;
              f.ip = ip;
              f.sp = sp;
              th.left = left;
              th.pushNative(r, 'binary op');
              continue outer;
            }
            regs[sp - 1] = r;
            break;
          }
          case Op.COMPARE_OP: {
            const b = regs[--sp]!;
            const a = regs[sp - 1]!;
            if (typeof a === 'number' && typeof b === 'number') {
              switch (arg) {
                case 0:
                  regs[sp - 1] = a < b;
                  continue;
                case 1:
                  regs[sp - 1] = a <= b;
                  continue;
                case 2:
                  regs[sp - 1] = a === b;
                  continue;
                case 3:
                  regs[sp - 1] = a !== b;
                  continue;
                case 4:
                  regs[sp - 1] = a > b;
                  continue;
                case 5:
                  regs[sp - 1] = a >= b;
                  continue;
              }
            }
            if (typeof a === 'string' && typeof b === 'string' && arg >= 2 && arg <= 3) {
              regs[sp - 1] = arg === 2 ? a === b : a !== b;
              continue;
            }
            const r = compare(th, a, b, arg);
            if (r instanceof Coro) {
              sp--;
              f.ip = ip;
              f.sp = sp;
              th.left = left;
              th.pushNative(r, 'comparison');
              continue outer;
            }
            regs[sp - 1] = r;
            break;
          }
          case Op.POP_JUMP_IF_FALSE:
          case Op.POP_JUMP_IF_TRUE: {
            const v = regs[--sp]!;
            let t: boolean;
            if (v === true) t = true;
            else if (v === false) t = false;
            else if (typeof v === 'number') t = v !== 0;
            else {
              const r = truth(th, v);
              if (r instanceof Coro) {
                // Re-run this jump with the boolean the coroutine computes.
                f.ip = ip - 1;
                f.sp = sp;
                th.left = left;
                th.pushNative(r, 'bool');
                continue outer;
              }
              t = r as boolean;
            }
            if (t === ((w & 0xff) === Op.POP_JUMP_IF_TRUE)) ip = arg;
            break;
          }
          case Op.JUMP:
            if (arg < ip && ++code.heat > tier.hot && code.jit === null) {
              // A hot loop: continue it in the compiled tier.
              f.ip = arg;
              f.sp = sp;
              th.left = left;
              continue outer;
            }
            ip = arg;
            break;
          case Op.FOR_ITER: {
            const it = regs[sp - 1]!;
            if (it instanceof RangeIter && typeof it.next === 'number') {
              if (it.left === 0) {
                sp--;
                ip = arg;
                break;
              }
              regs[sp++] = it.next;
              it.next += it.step as number;
              (it.left as number)--;
              break;
            }
            if (it instanceof SeqIter && it.seq instanceof PyList && !it.reverse) {
              const items = it.seq.items;
              if (it.i < items.length) regs[sp++] = items[it.i++]!;
              else {
                it.i = Number.MAX_SAFE_INTEGER;
                sp--;
                ip = arg;
              }
              break;
            }
            if (it instanceof PyGenerator) {
              if (it.finished) {
                sp--;
                ip = arg;
                break;
              }
              f.ip = ip;
              f.sp = sp;
              th.left = left;
              th.resumeGen(it, null, GenMode.FOR, null);
              continue outer;
            }
            f.ip = ip;
            f.sp = sp;
            th.left = left;
            forIterSlow(th, f, it, arg);
            continue outer;
          }
          case Op.GET_ITER: {
            const o = regs[sp - 1]!;
            const r = getIter(th, o);
            if (r instanceof Coro) {
              sp--;
              f.ip = ip;
              f.sp = sp;
              th.left = left;
              th.pushNative(r, 'iter');
              continue outer;
            }
            regs[sp - 1] = r;
            break;
          }
          case Op.LOAD_ATTR: {
            const o = regs[sp - 1]!;
            const r = getAttr(th, o, code.names[arg]!);
            if (r instanceof Coro) {
              sp--;
              f.ip = ip;
              f.sp = sp;
              th.left = left;
              th.pushNative(r, 'getattr');
              continue outer;
            }
            regs[sp - 1] = r;
            break;
          }
          case Op.STORE_ATTR: {
            const o = regs[--sp]!;
            const v = regs[--sp]!;
            const r = setAttr(th, o, code.names[arg]!, v);
            if (r instanceof Coro) {
              f.ip = ip;
              f.sp = sp;
              th.left = left;
              th.pushNative(r, 'setattr');
              (th.top as NativeFrame).discard = true;
              continue outer;
            }
            break;
          }
          case Op.LOAD_METHOD: {
            const o = regs[sp - 1]!;
            const r = loadMethod(th, o, code.names[arg]!, regs, sp - 1);
            if (r instanceof Coro) {
              // A dynamic attribute (__getattr__, property): bound value, then NULL.
              sp--;
              f.ip = ip;
              f.sp = sp;
              th.left = left;
              th.pushNative(r, 'getattr');
              (th.top as NativeFrame).post = pushNull;
              continue outer;
            }
            sp++;
            break;
          }
          case Op.CALL_METHOD: {
            const self = regs[sp - arg - 1];
            const fn = regs[sp - arg - 2]!;
            const nargs = self === undefined ? arg : arg + 1;
            const base = sp - nargs;
            if (fn instanceof PyFunction) {
              const nf = fastFrame(th, fn, regs, base, nargs);
              if (nf !== null) {
                sp -= arg + 2;
                f.ip = ip;
                f.sp = sp;
                th.left = left;
                th.pushFrame(nf);
                continue outer;
              }
            }
            const args = regs.slice(base, sp);
            sp -= arg + 2;
            if (fn instanceof PyBuiltin && fn.self === undefined) {
              const r = fn.fn(th, args, null);
              if (r instanceof Coro) {
                f.ip = ip;
                f.sp = sp;
                th.left = left;
                th.pushNative(r, fn.name);
                continue outer;
              }
              regs[sp++] = r;
              break;
            }
            f.ip = ip;
            f.sp = sp;
            th.left = left;
            th.enter(callValue(th, fn, args, null));
            continue outer;
          }
          case Op.CALL: {
            const fn = regs[sp - arg - 1]!;
            if (fn instanceof PyFunction) {
              const nf = fastFrame(th, fn, regs, sp - arg, arg);
              if (nf !== null) {
                sp -= arg + 1;
                f.ip = ip;
                f.sp = sp;
                th.left = left;
                th.pushFrame(nf);
                continue outer;
              }
            }
            const args = regs.slice(sp - arg, sp);
            sp -= arg + 1;
            if (fn instanceof PyBuiltin) {
              const r = fn.self === undefined ? fn.fn(th, args, null) : fn.fn(th, [fn.self, ...args], null);
              if (!(r instanceof Coro)) {
                regs[sp++] = r;
                break;
              }
              f.ip = ip;
              f.sp = sp;
              th.left = left;
              th.pushNative(r, fn.name);
              continue outer;
            }
            f.ip = ip;
            f.sp = sp;
            th.left = left;
            th.enter(callValue(th, fn, args, null));
            continue outer;
          }
          case Op.CALL_KW: {
            const names = (regs[--sp] as PyTuple).items as string[];
            const fn = regs[sp - arg - 1]!;
            const args = regs.slice(sp - arg, sp - names.length);
            const kw = makeKw(names, regs, sp - names.length);
            sp -= arg + 1;
            f.ip = ip;
            f.sp = sp;
            th.left = left;
            th.enter(callValue(th, fn, args, kw) as CallResult);
            continue outer;
          }
          case Op.RETURN_VALUE: {
            const v = regs[--sp]!;
            f.ip = ip;
            f.sp = sp;
            th.left = left;
            const back = f.back;
            if (f.gen === null && f.ret === Ret.NORMAL && back instanceof Frame) {
              // The common return: straight onto the caller's stack.
              th.top = back;
              th.depth--;
              back.regs[back.sp++] = v;
              recycle(f);
            } else th.returnFrom(f, v);
            continue outer;
          }
          case Op.YIELD_VALUE: {
            const v = regs[--sp]!;
            f.ip = ip;
            f.sp = sp;
            th.left = left;
            th.yieldFrom(f, v);
            continue outer;
          }
          case Op.BINARY_SUBSCR: {
            const k = regs[--sp]!;
            const o = regs[sp - 1]!;
            if (o instanceof PyList && typeof k === 'number' && o.cls === T.list) {
              const items = o.items;
              const i = k < 0 ? k + items.length : k;
              if (i >= 0 && i < items.length) {
                regs[sp - 1] = items[i]!;
                break;
              }
            } else if (o instanceof PyDict && o.cls === T.dict && typeof k === 'string') {
              const v = o.getStr(k);
              if (v !== undefined) {
                regs[sp - 1] = v;
                break;
              }
            }
            const r = getItem(th, o, k);
            if (r instanceof Coro) {
              sp--;
              f.ip = ip;
              f.sp = sp;
              th.left = left;
              th.pushNative(r, 'getitem');
              continue outer;
            }
            regs[sp - 1] = r;
            break;
          }
          case Op.STORE_SUBSCR: {
            const k = regs[--sp]!;
            const o = regs[--sp]!;
            const v = regs[--sp]!;
            if (o instanceof PyDict && o.cls === T.dict && typeof k === 'string') {
              o.setStr(k, v);
              break;
            }
            const r = setItem(th, o, k, v);
            if (r instanceof Coro) {
              f.ip = ip;
              f.sp = sp;
              th.left = left;
              th.pushNative(r, 'setitem');
              (th.top as NativeFrame).discard = true;
              continue outer;
            }
            break;
          }
          case Op.DUP_TOP:
            regs[sp] = regs[sp - 1]!;
            sp++;
            break;
          case Op.DUP_TOP_TWO:
            regs[sp] = regs[sp - 2]!;
            regs[sp + 1] = regs[sp - 1]!;
            sp += 2;
            break;
          case Op.ROT_TWO: {
            const t = regs[sp - 1]!;
            regs[sp - 1] = regs[sp - 2]!;
            regs[sp - 2] = t;
            break;
          }
          case Op.ROT_THREE: {
            const t = regs[sp - 1]!;
            regs[sp - 1] = regs[sp - 2]!;
            regs[sp - 2] = regs[sp - 3]!;
            regs[sp - 3] = t;
            break;
          }
          case Op.BUILD_TUPLE: {
            const items = regs.slice(sp - arg, sp);
            sp -= arg;
            regs[sp++] = new PyTuple(items);
            break;
          }
          case Op.BUILD_LIST: {
            const items = regs.slice(sp - arg, sp);
            sp -= arg;
            regs[sp++] = new PyList(items);
            break;
          }
          case Op.LIST_APPEND: {
            const v = regs[--sp]!;
            (regs[sp - arg] as PyList).items.push(v);
            break;
          }
          case Op.IS_OP: {
            const b = regs[--sp]!;
            const a = regs[sp - 1]!;
            regs[sp - 1] = arg === 0 ? a === b : a !== b;
            break;
          }
          case Op.CONTAINS_OP: {
            const b = regs[--sp]!;
            const a = regs[sp - 1]!;
            const r = contains(th, b, a);
            if (r instanceof Coro) {
              sp--;
              f.ip = ip;
              f.sp = sp;
              th.left = left;
              th.pushNative(r, 'in');
              if (arg === 1) (th.top as NativeFrame).post = pushNot;
              continue outer;
            }
            regs[sp - 1] = arg === 0 ? r : !r;
            break;
          }
          case Op.UNARY_NOT: {
            const v = regs[sp - 1]!;
            const r = typeof v === 'boolean' ? v : truth(th, v);
            if (r instanceof Coro) {
              sp--;
              f.ip = ip;
              f.sp = sp;
              th.left = left;
              th.pushNative(r, 'bool');
              (th.top as NativeFrame).post = pushNot;
              continue outer;
            }
            regs[sp - 1] = !r;
            break;
          }
          case Op.FORMAT_VALUE: {
            const spec = arg & 4 ? (regs[--sp] as string) : '';
            const v = regs[sp - 1]!;
            if (typeof v === 'number' && spec === '' && (arg & 3) !== 2) {
              regs[sp - 1] = String(v);
              break;
            }
            if (typeof v === 'string' && spec === '' && (arg & 3) < 2) break;
            const r = formatValue(th, v, arg & 3, spec);
            if (r instanceof Coro) {
              sp--;
              f.ip = ip;
              f.sp = sp;
              th.left = left;
              th.pushNative(r, 'format');
              continue outer;
            }
            regs[sp - 1] = r;
            break;
          }
          case Op.BUILD_STRING: {
            let s = '';
            for (let i = sp - arg; i < sp; i++) s += regs[i] as string;
            sp -= arg;
            regs[sp++] = s;
            break;
          }
          case Op.NOP:
            break;
          default:
            f.ip = ip;
            f.sp = sp;
            th.left = left;
            rare(th, f, w & 0xff, arg);
            continue outer;
        }
      }
    } catch (e) {
      f.ip = ip;
      f.sp = sp;
      th.left = left;
      if (th.top !== f) {
        // A push failed after the frame was saved (RecursionError): raise in this frame.
        th.top = f;
      }
      handleException(th, f, toPyExc(th, e), false);
    }
  }
}

/**
 * A frame for a plain call — exactly the positional parameters, no *args/**kw, no
 * cells of its own, not a generator — built straight from the caller's stack; null
 * when the call needs argument binding.
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

/** Native-frame posts: what to do with a coroutine's result instead of pushing it. */
export function pushNull(_th: Thread, f: Frame, v: unknown): void {
  f.regs[f.sp++] = v as Value;
  f.regs[f.sp++] = undefined as unknown as Value;
}

export function pushNot(_th: Thread, f: Frame, v: unknown): void {
  f.regs[f.sp++] = !v;
}

export { DONE };
