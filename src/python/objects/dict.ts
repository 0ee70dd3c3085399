/**
 * dict: insertion-ordered, any hashable key.
 *
 * A JS Map gives the order and, for most keys, the index: str, int, bool, None and
 * float keys map to a canonical JS primitive (so 1, 1.0 and True are one key, as in
 * Python); objects with identity equality map to themselves. Tuples of such keys
 * are indexed by a string encoding in a side map, and keys whose class defines
 * `__hash__`/`__eq__` by their hash in buckets, compared with Python's `__eq__` by
 * the slow path (runtime/collections.ts), since that may run Python code. In the side
 * cases the Map's key is the Entry itself, which keeps the order.
 *
 * Entries are stable objects: module globals hand them out as cells for
 * LOAD_GLOBAL caches, and a deleted entry gets `value = undefined`.
 */
import { GROWTH_MASK, dictSize, need } from './memory.js';
import { type Value, PyObject, PyFloat } from './object.js';
import type { PyClass } from './object.js';
import { T } from './types.js';
import type { PyTuple } from './tuple.js';
import type { PyBoxed } from './boxed.js';

export interface Entry {
  key: Value;
  /** undefined once deleted (caches holding the entry see that). */
  value: Value | undefined;
}

/** Returned by the sync operations when the key needs Python `__hash__`/`__eq__`. */
export const SLOW: unique symbol = Symbol('slow-key');
export type Slow = typeof SLOW;

/**
 * How a class's instances behave as keys: by identity, through Python code, not at
 * all, or ('value') as the int or str they box (a subclass that keeps the base's
 * __hash__ and __eq__: `{re.I: 1}[2]` finds the entry).
 */
export type HashKind = 'identity' | 'python' | 'unhashable' | 'value';

/**
 * What a class's `__hash__`/`__eq__` make of its instances as keys. Asked only
 * once the builtin classes have their methods (types/object-methods.ts), so a
 * builtin class keeps object's hash unless it defines its own.
 */
export function hashKindOf(cls: PyClass): HashKind {
  const h = cls.lookup('__hash__');
  if (h === null || h === undefined) return 'unhashable';
  const objHash = T.object.ns.getStr('__hash__');
  if (cls.builtin) return h === objHash ? 'identity' : 'python';
  if (h === objHash && cls.lookup('__eq__') === T.object.ns.getStr('__eq__')) return 'identity';
  // A subclass of int or str that keeps their hash and equality is the same key as its value.
  const base = cls.solid;
  if ((base === T.int || base === T.str) && h === base.ns.getStr('__hash__') && cls.lookup('__eq__') === base.ns.getStr('__eq__')) return 'value';
  return 'python';
}

/** Raised (as a JS value) by sync operations on an unhashable key; the caller makes the TypeError. */
export class Unhashable {
  constructor(readonly value: Value) {}
}

const TUPLE_KEY: unique symbol = Symbol('tuple-key');
let lastTupleKey = '';

/** The canonical Map key of a float. */
function floatKey(f: PyFloat): unknown {
  const x = f.v;
  if (Number.isInteger(x)) return Number.isSafeInteger(x) ? x : BigInt(x);
  return x === x ? x : f;
}

/** A string encoding of a key inside a tuple, or SLOW. */
function encode(v: Value): string | Slow {
  switch (typeof v) {
    case 'string':
      return `s${v.length}:${v}`;
    case 'number':
    case 'bigint':
      return `n${v}`;
    case 'boolean':
      return v ? 'n1' : 'n0';
    default:
      if (v === null) return 'N';
      if (v instanceof PyFloat) {
        const k = floatKey(v);
        return typeof k === 'object' ? SLOW : `n${String(k)}`;
      }
      if (v.cls === T.tuple) return tupleEncoding(v as PyTuple);
      if (hashKindOf(v.cls) === 'value') return encode((v as PyBoxed).value);
      if (v.cls.solid === T.tuple || hashKindOf(v.cls) !== 'identity') {
        if (hashKindOf(v.cls) === 'unhashable') throw new Unhashable(v);
        return SLOW;
      }
      return SLOW;
  }
}

function tupleEncoding(t: PyTuple): string | Slow {
  let s = '(';
  for (const x of t.items) {
    const e = encode(x);
    if (e === SLOW) return SLOW;
    s += e;
    s += ',';
  }
  return `${s})`;
}

/**
 * The Map key for `v`: a primitive, the object itself (identity), TUPLE_KEY (the
 * encoding is in lastTupleKey), or SLOW. Throws Unhashable.
 */
export function keyOf(v: Value): unknown {
  switch (typeof v) {
    case 'string':
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
    default: {
      if (v === null) return null;
      if (v instanceof PyFloat) return floatKey(v);
      if (v.cls === T.tuple) {
        const e = tupleEncoding(v as PyTuple);
        if (e === SLOW) return SLOW;
        lastTupleKey = e;
        return TUPLE_KEY;
      }
      const kind = hashKindOf(v.cls);
      if (kind === 'identity') return v;
      if (kind === 'value') return keyOf((v as PyBoxed).value);
      if (kind === 'unhashable') throw new Unhashable(v);
      return SLOW;
    }
  }
}

export class PyDict extends PyObject {
  /** Order, and the index of primitive and identity keys. */
  readonly map = new Map<unknown, Entry>();
  /** Tuple keys by encoding. */
  tmap: Map<string, Entry> | null = null;
  /** Keys compared by Python code, bucketed by hash (filled by the slow path). */
  hmap: Map<unknown, Entry[]> | null = null;
  /** Bumped when a key is added or removed (iteration checks, global caches). */
  version = 0;

