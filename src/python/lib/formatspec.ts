/**
 * The format-spec mini-language (`format(v, spec)`, `f'{v:spec}'`,
 * `str.format`), as CPython 3.11's Python/formatter_unicode.c implements it:
 * same parse order, same error texts, same padding and grouping arithmetic.
 *
 *   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 */
import { doubleToString } from './dtoa.js';
import { floatRepr } from './floatrepr.js';
import { intToStr } from './intbits.js';
import { overflowError, valueError } from './errors.js';
import { codePoints, hasSurrogates, pyLen, pySlice } from './codepoints.js';
import { decimalValue } from './unicode.js';
import type { PyInt } from './pyint.js';

/** A parsed spec; '' marks an absent align/sign/type, -1 an absent number. */
export interface FormatSpec {
  fill: string;
  fillSpecified: boolean;
  align: '' | '<' | '>' | '=' | '^';
  sign: '' | '+' | '-' | ' ';
  noNeg0: boolean;
  alternate: boolean;
  zeroPad: boolean;
  width: number;
  grouping: '' | ',' | '_';
  precision: number;
  type: string;
}

const ALIGN = new Set(['<', '>', '=', '^']);
const SIGN = new Set(['+', '-', ' ']);
const SSIZE_MAX = 9223372036854775807n;

function readInt(cps: ArrayLike<string>, pos: number, end: number): { value: number; next: number; n: number } {
  let acc = 0;
  let big = 0n;
  let useBig = false;
  let i = pos;
  for (; i < end; i++) {
    const ch = cps[i]!;
    const d = decimalValue(ch.codePointAt(0)!);
    if (d < 0) break;
    if (!useBig && acc > 1e14) {
      useBig = true;
      big = BigInt(acc);
    }
    if (useBig) {
      big = big * 10n + BigInt(d);
      if (big > SSIZE_MAX) throw valueError('Too many decimal digits in format string');
    } else acc = acc * 10 + d;
  }
  return { value: useBig ? Number(big) : acc, next: i, n: i - pos };
}

const cache = new Map<string, FormatSpec>();

/**
 * Parse a spec. `typeName` is only used in the error text. Results are
 * cached per spec string (programs reuse a handful of specs in hot loops),
 * so the returned object is shared and must not be modified.
 */
export function parseFormatSpec(spec: string, typeName: string): Readonly<FormatSpec> {
  const hit = cache.get(spec);
  if (hit !== undefined) return hit;
  const cps: ArrayLike<string> = hasSurrogates(spec) ? codePoints(spec) : spec;
  const end = cps.length;
  let pos = 0;
  const f: FormatSpec = {
    fill: ' ', fillSpecified: false, align: '', sign: '', noNeg0: false, alternate: false,
    zeroPad: false, width: -1, grouping: '', precision: -1, type: '',
  };
  if (end >= 2 && ALIGN.has(cps[1]!)) {
    f.align = cps[1] as FormatSpec['align'];
    f.fill = cps[0]!;
    f.fillSpecified = true;
    pos = 2;
  } else if (end >= 1 && ALIGN.has(cps[0]!)) {
    f.align = cps[0] as FormatSpec['align'];
    pos = 1;
  }
  if (pos < end && SIGN.has(cps[pos]!)) f.sign = cps[pos++] as FormatSpec['sign'];
  if (pos < end && cps[pos] === 'z') {
    f.noNeg0 = true;
    pos++;
  }
  if (pos < end && cps[pos] === '#') {
    f.alternate = true;
    pos++;
  }
  if (!f.fillSpecified && pos < end && cps[pos] === '0') {
    f.fill = '0';
    f.zeroPad = true;
    pos++;
  }
  const w = readInt(cps, pos, end);
  pos = w.next;
  if (w.n > 0) f.width = w.value;
  if (pos < end && cps[pos] === ',') {
    f.grouping = ',';
    pos++;
  }
  if (pos < end && cps[pos] === '_') {
    if (f.grouping !== '') throw valueError("Cannot specify both ',' and '_'.");
    f.grouping = '_';
    pos++;
  }
  if (pos < end && cps[pos] === ',' && f.grouping === '_') throw valueError("Cannot specify both ',' and '_'.");
  if (pos < end && cps[pos] === '.') {
    pos++;
    const p = readInt(cps, pos, end);
    pos = p.next;
    if (p.n === 0) throw valueError('Format specifier missing precision');
    f.precision = p.value;
  }
  if (end - pos > 1) throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (end - pos === 1) f.type = cps[pos]!;
  if (cache.size < 4096) cache.set(spec, f);
  return f;
}

