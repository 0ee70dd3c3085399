/**
 * The VM: preemption at any instruction boundary, CPU accounting, the two tiers
 * giving identical runs, recursion limit, tracebacks.
 */
import { describe, expect, it } from 'vitest';
import { pythonLoader } from '../../../src/python/index.js';
import { tier } from '../../../src/python/vm/jit.js';
import { DEFAULT_PARAMS } from '../../../src/kernel/params.js';
import type { Syscall } from '../../../src/kernel/syscalls.js';
import { dedent, out, py } from './helpers.js';

/**
 * Runs a single-process program straight on its address space, `budget` ns at a
 * time, answering the few syscalls it makes; returns what it wrote and how many
 * runs it took.
 */
function drive(src: string, budget: number): { text: string; runs: number; cpu: number } {
  const space = pythonLoader({ 'prog.py': dedent(src) })(
    { kind: 'python', label: 'prog.py', data: JSON.stringify({ main: 'prog.py' }) },
    { pid: 1, tid: 1, ppid: 0, platform: 'linux', cpus: 4, seed: 1, params: DEFAULT_PARAMS },
  )!;
  let text = '';
  let resume: unknown;
  let runs = 0;
  let cpu = 0;
  // Checked per run with plain comparisons (an expect() per run costs more than the run) and asserted once.
  let bad: string | null = null;
  for (;;) {
    const r = space.run(1, budget, resume);
    runs++;
    if (bad === null && (r.used < 0 || r.used > budget || (r.call === null && r.used !== budget))) bad = `run ${runs} used ${r.used} of ${budget} (call ${r.call?.op ?? 'none'})`;
    cpu += r.used;
    if (r.call === null) {
      resume = undefined;
      continue;
    }
    const call: Syscall = r.call;
    switch (call.op) {
      case 'write':
        text += call.text;
        resume = call.text.length;
        break;
      case 'fs':
        resume = call.call.fn === 'stat' ? 'dir' : null;
        break;
      case 'exit':
        expect(bad).toBeNull();
        return { text: `${text}[exit ${call.status}]`, runs, cpu };
      default:
        throw new Error(`unexpected syscall ${call.op}`);
    }
  }
}

const PROGRAM = `
  def gen(n):
      for i in range(n):
          yield i * i
  class Acc:
      def __init__(self):
          self.items = []
      def __iadd__(self, x):
          self.items.append(x)
          return self
  a = Acc()
  for v in gen(5):
      a += v
  d = {str(k): k for k in a.items}
  print(sorted(d, key=lambda k: -d[k]), sum(a.items), f"{len(d):03d}")
  try:
      [][1]
  except IndexError as e:
      print('caught', e)
  `;

describe('preemption', () => {
  it('stops at any instruction boundary and resumes with the same result', () => {
    const whole = drive(PROGRAM, 1e12);
    expect(whole.text).toBe("['16', '9', '4', '1', '0'] 30 005\ncaught list index out of range\n[exit 0]");
    const stepped = drive(PROGRAM, DEFAULT_PARAMS.instruction);
    expect(stepped.text).toBe(whole.text);
    expect(stepped.runs).toBeGreaterThan(200);
    // The same instructions are charged either way.
    expect(stepped.cpu).toBe(whole.cpu);
  });

  it('budgets that are not a whole number of instructions', () => {
    expect(drive(PROGRAM, DEFAULT_PARAMS.instruction * 2.5).text).toBe(drive(PROGRAM, 1e12).text);
  });

  it('charges params.instruction per instruction', () => {
    const small = drive('x = 1\n', 1e12).cpu;
    const loop = drive('for i in range(1000):\n    pass\n', 1e12).cpu;
    // FOR_ITER, STORE, JUMP per iteration.
    expect(loop - small).toBeGreaterThanOrEqual(3000 * DEFAULT_PARAMS.instruction);
    expect(loop - small).toBeLessThan(3100 * DEFAULT_PARAMS.instruction);
  });
});

describe('the compiled tier', () => {
  const FORKS = `
    import os
    total = 0
    def work(n):
        global total
        for i in range(n):
            total = total + i
        return total
    for k in range(3):
        if os.fork() == 0:
            print('child', k, work(200 * (k + 1)))
            os._exit(0)
    for k in range(3):
        os.wait()
    print('parent', work(10))
    `;
  /** The output with its times, and how often the driver ran compiled code. */
  function timeline(hot: number): [string, number] {
    const saved = tier.hot;
    const before = tier.compiledRuns;
    tier.hot = hot;
    try {
      const r = py(FORKS.replace('total = 0', `total = 0  # ${hot}`));
      return [r.kernel.output.map((w) => `${w.t} ${w.pid} ${w.fd} ${w.text}`).join('|'), tier.compiledRuns - before];
    } finally {
      tier.hot = saved;
    }
  }
  it('runs exactly like the interpreter, to the nanosecond', () => {
    const [interpreted, none] = timeline(Infinity);
    expect(none).toBe(0);
    expect(interpreted).toContain('child 2 ');
    const [compiled, runs] = timeline(0);
    expect(runs).toBeGreaterThan(0);
    expect(compiled).toBe(interpreted);
    const [mixed, some] = timeline(3);
    expect(some).toBeGreaterThan(0);
    expect(mixed).toBe(interpreted);
  });
});

describe('limits and tracebacks', () => {
  it('RecursionError at the default limit (1000 frames)', () => {
    expect(out('def f(n):\n    try:\n        return f(n + 1)\n    except RecursionError:\n        return n\nprint(f(0))\n')).toBe('998\n');
  });

  it('sys.setrecursionlimit', () => {
    expect(out('import sys\nsys.setrecursionlimit(3000)\ndef f(n):\n    return n if n == 0 else 1 + f(n - 1)\nprint(f(2500))\n')).toBe('2500\n');
  });

  it('prints a CPython traceback with carets and exits 1', () => {
    const r = py(`
      def h():
          x = [1, 2]
          return x[5]
      def g():
          return h()
      g()
      `);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      [
        'Traceback (most recent call last):',
        '  File "/home/user/prog.py", line 6, in <module>',
        '    g()',
        '  File "/home/user/prog.py", line 5, in g',
        '    return h()',
        '           ^^^',
        '  File "/home/user/prog.py", line 3, in h',
        '    return x[5]',
        '           ~^^^',
        'IndexError: list index out of range',
        '',
      ].join('\n'),
    );
  });

  it('collapses repeated frames like CPython', () => {
    const r = py('def g(n):\n    return g(n + 1)\ng(0)\n');
    expect(r.stderr).toContain('  [Previous line repeated 996 more times]\nRecursionError: maximum recursion depth exceeded\n');
  });

  it('chained exceptions', () => {
    const r = py(`
      try:
          {}['k']
      except KeyError as e:
          raise ValueError('bad') from e
      `);
    expect(r.stderr).toContain("KeyError: 'k'\n\nThe above exception was the direct cause of the following exception:\n\nTraceback");
    const r2 = py(`
      try:
          1 / 0
      except ZeroDivisionError:
          undefined_name
      `);
    expect(r2.stderr).toContain('ZeroDivisionError: division by zero\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback');
    expect(r2.stderr).toMatch(/NameError: name 'undefined_name' is not defined\n$/);
  });

  it('SystemExit: None → 0, int → status, other → stderr and 1', () => {
    expect(py('import sys\nsys.exit()\n').status).toBe(0);
    expect(py('import sys\nsys.exit(3)\n').status).toBe(3);
    const r = py("import sys\nsys.exit('bye')\n");
    expect([r.status, r.stderr]).toEqual([1, 'bye\n']);
  });
});
