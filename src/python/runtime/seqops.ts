/**
 * Operators on builtin containers: concatenation and repetition of str, list,
 * tuple and bytes; `str % args`; set algebra; dict union. In-place forms mutate.
 */
import { BinOp, INPLACE } from './operators.js';
import { Coro, type Gen, type NativeResult } from '../objects/coro.js';
import { PyDict } from '../objects/dict.js';
import { E, exc } from '../objects/exceptions.js';
import { bytesSize, grow, listSize, need, slotsSize, strSize } from '../objects/memory.js';
import { PyBytes } from '../objects/bytes.js';
import type { Value } from '../objects/object.js';
import { PySet } from '../objects/set.js';
import { PyList, PyTuple, tuple } from '../objects/tuple.js';
import { T } from '../objects/types.js';
import type { Thread } from '../objects/thread.js';
import { listExtend, dictUpdate } from './collections.js';
import { percent } from './format.js';
import { setAlgebra } from './setops.js';

function count(n: Value): number | undefined {
  if (typeof n === 'boolean') return n ? 1 : 0;
  if (typeof n === 'number') return n < 0 ? 0 : n;
  if (typeof n === 'bigint') {
    if (n <= 0n) return 0;
    throw exc(E.OverflowError!, "cannot fit 'int' into an index-sized integer");
  }
  return undefined;
}

function repeat<T>(items: T[], n: number): T[] {
  // The items repeated are the sequence's own: the new list holds n references to each.
  if (n > 0) grow(slotsSize(items.length * n));
  if (n <= 0 || items.length === 0) return [];
  if (items.length === 1) return new Array<T>(n).fill(items[0]!);
  const m = items.length;
  const out = new Array<T>(m * n);
  for (let i = 0, k = 0; i < n; i++) for (let j = 0; j < m; j++) out[k++] = items[j]!;
  return out;
}

/** The operator on builtin containers, or undefined when it does not apply. */
export function seqBinary(th: Thread, a: Value, b: Value, op: number): NativeResult | undefined {
  const o = op & 15;
  const inplace = (op & INPLACE) !== 0;
  if (typeof a === 'string') {
    if (o === BinOp.ADD && typeof b === 'string') {
      need(strSize(a.length + b.length));
      return a + b;
    }
    if (o === BinOp.MUL) {
      const n = count(b);
      if (n !== undefined) {
        if (n > 0) grow(strSize(a.length * n));
        return a.repeat(n);
      }
    }
    if (o === BinOp.MOD) return percent(th, a, b);
    return undefined;
  }
  if (o === BinOp.MUL && typeof b === 'string') {
    const n = count(a);
    if (n === undefined) return undefined;
    if (n > 0) grow(strSize(b.length * n));
    return b.repeat(n);
  }
  if (a instanceof PyList) {
    if (o === BinOp.ADD) {
      if (inplace) {
        const r = listExtend(th, a, b);
        return r instanceof Coro ? new Coro(then(r, a)) : a;
      }
      if (b instanceof PyList) {
        grow(listSize(a.items.length + b.items.length));
        return new PyList(a.items.concat(b.items));
      }
      return undefined;
    }
    if (o === BinOp.MUL) {
      const n = count(b);
      if (n === undefined) return undefined;
      if (inplace) {
        a.items = repeat(a.items, n);
        return a;
      }
      return new PyList(repeat(a.items, n));
    }
    return undefined;
  }
  if (o === BinOp.MUL && b instanceof PyList) {
    const n = count(a);
    return n === undefined ? undefined : new PyList(repeat(b.items, n));
  }
  if (a instanceof PyTuple) {
    if (o === BinOp.ADD && b instanceof PyTuple) {
      grow(listSize(a.items.length + b.items.length));
      return tuple(a.items.concat(b.items));
    }
    if (o === BinOp.MUL) {
      const n = count(b);
      return n === undefined ? undefined : tuple(repeat(a.items, n));
    }
    return undefined;
  }
  if (o === BinOp.MUL && b instanceof PyTuple) {
    const n = count(a);
    return n === undefined ? undefined : tuple(repeat(b.items, n));
  }
  if (a instanceof PyBytes) {
    if (o === BinOp.ADD && b instanceof PyBytes) {
      grow(bytesSize(a.data.length + b.data.length));
      const out = new Uint8Array(a.data.length + b.data.length);
      out.set(a.data);
      out.set(b.data, a.data.length);
      return new PyBytes(out);
    }
    if (o === BinOp.MUL) {
      const n = count(b);
      if (n === undefined) return undefined;
      grow(bytesSize(a.data.length * n));
      const out = new Uint8Array(a.data.length * n);
      for (let i = 0; i < n; i++) out.set(a.data, i * a.data.length);
      return new PyBytes(out);
    }
    return undefined;
  }
  if (a instanceof PySet && b instanceof PySet) return setAlgebra(th, a, b, o, inplace);
  if (a instanceof PyDict && b instanceof PyDict && o === BinOp.OR) {
    const target = inplace ? a : a.copy(a.cls === T.dict ? T.dict : a.cls);
    const r = dictUpdate(th, target, b);
    return r instanceof Coro ? new Coro(then(r, target)) : target;
  }
  if (a instanceof PyDict && o === BinOp.OR && inplace) {
    const r = dictUpdate(th, a, b);
    return r instanceof Coro ? new Coro(then(r, a)) : a;
  }
  return undefined;
}

function* then(c: Coro, v: Value): Gen {
  yield* c.gen;
  return v;
}
