/**
 * str.split / rsplit / splitlines / strip family, with Python's idea of
 * whitespace (Py_UNICODE_ISSPACE, which includes \x1c-\x1f and \x85) and
 * line boundaries.
 */
import { valueError } from './errors.js';
import { isSpaceCp } from './unicode.js';

/** Whitespace as str.split()/strip() see it (all are BMP code points). */
function isWs(c: number): boolean {
  return c < 128 ? (c >= 9 && c <= 13) || (c >= 28 && c <= 32) : isSpaceCp(c);
}

function limit(maxsplit: number | bigint): number {
  if (typeof maxsplit === 'bigint') return maxsplit < 0n ? Infinity : Number.MAX_SAFE_INTEGER;
  return maxsplit < 0 ? Infinity : maxsplit;
}

/** str.split(sep=None, maxsplit=-1). */
export function split(s: string, sep: string | null = null, maxsplit: number | bigint = -1): string[] {
  const max = limit(maxsplit);
  if (sep === null) return splitWhitespace(s, max);
  if (sep.length === 0) throw valueError('empty separator');
  if (max === Infinity) return s.split(sep);
  const out: string[] = [];
  let pos = 0;
  while (out.length < max) {
    const i = s.indexOf(sep, pos);
    if (i < 0) break;
    out.push(s.slice(pos, i));
    pos = i + sep.length;
  }
  out.push(s.slice(pos));
  return out;
}

function splitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && isWs(s.charCodeAt(i))) i++;
    if (i === n) break;
    if (out.length >= max) {
      out.push(s.slice(i));
      return out;
    }
    const j = i;
    while (i < n && !isWs(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  return out;
}

/** str.rsplit(sep=None, maxsplit=-1). */
export function rsplit(s: string, sep: string | null = null, maxsplit: number | bigint = -1): string[] {
  const max = limit(maxsplit);
  if (sep === null) {
    if (max === Infinity) return splitWhitespace(s, max);
    const out: string[] = [];
    let i = s.length;
    while (i > 0) {
      while (i > 0 && isWs(s.charCodeAt(i - 1))) i--;
      if (i === 0) break;
      if (out.length >= max) {
        out.push(s.slice(0, i));
        break;
      }
      const j = i;
      while (i > 0 && !isWs(s.charCodeAt(i - 1))) i--;
      out.push(s.slice(i, j));
    }
    return out.reverse();
  }
  if (sep.length === 0) throw valueError('empty separator');
  if (max === Infinity) return s.split(sep);
  const out: string[] = [];
  let end = s.length;
  while (out.length < max) {
    const i = end - sep.length < 0 ? -1 : s.lastIndexOf(sep, end - sep.length);
    if (i < 0) break;
    out.push(s.slice(i + sep.length, end));
    end = i;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

/** Line boundaries of str.splitlines. */
function isLineBreak(c: number): boolean {
  return (
    (c >= 10 && c <= 13) || (c >= 28 && c <= 30) || c === 0x85 || c === 0x2028 || c === 0x2029
  );
}

/** str.splitlines(keepends=False). */
export function splitlines(s: string, keepends = false): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && !isLineBreak(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      if (s.charCodeAt(i) === 13 && i + 1 < n && s.charCodeAt(i + 1) === 10) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}

function charSet(chars: string): (c: number) => boolean {
  if (chars.length === 1) {
    const only = chars.charCodeAt(0);
    return (c) => c === only;
  }
  const set = new Set<number>();
  for (const ch of chars) set.add(ch.codePointAt(0)!);
  return (c) => set.has(c);
}

/** Code point at UTF-16 offset i, and before offset i. */
function cpAt(s: string, i: number): number {
  return s.codePointAt(i)!;
}
function cpBefore(s: string, i: number): number {
  const c = s.charCodeAt(i - 1);
  if ((c & 0xfc00) === 0xdc00 && i >= 2 && (s.charCodeAt(i - 2) & 0xfc00) === 0xd800) return s.codePointAt(i - 2)!;
  return c;
}
const cpLen = (cp: number): number => (cp > 0xffff ? 2 : 1);

function doStrip(s: string, chars: string | null, left: boolean, right: boolean): string {
  const test = chars === null ? isWs : charSet(chars);
  let i = 0;
  let j = s.length;
  if (left) {
    while (i < j) {
      const cp = cpAt(s, i);
      if (!test(cp)) break;
      i += cpLen(cp);
    }
  }
  if (right) {
    while (j > i) {
      const cp = cpBefore(s, j);
      if (!test(cp)) break;
      j -= cpLen(cp);
    }
  }
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

/** str.strip(chars=None). */
export const strip = (s: string, chars: string | null = null): string => doStrip(s, chars, true, true);
/** str.lstrip(chars=None). */
export const lstrip = (s: string, chars: string | null = null): string => doStrip(s, chars, true, false);
/** str.rstrip(chars=None). */
export const rstrip = (s: string, chars: string | null = null): string => doStrip(s, chars, false, true);
