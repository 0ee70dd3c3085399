import { describe, expect, it } from 'vitest';
import { explainEvent, explainStep } from '../../src/render/explain.js';
import type { TraceEvent } from '../../src/kernel/trace.js';
import { EVENT_KINDS } from '../../src/kernel/trace.js';
import { loadScenario } from '../../src/scenario/load.js';
import { simulate } from '../../src/scenario/simulate.js';

const at = { t: 0, cpu: 1, pid: 1001, tid: 0 };

describe('event explained', () => {
  it('says what a fork, a block, an exit, a reap and a reparent mean', () => {
    const cases: [TraceEvent, string][] = [
      [{ ...at, kind: 'create', how: 'fork', child: 1002, childTid: 1, name: 'x', image: 'x' }, 'Process 1001 forks: process 1002 is created as a copy of it (same memory, same open objects) and waits for a CPU.'],
      [{ ...at, kind: 'create', how: 'spawn', child: 1002, childTid: 1, name: 'Process-1', image: 'x' }, 'Process 1001 spawns process 1002 (Process-1): a fresh program that starts from scratch, not a copy.'],
      [{ ...at, kind: 'block', on: { kind: 'wait', pid: 1002 }, obj: null }, 'Process 1001 blocks (wait for child 1002): it leaves CPU 1 and waits until that can complete.'],
      [{ ...at, kind: 'block', on: { kind: 'ipc', obj: 3, op: 'acquire', until: null }, obj: { id: 3, kind: 'lock', label: 'mutex' } }, "Process 1001 blocks (acquire on Lock 'mutex'): it leaves CPU 1 and waits until that can complete."],
      [{ ...at, kind: 'exit', wstatus: 0, how: { by: 'exit', code: 0 } }, 'Process 1001 ends (exit(0)). It is a zombie until its parent collects its exit status (exit 0).'],
      [{ ...at, kind: 'reap', child: 1002, wstatus: 256 }, 'Process 1001 collects the exit status of its child 1002 (exit 1): the zombie is gone.'],
      [{ ...at, kind: 'reparent', child: 1003, to: 1 }, 'Process 1003 lost its parent: it is adopted by process 1 (init), which will reap it.'],
      [{ ...at, kind: 'preempt', why: 'slice' }, 'Process 1001 used up its time slice on CPU 1: it is interrupted and goes back to the ready queue.'],
      [{ ...at, kind: 'syscall', call: { op: 'fs', call: { fn: 'stat', path: '/home/user' } } }, 'Process 1001 asks the file system to look up "/home/user".'],
      [{ ...at, kind: 'syscall', call: { op: 'fs', call: { fn: 'write', path: '/tmp/a.txt', text: 'x', append: true } } }, 'Process 1001 asks the file system to append to the file "/tmp/a.txt".'],
      [{ ...at, kind: 'syscall', call: { op: 'release', h: 2 } }, 'Process 1001 makes the system call release (h=2).'],
    ];
    for (const [e, text] of cases) expect(explainEvent(e)).toBe(text);
  });

  it('explains every kind of event a run emits, in at most two sentences each', async () => {
    const seen = new Set<string>();
    for (const id of ['kernel/fork-tree', 'kernel/deadlock', 'kernel/bounded-buffer', 'docs/process/terminate-is-alive']) {
      const sim = simulate(await loadScenario(id), {});
      for (const e of sim.trace) {
        const text = explainEvent(e);
        expect(text).toMatch(/^[A-Z].*\.$/);
        expect(text.split(/\.\s+(?=[A-Z])/).length).toBeLessThanOrEqual(2);
        seen.add(e.kind);
      }
    }
    for (const k of ['create', 'dispatch', 'block', 'wake', 'syscall', 'exit', 'reap', 'reparent', 'write', 'signal', 'end']) expect(seen, k).toContain(k);
    expect(EVENT_KINDS).toEqual(expect.arrayContaining([...seen]));
  });

  it('a step with many events shows the first ones and how many more', () => {
    const e: TraceEvent = { ...at, kind: 'reparent', child: 1003, to: 1 };
    const lines = explainStep([e, e, e, e, e], 2);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('(and 3 more events at the same instant)');
  });

  it('names the object a call uses when the reader knows it, and falls back to the handle when not', () => {
    const release: TraceEvent = { ...at, kind: 'syscall', call: { op: 'release', h: 2 } };
    const acquire: TraceEvent = { ...at, kind: 'syscall', call: { op: 'acquire', h: 7, timeout: 5_000_000 } };
    const name = (h: number): string | null => (h === 2 ? "Semaphore 'full'" : null);
    expect(explainStep([release, acquire], 3, name)).toEqual([
      "Process 1001 makes the system call release on Semaphore 'full'.",
      'Process 1001 makes the system call acquire (h=7 timeout=5000000).',
    ]);
    expect(explainStep([{ ...acquire, call: { op: 'acquire', h: 2, timeout: 5_000_000 } }], 3, name)).toEqual([
      "Process 1001 makes the system call acquire on Semaphore 'full' (timeout=5000000).",
    ]);
  });
});
