/**
 * CPython 3.11's hash functions, bit for bit, for the values whose hash shows: set
 * iteration order depends on it, and programs print `hash('a')`. The run is as if
 * PYTHONHASHSEED=0 (the differential corpus is recorded that way): str and bytes
 * use SipHash-1-3 with a zero key.
 *
 * Hashes are Python ints: a JS number when safe, a bigint otherwise (signed 64-bit).
 */
import type { PyInt } from '../lib/pyint.js';
import { normInt } from '../lib/pyint.js';

const P = (1n << 61n) - 1n; // the Mersenne prime CPython reduces numbers by
const M64 = (1n << 64n) - 1n;

/** A signed 64-bit value as a Python int; -1 becomes -2 (CPython reserves -1). */
function fromU64(u: bigint): PyInt {
  let s = u & M64;
  if (s >= 1n << 63n) s -= 1n << 64n;
  if (s === -1n) s = -2n;
  return normInt(s);
}

export function hashInt(v: PyInt): PyInt {
  if (typeof v === 'number') {
    // |v| < 2^53 < P: the hash is the value itself.
    return v === -1 ? -2 : v;
  }
  const neg = v < 0n;
  let x = (neg ? -v : v) % P;
  if (neg) x = -x;
  if (x === -1n) x = -2n;
  return normInt(x);
}

/** _Py_HashDouble (NaN hashes by identity in 3.10+; the caller passes a fallback). */
export function hashFloat(x: number, nanHash: PyInt): PyInt {
  if (Number.isNaN(x)) return nanHash;
  if (x === Infinity) return 314159;
  if (x === -Infinity) return -314159;
  if (Number.isInteger(x)) return hashInt(Number.isSafeInteger(x) ? x : BigInt(x));
  // x = m * 2**e with m in [0.5, 1): accumulate 28 bits at a time, reducing mod P.
  let m = Math.abs(x);
  let e = 0;
  while (m >= 1) {
    m /= 2;
    e++;
  }
  while (m < 0.5) {
    m *= 2;
    e--;
  }
  let acc = 0n;
  while (m !== 0) {
    acc = ((acc << 28n) & P) | (acc >> (61n - 28n));
    m *= 268435456.0; // 2**28
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    acc += BigInt(y);
    if (acc >= P) acc -= P;
  }
  const ee = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  acc = ((acc << BigInt(ee)) & P) | (acc >> BigInt(61 - ee));
  if (x < 0) acc = -acc;
  if (acc === -1n) acc = -2n;
  return normInt(acc);
}

// SipHash-1-3 on 64-bit lanes held as two uint32 halves.
let v0h = 0, v0l = 0, v1h = 0, v1l = 0, v2h = 0, v2l = 0, v3h = 0, v3l = 0;

function add(ah: number, al: number, bh: number, bl: number): [number, number] {
  const l = (al + bl) >>> 0;
  const c = l < al ? 1 : 0;
  return [(ah + bh + c) >>> 0, l];
}

function rotl(h: number, l: number, s: number): [number, number] {
  if (s === 32) return [l, h];
  if (s > 32) {
    [h, l] = [l, h];
    s -= 32;
  }
  return [((h << s) | (l >>> (32 - s))) >>> 0, ((l << s) | (h >>> (32 - s))) >>> 0];
}

function halfRound(s: number, t: number, swap: boolean): void {
  // HALF_ROUND(a,b,c,d,s,t): a += b; c += d; b = rotl(b,s) ^ a; d = rotl(d,t) ^ c; a = rotl(a,32)
  let ah: number, al: number, ch: number, cl: number;
  if (!swap) {
    [ah, al] = add(v0h, v0l, v1h, v1l);
    [ch, cl] = add(v2h, v2l, v3h, v3l);
    let [bh, bl] = rotl(v1h, v1l, s);
    bh = (bh ^ ah) >>> 0;
    bl = (bl ^ al) >>> 0;
    let [dh, dl] = rotl(v3h, v3l, t);
    dh = (dh ^ ch) >>> 0;
    dl = (dl ^ cl) >>> 0;
    v0h = al;
    v0l = ah; // rotl 32
    v1h = bh;
    v1l = bl;
    v2h = ch;
    v2l = cl;
    v3h = dh;
    v3l = dl;
  } else {
    // HALF_ROUND(v2,v1,v0,v3,...)
    [ah, al] = add(v2h, v2l, v1h, v1l);
    [ch, cl] = add(v0h, v0l, v3h, v3l);
    let [bh, bl] = rotl(v1h, v1l, s);
    bh = (bh ^ ah) >>> 0;
    bl = (bl ^ al) >>> 0;
    let [dh, dl] = rotl(v3h, v3l, t);
    dh = (dh ^ ch) >>> 0;
    dl = (dl ^ cl) >>> 0;
    v2h = al;
    v2l = ah;
    v1h = bh;
    v1l = bl;
    v0h = ch;
    v0l = cl;
    v3h = dh;
    v3l = dl;
  }
}

