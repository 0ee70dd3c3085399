/**
 * Collections built by displays and comprehensions (sets, dicts, `*`/`**`
 * unpacking into them) and unpacking assignments. Adding a key may run Python
 * `__hash__`/`__eq__`, so each of these may continue as a coroutine.
 */
import { Coro, type Gen } from '../../objects/coro.js';
import { PyDict, SLOW } from '../../objects/dict.js';
import { E, type PyBaseException, exc as mkExc, typeErr } from '../../objects/exceptions.js';
import type { Frame } from '../../objects/frame.js';
import type { Value } from '../../objects/object.js';
import { PySet } from '../../objects/set.js';
import { PyList, PyTuple } from '../../objects/tuple.js';
import { T, typeOf } from '../../objects/types.js';
import type { Thread } from '../../objects/thread.js';
import { DONE, getIter, nextNative, nextOf, resumeOf, resumedItem } from '../../runtime/iter.js';
import { dictMerge, dictSetItem, dictUpdate, listExtend, setUpdate } from '../../runtime/collections.js';
import { setAdd } from '../../runtime/settable.js';
import { later, pop, push } from './results.js';

/** Nothing to push: the coroutine only finishes the collection already on the stack. */
const nothing = (): void => {};

export function buildSet(th: Thread, f: Frame, n: number): void {
  const items = f.regs.slice(f.sp - n, f.sp);
  f.sp -= n;
  const s = new PySet();
  push(f, s);
  for (let i = 0; i < items.length; i++) {
    const r = setAdd(th, s, items[i]!);
    if (r instanceof Coro) {
      later(th, new Coro(addAll(th, s, r, items.slice(i + 1))), 'set', nothing);
      return;
    }
  }
}

export function buildMap(th: Thread, f: Frame, n: number): void {
  const d = new PyDict();
  const base = f.sp - 2 * n;
  const pairs = f.regs.slice(base, f.sp);
  f.sp = base;
  push(f, d);
  for (let i = 0; i < pairs.length; i += 2) {
    // dictSetItem: an unhashable key is CPython's TypeError (a display checks each key as it adds it).
    const r = dictSetItem(th, d, pairs[i]!, pairs[i + 1]!);
    if (r instanceof Coro) {
      later(th, new Coro(setPairs(th, d, pairs.slice(i + 2), r)), 'dict', nothing);
      return;
    }
  }
}

/** SET_ADD: a set comprehension's element into the set `depth` below it. */
export function setAddOp(th: Thread, f: Frame, depth: number): void {
  const v = pop(f);
  const r = setAdd(th, f.regs[f.sp - depth] as PySet, v);
  if (r instanceof Coro) later(th, r, 'set.add', nothing);
}

/** MAP_ADD: a dict comprehension's pair into the dict `depth` below it. */
export function mapAdd(th: Thread, f: Frame, depth: number): void {
  const v = pop(f);
  const k = pop(f);
  const r = dictSetItem(th, f.regs[f.sp - depth] as PyDict, k, v);
  if (r instanceof Coro) later(th, r, 'dict', nothing);
}

export function listExtendOp(th: Thread, f: Frame, depth: number): void {
  const src = pop(f);
  const r = listExtend(th, f.regs[f.sp - depth] as PyList, src);
  if (r instanceof Coro) later(th, r, 'update', nothing);
}

export function setUpdateOp(th: Thread, f: Frame, depth: number): void {
  const src = pop(f);
  const r = setUpdate(th, f.regs[f.sp - depth] as PySet, src);
  if (r instanceof Coro) later(th, r, 'update', nothing);
}

export function dictUpdateOp(th: Thread, f: Frame, depth: number): void {
  const src = pop(f);
  const r = dictUpdate(th, f.regs[f.sp - depth] as PyDict, src);
  if (r instanceof Coro) later(th, r, 'update', nothing);
}

