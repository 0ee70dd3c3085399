/**
 * Where a target's runs start (src/explore/start.ts): a Python target's runs are restored
 * to a checkpoint taken after its imports, and each gives exactly what a run of a freshly
 * booted machine gives under the same driver — steps, footprints, schedule, outcome.
 */
import { describe, expect, it } from 'vitest';
import { Execution, Paths, Recorder } from '../../src/explore/execution.js';
import { fingerprint } from '../../src/explore/fingerprint.js';
import { outcomeOf } from '../../src/explore/outcome.js';
import { machine, startOf } from '../../src/explore/start.js';
import { RandomWalk } from '../../src/explore/strategies/random.js';
import { execute, shortSchedule } from '../../src/explore/target.js';
import { loadScenario } from '../../src/scenario/load.js';
import { refusingExit } from '../../src/scenario/ts-space.js';
import { target } from './helpers.js';

const PRINT_THEN_FORK = new URL('./start/print_then_fork.py', import.meta.url).pathname;

describe('where runs start', () => {
  // The steps before the checkpoint, and the writes among them.
  const cases: [string, string, number, number][] = [
    ['the two-process Value race', 'races/value-race', 5, 0],
    // The print's two writes come before the checkpoint: a restored run keeps them, once.
    ['a program that prints before it forks', PRINT_THEN_FORK, 4, 2],
  ];
  for (const [name, ref, steps, writes] of cases) {
    it(`${name}: runs restored after the steps every run takes give what booted runs give`, async () => {
      const t = { ...target(await loadScenario(ref)), options: { maxSteps: 100_000 } };
      const paths = new Paths();
      const start = startOf(t, paths);
      expect([start?.prefix.n, start?.writes]).toEqual([steps, writes]);
      const walk = new RandomWalk(7, null);
      const stdouts = new Set<string>();
      for (let r = 0; r < 12; r++) {
        const restored = execute(t, walk.driver(r), paths);
        const exec = new Execution();
        const k = machine(t, new Recorder(exec, walk.driver(r), paths));
        refusingExit(() => k.run());
        const booted = outcomeOf(k, t.projection, () => undefined);
        expect(restored.outcome?.key).toBe(booted.key);
        expect(restored.exec.schedule).toBe(shortSchedule(t.mode, k.recorder.choices));
        expect([restored.exec.n, restored.exec.preemptions, fingerprint(restored.exec)]).toEqual([exec.n, exec.preemptions, fingerprint(exec)]);
        stdouts.add(booted.parts[0]![1]);
      }
      // The first print once, then the two processes' prints in some order (a print is two writes: they may mix).
      if (ref === PRINT_THEN_FORK) for (const out of stdouts) expect(out).toMatch(/^before the fork\n(child|parent|\n){4}$/);
      expect(stdouts.size).toBeGreaterThan(1);
    });
  }

  it('a TypeScript target boots every run', async () => {
    expect(startOf(target(await loadScenario('kernel/lost-update-3x1')), new Paths())).toBeNull();
  });
});
