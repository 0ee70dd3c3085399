/**
 * Per-code-point Unicode properties with CPython 3.11's answers.
 *
 * Most properties come from JS `\p{…}` regexes, but Node ships a newer
 * Unicode than CPython 3.11 (14.0), so characters unassigned in 14.0 are
 * masked out via a generated table; properties JS cannot express
 * (Numeric_Type, titlecase, full case folding, decimal values) come from
 * tables generated with CPython (see unicodetables.ts).
 */
import { DECIMAL_ZEROS, DIGIT_ONLY, FOLD_MAP, NUMERIC_ONLY, TITLE_MAP, UNASSIGNED } from './unicodetables.js';

/** Decoded range table: sorted inclusive [start, end] pairs, flat. */
function decodeRanges(enc: string): Uint32Array {
  const parts = enc.split(',');
  const out = new Uint32Array(parts.length);
  let prev = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const start = prev + parseInt(parts[i]!, 16);
    const end = start + parseInt(parts[i + 1]!, 16);
    out[i] = start;
    out[i + 1] = end;
    prev = end;
  }
  return out;
}

function inRanges(t: Uint32Array, cp: number): boolean {
  let lo = 0;
  let hi = (t.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < t[mid * 2]!) hi = mid - 1;
    else if (cp > t[mid * 2 + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The tables, decoded on first use (most programs never ask: decoding them was a few ms of every start). */
let tables: { unassigned: Uint32Array; digitOnly: Uint32Array; numericOnly: Uint32Array; titleMap: Map<number, string>; foldMap: Map<number, string> } | null = null;
function tbl(): NonNullable<typeof tables> {
  tables ??= {
    unassigned: decodeRanges(UNASSIGNED),
    digitOnly: decodeRanges(DIGIT_ONLY),
    numericOnly: decodeRanges(NUMERIC_ONLY),
    titleMap: new Map<number, string>(TITLE_MAP),
    foldMap: new Map<number, string>(FOLD_MAP),
  };
  return tables;
}

/** Assigned in Unicode 14.0 (what CPython 3.11 knows). */
export function isAssigned(cp: number): boolean {
  return cp < 0x378 || !inRanges(tbl().unassigned, cp);
}

/** Decimal value 0-9 of a Unicode decimal digit (category Nd), else -1. */
export function decimalValue(cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 0x660) return -1;
  let lo = 0;
  let hi = DECIMAL_ZEROS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (DECIMAL_ZEROS[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  const d = cp - DECIMAL_ZEROS[lo]!;
  return d >= 0 && d < 10 ? d : -1;
}

/**
 * Property regexes, each compiled on first use: a \p{…} class costs V8 a Unicode
 * set to build, which most programs never need (they were ~10 ms of every start).
 */
const lazyRe = (src: string): (() => RegExp) => {
  let re: RegExp | null = null;
  return () => (re ??= new RegExp(src, 'u'));
};
const RE_ALPHA = lazyRe('^\\p{L}$');
const RE_UPPER = lazyRe('^\\p{Uppercase}$');
const RE_LOWER = lazyRe('^\\p{Lowercase}$');
const RE_TITLE = lazyRe('^\\p{Lt}$');
const RE_CASED = lazyRe('^\\p{Cased}$');
const RE_CASE_IGNORABLE = lazyRe('^\\p{Case_Ignorable}$');
const RE_NONPRINTABLE = lazyRe('^[\\p{C}\\p{Z}]$');
const RE_XID_START = lazyRe('^\\p{XID_Start}$');
const RE_XID_CONTINUE = lazyRe('^\\p{XID_Continue}$');

/** Properties known for a newer Unicode only: mask out what 14.0 lacks. */
function prop(re: () => RegExp, ch: string, cp: number): boolean {
  return re().test(ch) && isAssigned(cp);
}

export const isAlphaCp = (ch: string, cp: number): boolean => prop(RE_ALPHA, ch, cp);
export const isUpperCp = (ch: string, cp: number): boolean => prop(RE_UPPER, ch, cp);
/**
 * Assigned characters whose Lowercase (and so Cased) property changed after
 * Unicode 14; pinned to CPython 3.11's answer whatever ICU Node ships.
 */
const LOWER_PINNED = new Map<number, boolean>([
  [0x295, true], [0x10fc, false], [0xa7f2, false], [0xa7f3, false], [0xa7f4, false], [0xab69, false],
]);
export const isLowerCp = (ch: string, cp: number): boolean => LOWER_PINNED.get(cp) ?? prop(RE_LOWER, ch, cp);
export const isTitleCp = (ch: string, cp: number): boolean => prop(RE_TITLE, ch, cp);
export const isCasedCp = (ch: string, cp: number): boolean => LOWER_PINNED.get(cp) ?? prop(RE_CASED, ch, cp);
export const isCaseIgnorableCp = (ch: string, cp: number): boolean => prop(RE_CASE_IGNORABLE, ch, cp);
export const isXidStartCp = (ch: string, cp: number): boolean => prop(RE_XID_START, ch, cp);
export const isXidContinueCp = (ch: string, cp: number): boolean => prop(RE_XID_CONTINUE, ch, cp);

export function isDecimalCp(cp: number): boolean {
  return decimalValue(cp) >= 0;
}
export function isDigitCp(cp: number): boolean {
  return decimalValue(cp) >= 0 || inRanges(tbl().digitOnly, cp);
}
export function isNumericCp(ch: string, cp: number): boolean {
  if (cp < 128) return cp >= 48 && cp <= 57;
  return isDigitCp(cp) || inRanges(tbl().numericOnly, cp);
}

/** CPython's Py_UNICODE_ISSPACE: bidi WS/B/S or category Zs. */
export function isSpaceCp(cp: number): boolean {
  if (cp < 128) return (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 32);
  return (
    cp === 0x85 || cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000
  );
}

/** Printable per str.isprintable: not C* or Z*, except ASCII space. */
export function isPrintableCp(ch: string, cp: number): boolean {
  if (cp < 128) return cp >= 32 && cp < 127;
  return !RE_NONPRINTABLE().test(ch) && isAssigned(cp);
}

let reUnassigned: RegExp | null = null;

/** A regex matching any code point unassigned in Unicode 14.0 (built on first use from the table). */
export const unassigned14 = (): RegExp => (reUnassigned ??= buildUnassigned14());

function buildUnassigned14(): RegExp {
  const hex = (n: number): string => '\\u{' + n.toString(16) + '}';
  const { unassigned } = tbl();
  let src = '';
  for (let i = 0; i < unassigned.length; i += 2) {
    const a = unassigned[i]!;
    const b = unassigned[i + 1]!;
    src += a === b ? hex(a) : hex(a) + '-' + hex(b);
  }
  return new RegExp('[' + src + ']', 'u');
}

/**
 * A JS case mapping as CPython 3.11 would do it: characters unknown to
 * Unicode 14, and mappings onto such characters (partners added later, e.g.
 * U+019B ƛ → U+A7DC), stay unchanged.
 */
function pinned(ch: string, cp: number, mapped: string): string {
  if (mapped === ch || cp < 0x80) return mapped;
  return isAssigned(cp) && !unassigned14().test(mapped) ? mapped : ch;
}

/** Full uppercase mapping of one code point. */
export function toUpperCp(ch: string, cp: number): string {
  return pinned(ch, cp, ch.toUpperCase());
}

/** Full lowercase mapping of one code point (no final-sigma context). */
export function toLowerCp(ch: string, cp: number): string {
  return pinned(ch, cp, ch.toLowerCase());
}

/** Full titlecase mapping of one code point (Python's str.title per char). */
export function toTitleCp(ch: string, cp: number): string {
  const t = tbl().titleMap.get(cp);
  return t !== undefined ? t : toUpperCp(ch, cp);
}

/** Full case folding of one code point. */
export function caseFoldCp(ch: string, cp: number): string {
  const f = tbl().foldMap.get(cp);
  return f !== undefined ? f : toLowerCp(ch, cp);
}
