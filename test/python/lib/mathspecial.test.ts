import { describe, expect, it } from 'vitest';
import * as S from '../../../src/python/lib/mathspecial.js';
import { gamma, lgamma } from '../../../src/python/lib/gamma.js';
import { exp2 } from '../../../src/python/lib/libm.js';
import { fromBits, loadVectors, toBits } from './vectors.js';

const v = loadVectors<Record<string, [string, string][]>>('mathspecial');

/**
 * cbrt, log1p and erf follow glibc's code operation by operation and agree
 * everywhere; the others (and erf beyond these inputs) call exp/log/pow/sin, which
 * libm.ts rounds correctly where glibc occasionally misrounds, so a last-bit
 * difference in a handful of inputs per thousand is allowed for them.
 */
const FNS: Record<string, [(x: number) => number | string, number]> = {
  cbrt: [S.cbrt, 0],
  log1p: [S.log1p, 0],
  erf: [S.erf, 0],
  erfc: [S.erfc, 5],
  lgamma: [lgamma, 5],
  expm1: [S.expm1, 5],
  asinh: [S.asinh, 5],
  acosh: [S.acosh, 5],
  atanh: [S.atanh, 5],
  exp2: [exp2, 5],
  gamma: [gamma, 5],
};

describe('math functions agree with CPython 3.11 on glibc', () => {
  for (const [name, [f, perThousand]] of Object.entries(FNS)) {
    it(`${name}: ${v[name]!.length} vectors`, () => {
      const bad: string[] = [];
      for (const [xb, rb] of v[name]!) {
        const got = f(fromBits(xb));
        if (typeof got === 'number' && toBits(got) === rb) continue;
        bad.push(`${name}(${fromBits(xb)}): want ${fromBits(rb)} got ${got}`);
      }
      expect(bad.length, bad.slice(0, 3).join('; ')).toBeLessThanOrEqual((v[name]!.length * perThousand) / 1000);
    });
  }
});
