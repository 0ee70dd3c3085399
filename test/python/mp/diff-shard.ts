/**
 * Differential tests: every multiprocessing corpus program prints what CPython 3.11
 * printed, under fork and under spawn. The corpus is split into SHARDS test files so
 * that vitest's workers share it; a spawn case (a fresh interpreter per child) weighs
 * about four fork cases, and each case goes to the lightest shard.
 */
import { describe, expect, it } from 'vitest';
import { listMpCases, runMpCase } from './diff-harness.js';

export const SHARDS = 3;

export function mpShard(shard: number): void {
  const cases = listMpCases();
  const load = Array<number>(SHARDS).fill(0);
  const mine = cases.filter((c) => {
    const lightest = load.indexOf(Math.min(...load));
    load[lightest]! += c.method === 'spawn' ? 4 : 1;
    return lightest === shard - 1;
  });
  describe(`multiprocessing differential corpus (CPython 3.11), shard ${shard} of ${SHARDS}`, () => {
    if (shard === 1) {
      it('has cases under both start methods', () => {
        expect(cases.some((c) => c.method === 'fork')).toBe(true);
        expect(cases.some((c) => c.method === 'spawn')).toBe(true);
      });
    }
    for (const c of mine) {
      it(`${c.name} [${c.method}]`, () => {
        expect(runMpCase(c)).toEqual(c.expected);
      });
    }
  });
}
