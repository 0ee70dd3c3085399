import { describe, expect, it } from 'vitest';
import { IntSet } from '../../../src/python/vm/intset.js';

describe('IntSet (the heap count’s set of ints)', () => {
  it('answers as a Set of the same numbers does, through growth', () => {
    const mine = new IntSet();
    const ref = new Set<number>();
    const values: number[] = [];
    for (let i = 0; i < 5000; i++) values.push(i * i, -i * 7919, 2 ** 40 + i, i, Number.MAX_SAFE_INTEGER - i, -(2 ** 52) + i * 3);
    const added = values.map((v) => mine.add(v));
    expect(added).toEqual(values.map((v) => !ref.has(v) && ref.add(v) !== undefined));
    expect(mine.size).toBe(ref.size);
    expect(values.some((v) => mine.add(v))).toBe(false);
    expect(mine.size).toBe(ref.size);
  });

  it('keeps 0 and -0 as one key, NaN as one key, and fractions apart from their integer part', () => {
    const s = new IntSet(10);
    expect([s.add(0), s.add(-0), s.add(NaN), s.add(NaN), s.add(1), s.add(1.5), s.add(1.25), s.add(1.5)]).toEqual([true, false, true, false, true, true, true, false]);
    expect(s.size).toBe(5);
  });

  it('holds as many keys as were announced without losing any', () => {
    const s = new IntSet(100_000);
    for (let i = 0; i < 100_000; i++) s.add(i * 1_000_003);
    expect(s.size).toBe(100_000);
    let again = 0;
    for (let i = 0; i < 100_000; i += 997) if (s.add(i * 1_000_003)) again++;
    expect(again).toBe(0);
  });
});
