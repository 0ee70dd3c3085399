/**
 * The queue feeder thread (kernel/ipc/queue.ts): the deadlock CPython's programming
 * guidelines warn about, which a differential case cannot record because CPython never
 * ends it. Recorded by hand with CPython 3.11.7 on Linux (PYTHONUNBUFFERED=1, both start
 * methods): `timeout -s KILL 5 python3 join_deadlock.py` printed "child: put returned"
 * and nothing else, and was killed after 5 s (the child waits in its queue's feeder
 * thread, the parent in join()). forkscope must print the same and end the run as a
 * deadlock (exit 124) whose report says why.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockedTasks } from '../../../src/render/deadlock.js';
import { runPython } from '../../../src/scenario/python.js';

const FILE = new URL('./feeder/join_deadlock.py', import.meta.url).pathname;
const CPYTHON_STDOUT_BEFORE_HANGING = 'child: put returned\n';

describe('the queue feeder thread', () => {
  for (const method of ['fork', 'spawn']) {
    it(`joining a child before getting its large item is a deadlock, as in CPython [${method}]`, () => {
      const r = runPython(readFileSync(FILE, 'utf8'), { filename: 'join_deadlock.py', env: { FORKSCOPE_START_METHOD: method }, cpus: 2 });
      expect(r.stdout).toBe(CPYTHON_STDOUT_BEFORE_HANGING);
      expect(r.kernel.state.end).toEqual({ kind: 'deadlock', status: 124 });
      const waiters = blockedTasks(r.kernel.state);
      const child = waiters.find((w) => w.why?.includes('cannot exit'));
      expect(child?.why).toMatch(/^\d+ cannot exit: its queue's feeder thread is blocked writing 1,000,0\d\d bytes into a full pipe \(queue 'q'\) that nobody reads$/);
      expect(waiters.find((w) => w.pid === r.kernel.mainPid)?.what).toMatch(/^wait for child \d+$/);
    });
  }

  // CPython 3.11.7 printed "joined 0 1" (qsize counts the put) and then hung in get().
  it('a child that exits with os._exit does not wait for its feeder: the data is lost and the parent waits in get', () => {
    const src = [
      'import multiprocessing as mp, os',
      'def worker(q):',
      '    q.put("x" * 100_000)',
      '    os._exit(0)',
      'if __name__ == "__main__":',
      '    mp.set_start_method("fork")',
      '    q = mp.Queue()',
      '    p = mp.Process(target=worker, args=(q,))',
      '    p.start()',
      '    p.join()',
      '    print("joined", p.exitcode, q.qsize())',
      '    q.get()',
    ].join('\n');
    const r = runPython(src, { filename: 'lost.py', cpus: 2 });
    expect(r.stdout).toBe('joined 0 1\n');
    expect(r.kernel.state.end?.kind).toBe('deadlock');
  });
});
