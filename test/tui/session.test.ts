import { describe, expect, it } from 'vitest';
import { type Scenario, loadScenario } from '../../src/scenario/load.js';
import { simulate } from '../../src/scenario/simulate.js';
import { terminalText } from '../../src/render/output.js';
import { renderTrace } from '../../src/render/trace.js';
import { Session } from '../../src/tui/session/session.js';
import type { KernelState, Proc } from '../../src/kernel/types.js';
import { allProcs } from '../../src/kernel/state.js';

const shownProcsOf = (s: Session): Proc[] => allProcs(s.state).filter((p) => p.tasks.length > 0 || p.status !== 'alive');

const json = (s: KernelState): string => JSON.stringify(s);

/** A scenario whose programs report where they are, as a session's do (TypeScript programs do only when asked). */
const tracking = (sc: Scenario): Scenario => ({
  ...sc,
  loader: (image, ctx) => {
    const space = sc.loader(image, ctx);
    space?.trackWhere?.();
    return space;
  },
});

/** The state after every step of a straight run that keeps its history. */
async function history(id: string, options = {}): Promise<string[]> {
  const sim = simulate(tracking(await loadScenario(id)), options, { history: true });
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

  it('the ladder of scratch checkpoints a seek leaves (and prepareBack lays when idle) changes no state', async () => {
    const id = 'docs/queue/producer-consumer-values';
    const states = await history(id);
    const s = new Session(await loadScenario(id), {}, { checkpointEvery: 400 });
    for (const p of [s.end, Math.floor(s.end * 0.7), 17, s.end - 20, s.end >> 1]) {
      s.seek(p);
      s.prepareBack();
      expect(s.position).toBe(p);
      expect(json(s.state), `step ${p}`).toBe(states[p]);
      for (let q = p - 1; q >= Math.max(0, p - 40); q--) {
        s.seek(q);
        expect(json(s.state), `step ${q}`).toBe(states[q]);
      }
    }
  });

  it('a deferred session records bit by bit the same run as one recorded at once, and seeks only once recorded', async () => {
    const id = 'docs/queue/producer-consumer-values';
    const whole = new Session(await loadScenario(id), {});
    const bits = new Session(await loadScenario(id), {}, { deferred: true, checkpointEvery: 7 });
    let slices = 0;
    while (!bits.recordSome(5)) {
      slices++;
      expect(bits.recorded).toBe(false);
      expect(bits.position).toBe(bits.end);
      expect(() => bits.seek(0)).toThrow(/still being recorded/);
    }
    expect(slices).toBeGreaterThan(3);
    expect(bits.end).toBe(whole.end);
    expect(bits.trace.slice(0, bits.trace.length)).toEqual(whole.trace.slice(0, whole.trace.length));
    expect(bits.output).toEqual(whole.output);
    const states = await history(id);
    for (const p of [whole.end >> 1, 3, whole.end]) {
      bits.seek(p);
      expect(json(bits.state), `step ${p}`).toBe(states[p]);
    }
  });

  it('shows what a Manager server holds (its shared dict and list) from its own heap', async () => {
    const s = new Session(await loadScenario(new URL('./fixtures/manager-list.py', import.meta.url).pathname), {});
    const server = shownProcsOf(s).find((p) => p.name.startsWith('SyncManager'))!;
    expect(server).toBeDefined();
    let seen: string[] = [];
    for (let p = 0; p <= s.end; p += 3) {
      s.seek(p);
      const held = s.program(server.pid)?.managed?.map((m) => m.value) ?? [];
      if (held.includes("{'child': 1}")) {
        seen = held;
        break;
      }
    }
    expect(seen).toContain("{'child': 1}");
    expect(seen.some((v) => v === "[1, 2, 'from the child']" || v === '[1, 2]')).toBe(true);
    expect(s.program(s.mainPid)?.managed).toBeUndefined();
  });

  it('records the same trace and output as `forkscope run`', async () => {
    const sc = await loadScenario('docs/process/start-and-join');
    const sim = simulate(sc, {});
    const s = new Session(sc, {});
    expect(renderTrace(s.trace.slice())).toBe(renderTrace(sim.trace));
    // kept compactly, read back field for field
    expect(s.trace.slice()).toEqual(sim.trace);
    expect(terminalText(s.output)).toBe(terminalText(sim.output));
    expect(s.schedule()).toBe(sim.schedule);
  });

  it('a program looked at while stepping back is the program as it was at that step (kept when it did nothing since, rebuilt when it did)', async () => {
    const s = new Session(await loadScenario('docs/fork/fork-returns-twice'), {});
    const views = (): string => JSON.stringify(shownProcsOf(s).map((p) => [p.pid, s.program(p.pid)]));
    const forward: string[] = [];
    for (let p = 0; p <= s.end; p++) {
      s.seek(p);
      forward.push(views());
    }
    expect(new Set(forward).size).toBeGreaterThan(3);
    for (let p = s.end; p >= 0; p--) {
      s.seek(p);
      expect(views(), `step ${p}`).toBe(forward[p]);
    }
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

  it('says where a TypeScript program is: the line of the operation it asked for, in every process, at every step', async () => {
    const sc = await loadScenario('kernel/fork-tree');
    const lines = sc.source.split('\n');
    const s = new Session(sc, {});
    const seen = new Set<string>();
    for (let p = s.end; p >= 0; p--) {
      s.seek(p);
      for (const proc of allProcs(s.state)) {
        if (proc.tasks.length === 0 || proc.status !== 'alive') continue;
        const loc = s.location(proc.pid);
        if (loc === '') continue;
        const m = /^fork-tree\.ts:(\d+)$/.exec(loc);
        expect(m, loc).not.toBeNull();
        expect(lines[Number(m![1]) - 1], loc).toMatch(/yield\* k\./);
        seen.add(`${proc.pid}@${loc}`);
      }
    }
    // The parent at its first fork, the first child at its own fork, the orphan asleep.
    expect([...seen]).toEqual(expect.arrayContaining(['1001@fork-tree.ts:17', '1002@fork-tree.ts:20', '1004@fork-tree.ts:22']));
    // A line breakpoint finds the steps the programs stood there.
    expect(s.stepsAt((loc) => loc === 'fork-tree.ts:22').map((x) => x.pid)).toContain(1004);
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
      expect(s.trace.slice()).toEqual(replay.trace);
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