function sipRound(): void {
  halfRound(13, 16, false);
  halfRound(17, 21, true);
}

/** siphash13 with k0 = k1 = 0 over bytes; the raw 64-bit result. */
export function siphash13(data: Uint8Array): bigint {
  const n = data.length;
  // v = k ^ constants, k = 0
  v0h = 0x736f6d65; v0l = 0x70736575;
  v1h = 0x646f7261; v1l = 0x6e646f6d;
  v2h = 0x6c796765; v2l = 0x6e657261;
  v3h = 0x74656462; v3l = 0x79746573;
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    const ml = (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24)) >>> 0;
    const mh = (data[i + 4]! | (data[i + 5]! << 8) | (data[i + 6]! << 16) | (data[i + 7]! << 24)) >>> 0;
    v3h = (v3h ^ mh) >>> 0;
    v3l = (v3l ^ ml) >>> 0;
    sipRound();
    v0h = (v0h ^ mh) >>> 0;
    v0l = (v0l ^ ml) >>> 0;
  }
  let tl = 0;
  let th = 0;
  for (let j = 0; j < n - i; j++) {
    if (j < 4) tl |= data[i + j]! << (8 * j);
    else th |= data[i + j]! << (8 * (j - 4));
  }
  const bh = ((th >>> 0) | ((n & 0xff) << 24)) >>> 0;
  const bl = tl >>> 0;
  v3h = (v3h ^ bh) >>> 0;
  v3l = (v3l ^ bl) >>> 0;
  sipRound();
  v0h = (v0h ^ bh) >>> 0;
  v0l = (v0l ^ bl) >>> 0;
  v2l = (v2l ^ 0xff) >>> 0;
  sipRound();
  sipRound();
  sipRound();
  const rh = (v0h ^ v1h ^ v2h ^ v3h) >>> 0;
  const rl = (v0l ^ v1l ^ v2l ^ v3l) >>> 0;
  return (BigInt(rh) << 32n) | BigInt(rl);
}

/** _Py_HashBytes. */
export function hashBytes(data: Uint8Array): PyInt {
  if (data.length === 0) return 0;
  return fromU64(siphash13(data));
}

const strCache = new Map<string, PyInt>();

/** hash(str): SipHash over the string's code units in CPython's compact kind (1, 2 or 4 bytes). */
export function hashStr(s: string): PyInt {
  if (s.length === 0) return 0;
  const hit = strCache.get(s);
  if (hit !== undefined) return hit;
  const cps: number[] = [];
  let max = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    cps.push(cp);
    if (cp > max) max = cp;
  }
  const kind = max < 256 ? 1 : max < 65536 ? 2 : 4;
  const bytes = new Uint8Array(cps.length * kind);
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!;
    for (let b = 0; b < kind; b++) bytes[i * kind + b] = (cp >>> (8 * b)) & 0xff;
  }
  const h = fromU64(siphash13(bytes));
  if (strCache.size > 10000) strCache.clear();
  strCache.set(s, h);
  return h;
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** tuplehash (xxHash-based) from the hashes of the items. */
export function hashTuple(itemHashes: PyInt[]): PyInt {
  let acc = XXPRIME_5;
  for (const h of itemHashes) {
    const lane = BigInt(h) & M64;
    acc = (acc + lane * XXPRIME_2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XXPRIME_1) & M64;
  }
  acc = (acc + (BigInt(itemHashes.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796;
  return fromU64(acc);
}

const shuffle = (h: bigint): bigint => (((h ^ 89869747n) ^ ((h << 16n) & M64)) * 3644798167n) & M64;

/** frozenset_hash from the table: every slot's hash (0 for empty, -1 for dummy), fill and used. */
export function hashFrozenset(slotHashes: PyInt[], fill: number, used: number): PyInt {
  let hash = 0n;
  for (const h of slotHashes) hash ^= shuffle(BigInt(h) & M64);
  const size = slotHashes.length;
  if ((size - fill) & 1) hash ^= shuffle(0n);
  if ((fill - used) & 1) hash ^= shuffle(M64);
  hash ^= ((BigInt(used) + 1n) * 1927868237n) & M64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & M64;
  if (hash === M64) hash = 590923713n;
  return fromU64(hash);
}
