import { describe, expect, it } from 'vitest';
import { floatRepr, floatStr } from '../../../src/python/lib/floatrepr.js';
import { fromBits, loadVectors } from './vectors.js';

const cases = loadVectors<[string, string, string][]>('floatrepr');

describe('floatRepr', () => {
  it(`matches CPython repr/str on ${cases.length} vectors`, () => {
    const bad: string[] = [];
    for (const [bits, r, s] of cases) {
      const x = fromBits(bits);
      if (floatRepr(x) !== r) bad.push(`${bits}: got ${floatRepr(x)} want ${r}`);
      if (floatStr(x) !== s) bad.push(`${bits}: str got ${floatStr(x)} want ${s}`);
    }
    expect(bad).toEqual([]);
  });

  it('handles the named examples', () => {
    const table: [number, string][] = [
      [1, '1.0'], [1e16, '1e+16'], [1.5e-7, '1.5e-07'], [Infinity, 'inf'], [-Infinity, '-inf'],
      [NaN, 'nan'], [-0, '-0.0'], [123456789012345, '123456789012345.0'], [1e22, '1e+22'],
      [0.0001, '0.0001'], [1e-5, '1e-05'],
    ];
    for (const [x, want] of table) expect(floatRepr(x)).toBe(want);
  });
});
