/**
 * What a process holds (vm/heapsize.ts) is a function of its program's state alone: a
 * snapshot's copy of an interpreter counts the same as the original at every step, so
 * a run re-executed from a checkpoint meets its memory limits where the first run did.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/scenario/load.js';
import { boot } from '../../../src/scenario/simulate.js';
import { heapSize } from '../../../src/python/vm/heapsize.js';
import { copyInterpreter, copyable } from '../../../src/python/vm/snapshot.js';
import type { Interpreter } from '../../../src/python/objects/interpreter.js';

describe('counting what a process holds', () => {
  it('gives a copy of an interpreter what the original has, at every step of a run', async () => {
    const k = boot(await loadScenario('docs/queue/producer-consumer-values'), {}, { tracing: false, outputSink: { push: () => {} } });
    const rt = (k as unknown as { ctx: { rt: Record<number, { space?: { interp?: Interpreter } } | undefined> } }).ctx.rt;
    let compared = 0;
    for (let i = 0; i < 110 && k.step(); i++) {
      for (const r of Object.values(rt)) {
        const interp = r?.space?.interp;
        if (interp === undefined || !copyable(interp)) continue;
        expect(heapSize(copyInterpreter(interp)), `step ${i}, pid ${interp.info.pid}`).toBe(heapSize(interp));
        compared++;
      }
    }
    // Copies can be taken only where no native frame is on a stack: here, twice in the main process.
    expect(compared).toBeGreaterThanOrEqual(2);
  });
});
