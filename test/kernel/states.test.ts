import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../src/kernel/trace.js';
import type { TaskTag } from '../../src/kernel/types.js';
import { SIGTERM } from '../../src/kernel/syscalls.js';
import type { Sys } from '../../src/scenario/api.js';
import { listScenarioFiles, loadScenario } from '../../src/scenario/load.js';
import { simulate } from '../../src/scenario/simulate.js';
import { run } from '../helpers.js';

/** DESIGN.md's state table: event → the states a task may be in before it, and the state after. */
const TABLE: Partial<Record<TraceEvent['kind'], [TaskTag[], TaskTag]>> = {
  dispatch: [['ready', 'interrupted'], 'running'],
  preempt: [['running'], 'interrupted'],
  block: [['running'], 'blocked'],
  wake: [['blocked'], 'ready'],
  exit: [['running'], 'zombie'],
};

/** Replays a trace, checking every transition; returns the states seen. */
function checkTransitions(trace: readonly TraceEvent[]): Set<TaskTag> {
  const state = new Map<number, TaskTag>();
  const pidTasks = new Map<number, number[]>();
  const seen = new Set<TaskTag>();
  for (const e of trace) {
    if (e.kind === 'create') {
      state.set(e.childTid, 'ready');
      pidTasks.set(e.child, [...(pidTasks.get(e.child) ?? []), e.childTid]);
      seen.add('ready');
      continue;
    }
    if (e.kind === 'reap') {
      for (const tid of pidTasks.get(e.child) ?? []) {
        expect(state.get(tid), `reap of ${e.child}`).toBe('zombie');
        state.set(tid, 'exited');
        seen.add('exited');
      }
      continue;
    }
    const rule = TABLE[e.kind];
    if (!rule) continue;
    const before = state.get(e.tid);
    expect(rule[0], `${e.kind} of task ${e.tid} at ${e.t} from ${before}`).toContain(before);
    state.set(e.tid, rule[1]);
    seen.add(rule[1]);
  }
  return seen;
}

describe('state transitions follow DESIGN.md', () => {
  it('in every shipped TypeScript scenario and variant', async () => {
    const seen = new Set<TaskTag>();
    for (const file of listScenarioFiles().filter((f) => f.endsWith('.ts'))) {
      const sc = await loadScenario(file);
      for (const options of [{}, ...Object.values(sc.variants)]) {
        for (const s of checkTransitions(simulate(sc, options).trace)) seen.add(s);
      }
    }
    expect([...seen].sort()).toEqual(['blocked', 'exited', 'interrupted', 'ready', 'running', 'zombie']);
  });

  it('when a blocked or ready process is killed: it is woken, dispatched, and exits from running', () => {
    const k = run(function* (k: Sys) {
      const blocked = yield* k.fork();
      if (blocked === 0) {
        yield* k.sleep('1s');
        return 0;
      }
      const spinning = yield* k.fork();
      if (spinning === 0) {
        yield* k.compute('1s');
        return 0;
      }
      yield* k.sleep('1ms');
      yield* k.kill(blocked, SIGTERM);
      yield* k.kill(spinning, SIGTERM);
      yield* k.wait();
      yield* k.wait();
    }, { cpus: 1 });
    checkTransitions(k.trace);
    const wake = k.trace.find((e) => e.kind === 'wake' && e.pid === 1002);
    expect(wake && wake.kind === 'wake' && wake.reason).toEqual({ why: 'signal', sig: SIGTERM });
    expect(k.state.end).toEqual({ kind: 'done', status: 0 });
    expect(k.state.clock).toBeLessThan(100_000_000);
  });
});
