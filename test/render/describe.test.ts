import { describe, expect, it } from 'vitest';
import { grouped } from '../../src/render/describe.js';

describe('grouped', () => {
  it('writes numbers as toLocaleString("en-US") does', () => {
    const values = [0, 1, -1, 7, 999, 1000, -1000, 12_345, 999_999, 1_000_000, -1_234_567, 300_000, 2 ** 53 - 1, -(2 ** 53 - 1), 1.5, 0.1234, -0, 1e21, NaN, Infinity];
    for (let p = 0; p < 16; p++) values.push(10 ** p - 1, 10 ** p, 7 * 10 ** p + 3);
    for (const x of values) expect(grouped(x), String(x)).toBe(x.toLocaleString('en-US'));
  });
});
