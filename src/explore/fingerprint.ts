/**
 * The fingerprint of an execution's class: executions that differ only in the order of
 * independent steps get the same one. For every key, the order of its accesses — each
 * change in place, the reads between two changes as a set (reads commute) — names the
 * order of every pair of dependent steps; a step is its task and its index in the task
 * (and its decisions inside the step). Sampling strategies count classes with it; a
 * test checks that DPOR never runs two executions of one class.
 *
 * `classOf` spells a class out (for tests and debugging); `fingerprint` folds the same
 * information into a 53-bit number without building strings (every run computes one).
 */
import type { Execution } from './execution.js';

/** The class of an execution, as a string (equal strings: equivalent executions). */
export function classOf(x: Execution): string {
  const byKey = new Map<number, string[]>();
  const pendingReads = new Map<number, string[]>();
  const flush = (key: number): void => {
    const reads = pendingReads.get(key);
    if (reads && reads.length > 0) {
      byKey.get(key)!.push(`{${reads.sort().join(',')}}`);
      pendingReads.set(key, []);
    }
  };
  for (let i = 0; i < x.n; i++) {
    const data = x.dataOf(i);
    const step = `${x.tid[i]}.${x.nth[i]}${data.length > 0 ? `:${data.join('.')}` : ''}`;
    for (let a = x.accStart[i]!; a < x.accEnd(i); a++) {
      const key = x.accKey[a]!;
      if (!byKey.has(key)) byKey.set(key, []);
      if (x.accWrite[a]) {
        flush(key);
        byKey.get(key)!.push(step);
      } else {
        const reads = pendingReads.get(key);
        if (reads) reads.push(step);
        else pendingReads.set(key, [step]);
      }
    }
  }
  const parts: string[] = [];
  for (const key of [...byKey.keys()].sort((a, b) => a - b)) {
    flush(key);
    parts.push(`${key}=${byKey.get(key)!.join(' ')}`);
  }
  return parts.join('\n');
}

/** A 32-bit mix of two 32-bit values (murmur3's finaliser over a combination). */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Per key (by slot, in order of first access): two running hashes of its sequence of
 * changes and read sets, and the sums of the reads since its last change. Scratch
 * arrays kept between calls: every run computes a fingerprint, and one object per key
 * per run was a good part of what a small run allocates.
 */
const h1: number[] = [];
const h2: number[] = [];
const reads1: number[] = [];
const reads2: number[] = [];
const nreads: number[] = [];

/**
 * Key → slot: an open-addressing table whose entries count only when stamped with the
 * current call's generation, so a call starts with an empty table without clearing it
 * (a Map cleared at every call grew its table again at every run).
 */
let tableKey = new Float64Array(256);
let tableSlot = new Int32Array(256);
let tableGen = new Uint32Array(256);
let generation = 0;
/** The key of each slot of this call (what a growing table re-inserts). */
const slotKey: number[] = [];

/**
 * A key's two 32-bit halves mixed. `key >>> 0` is its low half as `key % 2^32` is, to
 * the bit (mix reads it as an int32 either way), without a floating-point remainder per access.
 */
const keyHash = (key: number): number => mix(key >>> 0, Math.floor(key / 0x100000000));

const home = (key: number, mask: number): number => keyHash(key) & mask;

/** The slot of `key` in this call, given the next free one: `slots` when the key is new. */
function slotFor(key: number, slots: number): number {
  const mask = tableKey.length - 1;
  let i = home(key, mask);
  while (tableGen[i] === generation) {
    if (tableKey[i] === key) return tableSlot[i]!;
    i = (i + 1) & mask;
  }
  tableGen[i] = generation;
  tableKey[i] = key;
  tableSlot[i] = slots;
  slotKey[slots] = key;
  if (2 * (slots + 1) > tableKey.length) grow(slots + 1);
  return slots;
}

/** Doubles the table, re-inserting the `slots` keys of this call. */
function grow(slots: number): void {
  const size = tableKey.length * 2;
  tableKey = new Float64Array(size);
  tableSlot = new Int32Array(size);
  tableGen = new Uint32Array(size);
  generation = 1;
  for (let k = 0; k < slots; k++) {
    let i = home(slotKey[k]!, size - 1);
    while (tableGen[i] === generation) i = (i + 1) & (size - 1);
    tableGen[i] = generation;
    tableKey[i] = slotKey[k]!;
    tableSlot[i] = k;
  }
}

/** Folds the pending reads of slot k into its hashes (a read set counts once, in no order). */
function flush(k: number): void {
  if (nreads[k] === 0) return;
  h1[k] = mix(h1[k]!, reads1[k]! ^ 0x27d4eb2f);
  h2[k] = mix(h2[k]! ^ 0x5bd1e995, reads2[k]! ^ nreads[k]!);
  reads1[k] = 0;
  reads2[k] = 0;
  nreads[k] = 0;
}

/**
 * A short fingerprint of the class (53 bits, as a number): each key's sequence hashed in
 * order (the reads between two changes summed, so their order does not count), the keys
 * combined by a sum (so the order keys were met does not count either).
 */
export function fingerprint(x: Execution): number {
  // A new generation empties the table (after 2^32 - 1 calls, the stamps start over).
  if (++generation === 0x100000000) {
    tableGen.fill(0);
    generation = 1;
  }
  let slots = 0;
  for (let i = 0; i < x.n; i++) {
    let t1 = mix(x.tid[i]!, x.nth[i]!);
    for (let d = x.dataStart[i]!; d < x.dataEnd(i); d++) t1 = mix(t1, x.data[d]! + 1);
    const t2 = mix(t1, 0x165667b1);
    for (let a = x.accStart[i]!; a < x.accEnd(i); a++) {
      const key = x.accKey[a]!;
      const k = slotFor(key, slots);
      if (k === slots) {
        slots++;
        h1[k] = keyHash(key);
        h2[k] = 0x3c6ef372;
        reads1[k] = 0;
        reads2[k] = 0;
        nreads[k] = 0;
      }
      if (x.accWrite[a]) {
        flush(k);
        h1[k] = mix(h1[k]!, t1);
        h2[k] = mix(h2[k]! ^ 0x5bd1e995, t2);
      } else {
        reads1[k] = (reads1[k]! + t1) >>> 0;
        reads2[k] = (reads2[k]! + t2) >>> 0;
        nreads[k]!++;
      }
    }
  }
  let lo = 0;
  let hi = 0;
  for (let k = 0; k < slots; k++) {
    flush(k);
    lo = (lo + h1[k]!) >>> 0;
    hi = (hi + h2[k]!) >>> 0;
  }
  return (hi & 0x1fffff) * 0x100000000 + lo;
}
