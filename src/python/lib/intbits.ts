/**
 * Python `int` bitwise operators and base conversions.
 *
 * JS bitwise operators on numbers truncate to 32 bits, so we only use them
 * when both operands fit in int32; otherwise BigInt, whose bitwise operators
 * already have Python's infinite two's-complement semantics on negatives.
 */
import { overflowError, valueError } from './errors.js';
import { normInt, toBig, type PyInt } from './pyint.js';

const SAFE = Number.MAX_SAFE_INTEGER;
const isI32 = (v: PyInt): v is number => typeof v === 'number' && (v | 0) === v;

/** a << n; ValueError for a negative count. */
export function intLshift(a: PyInt, n: PyInt): PyInt {
  if (n < 0) throw valueError('negative shift count');
  if (a === 0 || a === 0n) return 0;
  if (typeof a === 'number' && typeof n === 'number' && n < 53) {
    const r = a * 2 ** n;
    if (r <= SAFE && r >= -SAFE) return r;
  }
  if (typeof n === 'bigint' || n > 2 ** 34) throw overflowError('too many digits in integer');
  return normInt(toBig(a) << BigInt(n));
}

/** a >> n (floor division by 2^n); ValueError for a negative count. */
export function intRshift(a: PyInt, n: PyInt): PyInt {
  if (n < 0) throw valueError('negative shift count');
  if (typeof a === 'number') {
    if (typeof n === 'bigint' || n >= 64) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** n) + 0;
  }
  if (typeof n === 'bigint') return a < 0n ? -1 : 0;
  return normInt(a >> BigInt(n));
}

/** a & b. */
export function intAnd(a: PyInt, b: PyInt): PyInt {
  if (isI32(a) && isI32(b)) return a & b;
  return normInt(toBig(a) & toBig(b));
}

/** a | b. */
export function intOr(a: PyInt, b: PyInt): PyInt {
  if (isI32(a) && isI32(b)) return a | b;
  return normInt(toBig(a) | toBig(b));
}

/** a ^ b. */
export function intXor(a: PyInt, b: PyInt): PyInt {
  if (isI32(a) && isI32(b)) return a ^ b;
  return normInt(toBig(a) ^ toBig(b));
}

/** ~a == -a - 1. */
export function intInvert(a: PyInt): PyInt {
  if (typeof a === 'number' && a < SAFE) return -a - 1;
  return normInt(~toBig(a));
}

/** CPython 3.11's limit on decimal int <-> str conversions (sys.int_info). */
export const INT_MAX_STR_DIGITS = 4300;

/** str(v) for an int, with 3.11's int_max_str_digits check. */
export function intToStr(v: PyInt): string {
  if (typeof v === 'number') return String(v);
  const s = v.toString();
  if (s.length - (v < 0n ? 1 : 0) > INT_MAX_STR_DIGITS) {
    throw valueError(
      `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  return s;
}

const PREFIX: Record<number, string> = { 2: '0b', 8: '0o', 16: '0x' };

/** bin/oct/hex: '-0b101', '0o17', '0xff'. */
export function intToBase(v: PyInt, base: 2 | 8 | 16): string {
  const neg = v < 0;
  const digits = (neg ? (typeof v === 'number' ? -v : -v) : v).toString(base);
  return (neg ? '-' : '') + PREFIX[base] + digits;
}

export const bin = (v: PyInt): string => intToBase(v, 2);
export const oct = (v: PyInt): string => intToBase(v, 8);
export const hex = (v: PyInt): string => intToBase(v, 16);
