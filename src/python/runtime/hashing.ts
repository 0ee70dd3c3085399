/**
 * hash(v): CPython-identical for builtin values (objects/hash.ts), `__hash__` for
 * user classes, identity for objects that keep object's equality.
 */
import { type Gen, type NativeResult } from '../objects/coro.js';
import { hashKindOf } from '../objects/dict.js';
import { typeErr } from '../objects/exceptions.js';
import { PyBoxed } from '../objects/boxed.js';
import { PyBytes } from '../objects/bytes.js';
import { hashBytes, hashFloat, hashFrozenset, hashInt, hashStr, hashTuple } from '../objects/hash.js';
import { PyFloat, PyObject, type Value } from '../objects/object.js';
import { PySet } from '../objects/set.js';
import { PyTuple } from '../objects/tuple.js';
import { T } from '../objects/types.js';
import type { PyInt } from '../lib/pyint.js';
import type { Thread } from '../objects/thread.js';
import { callFnCo, runOrCoro } from './dunder.js';
import { idOf } from '../objects/identity.js';


const unhashable = (v: Value): never => {
  throw typeErr(`unhashable type: '${(v as PyObject).cls.name}'`);
};

/** The hash of a value that needs no Python code, or undefined. Throws for unhashable values. */
export function hashNative(v: Value): PyInt | undefined {
  switch (typeof v) {
    case 'string':
      return hashStr(v);
    case 'number':
    case 'bigint':
      return hashInt(v);
    case 'boolean':
      return v ? 1 : 0;
    default: {
      if (v === null) return 0x4a11e;
      if (v instanceof PyFloat) return hashFloat(v.v, idOf(v));
      const cls = v.cls;
      if (cls === T.tuple) {
        const hs: PyInt[] = [];
        for (const x of (v as PyTuple).items) {
          const h = hashNative(x);
          if (h === undefined) return undefined;
          hs.push(h);
        }
        return hashTuple(hs);
      }
      if (cls === T.frozenset) return frozensetHash(v as PySet);
      if (cls === T.bytes) return hashBytes((v as PyBytes).data);
      const kind = hashKindOf(cls);
      if (kind === 'unhashable') return unhashable(v);
      if (kind === 'identity') return idOf(v) >> 4;
      if (kind === 'value') return hashNative((v as PyBoxed).value);
      return undefined;
    }
  }
}

export function frozensetHash(s: PySet): PyInt {
  if (s.frozenHash !== null) return s.frozenHash;
  const slots = s.keys.map((k, i) => (k === undefined ? 0 : s.hashes[i]!));
  s.frozenHash = hashFrozenset(slots, s.fill, s.used);
  return s.frozenHash;
}

export function hash(th: Thread, v: Value): NativeResult {
  const h = hashNative(v);
  return h !== undefined ? h : runOrCoro(hashCo(th, v));
}

export function* hashCo(th: Thread, v: Value): Gen<PyInt> {
  const h = hashNative(v);
  if (h !== undefined) return h;
  if (v instanceof PyTuple) {
    const hs: PyInt[] = [];
    for (const x of v.items) hs.push(yield* hashCo(th, x));
    return hashTuple(hs);
  }
  const fn = (v as PyObject).cls.lookup('__hash__')!;
  const r = yield* callFnCo(th, fn, [v]);
  if (typeof r === 'boolean') return r ? 1 : 0;
  if (typeof r === 'number' || typeof r === 'bigint') return userHash(r);
  if (r instanceof PyBoxed && (typeof r.value === 'number' || typeof r.value === 'bigint')) return userHash(r.value);
  throw typeErr('__hash__ method should return an integer');
}

/** What hash() makes of a __hash__ result: itself if it fits in 64 bits (-1 becomes -2), else its int hash. */
function userHash(r: number | bigint): PyInt {
  if (typeof r === 'number') return r === -1 ? -2 : r;
  if (r >= -(1n << 63n) && r < 1n << 63n) return r === -1n ? -2 : r;
  return hashInt(r);
}
