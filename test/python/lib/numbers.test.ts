import { describe, expect, it } from 'vitest';
import * as N from '../../../src/python/lib/numbers.js';
import { dec, loadVectors, outcomeMismatch, type Enc, type Outcome } from './vectors.js';

type I = N.PyInt;
const OPS: Record<string, (...a: any[]) => unknown> = {
  floordiv: (a: I, b: I) => N.intFloorDiv(a, b),
  mod: (a: I, b: I) => N.intMod(a, b),
  divmod: (a: I, b: I) => N.intDivmod(a, b),
  truediv: (a: I, b: I) => N.intTrueDiv(a, b),
  add: N.intAdd,
  sub: N.intSub,
  mul: N.intMul,
  and: N.intAnd,
  or: N.intOr,
  xor: N.intXor,
  lshift: N.intLshift,
  rshift: N.intRshift,
  pow: (a: I, b: I) => N.intPow(a, b),
  pow3: (a: I, b: I, m: I) => N.intPow(a, b, m),
  round: (a: I, n: I | null) => N.intRound(a, n),
  invert: N.intInvert,
  neg: N.intNeg,
  bin: N.bin,
  oct: N.oct,
  hex: N.hex,
  str: N.intToStr,
  bit_length: N.intBitLength,
  ffloordiv: N.floatFloorDiv,
  fmod: N.floatMod,
  fdivmod: N.floatDivmod,
  ftruediv: N.floatTrueDiv,
  fpow: N.floatPow,
  fround: N.floatRound,
  fround0: N.floatRoundToInt,
  fint: N.floatToInt,
  int_str: N.intFromString,
  float_str: N.floatFromString,
};

type Case = [string, Enc[], Outcome, 'near-halfway'?];
const cases = loadVectors<Case[]>('numbers');

/** Neighbouring doubles: glibc's pow may round a near-halfway x**y either way. */
function withinOneUlp(a: number, b: number): boolean {
  if (a === b) return true;
  const up = (x: number): number => x + Math.abs(x) * 2 ** -52;
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  return hi <= up(lo) && Math.sign(a) === Math.sign(b);
}

describe('numbers', () => {
  const byOp = new Map<string, Case[]>();
  for (const c of cases) byOp.set(c[0], [...(byOp.get(c[0]) ?? []), c]);
  for (const [op, list] of byOp) {
    it(`${op}: ${list.length} vectors`, () => {
      const bad: string[] = [];
      let tolerated = 0;
      for (const [, args, want, note] of list) {
        const vals = args.map(dec);
        let m: string;
        try {
          m = outcomeMismatch(want, () => OPS[op]!(...vals));
          if (m && note === 'near-halfway' && 'ok' in want && withinOneUlp(OPS[op]!(...vals) as number, dec(want.ok) as number)) {
            m = '';
            tolerated++;
          }
        } catch (e) {
          if (!(e instanceof N.ComplexResult)) throw e;
          m = 'ok' in want && want.ok && 'f' in want.ok ? 'ComplexResult for a float result' : '';
        }
        if (m) bad.push(`${op}(${vals.map(String).join(', ')}): ${m}`);
      }
      expect(bad.slice(0, 20)).toEqual([]);
      expect(tolerated).toBeLessThanOrEqual(list.length / 200);
    });
  }
});
