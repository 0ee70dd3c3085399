/**
 * repr() and ascii() of a str, as CPython 3.11's unicode_repr writes them:
 * single quotes unless the text has a ' and no ", backslash escapes for
 * \\ \t \n \r and the quote, \xNN / \uNNNN / \UNNNNNNNN for characters that
 * are not printable (ascii() escapes every non-ASCII character).
 */
import { isPrintableCp } from './unicode.js';

const hex = (cp: number, width: number): string => cp.toString(16).padStart(width, '0');

function escapeCp(cp: number): string {
  if (cp <= 0xff) return '\\x' + hex(cp, 2);
  if (cp <= 0xffff) return '\\u' + hex(cp, 4);
  return '\\U' + hex(cp, 8);
}

const SIMPLE = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/; // printable ASCII without ' and \

function build(s: string, asciiOnly: boolean): string {
  if (SIMPLE.test(s)) return "'" + s + "'";
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (cp === 9) out += '\\t';
    else if (cp === 10) out += '\\n';
    else if (cp === 13) out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x7f) out += ch;
    else if (!asciiOnly && isPrintableCp(ch, cp) && !(cp >= 0xd800 && cp <= 0xdfff)) out += ch;
    else out += escapeCp(cp);
  }
  return out + quote;
}

/** repr(s). */
export function strRepr(s: string): string {
  return build(s, false);
}

/** ascii(s): repr with every non-ASCII character escaped. */
export function strAscii(s: string): string {
  return build(s, true);
}
