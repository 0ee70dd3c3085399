import { describe, expect, it } from 'vitest';
import { cos, exp, log, sin } from '../../../src/python/lib/libm.js';
import { fromBits, loadVectors, toBits } from './vectors.js';

const v = loadVectors<Record<string, [string, string, boolean][]>>('libm');
const FNS: Record<string, (x: number) => number> = { log, exp, sin, cos };

describe('libm rounds like glibc', () => {
  for (const [name, cases] of Object.entries(v)) {
    it(`${name}: ${cases.length} vectors`, () => {
      const bad: string[] = [];
      let nearHalf = 0;
      for (const [xb, rb, halfway] of cases) {
        const got = FNS[name]!(fromBits(xb));
        if (toBits(got) === rb) continue;
        if (halfway) nearHalf++;
        else bad.push(`${name}(${fromBits(xb)}): want ${fromBits(rb)} got ${got}`);
      }
      expect(bad.slice(0, 10)).toEqual([]);
      expect(nearHalf).toBeLessThanOrEqual(cases.length / 500);
    });
  }
});
