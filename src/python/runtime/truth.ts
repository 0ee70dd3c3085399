/** Truthiness — `bool(v)`, `if v:`, `not v`: `__bool__`, then `__len__`, then true — and `len(v)`. */
import { type Gen, type NativeResult } from '../objects/coro.js';
import { PyDict } from '../objects/dict.js';
import { E, exc as mk, typeErr, valueErr } from '../objects/exceptions.js';
import { PyBoxed } from '../objects/boxed.js';
import { PyBytes } from '../objects/bytes.js';
import { PyComplex } from '../objects/complex.js';
import { PyFloat, PyObject, type Value } from '../objects/object.js';
import { PySet } from '../objects/set.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { PyRange } from '../objects/range.js';
import type { Thread } from '../objects/thread.js';
import { typeOf } from '../objects/types.js';
import { pyLen } from '../lib/codepoints.js';
import { callFnCo, runOrCoro } from './dunder.js';
import { rangeLen } from './rangeops.js';

/** Truthiness without Python code, or undefined when a user `__bool__`/`__len__` decides. */
export function truthNative(v: Value): boolean | undefined {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length > 0;
    case 'bigint':
      return v !== 0n;
    default:
      if (v === null) return false;
      if (!v.cls.builtin) return undefined;
      if (v instanceof PyFloat) return v.v !== 0;
      if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
      if (v instanceof PyDict) return v.size > 0;
      if (v instanceof PySet) return v.used > 0;
      if (v instanceof PyBytes) return v.data.length > 0;
      if (v instanceof PyComplex) return v.re !== 0 || v.im !== 0;
      if (v instanceof PyRange) return v.start < v.stop ? v.step > 0 : v.start > v.stop && v.step < 0;
      // Other builtin containers (deque, dict views, bytearray) answer through their __len__.
      if (v.cls.lookup('__bool__') != null || v.cls.lookup('__len__') != null) return undefined;
      return true;
  }
}

export function truth(th: Thread, v: Value): NativeResult {
  const t = truthNative(v);
  return t !== undefined ? t : runOrCoro(truthCo(th, v));
}

export function* truthCo(th: Thread, v: Value): Gen<boolean> {
  const t = truthNative(v);
  if (t !== undefined) return t;
  const obj = v as PyObject;
  const b = obj.cls.lookup('__bool__');
  if (b !== undefined && b !== null) {
    const r = yield* callFnCo(th, b, [v]);
    if (typeof r !== 'boolean') throw typeErr(`__bool__ should return bool, returned ${typeNameOf(r)}`);
    return r;
  }
  const l = obj.cls.lookup('__len__');
  if (l !== undefined && l !== null) {
    const n = yield* callFnCo(th, l, [v]);
    return lenResult(n) > 0;
  }
  if (obj instanceof PyBoxed) return truthNative(obj.value) ?? true;
  return true;
}

const exc = (name: string, msg: string) => mk(E[name]!, msg);

const typeNameOf = (v: Value): string => (v === null ? 'NoneType' : typeof v === 'number' || typeof v === 'bigint' ? 'int' : typeof v === 'string' ? 'str' : typeof v === 'boolean' ? 'bool' : v.cls.name);

/** Validates what `__len__` returned. */
export function lenResult(n: Value): number {
  if (typeof n === 'boolean') return n ? 1 : 0;
  if (typeof n === 'number') {
    if (n < 0) throw valueErr('__len__() should return >= 0');
    return n;
  }
  if (typeof n === 'bigint') {
    if (n < 0n) throw valueErr('__len__() should return >= 0');
    throw exc('OverflowError', "cannot fit 'int' into an index-sized integer");
  }
  throw typeErr(`'${typeNameOf(n)}' object cannot be interpreted as an integer`);
}

/** len(v). */
export function lenOf(th: Thread, v: Value): NativeResult {
  if (typeof v === 'string') return pyLen(v);
  if (v instanceof PyObject && v.cls.builtin) {
    if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
    if (v instanceof PyDict) return v.size;
    if (v instanceof PySet) return v.used;
    if (v instanceof PyBytes) return v.data.length;
    if (v instanceof PyRange) return Number(rangeLen(v));
  }
  const f = typeOf(v).lookup('__len__');
  if (f === undefined || f === null) throw typeErr(`object of type '${typeOf(v).name}' has no len()`);
  return runOrCoro(
    (function* () {
      return lenResult(yield* callFnCo(th, f, [v]));
    })(),
  );
}
