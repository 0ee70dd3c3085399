import { describe, expect, it } from 'vitest';
import type { Sys } from '../../../src/scenario/api.js';
import { lines, run } from '../../helpers.js';

describe('locks and semaphores', () => {
  it('a lock serialises a critical section; release of an unlocked lock is TOOMANY', () => {
    const k = run(function* (k: Sys) {
      const lock = yield* k.lock('l');
      const c = yield* k.cell([0], 'n');
      for (let p = 0; p < 3; p++) {
        if ((yield* k.fork()) !== 0) continue;
        for (let i = 0; i < 50; i++) {
          yield* k.acquire(lock);
          const v = yield* k.read(c);
          yield* k.compute('1us');
          yield* k.store(c, v + 1);
          yield* k.release(lock);
        }
        return 0;
      }
      for (let p = 0; p < 3; p++) yield* k.wait();
      yield* k.print(`n=${yield* k.read(c)} extra release: ${JSON.stringify(yield* k.release(lock))}`);
    }, { cpus: 3 });
    expect(lines(k)).toEqual(['n=150 extra release: {"err":"TOOMANY"}']);
  });

  it('an rlock re-enters for its owner and refuses others; a bounded semaphore refuses over-release', () => {
    const k = run(function* (k: Sys) {
      const r = yield* k.rlock();
      yield* k.acquire(r);
      yield* k.acquire(r);
      if ((yield* k.fork()) === 0) {
        yield* k.print(`child try: ${yield* k.acquire(r, { timeout: 0 })}; child release: ${JSON.stringify(yield* k.release(r))}`);
        return 0;
      }
      yield* k.wait();
      yield* k.release(r);
      yield* k.release(r);
      const b = yield* k.boundedSemaphore(1);
      const s = yield* k.semaphore(1);
      yield* k.print(`bounded over-release: ${JSON.stringify(yield* k.release(b))}; plain: ${JSON.stringify(yield* k.release(s))}`);
    });
    expect(lines(k)).toEqual(['child try: false; child release: {"err":"NOTOWNER"}', 'bounded over-release: {"err":"TOOMANY"}; plain: null']);
  });

  it('acquire times out', () => {
    const k = run(function* (k: Sys) {
      const l = yield* k.lock();
      yield* k.acquire(l);
      const t = yield* k.time();
      yield* k.print(`${yield* k.acquire(l, { timeout: '20ms' })} after ${Math.round(((yield* k.time()) - t) / 1e6)}ms`);
    });
    expect(lines(k)).toEqual(['false after 20ms']);
  });

  it('the Chooser decides which waiter gets a released lock', () => {
    const winners = new Set<string>();
    for (let seed = 0; seed < 12; seed++) {
      const k = run(function* (k: Sys) {
        const l = yield* k.lock();
        yield* k.acquire(l);
        for (let p = 0; p < 3; p++) {
          if ((yield* k.fork()) !== 0) continue;
          yield* k.acquire(l);
          yield* k.print(`winner ${p}`);
          yield* k.release(l);
          return 0;
        }
        yield* k.sleep('5ms');
        yield* k.release(l);
        for (let p = 0; p < 3; p++) yield* k.wait();
      }, { seed });
      winners.add(lines(k)[0]!);
    }
    expect(winners.size).toBeGreaterThan(1);
  });
});

