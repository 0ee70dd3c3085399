import { describe, expect, it } from 'vitest';
import { formatFloat, formatInt, formatStr } from '../../../src/python/lib/formatspec.js';
import { fromBits, loadVectors, pyInt, run, type Outcome } from './vectors.js';

type Case<V> = [V, string, Outcome];
const v = loadVectors<{ int: Case<string>[]; bool: Case<boolean>[]; float: Case<string>[]; str: Case<string>[] }>(
  'formatspec',
);

function check<V>(cases: Case<V>[], fn: (x: V, spec: string) => string, show: (x: V) => string): string[] {
  const bad: string[] = [];
  for (const [x, spec, want] of cases) {
    const got = run(() => fn(x, spec));
    const exp = 'ok' in want ? { ok: (want.ok as { s: string }).s } : want;
    if (JSON.stringify(got) !== JSON.stringify(exp)) {
      bad.push(`format(${show(x)}, ${JSON.stringify(spec)}): got ${JSON.stringify(got)} want ${JSON.stringify(exp)}`);
    }
  }
  return bad;
}

describe('format spec mini-language', () => {
  it(`int: ${v.int.length} vectors`, () => {
    expect(check(v.int, (x, s) => formatInt(pyInt(x), s, 'int'), (x) => x).slice(0, 30)).toEqual([]);
  });
  it(`bool: ${v.bool.length} vectors`, () => {
    expect(check(v.bool, (x, s) => formatInt(x, s, 'bool'), String).slice(0, 30)).toEqual([]);
  });
  it(`float: ${v.float.length} vectors`, () => {
    expect(check(v.float, (x, s) => formatFloat(fromBits(x), s, 'float'), String).slice(0, 30)).toEqual([]);
  });
  it(`str: ${v.str.length} vectors`, () => {
    expect(check(v.str, (x, s) => formatStr(x, s), (x) => JSON.stringify(x)).slice(0, 30)).toEqual([]);
  });
  it('named examples', () => {
    expect(formatFloat(1e16, '')).toBe('1e+16');
    expect(formatFloat(0.1, '.20f')).toBe('0.10000000000000000555');
    expect(formatFloat(123.456, 'g')).toBe('123.456');
    expect(formatFloat(1e-5, '')).toBe('1e-05');
    expect(formatFloat(2.675, '.2f')).toBe('2.67');
    expect(formatInt(true, 'd', 'bool')).toBe('1');
  });
});
