import { describe, expect, it } from 'vitest';
import { deadlockReport } from '../../src/render/deadlock.js';
import type { Sys } from '../../src/scenario/api.js';
import { run } from '../helpers.js';

describe('deadlock reports', () => {
  it('name who waits on what and who holds what', () => {
    const k = run(function* (k: Sys) {
      const a = yield* k.lock('A');
      const b = yield* k.lock('B');
      const child = (yield* k.fork()) === 0;
      yield* k.acquire(child ? a : b);
      yield* k.sleep('5ms');
      yield* k.acquire(child ? b : a);
    });
    expect(k.state.end?.kind).toBe('deadlock');
    const report = deadlockReport(k.state);
    expect(report).toContain("pid 1001 (test) blocked in acquire on Lock 'A'");
    expect(report).toContain('owned by pid 1002');
    expect(report).toContain("Lock 'B' is held by pid 1001, which is blocked");
  });

  it('explain the fork trap: a reader that still holds the write end itself', () => {
    const k = run(function* (k: Sys) {
      const [r, w] = yield* k.pipe(false, 'p');
      if ((yield* k.fork()) === 0) {
        yield* k.recv(r); // this child still holds w, so it can never see EOF
        return 0;
      }
      yield* k.close(w);
      yield* k.close(r);
      yield* k.wait();
    });
    const report = deadlockReport(k.state);
    expect(report).toContain('its other end by pid 1002');
    expect(report).toContain('the only holder of the other end of connection');
  });
});

describe('terminated tasks', () => {
  it('release their program (its heap) at once', () => {
    const k = run(function* (k: Sys) {
      if ((yield* k.fork()) === 0) return 0;
      yield* k.wait();
    });
    expect(() => k.ctx.rt[1]!.space.run(1, 1, undefined)).toThrow(/terminated task/);
  });
});
