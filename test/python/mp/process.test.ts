/** multiprocessing beyond the differential corpus: platforms, spawn's bootstrap, handles, costs, labels. */
import { describe, expect, it } from 'vitest';
import { deadlockReport } from '../../../src/render/deadlock.js';
import { DEFAULT_PARAMS } from '../../../src/kernel/params.js';
import { allProcs } from '../../../src/kernel/state.js';
import { lastErr, out, py } from '../unit/helpers.js';

describe('platforms', () => {
  it('windows: spawn only, no os.fork, kill() is terminate()', () => {
    expect(
      out(
        `
        import multiprocessing as mp, os, sys, time
        if __name__ == "__main__":
            print(sys.platform, mp.get_start_method(), mp.get_all_start_methods(), hasattr(os, 'fork'))
            p = mp.Process(target=time.sleep, args=(5,))
            p.start()
            p.kill()
            p.join()
            print(p.exitcode, repr(p).endswith('exitcode=-SIGTERM>'))
            try:
                mp.get_context('fork')
            except ValueError as e:
                print(e)
      `,
        { platform: 'windows' },
      ),
    ).toBe("win32 spawn ['spawn'] False\n-15 True\ncannot find context for 'fork'\n");
  });

  it('macos: spawn by default, fork available', () => {
    expect(out('import multiprocessing as mp\nprint(mp.get_start_method(), mp.get_all_start_methods())\n', { platform: 'macos' })).toBe(
      "spawn ['spawn', 'fork', 'forkserver']\n",
    );
  });

  it('macos cannot read a semaphore: qsize() raises NotImplementedError', () => {
    // The sleep lets the feeder thread write the item: right after a put, empty() may still be True.
    expect(out('import multiprocessing as mp, time\nq = mp.Queue()\nq.put(1)\ntime.sleep(0.01)\ntry:\n    q.qsize()\nexcept NotImplementedError:\n    print("no qsize", q.empty(), repr(mp.Semaphore(2)))\n', { platform: 'macos' })).toBe(
      'no qsize False <Semaphore(value=unknown)>\n',
    );
  });

  it('cpu_count() is the machine\'s', () => {
    expect(out('import multiprocessing as mp, os\nprint(mp.cpu_count(), os.cpu_count())\n', { cpus: 3 })).toBe('3 3\n');
  });

  it("os.getloadavg() reads the kernel's load average: floats, rising while children keep CPUs busy; Windows' os has none", () => {
    // A costly instruction (1 ms) makes a few thousand loop turns seconds of busy virtual time.
    const src = `
        import multiprocessing as mp, os, time
        def burn():
            end = time.monotonic() + 11
            while time.monotonic() < end:
                pass
        if __name__ == "__main__":
            mp.set_start_method("fork")
            print(os.getloadavg())
            ps = [mp.Process(target=burn) for _ in range(2)]
            for p in ps: p.start()
            for p in ps: p.join()
            one, five, fifteen = os.getloadavg()
            print(type(one).__name__, one > five > fifteen > 0)
      `;
    expect(out(src, { params: { instruction: 1_000_000 }, maxTime: 60_000_000_000 })).toBe('(0.0, 0.0, 0.0)\nfloat True\n');
    const r = py('import os\nos.getloadavg()\n', { platform: 'windows' });
    expect(lastErr(r)).toBe("AttributeError: module 'os' has no attribute 'getloadavg'");
  });
});

describe('spawn', () => {
  it('windows pickles after creating the child: the parent raises, the child dies of EOFError', () => {
    const r = py(
      `
      import multiprocessing as mp
      square = lambda x: x
      print("top level of", __name__, flush=True)
      if __name__ == "__main__":
          p = mp.Process(target=square, args=(1,))
          try:
              p.start()
          except Exception as e:
              print(type(e).__name__, repr(p))
    `,
      { platform: 'windows' },
    );
    expect(r.stdout).toBe("top level of __main__\nPicklingError <Process name='Process-1' parent=21480 initial>\ntop level of __mp_main__\n");
    expect(lastErr(r)).toBe('EOFError: Ran out of input');
  });

  it('linux spawn pickles first: no child is created', () => {
    const r = py(`
      import multiprocessing as mp
      if __name__ == "__main__":
          mp.set_start_method('spawn')
          p = mp.Process(target=lambda: 0)
          try:
              p.start()
          except Exception as e:
              print(type(e).__name__, mp.active_children())
    `);
    expect(r.stdout).toBe('PicklingError []\n');
    expect(r.stderr).toBe('');
    expect(allProcs(r.kernel.state).map((p) => p.name)).toEqual(['init', 'sh', 'prog.py']);
  });

  it('the child gets the environment and argv of its parent', () => {
    expect(
      out(
        `
        import multiprocessing as mp, os, sys
        def show(q):
            q.put((os.environ['COLOR'], sys.argv, mp.current_process().name, mp.parent_process().name))
        if __name__ == "__main__":
            mp.set_start_method('spawn')
            os.environ['COLOR'] = 'blue'
            q = mp.Queue()
            p = mp.Process(target=show, args=(q,))
            p.start()
            print(q.get())
            p.join()
      `,
        { filename: 'env.py' },
      ),
    ).toBe("('blue', ['env.py'], 'Process-1', 'MainProcess')\n");
  });
});

describe('kernel objects across processes', () => {
  it('a Connection sent through a Queue works in the receiver (its handle travels)', () => {
    expect(
      out(`
        import multiprocessing as mp
        def child(q):
            conn = q.get()
            conn.send('hello through a passed pipe end')
        if __name__ == "__main__":
            for method in ['fork', 'spawn']:
                ctx = mp.get_context(method)
                q = ctx.Queue()
                a, b = ctx.Pipe()
                p = ctx.Process(target=child, args=(q,))
                p.start()
                q.put(b)
                print(method, a.recv())
                p.join()
      `),
    ).toBe('fork hello through a passed pipe end\nspawn hello through a passed pipe end\n');
  });

  it('a Lock or Queue in a message is refused (inheritance only); the feeder reports it', () => {
    const r = py(`
      import multiprocessing as mp
      if __name__ == "__main__":
          a, b = mp.Pipe()
          for obj in [mp.Lock(), mp.Queue(), mp.Value('i', 1)]:
              try:
                  a.send(obj)
              except RuntimeError as e:
                  print(e)
          q = mp.Queue()
          q.put(mp.Lock())
          print(q.empty())
    `);
    expect(r.stdout).toBe(
      'Lock objects should only be shared between processes through inheritance\nQueue objects should only be shared between processes through inheritance\nSynchronized objects should only be shared between processes through inheritance\nTrue\n',
    );
    expect(lastErr(r)).toBe('RuntimeError: Lock objects should only be shared between processes through inheritance');
  });

  it('kernel objects are named after the variables they are assigned to', () => {
    const r = py(`
      import multiprocessing as mp
      if __name__ == "__main__":
          full = mp.Semaphore(0)
          full.acquire()
    `);
    expect(deadlockReport(r.kernel.state)).toMatch(/blocked in acquire on Semaphore 'full' at prog\.py:4/);
  });
});

describe('costs', () => {
  it('a normal exit costs the shutdown time; os._exit does not', () => {
    const normal = py('pass\n');
    const quick = py('import os\nos._exit(0)\n');
    const shutdown = DEFAULT_PARAMS.shutdown;
    expect(normal.kernel.state.clock - quick.kernel.state.clock).toBeGreaterThanOrEqual(shutdown * 0.9);
  });
});
