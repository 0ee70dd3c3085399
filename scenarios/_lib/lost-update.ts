/**
 * The lost update: N processes each add 1 to a shared counter `rounds` times with
 * a read, some work, and a write — no lock. When two read the same value, one
 * increment is lost. Shared by the 2- and 3-process scenarios.
 */
import type { Sys } from '../../src/scenario/api.js';

export function* lostUpdate(k: Sys, procs: number, rounds: number) {
  const counter = yield* k.cell([0], 'counter');
  for (let p = 0; p < procs; p++) {
    if ((yield* k.fork()) !== 0) continue;
    for (let i = 0; i < rounds; i++) {
      const v = yield* k.read(counter);
      yield* k.compute('1us'); // the work between reading and writing back
      yield* k.store(counter, v + 1);
    }
    return 0;
  }
  for (let p = 0; p < procs; p++) yield* k.wait();
  const total = yield* k.read(counter);
  yield* k.print(`counter = ${total} (expected ${procs * rounds}; ${procs * rounds - total} updates lost)`);
  return 0;
}

/**
 * The lost update as the explorer's textbook case: each of `procs` children reads the
 * counter and writes it back plus one, `rounds` times, with nothing in between; the
 * parent forks them all, waits for each by pid, and prints the counter.
 */
export function* increments(k: Sys, procs: number, rounds: number) {
  const counter = yield* k.cell([0], 'counter');
  const children: number[] = [];
  for (let p = 0; p < procs; p++) {
    const pid = yield* k.fork();
    if (pid === 0) {
      for (let i = 0; i < rounds; i++) yield* k.store(counter, (yield* k.read(counter)) + 1);
      return 0;
    }
    children.push(pid);
  }
  for (const pid of children) yield* k.wait(pid);
  yield* k.print(`counter = ${yield* k.read(counter)}`);
  return 0;
}