/** DICT_MERGE: `f(**m)`; the callee (for the error message) is two below the dict. */
export function dictMergeOp(th: Thread, f: Frame, depth: number): void {
  const src = pop(f);
  const r = dictMerge(th, f.regs[f.sp - depth] as PyDict, src, f.regs[f.sp - depth - 2]!);
  if (r instanceof Coro) later(th, r, 'update', nothing);
}

export function unpackSequence(th: Thread, f: Frame, n: number): void {
  const v = pop(f);
  if ((v instanceof PyTuple || v instanceof PyList) && (v.cls === T.tuple || v.cls === T.list)) {
    pushUnpacked(f, v.items, n);
    return;
  }
  if (!iterable(v)) throw notIterable(v);
  later(th, new Coro(unpackCo(th, v, n) as unknown as Gen), 'unpack', (_th, fr, items) => pushUnpacked(fr, items as Value[], n));
}

/** UNPACK_EX: `a, *rest, b = v`; arg is before | after << 8. */
export function unpackEx(th: Thread, f: Frame, arg: number): void {
  const v = pop(f);
  const before = arg & 0xff;
  const after = arg >> 8;
  if (!iterable(v)) throw notIterable(v);
  later(th, new Coro(unpackCo(th, v, -1) as unknown as Gen), 'unpack', (_th, fr, items) => pushUnpackedEx(fr, items as Value[], before, after));
}

const iterable = (v: Value): boolean => typeOf(v).lookup('__iter__') !== undefined || typeOf(v).lookup('__getitem__') !== undefined;

function notIterable(v: Value): PyBaseException {
  return typeErr(`cannot unpack non-iterable ${typeOf(v).name} object`);
}

function unpackError(got: number, expected: number, atLeast: boolean): PyBaseException {
  if (got < expected) return mkExc(E.ValueError!, `not enough values to unpack (expected ${atLeast ? 'at least ' : ''}${expected}, got ${got})`);
  return mkExc(E.ValueError!, `too many values to unpack (expected ${expected})`);
}

function pushUnpacked(f: Frame, items: Value[], n: number): void {
  if (items.length !== n) throw unpackError(items.length, n, false);
  for (let i = n - 1; i >= 0; i--) push(f, items[i]!);
}

function pushUnpackedEx(f: Frame, items: Value[], before: number, after: number): void {
  if (items.length < before + after) throw unpackError(items.length, before + after, true);
  for (let i = items.length - 1; i >= items.length - after; i--) push(f, items[i]!);
  push(f, new PyList(items.slice(before, items.length - after)));
  for (let i = before - 1; i >= 0; i--) push(f, items[i]!);
}

/** The items of `v`, stopping one past `limit` (to report "too many") unless limit < 0. */
function* unpackCo(th: Thread, v: Value, limit: number): Gen<Value[]> {
  const it = getIter(th, v);
  const iter = it instanceof Coro ? yield* it.gen : it;
  const out: Value[] = [];
  for (;;) {
    let x = nextNative(iter);
    if (x === undefined) {
      const req = resumeOf(iter);
      x = req !== null ? resumedItem(yield req) : yield* nextOf(th, iter);
    }
    if (x === DONE) return out;
    out.push(x);
    if (limit >= 0 && out.length > limit) return out;
  }
}

function* addAll(th: Thread, s: PySet, first: Coro, items: Value[]): Gen {
  yield* first.gen;
  for (const v of items) {
    const r = setAdd(th, s, v);
    if (r instanceof Coro) yield* r.gen;
  }
  return null;
}

/** The rest of a dict display's pairs, after `first` (the pair that needed Python code) finishes. */
function* setPairs(th: Thread, d: PyDict, pairs: Value[], first?: Coro): Gen {
  if (first !== undefined) yield* first.gen;
  for (let i = 0; i < pairs.length; i += 2) {
    const r = dictSetItem(th, d, pairs[i]!, pairs[i + 1]!);
    if (r instanceof Coro) yield* r.gen;
  }
  return null;
}
