/**
 * Subscription: `o[k]`, `o[k] = v`, `del o[k]` for the builtin sequences and
 * mappings (indices, slices, CPython's messages), else `__getitem__` & co.
 */
import { Coro, type Gen, type NativeResult } from '../objects/coro.js';
import { PyDict } from '../objects/dict.js';
import { E, exc, indexErr, keyErr, typeErr, valueErr } from '../objects/exceptions.js';
import { PyBoxed } from '../objects/boxed.js';
import { PyClassMethod } from '../objects/function.js';
import { PyBytes } from '../objects/bytes.js';
import { PyClass, PyObject, type Value } from '../objects/object.js';
import { PyRange, PySlice } from '../objects/range.js';
import { PyList, PyTuple, tuple } from '../objects/tuple.js';
import { T, typeOf } from '../objects/types.js';
import { hasSurrogates, pyIndex, pySlice, sliceIndices } from '../lib/codepoints.js';
import type { Thread } from '../objects/thread.js';
import { callFnCo, runOrCoro } from './dunder.js';
import { dictGet, dictRemove, dictSetItem, MISSING } from './collections.js';
import { rangeAt, rangeLen } from './rangeops.js';
import { listOf } from './iter.js';
import { keyErrorFor } from './keyerror.js';

/** Whether o's class keeps the builtin base's `name` method (so the builtin rules apply). */
const usesBase = (o: PyObject, base: PyClass, name: string): boolean => o.cls === base || o.cls.lookup(name) === base.ns.getStr(name);

/** An index as a JS number (clamped beyond the safe range), or undefined when not an int. */
export function indexOf(v: Value): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  if (v instanceof PyBoxed && typeof v.value === 'number') return v.value;
  return undefined;
}

function sliceBound(v: Value): number | null {
  if (v === null) return null;
  const i = indexOf(v);
  if (i === undefined) throw typeErr('slice indices must be integers or None or have an __index__ method');
  return i;
}

/** slice.indices(len): [start, stop, step] clamped. */
export function sliceRange(s: PySlice, len: number): [number, number, number] {
  const step = sliceBound(s.step) ?? 1;
  if (step === 0) throw valueErr('slice step cannot be zero');
  return sliceIndices(len, sliceBound(s.start), sliceBound(s.stop), step);
}

export function sliceItems<X>(items: X[], s: PySlice): X[] {
  const [lo, hi, step] = sliceRange(s, items.length);
  if (step === 1) return lo < hi ? items.slice(lo, hi) : [];
  const out: X[] = [];
  if (step > 0) for (let i = lo; i < hi; i += step) out.push(items[i]!);
  else for (let i = lo; i > hi; i += step) out.push(items[i]!);
  return out;
}

function seqIndex(kind: string, k: Value, len: number): number {
  const i = indexOf(k);
  if (i === undefined) throw typeErr(`${kind} indices must be integers or slices, not ${typeOf(k).name}`);
  const j = i < 0 ? i + len : i;
  if (j < 0 || j >= len) throw indexErr(`${kind} index out of range`);
  return j;
}

/** list/tuple[k] by the builtin rules (for subclasses calling the base method). */
export function seqItem(o: PyList | PyTuple, k: Value): Value {
  const kind = o instanceof PyList ? 'list' : 'tuple';
  if (k instanceof PySlice) return o instanceof PyList ? new PyList(sliceItems(o.items, k)) : tuple(sliceItems(o.items, k));
  return o.items[seqIndex(kind, k, o.items.length)]!;
}

