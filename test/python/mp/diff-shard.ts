/**
 * Differential tests: every multiprocessing corpus program prints what CPython 3.11
 * printed, under fork and under spawn. The corpus is split into SHARDS test files so
 * that vitest's workers share it; a spawn case (a fresh interpreter per child) weighs
 * about four fork cases, and each case goes to the lightest shard.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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
      it(`every shard has its test file, diff-1 to diff-${SHARDS} (a shard without one would never run its cases)`, () => {
        const shards = readdirSync(import.meta.dirname).filter((f) => /^diff-\d+\.test\.ts$/.test(f));
        expect(shards.sort()).toEqual(Array.from({ length: SHARDS }, (_, i) => `diff-${i + 1}.test.ts`).sort());
        for (const f of shards) expect(readFileSync(join(import.meta.dirname, f), 'utf8')).toContain(`mpShard(${/\d+/.exec(f)![0]});`);
      });
    }
    for (const c of mine) {
      it(`${c.name} [${c.method}]`, () => {
        expect(runMpCase(c)).toEqual(c.expected);
      });
    }
  });
}
