import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load.js';
import { simulate } from '../../src/scenario/simulate.js';
import { terminalText } from '../../src/render/output.js';
import { renderTrace } from '../../src/render/trace.js';
import { Session } from '../../src/tui/session/session.js';
import type { KernelState } from '../../src/kernel/types.js';

const json = (s: KernelState): string => JSON.stringify(s);

/** The state after every step of a straight run that keeps its history. */
async function history(id: string, options = {}): Promise<string[]> {
  const sim = simulate(await loadScenario(id), options, { history: true });
  return sim.kernel.history!.map(json);
}

describe('session: time travel', () => {
  for (const id of ['kernel/lost-update-2', 'kernel/fork-tree', 'docs/fork/getpid-getppid', 'docs/process/start-and-join', 'docs/queue/producer-consumer-values']) {
    it(`${id}: the state at any step, reached by any path, is the straight run's`, async () => {
      const states = await history(id);
      const s = new Session(await loadScenario(id), {}, { checkpointEvery: 7 });
      expect(s.end).toBe(states.length - 1);
      // backward one step at a time, then jumps all over
      for (let p = s.end; p >= 0; p--) {
        s.seek(p);
        expect(json(s.state), `step ${p}`).toBe(states[p]);
      }
      for (let i = 0; i < 60; i++) {
        const p = (i * 7919) % (s.end + 1);
        s.seek(p);
        expect(json(s.state), `step ${p}`).toBe(states[p]);
      }
    });
  }

  it('records the same trace and output as `forkscope run`', async () => {
    const sc = await loadScenario('docs/process/start-and-join');
    const sim = simulate(sc, {});
    const s = new Session(sc, {});
    expect(renderTrace(s.trace)).toBe(renderTrace(sim.trace));
    expect(terminalText(s.output)).toBe(terminalText(sim.output));
    expect(s.schedule()).toBe(sim.schedule);
  });

  it('shows a Python program’s variables at any step, and after fork each process has its own', async () => {
    const s = new Session(await loadScenario('docs/fork/fork-returns-twice'), {});
    const child = 1002;
    let seen = false;
    for (let p = 0; p <= s.end && !seen; p++) {
      s.seek(p);
      const v = s.program(child);
      const pid = v?.globals.find((g) => g.name === 'pid');
      if (pid) {
        expect(pid.value).toBe('0');
        expect(s.program(1001)?.globals.find((g) => g.name === 'pid')?.value).toBe('1002');
        seen = true;
      }
    }
    expect(seen).toBe(true);
    // going back rebuilds the program as it was
    s.seek(0);
    expect(s.program(1001)?.globals.find((g) => g.name === 'pid')).toBeUndefined();
  });

  it('shows a spawned child’s own globals, from its re-run as __mp_main__', async () => {
    const s = new Session(await loadScenario('docs/process/start-and-join'), {});
    const procs = new Set<number>();
    for (const e of s.trace) if (e.kind === 'create' && e.how === 'spawn') procs.add(e.child);
    expect(procs.size).toBeGreaterThan(0);
    const child = [...procs][0]!;
    let module: string | null = null;
    for (let p = 0; p <= s.end && module === null; p++) {
      s.seek(p);
      const v = s.program(child);
      if (v && v.frames.some((f) => f.name !== '<module>')) module = v.module;
    }
    expect(module).toBe('__mp_main__');
  });
});

describe('session: being the scheduler', () => {
  it('takes a decision over, re-runs from there, and replays with the written schedule; stepping back returns to the run', async () => {
    const sc = await loadScenario('kernel/lost-update-2');
    const s = new Session(sc, {});
    const original = terminalText(s.output);
    const originalSchedule = s.schedule();
    let taken = false;
    for (let p = 0; p < s.end && !taken; p++) {
      s.seek(p);
      const d = s.nextDecisions().find((x) => x.kind === 'tie');
      if (!d) continue;
      s.choose(d.index, d.chosen === 0 ? 1 : 0);
      expect(s.branched).toBe(true);
      expect(s.position).toBe(p + 1);
      const replay = simulate(sc, { schedule: s.schedule() });
      expect(terminalText(s.output)).toBe(terminalText(replay.output));
      expect(renderTrace(s.trace)).toBe(renderTrace(replay.trace));
      s.seek(p);
      expect(s.branched).toBe(false);
      expect(s.schedule()).toBe(originalSchedule);
      s.seek(s.end);
      expect(terminalText(s.output)).toBe(original);
      taken = true;
    }
    expect(taken).toBe(true);
  });

  it('a Python run branches too: its programs are rebuilt and run on', async () => {
    const sc = await loadScenario('docs/sync/print-without-lock');
    const s = new Session(sc, {});
    let taken = false;
    for (let p = Math.floor(s.end / 3); p < s.end && !taken; p++) {
      s.seek(p);
      const d = s.nextDecisions()[0];
      if (!d) continue;
      s.choose(d.index, (d.chosen + 1) % d.options);
      const replay = simulate(sc, { schedule: s.schedule() });
      expect(terminalText(s.output)).toBe(terminalText(replay.output));
      taken = true;
    }
    expect(taken).toBe(true);
  });
});
