/** Differential tests: every multiprocessing corpus program prints what CPython 3.11 printed, under fork and under spawn. */
import { describe, expect, it } from 'vitest';
import { listMpCases, runMpCase } from './diff-harness.js';

const cases = listMpCases();

describe('multiprocessing differential corpus (CPython 3.11)', () => {
  it('has cases under both start methods', () => {
    expect(cases.some((c) => c.method === 'fork')).toBe(true);
    expect(cases.some((c) => c.method === 'spawn')).toBe(true);
  });
  for (const c of cases) {
    it(`${c.name} [${c.method}]`, () => {
      expect(runMpCase(c)).toEqual(c.expected);
    });
  }
});
