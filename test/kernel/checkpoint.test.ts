import { describe, expect, it } from 'vitest';
import type { Sys } from '../../src/scenario/api.js';
import { renderTrace } from '../../src/render/trace.js';
import { terminalText } from '../../src/render/output.js';
import { machine } from '../helpers.js';

function* racer(k: Sys) {
  const cell = yield* k.cell([0], 'counter');
  const kids: number[] = [];
  for (let i = 0; i < 3; i++) {
    const pid = yield* k.fork();
    if (pid === 0) {
      for (let r = 0; r < 20; r++) {
        const v = yield* k.read(cell);
        yield* k.compute('30us');
        yield* k.store(cell, v + 1);
        yield* k.sleep('1ms');
      }
      yield* k.print('child', i, 'done');
      return 0;
    }
    kids.push(pid);
  }
  for (const _ of kids) yield* k.wait();
  yield* k.print('final', yield* k.read(cell));
}

describe('machine checkpoints', () => {
  it('restoring a checkpoint and stepping on repeats the run exactly (TypeScript programs replay their logs)', () => {
    const k = machine(racer, { cpus: 2 });
    for (let i = 0; i < 150; i++) k.step();
    const cp = k.checkpoint();
    const eventsAt = k.trace.length;
    const writesAt = k.output.length;
    k.run();
    const trace = renderTrace(k.trace.slice(eventsAt));
    const output = terminalText(k.output.slice(writesAt));
    const schedule = k.schedule();
    for (let again = 0; again < 2; again++) {
      k.restore(cp);
      const from = k.trace.length;
      const w = k.output.length;
      k.run();
      expect(renderTrace(k.trace.slice(from))).toBe(trace);
      expect(terminalText(k.output.slice(w))).toBe(output);
      expect(k.schedule()).toBe(schedule);
    }
    expect(output).toContain('final');
  });
});
