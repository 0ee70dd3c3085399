/**
 * Python `int` arithmetic on the VM's `number | bigint` representation.
 *
 * Every function takes canonical ints (number when safe) and returns
 * canonical ints. The fast path is plain JS arithmetic on safe integers; we
 * fall back to BigInt when a result could leave the safe range. Python's
 * floor semantics (quotient rounds towards -inf, remainder takes the
 * divisor's sign) differ from JS's truncating `/` and `%`.
 */
import { overflowError, valueError, zeroDivisionError } from './errors.js';
import { floatPow } from './floatarith.js';
import { normInt, toBig, type PyInt } from './pyint.js';

const SAFE = Number.MAX_SAFE_INTEGER;
const DIV_ZERO = 'integer division or modulo by zero';
const MOD_ZERO = 'integer modulo by zero';

/** a + b. */
export function intAdd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= SAFE && r >= -SAFE) return r;
  }
  return normInt(toBig(a) + toBig(b));
}

/** a - b. */
export function intSub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= SAFE && r >= -SAFE) return r;
  }
  return normInt(toBig(a) - toBig(b));
}

/** a * b (never -0). */
export function intMul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= SAFE && r >= -SAFE) return r + 0;
  }
  return normInt(toBig(a) * toBig(b));
}

/** -a. */
export function intNeg(a: PyInt): PyInt {
  return typeof a === 'number' ? 0 - a : normInt(-a);
}

/** abs(a). */
export function intAbs(a: PyInt): PyInt {
  if (typeof a === 'number') return Math.abs(a);
  return a < 0n ? normInt(-a) : a;
}

function bigFloorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function bigMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && ((r < 0n) !== (b < 0n)) ? r + b : r;
}

/** a // b for ints; ZeroDivisionError as CPython. */
export function intFloorDiv(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw zeroDivisionError(DIV_ZERO);
    // |a| < 2^53 makes the rounded quotient's floor exact.
    const q = Math.floor(a / b);
    if (q <= SAFE && q >= -SAFE) return q + 0;
  }
  const bb = toBig(b);
  if (bb === 0n) throw zeroDivisionError(DIV_ZERO);
  return normInt(bigFloorDiv(toBig(a), bb));
}

/** a % b for ints (result has the divisor's sign). */
export function intMod(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw zeroDivisionError(MOD_ZERO);
    const r = a % b;
    return r !== 0 && (r < 0) !== (b < 0) ? r + b : r + 0;
  }
  const bb = toBig(b);
  if (bb === 0n) throw zeroDivisionError(MOD_ZERO);
  return normInt(bigMod(toBig(a), bb));
}

/** divmod(a, b) for ints. */
export function intDivmod(a: PyInt, b: PyInt): [PyInt, PyInt] {
  if (b === 0 || b === 0n) throw zeroDivisionError(DIV_ZERO);
  return [intFloorDiv(a, b), intMod(a, b)];
}

function bitLength(v: bigint): number {
  const a = v < 0n ? -v : v;
  if (a === 0n) return 0;
  const hex = a.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

/** int.bit_length(). */
export function intBitLength(v: PyInt): number {
  if (typeof v === 'number') {
    const a = Math.abs(v);
    return a === 0 ? 0 : a < 2 ** 31 ? 32 - Math.clz32(a) : bitLength(BigInt(v));
  }
  return bitLength(v);
}

/**
 * a / b for ints, correctly rounded like CPython's long_true_divide even when
 * the operands are far beyond 2^53 (10**30 / 7).
 */
export function intTrueDiv(a: PyInt, b: PyInt): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw zeroDivisionError('division by zero');
    return a / b;
  }
  let n = toBig(a);
  let d = toBig(b);
  if (d === 0n) throw zeroDivisionError('division by zero');
  const negative = (n < 0n) !== (d < 0n);
  if (n < 0n) n = -n;
  if (d < 0n) d = -d;
  if (n === 0n) return negative ? -0 : 0;
  const e = bitLength(n) - bitLength(d);
  // Keep 2 bits below the last significand bit (55 bits, fewer when subnormal)
  // and fold the remainder into a sticky bit: one correct rounding below.
  const s = Math.min(55 - e, 1076);
  let num = n;
  let den = d;
  if (s >= 0) num <<= BigInt(s);
  else den <<= BigInt(-s);
  let q = num / den;
  if (num % den !== 0n) q |= 1n;
  let r: number;
  if (s > 1000) r = (Number(q) * 2 ** -(s - 600)) * 2 ** -600;
  else r = Number(q) * 2 ** -s;
  if (r === Infinity) throw overflowError('integer division result too large for a float');
  return negative ? -r : r;
}

