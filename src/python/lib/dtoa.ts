/**
 * Exact decimal conversion of doubles, as CPython's `_Py_dg_dtoa` and
 * `PyOS_double_to_string` do it.
 *
 * CPython rounds half-to-even on the *exact* binary value of a double
 * (`'%.2f' % 2.675 == '2.67'` because 2.675 is really 2.67499999…). V8's
 * `toFixed`/`toExponential` are correctly rounded too, except that exact ties
 * go up. So we use them as a fast path and detect the rare exact tie cheaply,
 * falling back to BigInt arithmetic on the double's mantissa and exponent.
 */

/** Digits without leading/trailing zeros; value = 0.DIGITS × 10^decpt. */
export interface Digits {
  digits: string;
  decpt: number;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// Index of the high word depends on platform endianness.
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/** |x| = mant × 2^exp exactly, for finite non-zero x. */
export function decompose(x: number): { mant: bigint; exp: number } {
  f64[0] = x;
  const hi = u32[HI]!;
  const lo = u32[LO]!;
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (bexp === 0) return { mant, exp: -1074 };
  mant |= 1n << 52n;
  return { mant, exp: bexp - 1075 };
}

const POW10: bigint[] = [1n];
/** 10^k as bigint, memoised (precisions are small and repeat). */
export function pow10n(k: number): bigint {
  while (POW10.length <= k) POW10.push(POW10[POW10.length - 1]! * 10n);
  return POW10[k]!;
}

/** round-half-even(|x| × 10^k) for finite x, any integer k. */
export function roundScaled(x: number, k: number): bigint {
  const { mant, exp } = decompose(x);
  let num = mant;
  let den = 1n;
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  if (k >= 0) num *= pow10n(k);
  else den *= pow10n(-k);
  const q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** floor(log10(|x|)) exactly, for finite non-zero x. */
export function exactLog10(x: number): number {
  const a = Math.abs(x);
  let e = Math.floor(Math.log10(a));
  // Math.log10 can be off by one near powers of ten; correct exactly.
  const { mant, exp } = decompose(a);
  const cmp = (k: number): number => {
    // sign of |x| - 10^k
    let lhs = mant;
    let rhs = 1n;
    if (exp >= 0) lhs <<= BigInt(exp);
    else rhs <<= BigInt(-exp);
    if (k >= 0) rhs *= pow10n(k);
    else lhs *= pow10n(-k);
    return lhs > rhs ? 1 : lhs < rhs ? -1 : 0;
  };
  while (cmp(e) < 0) e--;
  while (cmp(e + 1) >= 0) e++;
  return e;
}

function stripTrailingZeros(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Digits of a mantissa string like "1.2345" (from toExponential). */
function splitExponential(s: string): { mant: string; exp: number } {
  const ei = s.indexOf('e');
  const m = s.slice(0, ei);
  const mant = m.length > 1 ? m[0] + m.slice(2) : m;
  return { mant, exp: +s.slice(ei + 1) };
}

/**
 * Shortest round-trip digits (dtoa mode 0): what `repr` prints.
 * V8's `toExponential()` without argument is exactly that.
 */
export function shortestDigits(x: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  const { mant, exp } = splitExponential(Math.abs(x).toExponential());
  return { digits: stripTrailingZeros(mant), decpt: exp + 1 };
}

/** `nd` significant digits, half-even on the exact value (dtoa mode 2). */
export function significantDigits(x: number, nd: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  const a = Math.abs(x);
  if (nd <= 100) {
    // An exact tie has exactly nd+1 significant digits, the last a 5.
    const probe = nd <= 99 ? a.toExponential(nd) : '';
    const ei = probe.indexOf('e');
    if (probe !== '' && probe.charCodeAt(ei - 1) !== 53) {
      const { mant, exp } = splitExponential(a.toExponential(nd - 1));
      return { digits: stripTrailingZeros(mant), decpt: exp + 1 };
    }
  }
  let e = exactLog10(a);
  let n = roundScaled(a, nd - 1 - e);
  if (n === pow10n(nd)) {
    n = pow10n(nd - 1);
    e += 1;
  }
  return { digits: stripTrailingZeros(n.toString()), decpt: e + 1 };
}

/** Digits up to `nd` places after the point, half-even (dtoa mode 3). */
export function fixedDigits(x: number, nd: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  const a = Math.abs(x);
  if (a < 1e21 && nd >= 0 && nd <= 100) {
    const p = 2 ** nd;
    // Exact tie iff a = k / 2^(nd+1) with k odd.
    if (!(Number.isInteger(a * p * 2) && !Number.isInteger(a * p))) {
      const s = a.toFixed(nd);
      const dot = s.indexOf('.');
      const intLen = dot < 0 ? s.length : dot;
      const all = dot < 0 ? s : s.slice(0, dot) + s.slice(dot + 1);
      let z = 0;
      while (z < all.length && all.charCodeAt(z) === 48) z++;
      if (z === all.length) return { digits: '', decpt: -nd };
      return { digits: stripTrailingZeros(all.slice(z)), decpt: intLen - z };
    }
  }
  const n = roundScaled(a, nd);
  if (n === 0n) return { digits: '', decpt: -nd };
  const s = n.toString();
  return { digits: stripTrailingZeros(s), decpt: s.length - nd };
}

/** Flags of PyOS_double_to_string. */
export interface DtoaFlags {
  sign?: boolean; // always add a sign
  addDot0?: boolean; // integers get ".0" (repr, empty format type)
  alt?: boolean; // '#': keep the point and trailing zeros
  noNeg0?: boolean; // 'z': -0 after rounding prints as 0
}

const NONE: DtoaFlags = {};

/**
 * CPython's PyOS_double_to_string / format_float_short.
 * `code` is one of e E f F g G r; `precision` as the format spec gave it
 * (for 'r' it must be 0). Returns the sign ('-' or '+' if asked) and body.
 */
export function doubleToString(x: number, code: string, precision: number, flags: DtoaFlags = NONE): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  const fc = upper ? code.toLowerCase() : code;
  const neg = x < 0 || (x === 0 && 1 / x < 0);
  if (!Number.isFinite(x)) {
    const body = Number.isNaN(x) ? 'nan' : 'inf';
    const signed = Number.isNaN(x) ? (flags.sign ? '+' : '') : neg ? '-' : flags.sign ? '+' : '';
    return signed + (upper ? body.toUpperCase() : body);
  }
  let d: Digits;
  let prec = precision;
  switch (fc) {
    case 'e':
      prec += 1;
      d = significantDigits(x, prec);
      break;
    case 'f':
      d = fixedDigits(x, prec);
      break;
    case 'g':
      if (prec === 0) prec = 1;
      d = significantDigits(x, prec);
      break;
    case 'r':
      d = shortestDigits(x);
      break;
    default:
      throw new Error(`doubleToString: bad format code ${code}`);
  }
  const digits = d.digits;
  const digitsLen = digits.length;
  let decpt = d.decpt;
  let sign = neg;
  if (flags.noNeg0 && neg && (digitsLen === 0 || digits === '0')) sign = false;

  let useExp = false;
  let vEnd = digitsLen;
  const add0 = !!flags.addDot0;
  switch (fc) {
    case 'e':
      useExp = true;
      vEnd = prec;
      break;
    case 'f':
      vEnd = decpt + prec;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (add0 ? prec - 1 : prec)) useExp = true;
      if (flags.alt) vEnd = prec;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && add0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;

  let out = sign ? '-' : flags.sign ? '+' : '';
  if (decpt <= 0) out += '0'.repeat(decpt - vStart) + '.' + '0'.repeat(-decpt);
  else out += '0'.repeat(-vStart);
  if (decpt > 0 && decpt <= digitsLen) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (digitsLen < decpt) out += '0'.repeat(decpt - digitsLen) + '.' + '0'.repeat(vEnd - decpt);
  else out += '0'.repeat(vEnd - digitsLen);
  if (out.charCodeAt(out.length - 1) === 46 && !flags.alt) out = out.slice(0, -1);
  if (useExp) {
    const ae = Math.abs(exp);
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
  }
  return out;
}
