/**
 * Bulk and keyed operations on lists, sets and dicts that may meet Python code:
 * extend/update from any iterable, `**` merging, and the dict slow path for keys
 * whose class defines `__hash__`/`__eq__` (hash buckets compared with Python `==`).
 */
import { fits, listSize } from '../objects/memory.js';
import { Coro, type Gen, type NativeResult } from '../objects/coro.js';
import { type Entry, PyDict, SLOW, Unhashable } from '../objects/dict.js';
import { E, exc, typeErr } from '../objects/exceptions.js';
import { PyFunction, PyBuiltin } from '../objects/function.js';
import { PyObject, type Value } from '../objects/object.js';
import { PySet } from '../objects/set.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { typeOf } from '../objects/types.js';
import type { Thread } from '../objects/thread.js';
import { eqBool } from './compare.js';
import { callFnCo, runOrCoro } from './dunder.js';
import { hashCo } from './hashing.js';
import { itemsNative, listOf } from './iter.js';
import { setAddCo, setMerge, setUpdateFromDict } from './settable.js';

export function unhashableErr(v: Value): never {
  throw typeErr(`unhashable type: '${typeOf(v).name}'`);
}

/** d.find(key) that turns Unhashable into the TypeError (SLOW: needs Python `__eq__`/`__hash__`). */
export function findKey(d: PyDict, key: Value): Entry | undefined | typeof SLOW {
  try {
    return d.find(key);
  } catch (e) {
    if (e instanceof Unhashable) unhashableErr(e.value);
    throw e;
  }
}

/** The entry for a key that needs Python `__hash__`/`__eq__`. */
export function* findSlow(th: Thread, d: PyDict, key: Value): Gen<Entry | undefined> {
  const h = yield* hashCo(th, key);
  const bucket = d.hmap?.get(h);
  if (!bucket) return undefined;
  for (const e of bucket.slice()) {
    if (e.value === undefined) continue;
    if (yield* eqBool(th, e.key, key)) return e;
  }
  return undefined;
}

/** The entry for any key (a coroutine when the key needs Python code). */
export function* dictFind(th: Thread, d: PyDict, key: Value): Gen<Entry | undefined> {
  const e = findKey(d, key);
  if (e !== SLOW) return e;
  return yield* findSlow(th, d, key);
}

/** d[key] = value. */
export function dictSetItem(th: Thread, d: PyDict, key: Value, value: Value): NativeResult {
  let r: undefined | typeof SLOW;
  try {
    r = d.set(key, value);
  } catch (e) {
    if (e instanceof Unhashable) unhashableErr(e.value);
    throw e;
  }
  if (r !== SLOW) return null;
  return runOrCoro(setSlow(th, d, key, value));
}

function* setSlow(th: Thread, d: PyDict, key: Value, value: Value): Gen {
  const h = yield* hashCo(th, key);
  const bucket = d.hmap?.get(h);
  if (bucket) {
    for (const e of bucket.slice()) {
      if (e.value !== undefined && (yield* eqBool(th, e.key, key))) {
        e.value = value;
        return null;
      }
    }
  }
  d.addSlow(key, value, h);
  return null;
}

export function* dictSetCo(th: Thread, d: PyDict, key: Value, value: Value): Gen {
  const r = dictSetItem(th, d, key, value);
  if (r instanceof Coro) yield* r.gen;
  return null;
}

/** d[key] or undefined when missing (a coroutine for Python-hashed keys). */
export function dictGet(th: Thread, d: PyDict, key: Value): Value | undefined | Coro {
  const e = findKey(d, key);
  if (e !== SLOW) return e === undefined ? undefined : e.value;
  return new Coro(getSlow(th, d, key));
}

function* getSlow(th: Thread, d: PyDict, key: Value): Gen {
  const e = yield* findSlow(th, d, key);
  return (e === undefined ? MISSING : e.value) as Value;
}

/** What a slow dictGet's coroutine returns for a missing key. */
export const MISSING = Symbol('missing') as unknown as Value;

