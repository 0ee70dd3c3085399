/**
 * int(str, base) and float(str): CPython's accepted syntax and its messages.
 *
 * CPython first maps non-ASCII decimal digits to ASCII and non-ASCII
 * whitespace to ' ' (_PyUnicode_TransformDecimalAndSpaceToASCII), then parses
 * ASCII. We do the same, so int('١٢٣') == 123 and the error texts quote the
 * caller's original string.
 */
import { valueError } from './errors.js';
import { normInt, type PyInt } from './pyint.js';
import { INT_MAX_STR_DIGITS } from './intbits.js';
import { decimalValue, isSpaceCp } from './unicode.js';
import { strRepr } from './strrepr.js';

export { strRepr };
import { pySlice } from './codepoints.js';

/** Non-ASCII digits → ASCII, non-ASCII spaces → ' ', other non-ASCII → '?'. */
function toAsciiNumber(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) out += ch;
    else if (isSpaceCp(cp)) out += ' ';
    else {
      const d = decimalValue(cp);
      if (d < 0) return out + '?';
      out += String.fromCharCode(48 + d);
    }
  }
  return out;
}

const ASCII_SPACE = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

const SMALL_DEC = /^[ \t\n\v\f\r]*[+-]?[0-9]{1,15}[ \t\n\v\f\r]*$/;

/**
 * int(s, base): base 0 (auto, from the prefix) or 2..36. Underscores may
 * separate digits (and follow a base prefix), surrounding whitespace is
 * ignored. Returns a canonical int.
 */
export function intFromString(s: string, base: PyInt = 10): PyInt {
  const b = Number(base);
  if (typeof base === 'bigint' || (b !== 0 && b < 2) || b > 36) {
    throw valueError('int() base must be >= 2 and <= 36, or 0');
  }
  if (b === 10 && SMALL_DEC.test(s)) return parseInt(s, 10) + 0;
  const fail = (): Error => valueError(`invalid literal for int() with base ${b}: ${pySlice(strRepr(s), 0, 200)}`);
  const a = toAsciiNumber(s);
  let i = 0;
  const n = a.length;
  while (i < n && ASCII_SPACE(a.charCodeAt(i))) i++;
  let neg = false;
  if (a[i] === '+') i++;
  else if (a[i] === '-') {
    neg = true;
    i++;
  }
  let radix = b;
  let errorIfNonzero = false;
  const c1 = (a[i + 1] ?? '').toLowerCase();
  if (radix === 0) {
    if (a[i] !== '0') radix = 10;
    else if (c1 === 'x') radix = 16;
    else if (c1 === 'o') radix = 8;
    else if (c1 === 'b') radix = 2;
    else {
      errorIfNonzero = true;
      radix = 10;
    }
  }
  if (a[i] === '0' && ((radix === 16 && c1 === 'x') || (radix === 8 && c1 === 'o') || (radix === 2 && c1 === 'b'))) {
    i += 2;
    if (a[i] === '_') i++;
  }
  if (a[i] === '_') throw fail();
  const start = i;
  let digits = '';
  let prevUnderscore = false;
  for (; i < n; i++) {
    const c = a.charCodeAt(i);
    if (c === 95) {
      if (prevUnderscore) throw fail();
      prevUnderscore = true;
      continue;
    }
    if (digitValue(c) >= radix) break;
    prevUnderscore = false;
    digits += a[i];
  }
  if (prevUnderscore || i === start) throw fail();
  while (i < n && ASCII_SPACE(a.charCodeAt(i))) i++;
  if (i !== n) throw fail();
  let v: bigint;
  if (radix === 10 || radix === 16 || radix === 8 || radix === 2) {
    if (radix === 10 && digits.length > INT_MAX_STR_DIGITS) {
      throw valueError(
        `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
      );
    }
    const pfx = radix === 10 ? '' : radix === 16 ? '0x' : radix === 8 ? '0o' : '0b';
    v = BigInt(pfx + digits);
  } else {
    if ((radix & (radix - 1)) !== 0 && digits.length > INT_MAX_STR_DIGITS) {
      throw valueError(
        `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
      );
    }
    v = 0n;
    const R = BigInt(radix);
    for (let k = 0; k < digits.length; k++) v = v * R + BigInt(digitValue(digits.charCodeAt(k)));
  }
  if (errorIfNonzero && v !== 0n) {
    throw fail();
  }
  return normInt(neg ? -v : v);
}

const FLOAT_RE = /^[+-]?(?:(?:[0-9](?:_?[0-9])*)?(?:\.(?:[0-9](?:_?[0-9])*)?)?)(?:[eE][+-]?[0-9](?:_?[0-9])*)?$/;
const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

/** float(s): decimal literal with optional underscores, inf/infinity/nan. */
export function floatFromString(s: string): number {
  const a = toAsciiNumber(s);
  let i = 0;
  let j = a.length;
  while (i < j && ASCII_SPACE(a.charCodeAt(i))) i++;
  while (j > i && ASCII_SPACE(a.charCodeAt(j - 1))) j--;
  const body = a.slice(i, j);
  const sp = SPECIAL_RE.exec(body);
  if (sp) {
    const v = sp[2]!.toLowerCase() === 'nan' ? NaN : Infinity;
    return sp[1] === '-' ? -v : v;
  }
  // Needs a digit in the mantissa (not just '.' or a sign).
  if (FLOAT_RE.test(body) && /^[+-]?\.?[0-9]/.test(body)) {
    return Number(body.includes('_') ? body.replace(/_/g, '') : body);
  }
  throw valueError(`could not convert string to float: ${strRepr(s)}`);
}