function charDesc(t: string): string {
  const cp = t.codePointAt(0)!;
  return cp > 32 && cp < 128 ? t : '\\x' + cp.toString(16);
}

function unknownType(t: string, typeName: string): Error {
  return valueError(`Unknown format code '${charDesc(t)}' for object of type '${typeName}'`);
}

const COMMA_OK = new Set(['d', 'e', 'f', 'g', 'E', 'G', '%', 'F', '']);
const UNDERSCORE_OK = new Set(['b', 'o', 'x', 'X']);

/** The grouping check that CPython does at parse time, on the defaulted type. */
function checkGrouping(f: Readonly<FormatSpec>, type: string): number {
  if (f.grouping === '') return 0;
  if (COMMA_OK.has(type)) return 3;
  if (f.grouping === '_' && UNDERSCORE_OK.has(type)) return 4;
  throw valueError(`Cannot specify '${f.grouping}' with '${charDesc(type)}'.`);
}

/** Alignment after defaults: '0' without an explicit align means '=' for numbers. */
function alignOf(f: Readonly<FormatSpec>, defaultAlign: '<' | '>'): string {
  if (f.align !== '') return f.align;
  return f.zeroPad && defaultAlign === '>' ? '=' : defaultAlign;
}

/**
 * CPython's _PyUnicode_InsertThousandsGrouping: group `digits` from the right
 * in groups of `size` (0 = no grouping), left-padding with zeros (and
 * separators) until at least `minWidth` characters.
 */
function groupDigits(digits: string, minWidth: number, size: number, sep: string): string {
  let remaining = digits.length;
  let mw = Math.max(0, minWidth);
  let pos = digits.length;
  const parts: string[] = [];
  if (size > 0) {
    for (;;) {
      const l = Math.min(size, Math.max(remaining, mw, 1));
      const nZeros = Math.max(0, l - remaining);
      const nChars = Math.max(0, Math.min(remaining, l));
      const chunk = digits.slice(pos - nChars, pos);
      parts.push(nZeros > 0 ? '0'.repeat(nZeros) + chunk : chunk);
      pos -= nChars;
      remaining -= nChars;
      mw -= l;
      if (remaining <= 0 && mw <= 0) return parts.reverse().join(sep);
      mw -= sep.length;
    }
  }
  const l = Math.max(remaining, mw, 1);
  const nZeros = Math.max(0, l - remaining);
  return '0'.repeat(nZeros) + digits;
}

/**
 * CPython's calc_number_widths + fill_number. `body` is the unsigned number
 * text: integer digits, then an optional remainder (decimal point, fraction,
 * exponent, '%', 'inf'). `nDigits` counts the leading integer digits.
 */
function layoutNumber(
  f: Readonly<FormatSpec>, align: string, negative: boolean, prefix: string,
  body: string, nDigits: number, groupSize: number, remLen = -1,
): string {
  const sep = f.grouping === '_' ? '_' : ',';
  let sign = '';
  if (f.sign === '+') sign = negative ? '-' : '+';
  else if (f.sign === ' ') sign = negative ? '-' : ' ';
  else if (negative) sign = '-';
  const remainder = body.slice(nDigits);
  const nonDigit = sign.length + prefix.length + (remLen >= 0 ? remLen : remainder.length);
  const minWidth = f.fill === '0' && align === '=' ? f.width - nonDigit : 0;
  const digits = body.slice(0, nDigits);
  const grouped = nDigits === 0 ? '' : groupDigits(digits, minWidth, groupSize, sep);
  const pad = f.width - (nonDigit + grouped.length);
  let lpad = 0;
  let spad = 0;
  let rpad = 0;
  if (pad > 0) {
    if (align === '<') rpad = pad;
    else if (align === '^') {
      lpad = pad >> 1;
      rpad = pad - lpad;
    } else if (align === '=') spad = pad;
    else lpad = pad;
  }
  const fill = f.fill;
  return (
    (lpad ? fill.repeat(lpad) : '') + sign + prefix + (spad ? fill.repeat(spad) : '') +
    grouped + remainder + (rpad ? fill.repeat(rpad) : '')
  );
}

const INT_BASE: Record<string, number> = { b: 2, o: 8, x: 16, X: 16, d: 10, n: 10 };
const INT_PREFIX: Record<string, string> = { b: '0b', o: '0o', x: '0x', X: '0X', d: '', n: '' };
const FLOAT_TYPES = new Set(['e', 'E', 'f', 'F', 'g', 'G', '%']);

/** Python int → float (PyNumber_Float), with its overflow error. */
function intToFloat(v: PyInt): number {
  const x = Number(v);
  if (!Number.isFinite(x)) throw overflowError('int too large to convert to float');
  return x;
}

