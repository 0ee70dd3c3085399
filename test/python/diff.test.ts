/** Differential tests: every corpus program must print what CPython 3.11 printed. */
import { describe, expect, it } from 'vitest';
import { listCases, runCase } from './diff-harness.js';
import { tier } from '../../src/python/vm/jit.js';

const cases = listCases();

describe('differential corpus (CPython 3.11)', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  for (const c of cases) {
    it(c.name, () => {
      expect(runCase(c)).toEqual(c.expected);
    });
  }
});

// The same programs with every code object compiled on its first run (vm/jit.ts).
describe('differential corpus, compiled tier', () => {
  for (const c of cases) {
    it(c.name, () => {
      const saved = tier.hot;
      tier.hot = 0;
      try {
        expect(runCase(c)).toEqual(c.expected);
      } finally {
        tier.hot = saved;
      }
    });
  }
});
