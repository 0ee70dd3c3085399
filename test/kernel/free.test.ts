/**
 * Free mode: every runnable task has its own CPU and every pending event is a candidate;
 * free-mode schedules carry their mode; the trace marks where a schedule overrode time.
 */
import { describe, expect, it } from 'vitest';
import { ScheduleError } from '../../src/kernel/chooser.js';
import { MAX_CPUS } from '../../src/kernel/state.js';
import { renderTrace } from '../../src/render/trace.js';
import type { Sys } from '../../src/scenario/api.js';
import { runPython } from '../../src/scenario/python.js';
import { increments } from '../../scenarios/_lib/lost-update.js';
import { machine, out, run } from '../helpers.js';

const lostUpdate = (k: Sys) => increments(k, 3, 1);

describe('free mode', () => {
  it('finds orders the cost model never gives: timed runs of the lost update all print 3, free runs print 1, 2 and 3', () => {
    const timed = new Set<string>();
    const free = new Set<string>();
    for (let seed = 1; seed <= 60; seed++) {
      timed.add(out(run(lostUpdate, { seed, cpus: 3 })));
      free.add(out(run(lostUpdate, { seed, cpus: 3, mode: 'free' })));
    }
    expect([...timed]).toEqual(['counter = 3\n']);
    expect([...free].sort()).toEqual(['counter = 1\n', 'counter = 2\n', 'counter = 3\n']);
  });

  it('gives every runnable task a CPU inside, while programs see the CPU count they were given', () => {
    const k = run(lostUpdate, { cpus: 1, mode: 'free' });
    // The machine grows a CPU whenever a task is ready and none is idle (up to MAX_CPUS).
    expect(k.state.cpus.length).toBeGreaterThanOrEqual(3);
    expect(k.state.cpus.length).toBeLessThanOrEqual(MAX_CPUS);
    expect(k.settings.cpus).toBe(1);
    expect(k.settings.mode).toBe('free');
    // All three children ran at once on CPUs of their own.
    const used = new Set(k.trace.filter((e) => e.kind === 'dispatch' && e.pid > 1001).map((e) => e.cpu));
    expect(used.size).toBe(3);
    const py = runPython('import os, multiprocessing\nprint(os.cpu_count(), multiprocessing.cpu_count())\n', { cpus: 2, schedule: 'free:' });
    expect(py.stdout).toBe('2 2\n');
  });

  it('prints a free: schedule that replays the run exactly, switching a plain run to free mode', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const original = run(lostUpdate, { seed, cpus: 3, mode: 'free' });
      expect(original.schedule().startsWith('free:')).toBe(true);
      const replay = run(lostUpdate, { seed: 99, cpus: 3, schedule: original.schedule() });
      expect(replay.settings.mode).toBe('free');
      expect(renderTrace(replay.trace)).toBe(renderTrace(original.trace));
      expect(replay.schedule()).toBe(original.schedule());
    }
  });

  it('keeps old schedule strings timed', () => {
    const timed = run(lostUpdate, { seed: 4, cpus: 3 });
    const replay = run(lostUpdate, { seed: 7, cpus: 3, schedule: timed.schedule() });
    expect(replay.settings.mode).toBe('timed');
    expect(replay.state.cpus).toHaveLength(3);
    expect(renderTrace(replay.trace)).toBe(renderTrace(timed.trace));
  });

  it('refuses a schedule of the other mode', () => {
    expect(() => machine(lostUpdate, { schedule: 'free:01', mode: 'timed' })).toThrow(ScheduleError);
  });

  it('past the end of a schedule takes option 0, the earliest event: no step is reordered', () => {
    const k = run(lostUpdate, { cpus: 3, schedule: 'free:' });
    expect(k.trace.some((e) => e.kind === 'reorder')).toBe(false);
    expect(k.recorder.length).toBeGreaterThan(0);
    expect(k.recorder.choices.every((c) => c === 0)).toBe(true);
    expect(out(k)).toBe('counter = 3\n');
  });

  it('marks each step where the schedule ran a later event first, naming whose event was due', () => {
    // Option 1 at the first decision: a later event than the earliest.
    const k = run(lostUpdate, { cpus: 3, schedule: 'free:1' });
    const marks = k.trace.filter((e) => e.kind === 'reorder');
    expect(marks).toHaveLength(1);
    const first = k.recorder.candidates(0);
    const mark = marks[0]!;
    expect(mark.tid).toBe(first[1]);
    expect(mark.kind === 'reorder' && mark.beforeTid).toBe(first[0]);
    expect(renderTrace(k.trace)).toMatch(/reorder +the schedule runs this before pid \d+'s event, which was due [\d.]+(ns|us|ms) earlier/);
  });

  it('lists every pending CPU event and every live timer as candidates, naming their tasks', () => {
    function* sleepers(k: Sys) {
      for (let i = 0; i < 3; i++) {
        if ((yield* k.fork()) === 0) {
          yield* k.sleep(`${(3 - i) * 10}ms`);
          yield* k.print(`woke ${i}`);
          return 0;
        }
      }
      while ((yield* k.wait()) !== null);
      return 0;
    }
    // Timed, the sleeps end in deadline order; free, any order is possible.
    const timed = new Set<string>();
    const free = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      timed.add(out(run(sleepers, { seed })));
      free.add(out(run(sleepers, { seed, mode: 'free' })));
    }
    expect([...timed]).toEqual(['woke 2\nwoke 1\nwoke 0\n']);
    expect(free.size).toBeGreaterThan(3);
    const k = run(sleepers, { seed: 1, mode: 'free' });
    for (let i = 0; i < k.recorder.length; i++) {
      const who = k.recorder.candidates(i);
      expect(new Set(who).size).toBe(who.length);
      expect(who.every((tid) => tid >= 0 && tid < k.state.ntasks)).toBe(true);
    }
  });

  it('timed decisions name their candidates too: ties, wakes, jitter', () => {
    const k = run(lostUpdate, { seed: 3, cpus: 3, params: { raceWindow: 1_000_000 } });
    expect(k.recorder.length).toBeGreaterThan(0);
    for (let i = 0; i < k.recorder.length; i++) {
      const who = k.recorder.candidates(i);
      expect(who).toHaveLength(k.recorder.options[i]!);
      expect(who).toContain(k.recorder.chosen(i));
    }
  });
});