/** o[k] for builtin containers, or undefined when o's type is not one of them. */
function getNative(th: Thread, o: Value, k: Value): NativeResult | undefined {
  if (typeof o === 'string') return strItem(o, k);
  if (!(o instanceof PyObject)) return undefined;
  const builtin = o.cls.builtin;
  if (o instanceof PyList && usesBase(o, T.list, '__getitem__')) {
    if (k instanceof PySlice) return new PyList(sliceItems(o.items, k));
    return o.items[seqIndex('list', k, o.items.length)]!;
  }
  if (o instanceof PyTuple && usesBase(o, T.tuple, '__getitem__')) {
    if (k instanceof PySlice) return tuple(sliceItems(o.items, k));
    return o.items[seqIndex('tuple', k, o.items.length)]!;
  }
  if (o instanceof PyDict && usesBase(o, T.dict, '__getitem__')) return dictItem(th, o, k);
  if (!builtin) return undefined;
  if (o instanceof PyRange) {
    const n = Number(rangeLen(o));
    if (k instanceof PySlice) {
      // CPython's compute_slice: the clamped slice indices mapped through the range, unnormalised.
      const [lo, hi, step] = sliceRange(k, n);
      const st = typeof o.step === 'number' ? o.step * step : BigInt(o.step) * BigInt(step);
      return new PyRange(rangeAt(o, lo), rangeAt(o, hi), typeof st === 'number' && Number.isSafeInteger(st) ? st : BigInt(st));
    }
    const i = indexOf(k);
    if (i === undefined) throw typeErr(`range indices must be integers or slices, not ${typeOf(k).name}`);
    return rangeAt(o, seqIndex('range object', k, n));
  }
  if (o instanceof PyBytes) {
    if (k instanceof PySlice) return new PyBytes(Uint8Array.from(sliceItems(Array.from(o.data), k)));
    return o.data[seqIndex('index', k, o.data.length)]!;
  }
  return undefined;
}

function strItem(s: string, k: Value): Value {
  if (k instanceof PySlice) {
    if (!hasSurrogates(s)) return sliceItems(s.split(''), k).join('');
    const step = sliceBound(k.step) ?? 1;
    if (step === 0) throw valueErr('slice step cannot be zero');
    return pySlice(s, sliceBound(k.start), sliceBound(k.stop), step);
  }
  const i = indexOf(k);
  if (i === undefined) throw typeErr(`string indices must be integers, not '${typeOf(k).name}'`);
  return pyIndex(s, i);
}

export function dictItem(th: Thread, d: PyDict, k: Value): NativeResult {
  const v = dictGet(th, d, k);
  if (v === undefined) return missingKey(th, d, k);
  if (v instanceof Coro) {
    return new Coro(
      (function* () {
        const x = yield* v.gen;
        if (x === MISSING) return yield* missingKeyCo(th, d, k);
        return x;
      })(),
    );
  }
  return v;
}

function missingKey(th: Thread, d: PyDict, k: Value): NativeResult {
  if (!d.cls.builtin) {
    const m = d.cls.lookup('__missing__');
    if (m !== undefined) return runOrCoro(callFnCo(th, m, [d, k]));
  }
  throw keyErrorFor(k);
}

function* missingKeyCo(th: Thread, d: PyDict, k: Value): Gen {
  const r = missingKey(th, d, k);
  return r instanceof Coro ? yield* r.gen : r;
}

export function getItem(th: Thread, o: Value, k: Value): NativeResult {
  const n = getNative(th, o, k);
  if (n !== undefined) return n;
  const tp = typeOf(o);
  const fn = tp.lookup('__getitem__');
  if (fn === undefined || fn === null) {
    if (o instanceof PyClass) {
      const cg = o.lookup('__class_getitem__');
      // An implicit classmethod (types/type.ts wraps it at class creation): called with the class.
      if (cg !== undefined) return runOrCoro(callFnCo(th, cg instanceof PyClassMethod ? cg.func : cg, [o, k]));
      throw typeErr(`type '${o.name}' is not subscriptable`);
    }
    throw typeErr(`'${tp.name}' object is not subscriptable`);
  }
  return runOrCoro(callFnCo(th, fn, [o, k]));
}

export function* getItemCo(th: Thread, o: Value, k: Value): Gen {
  const r = getItem(th, o, k);
  return r instanceof Coro ? yield* r.gen : r;
}

