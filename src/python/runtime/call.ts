/**
 * Calling: binding arguments to a Python function's parameters (with CPython's
 * error messages) and the general `callValue`, whose result is a value, a native
 * coroutine to run, or a new frame for the VM to push.
 */
import { CodeFlags } from '../objects/code.js';
import { Coro, type Kw, type NativeResult } from '../objects/coro.js';
import { PyDict } from '../objects/dict.js';
import { typeErr } from '../objects/exceptions.js';
import { Cell, PyBuiltin, PyFunction, PyMethod } from '../objects/function.js';
import { PyClass, type Value } from '../objects/object.js';
import { PyTuple, emptyTuple } from '../objects/tuple.js';
import { isInstance, typeOf } from '../objects/types.js';
import { SLOT_NAMES } from './slots.js';
import { Frame, PyGenerator, newRegs } from '../objects/frame.js';
import type { Thread } from '../objects/thread.js';
import { callClass } from './typecall.js';

/** What a call produced. */
export type CallResult = Value | Coro | Frame;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function quoteList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/** Binds `args`/`kw` into a fresh frame's registers; throws TypeError like CPython. */
export function bindArgs(fn: PyFunction, args: Value[], kw: Kw | null, regs: Value[]): void {
  const code = fn.code;
  const argcount = code.argcount;
  const kwonly = code.kwonlyCount;
  const flags = code.flags;
  const varnames = code.varnames;
  const nargs = args.length;
  const n = nargs < argcount ? nargs : argcount;
  for (let i = 0; i < n; i++) regs[i] = args[i]!;
  let slot = argcount + kwonly;
  if (flags & CodeFlags.VARARGS) {
    regs[slot++] = nargs > argcount ? new PyTuple(args.slice(argcount)) : emptyTuple();
  }
  let kwdict: PyDict | null = null;
  if (flags & CodeFlags.VARKEYWORDS) {
    kwdict = new PyDict();
    regs[slot] = kwdict;
  }
  const name = fn.qualname;
  let kwonlyGiven = 0;
  if (kw !== null) {
    for (const [k, v] of kw) {
      let idx = -1;
      for (let i = code.posonlyCount; i < argcount + kwonly; i++) {
        if (varnames[i] === k) {
          idx = i;
          break;
        }
      }
      if (idx < 0) {
        if (kwdict !== null) {
          kwdict.setStr(k, v);
          continue;
        }
        // CPython names every positional-only parameter passed by keyword, in parameter order.
        const posonly = varnames.slice(0, code.posonlyCount).filter((p) => kw.has(p));
        if (posonly.length > 0) throw typeErr(`${name}() got some positional-only arguments passed as keyword arguments: '${posonly.join(', ')}'`);
        throw typeErr(`${name}() got an unexpected keyword argument '${k}'`);
      }
      if (regs[idx] !== undefined) throw typeErr(`${name}() got multiple values for argument '${k}'`);
      regs[idx] = v;
      if (idx >= argcount) kwonlyGiven++;
    }
  }
  if (nargs > argcount && !(flags & CodeFlags.VARARGS)) {
    const ndef = fn.defaults?.length ?? 0;
    const sig = ndef > 0 ? `from ${argcount - ndef} to ${argcount}` : String(argcount);
    const pl = ndef > 0 || argcount !== 1;
    const kwsig = kwonlyGiven > 0 ? ` positional argument${nargs !== 1 ? 's' : ''} (and ${plural(kwonlyGiven, 'keyword-only argument')})` : '';
    const verb = nargs === 1 && kwonlyGiven === 0 ? 'was' : 'were';
    throw typeErr(`${name}() takes ${sig} positional argument${pl ? 's' : ''} but ${nargs}${kwsig} ${verb} given`);
  }
  if (nargs < argcount) {
    const defaults = fn.defaults;
    const ndef = defaults?.length ?? 0;
    const firstDefault = argcount - ndef;
    let missing: string[] | null = null;
    for (let i = nargs; i < argcount; i++) {
      if (regs[i] !== undefined) continue;
      if (i >= firstDefault) regs[i] = defaults![i - firstDefault]!;
      else (missing ??= []).push(varnames[i]!);
    }
    if (missing) throw typeErr(`${name}() missing ${plural(missing.length, 'required positional argument')}: ${quoteList(missing)}`);
  }
  if (kwonly > 0) {
    let missing: string[] | null = null;
    for (let i = argcount; i < argcount + kwonly; i++) {
      if (regs[i] !== undefined) continue;
      const d = fn.kwdefaults?.getStr(varnames[i]!);
      if (d !== undefined) regs[i] = d;
      else (missing ??= []).push(varnames[i]!);
    }
    if (missing) throw typeErr(`${name}() missing ${plural(missing.length, 'required keyword-only argument')}: ${quoteList(missing)}`);
  }
}

