/**
 * The iteration protocol: iter() and next() for the builtin iterators (explicit
 * positions, so fork can clone them), generators (resumed by the VM) and user
 * classes (`__iter__`/`__next__`, StopIteration). DONE marks exhaustion inside the
 * runtime; only user code sees StopIteration.
 */
import { GROWTH_MASK, listGrew } from '../objects/memory.js';
import { Coro, type Gen, type NativeResult, type Req, type Resumed } from '../objects/coro.js';
import { PyDict } from '../objects/dict.js';
import { E, PyBaseException, exc, runtimeErr, typeErr } from '../objects/exceptions.js';
import { PyBytes } from '../objects/bytes.js';
import {
  CallableIter,
  DictIter,
  DictView,
  EnumerateIter,
  FilterIter,
  MapIter,
  RangeIter,
  SeqIter,
  SetIter,
  StrIter,
  ZipIter,
} from '../objects/iterators.js';
import { PyObject, type Value } from '../objects/object.js';
import { PyRange } from '../objects/range.js';
import { PySet } from '../objects/set.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { typeOf } from '../objects/types.js';
import { PyBoxed } from '../objects/boxed.js';
import * as N from '../lib/numbers.js';
import { PyGenerator } from '../objects/frame.js';
import type { Thread } from '../objects/thread.js';
import { callCo, callFnCo, runOrCoro } from './dunder.js';
import { eqBool } from './compare.js';
import { truthCo } from './truth.js';
import { rangeLen } from './rangeops.js';
import { PyDeque } from '../objects/deque.js';

/** Exhaustion, inside the runtime. */
export const DONE = Symbol('done') as unknown as Value;

/** The iterator of a builtin iterable, or undefined. */
function builtinIter(v: Value): Value | undefined {
  if (typeof v === 'string') return new StrIter(v);
  if (!(v instanceof PyObject)) return undefined;
  if (!v.cls.builtin && v.cls.lookup('__iter__') !== v.cls.solid.lookup('__iter__')) return undefined;
  if (v instanceof PyList) return new SeqIter(v, 0, false, 'list_iterator');
  if (v instanceof PyTuple) return new SeqIter(v, 0, false, 'tuple_iterator');
  if (v instanceof PyDict) return new DictIter(v, [...v.entries()], 0);
  if (v instanceof DictView) return new DictIter(v.d, [...v.d.entries()], v.kind);
  if (v instanceof PySet) return new SetIter(v, v.items());
  if (v instanceof PyRange) return rangeIter(v);
  if (v instanceof PyBytes) return new SeqIter(v, 0, false, 'bytes_iterator');
  if (v instanceof PyBoxed && typeof v.value === 'string') return new StrIter(v.value);
  if (isIterator(v)) return v;
  return undefined;
}

const ITERATOR_CLASSES = new Set(['list_iterator', 'list_reverseiterator', 'tuple_iterator', 'bytes_iterator', 'str_iterator', 'str_ascii_iterator', 'range_iterator', 'dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator', 'set_iterator', 'deque_iterator', 'enumerate', 'zip', 'map', 'filter', 'reversed', 'callable_iterator', 'generator']);

const isIterator = (v: PyObject): boolean => v.cls.builtin && ITERATOR_CLASSES.has(v.cls.name);

export function rangeIter(r: PyRange): RangeIter {
  const n = rangeLen(r);
  if (typeof n === 'number' && typeof r.start === 'number' && typeof r.step === 'number' && Number.isSafeInteger(r.start + r.step * n)) {
    return new RangeIter(r.start, r.step, n);
  }
  return new RangeIter(N.intAdd(r.start, 0), r.step, n);
}

export function notIterable(v: Value): PyBaseException {
  return typeErr(`'${typeOf(v).name}' object is not iterable`);
}

/** iter(v). */
export function getIter(th: Thread, v: Value): NativeResult {
  const b = builtinIter(v);
  if (b !== undefined) return b;
  return runOrCoro(getIterCo(th, v));
}

export function* getIterCo(th: Thread, v: Value): Gen {
  const b = builtinIter(v);
  if (b !== undefined) return b;
  const t = typeOf(v);
  const fn = t.lookup('__iter__');
  if (fn === undefined || fn === null) {
    if (t.lookup('__getitem__') !== undefined) return new SeqIter(v as PyObject, 0, false, 'iterator');
    throw notIterable(v);
  }
  const it = yield* callFnCo(th, fn, [v]);
  if (typeOf(it).lookup('__next__') === undefined && !(it instanceof PyObject && builtinIter(it) === it)) {
    throw typeErr(`iter() returned non-iterator of type '${typeOf(it).name}'`);
  }
  return it;
}

