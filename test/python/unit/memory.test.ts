/**
 * The process's memory limit (--param maxMemory): runaway allocations end as the
 * guest's MemoryError (which a program may catch), the trace and the end report say
 * which limit was hit, and the host never dies. Runs use a small limit, to stay quick.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPython } from '../../../src/scenario/python.js';
import { renderTrace } from '../../../src/render/trace.js';

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
    expect(renderTrace(r.kernel.trace)).toMatch(/1001 +limit +an allocation of 400000056 bytes failed \(MemoryError\): the memory limit per process \(4194304 bytes, --param maxMemory\) is reached/);
  });

  it('leaves what fits alone: ints, strs and lists under the limit, one big object held many times', () => {
    const r = runPython("x = 3 ** 100000\ns = 'ab' * 100000\nl = list(range(50000))\nd = {i: i for i in range(50000)}\nprint(x.bit_length(), len(s), len(l), len(d))\n", { params: { maxMemory: 4 * MiB } });
    expect(r.stdout).toBe('158497 200000 50000 50000\n');
    const shared = runPython("s = 'x' * 1000000\nl = []\nfor i in range(70000):\n    l.append(s)\nprint(len(l))\n", { params: { maxMemory: 4 * MiB } });
    expect(shared.stdout).toBe('70000\n');
  });
});

describe('runaway programs at the command line, with the default limits', () => {
  const ROOT = resolve(import.meta.dirname, '../../..');
  const cli = (source: string): { status: number | null; stderr: string } => {
    const dir = mkdtempSync(join(tmpdir(), 'forkscope-mem-'));
    const file = join(dir, 'runaway.py');
    writeFileSync(file, source);
    // A child process: a host allocation failure would kill it, not the test runner.
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/bin.ts'), 'run', file, '--watchdog', 'off'], { cwd: ROOT, encoding: 'utf8' });
    return { status: r.status, stderr: r.stderr };
  };

  for (const what of ['s = s + s', 'x = x * x', 'a dict grown in a loop']) {
    it(`${what}: MemoryError, exit status 1, and the limit named`, () => {
      const r = cli(RUNAWAY[what]!);
      expect(r.stderr).toContain('\nMemoryError\n');
      expect(r.stderr).toContain('forkscope: the memory limit per process was reached: an allocation failed with MemoryError 1 time (268435456 bytes; --param maxMemory=N changes it)');
      expect(r.status).toBe(1);
    });
  }
});
