/**
 * set and frozenset: CPython's open-addressing table, slot for slot, so that
 * iteration order (and therefore printing) matches CPython's. The probing that
 * compares keys lives in runtime/settable.ts (it may run Python `__eq__`).
 */
import { GROWTH_MASK, fits, setSize } from './memory.js';
import { PyObject, type PyClass, type Value } from './object.js';
import { T } from './types.js';
import type { PyInt } from '../lib/pyint.js';

/** Marks a deleted slot. */
export const DUMMY: unique symbol = Symbol('dummy');
export type Slot = Value | undefined | typeof DUMMY;

export const MINSIZE = 8;
export const LINEAR_PROBES = 9;

export class PySet extends PyObject {
  keys: Slot[] = new Array(MINSIZE).fill(undefined);
  hashes: PyInt[] = new Array(MINSIZE).fill(0);
  mask = MINSIZE - 1;
  /** Active + dummy slots. */
  fill = 0;
  /** Active slots. */
  used = 0;
  /** Where pop() looks next. */
  finger = 0;
  /** Cached frozenset hash. */
  frozenHash: PyInt | null = null;

  constructor(cls?: PyClass) {
    super(cls ?? T.set);
  }

  get size(): number {
    return this.used;
  }

  /** Active keys in table order. */
  items(): Value[] {
    const out: Value[] = [];
    const keys = this.keys;
    for (let i = 0; i <= this.mask; i++) {
      const k = keys[i];
      if (k !== undefined && k !== DUMMY) out.push(k as Value);
    }
    return out;
  }

  /** Active (key, hash) pairs in table order. */
  pairs(): [Value, PyInt][] {
    const out: [Value, PyInt][] = [];
    for (let i = 0; i <= this.mask; i++) {
      const k = this.keys[i];
      if (k !== undefined && k !== DUMMY) out.push([k as Value, this.hashes[i]!]);
    }
    return out;
  }

  clear(): void {
    this.keys = new Array(MINSIZE).fill(undefined);
    this.hashes = new Array(MINSIZE).fill(0);
    this.mask = MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.frozenHash = null;
  }
}

/** The low 32 bits of a hash as an unsigned number, and the rest, for probing. */
function split(h: PyInt): [number, number] {
  if (typeof h === 'number') return [Math.floor(h / 4294967296) >>> 0, h >>> 0];
  const u = BigInt.asUintN(64, h);
  return [Number(u >> 32n) >>> 0, Number(u & 0xffffffffn) >>> 0];
}

/**
 * Probe sequence of `hash` in a table of `mask`: calls `visit(i)` for every slot
 * CPython's loops visit, in order, until it returns true. (Linear runs of
 * LINEAR_PROBES+1 slots, then perturbation.)
 */
export function probe(hash: PyInt, mask: number, visit: (i: number) => boolean): number {
  let [ph, pl] = split(hash);
  let i = pl & mask;
  for (;;) {
    const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    for (let j = 0; j <= probes; j++) if (visit(i + j)) return i + j;
    // perturb >>= 5 (64-bit unsigned)
    pl = ((pl >>> 5) | ((ph & 31) << 27)) >>> 0;
    ph = ph >>> 5;
    i = (i * 5 + 1 + pl) & mask;
  }
}

/** set_insert_clean: into a table known to hold no equal key and no dummies. */
export function insertClean(keys: Slot[], hashes: PyInt[], mask: number, key: Value, hash: PyInt): void {
  // probe() inlined, without its closure and pair (this is every key of every resize).
  let ph: number;
  let pl: number;
  if (typeof hash === 'number') {
    ph = Math.floor(hash / 4294967296) >>> 0;
    pl = hash >>> 0;
  } else [ph, pl] = split(hash);
  let i = pl & mask;
  for (;;) {
    const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    for (let j = 0; j <= probes; j++) {
      if (keys[i + j] === undefined) {
        keys[i + j] = key;
        hashes[i + j] = hash;
        return;
      }
    }
    pl = ((pl >>> 5) | ((ph & 31) << 27)) >>> 0;
    ph = ph >>> 5;
    i = (i * 5 + 1 + pl) & mask;
  }
}

/** set_table_resize. */
export function resize(s: PySet, minused: number): void {
  let newsize = MINSIZE;
  while (newsize <= minused) newsize *= 2;
  // A set's table: a key and its hash per slot, and the keys (CPython: 16 bytes a slot).
  if (newsize > GROWTH_MASK) fits(setSize(newsize));
  const oldKeys = s.keys;
  const oldHashes = s.hashes;
  const oldMask = s.mask;
  if (newsize === MINSIZE && s.mask === MINSIZE - 1 && s.fill === s.used) return;
  const keys: Slot[] = new Array(newsize).fill(undefined);
  const hashes: PyInt[] = new Array(newsize).fill(0);
  const mask = newsize - 1;
  s.fill = s.used;
  for (let i = 0; i <= oldMask; i++) {
    const k = oldKeys[i];
    if (k !== undefined && k !== DUMMY) insertClean(keys, hashes, mask, k as Value, oldHashes[i]!);
  }
  s.keys = keys;
  s.hashes = hashes;
  s.mask = mask;
}
