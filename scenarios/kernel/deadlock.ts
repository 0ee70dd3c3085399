/**
 * A deadlock: two processes take two locks in opposite orders (OSTEP chapter 32).
 * Each gets its first lock, then waits for the other's: nothing can ever run again.
 */
import type { ScenarioMeta, Sys } from '../../src/scenario/api.js';

export const scenario: ScenarioMeta = {
  title: 'deadlock: two locks taken in opposite orders',
  about: 'OSTEP chapter 32: the circular wait. The run ends in a report of who waits on what and who holds what.',
  options: { cpus: 2 },
};

export default function* main(k: Sys) {
  const a = yield* k.lock('A');
  const b = yield* k.lock('B');
  const [first, second, names] = (yield* k.fork()) === 0 ? [a, b, 'A then B'] : [b, a, 'B then A'];
  const me = yield* k.getpid();
  yield* k.print(`${me} takes ${names}`);
  yield* k.acquire(first);
  yield* k.compute('5ms'); // long enough for the other (which starts ~1ms after the fork) to take its first lock
  yield* k.acquire(second);
  yield* k.print(`${me} got both locks`);
  yield* k.release(second);
  yield* k.release(first);
  return 0;
}
