/**
 * How many distinct numbers were added (the heap count's ints, heapsize.ts, which adds
 * every int a program holds: a memo dict of 650,000 entries is a million adds per
 * count). A hash table of that many keys misses the processor's caches at nearly every
 * add (~0.3 µs each on this machine); here the numbers are written one after another
 * into a buffer and counted at the end, partitioned by the high bits of their hash
 * into pieces whose own small tables stay in cache: several times faster. A small
 * direct-mapped table of recent numbers in front keeps a number held many times (a
 * list of one int repeated) from filling the buffer.
 *
 * The buffers are kept from one count to the next (one count runs at a time): fresh
 * ones of tens of megabytes cost the host a page fault every 4 KiB, more than the
 * count itself. Equality is `===` on the value, so 0 and -0 are one number, and NaN
 * (which no Python int is) counts once.
 */

/** Slots of the table of recent numbers (a power of two). */
const RECENT = 4096;
/** About how many numbers a partition holds: its table (twice that, 8 bytes a slot) stays within a core's cache. */
const PIECE = 2048;

/** The numbers added, in order; then the same numbers partitioned; then one partition's table. */
let buffer: Float64Array = new Float64Array(1024);
let placed: Float64Array = new Float64Array(1024);
let table: Float64Array = new Float64Array(2 * PIECE);
/** Where each partition starts in `placed` (and the next free place while placing). */
let starts = new Int32Array(2);

export class DistinctNumbers {
  private n = 0;
  private zero = false;
  private nan = false;
  /** Recently added numbers by the low bits of their hash (0: an empty slot, since 0 is kept aside). */
  private readonly recent = new Float64Array(RECENT);

  /** How many numbers went into the buffer. */
  get added(): number {
    return this.n;
  }

  add(v: number): void {
    if (v === 0) {
      this.zero = true;
      return;
    }
    if (v !== v) {
      this.nan = true;
      return;
    }
    const r = hashOf(v) & (RECENT - 1);
    if (this.recent[r] === v) return;
    this.recent[r] = v;
    if (this.n === buffer.length) buffer = larger(buffer, this.n);
    buffer[this.n++] = v;
  }

  /** How many distinct numbers were added (once: the buffer is the next count's). */
  count(): number {
    const n = this.n;
    this.n = 0;
    let bits = 0;
    while (n >>> bits > PIECE) bits++;
    const parts = 1 << bits;
    if (starts.length < parts + 1) starts = new Int32Array(parts + 1);
    else starts.fill(0, 0, parts + 1);
    if (placed.length < n) placed = new Float64Array(buffer.length);
    partition(n, bits);
    // `starts[p]` is now where partition p ends, and partition p starts where p - 1 ends.
    let distinct = (this.zero ? 1 : 0) + (this.nan ? 1 : 0);
    for (let p = 0, a = 0; p < parts; p++) {
      const b = starts[p]!;
      distinct += distinctIn(a, b);
      a = b;
    }
    return distinct;
  }
}

// The loops below are small functions of their own: each count runs them once, over
// millions of numbers, and V8 optimises a small function's loop sooner.

/**
 * Places the first `n` numbers of `buffer` into `placed` by the top `bits` bits of their
 * hash (all in one partition when `bits` is 0): counts each partition's numbers, then
 * places them; leaves `starts[p]` at the end of partition p.
 */
function partition(n: number, bits: number): void {
  const shift = 32 - bits;
  const parts = 1 << bits;
  if (bits === 0) {
    placed.set(buffer.subarray(0, n));
    starts[0] = n;
    return;
  }
  for (let i = 0; i < n; i++) starts[(hashOf(buffer[i]!) >>> shift) + 1]!++;
  for (let p = 0; p < parts; p++) starts[p + 1]! += starts[p]!;
  for (let i = 0; i < n; i++) {
    const v = buffer[i]!;
    placed[starts[hashOf(v) >>> shift]!++] = v;
  }
}

/** How many distinct numbers `placed[a..b)` holds, through an open-addressing table (0 marks a free slot). */
function distinctIn(a: number, b: number): number {
  let size = 16;
  while (size < 2 * (b - a)) size *= 2;
  if (table.length < size) table = new Float64Array(size);
  else table.fill(0, 0, size);
  const mask = size - 1;
  let distinct = 0;
  for (let i = a; i < b; i++) {
    const v = placed[i]!;
    for (let s = hashOf(v) & mask; ; s = (s + 1) & mask) {
      const k = table[s]!;
      if (k === v) break;
      if (k === 0) {
        table[s] = v;
        distinct++;
        break;
      }
    }
  }
  return distinct;
}

/** A buffer twice as large as `old`, holding its first `n` numbers. */
function larger(old: Float64Array, n: number): Float64Array {
  const b = new Float64Array(old.length * 2);
  b.set(old.subarray(0, n));
  return b;
}

/**
 * A well-mixed 32-bit hash of `v` from its integer part's two 32-bit halves (ints above
 * 2^32 and below -2^31 included). A fraction hashes as its integer part: equal hashes
 * only make probes longer, never a wrong answer.
 */
function hashOf(v: number): number {
  const lo = v >>> 0;
  const hi = Math.floor(v / 4294967296) | 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
