/**
 * Signals in the kernel (kernel/signal.ts), seen through TypeScript programs: dispositions,
 * the default actions, catching (a blocking call is interrupted and retried; caught()
 * and pause() report), alarm, fork and spawn, the trace, and footprints.
 */
import { describe, expect, it } from 'vitest';
import { waitsNow } from '../../src/kernel/blocking.js';
import { FP, type Footprint, fpKind } from '../../src/kernel/footprint.js';
import { SIGKILL, SIGTERM, waitstatusToExitcode } from '../../src/kernel/syscalls.js';
import { renderTrace } from '../../src/render/trace.js';
import type { Sys } from '../../src/scenario/api.js';
import { lines, machine, run } from '../helpers.js';

const SIGUSR1 = 10;
const SIGUSR2 = 12;
const SIGALRM = 14;
const SIGCHLD = 17;

describe('signal dispositions', () => {
  it('default actions: SIGUSR1 ends a process with its status, SIGCHLD does nothing; ignore and catch keep it alive', () => {
    const k = run(function* (k: Sys) {
      const statuses: string[] = [];
      for (const [sig, act] of [[SIGUSR1, 'default'], [SIGCHLD, 'default'], [SIGTERM, 'ignore'], [SIGUSR2, 'catch'], [SIGKILL, 'ignore']] as const) {
        const pid = yield* k.fork();
        if (pid === 0) {
          yield* k.signal(sig, act);
          yield* k.sleep('100ms');
          return 7;
        }
        yield* k.sleep('10ms');
        yield* k.kill(pid, sig);
        const [, w] = (yield* k.wait(pid))!;
        statuses.push(`${sig}/${act}: ${waitstatusToExitcode(w)}`);
      }
      yield* k.print(statuses.join(', '));
    });
    expect(lines(k)).toEqual(['10/default: -10, 17/default: 7, 15/ignore: 7, 12/catch: 7, 9/ignore: -9']);
  });

  it('a caught signal interrupts a sleep, which goes on for the time left; caught() reports it once', () => {
    const k = run(function* (k: Sys) {
      const pid = yield* k.fork();
      if (pid === 0) {
        yield* k.signal(SIGUSR1, 'catch');
        const t0 = yield* k.time();
        yield* k.sleep('1s');
        const slept = (yield* k.time()) - t0;
        yield* k.print(`slept ${Math.round(slept / 1e6)}ms, caught ${JSON.stringify(yield* k.caught())}, then ${JSON.stringify(yield* k.caught())}`);
        return 0;
      }
      yield* k.sleep('300ms');
      yield* k.kill(pid, SIGUSR1);
      yield* k.wait(pid);
    });
    expect(lines(k)).toEqual(['slept 1000ms, caught [10], then []']);
    const trace = renderTrace(k.trace);
    expect(trace).toContain('blocked → ready: signal SIGUSR1');
    expect(trace).toContain('runs its handler for SIGUSR1');
  });

  it('pause returns the caught signals; an alarm sends SIGALRM, and alarm() returns the time left of the previous one', () => {
    const k = run(function* (k: Sys) {
      yield* k.signal(SIGALRM, 'catch');
      const none = yield* k.alarm('5s');
      const left = yield* k.alarm('2s');
      const got = yield* k.pause();
      yield* k.print(`before ${none}, left ${Math.round(left / 1e6)}ms, pause → ${JSON.stringify(got)} at ${(yield* k.time()) / 1e9 > 2 ? 'after' : 'before'} 2s`);
      yield* k.alarm('1s');
      yield* k.signal(SIGALRM, 'default');
      yield* k.sleep('5s');
      yield* k.print('not reached');
    });
    expect(lines(k)).toEqual(['before 0, left 5000ms, pause → [14] at after 2s']);
    expect(k.state.end).toEqual({ kind: 'done', status: 128 + SIGALRM });
  });

  it('a fork child keeps its parent’s dispositions; a spawned program starts with the defaults', () => {
    const probe = function* (k: Sys) {
      yield* k.sleep('50ms');
      return 0;
    };
    const k = run(
      function* (k: Sys) {
        yield* k.signal(SIGTERM, 'ignore');
        const forked = yield* k.fork();
        if (forked === 0) {
          yield* k.sleep('50ms');
          return 0;
        }
        const spawned = yield* k.spawn(probe);
        yield* k.sleep('10ms');
        yield* k.kill(forked, SIGTERM);
        yield* k.kill(spawned, SIGTERM);
        const a = (yield* k.wait(forked))!;
        const b = (yield* k.wait(spawned))!;
        yield* k.print(`fork ${waitstatusToExitcode(a[1])}, spawn ${waitstatusToExitcode(b[1])}`);
      },
      {},
      { probe },
    );
    expect(lines(k)).toEqual(['fork 0, spawn -15']);
  });

  it('a process blocked in pause with nobody to signal it is a deadlock', () => {
    const k = run(function* (k: Sys) {
      yield* k.signal(SIGUSR1, 'catch');
      yield* k.pause();
    });
    expect(k.state.end?.kind).toBe('deadlock');
  });
});

describe('signal footprints', () => {
  it('kill writes the target’s signal state; pause waits on it', () => {
    const touched: { kind: number; write: boolean }[] = [];
    const fp: Footprint = { step: () => {}, touch: (key, write) => void touched.push({ kind: fpKind(key), write }), file: () => {} };
    let pausedWaits = false;
    const k = machine(
      function* (k: Sys) {
        const pid = yield* k.fork();
        if (pid === 0) {
          yield* k.signal(SIGUSR1, 'catch');
          yield* k.pause();
          return 0;
        }
        yield* k.sleep('10ms');
        yield* k.kill(pid, SIGUSR1);
        yield* k.wait(pid);
      },
      { footprint: fp },
    );
    while (k.step()) {
      const child = k.state.cpus.find((c) => c.task === 1);
      if (child && child.pending === 'syscall' && k.ctx.rt[1]!.call?.op === 'pause') pausedWaits ||= waitsNow(k.ctx, k.state, 1);
    }
    expect(touched.some((t) => t.kind === FP.sig && t.write)).toBe(true);
    expect(pausedWaits).toBe(true);
  });
});
