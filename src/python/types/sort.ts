/**
 * Sorting for list.sort and sorted(): stable, keys computed once, ordered by `<`
 * only. Builtin keys sort natively (V8's sort is a stable TimSort); keys with a
 * Python `__lt__` sort by a merge sort that asks the VM for each comparison.
 */
import { type Gen } from '../objects/coro.js';
import type { Value } from '../objects/object.js';
import { Cmp } from '../runtime/operators.js';
import type { Thread } from '../objects/thread.js';
import { orderNative, richCompare } from '../runtime/compare.js';
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

/** Sorts `items` (a new array) by `key`, stably; `reverse` keeps stability as CPython does. */
export function* sortItems(th: Thread, items: Value[], key: Value, reverse: boolean): Gen<Value[]> {
  const keys: Value[] = [];
  if (key === null) keys.push(...items);
  else for (const x of items) keys.push(yield* callCo(th, key, [x]));
  const idx = items.map((_, i) => i);
  if (reverse) idx.reverse();
  let sorted: number[];
  try {
    sorted = idx.slice().sort((i, j) => (ltNative(keys[i]!, keys[j]!) ? -1 : ltNative(keys[j]!, keys[i]!) ? 1 : 0));
  } catch (e) {
    if (e !== NEEDS_PYTHON) throw e;
    sorted = yield* mergeSort(th, idx, keys);
  }
  if (reverse) sorted.reverse();
  return sorted.map((i) => items[i]!);
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
