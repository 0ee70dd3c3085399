/**
 * forkscope/vitest: the matchers on explore()'s results, used as a user would, with a
 * program given in code and the library's explore().
 */
import { describe, expect, it } from 'vitest';
import '../src/vitest.js';
import { explore, simulate } from '../src/index.js';
import type { Sys } from '../src/scenario/api.js';
import { terminalText } from '../src/render/output.js';

/** Two processes add one to a shared counter without a lock; the parent returns the total. */
function* counter(k: Sys) {
  const c = yield* k.cell([0], 'counter');
  const pids: number[] = [];
  for (let i = 0; i < 2; i++) {
    const pid = yield* k.fork();
    if (pid === 0) {
      yield* k.store(c, (yield* k.read(c)) + 1);
      return 0;
    }
    pids.push(pid);
  }
  for (const pid of pids) yield* k.wait(pid);
  const total = yield* k.read(c);
  yield* k.print(`total ${total}`);
  return total;
}

describe('forkscope/vitest', () => {
  it('toHaveOutcomes: the exact set passes; a failure lists what is missing and what is unexpected, with witnesses', async () => {
    const r = await explore(counter, { outcome: 'return' });
    expect(r).toHaveOutcomes([2, 1]);
    expect(r).not.toHaveOutcomes([2]);
    let message = '';
    try {
      expect(r).toHaveOutcomes([2, 3]);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('expected exactly these outcomes (complete):');
    expect(message).toContain('  - missing:    3');
    expect(message).toMatch(/ {2}\+ unexpected: 1\n {6}1003 wrote counter=1 after 1002 read it\n {6}witness free:\S+ \(1 preemption\)\n {6}replay: simulate\(program, \{ schedule: 'free:\S+' \}\)/);
  });

  it('toNeverProduce: fails with the witness of the first outcome that matches', async () => {
    const r = await explore(counter, { outcome: 'return' });
    expect(r).toNeverProduce((v) => v === 0);
    let message = '';
    try {
      expect(r).toNeverProduce((v) => (v as number) < 2);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^expected no outcome to match, but this one does \(\d+ of \d+ runs\):\n {2}1\n/);
    // The witness in the message replays the lost update.
    const witness = /witness (free:\S+)/.exec(message)![1]!;
    expect(terminalText(simulate(counter, { schedule: witness }).output)).toBe('total 1\n');
  });

  it('toMatchOutcomeSnapshot: the outcome set as a .outcomes file', async () => {
    const r = await explore(counter, { outcome: 'stdout', program: { id: 'counter' } });
    await expect(r).toMatchOutcomeSnapshot('./__outcomes__/counter-stdout.outcomes');
  });

  it('reject anything but an exploration result', () => {
    expect(() => expect({ outcomes: 3 }).toHaveOutcomes([])).toThrow(/toHaveOutcomes expects the result of explore\(\)/);
  });
});
