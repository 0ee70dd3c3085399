/**
 * Sorting for list.sort and sorted(): stable, keys computed once, ordered by `<`
 * only. Builtin keys sort natively (V8's sort is a stable TimSort); keys with a
 * Python `__lt__` sort by a merge sort that asks the VM for each comparison.
 */
import { type Gen, callReq } from '../objects/coro.js';
import { PyFunction } from '../objects/function.js';
import { PyFloat } from '../objects/object.js';
import type { Value } from '../objects/object.js';
import { Cmp } from '../runtime/operators.js';
import type { Thread } from '../objects/thread.js';
import { eqNative, orderNative, richCompare, strCmp } from '../runtime/compare.js';
import { PyTuple } from '../objects/tuple.js';
import { T } from '../objects/types.js';
import { truthCo } from '../runtime/truth.js';
import { callCo } from '../runtime/dunder.js';

const NEEDS_PYTHON = Symbol('needs-python');

/** a < b without Python code, or throws NEEDS_PYTHON. */
function ltNative(a: Value, b: Value): boolean {
  const r = orderNative(a, b, Cmp.LT);
  if (r === undefined) throw NEEDS_PYTHON;
  return r;
}

function* lt(th: Thread, a: Value, b: Value): Gen<boolean> {
  const r = orderNative(a, b, Cmp.LT);
  if (r !== undefined) return r;
  return yield* truthCo(th, yield* richCompare(th, a, b, Cmp.LT));
}

/**
 * lt(a, b) ? -1 : lt(b, a) ? 1 : 0 without Python code, in one pass for the common keys
 * (ints, strs, builtin tuples of them), or throws NEEDS_PYTHON.
 */
function cmpNative(a: Value, b: Value): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'string' && typeof b === 'string') return strCmp(a, b);
  if (a instanceof PyTuple && b instanceof PyTuple && a.cls === T.tuple && b.cls === T.tuple) {
    // Tuples order by their first unequal items, else by length.
    const x = a.items;
    const y = b.items;
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
      const p = x[i]!;
      const q = y[i]!;
      if (p === q) continue;
      const e = eqNative(p, q);
      if (e === undefined) throw NEEDS_PYTHON;
      if (!e) return cmpNative(p, q);
    }
    return x.length < y.length ? -1 : x.length > y.length ? 1 : 0;
  }
  return ltNative(a, b) ? -1 : ltNative(b, a) ? 1 : 0;
}

/** Sorts `items` (a new array) by `key`, stably; `reverse` keeps stability as CPython does. */
export function* sortItems(th: Thread, items: Value[], key: Value, reverse: boolean): Gen<Value[]> {
  const keys = key === null ? items : yield* keysOf(th, items, key);
  const n = items.length;
  const idx = new Array<number>(n);
  for (let i = 0; i < n; i++) idx[i] = reverse ? n - 1 - i : i;
  let sorted: number[];
  try {
    sorted = sortNative(idx, keys);
  } catch (e) {
    if (e !== NEEDS_PYTHON) throw e;
    sorted = n < MIN_MERGE ? yield* runSort(th, idx, keys) : yield* mergeSort(th, idx, keys);
  }
  if (reverse) sorted.reverse();
  const out = new Array<Value>(n);
  for (let i = 0; i < n; i++) out[i] = items[sorted[i]!]!;
  return out;
}

/**
 * key(item) for every item. A Python key function is asked of the VM directly (one
 * request per item, no coroutine of its own: a sort with `key=lambda …` makes one
 * call per item, and the wrappers were most of its cost).
 */
function* keysOf(th: Thread, items: Value[], key: Value): Gen<Value[]> {
  const keys = new Array<Value>(items.length);
  if (key instanceof PyFunction) {
    for (let i = 0; i < items.length; i++) keys[i] = yield callReq(key, [items[i]!]);
  } else {
    for (let i = 0; i < items.length; i++) keys[i] = yield* callCo(th, key, [items[i]!]);
  }
  return keys;
}

/** How every key of a sort compares without Python code: all ints, all ints and floats (no NaN), all strs; or any builtin mix. */
const enum Kind {
  Int,
  Num,
  Str,
  Mixed,
}

function kindOf(keys: readonly Value[]): Kind {
  if (typeof keys[0] === 'string') {
    // Strings with surrogates order by code point, which JS's `<` does not.
    for (const k of keys) if (typeof k !== 'string' || SURROGATE.test(k)) return Kind.Mixed;
    return Kind.Str;
  }
  let kind = Kind.Int;
  for (const k of keys) {
    if (typeof k === 'number') continue;
    if (!(k instanceof PyFloat) || k.v !== k.v) return Kind.Mixed;
    kind = Kind.Num;
  }
  return kind;
}
const SURROGATE = /[\ud800-\udfff]/;

