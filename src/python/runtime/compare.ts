/**
 * Comparisons: `==`, `!=`, `<`, `<=`, `>`, `>=` with CPython's rich-comparison
 * protocol (reflected operands, subclass priority, NotImplemented, identity as
 * the default equality, TypeError for unordered types), and the identity-first
 * equality containers use. Builtin values compare natively; user types through
 * their dunders (a coroutine).
 */
import { NotImplemented } from '../objects/boot.js';
import { type Gen, type NativeResult } from '../objects/coro.js';
import { PyDict } from '../objects/dict.js';
import { typeErr } from '../objects/exceptions.js';
import { PyBoxed } from '../objects/boxed.js';
import { PyBytes } from '../objects/bytes.js';
import { PyFloat, PyObject, type Value } from '../objects/object.js';
import { PyRange } from '../objects/range.js';
import { PySet } from '../objects/set.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { T, typeOf } from '../objects/types.js';
import { Cmp, CMP_DUNDERS, CMP_SWAPPED, CMP_SYMBOLS } from './operators.js';
import type { Thread } from '../objects/thread.js';
import { callFnCo, runOrCoro } from './dunder.js';
import { truthCo } from './truth.js';
import { setContainsCo } from './settable.js';

/** A number as JS number/bigint (ints, bools, floats, and their subclasses), else undefined. */
export function numOf(v: Value): number | bigint | undefined {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
    default:
      if (v instanceof PyFloat) return v.v;
      if (v instanceof PyBoxed) return numOf(v.value);
      return undefined;
  }
}

/** Code-point order for strings (JS compares UTF-16 units, which differs past U+FFFF). */
export function strCmp(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if ((x >= 0xd800 && x < 0xe000) || (y >= 0xd800 && y < 0xe000)) {
      return (a.codePointAt(i) ?? x) < (b.codePointAt(i) ?? y) ? -1 : 1;
    }
    return x < y ? -1 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

const hasCustomEq = (v: Value): boolean => {
  if (!(v instanceof PyObject) || v.cls.builtin) return false;
  return v.cls.lookup('__eq__') !== T.object.ns.getStr('__eq__');
};

/** `a == b` for values that need no Python code; undefined when they might. */
export function eqNative(a: Value, b: Value): boolean | undefined {
  if (typeof a === 'string') {
    if (typeof b === 'string') return a === b;
    if (b === null || typeof b !== 'object' || !hasCustomEq(b)) return b instanceof PyBoxed && typeof b.value === 'string' && !hasCustomEq(b) ? a === b.value : false;
    return undefined;
  }
  const na = numOf(a);
  if (na !== undefined && !hasCustomEq(a)) {
    const nb = numOf(b);
    if (nb !== undefined && !hasCustomEq(b)) return na == nb; // eslint-disable-line eqeqeq -- number vs bigint, exactly
    if (b === null || typeof b === 'string' || (!hasCustomEq(b) && !ownEq(b))) return false;
    return undefined;
  }
  if (a === null) return b === null ? true : hasCustomEq(b) ? undefined : false;
  if (hasCustomEq(a) || hasCustomEq(b)) return undefined;
  if (a === b) return true;
  if (b === null || typeof b !== 'object' || typeof a !== 'object') return typeof a === 'object' && ownEq(a) ? undefined : false;
  if (a instanceof PyTuple && b instanceof PyTuple) return seqEqNative(a.items, b.items);
  if (a instanceof PyList && b instanceof PyList) return seqEqNative(a.items, b.items);
  if (a instanceof PyBytes && b instanceof PyBytes) return bytesCmp(a.data, b.data) === 0;
  if (a instanceof PyDict && b instanceof PyDict) return dictEqNative(a, b);
  if (a instanceof PySet && b instanceof PySet) return undefined;
  if (a instanceof PyRange && b instanceof PyRange) return rangeEq(a, b);
  if (a instanceof PyBoxed || b instanceof PyBoxed) return eqNative(a instanceof PyBoxed ? a.value : a, b instanceof PyBoxed ? b.value : b);
  // Other builtin types with an equality of their own (dict views, deque, sets, ...) decide through it.
  const objEq = T.object.ns.getStr('__eq__');
  if (a.cls.lookup('__eq__') !== objEq || b.cls.lookup('__eq__') !== objEq) return undefined;
  return false;
}

/** A builtin type with an __eq__ of its own (complex, deque, views...): it decides. */
function ownEq(v: Value): boolean {
  return typeof v === 'object' && v !== null && v.cls.lookup('__eq__') !== T.object.ns.getStr('__eq__');
}

function seqEqNative(x: Value[], y: Value[]): boolean | undefined {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    const r = eqNative(x[i]!, y[i]!);
    if (r !== true) return r;
  }
  return true;
}

function dictEqNative(a: PyDict, b: PyDict): boolean | undefined {
  if (a.size !== b.size) return false;
  for (const e of a.entries()) {
    const other = b.get(e.key);
    if (typeof other === 'symbol') return undefined;
    if (other === undefined) return false;
    if (other === e.value) continue;
    const r = eqNative(e.value!, other);
    if (r !== true) return r;
  }
  return true;
}

export function bytesCmp(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length - b.length;
}

function rangeEq(a: PyRange, b: PyRange): boolean {
  const la = rangeLenOf(a);
  if (la !== rangeLenOf(b)) return false;
  if (la === 0) return true;
  if (a.start != b.start) return false; // eslint-disable-line eqeqeq
  return la === 1 || a.step == b.step; // eslint-disable-line eqeqeq
}

