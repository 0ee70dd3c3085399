import { describe, expect, it } from 'vitest';
import { PyRandom } from '../../../src/python/lib/mt19937.js';
import { dec, loadVectors, mismatch, outcomeMismatch, type Enc, type Outcome } from './vectors.js';

type Op = [string, Enc[], Outcome];
const v = loadVectors<{
  scripts: [Enc, Op[]][];
  long: [Enc, Enc[]];
  seeds: [Enc, Enc[]][];
  runs: Record<string, [Enc, Enc[], Enc[]]>;
}>('mt19937');

function seeded(seed: Enc): PyRandom {
  const r = new PyRandom();
  const s = dec(seed);
  if (seed !== null && 'f' in seed) r.seedFloat(s as number);
  else r.seed(s as number | bigint | string);
  return r;
}

function call(r: PyRandom, name: string, args: unknown[]): unknown {
  switch (name) {
    case 'shuffle': {
      const a = Array.from({ length: args[0] as number }, (_, i) => i);
      r.shuffle(a);
      return a;
    }
    case 'choicesIndices':
      return r.choicesIndices(args[0] as number, args[1] as number, args[2] as number[] | null, args[3] as number[] | null);
    default:
      return (r as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!(...args);
  }
}

describe('random.Random (MT19937)', () => {
  for (const [seed, ops] of v.scripts) {
    it(`seed ${JSON.stringify(seed)}: ${ops.length} calls`, () => {
      const r = seeded(seed);
      const bad: string[] = [];
      for (const [name, args, want] of ops) {
        const vals = args.map(dec);
        const m = outcomeMismatch(want, () => call(r, name, vals));
        if (m) bad.push(`${name}(${vals.map(String).join(', ')}): ${m}`);
      }
      expect(bad.slice(0, 10)).toEqual([]);
    });
  }

  it(`3000 consecutive random() values`, () => {
    const r = seeded(v.long[0]);
    const bad = v.long[1].map((e, i) => [i, mismatch(e, r.random())] as const).filter(([, m]) => m);
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it(`${v.seeds.length} seeds around 32-bit word boundaries`, () => {
    const bad: string[] = [];
    for (const [seed, outs] of v.seeds) {
      const r = seeded(seed);
      const got = [r.random(), r.random(), r.getrandbits(64), r.randrange(10n ** 30n)];
      outs.forEach((e, i) => {
        const m = mismatch(e, got[i]);
        if (m) bad.push(`seed ${JSON.stringify(seed)} [${i}]: ${m}`);
      });
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  for (const [name, [seed, args, outs]] of Object.entries(v.runs)) {
    it(`${outs.length} consecutive ${name}() values (glibc's rare near-halfway misroundings tolerated)`, () => {
      const r = seeded(seed);
      const a = args.map(dec) as number[];
      let off = 0;
      const bad: string[] = [];
      outs.forEach((e, i) => {
        const got = (r as unknown as Record<string, (...x: number[]) => number>)[name]!(...a);
        const want = dec(e) as number;
        if (got === want) return;
        off++;
        // One ulp of the inputs can move the output by a few ulps, never more.
        if (Math.abs(got - want) > Math.abs(want) * 2 ** -50) bad.push(`[${i}] want ${want} got ${got}`);
      });
      expect(bad.slice(0, 5)).toEqual([]);
      expect(off).toBeLessThanOrEqual(outs.length / 100);
    });
  }

  it('clone() forks an independent generator; setstate restores', () => {
    const a = new PyRandom(7);
    a.random();
    const b = a.clone();
    const st = a.getstate();
    const xs = [a.random(), a.gauss(), a.getrandbits(100)];
    expect([b.random(), b.gauss(), b.getrandbits(100)]).toEqual(xs);
    a.setstate(st);
    expect([a.random(), a.gauss(), a.getrandbits(100)]).toEqual(xs);
  });
});