/** Removes a key; returns its entry or undefined. */
export function* dictRemove(th: Thread, d: PyDict, key: Value): Gen<Entry | undefined> {
  let r: Entry | undefined | typeof SLOW;
  try {
    r = d.remove(key);
  } catch (e) {
    if (e instanceof Unhashable) unhashableErr(e.value);
    throw e;
  }
  if (r !== SLOW) return r;
  const e = yield* findSlow(th, d, key);
  if (e === undefined) return undefined;
  const value = e.value;
  d.removeEntry(e);
  return { key: e.key, value };
}

export function listExtend(th: Thread, l: PyList, src: Value): NativeResult {
  const items = itemsNative(src);
  if (items !== undefined) {
    fits(listSize(l.items.length + items.length));
    for (const x of items) l.items.push(x);
    return null;
  }
  return runOrCoro(
    (function* () {
      const all = yield* listOf(th, src);
      fits(listSize(l.items.length + all.length));
      for (const x of all) l.items.push(x);
      return null;
    })(),
  );
}

export function setUpdate(th: Thread, s: PySet, src: Value): NativeResult {
  return runOrCoro(setUpdateCo(th, s, src));
}

export function* setUpdateCo(th: Thread, s: PySet, src: Value): Gen {
  if (src instanceof PySet) yield* setMerge(th, s, src);
  else if (src instanceof PyDict && src.cls.builtin) yield* setUpdateFromDict(th, s, src);
  else for (const x of yield* listOf(th, src)) yield* setAddCo(th, s, x);
  return null;
}

export function dictUpdate(th: Thread, d: PyDict, src: Value): NativeResult {
  return runOrCoro(dictUpdateCo(th, d, src, null));
}

/** dict.update / `{**m}` / `f(**m)` (with `fn` set, keys must be new strings). */
export function* dictUpdateCo(th: Thread, d: PyDict, src: Value, fn: Value | null): Gen {
  const put = function* (k: Value, v: Value): Gen {
    if (fn !== null) {
      if (typeof k !== 'string') throw typeErr('keywords must be strings');
      if (d.getStr(k) !== undefined) throw typeErr(`${funcName(fn)} got multiple values for keyword argument '${k}'`);
    }
    yield* dictSetCo(th, d, k, v);
    return null;
  };
  if (src instanceof PyDict && src.cls.builtin) {
    for (const e of [...src.entries()]) yield* put(e.key, e.value!);
    return null;
  }
  const keys = typeOf(src).lookup('keys');
  if (keys !== undefined) {
    const getitem = typeOf(src).lookup('__getitem__');
    const ks = yield* listOf(th, yield* callFnCo(th, keys, [src]));
    for (const k of ks) yield* put(k, yield* callFnCo(th, getitem!, [src, k]));
    return null;
  }
  if (fn !== null) throw typeErr(`${funcName(fn)} argument after ** must be a mapping, not ${typeOf(src).name}`);
  const items = yield* listOf(th, src);
  for (let i = 0; i < items.length; i++) {
    const pair = items[i]!;
    const kv = pair instanceof PyTuple || pair instanceof PyList ? pair.items : itemsNative(pair) ?? (pair instanceof PyObject ? yield* listOf(th, pair) : undefined);
    if (kv === undefined) throw typeErr(`cannot convert dictionary update sequence element #${i} to a sequence`);
    if (kv.length !== 2) throw exc(E.ValueError!, `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`);
    yield* put(kv[0]!, kv[1]!);
  }
  return null;
}

export function dictMerge(th: Thread, d: PyDict, src: Value, fn: Value): NativeResult {
  return runOrCoro(dictUpdateCo(th, d, src, fn));
}

function funcName(fn: Value): string {
  if (fn instanceof PyFunction) return `${fn.qualname}()`;
  if (fn instanceof PyBuiltin) return `${fn.name}()`;
  return `${typeOf(fn).name} object`;
}
