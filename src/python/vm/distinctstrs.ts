/**
 * The heap count's strs (heapsize.ts), which counts equal strs once: what the distinct
 * strs added weigh. A JS `Set` of every str a program holds costs about a microsecond an
 * add once it holds millions (its table misses the processor's caches at every add, and
 * grows by rehashing into fresh memory, a page fault every 4 KiB on this machine): a
 * program that builds a list of 2,000,000 strs spent about 5 of its 6 s of CPU in the
 * five counts of its run. As with the ints (distinct.ts), each str's hash is written into a buffer beside
 * the str, and the buffer is deduplicated at the end in partitions, by the high bits of
 * the hash, whose small tables stay in cache; a str is read again only when it meets an
 * equal hash. A small direct-mapped table of recent strs in front keeps a str held many
 * times (a list of the same words) from filling the buffer.
 *
 * Strs longer than LONG go into a `Set` instead: hashing them here would read all their
 * characters at every count, where the host hashes a str once and keeps its hash. The
 * buffers are kept from one count to the next (one count runs at a time); the strs in
 * them are let go at the end of each count, so that the buffers keep nothing alive.
 */

/** Strs up to this long are hashed here; longer ones go into a `Set`. */
const LONG = 256;
/** Slots of the table of recent strs (a power of two). */
const RECENT = 4096;
/** About how many strs a partition holds: its table (twice that, 4 bytes a slot) stays within a core's cache. */
const PIECE = 2048;

/** The strs added and their hashes, in order; then the same partitioned; then one partition's table (an index + 1, 0 when free). */
let strs: string[] = [];
let hashes: Int32Array = new Int32Array(1024);
let placedStrs: string[] = [];
let placedHashes: Int32Array = new Int32Array(1024);
let table: Int32Array = new Int32Array(2 * PIECE);
/** Where each partition starts (and the next free place while placing). */
let starts: Int32Array = new Int32Array(2);

export class DistinctStrings {
  private n = 0;
  private readonly long = new Set<string>();
  private longBytes = 0;
  private readonly recentHashes = new Int32Array(RECENT);
  private readonly recentStrs: (string | undefined)[] = new Array<string | undefined>(RECENT).fill(undefined);

  /** `size(s)` is what a distinct str weighs. */
  constructor(private readonly size: (s: string) => number) {}

  add(s: string): void {
    if (s.length > LONG) {
      if (!this.long.has(s)) {
        this.long.add(s);
        this.longBytes += this.size(s);
      }
      return;
    }
    const h = hashOf(s);
    const r = h & (RECENT - 1);
    if (this.recentHashes[r] === h && this.recentStrs[r] === s) return;
    this.recentHashes[r] = h;
    this.recentStrs[r] = s;
    const n = this.n;
    if (n === hashes.length) hashes = larger(hashes, n);
    hashes[n] = h;
    strs[n] = s;
    this.n = n + 1;
  }

  /** What the distinct strs added weigh (once: the buffers are the next count's, and hold no str after). */
  bytes(): number {
    const n = this.n;
    this.n = 0;
    let bits = 0;
    while (n >>> bits > PIECE) bits++;
    const parts = 1 << bits;
    if (starts.length < parts + 1) starts = new Int32Array(parts + 1);
    else starts.fill(0, 0, parts + 1);
    if (placedHashes.length < n) placedHashes = new Int32Array(hashes.length);
    while (placedStrs.length < n) placedStrs.push('');
    partition(n, bits);
    let total = this.longBytes;
    for (let p = 0, a = 0; p < parts; p++) {
      const b = starts[p]!;
      total += bytesIn(a, b, this.size);
      a = b;
    }
    strs.fill('', 0, n);
    placedStrs.fill('', 0, n);
    return total;
  }
}

// As in distinct.ts, the loops are small functions of their own: V8 optimises them sooner.

/** Places the first `n` strs (and hashes) by the top `bits` bits of their hash; leaves `starts[p]` at the end of partition p. */
function partition(n: number, bits: number): void {
  const shift = 32 - bits;
  const parts = 1 << bits;
  if (bits === 0) {
    placedHashes.set(hashes.subarray(0, n));
    for (let i = 0; i < n; i++) placedStrs[i] = strs[i]!;
    starts[0] = n;
    return;
  }
  for (let i = 0; i < n; i++) starts[(hashes[i]! >>> shift) + 1]!++;
  for (let p = 0; p < parts; p++) starts[p + 1]! += starts[p]!;
  for (let i = 0; i < n; i++) {
    const at = starts[hashes[i]! >>> shift]!++;
    placedHashes[at] = hashes[i]!;
    placedStrs[at] = strs[i]!;
  }
}

/** What the distinct strs of `placed[a..b)` weigh, through an open-addressing table of their places. */
function bytesIn(a: number, b: number, size: (s: string) => number): number {
  let slots = 16;
  while (slots < 2 * (b - a)) slots *= 2;
  if (table.length < slots) table = new Int32Array(slots);
  else table.fill(0, 0, slots);
  const mask = slots - 1;
  let total = 0;
  for (let i = a; i < b; i++) {
    const h = placedHashes[i]!;
    for (let t = h & mask; ; t = (t + 1) & mask) {
      const k = table[t]!;
      if (k === 0) {
        table[t] = i + 1;
        total += size(placedStrs[i]!);
        break;
      }
      if (placedHashes[k - 1] === h && placedStrs[k - 1] === placedStrs[i]) break;
    }
  }
  return total;
}

/** A buffer twice as large as `old`, holding its first `n` hashes. */
function larger(old: Int32Array, n: number): Int32Array {
  const b = new Int32Array(old.length * 2);
  b.set(old.subarray(0, n));
  return b;
}

/** FNV-1a over the UTF-16 code units, then mixed (murmur3's finaliser): its high bits pick the partition, its low bits the slot. */
function hashOf(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
