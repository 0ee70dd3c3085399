/**
 * The load average (kernel/loadavg.ts): Linux's computation on virtual time. Constant
 * load n from an idle machine gives, after k samples of 5.004 s, n·(1 − (e/2048)^k) for
 * e = 1884, 2014, 2037 (Linux's EXP_1, EXP_5, EXP_15), up to its fixed-point rounding;
 * without load the averages decay by the same factors.
 */
import { describe, expect, it } from 'vitest';
import { S } from '../../src/kernel/time.js';
import type { Sys } from '../../src/scenario/api.js';
import { lines, run } from '../helpers.js';

const expected = (n: number, k: number): number[] => [1884, 2014, 2037].map((e) => n * (1 - (e / 2048) ** k));

describe('load average', () => {
  it('starts at 0, rises toward the number of busy tasks as Linux computes it, and decays when they end', () => {
    const k = run(
      function* (k: Sys) {
        const boot = yield* k.loadavg();
        for (let i = 0; i < 3; i++) {
          if ((yield* k.fork()) === 0) {
            yield* k.compute('60.1s');
            return 0;
          }
        }
        yield* k.sleep('60.06s'); // 12 samples (the 12th at 60.048 s) with the three children busy
        const busy = yield* k.loadavg();
        for (let i = 0; i < 3; i++) yield* k.wait(-1);
        yield* k.sleep('600s');
        const idle = yield* k.loadavg();
        yield* k.print(JSON.stringify([boot, busy, idle]));
      },
      { cpus: 4, maxTime: 1000 * S },
    );
    const seen = JSON.parse(lines(k)[0]!) as number[][];
    expect(seen[0]).toEqual([0, 0, 0]);
    const busy = expected(3, 12);
    for (let i = 0; i < 3; i++) expect(Math.abs(seen[1]![i]! - busy[i]!)).toBeLessThanOrEqual(0.02);
    expect(seen[1]).toEqual([1.9, 0.55, 0.19]); // two decimals, as /proc/loadavg shows them
    // Ten idle minutes: the 1-minute average is gone, the 15-minute one has decayed by about (2037/2048)^120.
    expect(seen[2]![0]).toBe(0);
    expect(Math.abs(seen[2]![2]! - seen[1]![2]! * (2037 / 2048) ** 120)).toBeLessThanOrEqual(0.02);
  });

  it('a program that waits does not load the machine, and a year-long sleep costs no loop per sample', () => {
    const k = run(
      function* (k: Sys) {
        yield* k.sleep(365 * 24 * 3600 * S);
        const avg = yield* k.loadavg();
        yield* k.print(avg.join(' '));
      },
      { maxTime: 400 * 24 * 3600 * S },
    );
    expect(lines(k)).toEqual(['0 0 0']);
  });
});
