/**
 * os.fork: the documents' examples, OSTEP-style programs, and what the heap copy
 * must keep (identity, cycles, generators, iterators, random streams).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runPython } from '../../../src/scenario/python.js';
import { out, py } from './helpers.js';

const EXAMPLES = fileURLToPath(new URL('../../../../shared/seeds/examples', import.meta.url));

/** Lines of output, sorted (the order between processes is the scheduler's). */
const sortedLines = (s: string): string[] => s.trimEnd().split('\n').sort();

describe("the documents' examples", () => {
  it('004_01: fork returns twice', () => {
    const r = runPython(readFileSync(`${EXAMPLES}/004_01.py`, 'utf8'));
    expect(r.status).toBe(0);
    expect(sortedLines(r.stdout)).toEqual(['子进程', '父进程']);
  });

  it('004_02: getpid/getppid in parent and child', () => {
    const r = runPython(readFileSync(`${EXAMPLES}/004_02.py`, 'utf8'));
    const lines = r.stdout.trimEnd().split('\n');
    const parent = lines.find((l) => l.startsWith('我是父进程'))!;
    const child = lines.find((l) => l.startsWith('我是子进程'))!;
    const [ppid, cpid] = parent.match(/\d+/g)!.map(Number);
    const [cpid2, cparent] = child.match(/\d+/g)!.map(Number);
    expect(cpid2).toBe(cpid);
    // The parent may already have exited (then the orphan's parent is init).
    expect([ppid, 1]).toContain(cparent);
  });
});

describe('OSTEP-style programs', () => {
  it('wait returns the child and its status', () => {
    expect(
      out(`
        import os
        rc = os.fork()
        if rc == 0:
            print("child")
            os._exit(7)
        pid, status = os.wait()
        print(pid == rc, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status), status)
        `),
    ).toBe('child\nTrue True 7 7 1792\n');
  });

  it('fork in a loop: every child runs once, the parent reaps them all', () => {
    const stdout = out(`
      import os
      kids = []
      for i in range(4):
          pid = os.fork()
          if pid == 0:
              print('child', i)
              os._exit(i)
          kids.append(pid)
      codes = sorted(os.waitpid(p, 0)[1] >> 8 for p in kids)
      print('codes', codes)
      try:
          os.wait()
      except ChildProcessError as e:
          print(e)
      `);
    expect(sortedLines(stdout)).toEqual(['child 0', 'child 1', 'child 2', 'child 3', 'codes [0, 1, 2, 3]', '[Errno 10] No child processes'].sort());
  });

  it('fork twice without exiting: four processes', () => {
    const stdout = out(`
      import os
      os.fork()
      os.fork()
      print('hello')
      `);
    expect(stdout).toBe('hello\n'.repeat(4));
  });

  it('nested forks: grandchildren know their parents', () => {
    const stdout = out(`
      import os
      if os.fork() == 0:
          me = os.getpid()
          if os.fork() == 0:
              print('grandchild of', os.getppid() == me)
              os._exit(0)
          os.wait()
          print('child done')
          os._exit(0)
      os.wait()
      print('parent done')
      `);
    expect(stdout).toBe('grandchild of True\nchild done\nparent done\n');
  });

  it('an orphan is adopted by init (getppid() becomes 1)', () => {
    const stdout = out(`
      import os, time
      if os.fork() == 0:
          before = os.getppid()
          time.sleep(0.5)
          print('orphan', before != 1, os.getppid())
      else:
          print('parent exits')
      `);
    expect(stdout).toBe('parent exits\norphan True 1\n');
  });

  it('WNOHANG, signals and kill', () => {
    expect(
      out(`
        import os, signal, time
        pid = os.fork()
        if pid == 0:
            time.sleep(10)
            os._exit(0)
        print(os.waitpid(pid, os.WNOHANG))
        os.kill(pid, signal.SIGTERM)
        p, status = os.waitpid(pid, 0)
        print(p == pid, os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))
        `),
    ).toBe('(0, 0)\nTrue True 15 -15\n');
  });

  it('an exception in the child prints its traceback and exits 1', () => {
    const r = py(`
      import os
      if os.fork() == 0:
          raise ValueError('in child')
      _, status = os.wait()
      print('child status', os.WEXITSTATUS(status))
      `);
    expect(r.stdout).toBe('child status 1\n');
    expect(r.stderr).toMatch(/ValueError: in child\n$/);
    expect(r.status).toBe(0);
  });
});

