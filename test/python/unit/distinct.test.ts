import { describe, expect, it } from 'vitest';
import { DistinctNumbers } from '../../../src/python/vm/distinct.js';

describe('DistinctNumbers (the heap count’s distinct ints)', () => {
  it('counts as a Set of the same numbers does, through growth and across many partitions', () => {
    const mine = new DistinctNumbers();
    const ref = new Set<number>();
    for (let i = 0; i < 50_000; i++) {
      for (const v of [i * i, -i * 7919, 2 ** 40 + i, i, Number.MAX_SAFE_INTEGER - i, -(2 ** 52) + i * 3]) {
        mine.add(v);
        ref.add(v);
      }
    }
    expect(mine.count()).toBe(ref.size);
  });

  it('keeps 0 and -0 as one number, NaN as one, and fractions apart from their integer part', () => {
    const s = new DistinctNumbers();
    for (const v of [0, -0, NaN, NaN, 1, 1.5, 1.25, 1.5]) s.add(v);
    expect(s.count()).toBe(5);
  });

  it('counts a number added many times, between others, once', () => {
    const s = new DistinctNumbers();
    for (let i = 0; i < 100_000; i++) {
      s.add(1000);
      s.add(i * 1_000_003);
    }
    // 1000 is among the multiples too (i = 0 gives 0): 100,000 multiples, 1000 once more.
    expect(s.count()).toBe(100_001);
    expect(s.added).toBeLessThan(100_100);
  });

  it('counts numbers whose hashes collide in the table of recent ones', () => {
    const s = new DistinctNumbers();
    const ref = new Set<number>();
    // Fractions hash as their integer part: every one of these meets the same slots.
    for (let i = 0; i < 3000; i++) {
      const v = 7 + (i % 1000) / 1024;
      s.add(v);
      ref.add(v);
    }
    expect(s.count()).toBe(ref.size);
  });
});
