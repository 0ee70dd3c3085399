/**
 * float.hex and float.fromhex, exactly as CPython's floatobject.c writes and reads
 * them: `0x1.8000000000000p+0` (13 hex digits after the point, subnormals as
 * `0x0.…p-1022`), and any hex string rounded half-to-even to the nearest double.
 */
import { PyLibError } from './errors.js';

const DBL_MIN_EXP = -1021;
const MANT_DIG = 53;

/** float.hex(x). */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return `${sign}0x0.0p+0`;
  let [m, e] = frexp(Math.abs(x));
  const shift = 1 - Math.max(DBL_MIN_EXP - e, 0);
  m *= 2 ** shift;
  e -= shift;
  let out = `${sign}0x${Math.floor(m).toString(16)}.`;
  m -= Math.floor(m);
  for (let i = 0; i < 13; i++) {
    m *= 16;
    const d = Math.floor(m);
    out += d.toString(16);
    m -= d;
  }
  return `${out}p${e >= 0 ? '+' : '-'}${Math.abs(e)}`;
}

/** [m, e] with x = m * 2**e and 0.5 <= m < 1 (x finite, > 0). */
function frexp(x: number): [number, number] {
  // Subnormals first become normal (exactly: a power-of-two scale), so that 2**-e stays finite.
  const sub = x < 2 ** -1022 ? 64 : 0;
  let y = x * 2 ** sub;
  let e = Math.floor(Math.log2(y)) + 1;
  y *= 2 ** -e;
  // log2 can be off by one near powers of two.
  while (y < 0.5) {
    y *= 2;
    e--;
  }
  while (y >= 1) {
    y /= 2;
    e++;
  }
  return [y, e - sub];
}

const invalid = (): never => {
  throw new PyLibError('ValueError', 'invalid hexadecimal floating-point string');
};

/** float.fromhex(s). */
export function floatFromHex(text: string): number {
  const s = text.trim().toLowerCase();
  const m = /^([+-]?)(?:(inf|infinity|nan)|(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?)$/.exec(s);
  if (m === null) return invalid();
  const neg = m[1] === '-';
  if (m[2] !== undefined) {
    const v = m[2] === 'nan' ? NaN : Infinity;
    return neg ? -v : v;
  }
  const int = m[3] ?? '';
  const frac = m[4] ?? '';
  if (int === '' && frac === '') return invalid();
  const digits = (int + frac).replace(/^0+/, '');
  const exp = (m[5] === undefined ? 0 : Number(m[5])) - 4 * frac.length;
  const v = digits === '' ? 0 : scale(BigInt(`0x${digits}`), exp);
  return neg ? -v : v;
}

/** mant * 2**exp rounded half-to-even to a double (mant > 0). */
function scale(mant: bigint, exp: number): number {
  const bits = mant.toString(2).length;
  // The value is in [2**(top-1), 2**top).
  const top = bits + exp;
  if (top > 1024) throw new PyLibError('OverflowError', 'hexadecimal value too large to represent as a float');
  // Keep 53 significant bits, fewer for subnormals (whose last bit is 2**-1074).
  const keep = Math.min(MANT_DIG, top + 1074);
  if (keep <= 0) {
    // Below half the smallest subnormal: 0, or the smallest subnormal if just above half of it.
    return keep === 0 && mant > 1n << BigInt(bits - 1) ? 2 ** -1074 : 0;
  }
  const drop = bits - keep;
  let q = mant;
  let e = exp;
  if (drop > 0) {
    const d = BigInt(drop);
    q = mant >> d;
    const rem = mant - (q << d);
    const half = 1n << (d - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
    e += drop;
  }
  const v = Number(q) * 2 ** e;
  if (!Number.isFinite(v) || (Number(q) === 2 ** MANT_DIG && e + MANT_DIG > 1024)) {
    throw new PyLibError('OverflowError', 'hexadecimal value too large to represent as a float');
  }
  return v;
}
