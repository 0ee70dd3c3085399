/** PCT, the random walk, and the exhaustive search with a preemption bound. */
import { describe, expect, it } from 'vitest';
import { Paths } from '../../src/explore/execution.js';
import { Dfs } from '../../src/explore/strategies/dfs.js';
import { Pct } from '../../src/explore/strategies/pct.js';
import { RandomWalk } from '../../src/explore/strategies/random.js';
import { execute } from '../../src/explore/target.js';
import { loadScenario } from '../../src/scenario/load.js';
import { stdoutOf, sweep, target } from './helpers.js';

const lost = async (id: string) => target(await loadScenario(`kernel/${id}`), 'free', { kind: 'stdout' });

describe('pct', () => {
  it('depth 3 finds the 3x2 lost update\'s rarest outcome (counter = 2) within 1,000 runs on at least 99 of 100 seeds', async () => {
    const t = await lost('lost-update-3x2');
    const paths = new Paths();
    const steps = sweep(t, new Dfs(null), 1).results[0]!.exec.n;
    let found = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const pct = new Pct(seed, 3, steps, null);
      for (let r = 0; r < 1000; r++) {
        const run = execute(t, pct.driver(r), paths);
        if (run.outcome && stdoutOf(run.outcome.key) === 'counter = 2\n') {
          found++;
          break;
        }
      }
    }
    expect(found).toBeGreaterThanOrEqual(99);
  });

  it('run r depends only on the seed and r', async () => {
    const t = await lost('lost-update-3x1');
    const paths = new Paths();
    const a = new Pct(7, 3, 20, null);
    const b = new Pct(7, 3, 20, null);
    for (const r of [0, 5, 3]) expect(execute(t, a.driver(r), paths).exec.schedule).toBe(execute(t, b.driver(r), paths).exec.schedule);
    const schedules = new Set(Array.from({ length: 20 }, (_, r) => execute(t, a.driver(r), paths).exec.schedule));
    expect(schedules.size).toBeGreaterThan(5);
  });
});

describe('random walk', () => {
  it('finds every outcome of the 3x1 lost update, reproducibly', async () => {
    const t = await lost('lost-update-3x1');
    const a = sweep(t, new RandomWalk(1, null), 300);
    const b = sweep(t, new RandomWalk(1, null), 300);
    expect([...a.outcomes].map(stdoutOf).sort()).toEqual(['counter = 1\n', 'counter = 2\n', 'counter = 3\n']);
    expect(a.results.map((r) => r.exec.schedule)).toEqual(b.results.map((r) => r.exec.schedule));
    expect(a.complete).toBe(false);
  });
});

describe('preemption bounds', () => {
  it('with no preemption the lost update cannot lose an update; with one it loses one or two', async () => {
    const t = await lost('lost-update-3x1');
    const none = sweep(t, new Dfs(0));
    expect(none.complete).toBe(true);
    expect([...none.outcomes].map(stdoutOf)).toEqual(['counter = 3\n']);
    for (const r of none.results) expect(r.exec.preemptions).toBe(0);
    const one = sweep(t, new Dfs(1));
    expect(one.complete).toBe(true);
    expect([...one.outcomes].map(stdoutOf).sort()).toEqual(['counter = 1\n', 'counter = 2\n', 'counter = 3\n']);
    expect(Math.max(...one.results.map((r) => r.exec.preemptions))).toBe(1);
    expect(one.runs).toBeGreaterThan(none.runs);
  });

  it('bound every sampling strategy too', async () => {
    const t = await lost('lost-update-3x2');
    for (const s of [new RandomWalk(3, 1), new Pct(3, 3, 25, 1)]) {
      const r = sweep(t, s, 200);
      expect(Math.max(...r.results.map((x) => x.exec.preemptions))).toBeLessThanOrEqual(1);
    }
  });

  it('count a switch away from a task that could go on, not one from a task that exited or waits', async () => {
    const t = await lost('lost-update-3x1');
    const { results } = sweep(t, new Dfs(0), 1);
    const x = results[0]!.exec;
    expect(x.preemptions).toBe(0);
    // The first run switches tasks several times (forks, exits), none a preemption.
    const switches = x.tid.filter((tid, i) => i > 0 && tid !== x.tid[i - 1]).length;
    expect(switches).toBeGreaterThan(3);
  });
});
