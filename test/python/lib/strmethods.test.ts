import { describe, expect, it } from 'vitest';
import * as S from '../../../src/python/lib/strmethods.js';
import { dec, loadVectors, outcomeMismatch, type Enc, type Outcome } from './vectors.js';

const OPS: Record<string, (...a: any[]) => unknown> = {
  ...(S as unknown as Record<string, (...a: any[]) => unknown>),
  len: S.pyLen,
  index1: S.pyIndex,
  slice: S.pySlice,
};
const { calls } = loadVectors<{ calls: [string, Enc[], Outcome][] }>('strmethods');
const props = loadVectors<{ ranges: Record<string, [number, number][]>; maps: Record<string, [number, string][]> }>(
  'unicode_props',
);

describe('str methods', () => {
  const byOp = new Map<string, [string, Enc[], Outcome][]>();
  for (const c of calls) byOp.set(c[0], [...(byOp.get(c[0]) ?? []), c]);
  for (const [op, list] of byOp) {
    it(`${op}: ${list.length} vectors`, () => {
      const bad: string[] = [];
      for (const [, args, want] of list) {
        const vals = args.map(dec);
        const m = outcomeMismatch(want, () => OPS[op]!(...vals));
        if (m) bad.push(`${op}(${vals.map((x) => JSON.stringify(x)).join(', ')}): ${m}`);
      }
      expect(bad.slice(0, 20)).toEqual([]);
    });
  }
});

const LIMIT: number[] = [];
for (let cp = 0; cp < 0x30000; cp++) if (cp < 0xd800 || cp > 0xdfff) LIMIT.push(cp);
for (let cp = 0xe0000; cp < 0xe0200; cp++) LIMIT.push(cp);

describe('per-code-point Unicode properties (CPython 3.11, Unicode 14)', () => {
  for (const [pred, ranges] of Object.entries(props.ranges)) {
    it(`${pred}: ${ranges.length} ranges over ${LIMIT.length} code points`, () => {
      const truth = new Set<number>();
      for (const [a, b] of ranges) for (let cp = a; cp <= b; cp++) truth.add(cp);
      const fn = OPS[pred] as (s: string) => boolean;
      const bad: string[] = [];
      for (const cp of LIMIT) {
        const got = fn(String.fromCodePoint(cp));
        if (got !== truth.has(cp)) bad.push(`U+${cp.toString(16)}: want ${truth.has(cp)}`);
      }
      expect(bad.slice(0, 20)).toEqual([]);
    });
  }
  for (const [m, pairs] of Object.entries(props.maps)) {
    it(`${m}: ${pairs.length} changed code points`, () => {
      const want = new Map(pairs);
      const fn = OPS[m] as (s: string) => string;
      const bad: string[] = [];
      for (const cp of LIMIT) {
        const ch = String.fromCodePoint(cp);
        const exp = want.get(cp) ?? ch;
        const got = fn(ch);
        if (got !== exp) bad.push(`U+${cp.toString(16)}: want ${JSON.stringify(exp)} got ${JSON.stringify(got)}`);
      }
      expect(bad.slice(0, 20)).toEqual([]);
    });
  }
});
