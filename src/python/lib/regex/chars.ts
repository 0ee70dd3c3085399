/**
 * Character predicates of CPython's regular-expression engine (sre) for str
 * patterns: the categories behind \d \w \s (Unicode-aware unless ASCII), \b's
 * notion of a word character, and the case mapping IGNORECASE uses.
 *
 * sre folds case with the *simple* mappings of unicodedata: the first code point
 * of the full lowercase/uppercase mapping (`'ß'.upper()[0] == 'S'`), which is
 * what makes 'ß' "cased" for sre although it has no single-character upper form.
 */
import { isAlphaCp, isDecimalCp, isDigitCp, isNumericCp, isSpaceCp, toLowerCp, toUpperCp } from '../unicode.js';

/** The categories of \d \D \s \S \w \W, as sre numbers them in a set. */
export const enum Cat {
  Digit,
  NotDigit,
  Space,
  NotSpace,
  Word,
  NotWord,
}

const wordCache = new Map<number, boolean>();

/** sre's word character: Py_UNICODE_ISALNUM or '_' (ASCII only under the ASCII flag). */
export function isWord(cp: number, ascii: boolean): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57) || cp === 95;
  if (ascii) return false;
  let w = wordCache.get(cp);
  if (w === undefined) {
    const ch = String.fromCodePoint(cp);
    w = isAlphaCp(ch, cp) || isDecimalCp(cp) || isDigitCp(cp) || isNumericCp(ch, cp);
    wordCache.set(cp, w);
  }
  return w;
}

export function isDigit(cp: number, ascii: boolean): boolean {
  if (cp < 128) return cp >= 48 && cp <= 57;
  return !ascii && isDecimalCp(cp);
}

export function isSpace(cp: number, ascii: boolean): boolean {
  if (cp < 128) return cp === 32 || (cp >= 9 && cp <= 13);
  return !ascii && isSpaceCp(cp);
}

export function catTest(cat: Cat, cp: number, ascii: boolean): boolean {
  switch (cat) {
    case Cat.Digit:
      return isDigit(cp, ascii);
    case Cat.NotDigit:
      return !isDigit(cp, ascii);
    case Cat.Space:
      return isSpace(cp, ascii);
    case Cat.NotSpace:
      return !isSpace(cp, ascii);
    case Cat.Word:
      return isWord(cp, ascii);
    case Cat.NotWord:
      return !isWord(cp, ascii);
    default: {
      const never: never = cat;
      throw new Error(`internal: unknown regex category ${String(never)}`);
    }
  }
}

const lowerCache = new Map<number, number>();
const upperCache = new Map<number, number>();

/** sre_lower_unicode (or the ASCII lower under the ASCII flag). */
export function lower(cp: number, ascii: boolean): number {
  if (cp < 128) return cp >= 65 && cp <= 90 ? cp + 32 : cp;
  if (ascii) return cp;
  let l = lowerCache.get(cp);
  if (l === undefined) {
    l = toLowerCp(String.fromCodePoint(cp), cp).codePointAt(0)!;
    lowerCache.set(cp, l);
  }
  return l;
}

/** sre_upper_unicode (or the ASCII upper under the ASCII flag). */
export function upper(cp: number, ascii: boolean): number {
  if (cp < 128) return cp >= 97 && cp <= 122 ? cp - 32 : cp;
  if (ascii) return cp;
  let u = upperCache.get(cp);
  if (u === undefined) {
    u = toUpperCp(String.fromCodePoint(cp), cp).codePointAt(0)!;
    upperCache.set(cp, u);
  }
  return u;
}

/** Whether IGNORECASE changes what `cp` matches (sre's iscased). */
export function isCased(cp: number, ascii: boolean): boolean {
  return lower(cp, ascii) !== cp || upper(cp, ascii) !== cp;
}

/**
 * Lowercase characters that share an uppercase with other lowercase characters
 * (re/_casefix.py): under IGNORECASE 's' also matches 'ſ', 'μ' also 'µ', ...
 */
export const EXTRA_CASES = new Map<number, number[]>([
  [0x69, [0x131]], [0x73, [0x17f]], [0xb5, [0x3bc]], [0x131, [0x69]], [0x17f, [0x73]], [0x345, [0x3b9, 0x1fbe]],
  [0x390, [0x1fd3]], [0x3b0, [0x1fe3]], [0x3b2, [0x3d0]], [0x3b5, [0x3f5]], [0x3b8, [0x3d1]], [0x3b9, [0x345, 0x1fbe]],
  [0x3ba, [0x3f0]], [0x3bc, [0xb5]], [0x3c0, [0x3d6]], [0x3c1, [0x3f1]], [0x3c2, [0x3c3]], [0x3c3, [0x3c2]],
  [0x3c6, [0x3d5]], [0x3d0, [0x3b2]], [0x3d1, [0x3b8]], [0x3d5, [0x3c6]], [0x3d6, [0x3c0]], [0x3f0, [0x3ba]],
  [0x3f1, [0x3c1]], [0x3f5, [0x3b5]], [0x432, [0x1c80]], [0x434, [0x1c81]], [0x43e, [0x1c82]], [0x441, [0x1c83]],
  [0x442, [0x1c84, 0x1c85]], [0x44a, [0x1c86]], [0x463, [0x1c87]], [0x1c80, [0x432]], [0x1c81, [0x434]], [0x1c82, [0x43e]],
  [0x1c83, [0x441]], [0x1c84, [0x442, 0x1c85]], [0x1c85, [0x442, 0x1c84]], [0x1c86, [0x44a]], [0x1c87, [0x463]],
  [0x1c88, [0xa64b]], [0x1e61, [0x1e9b]], [0x1e9b, [0x1e61]], [0x1fbe, [0x345, 0x3b9]], [0x1fd3, [0x390]],
  [0x1fe3, [0x3b0]], [0xa64b, [0x1c88]], [0xfb05, [0xfb06]], [0xfb06, [0xfb05]],
]);