  constructor(cls?: PyClass) {
    super(cls ?? T.dict);
  }

  get size(): number {
    return this.map.size;
  }

  /** Fast path for str keys (namespaces, attribute dicts, kwargs). */
  getStr(name: string): Value | undefined {
    const e = this.map.get(name);
    return e === undefined ? undefined : e.value;
  }

  setStr(name: string, value: Value): void {
    const e = this.map.get(name);
    if (e !== undefined) e.value = value;
    else {
      if (((this.map.size + 1) & GROWTH_MASK) === 0) need(dictSize(this.map.size + 1));
      this.map.set(name, { key: name, value });
      this.version++;
    }
  }

  /** The entry for `key`, undefined, or SLOW. Throws Unhashable. */
  find(key: Value): Entry | undefined | Slow {
    const k = keyOf(key);
    if (k === TUPLE_KEY) return this.tmap?.get(lastTupleKey);
    if (k === SLOW) return this.hmap === null ? undefined : SLOW;
    return this.map.get(k);
  }

  get(key: Value): Value | undefined | Slow {
    const e = this.find(key);
    if (e === SLOW) return SLOW;
    return e === undefined ? undefined : e.value;
  }

  /** Sets d[key] = value; SLOW when the key needs Python code. Throws Unhashable. */
  set(key: Value, value: Value): undefined | Slow {
    const k = keyOf(key);
    if (k === TUPLE_KEY) {
      const enc = lastTupleKey;
      const tmap = (this.tmap ??= new Map());
      const e = tmap.get(enc);
      if (e !== undefined) e.value = value;
      else {
        if (((this.map.size + 1) & GROWTH_MASK) === 0) need(dictSize(this.map.size + 1));
        const entry: Entry = { key, value };
        tmap.set(enc, entry);
        this.map.set(entry, entry);
        this.version++;
      }
      return undefined;
    }
    if (k === SLOW) return SLOW;
    const e = this.map.get(k);
    if (e !== undefined) e.value = value;
    else {
      if (((this.map.size + 1) & GROWTH_MASK) === 0) need(dictSize(this.map.size + 1));
      this.map.set(k, { key, value });
      this.version++;
    }
    return undefined;
  }

  /** Removes `key`; returns what it held ({key, value}), undefined when absent, or SLOW. */
  remove(key: Value): Entry | undefined | Slow {
    const k = keyOf(key);
    if (k === SLOW) return this.hmap === null ? undefined : SLOW;
    let e: Entry | undefined;
    if (k === TUPLE_KEY) {
      e = this.tmap?.get(lastTupleKey);
      if (e === undefined) return undefined;
      this.tmap!.delete(lastTupleKey);
      this.map.delete(e);
    } else {
      e = this.map.get(k);
      if (e === undefined) return undefined;
      this.map.delete(k);
    }
    const held: Entry = { key: e.key, value: e.value };
    e.value = undefined;
    this.version++;
    return held;
  }

  /** Removes an entry found by the slow path (or any entry, e.g. popitem). */
  removeEntry(e: Entry): void {
    const k = keyOf(e.key);
    if (k === TUPLE_KEY) {
      this.tmap!.delete(lastTupleKey);
      this.map.delete(e);
    } else if (k === SLOW) {
      this.map.delete(e);
      for (const [h, bucket] of this.hmap ?? []) {
        const i = bucket.indexOf(e);
        if (i >= 0) {
          bucket.splice(i, 1);
          if (bucket.length === 0) this.hmap!.delete(h);
          break;
        }
      }
    } else this.map.delete(k);
    e.value = undefined;
    this.version++;
  }

  /** Adds an entry for a key the slow path found absent (its hash is `h`). */
  addSlow(key: Value, value: Value, h: unknown): void {
    const entry: Entry = { key, value };
    const hmap = (this.hmap ??= new Map());
    const bucket = hmap.get(h);
    if (bucket) bucket.push(entry);
    else hmap.set(h, [entry]);
    this.map.set(entry, entry);
    this.version++;
  }

  clear(): void {
    for (const e of this.map.values()) e.value = undefined;
    this.map.clear();
    this.tmap = null;
    this.hmap = null;
    this.version++;
  }

  /** Live entries in order (do not mutate the dict while iterating). */
  entries(): IterableIterator<Entry> {
    return this.map.values();
  }

  keys(): Value[] {
    const out: Value[] = [];
    for (const e of this.map.values()) out.push(e.key);
    return out;
  }

  values(): Value[] {
    const out: Value[] = [];
    for (const e of this.map.values()) out.push(e.value!);
    return out;
  }

  /** A shallow copy (same class unless given). */
  copy(cls?: PyClass): PyDict {
    const d = new PyDict(cls ?? T.dict);
    for (const e of this.map.values()) {
      const r = d.set(e.key, e.value!);
      if (r === SLOW) d.addSlow(e.key, e.value!, slowHashOf(this, e));
    }
    return d;
  }
}

/** The hash bucket an entry of a slow key lives in. */
function slowHashOf(d: PyDict, e: Entry): unknown {
  for (const [h, bucket] of d.hmap ?? []) if (bucket.includes(e)) return h;
  return 0;
}

/** A dict from JS pairs of str keys. */
export function dictOf(pairs: Record<string, Value>): PyDict {
  const d = new PyDict();
  for (const [k, v] of Object.entries(pairs)) d.setStr(k, v);
  return d;
}
