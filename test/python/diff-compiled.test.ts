/**
 * Differential tests, compiled tier: every corpus program must print what CPython 3.11
 * printed with every code object compiled on its first run (vm/jit.ts), and the compiled
 * code must be what ran (diff.test.ts: the interpreter alone).
 */
import { describe, expect, it } from 'vitest';
import { listCases } from './diff-harness.js';
import { inTier, moduleCode } from './diff-tiers.js';

const cases = listCases();

describe('differential corpus, compiled tier', () => {
  for (const c of cases) {
    it(c.name, () => {
      const code = moduleCode(c);
      if (code === null) {
        // A syntax error: no Python code runs in either tier.
        expect(inTier(c, 0)).toBe(0);
        return;
      }
      expect(inTier(c, 0)).toBeGreaterThan(0);
      expect(code.jit).toBeTypeOf('function');
    });
  }
});
