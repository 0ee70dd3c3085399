import { describe, expect, it } from 'vitest';
import { Kernel } from '../../src/kernel/kernel.js';
import type { Json, Program, Sys } from '../../src/scenario/api.js';
import { TsSpace } from '../../src/scenario/ts-space.js';
import { terminalText } from '../../src/render/output.js';
import { NOMINAL, run } from '../helpers.js';
import { allProcs, taskAt } from '../../src/kernel/state.js';

function* spin(k: Sys, name: Json) {
  yield* k.compute('10ms');
  yield* k.print(`${String(name)} done at ${(yield* k.time()) / 1e6}ms`);
}

const twoThreads: Program = function* (k) {
  const a = yield* k.thread(spin, 'a');
  const b = yield* k.thread(spin, 'b');
  yield* k.joinThread(a);
  yield* k.joinThread(b);
  yield* k.print(`joined both at ${Math.round((yield* k.time()) / 1e6)}ms`);
};

/** A TypeScript program run as if it had a global interpreter lock. */
class GilSpace extends TsSpace {
  readonly gil = true;
}

describe('threads', () => {
  it('share the process, run in parallel on several CPUs, and can be joined', () => {
    const k = run(twoThreads, { cpus: 3, params: NOMINAL });
    expect(terminalText(k.output)).toMatch(/joined both at 10ms\n$/);
    expect(k.trace.filter((e) => e.kind === 'create' && e.how === 'thread').map((e) => e.pid)).toEqual([1001, 1001]);
  });

  it('with a global interpreter lock, run one at a time', () => {
    const k = new Kernel({
      cpus: 3,
      loader: () => new GilSpace(twoThreads, [], 'gil'),
      main: { kind: 'ts', label: 'gil', data: '' },
    });
    k.run();
    expect(terminalText(k.output)).toMatch(/joined both at 2\dms\n$/);
  });

  it('exit in any thread ends the whole process; a thread that returns ends alone', () => {
    const k = run(function* (k: Sys) {
      yield* k.thread(function* (k: Sys) {
        yield* k.sleep('5ms');
        yield* k.print('worker exits the process');
        yield* k.exit(7);
      });
      yield* k.sleep('1s');
      yield* k.print('never printed');
    });
    expect(terminalText(k.output)).toBe('worker exits the process\n');
    expect(k.state.end).toEqual({ kind: 'done', status: 7 });
    expect(k.state.clock).toBeLessThan(10_000_000);
  });

  it('fork from a thread copies only that thread', () => {
    const k = run(function* (k: Sys) {
      const t = yield* k.thread(function* (k: Sys) {
        const pid = yield* k.fork();
        yield* k.print(pid === 0 ? 'child of the thread' : 'thread');
        if (pid !== 0) yield* k.wait(pid);
      });
      yield* k.joinThread(t);
    });
    expect(terminalText(k.output).split('\n').sort()).toEqual(['', 'child of the thread', 'thread']);
  });

  it("keep each process's count of running tasks (the O(1) GIL check) equal to its tasks on a CPU at every step", () => {
    const fourThreads: Program = function* (k) {
      const ts = [];
      for (const name of ['a', 'b', 'c', 'd']) ts.push(yield* k.thread(spin, name));
      if ((yield* k.fork()) === 0) {
        yield* k.compute('3ms');
        return 0;
      }
      for (const t of ts) yield* k.joinThread(t);
    };
    const k = new Kernel({ cpus: 3, loader: () => new GilSpace(fourThreads, [], 'gil'), main: { kind: 'ts', label: 'gil', data: '' } });
    let steps = 0;
    do {
      for (const p of allProcs(k.state)) expect(p.running, `pid ${p.pid} after step ${steps}`).toBe(p.tasks.filter((t) => taskAt(k.state, t).state.tag === 'running').length);
      steps++;
    } while (k.step());
    expect(steps).toBeGreaterThan(20);
    expect(terminalText(k.output).split('\n').filter((l) => l.endsWith('ms'))).toHaveLength(4);
  });
});
