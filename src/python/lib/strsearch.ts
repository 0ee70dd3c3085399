/**
 * str.find / rfind / index / rindex / count / startswith / endswith /
 * replace / partition / rpartition with CPython's slice-bound rules.
 *
 * Positions are code points. When the haystack has no surrogates (almost
 * always) UTF-16 offsets are code-point offsets and we call the native
 * search directly; otherwise bounds are translated both ways.
 */
import { valueError } from './errors.js';
import { hasSurrogates, pyLen } from './codepoints.js';

/** A slice bound as the VM passes it: omitted/None is null. */
export type Bound = number | bigint | null | undefined;

/** CPython's ADJUST_INDICES: clamp [start, end) to [0, len]. */
export function adjustIndices(start: Bound, end: Bound, len: number): [number, number] {
  let s = start === null || start === undefined ? 0 : clampBig(start);
  let e = end === null || end === undefined ? len : clampBig(end);
  if (e > len) e = len;
  else if (e < 0) {
    e += len;
    if (e < 0) e = 0;
  }
  if (s < 0) {
    s += len;
    if (s < 0) s = 0;
  }
  return [s, e];
}

function clampBig(v: number | bigint): number {
  if (typeof v === 'number') return v;
  return v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

/** UTF-16 offset of code point index `cp` (cp ≤ pyLen(s)). */
function cpToUnit(s: string, cp: number): number {
  let u = 0;
  for (let i = 0; i < cp && u < s.length; i++) {
    const c = s.charCodeAt(u);
    u += c >= 0xd800 && c <= 0xdbff && u + 1 < s.length && (s.charCodeAt(u + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return u;
}

/** Code point index of UTF-16 offset `u`. */
function unitToCp(s: string, u: number): number {
  return pyLen(s.slice(0, u));
}

/** Search view: bounds in UTF-16 units plus a converter back to code points. */
interface View {
  start: number;
  end: number;
  toCp: (u: number) => number;
}

function view(s: string, start: Bound, end: Bound): View | null {
  if (!hasSurrogates(s)) {
    const [a, b] = adjustIndices(start, end, s.length);
    return a > s.length ? null : { start: a, end: b, toCp: (u) => u };
  }
  const len = pyLen(s);
  const [a, b] = adjustIndices(start, end, len);
  if (a > len || b < a) return null;
  return { start: cpToUnit(s, a), end: cpToUnit(s, b), toCp: (u) => unitToCp(s, u) };
}

/** str.find(sub, start, end): lowest index or -1. */
export function find(s: string, sub: string, start?: Bound, end?: Bound): number {
  if ((start === undefined || start === null) && (end === undefined || end === null) && !hasSurrogates(s)) {
    return s.indexOf(sub);
  }
  const v = view(s, start, end);
  if (v === null || v.end - v.start < sub.length) return -1;
  const i = s.indexOf(sub, v.start);
  return i < 0 || i + sub.length > v.end ? -1 : v.toCp(i);
}

/** str.rfind(sub, start, end): highest index or -1. */
export function rfind(s: string, sub: string, start?: Bound, end?: Bound): number {
  const v = view(s, start, end);
  if (v === null || v.end - v.start < sub.length) return -1;
  const i = s.lastIndexOf(sub, v.end - sub.length);
  return i < v.start ? -1 : v.toCp(i);
}

/** str.index: find, or ValueError. */
export function index(s: string, sub: string, start?: Bound, end?: Bound): number {
  const i = find(s, sub, start, end);
  if (i < 0) throw valueError('substring not found');
  return i;
}

/** str.rindex: rfind, or ValueError. */
export function rindex(s: string, sub: string, start?: Bound, end?: Bound): number {
  const i = rfind(s, sub, start, end);
  if (i < 0) throw valueError('substring not found');
  return i;
}

/** str.count: non-overlapping occurrences in s[start:end]. */
export function count(s: string, sub: string, start?: Bound, end?: Bound): number {
  const v = view(s, start, end);
  if (v === null || v.end - v.start < sub.length) return 0;
  if (sub.length === 0) return v.toCp(v.end) - v.toCp(v.start) + 1;
  let n = 0;
  let i = s.indexOf(sub, v.start);
  while (i >= 0 && i + sub.length <= v.end) {
    n++;
    i = s.indexOf(sub, i + sub.length);
  }
  return n;
}

function tailmatch(s: string, sub: string, start: Bound, end: Bound, atEnd: boolean): boolean {
  const surrogates = hasSurrogates(s);
  const len = surrogates ? pyLen(s) : s.length;
  const [a, b0] = adjustIndices(start, end, len);
  const subLen = surrogates ? pyLen(sub) : sub.length;
  const b = b0 - subLen;
  if (b < a) return false;
  if (subLen === 0) return true;
  const ua = surrogates ? cpToUnit(s, a) : a;
  const ub = surrogates ? cpToUnit(s, b0) : b0;
  return atEnd ? s.startsWith(sub, ub - sub.length) : s.startsWith(sub, ua);
}

/** str.startswith(prefix | tuple of prefixes, start, end). */
export function startswith(s: string, prefix: string | readonly string[], start?: Bound, end?: Bound): boolean {
  if (typeof prefix === 'string') {
    if ((start === undefined || start === null) && (end === undefined || end === null)) return s.startsWith(prefix);
    return tailmatch(s, prefix, start, end, false);
  }
  return prefix.some((p) => tailmatch(s, p, start, end, false));
}

/** str.endswith(suffix | tuple of suffixes, start, end). */
export function endswith(s: string, suffix: string | readonly string[], start?: Bound, end?: Bound): boolean {
  if (typeof suffix === 'string') {
    if ((start === undefined || start === null) && (end === undefined || end === null)) return s.endsWith(suffix);
    return tailmatch(s, suffix, start, end, true);
  }
  return suffix.some((p) => tailmatch(s, p, start, end, true));
}

/** str.replace(old, new, count): count < 0 means all; empty old inserts between code points. */
export function replace(s: string, old: string, repl: string, maxCount: number | bigint = -1): string {
  let n = typeof maxCount === 'bigint' ? (maxCount < 0n ? -1 : Number.MAX_SAFE_INTEGER) : maxCount;
  if (n < 0) n = Number.MAX_SAFE_INTEGER;
  if (n === 0) return s;
  if (old.length === 0) {
    const cps = hasSurrogates(s) ? Array.from(s) : s;
    let out = '';
    let done = 0;
    for (let i = 0; i < cps.length; i++) {
      if (done < n) {
        out += repl;
        done++;
      }
      out += cps[i];
    }
    if (done < n) out += repl;
    return out;
  }
  if (n === Number.MAX_SAFE_INTEGER) {
    // Every occurrence, left to right without overlaps, as split/join finds them; replaceAll
    // makes no array, but reads `$&`, `$1`... in its replacement, so not for a `$`.
    if (s.indexOf(old) < 0) return s;
    return repl.includes('$') ? s.split(old).join(repl) : s.replaceAll(old, repl);
  }
  let out = '';
  let pos = 0;
  for (let k = 0; k < n; k++) {
    const i = s.indexOf(old, pos);
    if (i < 0) break;
    out += s.slice(pos, i) + repl;
    pos = i + old.length;
  }
  return out + s.slice(pos);
}

/** str.partition(sep) → [head, sep, tail]. */
export function partition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) throw valueError('empty separator');
  const i = s.indexOf(sep);
  if (i < 0) return [s, '', ''];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

/** str.rpartition(sep) → [head, sep, tail]. */
export function rpartition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) throw valueError('empty separator');
  const i = s.lastIndexOf(sep);
  if (i < 0) return ['', '', s];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}