/** list[slice] = iterable (and extended slices of matching length). */
function* setListSlice(th: Thread, l: PyList, s: PySlice, v: Value): Gen {
  const [lo, hi, step] = sliceRange(s, l.items.length);
  const tp = typeOf(v);
  if (tp.lookup('__iter__') == null && tp.lookup('__getitem__') == null) {
    throw typeErr(step === 1 ? 'can only assign an iterable' : 'must assign iterable to extended slice');
  }
  // A builtin list other than l is only read here: its items need no copy.
  const items = v === l ? l.items.slice() : v instanceof PyList && v.cls === T.list ? v.items : yield* listOf(th, v);
  const dst = l.items;
  if (step === 1) {
    const end = Math.max(lo, hi);
    if (items.length < 4096) dst.splice(lo, end - lo, ...items);
    else {
      // No spread of a long array (it would overflow the JS stack); the list object stays the same.
      const tail = dst.slice(end);
      dst.length = lo;
      for (let i = 0; i < items.length; i++) dst.push(items[i]!);
      for (let i = 0; i < tail.length; i++) dst.push(tail[i]!);
    }
    return null;
  }
  const n = step > 0 ? (hi > lo ? Math.floor((hi - lo - 1) / step) + 1 : 0) : lo > hi ? Math.floor((lo - hi - 1) / -step) + 1 : 0;
  if (n !== items.length) throw valueErr(`attempt to assign sequence of size ${items.length} to extended slice of size ${n}`);
  for (let j = 0, i = lo; j < n; j++, i += step) dst[i] = items[j]!;
  return null;
}

/** list[k] = v / del list[k] (v undefined), for lists and list subclasses. */
export function listSetItem(th: Thread, o: PyList, k: Value, v: Value | undefined): NativeResult {
  if (k instanceof PySlice) {
    if (v === undefined) {
      const [lo, hi, step] = sliceRange(k, o.items.length);
      if (step === 1) o.items.splice(lo, Math.max(0, hi - lo));
      else {
        const drop = new Set<number>();
        if (step > 0) for (let i = lo; i < hi; i += step) drop.add(i);
        else for (let i = lo; i > hi; i += step) drop.add(i);
        o.items = o.items.filter((_, i) => !drop.has(i));
      }
      return null;
    }
    return runOrCoro(setListSlice(th, o, k, v));
  }
  const i = indexOf(k);
  if (i === undefined) throw typeErr(`list indices must be integers or slices, not ${typeOf(k).name}`);
  const j = i < 0 ? i + o.items.length : i;
  if (j < 0 || j >= o.items.length) throw indexErr(`list assignment index out of range`);
  if (v === undefined) o.items.splice(j, 1);
  else o.items[j] = v;
  return null;
}

/** dict[k] = v / del dict[k] (v undefined), for dicts and dict subclasses. */
export function dictSetDel(th: Thread, o: PyDict, k: Value, v: Value | undefined): NativeResult {
  if (v !== undefined) return dictSetItem(th, o, k, v);
  return runOrCoro(
    (function* () {
      const e = yield* dictRemove(th, o, k);
      if (e === undefined) throw keyErrorFor(k);
      return null;
    })(),
  );
}

/** o[k] = v, or del o[k] when v is undefined. */
export function setItem(th: Thread, o: Value, k: Value, v: Value | undefined): NativeResult {
  if (o instanceof PyObject) {
    if (o instanceof PyList && usesBase(o, T.list, v === undefined ? '__delitem__' : '__setitem__')) {
      return listSetItem(th, o, k, v);
    }
    if (o instanceof PyDict && usesBase(o, T.dict, v === undefined ? '__delitem__' : '__setitem__')) {
      return dictSetDel(th, o, k, v);
    }
  }
  const tp = typeOf(o);
  const fn = tp.lookup(v === undefined ? '__delitem__' : '__setitem__');
  if (fn === undefined || fn === null) {
    // CPython: PySequence_DelItem's wording for an index into a type with sequence slots
    // (builtin containers, every class defined in Python), PyObject_DelItem's otherwise.
    const seqSlots = !tp.builtin || tp.lookup('__len__') != null || tp.lookup('__contains__') != null;
    if (v === undefined && seqSlots && indexOf(k) !== undefined) throw typeErr(`'${tp.name}' object doesn't support item deletion`);
    throw typeErr(`'${tp.name}' object does not support item ${v === undefined ? 'deletion' : 'assignment'}`);
  }
  return runOrCoro(callFnCo(th, fn, v === undefined ? [o, k] : [o, k, v]));
}

export function delItem(th: Thread, o: Value, k: Value): NativeResult {
  return setItem(th, o, k, undefined);
}

export { keyErr, exc, E };
