/**
 * The process's memory limit (--param maxMemory): runaway allocations end as the
 * guest's MemoryError (which a program may catch), the trace and the end report say
 * which limit was hit, and the host never dies. Runs use a small limit, to stay quick.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPython } from '../../../src/scenario/python.js';
import { renderTrace } from '../../../src/render/trace.js';
import { heapSize } from '../../../src/python/vm/heapsize.js';
import type { PySpace } from '../../../src/python/vm/space.js';

const MiB = 1024 * 1024;

const RUNAWAY: Record<string, string> = {
  'list(itertools.count())': 'import itertools\nx = list(itertools.count())\n',
  'a list comprehension': 'x = [i for i in range(10**9)]\n',
  'list.append in a loop': 'l = []\nwhile True:\n    l.append(len(l))\n',
  'a dict grown in a loop': 'd = {}\ni = 0\nwhile True:\n    d[i] = i\n    i += 1\n',
  'a list of distinct 1 KiB strings': "l = []\nwhile True:\n    l.append('x' * 1000 + str(len(l)))\n",
  'a dict of distinct 1 KiB strings': "d = {}\nwhile True:\n    d[len(d)] = 'x' * 1000 + str(len(d))\n",
  'a dict with str keys': "d = {}\ni = 0\nwhile True:\n    d['k%d' % i] = i\n    i += 1\n",
  'a set grown in a loop': 's = set()\ni = 0\nwhile True:\n    s.add(i)\n    i += 1\n',
  's = s + s': "s = 'ab'\nwhile True:\n    s = s + s\n",
  'b = b + b': "b = b'ab'\nwhile True:\n    b = b + b\n",
  'x = x * x': 'x = 3\nwhile True:\n    x = x * x\n',
  "'ab' * 10**10": "x = 'ab' * 10**10\n",
  '[0] * 10**10': 'x = [0] * 10**10\n',
  '2 ** 10**10': 'x = 2 ** 10**10\n',
  // Chains of small objects: no one object is large; what the program can reach is.
  'x = [x]': 'x = None\nwhile True:\n    x = [x]\n',
  'a linked list of instances': 'class Node:\n    def __init__(self, nxt):\n        self.nxt = nxt\n        self.val = 1\nhead = None\nwhile True:\n    head = Node(head)\n',
  'nested dicts': "d = {}\ni = 0\nwhile True:\n    d = {'next': d, 'i': i}\n    i += 1\n",
  'a list of bytes(100000)': 'l = []\nwhile True:\n    l.append(bytes(100000))\n',
  "a list of ''.join() results": "l = []\nwhile True:\n    l.append(''.join(['ab'] * 50000) + str(len(l)))\n",
};

describe('the memory limit per process (--param maxMemory)', () => {
  for (const [what, source] of Object.entries(RUNAWAY)) {
    it(`${what} ends as MemoryError`, () => {
      const r = runPython(source, { params: { maxMemory: 4 * MiB } });
      expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('MemoryError');
      expect(r.stderr).toMatch(/^Traceback \(most recent call last\):\n {2}File "\/home\/user\/prog.py", line \d+, in <module>/);
      expect(r.status).toBe(1);
      expect(r.kernel.state.memoryHits).toBe(1);
    });
  }

  it('a program may catch it and go on; the trace and the report name the limit', () => {
    const source = "try:\n    x = [0] * 10**7\nexcept MemoryError as e:\n    print('caught', repr(str(e)))\nprint('after', len([0] * 1000))\n";
    const r = runPython(source, { params: { maxMemory: 4 * MiB }, tracing: true });
    expect(r.stdout).toBe("caught ''\nafter 1000\n");
    expect(r.status).toBe(0);
    // CPython's size for a list of 10**7 ints: 8 bytes a slot and an int object (objects/memory.ts).
    expect(renderTrace(r.kernel.trace)).toMatch(/1001 +limit +an allocation of 80000056 bytes failed \(MemoryError\): the memory limit per process \(4194304 bytes, --param maxMemory\) is reached/);
  });

  it('counts what the program holds, not what it made: garbage never adds up to MemoryError', () => {
    const source = [
      // Each round makes 1.4 MB that the next one drops: 420 MB in all, against an 8 MiB limit.
      "for i in range(300):\n    s = 'x' * 500000\n    b = bytes(500000)\n    j = ''.join(['ab'] * 10000) * 20",
      'for i in range(100):\n    l = [[j] for j in range(20000)]',
      'x = None\nfor i in range(40000):\n    x = [x]\ndel x\ny = None\nfor i in range(40000):\n    y = [y]',
      "print('ok')",
    ].join('\n');
    const r = runPython(`${source}\n`, { params: { maxMemory: 8 * MiB } });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('ok\n');
    expect(r.kernel.state.memoryHits).toBe(0);
  });

  it('leaves what fits alone: ints, strs and lists under the limit, one big object held many times', () => {
    const r = runPython("x = 3 ** 100000\ns = 'ab' * 100000\nl = list(range(50000))\nd = {i: i for i in range(50000)}\nprint(x.bit_length(), len(s), len(l), len(d))\n", { params: { maxMemory: 8 * MiB } });
    expect(r.stdout).toBe('158497 200000 50000 50000\n');
    const shared = runPython("s = 'x' * 1000000\nl = []\nfor i in range(70000):\n    l.append(s)\nprint(len(l))\n", { params: { maxMemory: 4 * MiB } });
    expect(shared.stdout).toBe('70000\n');
  });
});

describe("the machine's memory (--param machineMemory)", () => {
  const CHAIN = 'x = None\nfor i in range(50000):\n    x = [x]\n';

  it('is shared by the processes: together they get MemoryError where each alone would fit', () => {
    const source = `import os\npid = os.fork()\n${CHAIN}print('built', pid == 0, flush=True)\nif pid:\n    os.waitpid(pid, 0)\n`;
    const alone = runPython(CHAIN.replace('import os', ''), { params: { maxMemory: 4 * MiB, machineMemory: 5 * MiB } });
    expect(alone.status).toBe(0);
    const r = runPython(source, { params: { maxMemory: 4 * MiB, machineMemory: 5 * MiB }, tracing: true });
    expect(r.stderr).toContain('\nMemoryError\n');
    expect(r.stdout.match(/built/g)?.length).toBe(1);
    expect(r.kernel.state.machineHits).toBe(1);
    expect(r.kernel.state.memoryHits).toBe(0);
    expect(renderTrace(r.kernel.trace)).toMatch(/limit +an allocation of \d+ bytes failed \(MemoryError\): the machine's memory \(5242880 bytes, --param machineMemory\) is reached/);
  });

  it('refuses a fork whose copy it cannot hold: OSError errno 12, as Linux does', () => {
    const source = `import os\n${CHAIN}try:\n    os.fork()\nexcept OSError as e:\n    print(type(e).__name__, e.errno, e.strerror)\n`;
    const r = runPython(source, { params: { maxMemory: 4 * MiB, machineMemory: 5 * MiB }, tracing: true });
    expect(r.stdout).toBe('OSError 12 Cannot allocate memory\n');
    expect(r.kernel.state.machineHits).toBe(1);
    expect(renderTrace(r.kernel.trace)).toMatch(/limit +fork of a process holding \d+ bytes failed with ENOMEM: the machine's memory \(5242880 bytes, --param machineMemory\) is reached/);
    const roomy = runPython(source.replace('os.fork()', 'pid = os.fork()\n    if pid == 0: os._exit(0)\n    os.waitpid(pid, 0)\n    print("forked")'), { params: { maxMemory: 4 * MiB, machineMemory: 8 * MiB } });
    expect(roomy.stdout).toBe('forked\n');
  });
});

describe('an allocating fork bomb (each process builds a chain, then forks)', () => {
  const BOMB = 'import os\nx = None\nwhile True:\n    for i in range(2000):\n        x = [x]\n    os.fork()\n';
  const params = { maxMemory: 4 * MiB, machineMemory: 8 * MiB };

  it('holds no more than the machine has: a child is counted as holding what its parent held, not its last count', () => {
    const r = runPython(BOMB, { params, maxTime: 20_000_000 });
    let held = 0;
    for (const p of r.kernel.state.procs.flat()) {
      if (p === undefined || p.tasks.length === 0 || p.status === 'zombie' || p.status === 'exited') continue;
      const space = r.kernel.ctx.rt[p.tasks[0]!]!.space as PySpace;
      const real = heapSize(space.interp);
      held += real;
      // What the kernel knows of each process (its last count) is close to what it holds.
      expect(real).toBeLessThanOrEqual(1.25 * p.mem);
    }
    expect(held).toBeLessThanOrEqual(1.1 * params.machineMemory);
  });

  it('dies out: every process ends in MemoryError or a failed fork (ENOMEM) before the budget', () => {
    const r = runPython(BOMB, { params, maxTime: 100_000_000 });
    expect(r.kernel.state.end?.kind).toBe('done');
    expect(r.stderr).toContain('\nMemoryError\n');
    expect(r.stderr).toContain('\n    os.fork()\nOSError: [Errno 12] Cannot allocate memory\n');
    expect(r.stderr).not.toContain('SystemError');
  });
});

describe('runaway programs at the command line, with the default limits', () => {
  const ROOT = resolve(import.meta.dirname, '../../..');
  // The built command line (dist/, made by npm ci or npm run build), as a user starts it:
  // it starts in a fraction of the time tsx takes to compile src/ in every child.
  const BIN = join(ROOT, 'dist/cli/bin.cjs');
  const cli = (source: string, ...args: string[]): { status: number | null; stderr: string } => {
    expect(existsSync(BIN), `${BIN} is missing: run npm run build`).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'forkscope-mem-'));
    const file = join(dir, 'runaway.py');
    writeFileSync(file, source);
    // A child process: a host allocation failure would kill it, not the test runner.
    const r = spawnSync(process.execPath, [BIN, 'run', file, '--watchdog', 'off', ...args], { cwd: ROOT, encoding: 'utf8' });
    return { status: r.status, stderr: r.stderr };
  };

  for (const what of ['s = s + s', 'x = x * x', 'a dict grown in a loop', 'x = [x]']) {
    it(`${what}: MemoryError, exit status 1, and the limit named`, () => {
      const r = cli(RUNAWAY[what]!);
      expect(r.stderr).toContain('\nMemoryError\n');
      expect(r.stderr).toContain('forkscope: the memory limit per process was reached: an allocation failed with MemoryError 1 time (134217728 bytes; --param maxMemory=N changes it)');
      expect(r.status).toBe(1);
    });
  }

  it('an allocating fork bomb dies out: every process ends in ENOMEM or MemoryError, exit status 1, the machine named', () => {
    // Chains of 200,000 lists (12 MiB) a generation: a 64 MiB machine is full within four (the default's
    // 256 MiB takes about sixteen times the copying: bench/limits.mjs runs that).
    const r = cli('import os\nx = None\nwhile True:\n    for i in range(200000):\n        x = [x]\n    os.fork()\n', '--param', 'machineMemory=67108864', '--param', 'maxMemory=67108864');
    const errors = r.stderr.split('\n').filter((l) => /^[A-Za-z]+(Error|Exception)\b/.test(l));
    expect(errors.length).toBeGreaterThan(1);
    for (const e of errors) expect(['OSError: [Errno 12] Cannot allocate memory', 'MemoryError']).toContain(e);
    expect(errors).toContain('OSError: [Errno 12] Cannot allocate memory');
    expect(r.stderr).toMatch(/forkscope: the machine's memory was full: an allocation \(MemoryError\) or a fork \(ENOMEM\) failed \d+ times \(67108864 bytes; --param machineMemory=N changes it\)/);
    expect(r.status).toBe(1);
  });
});