describe('the heap copy', () => {
  it('keeps identity, cycles and separate state', () => {
    expect(
      out(`
        import os
        a = [1, 2]
        b = {'a': a, 'again': a}
        a.append(b)
        class Node:
            def __init__(self):
                self.me = self
        n = Node()
        if os.fork() == 0:
            print(b['a'] is b['again'], a[2] is b, n.me is n)
            a.append('child only')
            print(len(a))
            os._exit(0)
        os.wait()
        print(len(a))
        `),
    ).toBe('True True True\n4\n3\n');
  });

  it('copies data nested far deeper than the host stack, and a fork from deep recursion', () => {
    expect(
      out(`
        import os, sys
        x = []
        for i in range(50000):
            x = [x, (i,)]
        class Node:
            def __init__(self, nxt):
                self.next = nxt
        node = None
        for i in range(20000):
            node = Node({'n': node})
        sys.setrecursionlimit(20000)
        def dive(n):
            if n == 0:
                if os.fork() == 0:
                    depth = 0
                    y = x
                    while y:
                        y = y[0]
                        depth += 1
                    chain = 0
                    m = node
                    while m is not None:
                        m = m.next['n']
                        chain += 1
                    print('child', depth, chain)
                    os._exit(0)
                os.wait()
                return 0
            return dive(n - 1) + 1
        print('parent', dive(5000))
        `),
    ).toBe('child 50000 20000\nparent 5000\n');
  });

  it('a generator suspended at fork continues in both processes', () => {
    expect(
      out(`
        import os
        def count():
            n = 0
            while True:
                n += 1
                yield n
        g = count()
        next(g)
        if os.fork() == 0:
            print('child', next(g), next(g))
            os._exit(0)
        os.wait()
        print('parent', next(g))
        `),
    ).toBe('child 2 3\nparent 2\n');
  });

  it("a dict iterator copied mid-iteration sees the copy's later stores", () => {
    expect(
      out(`
        import os
        d = {'a': 1, 'b': 2, 'c': 3}
        it = iter(d.items())
        print(next(it))
        if os.fork() == 0:
            d['b'] = 20
            print('child', list(it))
            os._exit(0)
        os.wait()
        print('parent', list(it))
        `),
    ).toBe("('a', 1)\nchild [('b', 20), ('c', 3)]\nparent [('b', 2), ('c', 3)]\n");
  });

  it('fork inside a function, a loop and a with block', () => {
    expect(
      out(`
        import os
        class Ctx:
            def __enter__(self):
                return self
            def __exit__(self, *a):
                print('exit', os.getpid() == parent)
        parent = os.getpid()
        def f():
            for i in range(1):
                with Ctx():
                    pid = os.fork()
                    if pid:
                        os.wait()
            return pid
        r = f()
        print('returned', r == 0)
        `),
    ).toBe('exit False\nreturned True\nexit True\nreturned False\n');
  });

  it('random: the child is re-seeded, deterministically', () => {
    const src = `
      import os, random
      random.seed(5)
      a = random.random()
      if os.fork() == 0:
          print('child', random.random())
          os._exit(0)
      os.wait()
      print('parent', random.random())
      `;
    const first = out(src);
    expect(out(src)).toBe(first);
    const [child, parent] = first.trimEnd().split('\n').map((l) => l.split(' ')[1]);
    expect(child).not.toBe(parent);
  });

  it('open files are shared: both processes append to one file', () => {
    expect(
      out(`
        import os
        f = open('log.txt', 'w')
        if os.fork() == 0:
            f.write('child\\n')
            f.close()
            os._exit(0)
        os.wait()
        f.write('parent\\n')
        f.close()
        print(open('log.txt').read(), end='')
        `),
    ).toBe('child\nparent\n');
  });
});

describe("fork's virtual cost", () => {
  // The parent's own clock around os.fork(): the fork's cost (no pace variation).
  const timed = (n: number, params: Record<string, number> = {}): number => {
    const source = `import os, time\nheld = [[i] for i in range(${n})]\nt = time.perf_counter()\npid = os.fork()\nif pid == 0:\n    os._exit(0)\nd = time.perf_counter() - t\nos.waitpid(pid, 0)\nprint(round(d * 1e6))\n`;
    const r = runPython(source, { params: { paceSpread: 0, ...params } });
    expect(r.status).toBe(0);
    return Number(r.stdout);
  };

  // A Python parent pays fork (400 µs) and its copy-on-write faults (cowFaults, 600 µs).
  const base = 400 + 600;

  it('grows with what the parent holds past the first MiB (its page tables), as CPython measured', () => {
    expect(timed(10)).toBe(base);
    // 100,000 one-item lists of distinct ints: about 9.6 MiB in CPython's sizes.
    const big = timed(100_000);
    expect(big).toBeGreaterThan(base + 35 * 7);
    expect(big).toBeLessThan(base + 35 * 11);
    expect(timed(100_000, { forkPerMiB: 0 })).toBe(base);
    expect(timed(10, { cowFaults: 0 })).toBe(400);
  });
});
