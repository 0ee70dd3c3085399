/**
 * Small random programs for property tests: a parent makes shared objects, forks two or
 * three children that each do a few operations on them, waits for each by pid and
 * prints what the objects hold. Seeded, so a failure names the program that failed.
 */
import type { Program, Sys } from '../../src/scenario/api.js';

export type Op =
  | ['inc', number] // read a cell, write it back plus one
  | ['read', number] // read a cell, print what it read
  | ['write', number, number] // store a constant
  | ['put', number] // put on the queue
  | ['get'] // take from the queue (waits while it is empty)
  | ['locked', number] // increment a cell while holding the lock
  | ['print'] // print a line
  | ['set'] // set the event
  | ['wait'] // wait for the event
  | ['send', number] // send on the pipe (its ends stay open in the parent: no EOF)
  | ['recv']; // receive from the pipe (waits while it is empty)

/** A linear congruential generator (deterministic, seedable). */
export function lcg(seed: number): () => number {
  let x = (seed * 2654435761) >>> 0 || 1;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

/** A spec; `pipes` adds sends and receives on a pipe to the kinds of operations. */
export function randomSpec(seed: number, pipes = false): Op[][] {
  const rnd = lcg(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const children = 2 + Math.floor(rnd() * 2);
  const spec: Op[][] = [];
  for (let c = 0; c < children; c++) {
    const ops: Op[] = [];
    const n = children === 3 ? 1 : 1 + Math.floor(rnd() * 3);
    for (let i = 0; i < n; i++) {
      ops.push(
        pick<Op>([
          ['inc', Math.floor(rnd() * 2)],
          ['read', Math.floor(rnd() * 2)],
          ['write', Math.floor(rnd() * 2), 7 + c],
          ['put', c],
          ['get'],
          ['locked', 0],
          ['print'],
          ['set'],
          ['wait'],
          ...(pipes ? ([['send', c], ['send', c], ['recv']] as Op[]) : []),
        ]),
      );
    }
    spec.push(ops);
  }
  return spec;
}

/** The program a spec describes. */
export function programOf(spec: Op[][]): Program {
  return function* main(k: Sys) {
    const cells = [yield* k.cell([0], 'a'), yield* k.cell([0], 'b')];
    const q = yield* k.queue(0, 'q');
    const lock = yield* k.lock('lock');
    const ev = yield* k.event('ev');
    const piped = spec.some((ops) => ops.some((op) => op[0] === 'send' || op[0] === 'recv'));
    const [pr, pw] = piped ? yield* k.pipe(false, 'p') : [-1, -1];
    const pids: number[] = [];
    for (let c = 0; c < spec.length; c++) {
      const pid = yield* k.fork();
      if (pid !== 0) {
        pids.push(pid);
        continue;
      }
      for (const op of spec[c]!) {
        switch (op[0]) {
          case 'inc':
            yield* k.store(cells[op[1]]!, (yield* k.read(cells[op[1]]!)) + 1);
            break;
          case 'read':
            yield* k.print(`${c} read ${yield* k.read(cells[op[1]]!)}`);
            break;
          case 'write':
            yield* k.store(cells[op[1]]!, op[2]);
            break;
          case 'put':
            yield* k.put(q, op[1]);
            break;
          case 'get':
            yield* k.print(`${c} got ${JSON.stringify(yield* k.get(q))}`);
            break;
          case 'locked':
            yield* k.acquire(lock);
            yield* k.store(cells[op[1]]!, (yield* k.read(cells[op[1]]!)) + 1);
            yield* k.release(lock);
            break;
          case 'print':
            yield* k.print(`${c} here`);
            break;
          case 'set':
            yield* k.set(ev);
            break;
          case 'wait':
            yield* k.waitEvent(ev);
            break;
          case 'send':
            yield* k.send(pw, op[1]);
            break;
          case 'recv':
            yield* k.print(`${c} received ${JSON.stringify(yield* k.recv(pr))}`);
            break;
        }
      }
      return c;
    }
    for (const pid of pids) yield* k.wait(pid);
    yield* k.print(`a=${yield* k.read(cells[0]!)} b=${yield* k.read(cells[1]!)}`);
    return 0;
  };
}

/** Parent and child take turns on a lock for ever: every run ends on the step or time budget. */
export function* lockTurns(k: Sys) {
  const l = yield* k.lock('L');
  const pid = yield* k.fork();
  for (;;) {
    yield* k.acquire(l);
    yield* k.print(pid === 0 ? 'c' : 'p');
    yield* k.release(l);
  }
}
