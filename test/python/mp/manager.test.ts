/**
 * multiprocessing.Manager beyond the differential corpus: every shared type, custom managers,
 * proxies that travel (to spawned pool workers), a server thread per connection, round trips,
 * and what is left after shutdown. Expected outputs were recorded from CPython 3.11 under
 * both start methods (pids and addresses normalised; only Fork/Spawn in names differ).
 */
import { describe, expect, it } from 'vitest';
import { lastErr, py } from '../unit/helpers.js';

const METHODS = ['fork', 'spawn'] as const;
const norm = (s: string): string => s.replace(/0x[0-9a-f]+/g, '0xADDR').replace(/pid=\d+/g, 'pid=N').replace(/parent=\d+/g, 'parent=N');

function run(source: string, method: string): { stdout: string; last: string; status: number } {
  const r = py(source, { env: { FORKSCOPE_START_METHOD: method } });
  return { stdout: norm(r.stdout), last: lastErr(r), status: r.status };
}

const PROGRAMS = {
  m_custom: `import multiprocessing as mp, os
from multiprocessing.managers import BaseManager

class MathsClass:
    def add(self, x, y):
        return x + y
    def mul(self, x, y):
        return x * y

class MyManager(BaseManager):
    pass

MyManager.register('Maths', MathsClass)

def child(maths, q):
    q.put(maths.mul(6, 7))

if __name__ == '__main__':
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with MyManager() as manager:
        maths = manager.Maths()
        print(maths.add(4, 3), maths.mul(7, 8), type(maths).__name__)
        with mp.Manager() as m:
            q = m.Queue()
            p = mp.Process(target=child, args=(maths, q))
            p.start(); p.join()
            print(q.get(), sorted(mp.active_children(), key=lambda p: p.name))
`,
  m_kinds: `import multiprocessing as mp, os, threading

def waiter(ev, cond, res):
    ev.wait()
    with cond:
        res.append('woke')
        cond.notify_all()

def barrier_party(b, l):
    l.append(b.wait())

if __name__ == '__main__':
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Manager() as m:
        ev, cond, res = m.Event(), m.Condition(), m.list()
        p = mp.Process(target=waiter, args=(ev, cond, res))
        p.start()
        print(ev.is_set(), repr(ev)[:12])
        ev.set()
        with cond:
            print(cond.wait_for(lambda: len(res) > 0, 5))
        p.join()
        print(res[:])
        b = m.Barrier(2)
        l = m.list()
        q = mp.Process(target=barrier_party, args=(b, l))
        q.start()
        l.append(b.wait())
        q.join()
        print(sorted(l), b.parties, b.n_waiting, b.broken)
        s = m.Semaphore(2)
        print(s.acquire(), s.acquire(), s.acquire(False), s.release())
        r = m.RLock()
        print(r.acquire(), r.acquire(), r.release(), r.release())
        try:
            r.release()
        except RuntimeError as e:
            print('RuntimeError:', e)
        a = m.Array('i', [1, 2, 3])
        a[0] = 10
        print(len(a), a[0], a[:], str(a), repr(a)[:24])
        d = m.dict(a=1, b=2)
        print(list(d), [k for k in d], 'a' in d, d.get('z'), d.setdefault('c', 3), d.pop('a'), d.copy())
        jq = m.JoinableQueue()
        jq.put(1); jq.get(); jq.task_done(); jq.join()
        print('joined', repr(jq)[:25])
        ns = m.Namespace(a=1)
        ns.b = 2
        del ns.a
        print(ns)
        v = m.Value('d', 1.5)
        v.value *= 2
        print(v.value, v.get(), str(v))
        l = m.list(range(5))
        l += [5]
        l *= 2
        print(len(l), l[-1], l.count(5), l.index(3), str(l))
`,
  m_shutdown: `import multiprocessing as mp, os
if __name__ == '__main__':
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    m = mp.Manager()
    d = m.dict(a=1)
    print(d['a'])
    m.shutdown()
    try:
        d['a']
    except Exception as e:
        print(type(e).__name__, e)
    try:
        m.dict()
    except Exception as e:
        print(type(e).__name__, e)
    m2 = mp.Manager()
    q = m2.Queue()
    q.get_nowait()
`,
  m_blocking: `import multiprocessing as mp, os, time

def consumer(q, d):
    d['got'] = q.get()

def producer(q, d):
    time.sleep(0.2)
    d['producer'] = 'ran while the consumer waited'
    q.put('item')

if __name__ == '__main__':
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Manager() as m:
        q, d = m.Queue(), m.dict()
        c = mp.Process(target=consumer, args=(q, d))
        p = mp.Process(target=producer, args=(q, d))
        c.start(); p.start(); c.join(); p.join()
        print(sorted(d.items()))
`,
  m_poolproxy: `import multiprocessing as mp, os

def record(args):
    d, lock, x = args
    with lock:
        d[x] = mp.current_process().name.split('-')[0]
    return x * x

if __name__ == '__main__':
    mp.set_start_method(os.environ.get("FORKSCOPE_START_METHOD", "fork"))
    with mp.Manager() as m:
        d, lock = m.dict(), m.Lock()
        with mp.Pool(2) as pool:
            print(pool.map(record, [(d, lock, x) for x in range(5)]))
        print(sorted(d.items()))
`,
};

