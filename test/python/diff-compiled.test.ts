/**
 * Differential tests, compiled tier: corpus programs must print what CPython 3.11
 * printed with every code object compiled on its first run (vm/jit.ts), and the
 * compiled code must be what ran. Every program runs in the interpreter (diff.test.ts);
 * here, the programs that together hold every form of compiled code the corpus holds
 * (diff-tiers.ts compiledTierCases), and a last test checks that each form did run
 * compiled.
 */
import { describe, expect, it } from 'vitest';
import { listCases } from './diff-harness.js';
import { compiledForms, compiledTierCases, inTier, moduleCode } from './diff-tiers.js';

const cases = listCases();
const { chosen, forms } = compiledTierCases(cases);

describe('differential corpus, compiled tier', () => {
  // The forms each program ran compiled, read right after its run: the compile cache is
  // shared with the other files a worker runs and may drop a program's code objects later.
  const ran = new Set<string>();
  for (const c of chosen) {
    it(c.name, () => {
      const code = moduleCode(c);
      if (code === null) {
        // A syntax error: no Python code runs in either tier.
        expect(inTier(c, 0)).toBe(0);
        return;
      }
      expect(inTier(c, 0)).toBeGreaterThan(0);
      expect(code.jit).toBeTypeOf('function');
      compiledForms(code, ran, true);
    });
  }

  it(`every form of compiled code in the corpus (${forms.size}) ran compiled in the ${chosen.length} programs above`, () => {
    expect(chosen.length).toBeGreaterThan(0);
    expect([...forms].filter((f) => !ran.has(f))).toEqual([]);
  });
});
