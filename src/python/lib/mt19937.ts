/**
 * CPython's `random` module, bit for bit: the MT19937 core of
 * Modules/_randommodule.c (seeding, random(), getrandbits()) and the
 * Python-level algorithms of Lib/random.py 3.11 on top of it.
 *
 * The generator is plain data (624 words, an index, the cached gauss
 * value), so `clone()` for fork is one typed-array copy. Transcendental
 * functions come from libm.ts, which rounds like glibc's libm does.
 */
import { createRequire } from 'node:module';

/** node:crypto, loaded on first use (loading it is ~10 ms of a start that most programs do not need). */
const crypto = (): typeof import('node:crypto') => createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
import { indexError, typeError, valueError, zeroDivisionError } from './errors.js';
import { floatPow } from './floatarith.js';
import { intBitLength } from './intarith.js';
import { cos, exp, log, sin } from './libm.js';
import { normInt, toBig, type PyInt } from './pyint.js';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER = 0x80000000;
const LOWER = 0x7fffffff;

/** Serialisable state, shaped like Python's getstate(): (3, (624 words + index), gauss_next). */
export type RandomState = [3, number[], number | null];

const TWOPI = 2 * Math.PI;
/** random.py's NV_MAGICCONST (computed on first use: libm's exp builds its tables then). */
let nvMagic = 0;
const nvMagicConst = (): number => (nvMagic ||= (4 * exp(-0.5)) / Math.sqrt(2.0));

export class PyRandom {
  private mt = new Uint32Array(N);
  private index = N + 1;
  /** random.gauss's cached second value (reset by every seed). */
  gaussNext: number | null = null;

  /** A generator seeded like random.Random(seed); ints, strs (version 2). */
  constructor(seed?: PyInt | string) {
    if (seed !== undefined) this.seed(seed);
    else this.seedInt(0);
  }

  /** random.seed(a) for an int or str (floats: seedFloat, bytes: seedBytes). */
  seed(a: PyInt | string): void {
    if (typeof a === 'string') this.seedBytes(new TextEncoder().encode(a));
    else this.seedInt(a);
  }

  /** seed(int): the absolute value, split into 32-bit words from the right. */
  seedInt(a: PyInt): void {
    let n = toBig(a);
    if (n < 0n) n = -n;
    const key: number[] = [];
    do {
      key.push(Number(n & 0xffffffffn));
      n >>= 32n;
    } while (n > 0n);
    this.initByArray(key);
    this.gaussNext = null;
  }

  /** seed(bytes/str) version 2: int.from_bytes(a + sha512(a).digest(), 'big'). */
  seedBytes(a: Uint8Array): void {
    const digest = crypto().createHash('sha512').update(a).digest();
    const all = Buffer.concat([Buffer.from(a), digest]);
    this.seedInt(BigInt('0x' + all.toString('hex')));
  }

