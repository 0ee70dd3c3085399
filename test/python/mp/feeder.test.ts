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
import { explore } from '../../../src/explore/explore.js';
import { streamText } from '../../../src/render/output.js';
import { blockedTasks } from '../../../src/render/deadlock.js';
import { raceText } from '../../../src/render/race.js';
import { loadScenario } from '../../../src/scenario/load.js';
import { runPython } from '../../../src/scenario/python.js';
import { simulate } from '../../../src/scenario/simulate.js';

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

  /**
   * Queue.empty() and get_nowait() poll the pipe, and right after a put the feeder thread
   * may not have written the item yet. CPython 3.11.7 on Linux (PYTHONUNBUFFERED=1, load
   * 17, 100 runs of empty_after_put.py) printed these three outputs, 81, 13 and 6 times.
   */
  const EMPTY_AFTER_PUT = [
    'empty right after put: True | qsize: 1\nget_nowait: Empty\nget: job\n',
    'empty right after put: True | qsize: 1\nget_nowait: job\n',
    'empty right after put: False | qsize: 1\nget_nowait: job\n',
  ];
  const EMPTY_AFTER_PUT_FILE = new URL('./feeder/empty_after_put.py', import.meta.url).pathname;

  it("a poll right after a put can miss the item its feeder thread is still writing: exploring finds CPython's three outputs and no other", async () => {
    const r = explore(await loadScenario(EMPTY_AFTER_PUT_FILE), {});
    expect(r.complete).toBe(true);
    const outputs = r.outcomes.map((o) => o.parts.find(([part]) => part === 'stdout')?.[1]);
    expect(new Set(outputs)).toEqual(new Set(EMPTY_AFTER_PUT));
    // No two steps race here: the racing pair is the poll and the feeder thread (the first outcome's poll found the item).
    expect(outputs[0]).toContain('empty right after put: False');
    const race = "the feeder thread of 1001 wrote 'job' into q after 1001 polled it";
    expect(r.outcomes.slice(1).map((o) => (o.race ? raceText(o.race) : null))).toEqual([race, race]);
  });

  it('seeds 1-20 reach each of the three outputs', async () => {
    const s = await loadScenario(EMPTY_AFTER_PUT_FILE);
    const seen = new Set<string>();
    for (let seed = 1; seed <= 20; seed++) seen.add(streamText(simulate(s, { seed }, { tracing: false }).output, 1));
    expect(seen).toEqual(new Set(EMPTY_AFTER_PUT));
  });

  it('a poll finds the item once the putter has blocked (its feeder thread got the GIL), and SimpleQueue has no feeder thread', () => {
    const src = [
      'import multiprocessing as mp, time',
      'if __name__ == "__main__":',
      '    q = mp.Queue()',
      '    q.put(1)',
      '    time.sleep(0.001)',
      '    print(q.empty(), q.get_nowait())',
      '    s = mp.SimpleQueue()',
      '    s.put(2)',
      '    print(s.empty(), s.get())',
    ].join('\n');
    for (let seed = 1; seed <= 8; seed++) expect(runPython(src, { filename: 'polls.py', seed }).stdout).toBe('False 1\nFalse 2\n');
  });
});