function rangeLenOf(r: PyRange): number {
  const start = Number(r.start);
  const stop = Number(r.stop);
  const step = Number(r.step);
  if (step > 0) return start < stop ? Math.ceil((stop - start) / step) : 0;
  return start > stop ? Math.ceil((start - stop) / -step) : 0;
}

/** Equality as containers use it: identity first, then `==`, then truthiness. */
export function* eqBool(th: Thread, a: Value, b: Value): Gen<boolean> {
  if (a === b) return true;
  const n = eqNative(a, b);
  if (n !== undefined) return n;
  const r = yield* richCompare(th, a, b, Cmp.EQ);
  return yield* truthCo(th, r);
}

/** Sync equality for containers, or undefined when Python code is needed. */
export function eqBoolNative(a: Value, b: Value): boolean | undefined {
  if (a === b) return true;
  return eqNative(a, b);
}

/** `a < b` etc. for values that need no Python code; undefined when they might (or when unordered). */
export function orderNative(a: Value, b: Value, op: Cmp): boolean | undefined {
  if (typeof a === 'number' && typeof b === 'number') return cmpResult(a < b ? -1 : a > b ? 1 : 0, op);
  if (typeof a === 'string' && typeof b === 'string') return cmpResult(strCmp(a, b), op);
  if (hasCustomOrder(a) || hasCustomOrder(b)) return undefined;
  const na = numOf(a);
  const nb = na === undefined ? undefined : numOf(b);
  if (na !== undefined && nb !== undefined) {
    switch (op) {
      case Cmp.LT:
        return na < nb;
      case Cmp.LE:
        return na <= nb;
      case Cmp.GT:
        return na > nb;
      case Cmp.GE:
        return na >= nb;
      case Cmp.EQ:
        return na == nb; // eslint-disable-line eqeqeq
      case Cmp.NE:
        return na != nb; // eslint-disable-line eqeqeq
    }
  }
  if ((a instanceof PyTuple && b instanceof PyTuple) || (a instanceof PyList && b instanceof PyList)) {
    if (a.cls !== b.cls && !(a.cls.builtin && b.cls.builtin)) return undefined;
    const x = a.items;
    const y = b.items;
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
      if (x[i] === y[i]) continue;
      const e = eqNative(x[i]!, y[i]!);
      if (e === undefined) return undefined;
      if (!e) return orderNative(x[i]!, y[i]!, op);
    }
    return cmpResult(x.length - y.length, op);
  }
  if (a instanceof PyBytes && b instanceof PyBytes) return cmpResult(bytesCmp(a.data, b.data), op);
  return undefined;
}

const hasCustomOrder = (v: Value): boolean => v instanceof PyObject && !v.cls.builtin && !(v instanceof PyFloat);

function cmpResult(c: number, op: Cmp): boolean {
  switch (op) {
    case Cmp.LT:
      return c < 0;
    case Cmp.LE:
      return c <= 0;
    case Cmp.EQ:
      return c === 0;
    case Cmp.NE:
      return c !== 0;
    case Cmp.GT:
      return c > 0;
    case Cmp.GE:
      return c >= 0;
  }
}

/** COMPARE_OP's slow path. */
export function compare(th: Thread, a: Value, b: Value, op: Cmp): NativeResult {
  if (op === Cmp.EQ || op === Cmp.NE) {
    const e = eqNative(a, b);
    if (e !== undefined) return op === Cmp.EQ ? e : !e;
  } else {
    const o = orderNative(a, b, op);
    if (o !== undefined) return o;
  }
  return runOrCoro(richCompare(th, a, b, op));
}

/** The full rich-comparison protocol. */
export function* richCompare(th: Thread, a: Value, b: Value, op: Cmp): Gen {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const name = CMP_DUNDERS[op]!;
  const swapped = CMP_DUNDERS[CMP_SWAPPED[op]!]!;
  let checkedReflected = false;
  if (ta !== tb && tb.isSubclassOf(ta) && tb.lookup(swapped) !== ta.lookup(swapped)) {
    checkedReflected = true;
    const r = yield* tryDunder(th, b, swapped, a);
    if (r !== NotImplemented) return r;
  }
  const r1 = yield* tryDunder(th, a, name, b);
  if (r1 !== NotImplemented) return r1;
  if (!checkedReflected) {
    const r2 = yield* tryDunder(th, b, swapped, a);
    if (r2 !== NotImplemented) return r2;
  }
  if (op === Cmp.EQ) return a === b;
  if (op === Cmp.NE) return a !== b;
  throw typeErr(`'${CMP_SYMBOLS[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

function* tryDunder(th: Thread, self: Value, name: string, other: Value): Gen {
  const fn = typeOf(self).lookup(name);
  if (fn === undefined || fn === null) return NotImplemented;
  return yield* callFnCo(th, fn, [self, other]);
}

/** Sequence equality element by element (Python code allowed). */
export function* seqEq(th: Thread, x: Value[], y: Value[]): Gen<boolean> {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (!(yield* eqBool(th, x[i]!, y[i]!))) return false;
  return true;
}

/** Lexicographic ordering of sequences (Python code allowed). */
export function* seqOrder(th: Thread, x: Value[], y: Value[], op: Cmp): Gen {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    if (!(yield* eqBool(th, x[i]!, y[i]!))) {
      if (op === Cmp.EQ) return false;
      if (op === Cmp.NE) return true;
      return yield* richCompare(th, x[i]!, y[i]!, op);
    }
  }
  return cmpResult(x.length - y.length, op);
}

/** Set equality/inclusion (Python code allowed). */
export function* setSubset(th: Thread, a: PySet, b: PySet): Gen<boolean> {
  if (a.used > b.used) return false;
  for (const k of a.items()) if (!(yield* setContainsCo(th, b, k))) return false;
  return true;
}
