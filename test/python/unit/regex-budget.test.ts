/**
 * Regular-expression matching costs virtual time and can be preempted: the
 * engine charges one instruction per step and pauses when the slice is spent,
 * so a catastrophic pattern in one process does not stop the others.
 */
import { describe, expect, it } from 'vitest';
import { out, py } from './helpers.js';

describe('re and the instruction budget', () => {
  it('a process stuck in a backtracking match is preempted on one CPU', () => {
    const r = py(`
      import os, re, time
      pid = os.fork()
      if pid == 0:
          print('child done', re.match(r'(a+)+b', 'a' * 19))
          os._exit(0)
      for i in range(3):
          time.sleep(0.001)
          print('tick', i)
      os.waitpid(pid, 0)
      print('parent done')
    `, { cpus: 1 });
    expect(r.stdout).toBe('tick 0\ntick 1\ntick 2\nchild done None\nparent done\n');
  });

  it('charges work in proportion to the steps taken', () => {
    const elapsed = (n: number): number => Number(out(`
      import re, time
      t = time.perf_counter()
      re.match(r'(a+)+b', 'a' * ${n})
      print(time.perf_counter() - t)
    `));
    const small = elapsed(10);
    const large = elapsed(16);
    // Each extra 'a' doubles the backtracking: 2^6 times the steps.
    expect(large / small).toBeGreaterThan(30);
  });

  it('the same match gives the same answer whatever the slice length', () => {
    const prog = `
      import re
      print(re.findall(r'(\\w+)@(\\w+)', 'ann@x bob@y ' * 50)[-1], re.match(r'(x+x+)+y', 'x' * 14))
    `;
    const a = py(prog, { quantum: 1_000 });
    const b = py(prog);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toBe("('bob', 'y') None\n");
  });
});
