import { describe, expect, it } from 'vitest';
import type { Json, Sys } from '../../../src/scenario/api.js';
import { lines, run } from '../../helpers.js';

describe('pipes and connections', () => {
  it('carry messages both ways on a duplex pipe, in order', () => {
    const k = run(function* (k: Sys) {
      const [a, b] = yield* k.pipe(true, 'p');
      if ((yield* k.fork()) === 0) {
        const m1 = yield* k.recv(b);
        const m2 = yield* k.recv(b);
        yield* k.send(b, `${m1}+${m2}`);
        return 0;
      }
      yield* k.send(a, 'x');
      yield* k.send(a, 'y');
      yield* k.print(String(yield* k.recv(a)));
      yield* k.wait();
    });
    expect(lines(k)).toEqual(['x+y']);
  });

  it('give EOF once every write end is closed — but not while the reader itself still holds one (the fork trap)', () => {
    const reader = (closeOwnWriter: boolean) =>
      function* (k: Sys) {
        const [r, w] = yield* k.pipe(false);
        if ((yield* k.fork()) === 0) {
          if (closeOwnWriter) yield* k.close(w);
          const first = yield* k.recv(r);
          const second = yield* k.recv(r, { timeout: '50ms' });
          yield* k.print(`${first} then ${second === undefined ? 'EOF or timeout' : second}`);
          return 0;
        }
        yield* k.send(w, 'hello');
        yield* k.close(w);
        yield* k.close(r);
        yield* k.wait();
      };
    const closed = run(reader(true));
    expect(lines(closed)).toEqual(['hello then EOF or timeout']);
    // With its own write end open the child cannot see EOF: it waits out its timeout.
    expect(closed.state.clock).toBeLessThan(50_000_000);
    expect(run(reader(false)).state.clock).toBeGreaterThan(50_000_000);
  });

  it('refuse to send to a closed end (EPIPE) and poll without blocking', () => {
    const k = run(function* (k: Sys) {
      const [a, b] = yield* k.pipe(true);
      yield* k.print(`poll empty: ${yield* k.poll(a)}`);
      yield* k.send(b, 1);
      yield* k.print(`poll with data: ${yield* k.poll(a)}`);
      yield* k.close(a);
      yield* k.print(`send to closed: ${yield* k.send(b, 2)}`);
    });
    expect(lines(k)).toEqual(['poll empty: false', 'poll with data: true', 'send to closed: false']);
  });

  it('block a sender when the receiving end is full, until the reader makes room', () => {
    const k = run(
      function* (k: Sys) {
        const [r, w] = yield* k.pipe(false, 'small');
        if ((yield* k.fork()) === 0) {
          for (let i = 0; i < 3; i++) yield* k.send(w, 'x'.repeat(60));
          yield* k.print(`sender done at ${Math.round((yield* k.time()) / 1e6)}ms`);
          return 0;
        }
        yield* k.sleep('10ms');
        for (let i = 0; i < 3; i++) yield* k.recv(r);
        yield* k.wait();
      },
      { params: { pipeCapacity: 100 } },
    );
    expect(lines(k)[0]).toMatch(/sender done at 1\dms/);
    expect(k.trace.some((e) => e.kind === 'block' && e.on.kind === 'ipc' && e.on.op === 'send' && e.obj?.kind === 'conn')).toBe(true);
  });
});

describe('handles in messages', () => {
  it('give the receiver a handle, and keep the object open while in flight', () => {
    function* child(k: Sys, q: Json) {
      if (typeof q !== 'number') throw new Error('child expects a queue handle');
      const end = (yield* k.get(q)) as number; // a pipe end, passed in the message
      yield* k.print(`child got ${String(yield* k.recv(end))}`);
      yield* k.print(`then: ${String(yield* k.recv(end))}`);
      return 0;
    }
    const k = run(
      function* (k: Sys) {
        const q = yield* k.queue(0, 'mailbox');
        const pid = yield* k.spawnWith([q], child, q);
        const [a, b] = yield* k.pipe(true, 'p');
        yield* k.put(q, b, { handles: [b] });
        yield* k.close(b); // the message still holds b
        yield* k.send(a, 'hello');
        yield* k.close(a); // now the child's recv sees EOF after the message
        yield* k.wait(pid);
      },
      {},
      { child: child as never },
    );
    expect(lines(k)).toEqual(['child got "hello"'.replace(/"/g, ''), 'then: undefined']);
  });

  it('refuse to carry a handle the sender does not hold', () => {
    const k = run(function* (k: Sys) {
      const q = yield* k.queue();
      yield* k.print(`put: ${yield* k.put(q, 1, { handles: [99] })}`);
    });
    expect(lines(k)).toEqual(['put: false']);
  });
});