/** Python int → float (PyLong_AsDouble), with CPython's overflow error. */
export function intToFloat(v: PyInt): number {
  if (typeof v === 'number') return v;
  const x = Number(v);
  if (!Number.isFinite(x)) throw overflowError('int too large to convert to float');
  return x;
}

function bigPowMod(base: bigint, exp: bigint, m: bigint): bigint {
  let r = 1n;
  let b = base % m;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    e >>= 1n;
    if (e > 0n) b = (b * b) % m;
  }
  return r;
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [bigMod(a, m), m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw valueError('base is not invertible for the given modulus');
  return bigMod(oldS, m);
}

/**
 * pow(a, b[, m]) for ints. With a negative exponent and no modulus the
 * result is a float (CPython delegates to float pow); the caller gets a
 * `number` it must box as float — `intPowIsFloat(b, m)` tells which.
 */
export function intPow(a: PyInt, b: PyInt, m: PyInt | null = null): PyInt {
  if (m !== null) {
    let mm = toBig(m);
    if (mm === 0n) throw valueError('pow() 3rd argument cannot be 0');
    const negOut = mm < 0n;
    if (negOut) mm = -mm;
    if (mm === 1n) return 0;
    let base = toBig(a);
    let e = toBig(b);
    if (e < 0n) {
      base = modInverse(base, mm);
      e = -e;
    }
    let r = bigPowMod(bigMod(base, mm), e, mm);
    if (negOut && r !== 0n) r -= mm;
    return normInt(r);
  }
  if (b < 0) {
    const x = intToFloat(a);
    const y = intToFloat(b);
    if (x === 0) throw zeroDivisionError('0.0 cannot be raised to a negative power');
    return floatPow(x, y);
  }
  if (typeof a === 'number' && typeof b === 'number') {
    // Square-and-multiply in doubles while provably exact.
    let r = 1;
    let base = a;
    let e = b;
    while (e > 0) {
      if (e % 2 === 1) {
        r *= base;
        if (!(r <= SAFE && r >= -SAFE)) break;
      }
      e = Math.floor(e / 2);
      if (e > 0) {
        base *= base;
        if (!(base <= SAFE)) break;
      }
    }
    if (e === 0 && r <= SAFE && r >= -SAFE) return r + 0;
  }
  const bb = toBig(b);
  const ab = toBig(a);
  if (ab === 0n || ab === 1n) return Number(ab);
  if (ab === -1n) return bb % 2n === 0n ? 1 : -1;
  return normInt(ab ** bb);
}

/** True when intPow(a, b, m) returns a float (negative exponent, no modulus). */
export function intPowIsFloat(b: PyInt, m: PyInt | null = null): boolean {
  return m === null && b < 0;
}

/** round(v, ndigits) for an int: half-even at 10^-ndigits when ndigits < 0. */
export function intRound(v: PyInt, ndigits: PyInt | null = null): PyInt {
  if (ndigits === null || ndigits >= 0) return v;
  const nd = -toBig(ndigits);
  if (nd > 100000n) return 0; // 10**nd exceeds any int we can hold.
  const p = 10n ** nd;
  const x = toBig(v);
  let q = bigFloorDiv(x, p);
  const r2 = (x - q * p) * 2n;
  if (r2 > p || (r2 === p && (q & 1n) === 1n)) q += 1n;
  return normInt(q * p);
}
