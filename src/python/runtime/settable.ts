/**
 * The probing half of the set table (objects/set.ts): set_lookkey, set_add_entry,
 * set_discard_entry and set_merge as CPython 3.11 writes them, as generators
 * because comparing keys may run Python `__eq__`. `runOrCoro` keeps the common
 * case (builtin keys) synchronous.
 */
import { type Gen, type NativeResult } from '../objects/coro.js';
import type { PyDict } from '../objects/dict.js';
import { DUMMY, LINEAR_PROBES, MINSIZE, PySet, insertClean, resize } from '../objects/set.js';
import type { Value } from '../objects/object.js';
import type { PyInt } from '../lib/pyint.js';
import type { Thread } from '../objects/thread.js';
import { eqBool, eqBoolNative } from './compare.js';
import { hashCo, hashNative } from './hashing.js';
import { runOrCoro } from './dunder.js';

function hi(h: PyInt): number {
  if (typeof h === 'number') return Math.floor(h / 4294967296) >>> 0;
  return Number(BigInt.asUintN(64, h) >> 32n) >>> 0;
}
const lo = (h: PyInt): number => (typeof h === 'number' ? h >>> 0 : Number(BigInt.asUintN(64, h) & 0xffffffffn) >>> 0);

/** Index of `key` in the table, or -1. */
export function* lookkey(th: Thread, s: PySet, key: Value, hash: PyInt): Gen<number> {
  restart: for (;;) {
    const mask = s.mask;
    let ph = hi(hash);
    let pl = lo(hash);
    let i = pl & mask;
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        const idx = i + j;
        const k = s.keys[idx];
        if (k === undefined) return -1;
        if (k !== DUMMY && s.hashes[idx] === hash) {
          if (k === key) return idx;
          let eq = eqBoolNative(k, key);
          if (eq === undefined) {
            const keys = s.keys;
            eq = yield* eqBool(th, k, key);
            if (s.keys !== keys || s.keys[idx] !== k) continue restart;
          }
          if (eq) return idx;
        }
      }
      pl = ((pl >>> 5) | ((ph & 31) << 27)) >>> 0;
      ph >>>= 5;
      i = (i * 5 + 1 + pl) & mask;
    }
  }
}

/**
 * Puts a new key in slot `idx`: a reused dummy slot, or (`fresh`) an empty one, which
 * fills the table and may resize it (CPython's set_add_entry, found_unused).
 */
function insertAt(s: PySet, idx: number, fresh: boolean, key: Value, hash: PyInt): void {
  s.frozenHash = null;
  s.used++;
  s.keys[idx] = key;
  s.hashes[idx] = hash;
  if (!fresh) return;
  s.fill++;
  if (s.fill * 5 >= s.mask * 3) resize(s, s.used > 50000 ? s.used * 2 : s.used * 4);
}

/** Adds `key`; returns true when it was not there. */
export function* addEntry(th: Thread, s: PySet, key: Value, hash: PyInt): Gen<boolean> {
  restart: for (;;) {
    const mask = s.mask;
    let ph = hi(hash);
    let pl = lo(hash);
    let i = pl & mask;
    let freeslot = -1;
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        const idx = i + j;
        const k = s.keys[idx];
        if (k === undefined) {
          insertAt(s, freeslot >= 0 ? freeslot : idx, freeslot < 0, key, hash);
          return true;
        }
        if (k !== DUMMY && s.hashes[idx] === hash) {
          if (k === key) return false;
          let eq = eqBoolNative(k, key);
          if (eq === undefined) {
            const keys = s.keys;
            eq = yield* eqBool(th, k, key);
            if (s.keys !== keys || s.keys[idx] !== k) continue restart;
          }
          if (eq) return false;
        } else if (k === DUMMY) freeslot = idx;
      }
      pl = ((pl >>> 5) | ((ph & 31) << 27)) >>> 0;
      ph >>>= 5;
      i = (i * 5 + 1 + pl) & mask;
    }
  }
}

export function* setAddCo(th: Thread, s: PySet, key: Value): Gen<boolean> {
  const h = hashNative(key) ?? (yield* hashCo(th, key));
  return yield* addEntry(th, s, key, h);
}

export function* setContainsCo(th: Thread, s: PySet, key: Value): Gen<boolean> {
  const h = hashNative(key) ?? (yield* hashCo(th, key));
  return (yield* lookkey(th, s, key, h)) >= 0;
}

/** Removes `key`; returns whether it was there. */
export function* setDiscardCo(th: Thread, s: PySet, key: Value): Gen<boolean> {
  const h = hashNative(key) ?? (yield* hashCo(th, key));
  const idx = yield* lookkey(th, s, key, h);
  if (idx < 0) return false;
  s.keys[idx] = DUMMY;
  s.hashes[idx] = -1;
  s.used--;
  s.frozenHash = null;
  return true;
}

/** Marks a sync probe that met a key needing Python `__eq__` (the caller falls back to the coroutine). */
export const NEEDS_PYTHON = -2;

