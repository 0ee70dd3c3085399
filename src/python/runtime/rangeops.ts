/** range arithmetic: length, indexing, membership (ints of any size). */
import type { PyRange } from '../objects/range.js';
import type { PyInt } from '../lib/pyint.js';
import { normInt, toBig } from '../lib/pyint.js';

/** len(range(...)) as a Python int. */
export function rangeLen(r: PyRange): PyInt {
  const { start, stop, step } = r;
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const a = toBig(start);
  const b = toBig(stop);
  const s = toBig(step);
  if (s > 0n) return a < b ? normInt((b - a - 1n) / s + 1n) : 0;
  return a > b ? normInt((a - b - 1n) / -s + 1n) : 0;
}

/** r[i] for 0 <= i < len. */
export function rangeAt(r: PyRange, i: PyInt): PyInt {
  if (typeof r.start === 'number' && typeof r.step === 'number' && typeof i === 'number') {
    const v = r.start + r.step * i;
    if (Number.isSafeInteger(v)) return v;
  }
  return normInt(toBig(r.start) + toBig(r.step) * toBig(i));
}

/** `x in r` for an int x. */
export function rangeHas(r: PyRange, x: PyInt): boolean {
  const n = rangeLen(r);
  if (n === 0) return false;
  const a = toBig(r.start);
  const s = toBig(r.step);
  const v = toBig(x);
  const d = v - a;
  if (s > 0n ? d < 0n : d > 0n) return false;
  if (d % s !== 0n) return false;
  return d / s < toBig(n);
}
