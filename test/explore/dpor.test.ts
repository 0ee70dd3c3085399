/**
 * DPOR: one run per class of equivalent executions. The lost update's counts are the
 * exact class counts (3 processes x 1 increment: 36; x 2: 7,134; the interleavings
 * number 90 and 34,650), and the parent's forks, exits and waits by pid add none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOutcomeSnapshot } from '../../src/explore/snapshot.js';
import { SNAPSHOTS_DIR } from '../../src/scenario/snapshot.js';
import { REEXPLORE_RUNS } from '../scenario/snapshot-shard.js';
import { Dpor } from '../../src/explore/strategies/dpor.js';
import { Dfs } from '../../src/explore/strategies/dfs.js';
import { loadScenario } from '../../src/scenario/load.js';
import type { Json, Program, Sys } from '../../src/scenario/api.js';
import { programScenario } from '../../src/scenario/program.js';
import { lockTurns, programOf, randomSpec } from './programs.js';
import { stdoutOf, sweep, target } from './helpers.js';
import { type Target, execute } from '../../src/explore/target.js';
import { Paths } from '../../src/explore/execution.js';
import { HappensBefore } from '../../src/explore/dependence.js';

describe('dpor on the lost update', () => {
  it('3 processes x 1 increment: 36 runs, 36 classes, outcomes 1, 2 and 3', async () => {
    const r = sweep(target(await loadScenario('kernel/lost-update-3x1')), new Dpor());
    expect(r.complete).toBe(true);
    expect(r.runs).toBe(36);
    expect(r.classes.size).toBe(36);
    expect([...r.outcomes].map(stdoutOf).sort()).toEqual(['counter = 1\n', 'counter = 2\n', 'counter = 3\n']);
  });

  // One DPOR run of 3x2 in the suite: the snapshot shards explore it again and compare it
  // with the shipped outcome snapshot (test/scenario/snapshot-shard.ts); this pins the
  // file's counts, so that rewriting it (snapshots:update) cannot hide a change of them.
  it('3 processes x 2 increments: 7,134 runs, all distinct, outcomes 2 to 6 (the snapshot the suite explores again)', () => {
    const file = join(SNAPSHOTS_DIR, 'kernel/lost-update-3x2.outcomes');
    const text = readFileSync(file, 'utf8');
    const snap = parseOutcomeSnapshot(text, file);
    expect(snap.complete).toBe(true);
    expect(snap.settings.timed).toBe(false);
    expect(snap.runs).toBeLessThanOrEqual(REEXPLORE_RUNS);
    expect(text).toContain('\nfunnel: 7134 schedules tried, 7134 distinct executions, 5 outcomes\n');
    expect(text).toContain('\nstrategy: dpor (one run per class of equivalent executions): 7,134 runs, finished\n');
    expect(snap.outcomes.map((o) => new Map(o.parts).get('stdout')).sort()).toEqual([2, 3, 4, 5, 6].map((n) => `counter = ${n}\n`));
  });

  it('explores exactly the classes of every schedule (2 processes: 4 of 6 interleavings)', () => {
    function* two(k: Sys) {
      const c = yield* k.cell([0], 'c');
      const pids: number[] = [];
      for (let i = 0; i < 2; i++) {
        const pid = yield* k.fork();
        if (pid === 0) {
          yield* k.store(c, (yield* k.read(c)) + 1);
          return 0;
        }
        pids.push(pid);
      }
      for (const pid of pids) yield* k.wait(pid);
      yield* k.print(yield* k.read(c));
      return 0;
    }
    const d = sweep(target(two), new Dpor());
    const all = sweep(target(two), new Dfs(null));
    expect(d.runs).toBe(4);
    expect(all.complete).toBe(true);
    expect([...d.classes].sort()).toEqual([...all.classes].sort());
    expect(all.runs).toBeGreaterThan(d.runs);
  });

  it('never picks a task whose call would wait: the waits for children run once they can finish', async () => {
    const r = sweep(target(await loadScenario('kernel/lost-update-3x1')), new Dpor());
    let picked = 0;
    for (const run of r.results) {
      const x = run.exec;
      for (let i = 0; i < x.n; i++) {
        const cands = x.cands(i);
        if (cands === null) continue;
        picked++;
        expect(x.waits(i)![cands.indexOf(x.tid[i]!)]).toBe(0);
      }
      expect(x.call.filter((c) => c?.op === 'wait')).toHaveLength(3);
    }
    expect(picked).toBeGreaterThan(36);
  });
});

/**
 * Random small programs (cells, a queue, a lock, an event, prints; two or three
 * children): DPOR's outcomes and classes equal those of every schedule. The seeds are
 * fixed; they cover each kind of object and both sizes.
 */
