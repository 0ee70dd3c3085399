/** threading on kernel threads: one heap, one GIL, kernel locks; what fork does to threads and their locks. */
import { describe, expect, it } from 'vitest';
import { lastErr, out, py } from '../unit/helpers.js';

describe('threading', () => {
  it('threads share the heap; join waits; names follow CPython', () => {
    expect(
      out(`
        import threading
        got = []
        def work(n):
            got.append(n * n)
        ts = [threading.Thread(target=work, args=(n,)) for n in range(3)]
        for t in ts: t.start()
        for t in ts: t.join()
        print(sorted(got), [t.name for t in ts], [t.is_alive() for t in ts])
        print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
      `),
    ).toBe("[0, 1, 4] ['Thread-1 (work)', 'Thread-2 (work)', 'Thread-3 (work)'] [False, False, False]\nMainThread True\n");
  });

  it('a Lock keeps increments whole; Condition, Event and Barrier wake threads', () => {
    expect(
      out(`
        import threading, time
        n = 0
        lock = threading.Lock()
        def add():
            global n
            for _ in range(200):
                with lock:
                    v = n
                    time.sleep(0)
                    n = v + 1
        ts = [threading.Thread(target=add) for _ in range(3)]
        for t in ts: t.start()
        for t in ts: t.join()
        ev = threading.Event()
        cond = threading.Condition()
        box = []
        def consumer():
            with cond:
                cond.wait_for(lambda: box)
                box.append('seen')
            ev.set()
        t = threading.Thread(target=consumer)
        t.start()
        with cond:
            box.append(1)
            cond.notify()
        print(n, ev.wait(5), box)
        b = threading.Barrier(3)
        idx = []
        ps = [threading.Thread(target=lambda: idx.append(b.wait())) for _ in range(2)]
        for p in ps: p.start()
        idx.append(b.wait())
        for p in ps: p.join()
        print(sorted(idx))
      `),
    ).toBe("600 True [1, 'seen']\n[0, 1, 2]\n");
  });

  it("an exception in a thread is printed with the thread's name; the process goes on", () => {
    const r = py(`
      import threading
      def boom():
          raise ValueError("bad")
      t = threading.Thread(target=boom)
      t.start()
      t.join()
      print("main continues")
    `);
    expect(r.stdout).toBe('main continues\n');
    expect(r.stderr).toMatch(/^Exception in thread Thread-1 \(boom\):\nTraceback/);
    expect(lastErr(r)).toBe('ValueError: bad');
    expect(r.status).toBe(0);
  });

  it('the interpreter waits for non-daemon threads at exit, not for daemon ones', () => {
    expect(
      out(`
        import threading, time
        def late(tag, secs):
            time.sleep(secs)
            print(tag)
        threading.Thread(target=late, args=('daemon', 5), daemon=True).start()
        threading.Thread(target=late, args=('worker', 1)).start()
        print('main ends')
      `),
    ).toBe('main ends\nworker\n');
  });

  it('lock errors are threading\'s', () => {
    expect(
      out(`
        import threading
        l = threading.Lock()
        r = threading.RLock()
        for f in [l.release, r.release, lambda: l.acquire(False, 1), lambda: l.acquire(True, -2)]:
            try:
                f()
            except Exception as e:
                print(type(e).__name__, e)
        print(l.acquire(False), l.acquire(False), l.locked())
      `),
    ).toBe(
      "RuntimeError release unlocked lock\nRuntimeError cannot release un-acquired lock\nValueError can't specify a timeout for a non-blocking call\nValueError timeout value must be positive\nTrue False True\n",
    );
  });

  it('fork copies a thread lock: the child has its own, in the state it was in', () => {
    expect(
      out(`
        import os, threading
        lock = threading.Lock()
        held = threading.Lock()
        held.acquire()
        pid = os.fork()
        if pid == 0:
            print("child:", lock.acquire(False), held.acquire(False), flush=True)
            os._exit(0)
        os.waitpid(pid, 0)
        print("parent:", lock.acquire(False), held.locked())
      `),
    ).toBe('child: True False\nparent: True True\n');
  });

  it('a queue.Queue passes items between threads and cannot be pickled', () => {
    expect(
      out(`
        import queue, threading, pickle
        q = queue.Queue()
        def producer():
            for i in range(3):
                q.put(i)
            q.put(None)
        threading.Thread(target=producer).start()
        items = []
        while (x := q.get()) is not None:
            items.append(x)
        print(items)
        try:
            pickle.dumps(q)
        except TypeError as e:
            print(e)
      `),
    ).toBe("[0, 1, 2]\ncannot pickle '_thread.lock' object\n");
  });
});