/**
 * `format(v, spec)` for an int (or bool: pass the boolean, `typeName` 'bool';
 * an empty spec then gives 'True'/'False' as CPython's str() fallback does).
 */
export function formatInt(v: PyInt | boolean, spec: string, typeName = 'int'): string {
  if (spec === '' || spec === 'd') {
    if (typeof v === 'boolean') return spec === '' ? (v ? 'True' : 'False') : v ? '1' : '0';
    return typeof v === 'bigint' ? intToStr(v) : String(v);
  }
  const n: PyInt = typeof v === 'boolean' ? (v ? 1 : 0) : v;
  const f = parseFormatSpec(spec, typeName);
  const type = f.type === '' ? 'd' : f.type;
  const groupSize = checkGrouping(f, type);
  if (FLOAT_TYPES.has(type)) return formatFloatParsed(intToFloat(n), f, type, groupSize);
  const base = INT_BASE[type];
  if (base === undefined && type !== 'c') throw unknownType(type, typeName);
  if (f.precision !== -1) throw valueError('Precision not allowed in integer format specifier');
  if (f.noNeg0) throw valueError('Negative zero coercion (z) not allowed in integer format specifier');
  const align = alignOf(f, '>');
  if (type === 'c') {
    if (f.sign !== '') throw valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof n === 'bigint' && (n < -(2n ** 63n) || n >= 2n ** 63n)) {
      throw overflowError('Python int too large to convert to C long');
    }
    if (typeof n === 'bigint' || n < 0 || n > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
    return layoutNumber(f, align, false, '', String.fromCodePoint(n), 0, 0, 1);
  }
  const negative = n < 0;
  let digits = base === 10 && typeof n === 'bigint' ? intToStr(negative ? -n : n) : (negative ? -n : n).toString(base!);
  if (type === 'X') digits = digits.toUpperCase();
  const prefix = f.alternate ? INT_PREFIX[type]! : '';
  return layoutNumber(f, align, negative, prefix, digits, digits.length, groupSize);
}

/** `format(x, spec)` for a float. */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatRepr(x);
  const f = parseFormatSpec(spec, typeName);
  const type = f.type;
  const groupSize = checkGrouping(f, type);
  if (type !== '' && type !== 'n' && !FLOAT_TYPES.has(type)) throw unknownType(type, typeName);
  return formatFloatParsed(x, f, type, groupSize);
}

function formatFloatParsed(x: number, f: Readonly<FormatSpec>, type: string, groupSize: number): string {
  let code = type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let addDot0 = false;
  let val = x;
  let pct = false;
  if (code === '') {
    addDot0 = true;
    code = 'r';
    defaultPrecision = 0;
  }
  if (code === 'n') code = 'g';
  if (code === '%') {
    code = 'f';
    val *= 100;
    pct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (code === 'r') code = 'g';
  if (precision > 2147483647) throw valueError('precision too big');
  let s = doubleToString(val, code, precision, { addDot0, alt: f.alternate, noNeg0: f.noNeg0 });
  if (pct) s += '%';
  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && type !== 'n' && f.grouping === '') return s;
  const negative = s.charCodeAt(0) === 45;
  const body = negative ? s.slice(1) : s;
  let nDigits = 0;
  while (nDigits < body.length && body.charCodeAt(nDigits) >= 48 && body.charCodeAt(nDigits) <= 57) nDigits++;
  return layoutNumber(f, alignOf(f, '>'), negative, '', body, nDigits, groupSize);
}

/** `format(s, spec)` for a str (width and precision count code points). */
export function formatStr(v: string, spec: string, typeName = 'str'): string {
  if (spec === '') return v;
  const f = parseFormatSpec(spec, typeName);
  const type = f.type === '' ? 's' : f.type;
  checkGrouping(f, type);
  if (type !== 's') throw unknownType(type, typeName);
  if (f.sign !== '') {
    throw valueError(f.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  }
  if (f.noNeg0) throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) throw valueError('Alternate form (#) not allowed in string format specifier');
  const align = alignOf(f, '<');
  if (align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  let len = pyLen(v);
  if ((f.width === -1 || f.width <= len) && (f.precision === -1 || f.precision >= len)) return v;
  let s = v;
  if (f.precision >= 0 && len >= f.precision) {
    s = pySlice(v, 0, f.precision);
    len = f.precision;
  }
  const total = f.width > len ? f.width : len;
  const lpad = align === '>' ? total - len : align === '^' ? (total - len) >> 1 : 0;
  const rpad = total - len - lpad;
  return f.fill.repeat(lpad) + s + f.fill.repeat(rpad);
}
