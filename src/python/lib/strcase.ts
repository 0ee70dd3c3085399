/**
 * Case mapping and character-class predicates of str, with CPython 3.11's
 * Unicode 14.0 answers (see unicode.ts). ASCII-only strings take a short
 * path: one regex test decides, no per-character work.
 */
import {
  caseFoldCp, isAlphaCp, isCasedCp, isCaseIgnorableCp, isDecimalCp, isDigitCp, isLowerCp, isNumericCp,
  isPrintableCp, isSpaceCp, isTitleCp, isUpperCp, isXidContinueCp, isXidStartCp, unassigned14, toLowerCp,
  toTitleCp, toUpperCp,
} from './unicode.js';

const ASCII = /^[\x00-\x7f]*$/;

/** str.isascii(). */
export function isascii(s: string): boolean {
  return ASCII.test(s);
}

/**
 * str.upper(): full mappings ('ß' → 'SS'). The native mapping is exact
 * unless Unicode 14 does not know an input or output character.
 */
export function upper(s: string): string {
  const r = s.toUpperCase();
  if (ASCII.test(s) || !(unassigned14().test(r) || unassigned14().test(s))) return r;
  let out = '';
  for (const ch of s) out += toUpperCp(ch, ch.codePointAt(0)!);
  return out;
}

/** str.lower(): full mappings, final sigma in context. */
export function lower(s: string): string {
  const r = s.toLowerCase();
  if (ASCII.test(s) || !(unassigned14().test(r) || unassigned14().test(s))) return r;
  const [cs, ps] = cps(s);
  let out = '';
  for (let i = 0; i < cs.length; i++) out += lowerAt(cs, ps, i);
  return out;
}

/** str.casefold(). */
export function casefold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  let out = '';
  for (const ch of s) out += caseFoldCp(ch, ch.codePointAt(0)!);
  return out;
}

/** Code points of s as [char, cp] pairs. */
function cps(s: string): [string[], number[]] {
  const chars = Array.from(s);
  return [chars, chars.map((c) => c.codePointAt(0)!)];
}

/** CPython's handle_capital_sigma: is the Σ at i final? */
function finalSigma(cs: string[], ps: number[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isCaseIgnorableCp(cs[j]!, ps[j]!)) j--;
  if (!(j >= 0 && isCasedCp(cs[j]!, ps[j]!))) return false;
  let k = i + 1;
  while (k < cs.length && isCaseIgnorableCp(cs[k]!, ps[k]!)) k++;
  return k === cs.length || !isCasedCp(cs[k]!, ps[k]!);
}

/** lower_ucs4: lowercase one code point in context. */
function lowerAt(cs: string[], ps: number[], i: number): string {
  if (ps[i] === 0x3a3) return finalSigma(cs, ps, i) ? '\u03c2' : '\u03c3';
  return toLowerCp(cs[i]!, ps[i]!);
}

/** str.title(): titlecase after an uncased char, lowercase after a cased one. */
export function title(s: string): string {
  const [cs, ps] = cps(s);
  let out = '';
  let prevCased = false;
  for (let i = 0; i < cs.length; i++) {
    out += prevCased ? lowerAt(cs, ps, i) : toTitleCp(cs[i]!, ps[i]!);
    prevCased = isCasedCp(cs[i]!, ps[i]!);
  }
  return out;
}

/** str.capitalize(): first code point titlecased, the rest lowercased. */
export function capitalize(s: string): string {
  if (s.length === 0) return s;
  const [cs, ps] = cps(s);
  let out = toTitleCp(cs[0]!, ps[0]!);
  for (let i = 1; i < cs.length; i++) out += lowerAt(cs, ps, i);
  return out;
}

/** str.swapcase(). */
export function swapcase(s: string): string {
  const [cs, ps] = cps(s);
  let out = '';
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]!;
    const p = ps[i]!;
    if (isUpperCp(c, p)) out += lowerAt(cs, ps, i);
    else if (isLowerCp(c, p)) out += toUpperCp(c, p);
    else out += c;
  }
  return out;
}

function every(s: string, pred: (ch: string, cp: number) => boolean): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!pred(ch, ch.codePointAt(0)!)) return false;
  return true;
}

const ASCII_DIGITS = /^[0-9]+$/;
const ASCII_ALPHA = /^[A-Za-z]+$/;
const ASCII_ALNUM = /^[A-Za-z0-9]+$/;

/** str.isdecimal(): every char has a decimal value (Nd). */
export function isdecimal(s: string): boolean {
  return ASCII.test(s) ? ASCII_DIGITS.test(s) : every(s, (_c, p) => isDecimalCp(p));
}
/** str.isdigit(): decimal or Numeric_Type=Digit (superscripts, circled digits). */
export function isdigit(s: string): boolean {
  return ASCII.test(s) ? ASCII_DIGITS.test(s) : every(s, (_c, p) => isDigitCp(p));
}
/** str.isnumeric(): any Numeric_Type (fractions, roman numerals, CJK numerals). */
export function isnumeric(s: string): boolean {
  return ASCII.test(s) ? ASCII_DIGITS.test(s) : every(s, isNumericCp);
}
/** str.isalpha(): letters (L*). */
export function isalpha(s: string): boolean {
  return ASCII.test(s) ? ASCII_ALPHA.test(s) : every(s, isAlphaCp);
}
/** str.isalnum(): alpha, decimal, digit or numeric. */
export function isalnum(s: string): boolean {
  return ASCII.test(s) ? ASCII_ALNUM.test(s) : every(s, (c, p) => isAlphaCp(c, p) || isNumericCp(c, p));
}
/** str.isspace(). */
export function isspace(s: string): boolean {
  return every(s, (_c, p) => isSpaceCp(p));
}
/** str.isprintable() ('' is printable). */
export function isprintable(s: string): boolean {
  if (s.length === 0) return true;
  return every(s, isPrintableCp);
}
/** str.isidentifier(): XID_Start or '_', then XID_Continue. */
export function isidentifier(s: string): boolean {
  if (s.length === 0) return false;
  let first = true;
  for (const ch of s) {
    const p = ch.codePointAt(0)!;
    if (first ? !(p === 95 || isXidStartCp(ch, p)) : !isXidContinueCp(ch, p)) return false;
    first = false;
  }
  return true;
}

/** str.isupper(): at least one cased char and no lowercase/titlecase ones. */
export function isupper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    const p = ch.codePointAt(0)!;
    if (isLowerCp(ch, p) || isTitleCp(ch, p)) return false;
    if (!cased && isUpperCp(ch, p)) cased = true;
  }
  return cased;
}
/** str.islower(). */
export function islower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    const p = ch.codePointAt(0)!;
    if (isUpperCp(ch, p) || isTitleCp(ch, p)) return false;
    if (!cased && isLowerCp(ch, p)) cased = true;
  }
  return cased;
}
/** str.istitle(): uppercase/titlecase only after uncased, lowercase only after cased. */
export function istitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const ch of s) {
    const p = ch.codePointAt(0)!;
    if (isUpperCp(ch, p) || isTitleCp(ch, p)) {
      if (prevCased) return false;
      prevCased = true;
      cased = true;
    } else if (isLowerCp(ch, p)) {
      if (!prevCased) return false;
      prevCased = true;
      cased = true;
    } else prevCased = false;
  }
  return cased;
}
