/**
 * Growable typed arrays: one number per entry at 1–8 bytes, where an array of JS numbers
 * costs 8 bytes a slot plus a 16-byte box for every number that is not a small integer
 * (a clock in nanoseconds never is). The session keeps a few of these per kernel step
 * and per trace event, so on a run of a million events they decide its memory.
 */
type Typed = Int8Array | Uint8Array | Int32Array | Float64Array;
type TypedCtor = { new (n: number): Typed };

export class Column {
  private a: Typed;
  private n = 0;

  constructor(
    private readonly Ctor: TypedCtor,
    capacity = 256,
  ) {
    this.a = new Ctor(Math.max(16, capacity));
  }

  get length(): number {
    return this.n;
  }

  push(v: number): void {
    if (this.n === this.a.length) {
      const b = new this.Ctor(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }

  /** Entry i (undefined past the end, as an array's). */
  at(i: number): number {
    return i >= 0 && i < this.n ? this.a[i]! : (undefined as unknown as number);
  }

  /** Drops the entries from n on. */
  truncate(n: number): void {
    this.n = Math.min(this.n, Math.max(0, n));
  }

  /** A column holding the first n entries (a branch of the run shares the prefix by value). */
  prefix(n: number): Column {
    const c = new Column(this.Ctor, n);
    c.a.set(this.a.subarray(0, Math.min(n, this.n)));
    c.n = Math.min(n, this.n);
    return c;
  }

  /** Entries [from, to) as a view (valid until the next push). */
  view(from = 0, to = this.n): Typed {
    return this.a.subarray(Math.max(0, from), Math.min(to, this.n));
  }

  /** Entries [from, to) as plain numbers. */
  toArray(from = 0, to = this.n): number[] {
    return Array.from(this.a.subarray(Math.max(0, from), Math.min(to, this.n)));
  }

  /** The last index in [lo, hi] whose entry is <= v, for a column that never decreases (lo - 1 when none is). */
  lastAtMost(v: number, lo = 0, hi = this.n - 1): number {
    const a = this.a;
    let l = lo;
    let h = hi;
    while (l <= h) {
      const mid = (l + h) >> 1;
      if (a[mid]! <= v) l = mid + 1;
      else h = mid - 1;
    }
    return l - 1;
  }

  /** Bytes it holds. */
  get bytes(): number {
    return this.a.byteLength;
  }
}

export const int8s = (capacity?: number): Column => new Column(Int8Array, capacity);
export const uint8s = (capacity?: number): Column => new Column(Uint8Array, capacity);
export const int32s = (capacity?: number): Column => new Column(Int32Array, capacity);
export const float64s = (capacity?: number): Column => new Column(Float64Array, capacity);
