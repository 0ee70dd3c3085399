/**
 * `repr(float)` / `str(float)` (identical since Python 3.2).
 *
 * Both JS `String(x)` and CPython produce the shortest digit string that
 * round-trips, so only the notation differs: CPython switches to exponent
 * form when the decimal exponent is < -4 or ≥ 16 and pads the exponent to two
 * digits, and always shows a ".0" on integral values. In the common range we
 * take `String(x)` as is.
 */
import { doubleToString } from './dtoa.js';

/** Exactly `repr(x)` for a Python float. */
export function floatRepr(x: number): string {
  const a = x < 0 ? -x : x;
  if (a >= 1e-4 && a < 1e16) {
    const s = String(x);
    return Number.isInteger(x) ? s + '.0' : s;
  }
  if (x === 0) return 1 / x < 0 ? '-0.0' : '0.0';
  if (x !== x) return 'nan';
  if (a === Infinity) return x < 0 ? '-inf' : 'inf';
  return doubleToString(x, 'r', 0, { addDot0: true });
}

/** `str(x)` for a float: the same as repr in Python 3. */
export const floatStr = floatRepr;
