/**
 * The README's Vitest example, as it is there (imports aside): test/cli/readme.test.ts
 * checks that the two stay the same.
 */
import { expect, it } from 'vitest';
import '../src/vitest.js';
import { explore, type Sys } from '../src/index.js';

function* counter(k: Sys) {
  const c = yield* k.cell([0], 'counter');
  const pids: number[] = [];
  for (let i = 0; i < 2; i++) {
    const pid = yield* k.fork();
    if (pid === 0) {
      yield* k.store(c, (yield* k.read(c)) + 1); // read, then write back: not atomic
      return 0;
    }
    pids.push(pid);
  }
  for (const pid of pids) yield* k.wait(pid);
  return yield* k.read(c); // the value the 'return' outcome compares
}

it('loses an update', async () => {
  const r = await explore(counter, { outcome: 'return' });
  expect(r).toHaveOutcomes([2, 1]); // exactly this set; a failure shows each unexpected one's witness
  expect(r).toNeverProduce((total) => total === 0); // a failure shows the witness
  await expect(r).toMatchOutcomeSnapshot('./__outcomes__/counter.outcomes'); // vitest -u rewrites it
});