/** The cells of a new frame: its own cell variables (parameters copied in) and the closure's. */
export function makeCells(fn: PyFunction, regs: Value[]): Cell[] | null {
  const code = fn.code;
  const ncell = code.cellvars.length;
  const nfree = code.freevars.length;
  if (ncell + nfree === 0) return null;
  const cells: Cell[] = new Array(ncell + nfree);
  for (let i = 0; i < ncell; i++) {
    const p = code.cellParams[i]!;
    cells[i] = new Cell(p >= 0 ? regs[p] : undefined);
  }
  for (let j = 0; j < nfree; j++) cells[ncell + j] = fn.closure![j]!;
  return cells;
}

/** A frame for calling `fn` (not yet pushed), or a generator object when fn is a generator function. */
export function frameFor(th: Thread, fn: PyFunction, args: Value[], kw: Kw | null): Frame | PyGenerator {
  const code = fn.code;
  const regs = newRegs(code);
  bindArgs(fn, args, kw, regs);
  const f = new Frame(code, regs, makeCells(fn, regs), fn.globals, th.interp.builtins, null, fn);
  if (code.flags & CodeFlags.GENERATOR) {
    const g = new PyGenerator(f, fn.name, fn.qualname);
    f.gen = g;
    return g;
  }
  return f;
}

/**
 * Calls a builtin: bound ones with their receiver first. A method of a builtin class
 * taken from the class (`list.append`, `float.__abs__`) gets its receiver among the
 * arguments, and CPython's descriptors check it: present, and an instance of the class.
 */
export function callBuiltin(th: Thread, fn: PyBuiltin, args: Value[], kw: Kw | null): NativeResult {
  if (fn.self !== undefined) return fn.fn(th, [fn.self, ...args], kw);
  const owner = fn.owner;
  if (fn.isMethod && owner !== null) {
    const slot = SLOT_NAMES.has(fn.name);
    if (args.length === 0) {
      throw typeErr(slot ? `descriptor '${fn.name}' of '${owner.name}' object needs an argument` : `unbound method ${owner.name}.${fn.name}() needs an argument`);
    }
    if (!isInstance(args[0]!, owner)) {
      const got = typeOf(args[0]!).name;
      throw typeErr(slot ? `descriptor '${fn.name}' requires a '${owner.name}' object but received a '${got}'` : `descriptor '${fn.name}' for '${owner.name}' objects doesn't apply to a '${got}' object`);
    }
  }
  return fn.fn(th, args, kw);
}

/** Calls any callable. */
export function callValue(th: Thread, fn: Value, args: Value[], kw: Kw | null): CallResult {
  if (fn instanceof PyFunction) return frameFor(th, fn, args, kw);
  if (fn instanceof PyBuiltin) return callBuiltin(th, fn, args, kw);
  if (fn instanceof PyMethod) return callValue(th, fn.func, [fn.self, ...args], kw);
  if (fn instanceof PyClass) return callClass(th, fn, args, kw);
  const call = typeOf(fn).lookup('__call__');
  if (call === undefined || call === null) throw typeErr(`'${typeOf(fn).name}' object is not callable`);
  return callValue(th, call, [fn, ...args], kw);
}

/** `callValue` for natives: a frame to run becomes a coroutine that asks the VM to run it. */
export function callNative(th: Thread, fn: Value, args: Value[], kw: Kw | null): NativeResult {
  if (fn instanceof PyBuiltin) return callBuiltin(th, fn, args, kw);
  return new Coro(
    (function* () {
      return yield { k: 'call', fn, args, kw };
    })(),
  );
}