/**
 * `idx` (positions into `keys`) in stable ascending order of their keys, compared
 * natively, or throws NEEDS_PYTHON. A run of ints sorts as one typed array of
 * (key, position) pairs packed into doubles, with no comparator at all; ints and
 * floats, and strs, with a comparator of their own; any other keys with cmpNative.
 */
function sortNative(idx: number[], keys: readonly Value[]): number[] {
  const n = idx.length;
  switch (n === 0 ? Kind.Mixed : kindOf(keys)) {
    case Kind.Int: {
      let min = keys[0] as number;
      let max = min;
      for (const k of keys as number[]) {
        if (k < min) min = k;
        else if (k > max) max = k;
      }
      if ((max - min + 1) * n <= Number.MAX_SAFE_INTEGER) return sortPacked(idx, keys as number[], min);
      const v = Float64Array.from(keys as number[]);
      return idx.sort((i, j) => v[i]! - v[j]!);
    }
    case Kind.Num: {
      const v = Float64Array.from(keys, (k) => (typeof k === 'number' ? k : (k as PyFloat).v));
      return idx.sort((i, j) => (v[i]! < v[j]! ? -1 : v[i]! > v[j]! ? 1 : 0));
    }
    case Kind.Str: {
      const s = keys as string[];
      return idx.sort((i, j) => (s[i]! < s[j]! ? -1 : s[i]! > s[j]! ? 1 : 0));
    }
    case Kind.Mixed:
      // A copy: when a key needs Python code, the merge sort starts again from `idx`.
      return idx.slice().sort((i, j) => cmpNative(keys[i]!, keys[j]!));
  }
}

/**
 * Ints whose range times the count fits in a double's 53 bits: each position p of
 * `idx` becomes (key − min)·n + p, and one native numeric sort of those orders by key,
 * then by position — a stable sort.
 */
function sortPacked(idx: number[], keys: readonly number[], min: number): number[] {
  const n = idx.length;
  const packed = new Float64Array(n);
  for (let p = 0; p < n; p++) packed[p] = (keys[idx[p]!]! - min) * n + p;
  packed.sort();
  const out = new Array<number>(n);
  for (let q = 0; q < n; q++) {
    const v = packed[q]!;
    out[q] = idx[v - Math.floor(v / n) * n]!;
  }
  return out;
}

/** CPython's listobject.c MIN_MERGE: a shorter list is one run, sorted by binary insertion. */
const MIN_MERGE = 64;

/**
 * CPython's sort of a list shorter than MIN_MERGE, comparison for comparison (a
 * Python `__lt__` sees the same calls, and a failing comparison the same operands):
 * count_run finds the leading run (reversed if strictly descending), then binarysort
 * inserts the rest.
 */
function* runSort(th: Thread, idx: number[], keys: Value[]): Gen<number[]> {
  const a = idx.slice();
  const n = a.length;
  if (n < 2) return a;
  const less = (i: number, j: number): Gen<boolean> => lt(th, keys[i]!, keys[j]!);
  let run = 2;
  if (yield* less(a[1]!, a[0]!)) {
    while (run < n && (yield* less(a[run]!, a[run - 1]!))) run++;
    a.splice(0, run, ...a.slice(0, run).reverse());
  } else {
    while (run < n && !(yield* less(a[run]!, a[run - 1]!))) run++;
  }
  for (let start = run; start < n; start++) {
    const pivot = a[start]!;
    let l = 0;
    let r = start;
    do {
      const p = l + ((r - l) >> 1);
      if (yield* less(pivot, a[p]!)) r = p;
      else l = p + 1;
    } while (l < r);
    a.splice(start, 1);
    a.splice(l, 0, pivot);
  }
  return a;
}

function* mergeSort(th: Thread, idx: number[], keys: Value[]): Gen<number[]> {
  if (idx.length <= 1) return idx;
  const mid = idx.length >> 1;
  const left = yield* mergeSort(th, idx.slice(0, mid), keys);
  const right = yield* mergeSort(th, idx.slice(mid), keys);
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if (yield* lt(th, keys[right[j]!]!, keys[left[i]!]!)) out.push(right[j++]!);
    else out.push(left[i++]!);
  }
  while (i < left.length) out.push(left[i++]!);
  while (j < right.length) out.push(right[j++]!);
  return out;
}
