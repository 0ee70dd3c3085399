import { describe, expect, it } from 'vitest';
import { weight } from '../../src/kernel/policies/cfs.js';
import { taskAt } from '../../src/kernel/state.js';
import { metrics } from '../../src/render/metrics.js';
import type { Sys } from '../../src/scenario/api.js';
import { NOMINAL, lines, run as runWith } from '../helpers.js';
import type { Program } from '../../src/scenario/api.js';

/** Policies are about scheduling: children start the moment they are forked. */
const run = (p: Program, opts: Parameters<typeof runWith>[1] = {}) => runWith(p, { ...opts, params: { forkChild: 0, ...NOMINAL, ...opts.params } });

/** Forks one child per job (name, nice, CPU ms); each prints when it finishes. */
const jobs = (list: [string, number, number][], gapMs = 0) =>
  function* (k: Sys) {
    for (const [name, nice, ms] of list) {
      if ((yield* k.fork()) === 0) {
        yield* k.nice(nice);
        yield* k.compute(`${ms}ms`);
        yield* k.print(`${name} ${Math.round((yield* k.time()) / 1e5) / 10}`);
        return 0;
      }
      if (gapMs) yield* k.sleep(`${gapMs}ms`);
    }
    while ((yield* k.wait()) !== null);
  };

const preempts = (k: ReturnType<typeof run>) => k.trace.filter((e) => e.kind === 'preempt').length;

describe('policies', () => {
  it('fifo runs each job to completion in arrival order', () => {
    const k = run(jobs([['a', 0, 20], ['b', 0, 5]]), { cpus: 1, policy: 'fifo' });
    expect(lines(k).map((l) => l.split(' ')[0])).toEqual(['a', 'b']);
    expect(preempts(k)).toBe(0);
  });

  it('rr alternates quanta, so the short job finishes first', () => {
    const k = run(jobs([['a', 0, 20], ['b', 0, 5]]), { cpus: 1, policy: 'rr', quantum: 2_000_000 });
    expect(lines(k).map((l) => l.split(' ')[0])).toEqual(['b', 'a']);
    expect(preempts(k)).toBeGreaterThan(5);
  });

  it('priority preempts at the exact moment a higher-priority task becomes ready', () => {
    const k = run(
      function* (k: Sys) {
        if ((yield* k.fork()) === 0) {
          yield* k.nice(5);
          yield* k.compute('10ms');
          yield* k.print(`low done ${(yield* k.time()) / 1e6}`);
          return 0;
        }
        if ((yield* k.fork()) === 0) {
          yield* k.nice(-5);
          yield* k.sleep('3ms');
          yield* k.compute('2ms');
          yield* k.print(`high done ${(yield* k.time()) / 1e6}`);
          return 0;
        }
        while ((yield* k.wait()) !== null);
      },
      { cpus: 1, policy: 'priority', quantum: 100_000_000, params: { timerSlack: 0 } },
    );
    const [high, low] = lines(k).map((l) => Number(l.split(' ')[2])) as [number, number];
    const wake = k.trace.find((e) => e.kind === 'wake' && e.pid === 1003)!;
    // The low task lowered itself with nice (one preemption), and is preempted again the instant high wakes.
    const pre = k.trace.find((e) => e.kind === 'preempt' && e.t === wake.t)!;
    expect(pre.pid).toBe(1002);
    expect(pre.kind === 'preempt' && pre.why).toBe('priority');
    // high runs 2ms from its wake-up; low still gets exactly its 10ms of CPU in total.
    expect(high).toBeCloseTo(wake.t / 1e6 + 2 + 0.002 + 0.00025, 2);
    const lowCpu = metrics(k.state, k.trace).processes.find((p) => p.pid === 1002)!.cpu;
    expect(lowCpu).toBeGreaterThanOrEqual(10_000_000);
    expect(lowCpu).toBeLessThan(10_010_000);
    expect(low).toBeGreaterThan(high);
  });

  it('mlfq demotes a CPU hog and keeps an interactive job at the top', () => {
    const k = run(
      function* (k: Sys) {
        if ((yield* k.fork()) === 0) {
          yield* k.compute('60ms');
          return 0;
        }
        if ((yield* k.fork()) === 0) {
          for (let i = 0; i < 10; i++) {
            yield* k.compute('300us'); // 3ms in all: less than its 4ms allotment at the top level
            yield* k.sleep('3ms');
          }
          return 0;
        }
        while ((yield* k.wait()) !== null);
      },
      { cpus: 1, policy: 'mlfq', quantum: 2_000_000 },
    );
    expect(taskAt(k.state, 1).level).toBe(2);
    expect(taskAt(k.state, 2).level).toBe(0);
  });

  it('lottery draws are in the trace and shares follow tickets', () => {
    const k = run(jobs([['rich', -5, 40], ['poor', 5, 40]]), { cpus: 1, policy: 'lottery', quantum: 1_000_000, seed: 3 });
    const draws = k.trace.filter((e) => e.kind === 'lottery');
    expect(draws.length).toBeGreaterThan(20);
    expect(lines(k)[0]).toMatch(/^rich/);
  });

  it('cfs shares CPU in proportion to weight', () => {
    const k = run(
      function* (k: Sys) {
        for (const nice of [0, 5]) {
          if ((yield* k.fork()) === 0) {
            yield* k.nice(nice);
            yield* k.compute('1s');
            return 0;
          }
        }
        yield* k.sleep('300ms');
        return 0;
      },
      { cpus: 1, policy: 'cfs', maxTime: 300_000_000 },
    );
    const m = metrics(k.state, k.trace).processes;
    const [a, b] = [1002, 1003].map((pid) => m.find((p) => p.pid === pid)!.cpu);
    expect(a! / b!).toBeGreaterThan((weight(0) / weight(5)) * 0.85);
    expect(a! / b!).toBeLessThan((weight(0) / weight(5)) * 1.15);
  });
});

describe('CPUs', () => {
  it('run independent jobs in parallel', () => {
    const one = run(jobs([['a', 0, 10], ['b', 0, 10]]), { cpus: 1 });
    const two = run(jobs([['a', 0, 10], ['b', 0, 10]]), { cpus: 2 });
    expect(one.state.clock).toBeGreaterThan(20_000_000);
    expect(two.state.clock).toBeLessThan(11_000_000);
  });
});