/**
 * add_entry without Python code or a coroutine (the common case: keys that compare
 * natively): 1 when added, 0 when already there, NEEDS_PYTHON — with the table untouched —
 * when a probed key needs Python `__eq__`, so the caller runs addEntry from the start.
 */
export function addEntryNative(s: PySet, key: Value, hash: PyInt): number {
  const mask = s.mask;
  const keys = s.keys;
  let ph = hi(hash);
  let pl = lo(hash);
  let i = pl & mask;
  let freeslot = -1;
  for (;;) {
    const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    for (let j = 0; j <= probes; j++) {
      const idx = i + j;
      const k = keys[idx];
      if (k === undefined) {
        insertAt(s, freeslot >= 0 ? freeslot : idx, freeslot < 0, key, hash);
        return 1;
      }
      if (k !== DUMMY && s.hashes[idx] === hash) {
        if (k === key) return 0;
        const eq = eqBoolNative(k, key);
        if (eq === undefined) return NEEDS_PYTHON;
        if (eq) return 0;
      } else if (k === DUMMY) freeslot = idx;
    }
    pl = ((pl >>> 5) | ((ph & 31) << 27)) >>> 0;
    ph >>>= 5;
    i = (i * 5 + 1 + pl) & mask;
  }
}

/** lookkey without Python code: index, -1 when absent, NEEDS_PYTHON otherwise. */
export function lookkeyNative(s: PySet, key: Value, hash: PyInt): number {
  const mask = s.mask;
  let ph = hi(hash);
  let pl = lo(hash);
  let i = pl & mask;
  for (;;) {
    const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    for (let j = 0; j <= probes; j++) {
      const idx = i + j;
      const k = s.keys[idx];
      if (k === undefined) return -1;
      if (k !== DUMMY && s.hashes[idx] === hash) {
        if (k === key) return idx;
        const eq = eqBoolNative(k, key);
        if (eq === undefined) return NEEDS_PYTHON;
        if (eq) return idx;
      }
    }
    pl = ((pl >>> 5) | ((ph & 31) << 27)) >>> 0;
    ph >>>= 5;
    i = (i * 5 + 1 + pl) & mask;
  }
}

export function setContains(th: Thread, s: PySet, key: Value): NativeResult {
  const h = hashNative(key);
  if (h !== undefined) {
    const idx = lookkeyNative(s, key, h);
    if (idx !== NEEDS_PYTHON) return idx >= 0;
  }
  return runOrCoro(setContainsCo(th, s, key));
}

export function setAdd(th: Thread, s: PySet, key: Value): NativeResult {
  const h = hashNative(key);
  if (h !== undefined) {
    const r = addEntryNative(s, key, h);
    if (r !== NEEDS_PYTHON) return r === 1;
  }
  return runOrCoro(setAddCo(th, s, key));
}

/** set.discard without a coroutine when the key and the probed keys compare natively; whether it was there. */
export function setDiscard(th: Thread, s: PySet, key: Value): NativeResult {
  const h = hashNative(key);
  if (h !== undefined) {
    const idx = lookkeyNative(s, key, h);
    if (idx === -1) return false;
    if (idx >= 0) {
      s.keys[idx] = DUMMY;
      s.hashes[idx] = -1;
      s.used--;
      s.frozenHash = null;
      return true;
    }
  }
  return runOrCoro(setDiscardCo(th, s, key));
}

/** set_merge: `so |= other` for another set, keeping CPython's layout shortcuts. */
export function* setMerge(th: Thread, so: PySet, other: PySet): Gen<void> {
  if (other === so || other.used === 0) return;
  if ((so.fill + other.used) * 5 >= so.mask * 3) resize(so, (so.used + other.used) * 2);
  so.frozenHash = null;
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    for (let i = 0; i <= other.mask; i++) {
      const k = other.keys[i];
      if (k !== undefined) {
        so.keys[i] = k;
        so.hashes[i] = other.hashes[i]!;
      }
    }
    so.fill = other.fill;
    so.used = other.used;
    return;
  }
  if (so.fill === 0) {
    so.fill = other.used;
    so.used = other.used;
    for (let i = 0; i <= other.mask; i++) {
      const k = other.keys[i];
      if (k !== undefined && k !== DUMMY) insertClean(so.keys, so.hashes, so.mask, k as Value, other.hashes[i]!);
    }
    return;
  }
  for (const [k, h] of other.pairs()) if (addEntryNative(so, k, h) === NEEDS_PYTHON) yield* addEntry(th, so, k, h);
}

/** The dict branch of set_update_internal: one resize up front, then the keys. */
export function* setUpdateFromDict(th: Thread, so: PySet, d: PyDict): Gen<void> {
  if ((so.fill + d.size) * 5 >= so.mask * 3) resize(so, (so.used + d.size) * 2);
  for (const k of d.keys()) yield* setAddCo(th, so, k);
}

export { MINSIZE };
