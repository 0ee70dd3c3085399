/**
 * Sorting for list.sort and sorted(): stable, keys computed once, ordered by `<`
 * only. Builtin keys sort natively (V8's sort is a stable TimSort); keys with a
 * Python `__lt__` sort by a merge sort that asks the VM for each comparison.
 */
import { type Gen } from '../objects/coro.js';
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
  let keys: Value[];
  if (key === null) keys = items;
  else {
    keys = new Array<Value>(items.length);
    for (let i = 0; i < items.length; i++) keys[i] = yield* callCo(th, key, [items[i]!]);
  }
  const idx = new Array<number>(items.length);
  for (let i = 0; i < idx.length; i++) idx[i] = reverse ? idx.length - 1 - i : i;
  let sorted: number[];
  try {
    sorted = idx.slice().sort((i, j) => cmpNative(keys[i]!, keys[j]!));
  } catch (e) {
    if (e !== NEEDS_PYTHON) throw e;
    sorted = idx.length < MIN_MERGE ? yield* runSort(th, idx, keys) : yield* mergeSort(th, idx, keys);
  }
  if (reverse) sorted.reverse();
  const out = new Array<Value>(sorted.length);
  for (let i = 0; i < out.length; i++) out[i] = items[sorted[i]!]!;
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
