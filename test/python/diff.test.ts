/**
 * Differential tests: every corpus program must print what CPython 3.11 printed, in the
 * interpreter alone (diff-compiled.test.ts: with every code object compiled on its first
 * run, vm/jit.ts). Each run checks that its tier was the one that ran.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { forgetCompiled } from '../../src/python/compile/index.js';
import { listCases } from './diff-harness.js';
import { inTier } from './diff-tiers.js';

const cases = listCases();

describe('differential corpus (CPython 3.11), interpreter', () => {
  // Test files share their worker's modules: code objects another file's runs compiled
  // to JavaScript would run compiled here.
  beforeAll(() => forgetCompiled());

  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  for (const c of cases) {
    it(c.name, () => {
      expect(inTier(c, Infinity)).toBe(0);
    });
  }
});