describe('a release wakes a waiter without handing it the lock (as futex-based sem_post)', () => {
  it('the releaser that takes the lock again at once keeps it; the woken waiter tries, blocks again, and gets it later', () => {
    const k = run(function* (k: Sys) {
      const l = yield* k.lock('l');
      yield* k.acquire(l);
      if ((yield* k.fork()) === 0) {
        yield* k.acquire(l);
        yield* k.print('child got it');
        yield* k.release(l);
        return 0;
      }
      yield* k.sleep('1ms'); // the child is blocked by now
      for (let i = 0; i < 3; i++) {
        yield* k.release(l);
        yield* k.acquire(l); // before the woken child runs (its wake-up latency)
        yield* k.compute('100us');
        yield* k.print(`parent round ${i}`);
      }
      yield* k.release(l);
      yield* k.wait();
    });
    expect(lines(k)).toEqual(['parent round 0', 'parent round 1', 'parent round 2', 'child got it']);
    const child = k.trace.filter((e) => e.pid === 1002).map((e) => (e.kind === 'wake' ? `wake ${e.reason.why}` : e.kind === 'block' ? 'block' : ''));
    // Woken by every release but the last, it finds the lock taken and blocks again; the last release it wins.
    expect(child.filter((e) => e !== '')).toEqual(['block', 'wake released', 'block', 'wake released', 'block', 'wake released', 'block', 'wake released']);
  });

  it('a waiter woken in vain keeps its deadline: acquire with a timeout still times out when it was due', () => {
    const k = run(function* (k: Sys) {
      const l = yield* k.lock();
      yield* k.acquire(l);
      if ((yield* k.fork()) === 0) {
        const t = yield* k.time();
        yield* k.print(`${yield* k.acquire(l, { timeout: '20ms' })} after ${Math.round(((yield* k.time()) - t) / 1e6)}ms`);
        return 0;
      }
      yield* k.sleep('5ms');
      yield* k.release(l);
      yield* k.acquire(l);
      yield* k.sleep('50ms');
      yield* k.release(l);
      yield* k.wait();
    });
    expect(lines(k)).toEqual(['false after 20ms']);
  });
});

describe('events, conditions, barriers', () => {
  it('an event wakes every waiter when set', () => {
    const k = run(function* (k: Sys) {
      const e = yield* k.event('go');
      for (let p = 0; p < 2; p++) {
        if ((yield* k.fork()) !== 0) continue;
        yield* k.print(`waiter ${p}: ${yield* k.waitEvent(e)}`);
        return 0;
      }
      yield* k.print(`timed wait: ${yield* k.waitEvent(e, '5ms')}`);
      yield* k.set(e);
      yield* k.wait();
      yield* k.wait();
    });
    expect(lines(k)[0]).toBe('timed wait: false');
    expect(lines(k).slice(1).sort()).toEqual(['waiter 0: true', 'waiter 1: true']);
  });

  it('a condition releases its lock while waiting and gets it back before returning', () => {
    const k = run(function* (k: Sys) {
      const l = yield* k.rlock('l');
      const c = yield* k.condition(l, 'c');
      const flag = yield* k.cell([0]);
      if ((yield* k.fork()) === 0) {
        yield* k.acquire(l);
        yield* k.acquire(l); // depth 2, restored after the wait
        while ((yield* k.read(flag)) === 0) yield* k.waitCondition(c);
        yield* k.print('consumer saw the flag');
        yield* k.release(l);
        yield* k.release(l);
        yield* k.print(`released twice: ok`);
        return 0;
      }
      yield* k.sleep('2ms');
      yield* k.acquire(l);
      yield* k.store(flag, 1);
      yield* k.notify(c);
      yield* k.print('producer notified');
      yield* k.release(l);
      yield* k.wait();
    });
    expect(lines(k)).toEqual(['producer notified', 'consumer saw the flag', 'released twice: ok']);
  });

  it('a barrier releases all parties with distinct indices; a timeout breaks it for everyone', () => {
    const k = run(function* (k: Sys) {
      const b = yield* k.barrier(3);
      for (let p = 0; p < 2; p++) {
        if ((yield* k.fork()) !== 0) continue;
        yield* k.sleep(`${p + 1}ms`);
        yield* k.print(`index ${yield* k.waitBarrier(b)}`);
        return 0;
      }
      yield* k.print(`index ${yield* k.waitBarrier(b)}`);
      yield* k.wait();
      yield* k.wait();
      const b2 = yield* k.barrier(2);
      yield* k.print(`alone: ${yield* k.waitBarrier(b2, '1ms')}, again: ${yield* k.waitBarrier(b2)}`);
    });
    expect(lines(k).slice(0, 3).sort()).toEqual(['index 0', 'index 1', 'index 2']);
    expect(lines(k)[3]).toBe('alone: -1, again: -1');
  });
});
