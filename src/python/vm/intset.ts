/**
 * A set of JS numbers (Python ints held as numbers, mostly), for the heap count
 * (heapsize.ts), which adds every int a program holds to one: a million-int list is a
 * million adds per count. A JS `Set` of numbers beyond the small-integer range costs
 * about half a microsecond an add there (each key is a boxed double); this table keeps
 * the keys unboxed in a Float64Array with open addressing and linear probing.
 *
 * NaN marks a free slot (NaN itself, which no Python int is, is kept aside); equality
 * is `===`, so 0 and -0 are one key, as in a `Set`.
 */
export class IntSet {
  private keys: Float64Array;
  private mask: number;
  private nan = false;
  /** How many keys it holds. */
  size = 0;

  /** `expected`: about how many keys it will hold (a table made that large at once is not rehashed as it fills). */
  constructor(expected = 0) {
    let n = 1024;
    while (n < expected * 2) n *= 2;
    this.keys = new Float64Array(n).fill(NaN);
    this.mask = n - 1;
  }

  /** Adds `v`; whether it was not there yet. */
  add(v: number): boolean {
    if (v !== v) {
      if (this.nan) return false;
      this.nan = true;
      this.size++;
      return true;
    }
    const keys = this.keys;
    const mask = this.mask;
    for (let i = slotOf(v) & mask; ; i = (i + 1) & mask) {
      const k = keys[i]!;
      if (k === v) return false;
      if (k !== k) {
        keys[i] = v;
        // Kept at most half full, so that probes stay short.
        if (++this.size * 2 > mask) this.grow();
        return true;
      }
    }
  }

  private grow(): void {
    const old = this.keys;
    const keys = new Float64Array(old.length * 2).fill(NaN);
    const mask = keys.length - 1;
    for (let j = 0; j < old.length; j++) {
      const v = old[j]!;
      if (v !== v) continue;
      let i = slotOf(v) & mask;
      while (!Number.isNaN(keys[i]!)) i = (i + 1) & mask;
      keys[i] = v;
    }
    this.keys = keys;
    this.mask = mask;
  }
}

/** A well-mixed 32-bit hash of `v` from its integer part's two 32-bit halves (ints above 2^32 and below -2^31 included). */
function slotOf(v: number): number {
  const lo = v >>> 0;
  const hi = Math.floor(v / 4294967296) | 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
