/**
 * Cost of the fast paths next to the native operation they wrap.
 * Run with `npx vitest bench test/python/lib` (not part of `vitest run`).
 */
import { bench, describe } from 'vitest';
import { floatRepr } from '../../../src/python/lib/floatrepr.js';
import { formatFloat, formatInt } from '../../../src/python/lib/formatspec.js';
import { PyRandom } from '../../../src/python/lib/mt19937.js';
import { intFloorDiv } from '../../../src/python/lib/numbers.js';
import { percentFormat, type PercentHooks } from '../../../src/python/lib/percent.js';
import { pyIndex, pyLen, pySlice } from '../../../src/python/lib/strmethods.js';

const strs = Array.from({ length: 64 }, (_, i) => `hello world number ${i}`);
let k = 0;
const next = (): string => strs[(k = (k + 1) & 63)]!;

describe('code points (strings without surrogates)', () => {
  bench('native s.length', () => void next().length);
  bench('pyLen(s)', () => void pyLen(next()));
  bench('native s[3]', () => void next()[3]);
  bench('pyIndex(s, 3)', () => void pyIndex(next(), 3));
  bench('native s.slice(2, 8)', () => void next().slice(2, 8));
  bench('pySlice(s, 2, 8)', () => void pySlice(next(), 2, 8));
});

describe('number formatting', () => {
  bench('String(int)', () => void String(k++));
  bench("formatInt(int, 'd')", () => void formatInt(k++, 'd'));
  bench("'%d' % int", () => void percentFormat('%d', k++, HOOKS));
  bench('String(float)', () => void String(k++ * 0.37));
  bench('floatRepr(float)', () => void floatRepr(k++ * 0.37));
  bench("formatFloat(x, '.2f')", () => void formatFloat(k++ * 0.37, '.2f'));
});

describe('arithmetic and random', () => {
  const r = new PyRandom(1);
  bench('intFloorDiv', () => void intFloorDiv(k++, 7));
  bench('random()', () => void r.random());
  bench('randrange(100)', () => void r.randrange(100));
  bench('gauss()', () => void r.gauss());
  bench('clone()', () => void r.clone());
});

const HOOKS: PercentHooks = {
  str: String, repr: String, ascii: String,
  toIndexOrInt: () => 0, toFloat: () => 0,
  isMapping: () => false, getItem: () => undefined,
  isTuple: (v) => Array.isArray(v), tupleItems: (v) => v as unknown[],
};