  /** seed(float): Python seeds with hash(x) taken as an unsigned 64-bit int. */
  seedFloat(x: number): void {
    let h = toBig(floatHash(x));
    if (h < 0n) h += 1n << 64n;
    this.seedInt(h);
  }

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]!;
      mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
    }
    this.index = N;
  }

  private initByArray(key: number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + key[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  /** One tempered 32-bit output (genrand_uint32). */
  nextUint32(): number {
    const mt = this.mt;
    if (this.index >= N) {
      let kk = 0;
      let y: number;
      for (; kk < N - M; kk++) {
        y = (mt[kk]! & UPPER) | (mt[kk + 1]! & LOWER);
        mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk]! & UPPER) | (mt[kk + 1]! & LOWER);
        mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      y = (mt[N - 1]! & UPPER) | (mt[0]! & LOWER);
      mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.index = 0;
    }
    let y = mt[this.index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random(): 53-bit float in [0, 1) from two outputs. */
  random(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** getrandbits(k): words filled least significant first. */
  getrandbits(k: number): PyInt {
    if (k < 0) throw valueError('number of bits must be non-negative');
    if (k === 0) return 0;
    if (k <= 32) return this.nextUint32() >>> (32 - k);
    if (k <= 53) {
      const lo = this.nextUint32();
      const hi = this.nextUint32() >>> (64 - k);
      return hi * 4294967296 + lo;
    }
    let r = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32) {
      let w = this.nextUint32();
      if (left < 32) w >>>= 32 - left;
      r |= BigInt(w) << shift;
      shift += 32n;
    }
    return normInt(r);
  }

  /** _randbelow(n) for n > 0: rejection sampling on bit_length(n) bits. */
  randbelow(n: PyInt): PyInt {
    if (!(n > 0)) throw new Error(`randbelow(${n}): n must be positive (CPython would loop forever)`);
    const k = intBitLength(n);
    if (typeof n === 'number' && k <= 32) {
      let r = this.nextUint32() >>> (32 - k);
      while (r >= n) r = this.nextUint32() >>> (32 - k);
      return r;
    }
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  /**
   * randrange(stop) / randrange(start, stop[, step]). Arguments are ints
   * (the VM applies operator.index and the float deprecation path).
   */
  randrange(start: PyInt, stop: PyInt | null = null, step: PyInt = 1): PyInt {
    if (stop === null) {
      if (step !== 1) throw typeError('Missing a non-None stop argument');
      if (start > 0) return this.randbelow(start);
      throw valueError('empty range for randrange()');
    }
    if (typeof start === 'number' && typeof stop === 'number' && step === 1) {
      const width = stop - start;
      if (width > 0 && width <= Number.MAX_SAFE_INTEGER) return start + (this.randbelow(width) as number);
    }
    const bs = toBig(start);
    const width = toBig(stop) - bs;
    const st = toBig(step);
    if (st === 1n) {
      if (width > 0n) return normInt(bs + toBig(this.randbelow(normInt(width))));
      throw valueError(`empty range for randrange() (${bs}, ${toBig(stop)}, ${width})`);
    }
    let n: bigint;
    if (st > 0n) n = floorDiv(width + st - 1n, st);
    else if (st < 0n) n = floorDiv(width + st + 1n, st);
    else throw valueError('zero step for randrange()');
    if (n <= 0n) throw valueError('empty range for randrange()');
    return normInt(bs + st * toBig(this.randbelow(normInt(n))));
  }

  /** randint(a, b) == randrange(a, b + 1). */
  randint(a: PyInt, b: PyInt): PyInt {
    return this.randrange(a, typeof b === 'number' && b < Number.MAX_SAFE_INTEGER ? b + 1 : normInt(toBig(b) + 1n));
  }

  /** The index choice(seq) picks for a sequence of length `len`. */
  choiceIndex(len: number): number {
    if (!len) throw indexError('Cannot choose from an empty sequence');
    return this.randbelow(len) as number;
  }

  /** choice(seq) on a JS array. */
  choice<T>(seq: ArrayLike<T>): T {
    return seq[this.choiceIndex(seq.length)]!;
  }

  /** shuffle(x): in place, Fisher-Yates from the end. */
  shuffle<T>(x: T[]): void {
    for (let i = x.length - 1; i > 0; i--) {
      const j = this.randbelow(i + 1) as number;
      const t = x[i]!;
      x[i] = x[j]!;
      x[j] = t;
    }
  }

  /**
   * The population indices sample(population, k) picks, in selection order:
   * CPython's pool algorithm for small populations, its set algorithm otherwise.
   */
  sampleIndices(n: number, k: number): number[] {
    if (!(k >= 0 && k <= n)) throw valueError('Sample larger than population or is negative');
    const result = new Array<number>(k);
    let setsize = 21;
    if (k > 5) setsize += 4 ** Math.ceil(pyLog(k * 3, 4));
    if (n <= setsize) {
      const pool = Array.from({ length: n }, (_, i) => i);
      for (let i = 0; i < k; i++) {
        const j = this.randbelow(n - i) as number;
        result[i] = pool[j]!;
        pool[j] = pool[n - i - 1]!;
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = this.randbelow(n) as number;
        while (selected.has(j)) j = this.randbelow(n) as number;
        selected.add(j);
        result[i] = j;
      }
    }
    return result;
  }

  /** sample(population, k) on a JS array. */
  sample<T>(population: ArrayLike<T>, k: number): T[] {
    return this.sampleIndices(population.length, k).map((i) => population[i]!);
  }

  /** sample(population, k, counts=counts) as population indices. */
  sampleIndicesWithCounts(counts: readonly number[], k: number): number[] {
    const cum: number[] = [];
    let total = 0;
    for (const c of counts) cum.push((total += c));
    if (cum.length === 0) throw indexError('pop from empty list');
    total = cum.pop()!;
    if (total <= 0) throw valueError('Total of counts must be greater than zero');
    return this.sampleIndices(total, k).map((s) => bisectRight(cum, s, 0, cum.length));
  }

  /**
   * The population indices choices(population, weights, cum_weights=, k=)
   * picks. Weights are the VM's numbers (ints and floats alike).
   */
  choicesIndices(n: number, k: number, weights: readonly number[] | null = null, cumWeights: readonly number[] | null = null): number[] {
    const out = new Array<number>(Math.max(k, 0));
    if (cumWeights === null) {
      if (weights === null) {
        for (let i = 0; i < k; i++) out[i] = Math.floor(this.random() * n);
        return out;
      }
      const cum: number[] = [];
      let t = 0;
      for (const w of weights) cum.push((t += w));
      cumWeights = cum;
    } else if (weights !== null) {
      throw typeError('Cannot specify both weights and cumulative weights');
    }
    if (cumWeights.length !== n) throw valueError('The number of weights does not match the population');
    if (n === 0) throw indexError('list index out of range');
    const total = cumWeights[n - 1]! + 0.0;
    if (total <= 0.0) throw valueError('Total of weights must be greater than zero');
    if (!Number.isFinite(total)) throw valueError('Total of weights must be finite');
    const hi = n - 1;
    for (let i = 0; i < k; i++) out[i] = bisectRight(cumWeights, this.random() * total, 0, hi);
    return out;
  }

  /** uniform(a, b). */
  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  /** triangular(low=0, high=1, mode=None). */
  triangular(low = 0.0, high = 1.0, mode: number | null = null): number {
    let u = this.random();
    if (high - low === 0) return low; // CPython: ZeroDivisionError caught, returns low
    let c = mode === null ? 0.5 : (mode - low) / (high - low);
    let lo = low;
    let hi = high;
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      [lo, hi] = [hi, lo];
    }
    return lo + (hi - lo) * Math.sqrt(u * c);
  }

  /** normalvariate(mu=0, sigma=1): Kinderman-Monahan ratio method. */
  normalvariate(mu = 0.0, sigma = 1.0): number {
    let z: number;
    for (;;) {
      const u1 = this.random();
      const u2 = 1.0 - this.random();
      z = (nvMagicConst() * (u1 - 0.5)) / u2;
      const zz = (z * z) / 4.0;
      if (zz <= -log(u2)) break;
    }
    return mu + z * sigma;
  }

  /** gauss(mu=0, sigma=1): Box-Muller, caching the second value. */
  gauss(mu = 0.0, sigma = 1.0): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * TWOPI;
      const g2rad = Math.sqrt(-2.0 * log(1.0 - this.random()));
      z = cos(x2pi) * g2rad;
      this.gaussNext = sin(x2pi) * g2rad;
    }
    return mu + z * sigma;
  }

  /** lognormvariate(mu, sigma). */
  lognormvariate(mu: number, sigma: number): number {
    return exp(this.normalvariate(mu, sigma));
  }

  /** expovariate(lambd). */
  expovariate(lambd: number): number {
    const u = this.random(); // drawn before the division can raise, as in CPython
    if (lambd === 0) throw zeroDivisionError('float division by zero');
    return -log(1.0 - u) / lambd;
  }

  /** paretovariate(alpha). */
  paretovariate(alpha: number): number {
    const u = 1.0 - this.random();
    if (alpha === 0) throw zeroDivisionError('float division by zero');
    return powPos(u, -1.0 / alpha);
  }

  /** getstate(): (3, (*mt, index), gauss_next). */
  getstate(): RandomState {
    return [3, [...this.mt, this.index], this.gaussNext];
  }

  /** setstate(state) from getstate(). */
  setstate(state: RandomState): void {
    const [version, words, g] = state;
    if (version !== 3) throw valueError(`state with version ${String(version)} passed to Random.setstate() of version 3`);
    if (words.length !== N + 1) throw valueError('state vector is the wrong size');
    const idx = words[N]!;
    if (idx < 0 || idx > N) throw valueError('invalid state');
    this.mt.set(words.slice(0, N));
    this.index = idx;
    this.gaussNext = g;
  }

  /** An independent copy (fork): one 2.5 KB typed-array copy. */
  clone(): PyRandom {
    const r = Object.create(PyRandom.prototype) as PyRandom;
    r.mt = this.mt.slice();
    r.index = this.index;
    r.gaussNext = this.gaussNext;
    return r;
  }
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && (a < 0n) !== (b < 0n) ? q - 1n : q;
}

