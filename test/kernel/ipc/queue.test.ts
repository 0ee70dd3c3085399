import { describe, expect, it } from 'vitest';
import type { Sys } from '../../../src/scenario/api.js';
import { lines, run } from '../../helpers.js';

describe('message queues', () => {
  it('are FIFO; get blocks until a put; a bounded queue blocks put until a get', () => {
    const k = run(function* (k: Sys) {
      const q = yield* k.queue(2, 'q');
      if ((yield* k.fork()) === 0) {
        for (let i = 1; i <= 4; i++) {
          yield* k.put(q, i);
          yield* k.print(`put ${i}`);
        }
        return 0;
      }
      yield* k.sleep('5ms');
      for (let i = 0; i < 4; i++) yield* k.print(`got ${String(yield* k.get(q))}`);
      yield* k.wait();
    });
    const out = lines(k);
    expect(out.slice(0, 2)).toEqual(['put 1', 'put 2']);
    expect(out.filter((l) => l.startsWith('got'))).toEqual(['got 1', 'got 2', 'got 3', 'got 4']);
    expect(out.indexOf('put 3')).toBeGreaterThan(out.indexOf('got 1'));
  });

  it('time out: get on an empty queue, put on a full one; zero timeouts fail at once', () => {
    const k = run(function* (k: Sys) {
      const q = yield* k.queue(1);
      const t0 = yield* k.time();
      yield* k.print(`get: ${yield* k.get(q, { timeout: '30ms' })}`);
      const t1 = yield* k.time();
      yield* k.put(q, 'a');
      yield* k.print(`put: ${yield* k.put(q, 'b', { timeout: 0 })}`);
      yield* k.print(`waited ${Math.round((t1 - t0) / 1e6)}ms`);
    });
    expect(lines(k)).toEqual(['get: undefined', 'put: false', 'waited 30ms']);
  });

  it('joinable: join waits until every item has been marked done; too many task_done is an error', () => {
    const k = run(function* (k: Sys) {
      const q = yield* k.queue(0, 'jobs');
      if ((yield* k.fork()) === 0) {
        for (let i = 0; i < 3; i++) {
          yield* k.get(q);
          yield* k.sleep('1ms');
          yield* k.taskDone(q);
        }
        yield* k.print(`extra task_done: ${JSON.stringify(yield* k.taskDone(q))}`);
        return 0;
      }
      for (let i = 0; i < 3; i++) yield* k.put(q, i);
      yield* k.join(q);
      yield* k.print(`joined at ${Math.floor((yield* k.time()) / 1e6)}ms`);
      yield* k.wait();
    });
    expect(lines(k).sort()).toEqual(['extra task_done: {"err":"TOOMANY"}', 'joined at 4ms']); // the child starts 1ms after fork
  });
});
