/**
 * Variables the loop does not reach by slot: the slow paths of global lookups,
 * class-body and module-level names (LOAD_NAME and friends), and the errors for
 * unbound locals and free variables.
 */
import type { Code } from '../../objects/code.js';
import { E, type PyBaseException, exc as mkExc, nameErr } from '../../objects/exceptions.js';
import { PyDict } from '../../objects/dict.js';
import type { Frame } from '../../objects/frame.js';
import type { Value } from '../../objects/object.js';
import type { Thread } from '../../objects/thread.js';
import { pop, push } from './results.js';

/** Its `name` stays None: CPython records the name only on a NameError proper (format_exc_check_arg), for suggestions. */
export function unboundLocal(name: string): PyBaseException {
  return mkExc(E.UnboundLocalError!, `cannot access local variable '${name}' where it is not associated with a value`);
}

/** The name of cell `i` of `code` (cell variables, then free variables). */
const cellName = (code: Code, i: number): string => (i < code.cellvars.length ? code.cellvars[i]! : code.freevars[i - code.cellvars.length]!);

/**
 * Cell `i` of `code` read or deleted while unbound: as CPython's format_exc_unbound, an
 * UnboundLocalError for the function's own cell variables, a NameError for free variables.
 */
export function unboundCell(code: Code, i: number): PyBaseException {
  if (i < code.cellvars.length) return unboundLocal(code.cellvars[i]!);
  const name = cellName(code, i);
  const e = mkExc(E.NameError!, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
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

/** LOAD_CLASSDEREF: a free variable read in a class body (the class namespace first, then the cell). */
export function loadClassDeref(_th: Thread, f: Frame, arg: number): void {
  const name = cellName(f.code, arg);
  let v = f.locals?.getStr(name);
  if (v === undefined) v = f.cells![arg]!.value;
  if (v === undefined) throw unboundCell(f.code, arg);
  push(f, v);
}

export function deleteGlobal(_th: Thread, f: Frame, arg: number): void {
  const name = f.code.names[arg]!;
  if (f.globals.remove(name) === undefined) throw nameErr(name);
}

/** LOAD_NAME: the locals dict (class bodies, exec'd module code), globals, builtins. */
export function loadName(th: Thread, f: Frame, arg: number): void {
  const name = f.code.names[arg]!;
  // A name bound to None is found (getStr gives undefined only for a missing key; ?? would skip null).
  let v = f.locals?.getStr(name);
  if (v === undefined) v = f.globals.getStr(name);
  if (v === undefined) v = th.interp.builtins.getStr(name);
  if (v === undefined) throw nameErr(name);
  push(f, v);
}

export function storeName(_th: Thread, f: Frame, arg: number): void {
  (f.locals ?? f.globals).setStr(f.code.names[arg]!, pop(f));
}

export function deleteName(_th: Thread, f: Frame, arg: number): void {
  const name = f.code.names[arg]!;
  if ((f.locals ?? f.globals).remove(name) === undefined) throw nameErr(name);
}

/** SETUP_ANNOTATIONS: a module or class body with annotations gets an `__annotations__` dict. */
export function setupAnnotations(_th: Thread, f: Frame): void {
  const ns = f.locals ?? f.globals;
  if (ns.getStr('__annotations__') === undefined) ns.setStr('__annotations__', new PyDict());
}
