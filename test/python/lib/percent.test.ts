import { describe, expect, it } from 'vitest';
import { percentFormat } from '../../../src/python/lib/percent.js';
import { decArg, hooks, type ArgEnc } from './pyvalues.js';
import { loadVectors, outcomeMismatch, type Outcome } from './vectors.js';

const cases = loadVectors<[string, ArgEnc, Outcome][]>('percent');

describe('percent formatting', () => {
  it(`matches CPython on ${cases.length} vectors`, () => {
    const bad: string[] = [];
    for (const [fmt, args, want] of cases) {
      const m = outcomeMismatch(want, () => percentFormat(fmt, decArg(args), hooks));
      if (m) bad.push(`${JSON.stringify(fmt)} % ${JSON.stringify(args)}: ${m}`);
    }
    expect(bad.slice(0, 30)).toEqual([]);
  });
});
