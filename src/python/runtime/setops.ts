/**
 * Set algebra with CPython's algorithms (they decide the result's table layout,
 * hence its printing order): union copies then merges, intersection walks the
 * smaller set, difference copies or filters by size, symmetric difference starts
 * from the other operand.
 */
import { BinOp } from './operators.js';
import { type Gen, type NativeResult } from '../objects/coro.js';
import type { Value } from '../objects/object.js';
import { PySet } from '../objects/set.js';
import { T } from '../objects/types.js';
import type { Thread } from '../objects/thread.js';
import { runOrCoro } from './dunder.js';
import { NEEDS_PYTHON, addEntry, addEntryNative, lookkey, lookkeyNative, setDiscardCo, setMerge } from './settable.js';
import { listOf } from './iter.js';
import { hashCo, hashNative } from './hashing.js';
import type { PyInt } from '../lib/pyint.js';

/** A new empty set of `s`'s base type (set or frozenset). */
export const emptyLike = (s: PySet): PySet => new PySet(s.cls.isSubclassOf(T.frozenset) ? T.frozenset : T.set);

export function* copySet(th: Thread, s: PySet): Gen<PySet> {
  const r = emptyLike(s);
  yield* setMerge(th, r, s);
  return r;
}

// The loops below probe natively first and run the coroutine (from the start: the native
// probe changed nothing) only for keys whose comparison needs Python `__eq__`.

export function* intersection(th: Thread, a: PySet, other: Value): Gen<PySet> {
  const result = emptyLike(a);
  if (other instanceof PySet) {
    let so = a;
    let ot = other;
    if (ot.used > so.used) [so, ot] = [ot, so];
    for (const [k, h] of ot.pairs()) {
      const idx = lookkeyNative(so, k, h);
      if ((idx === NEEDS_PYTHON ? yield* lookkey(th, so, k, h) : idx) >= 0 && addEntryNative(result, k, h) === NEEDS_PYTHON) yield* addEntry(th, result, k, h);
    }
    return result;
  }
  for (const k of yield* listOf(th, other)) {
    const h = hashNative(k) ?? (yield* hashCo(th, k));
    const idx = lookkeyNative(a, k, h);
    if ((idx === NEEDS_PYTHON ? yield* lookkey(th, a, k, h) : idx) >= 0 && addEntryNative(result, k, h) === NEEDS_PYTHON) yield* addEntry(th, result, k, h);
  }
  return result;
}

export function* difference(th: Thread, a: PySet, other: Value): Gen<PySet> {
  if (other instanceof PySet && a.used >> 2 <= other.used) {
    const result = emptyLike(a);
    for (const [k, h] of a.pairs()) {
      const idx = lookkeyNative(other, k, h);
      if ((idx === NEEDS_PYTHON ? yield* lookkey(th, other, k, h) : idx) < 0 && addEntryNative(result, k, h) === NEEDS_PYTHON) yield* addEntry(th, result, k, h);
    }
    return result;
  }
  const result = yield* copySet(th, a);
  yield* differenceUpdate(th, result, other);
  return result;
}

export function* differenceUpdate(th: Thread, s: PySet, other: Value): Gen<void> {
  const items = other instanceof PySet ? other.items() : yield* listOf(th, other);
  for (const k of items) yield* setDiscardCo(th, s, k);
}

export function* symmetricDifferenceUpdate(th: Thread, s: PySet, other: Value): Gen<void> {
  const pairs: [Value, PyInt][] = [];
  if (other instanceof PySet) pairs.push(...other.pairs());
  else for (const k of yield* listOf(th, other)) pairs.push([k, hashNative(k) ?? (yield* hashCo(th, k))]);
  for (const [k, h] of pairs) {
    const idx = yield* lookkey(th, s, k, h);
    if (idx >= 0) yield* setDiscardCo(th, s, k);
    else yield* addEntry(th, s, k, h);
  }
}

export function* symmetricDifference(th: Thread, a: PySet, other: Value): Gen<PySet> {
  const result = emptyLike(a);
  if (other instanceof PySet) yield* setMerge(th, result, other);
  else for (const k of yield* listOf(th, other)) yield* addEntry(th, result, k, hashNative(k) ?? (yield* hashCo(th, k)));
  yield* symmetricDifferenceUpdate(th, result, a);
  return result;
}

/** Replaces s's table with t's (set_swap_bodies, for in-place intersection). */
export function takeBody(s: PySet, t: PySet): void {
  s.keys = t.keys;
  s.hashes = t.hashes;
  s.mask = t.mask;
  s.fill = t.fill;
  s.used = t.used;
  s.frozenHash = null;
}

/** `a op b` for two sets (| & - ^), in place when asked. */
export function setAlgebra(th: Thread, a: PySet, b: PySet, op: number, inplace: boolean): NativeResult | undefined {
  const gen = (function* (): Gen {
    switch (op) {
      case BinOp.OR:
        if (inplace) {
          yield* setMerge(th, a, b);
          return a;
        }
        {
          const r = yield* copySet(th, a);
          yield* setMerge(th, r, b);
          return r;
        }
      case BinOp.AND: {
        const r = yield* intersection(th, a, b);
        if (!inplace) return r;
        takeBody(a, r);
        return a;
      }
      case BinOp.SUB:
        if (inplace) {
          yield* differenceUpdate(th, a, b);
          return a;
        }
        return yield* difference(th, a, b);
      case BinOp.XOR:
        if (inplace) {
          yield* symmetricDifferenceUpdate(th, a, b);
          return a;
        }
        return yield* symmetricDifference(th, a, b);
      default:
        return undefined as unknown as Value;
    }
  })();
  if (op !== BinOp.OR && op !== BinOp.AND && op !== BinOp.SUB && op !== BinOp.XOR) return undefined;
  return runOrCoro(gen);
}