describe('dpor equals brute force', () => {
  const seeds = [2, 3, 5, 12, 16, 19, 21, 26, 47, 48, 49, 53, 55, 56, 70, 71, 81, 84, 85, 88, 89, 100, 102, 106, 110, 112, 130, 133, 134, 135, 136, 137, 138];
  for (const seed of seeds) {
    const spec = randomSpec(seed);
    it(`program ${seed}: ${JSON.stringify(spec)}`, () => {
      const t = target(programOf(spec));
      const d = sweep(t, new Dpor());
      const all = sweep(t, new Dfs(null), 40_000);
      expect(all.complete).toBe(true);
      expect(d.complete).toBe(true);
      expect([...d.outcomes].sort()).toEqual([...all.outcomes].sort());
      expect([...d.classes].sort()).toEqual([...all.classes].sort());
      expect(d.executions).toBe(d.classes.size); // never two runs of one class
    });
  }
});

/** The same with a pipe among the objects (its ends stay open in the parent): outcomes only (see below). */
describe('dpor equals brute force with a pipe', () => {
  for (const seed of [32, 36, 37, 40, 46, 48, 49]) {
    const spec = randomSpec(seed, true);
    it(`program ${seed}: ${JSON.stringify(spec)}`, () => {
      const t = target(programOf(spec));
      const d = sweep(t, new Dpor());
      const all = sweep(t, new Dfs(null), 20_000);
      expect(all.complete).toBe(true);
      expect(d.complete).toBe(true);
      expect([...d.outcomes].sort()).toEqual([...all.outcomes].sort());
    });
  }
});

/**
 * Pipes (EOF when the last writer closes), threads joined by the main thread, a
 * semaphore around a bounded queue: DPOR's outcomes equal those of every schedule.
 * (Closing a pipe end touches its handle count only when it is the last handle, so
 * which close is the last depends on the order: the class strings of such programs are
 * not compared, only their outcomes.)
 */
describe('dpor equals brute force on pipes, threads and semaphores', () => {
  function* pipes(k: Sys) {
    const [r, w] = yield* k.pipe(false, 'p');
    for (let c = 0; c < 2; c++) {
      if ((yield* k.fork()) === 0) {
        yield* k.close(r);
        yield* k.send(w, `${c}`);
        return 0;
      }
    }
    yield* k.close(w);
    const got: string[] = [];
    for (;;) {
      const m = yield* k.recv(r);
      if (m === undefined) break; // EOF: both children closed their ends by exiting
      got.push(String(m));
    }
    while ((yield* k.wait()) !== null);
    yield* k.print(got.join(' '));
    return 0;
  }
  function* add(k: Sys, cell: Json) {
    yield* k.store(cell as number, (yield* k.read(cell as number)) + 1);
    return 0;
  }
  function* threads(k: Sys) {
    const c = yield* k.cell([0], 'c');
    const t1 = yield* k.thread(add, c);
    const t2 = yield* k.thread(add, c);
    yield* k.joinThread(t1);
    yield* k.joinThread(t2);
    yield* k.print(yield* k.read(c));
    return 0;
  }
  function* semaphores(k: Sys) {
    const s = yield* k.semaphore(1, 's');
    const q = yield* k.queue(1, 'q');
    for (let c = 0; c < 2; c++) {
      if ((yield* k.fork()) === 0) {
        yield* k.acquire(s);
        yield* k.put(q, c);
        yield* k.release(s);
        return 0;
      }
    }
    const a = yield* k.get(q);
    const b = yield* k.get(q);
    while ((yield* k.wait()) !== null);
    yield* k.print(`${a} ${b}`);
    return 0;
  }
  const cases: [string, Program, Record<string, Program>, string[]][] = [
    ['pipes', pipes, {}, ['0 1\n', '1 0\n']],
    ['threads', threads, { add }, ['1\n', '2\n']],
    ['semaphores', semaphores, {}, ['0 1\n', '1 0\n']],
  ];
  for (const [name, program, programs, outputs] of cases) {
    it(name, () => {
      const t = target(programScenario(program, { programs }));
      const d = sweep(t, new Dpor());
      const all = sweep(t, new Dfs(null), 20_000);
      expect(all.complete).toBe(true);
      expect(d.complete).toBe(true);
      expect([...d.outcomes].sort()).toEqual([...all.outcomes].sort());
      expect([...d.outcomes].map(stdoutOf).sort()).toEqual(outputs);
      expect(d.runs).toBeLessThan(all.runs / 10);
    });
  }
});

