import { describe, expect, it } from 'vitest';
import { DistinctStrings } from '../../../src/python/vm/distinctstrs.js';

/** What the heap count adds up for the distinct strs of `xs`, as a Set of them gives it. */
function reference(xs: readonly string[]): number {
  let total = 0;
  for (const s of new Set(xs)) total += 49 + s.length;
  return total;
}

function counted(xs: readonly string[]): number {
  const d = new DistinctStrings((s) => 49 + s.length);
  for (const s of xs) d.add(s);
  return d.bytes();
}

describe('DistinctStrings (the heap count’s distinct strs)', () => {
  it('weighs as a Set of the same strs does, through growth and across many partitions', () => {
    const xs: string[] = [];
    for (let i = 0; i < 60_000; i++) xs.push(String(i), `w${i % 7000}`, `${'x'.repeat(i % 40)}${i % 13}`);
    expect(counted(xs)).toBe(reference(xs));
  });

  it('counts equal strs made apart once, and strs that differ only past LONG characters apart', () => {
    const base = 'a'.repeat(300);
    const xs = [base + 'b', [base, 'b'].join(''), base + 'c', 'ab', ['a', 'b'].join(''), 'é€😀', 'é€😀'.slice(0, 3) + '😀'.slice(1), 'ba'];
    expect(counted(xs)).toBe(reference(xs));
    expect(counted(xs)).toBe(49 * 5 + 301 + 301 + 2 + 4 + 2);
  });

  it('counts a str added many times, between others, once', () => {
    const xs: string[] = [];
    for (let i = 0; i < 50_000; i++) xs.push('the', `n${i}`, 'the', 'dog');
    expect(counted(xs)).toBe(reference(xs));
  });

  it('starts each count afresh, with the buffers of the last one', () => {
    const a = Array.from({ length: 20_000 }, (_, i) => `a${i}`);
    const b = Array.from({ length: 500 }, (_, i) => `a${i}`);
    expect(counted(a)).toBe(reference(a));
    expect(counted(b)).toBe(reference(b));
    expect(counted([])).toBe(0);
  });
});