describe('Manager', () => {
  for (const method of METHODS) {
    const prefix = method === 'fork' ? 'Fork' : 'Spawn';
    it(`every SyncManager type behaves as in CPython [${method}]`, () => {
      const r = run(PROGRAMS.m_kinds, method);
      expect(r.stdout).toBe(`False <EventProxy 
True
['woke']
[0, 1] 2 0 False
True True False None
True True None None
RuntimeError: cannot release un-acquired lock
3 10 array('i', [10, 2, 3]) array('i', [10, 2, 3]) <ArrayProxy object, type
['a', 'b'] ['a', 'b'] True None 3 1 {'b': 2, 'c': 3}
joined <AutoProxy[JoinableQueue]
Namespace(b=2)
3.0 3.0 Value('d', 3.0)
12 5 2 3 [0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5]
`);
      expect(r.status).toBe(0);
    });

    it(`a BaseManager subclass serves registered classes; its proxies go to children [${method}]`, () => {
      const r = run(PROGRAMS.m_custom, method);
      expect(r.stdout).toBe(`7 56 AutoProxy[Maths]
42 [<${prefix}Process name='MyManager-1' pid=N parent=N started>, <${prefix}Process name='SyncManager-2' pid=N parent=N started>]
`);
      expect(r.status).toBe(0);
    });

    it(`a blocking call on a managed queue blocks only its own connection [${method}]`, () => {
      const r = run(PROGRAMS.m_blocking, method);
      expect(r.stdout).toBe(`[('got', 'item'), ('producer', 'ran while the consumer waited')]
`);
      expect(r.status).toBe(0);
    });

    it(`proxies travel to pool workers in task messages [${method}]`, () => {
      const r = run(PROGRAMS.m_poolproxy, method);
      expect(r.stdout).toBe(`[0, 1, 4, 9, 16]
[(0, '${prefix}PoolWorker'), (1, '${prefix}PoolWorker'), (2, '${prefix}PoolWorker'), (3, '${prefix}PoolWorker'), (4, '${prefix}PoolWorker')]
`);
      expect(r.status).toBe(0);
    });

    it(`after shutdown: Broken pipe for a proxy, 'server not yet started' for the manager; errors come back from the server [${method}]`, () => {
      const r = run(PROGRAMS.m_shutdown, method);
      expect(r.stdout).toBe(`1
BrokenPipeError [Errno 32] Broken pipe
AssertionError server not yet started
`);
      expect(r.last).toBe('_queue.Empty');
      expect(r.status).toBe(1);
    });
  }

  it("d['count'] -= 1 is two round trips: __getitem__, then __setitem__", () => {
    const sends = (n: number): number => {
      const r = py(
        `import multiprocessing as mp\nif __name__ == "__main__":\n    with mp.Manager() as m:\n        d = m.dict(count=0)\n        d['count']\n        for _ in range(${n}):\n            d['count'] -= 1\n        print(d['count'])\n`,
        { tracing: true },
      );
      expect(r.stdout).toBe(`${-n}\n`);
      return r.kernel.trace.filter((e) => e.kind === 'syscall' && e.call.op === 'send' && e.pid === r.kernel.mainPid).length;
    };
    expect(sends(5) - sends(2)).toBe(6);
  });

  it('the server is a process of its own, with a thread per connection', () => {
    const r = py(
      `import multiprocessing as mp\ndef child(d):\n    d['x'] = 1\nif __name__ == "__main__":\n    with mp.Manager() as m:\n        d = m.dict()\n        p = mp.Process(target=child, args=(d,))\n        p.start()\n        p.join()\n        print(d['x'], [c.name for c in mp.active_children()], mp.active_children()[0].daemon)\n`,
      { tracing: true },
    );
    expect(r.stdout).toBe("1 ['SyncManager-1'] False\n");
    const server = r.kernel.trace.find((e) => e.kind === 'create' && e.how === 'fork')!;
    const threads = r.kernel.trace.filter((e) => e.kind === 'create' && e.how === 'thread' && e.pid === (server as { child: number }).child);
    expect(threads.map((e) => (e as { name: string }).name)).toEqual([
      'Thread-1 (accepter)',
      ...Array.from({ length: threads.length - 1 }, (_, i) => `Thread-${i + 2} (handle_request)`),
    ]);
    // m.dict(): create, incref, decref; the main thread's connection; the child's incref, connection and decref; shutdown
    expect(threads.length - 1).toBe(8);
  });
});
