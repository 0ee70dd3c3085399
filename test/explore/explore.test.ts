/**
 * Explorations: phases and budgets, outcomes with canonical witnesses that replay,
 * racing pairs, projections, timed mode, and the same result with any number of workers.
 */
import { describe, expect, it } from 'vitest';
import { explore } from '../../src/explore/explore.js';
import { parseProjection } from '../../src/explore/outcome.js';
import { exploreParallel } from '../../src/explore/parallel.js';
import { exploreDocument, renderExplore } from '../../src/render/explore.js';
import { raceText } from '../../src/render/race.js';
import type { Sys } from '../../src/scenario/api.js';
import { loadScenario } from '../../src/scenario/load.js';
import { programScenario } from '../../src/scenario/program.js';
import { simulate } from '../../src/scenario/simulate.js';
import { terminalText } from '../../src/render/output.js';
import { lockTurns } from './programs.js';

const lost3x1 = () => loadScenario('kernel/lost-update-3x1');

describe('explore', () => {
  it('reports the funnel, a complete outcome set, and a replay command per outcome', async () => {
    const r = explore(await lost3x1(), {});
    expect(r.complete).toBe(true);
    expect(r.phases).toEqual([{ strategy: 'dpor', runs: 36, budget: 10_000, stop: 'complete', redundant: 0, infeasible: 0 }]);
    expect([r.runs, r.executions, r.classes, r.outcomes.length]).toEqual([36, 36, 36, 3]);
    const text = renderExplore(r);
    expect(text).toContain('36 schedules tried → 36 distinct executions → 3 outcomes: complete');
    expect(text).toContain('dpor (one run per class of equivalent executions): 36 runs, finished');
    expect(text).toMatch(/^ {3}3 {6}12 {6}6 {12}1 {2}stdout counter = 1\\n · exit 1001=0 1002=0 1003=0 1004=0$/m);
    expect(text).toContain('outcome 2: 1004 wrote counter=2 after 1002 read it');
    expect(text).toContain("forkscope run kernel/lost-update-3x1 --seed 1 --cpus 3 --schedule 'free:0102*6.01'");
  });

  it('gives witnesses that replay their outcomes exactly, fewest preemptions first', async () => {
    const sc = await lost3x1();
    const r = explore(sc, {});
    for (const o of r.outcomes) {
      const sim = simulate(sc, { schedule: o.witness });
      expect(terminalText(sim.output)).toBe(o.parts[0]![1]);
    }
    expect(r.outcomes.map((o) => o.preemptions)).toEqual([0, 1, 1]);
    // No run reaching an outcome had fewer preemptions than its witness.
    expect(r.outcomes.map((o) => o.runs)).toEqual([6, 18, 12]);
  });

  it('names the racing pair of each outcome but the first', async () => {
    const r = explore(await lost3x1(), {});
    expect(r.outcomes[0]!.race).toBeNull();
    expect(r.outcomes.slice(1).map((o) => raceText(o.race!))).toEqual(['1004 wrote counter=2 after 1002 read it', '1003 wrote counter=1 after 1002 read it']);
  });

  it('falls back to pct and a random walk when dpor does not finish within half the budget, and says so', async () => {
    const r = explore(await loadScenario('kernel/lost-update-3x2'), {}, { maxRuns: 400 });
    expect(r.complete).toBe(false);
    expect(r.phases.map((p) => [p.strategy, p.runs, p.stop])).toEqual([
      ['dpor', 200, 'runs'],
      ['pct', 100, 'runs'],
      ['random', 100, 'runs'],
    ]);
    expect(r.runs).toBe(400);
    const text = renderExplore(r);
    expect(text).toContain('dpor (one run per class of equivalent executions): 200 runs, stopped at its budget of 200 runs');
    expect(text).toContain('pct (depth 3): 100 runs');
    expect(text).toContain('sampled (other outcomes may exist)');
  });

  it('stops for a time budget passed in, between runs', async () => {
    let calls = 0;
    const r = explore(await loadScenario('kernel/lost-update-3x2'), {}, { strategy: 'dpor', timeUp: () => ++calls > 50 });
    expect(r.phases[0]!.stop).toBe('time');
    expect(r.runs).toBe(50);
  });

  it('projects outcomes: stdout of the main process, matching lines, a returned value', () => {
    function* racer(k: Sys) {
      const c = yield* k.cell([0], 'c');
      const pids: number[] = [];
      for (let i = 0; i < 2; i++) {
        const pid = yield* k.fork();
        if (pid === 0) {
          const v = yield* k.read(c);
          yield* k.print(`child ${i} read ${v}`);
          yield* k.store(c, v + 1);
          return 0;
        }
        pids.push(pid);
      }
      for (const pid of pids) yield* k.wait(pid);
      const total = yield* k.read(c);
      yield* k.print(`total ${total}`);
      return { total };
    }
    const sc = programScenario(racer);
    const all = explore(sc, {});
    expect(all.outcomes.length).toBe(4); // either child first, the second reading 0 or 1
    const main = explore(sc, {}, { outcome: parseProjection('stdout') });
    expect(main.outcomes.map((o) => o.value).sort()).toEqual(['total 1\n', 'total 2\n']);
    const lines = explore(sc, {}, { outcome: parseProjection('lines:read 1$') });
    expect(lines.outcomes.map((o) => o.value).sort()).toEqual(['', 'child 0 read 1', 'child 1 read 1']);
    const ret = explore(sc, {}, { outcome: parseProjection('return') });
    expect(ret.outcomes.map((o) => o.value)).toEqual([{ total: 2 }, { total: 1 }]);
    expect(() => parseProjection('lines:(')).toThrow(/not a regular expression/);
    expect(() => parseProjection('stderr')).toThrow(/--outcome must be all, stdout/);
  });

  it('keeps deadlocks as outcomes of their own', () => {
    function* locks(k: Sys) {
      const a = yield* k.lock('A');
      const b = yield* k.lock('B');
      const pid = yield* k.fork();
      const [first, second] = pid === 0 ? [a, b] : [b, a];
      yield* k.acquire(first);
      yield* k.acquire(second);
      yield* k.release(second);
      yield* k.release(first);
      if (pid !== 0) yield* k.wait(pid);
      return 0;
    }
    const r = explore(programScenario(locks), {});
    expect(r.complete).toBe(true);
    const ends = r.outcomes.map((o) => o.parts.find(([n]) => n === 'end')?.[1] ?? 'done').sort();
    expect(ends).toEqual(['deadlock', 'done']);
  });


  it('goes past the step budget\'s cut, and is then complete up to the budget', () => {
    // The first run (by preference, the parent alone) never runs the child: DPOR reverses
    // races with the child's step it never took. 14 steps: 2 set-up steps and 4 prints.
    const r = explore(programScenario(lockTurns), { maxSteps: 14 }, { maxRuns: 200 });
    expect(r.complete).toBe(true);
    expect(r.phases).toMatchObject([{ strategy: 'dpor', stop: 'complete' }]);
    expect(r.phases[0]!.cut).toBe(r.phases[0]!.runs - (r.phases[0]!.infeasible ?? 0) - (r.phases[0]!.redundant ?? 0));
    // Every sequence of 4 prints of c and p: the lock is fair to neither.
    expect(r.outcomes.map((o) => (o.value as { stdout: string }).stdout.replaceAll('\n', '')).sort()).toEqual(
      Array.from({ length: 16 }, (_, i) => [3, 2, 1, 0].map((b) => ((i >> b) & 1 ? 'p' : 'c')).join('')),
    );
    const text = renderExplore(r);
    expect(text).toMatch(/dpor \(one run per class of equivalent executions\): \d+ runs, finished, up to the budget \(\d+ runs ended on the step or time budget; orders past it are unexplored\)/);
    expect(text).toContain('16 outcomes: complete up to the step and time budget');
  });

  it('falls back to sampling when DPOR does not finish under a step budget (lk2: a lock taken a million times)', () => {
    const r = explore(programScenario(lockTurns), { maxSteps: 3000 }, { maxRuns: 20 });
    expect(r.complete).toBe(false);
    expect(r.phases[0]).toMatchObject({ strategy: 'dpor', stop: 'runs', runs: 10 });
    expect(r.phases[0]!.cut).toBeGreaterThan(0);
    expect(r.phases.map((p) => p.strategy)).toEqual(['dpor', 'pct', 'random']);
    // DPOR's own runs already went past the first cut: the child runs in them.
    expect(new Set(r.outcomes.filter((o) => o.first <= 10).map((o) => o.key)).size).toBeGreaterThan(1);
    expect(renderExplore(r)).toContain('sampled (other outcomes may exist)');
  });

  it('in timed mode, explores only the cost model\'s decisions', async () => {
    const r = explore(await lost3x1(), {}, { timed: true });
    expect(r.mode).toBe('timed');
    expect(r.complete).toBe(true);
    expect(r.outcomes.map((o) => o.parts[0]![1])).toEqual(['counter = 3\n']);
    expect(r.phases[0]!.strategy).toBe('dfs');
  });

  it('gives the same document with 1 and 2 workers, both threads running chunks', async () => {
    const sc = await loadScenario('kernel/lost-update-3x2');
    const opts = { strategy: 'random' as const, maxRuns: 3000 };
    const one = await exploreParallel(sc, {}, opts, 1);
    // Which thread ran which runs: every run once, and each thread some (a worker is dealt its first chunks of a batch).
    const ran: [number, number, number][] = [];
    const two = await exploreParallel(sc, {}, opts, 2, (thread, c) => ran.push([thread, c.from, c.count]));
    expect(JSON.stringify(exploreDocument(two))).toBe(JSON.stringify(exploreDocument(one)));
    expect(one.outcomes.length).toBe(5);
    const runs = ran.flatMap(([, from, count]) => Array.from({ length: count }, (_, i) => from + i)).sort((a, b) => a - b);
    expect(runs).toEqual(Array.from({ length: 3000 }, (_, i) => i));
    // One batch: the worker is dealt its first two chunks, this thread takes the next.
    expect(ran.filter(([thread]) => thread === 1).length).toBeGreaterThanOrEqual(2);
    expect(ran.filter(([thread]) => thread === 0).length).toBeGreaterThan(0);
  });
});
