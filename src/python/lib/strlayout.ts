/**
 * str.center / ljust / rjust / zfill / expandtabs: padding by code points,
 * with CPython's odd-width rule for center.
 */
import { typeError } from './errors.js';
import { pyLen } from './codepoints.js';

function fillChar(fill: string): string {
  if (fill.length === 1 || (fill.length === 2 && pyLen(fill) === 1)) return fill;
  throw typeError('The fill character must be exactly one character long');
}

function widthOf(width: number | bigint): number {
  return typeof width === 'bigint' ? (width > 0n ? Number.MAX_SAFE_INTEGER : 0) : width;
}

/** str.center(width, fillchar=' '). */
export function center(s: string, width: number | bigint, fill = ' '): string {
  const f = fillChar(fill);
  const len = pyLen(s);
  const w = widthOf(width);
  if (len >= w) return s;
  const marg = w - len;
  const left = Math.floor(marg / 2) + (marg & w & 1);
  return f.repeat(left) + s + f.repeat(marg - left);
}

/** str.ljust(width, fillchar=' '). */
export function ljust(s: string, width: number | bigint, fill = ' '): string {
  const f = fillChar(fill);
  const len = pyLen(s);
  const w = widthOf(width);
  return len >= w ? s : s + f.repeat(w - len);
}

/** str.rjust(width, fillchar=' '). */
export function rjust(s: string, width: number | bigint, fill = ' '): string {
  const f = fillChar(fill);
  const len = pyLen(s);
  const w = widthOf(width);
  return len >= w ? s : f.repeat(w - len) + s;
}

/** str.zfill(width): zeros after a leading sign. */
export function zfill(s: string, width: number | bigint): string {
  const len = pyLen(s);
  const w = widthOf(width);
  if (len >= w) return s;
  const pad = '0'.repeat(w - len);
  const c = s[0];
  return c === '+' || c === '-' ? c + pad + s.slice(1) : pad + s;
}

/** str.expandtabs(tabsize=8): columns restart after \n and \r. */
export function expandtabs(s: string, tabsize: number | bigint = 8): string {
  if (s.indexOf('\t') < 0) return s;
  const ts = typeof tabsize === 'bigint' ? (tabsize > 0n ? Number.MAX_SAFE_INTEGER : 0) : tabsize;
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (ts > 0) {
        const incr = ts - (col % ts);
        out += ' '.repeat(incr);
        col += incr;
      }
    } else {
      out += ch;
      col++;
      if (ch === '\n' || ch === '\r') col = 0;
    }
  }
  return out;
}