/**
 * Whether nextNative always answers for `it` (never undefined): zip can then take one
 * item from each of its iterators without a coroutine, knowing none will need one.
 */
function alwaysNative(it: Value): boolean {
  if (it instanceof SeqIter) {
    const seq = it.seq;
    return seq instanceof PyList || seq instanceof PyTuple || seq instanceof PyDeque || seq instanceof PyBytes;
  }
  return it instanceof StrIter || it instanceof RangeIter || it instanceof DictIter || it instanceof SetIter;
}

/** next(it) for the builtin iterators that need no Python code; undefined otherwise. */
export function nextNative(it: Value): Value | undefined {
  if (it instanceof SeqIter) {
    const seq = it.seq;
    if (seq instanceof PyList || seq instanceof PyTuple || seq instanceof PyDeque) {
      const items = seq.items;
      if (it.reverse) {
        if (it.i >= 0 && it.i < items.length) return items[it.i--]!;
        it.i = -1;
        return DONE;
      }
      if (it.i < items.length) return items[it.i++]!;
      it.i = Number.MAX_SAFE_INTEGER;
      return DONE;
    }
    if (seq instanceof PyBytes) return it.i < seq.data.length ? seq.data[it.i++]! : DONE;
    return undefined;
  }
  if (it instanceof StrIter) {
    if (it.i >= it.s.length) return DONE;
    const c = it.s.charCodeAt(it.i);
    if (c >= 0xd800 && c < 0xdc00 && it.i + 1 < it.s.length) {
      const ch = it.s.slice(it.i, it.i + 2);
      it.i += 2;
      return ch;
    }
    return it.s[it.i++]!;
  }
  if (it instanceof RangeIter) {
    if (it.left === 0 || it.left === 0n) return DONE;
    const v = it.next;
    it.next = N.intAdd(it.next, it.step);
    it.left = N.intSub(it.left, 1);
    return v;
  }
  if (it instanceof DictIter) {
    if (it.d.size !== it.size) {
      it.i = it.entries.length;
      throw runtimeErr('dictionary changed size during iteration');
    }
    while (it.i < it.entries.length) {
      const e = it.entries[it.i++]!;
      if (e.value === undefined) continue;
      return it.kind === 0 ? e.key : it.kind === 1 ? e.value : new PyTuple([e.key, e.value]);
    }
    return DONE;
  }
  if (it instanceof SetIter) {
    if (it.s.used !== it.used) throw runtimeErr('Set changed size during iteration');
    return it.i < it.items.length ? it.items[it.i++]! : DONE;
  }
  if (it instanceof EnumerateIter) {
    // Undefined only before anything was taken from the inner iterator (nextOf then does it).
    const v = nextNative(it.it);
    if (v === undefined || v === DONE) return v;
    const i = it.count;
    it.count = N.intAdd(i, 1);
    return new PyTuple([i, v]);
  }
  if (it instanceof ZipIter && !it.strict) {
    const its = it.its;
    for (let k = 0; k < its.length; k++) if (!alwaysNative(its[k]!)) return undefined;
    if (its.length === 0) return DONE;
    const out = new Array<Value>(its.length);
    for (let k = 0; k < its.length; k++) {
      const v = nextNative(its[k]!)!;
      if (v === DONE) return DONE;
      out[k] = v;
    }
    return new PyTuple(out);
  }
  return undefined;
}

/** next(it): a value, DONE, or a coroutine producing one of them. */
export function iterNext(th: Thread, it: Value): Value | Coro {
  const n = nextNative(it);
  if (n !== undefined) return n;
  return runOrCoro(nextOf(th, it));
}

/**
 * For a builtin's loop over an iterator (sum, list, unpacking): the request that
 * resumes `it` when it is a generator that has not finished, else null. The loop
 * yields it itself and reads the answer with `resumedItem` — what `yield* nextOf`
 * does, without making a coroutine and delegating to it for every item.
 */
export function resumeOf(it: Value, sink?: (v: Value) => boolean): Req | null {
  return it instanceof PyGenerator && !it.finished ? { k: 'resume', gen: it, value: null, exc: null, sink } : null;
}

/** The item a generator resumed by `resumeOf`'s request gave, or DONE. */
export const resumedItem = (r: unknown): Value => ((r as Resumed).done ? DONE : (r as Resumed).value);

