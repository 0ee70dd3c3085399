/**
 * Python `float` arithmetic where it differs from JS: modulo takes the
 * divisor's sign, floor division snaps to the nearest integral value,
 * division by zero raises, `**` has CPython's special cases, and `round`
 * rounds half-even on the exact binary value.
 */
import { fixedDigits } from './dtoa.js';
import { powPositive } from './libm.js';
import { overflowError, valueError, zeroDivisionError } from './errors.js';
import type { PyInt } from './pyint.js';

/** Thrown by floatPow for a negative base and fractional exponent: CPython returns a complex. */
export class ComplexResult extends Error {
  constructor(readonly base: number, readonly exp: number) {
    super('complex result');
  }
}

/** a / b for floats. */
export function floatTrueDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError('float division by zero');
  return a / b;
}

/** a % b for floats (CPython float_rem). */
export function floatMod(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError('float modulo');
  let mod = a % b;
  if (mod !== 0) {
    if ((b < 0) !== (mod < 0)) mod += b;
  } else {
    mod = b < 0 ? -0 : 0;
  }
  return mod;
}

function divmodCore(a: number, b: number): [number, number] {
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0) {
    if ((b < 0) !== (mod < 0)) {
      mod += b;
      div -= 1;
    }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  let fdiv: number;
  if (div !== 0) {
    fdiv = Math.floor(div);
    if (div - fdiv > 0.5) fdiv += 1;
  } else {
    fdiv = a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  }
  return [fdiv, mod];
}

/** a // b for floats (CPython float_floor_div). */
export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError('float floor division by zero');
  return divmodCore(a, b)[0];
}

/** divmod(a, b) for floats. */
export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) throw zeroDivisionError('float divmod()');
  return divmodCore(a, b);
}

const isOddInteger = (y: number): boolean => Number.isInteger(y) && Math.abs(y % 2) === 1;

/**
 * a ** b for floats (CPython float_pow's special cases, then libm pow).
 * Integral exponents up to 2048 in magnitude are computed exactly and rounded
 * once; others in double-double (libm.ts). Both agree with glibc's pow
 * except where glibc itself misrounds a near-halfway case (V8's Math.pow is
 * often 1 ulp off).
 */
export function floatPow(x: number, y: number): number {
  if (y === 0) return 1;
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return x === 1 ? 1 : y;
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    return (y > 0) === (ax > 1) ? Infinity : 0;
  }
  if (!Number.isFinite(x)) {
    const odd = isOddInteger(y);
    if (y > 0) return odd ? x : Math.abs(x);
    return odd ? (x < 0 ? -0 : 0) : 0;
  }
  if (x === 0) {
    if (y < 0) throw zeroDivisionError('0.0 cannot be raised to a negative power');
    return isOddInteger(y) ? x : 0;
  }
  let negate = false;
  let v = x;
  if (v < 0) {
    if (y !== Math.floor(y)) throw new ComplexResult(x, y);
    v = -v;
    negate = isOddInteger(y);
  }
  if (v === 1) return negate ? -1 : 1;
  let r = Number.isInteger(y) && Math.abs(y) <= 2048 ? exactIntPow(v, y) : y === 0.5 ? Math.sqrt(v) : powPositive(v, y);
  if (!Number.isFinite(r)) throw overflowError("(34, 'Numerical result out of range')");
  if (negate) r = -r;
  return r;
}

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** v ** n for v > 0 and small integral n, correctly rounded. */
function exactIntPow(v: number, n: number): number {
  f64[0] = v;
  const bits = u64[0]!;
  const be = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & 0xfffffffffffffn;
  let exp: number;
  if (be === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = be - 1075;
  }
  const k = Math.abs(n);
  const m = mant ** BigInt(k);
  const e = exp * k;
  // value = m * 2^e (n > 0) or 1 / (m * 2^e) (n < 0): reduce to num/den.
  if (n > 0) return ratioToDouble(m, 1n, e);
  return ratioToDouble(1n, m, -e);
}

function bitLen(v: bigint): number {
  return v === 0n ? 0 : v.toString(2).length;
}

/** round(num / den * 2^e) to the nearest double, half-even. */
function ratioToDouble(num: bigint, den: bigint, e: number): number {
  const b = bitLen(num) - bitLen(den) + e;
  if (b > 1030) return Infinity;
  if (b < -1100) return 0;
  const s = Math.min(55 - b, 1076) ; // result bits kept: 2 below the last
  let n = num;
  let d = den;
  const shift = s + e;
  if (shift >= 0) n <<= BigInt(shift);
  else d <<= BigInt(-shift);
  let q = n / d;
  if (n % d !== 0n) q |= 1n;
  if (s > 1000) return (Number(q) * 2 ** -(s - 600)) * 2 ** -600;
  if (s < -1000) return Number(q) * 2 ** -(s + 600) * 2 ** 600;
  return Number(q) * 2 ** -s;
}

/** int(x) for a float: truncation, with CPython's errors for inf and nan. */
export function floatToInt(x: number): PyInt {
  if (x !== x) throw valueError('cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) throw overflowError('cannot convert float infinity to integer');
  const t = Math.trunc(x) + 0;
  return t <= Number.MAX_SAFE_INTEGER && t >= -Number.MAX_SAFE_INTEGER ? t : BigInt(t);
}

/** round(x) for a float: the nearest int, ties to even. */
export function floatRoundToInt(x: number): PyInt {
  if (!Number.isFinite(x)) return floatToInt(x);
  const t = Math.trunc(x);
  const diff = x - t; // exact
  let r = t;
  if (diff > 0.5 || (diff === 0.5 && t % 2 !== 0)) r = t + 1;
  else if (diff < -0.5 || (diff === -0.5 && t % 2 !== 0)) r = t - 1;
  return floatToInt(r);
}

const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/**
 * round(x, ndigits) for a float: CPython's double_round — exact decimal
 * rounding (half-even on the true binary value) and a correctly rounded
 * conversion back.
 */
export function floatRound(x: number, ndigits: PyInt): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const nd = typeof ndigits === 'bigint' ? (ndigits > 0n ? Infinity : -Infinity) : ndigits;
  if (nd > NDIGITS_MAX) return x;
  if (nd < NDIGITS_MIN) return 0 * x;
  const d = fixedDigits(x, nd);
  const s = (x < 0 ? '-' : '') + '0' + d.digits + 'e' + (d.decpt - d.digits.length);
  const r = Number(s);
  if (!Number.isFinite(r)) throw overflowError('rounded value too large to represent');
  return r;
}

/** float(v) for an int (big ints round to nearest; OverflowError beyond range). */
export function floatFromInt(v: PyInt): number {
  const x = Number(v);
  if (!Number.isFinite(x)) throw overflowError('int too large to convert to float');
  return x;
}

