/**
 * multiprocessing.Pool beyond the differential corpus: the threads and queues it is built
 * from, worker reuse and replacement, callbacks in the parent, what a lost task and spawn
 * without the main guard do to a run. Expected outputs were checked against CPython 3.11.
 */
import { describe, expect, it } from 'vitest';
import { deadlockReport } from '../../../src/render/deadlock.js';
import { allProcs } from '../../../src/kernel/state.js';
import { lastErr, out, py } from '../unit/helpers.js';

const METHODS = ['fork', 'spawn'] as const;
const env = (method: string): { env: Record<string, string> } => ({ env: { FORKSCOPE_START_METHOD: method } });
const HEADER = 'import multiprocessing as mp, os, threading, time\n';
const MAIN = 'if __name__ == "__main__":\n    mp.set_start_method(os.environ["FORKSCOPE_START_METHOD"])\n';

describe('Pool', () => {
  for (const method of METHODS) {
    it(`reuses its workers and replaces them after maxtasksperchild [${method}]`, () => {
      const prefix = method === 'fork' ? 'Fork' : 'Spawn';
      expect(
        out(
          `${HEADER}
def who(x):
    time.sleep(0.05)
    return os.getpid(), mp.current_process().name

${MAIN}    with mp.Pool(2) as pool:
        res = pool.map(who, range(8), chunksize=1)
        print(len({pid for pid, _ in res}), sorted({name for _, name in res}))
    with mp.Pool(2, maxtasksperchild=2) as pool:
        res = pool.map(who, range(8), chunksize=1)
        print(len({pid for pid, _ in res}), len({name for _, name in res}))
`,
          env(method),
        ),
      ).toBe(`2 ['${prefix}PoolWorker-1', '${prefix}PoolWorker-2']\n4 4\n`);
    });

    it(`runs callbacks in the parent's result-handler thread; a failing callback breaks the pool [${method}]`, () => {
      const r = py(
        `${HEADER}
def sq(x):
    return x * x

def report(r):
    print('callback', r, threading.current_thread().name, os.getpid() == PARENT, flush=True)

def bad(r):
    raise ValueError('callback failed')

PARENT = None

${MAIN}    PARENT = os.getpid()
    with mp.Pool(2) as pool:
        pool.apply_async(sq, (3,), callback=report).wait()
        pool.map_async(sq, [1, 2], callback=report).wait()
        print(sorted(t.name for t in threading.enumerate()))
    try:
        with mp.Pool(1) as pool:
            pool.apply_async(sq, (2,), callback=bad).wait(0.5)
            try:
                pool.apply_async(sq, (3,)).get(timeout=0.5)
            except mp.TimeoutError:
                print('TimeoutError')
    except AssertionError as e:
        print('AssertionError:', e)
`,
        env(method),
      );
      expect(r.stdout).toBe(
        'callback 9 Thread-3 (_handle_results) True\ncallback [1, 4] Thread-3 (_handle_results) True\n' +
          "['MainThread', 'Thread-1 (_handle_workers)', 'Thread-2 (_handle_tasks)', 'Thread-3 (_handle_results)']\n" +
          'TimeoutError\nAssertionError: Cannot have cache with result_hander not alive\n',
      );
      expect(r.stderr).toMatch(/^Exception in thread Thread-6 \(_handle_results\):\nTraceback/);
      expect(lastErr(r)).toBe('ValueError: callback failed');
    });

    it(`sends a worker's exception back with its traceback as the cause [${method}]`, () => {
      const r = py(
        `import multiprocessing as mp, os

def boom(x):
    if x == 3: raise ValueError(f"bad {x}")
    return x

${MAIN}    with mp.Pool(2) as pool:
        print(pool.map(boom, range(6)))
`,
        env(method),
      );
      expect(r.status).toBe(1);
      const frames = r.stderr.split('\n').filter((l) => l.startsWith('  File') || !l.startsWith(' '));
      expect(frames.map((l) => l.replace(/line \d+/, 'line N'))).toEqual([
        'multiprocessing.pool.RemoteTraceback: ',
        '"""',
        'Traceback (most recent call last):',
        '  File "multiprocessing/pool.py", line N, in worker',
        '  File "multiprocessing/pool.py", line N, in mapstar',
        '  File "/home/user/prog.py", line N, in boom',
        'ValueError: bad 3',
        '"""',
        '',
        'The above exception was the direct cause of the following exception:',
        '',
        'Traceback (most recent call last):',
        '  File "/home/user/prog.py", line N, in <module>',
        '  File "multiprocessing/pool.py", line N, in map',
        '  File "multiprocessing/pool.py", line N, in get',
        'ValueError: bad 3',
        '',
      ]);
    });
  }

  it('ThreadPool and multiprocessing.dummy: the same pool on threads (nothing is pickled)', () => {
    expect(
      out(`from multiprocessing.pool import ThreadPool
import threading, time
p = ThreadPool(2)
print(p.map(lambda x: x * 2, [1, 2, 3]))
print(sorted(t.name for t in threading.enumerate()))
r = p.apply_async(time.sleep, (0.1,))
print(r.get(), p.apply(len, ('abc',)), list(p.imap(str.upper, 'ab')))
try:
    p.apply(int, ('x',))
except ValueError as e:
    print('ValueError', e)
p.close(); p.join(); print(repr(p))
from multiprocessing.dummy import Pool, current_process, Manager, Pipe
with Pool(2) as q: print(q.map(abs, [-1, -2]), current_process().name)
a, b = Pipe()
a.send(1); print(b.recv(), b.poll(), Manager().dict(x=1), Manager().Value('i', 2))
`),
    ).toBe(
      "[2, 4, 6]\n['MainThread', 'Thread-1 (worker)', 'Thread-2 (worker)', 'Thread-3 (_handle_workers)', 'Thread-4 (_handle_tasks)', 'Thread-5 (_handle_results)']\n" +
        "None 3 ['A', 'B']\nValueError invalid literal for int() with base 10: 'x'\n<multiprocessing.pool.ThreadPool state=CLOSE pool_size=2>\n" +
        "[1, 2] MainThread\n1 False {'x': 1} <Value('i', 2)>\n",
    );
  });

  it('has cpu_count() workers by default; imap().next(timeout) raises multiprocessing.TimeoutError', () => {
    expect(
      out(
        `${HEADER}
def slow(x):
    time.sleep(0.05)
    return x

${MAIN}    pool = mp.Pool()
    print(repr(pool))
    it = pool.imap(slow, [1])
    try:
        it.next(timeout=0.01)
    except mp.TimeoutError as e:
        print(type(e).__module__, type(e).__name__)
    print(it.next(timeout=5))
    pool.close()
    pool.join()
`,
        { ...env('fork'), cpus: 3 },
      ),
    ).toBe('<multiprocessing.pool.Pool state=RUN pool_size=3>\nmultiprocessing.context TimeoutError\n1\n');
  });

  it('is built from a task queue, a result queue and three named threads in the parent', () => {
    const r = py(`${HEADER}\n${MAIN}    with mp.Pool(2) as pool:\n        print(pool.apply(len, ('abc',)))\n`, {
      ...env('fork'),
      tracing: true,
    });
    expect(r.stdout).toBe('3\n');
    const trace = r.kernel.trace;
    const threads = trace.filter((e) => e.kind === 'create' && e.how === 'thread').map((e) => (e as { name: string }).name);
    expect(threads).toEqual([
      'pool watcher (ForkPoolWorker-1)',
      'pool watcher (ForkPoolWorker-2)',
      'Thread-1 (_handle_workers)',
      'Thread-2 (_handle_tasks)',
      'Thread-3 (_handle_results)',
    ]);
    const queues = trace.flatMap((e) => (e.kind === 'syscall' && e.call.op === 'queue' ? [e.call.label] : []));
    expect(queues).toEqual(['pool tasks', 'pool results', 'pool changes']);
  });

  it('pickling costs each end of a message `pickle`, and `picklePerKiB` a KiB of it', () => {
    const src = `${HEADER}${MAIN}    q = mp.SimpleQueue()\n    for obj in (1, 'x' * 10240):\n        t0 = time.monotonic_ns()\n        q.put(obj)\n        q.get()\n        print(time.monotonic_ns() - t0)\n`;
    const took = (params: Record<string, number>): number[] => out(src, { ...env('fork'), params }).trim().split('\n').map(Number);
    const free = took({ pickle: 0, picklePerKiB: 0 });
    const paid = took({});
    // A small message: 5 us at each end (and the few ns a run that pays a debt rounds to whole instructions).
    expect(paid[0]! - free[0]!).toBeGreaterThanOrEqual(2 * 5000);
    expect(paid[0]! - free[0]!).toBeLessThan(2 * 5000 + 3 * 6);
    // 'x' * 10240 is a message of 10,243 bytes: 5 us + 40.01 us at each end.
    expect(paid[1]! - free[1]!).toBe(2 * (5000 + 40_012));
  });

  it('a task round trip is a handful of syscalls', () => {
    const run = (n: number): number => {
      const r = py(`${HEADER}\n${MAIN}    with mp.Pool(2) as pool:\n        pool.map(abs, range(${n}), chunksize=1)\n`, {
        ...env('fork'),
        tracing: true,
      });
      return r.kernel.trace.filter((e) => e.kind === 'syscall').length;
    };
    const perTask = (run(400) - run(200)) / 200;
    expect(perTask).toBeLessThanOrEqual(6);
  });

  it('a worker that dies loses its task: the caller waits for ever (a deadlock report here)', () => {
    const r = py(`${HEADER}\n${MAIN}    with mp.Pool(1) as pool:\n        pool.apply(os._exit, (3,))\n`, env('fork'));
    const s = r.kernel.state;
    expect(s.end?.kind).toBe('deadlock');
    const report = deadlockReport(s);
    expect(report).toContain("wait on event 'pool result'");
    expect(report).toContain("get on queue 'pool tasks'");
    expect(allProcs(s).map((p) => p.name)).toContain('ForkPoolWorker-2');
  });

  it('spawn without the main guard: workers die re-running the module and are replaced until the budget', () => {
    const r = py(`${HEADER}\ndef f(x):\n    return x\n\npool = mp.Pool(2)\nprint(pool.map(f, [1, 2]))\n`, {
      platform: 'windows',
      // 300 ms of virtual time: 22 workers started, 20 died (1 s gives 72 and 70, at four times the cost).
      maxTime: 3e8,
    });
    expect(r.kernel.state.end?.kind).toBe('budget');
    expect(r.stdout).toBe('');
    const workers = allProcs(r.kernel.state).filter((p) => p.name.startsWith('SpawnPoolWorker-'));
    expect(workers.length).toBeGreaterThan(10);
    expect(r.stderr.split('An attempt has been made to start a new process').length - 1).toBe(
      workers.filter((p) => p.status !== 'alive').length,
    );
  });
});
