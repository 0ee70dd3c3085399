/**
 * Code-point view of JS strings.
 *
 * Python `str` indexes by code point; JS strings index by UTF-16 unit. The
 * two agree unless the string holds a surrogate pair, which almost no string
 * does, so every helper first asks `hasSurrogates` (one regex test, no
 * allocation) and only then pays for `Array.from`.
 */
import { indexError } from './errors.js';

const SURROGATE = /[\uD800-\uDFFF]/;

// One-entry memo: loops like `for i in range(len(s)): s[i]` ask about the
// same string object over and over; `===` on the same object is a pointer
// compare, so a hit costs a few ns instead of a regex scan (~50 ns fixed,
// O(n) on two-byte strings).
let lastString = '';
let lastAnswer = false;

/** True when UTF-16 indexing differs from code-point indexing. */
export function hasSurrogates(s: string): boolean {
  if (s === lastString) return lastAnswer;
  const r = s.length > 0 && SURROGATE.test(s);
  lastString = s;
  lastAnswer = r;
  return r;
}

/** `len(s)`. */
export function pyLen(s: string): number {
  if (!hasSurrogates(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Code points of s (only call when hasSurrogates(s)). */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

/** `s[i]`, negative i counting from the end; IndexError out of range. */
export function pyIndex(s: string, i: number): string {
  if (!hasSurrogates(s)) {
    const j = i < 0 ? i + s.length : i;
    if (j < 0 || j >= s.length) throw indexError('string index out of range');
    return s[j]!;
  }
  const cps = Array.from(s);
  const j = i < 0 ? i + cps.length : i;
  if (j < 0 || j >= cps.length) throw indexError('string index out of range');
  return cps[j]!;
}

/**
 * Python's slice.indices(): clamp start/stop for a sequence of `len` items.
 * `step` must be non-zero (the VM raises "slice step cannot be zero").
 */
export function sliceIndices(
  len: number,
  start: number | null,
  stop: number | null,
  step: number,
): [number, number, number] {
  let lo: number;
  let hi: number;
  if (step > 0) {
    lo = start === null ? 0 : start < 0 ? Math.max(start + len, 0) : Math.min(start, len);
    hi = stop === null ? len : stop < 0 ? Math.max(stop + len, 0) : Math.min(stop, len);
  } else {
    lo = start === null ? len - 1 : start < 0 ? Math.max(start + len, -1) : Math.min(start, len - 1);
    hi = stop === null ? -1 : stop < 0 ? Math.max(stop + len, -1) : Math.min(stop, len - 1);
  }
  return [lo, hi, step];
}

function sliceUnits(units: ArrayLike<string>, lo: number, hi: number, step: number): string {
  let out = '';
  if (step > 0) for (let i = lo; i < hi; i += step) out += units[i];
  else for (let i = lo; i > hi; i += step) out += units[i];
  return out;
}

/** `s[start:stop:step]` by code points; null means omitted. */
export function pySlice(s: string, start: number | null, stop: number | null, step: number | null = null): string {
  const st = step === null ? 1 : step;
  if (st === 0) throw new Error('pySlice: step 0 (the VM raises ValueError first)');
  if (!hasSurrogates(s)) {
    const [lo, hi] = sliceIndices(s.length, start, stop, st);
    if (st === 1) return lo < hi ? s.slice(lo, hi) : '';
    return sliceUnits(s, lo, hi, st);
  }
  const cps = Array.from(s);
  const [lo, hi] = sliceIndices(cps.length, start, stop, st);
  if (st === 1) return lo < hi ? cps.slice(lo, hi).join('') : '';
  return sliceUnits(cps, lo, hi, st);
}
