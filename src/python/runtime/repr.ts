/**
 * repr() and str(): primitives directly, everything else through the type's
 * `__repr__`/`__str__` (builtin natives or Python code). Container reprs are
 * written once, as coroutines; `runOrCoro` keeps them synchronous when no
 * element needs Python code.
 */
import { type Gen, type NativeResult, callReq } from '../objects/coro.js';
import { isStackOverflow, recursionError, typeErr } from '../objects/exceptions.js';
import { PyBuiltin } from '../objects/function.js';
import { PyFloat, type PyClass, type Value, PyObject } from '../objects/object.js';
import { T, typeOf } from '../objects/types.js';
import { floatRepr } from '../lib/floatrepr.js';
import { intToStr } from '../lib/intbits.js';
import { strRepr } from '../lib/numparse.js';
import type { Thread } from '../objects/thread.js';
import { runOrCoro } from './dunder.js';
import { idOf } from '../objects/identity.js';

/** repr of values that have a fixed one (no lookup needed), else undefined. */
export function quickRepr(v: Value): string | undefined {
  switch (typeof v) {
    case 'number':
      return String(v);
    case 'bigint':
      return intToStr(v);
    case 'string':
      return strRepr(v);
    case 'boolean':
      return v ? 'True' : 'False';
    default:
      if (v === null) return 'None';
      if (v instanceof PyFloat && v.cls === T.float) return floatRepr(v.v);
      return undefined;
  }
}

/** str of values that have a fixed one, else undefined. */
export function quickStr(v: Value): string | undefined {
  if (typeof v === 'string') return v;
  return quickRepr(v);
}

/**
 * Runs a repr or str of `v`: a container nested so deep that it runs the host out of
 * stack is CPython's RecursionError for it (the check that trips is an item's repr).
 */
export function nestedRepr<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    throw isStackOverflow(e) ? recursionError(' while getting the repr of an object') : e;
  }
}

export function repr(th: Thread, v: Value): NativeResult {
  return quickRepr(v) ?? nestedRepr(() => runOrCoro(reprCo(th, v)));
}

export function str(th: Thread, v: Value): NativeResult {
  return quickStr(v) ?? nestedRepr(() => runOrCoro(strCo(th, v)));
}

export function* reprCo(th: Thread, v: Value): Gen<string> {
  const q = quickRepr(v);
  if (q !== undefined) return q;
  return yield* viaDunder(th, v, '__repr__');
}

export function* strCo(th: Thread, v: Value): Gen<string> {
  const q = quickStr(v);
  if (q !== undefined) return q;
  return yield* viaDunder(th, v, '__str__');
}

function* viaDunder(th: Thread, v: Value, name: '__repr__' | '__str__'): Gen<string> {
  const fn = typeOf(v).lookup(name);
  let r: Value;
  if (fn instanceof PyBuiltin) {
    const x = fn.fn(th, [v], null);
    r = typeof x === 'string' ? x : x instanceof PyObject || x === null || typeof x !== 'object' ? (x as Value) : yield* x.gen;
  } else r = yield callReq(fn!, [v]);
  if (typeof r === 'string') return r;
  if (r instanceof PyObject && r.cls.isSubclassOf(T.str)) return (r as unknown as { value: string }).value;
  throw typeErr(`${name} returned non-string (type ${typeOf(r).name})`);
}

/** Element reprs inside containers, with the cheap cases inline. */
export function* itemRepr(th: Thread, v: Value): Gen<string> {
  return quickRepr(v) ?? (yield* reprCo(th, v));
}

/**
 * Runs `body` with `obj` marked as being printed; a nested repr of the same object
 * returns `cycle` instead (CPython's Py_ReprEnter).
 */
export function* guarded(th: Thread, obj: object, cycle: string, body: () => Gen<string>): Gen<string> {
  if (th.reprGuard.has(obj)) return cycle;
  th.reprGuard.add(obj);
  try {
    return yield* body();
  } finally {
    th.reprGuard.delete(obj);
  }
}

/** `__main__.Point` or `int`: how CPython names a class in reprs. */
export function className(cls: PyClass): string {
  const mod = cls.builtin ? cls.module : cls.dict!.getStr('__module__');
  if (typeof mod === 'string' && mod !== 'builtins') return `${mod}.${cls.qualname}`;
  return cls.qualname;
}

/** The 0x… address CPython shows in default reprs. */
export const addr = (v: Value): string => `0x${idOf(v).toString(16).padStart(12, '0')}`;

/** `<__main__.Point object at 0x…>`. */
export const defaultRepr = (v: PyObject): string => `<${className(v.cls)} object at ${addr(v)}>`;