/**
 * Runs cut by the step budget: the steps the tasks that could still go never took race
 * with the last steps that do not precede them, so DPOR goes past the first cut and,
 * when it finishes, has every outcome of every schedule at that budget — every
 * schedule's outcome included, each run cut at the same step.
 */
describe('dpor equals brute force under a step budget', () => {
  const budgeted = (program: Program, maxSteps: number): Target => ({ ...target(program), options: { maxSteps } });
  for (const maxSteps of [6, 9, 12, 16]) {
    it(`two processes taking a lock for ever, ${maxSteps} steps a run`, () => {
      const t = budgeted(lockTurns, maxSteps);
      const d = sweep(t, new Dpor());
      const all = sweep(t, new Dfs(null), 40_000);
      expect(all.complete).toBe(true);
      expect(d.complete).toBe(true);
      expect([...d.outcomes].sort()).toEqual([...all.outcomes].sort());
      expect(d.outcomes.size).toBeGreaterThan(1);
      expect(d.results.every((r) => r.end?.kind === 'budget' || r.outcome === null)).toBe(true);
    });
  }
  it('a cut run adds a few races, however long it ran (not one per step it took)', () => {
    // The first run of each budget, by preference: the parent and child alternate on the lock.
    const racesAt = (maxSteps: number): [number, number][] => {
      const r = execute(budgeted(lockTurns, maxSteps), new Dpor().next()!, new Paths());
      expect(r.end?.kind).toBe('budget');
      expect(r.exec.pending.length).toBeGreaterThan(0);
      return new HappensBefore(r.exec).pendingRaces(r.state);
    };
    const short = racesAt(200);
    const long = racesAt(2000);
    expect(short.length).toBeGreaterThan(0);
    expect(long.length).toBe(short.length);
    // At most one race per other task on each path, and one per key a waiting call waits on.
    expect(long.length).toBeLessThanOrEqual(4);
    expect(long.every(([i]) => i >= 2000 - 10)).toBe(true);
  });
  for (const seed of [2, 5, 16, 21, 47, 53, 70, 88, 102, 133]) {
    const spec = randomSpec(seed);
    it(`program ${seed}, cut part way: ${JSON.stringify(spec)}`, () => {
      const full = sweep(target(programOf(spec)), new Dfs(null), 1).results[0]!.exec.n;
      const t = budgeted(programOf(spec), Math.max(3, Math.floor(full * 0.6)));
      const d = sweep(t, new Dpor());
      const all = sweep(t, new Dfs(null), 40_000);
      expect(all.complete).toBe(true);
      expect(d.complete).toBe(true);
      expect([...d.outcomes].sort()).toEqual([...all.outcomes].sort());
    });
  }
});