/** bisect.bisect_right(a, x, lo, hi). */
function bisectRight(a: readonly number[], x: number, lo: number, hi: number): number {
  let l = lo;
  let h = hi;
  while (l < h) {
    const mid = (l + h) >> 1;
    if (x < a[mid]!) h = mid;
    else l = mid + 1;
  }
  return l;
}

/** math.log(x, base) as Python computes it: log(x) / log(base). */
function pyLog(x: number, base: number): number {
  return log(x) / log(base);
}

function powPos(x: number, y: number): number {
  return floatPow(x, y);
}

const MODULUS = (1n << 61n) - 1n;

/** hash(x) for a finite or infinite float (CPython's _Py_HashDouble). NaN hashes by identity in 3.11. */
export function floatHash(x: number): PyInt {
  if (x === Infinity) return 314159;
  if (x === -Infinity) return -314159;
  if (x !== x) throw valueError('hash of NaN depends on object identity');
  if (x === 0) return 0;
  const a = Math.abs(x);
  // a = mant * 2^e exactly.
  const f = new Float64Array([a]);
  const bits = new BigUint64Array(f.buffer)[0]!;
  const be = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & 0xfffffffffffffn;
  let e: number;
  if (be === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = be - 1075;
  }
  const k = ((e % 61) + 61) % 61; // 2^61 ≡ 1 (mod P)
  let h = ((mant % MODULUS) << BigInt(k)) % MODULUS;
  if (x < 0) h = -h;
  if (h === -1n) h = -2n;
  return normInt(h);
}