/** next(it) inside a generator. */
export function* nextOf(th: Thread, it: Value): Gen<Value> {
  const n = nextNative(it);
  if (n !== undefined) return n;
  if (it instanceof PyGenerator) {
    if (it.finished) return DONE;
    const r = (yield { k: 'resume', gen: it, value: null, exc: null }) as Resumed;
    return r.done ? DONE : r.value;
  }
  if (it instanceof EnumerateIter) {
    const v = yield* nextOf(th, it.it);
    if (v === DONE) return DONE;
    const i = it.count;
    it.count = N.intAdd(i, 1);
    return new PyTuple([i, v]);
  }
  if (it instanceof ZipIter) {
    if (it.its.length === 0) return DONE;
    const out: Value[] = [];
    for (let k = 0; k < it.its.length; k++) {
      const v = yield* nextOf(th, it.its[k]!);
      if (v === DONE) {
        if (it.strict) yield* zipStrictCheck(th, it, k);
        return DONE;
      }
      out.push(v);
    }
    return new PyTuple(out);
  }
  if (it instanceof MapIter) {
    const args: Value[] = [];
    for (const sub of it.its) {
      const v = yield* nextOf(th, sub);
      if (v === DONE) return DONE;
      args.push(v);
    }
    return yield* callCo(th, it.fn, args);
  }
  if (it instanceof FilterIter) {
    for (;;) {
      const v = yield* nextOf(th, it.it);
      if (v === DONE) return DONE;
      const keep = it.fn === null ? v : yield* callCo(th, it.fn, [v]);
      if (yield* truthCo(th, keep)) return v;
    }
  }
  if (it instanceof CallableIter) {
    if (it.done) return DONE;
    const v = yield* callCo(th, it.fn, []);
    if (yield* eqBool(th, v, it.sentinel)) {
      it.done = true;
      return DONE;
    }
    return v;
  }
  if (it instanceof SeqIter) {
    // The old sequence protocol: __getitem__(0), (1), ... until IndexError.
    const fn = typeOf(it.seq).lookup('__getitem__')!;
    try {
      return yield* callFnCo(th, fn, [it.seq, it.i++]);
    } catch (e) {
      if (e instanceof PyBaseException && (e.cls === E.IndexError || e.cls.isSubclassOf(E.StopIteration!))) return DONE;
      throw e;
    }
  }
  const fn = typeOf(it).lookup('__next__');
  if (fn === undefined || fn === null) throw typeErr(`'${typeOf(it).name}' object is not an iterator`);
  try {
    return yield* callFnCo(th, fn, [it]);
  } catch (e) {
    if (e instanceof PyBaseException && (e.cls === E.StopIteration || e.cls.isSubclassOf(E.StopIteration!))) return DONE;
    throw e;
  }
}

function* zipStrictCheck(th: Thread, z: ZipIter, k: number): Gen<void> {
  const which = (n: number): string => (n === 1 ? ' 1' : `s 1-${n}`);
  if (k > 0) throw exc(E.ValueError!, `zip() argument ${k + 1} is shorter than argument${which(k)}`);
  for (let j = 1; j < z.its.length; j++) {
    const v = yield* nextOf(th, z.its[j]!);
    if (v !== DONE) throw exc(E.ValueError!, `zip() argument ${j + 1} is longer than argument${which(j)}`);
  }
}

/** The items of a builtin iterable without running Python code, or undefined. */
export function itemsNative(v: Value): Value[] | undefined {
  if (v instanceof PyList || v instanceof PyTuple) {
    if (v.cls.builtin) return v.items.slice();
  }
  if (typeof v === 'string') return Array.from(v);
  if (!(v instanceof PyObject) || !v.cls.builtin) return undefined;
  if (v instanceof PyDict) return v.keys();
  if (v instanceof PySet) return v.items();
  if (v instanceof PyRange) {
    const n = rangeLen(v);
    if (typeof n === 'bigint' || n > 1e8) return undefined;
    const out: Value[] = [];
    let x = v.start;
    for (let i = 0; i < n; i++) {
      out.push(x);
      x = N.intAdd(x, v.step);
    }
    return out;
  }
  if (v instanceof DictView) return v.kind === 0 ? v.d.keys() : v.kind === 1 ? v.d.values() : [...v.d.entries()].map((e) => new PyTuple([e.key, e.value!]));
  if (v instanceof PyBytes) return Array.from(v.data);
  return undefined;
}

/** All items of an iterable. */
export function* listOf(th: Thread, v: Value): Gen<Value[]> {
  const fast = itemsNative(v);
  if (fast !== undefined) return fast;
  const it = yield* getIterCo(th, v);
  const out: Value[] = [];
  // Items of a generator go straight into `out`, but for a check of its growth (which may raise).
  const sink = (x: Value): boolean => ((out.length + 1) & GROWTH_MASK) !== 0 && out.push(x) > 0;
  for (;;) {
    let x = nextNative(it);
    if (x === undefined) {
      const req = resumeOf(it, sink);
      x = req !== null ? resumedItem(yield req) : yield* nextOf(th, it);
    }
    if (x === DONE) return out;
    if (((out.length + 1) & GROWTH_MASK) === 0) listGrew(out, out.length + 1);
    out.push(x);
  }
}
