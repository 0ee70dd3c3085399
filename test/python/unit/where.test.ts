/**
 * Where a preempted process is: the line of the instruction it will run next, in both
 * tiers. The frame on top of a stack stands between two instructions, so the line
 * before its ip is wrong after a backward jump: a `while True: pass` used to be
 * reported at the statement before the loop.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MS } from '../../../src/kernel/time.js';
import { allProcs, taskAt } from '../../../src/kernel/state.js';
import { tier } from '../../../src/python/vm/jit.js';
import { py } from './helpers.js';

const saved = tier.hot;
afterEach(() => {
  tier.hot = saved;
});

/** The main program's location and its innermost frame's line when the time budget ran out at `maxTime`. */
function stoppedAt(source: string, maxTime: number): { loc: string; line: number | undefined } {
  const r = py(source, { maxTime });
  expect(r.kernel.state.end?.kind).toBe('budget');
  const main = allProcs(r.kernel.state).find((p) => p.name === 'prog.py')!;
  const tid = main.tasks[0]!;
  const view = r.kernel.ctx.rt[tid]!.space.inspect!(tid);
  return { loc: taskAt(r.kernel.state, tid).loc, line: view?.frames[0]?.line };
}

const BUDGETS = [1, 2, 3, 7, 50].map((n) => n * MS + n * 13);

describe.each([
  ['interpreter', Infinity],
  ['compiled tier', 0],
])('where a looping process is, %s', (_name, hot) => {
  it('a loop of one jump is at the loop, never at the statement before it', () => {
    tier.hot = hot;
    const before = tier.compiledRuns;
    for (const t of BUDGETS) {
      expect(stoppedAt('x = 0\nwhile True:\n    pass\n', t)).toEqual({ loc: 'prog.py:2', line: 2 });
    }
    if (hot === 0) expect(tier.compiledRuns).toBeGreaterThan(before);
  });

  it('a loop with a body is inside it, in a function too', () => {
    tier.hot = hot;
    const lines = new Set<string>();
    for (const t of BUDGETS) {
      const at = stoppedAt('def f():\n    i = 0\n    while True:\n        i += 1\nf()\n', t);
      expect(['prog.py:3', 'prog.py:4']).toContain(at.loc);
      expect(at.loc).toBe(`prog.py:${at.line}`);
      lines.add(at.loc);
    }
    expect(lines.has('prog.py:4')).toBe(true);
  });

  it('a caller is at the line of its call', () => {
    tier.hot = hot;
    const r = py('def spin():\n    while True:\n        pass\n\nspin()\n', { maxTime: 3 * MS });
    const tid = allProcs(r.kernel.state).find((p) => p.name === 'prog.py')!.tasks[0]!;
    const frames = r.kernel.ctx.rt[tid]!.space.inspect!(tid)!.frames;
    expect(frames.map((f) => `${f.name}:${f.line}`)).toEqual(['spin:2', '<module>:5']);
  });
});
