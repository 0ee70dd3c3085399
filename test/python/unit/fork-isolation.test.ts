/**
 * Fork isolation for every kind of object the heap copy handles, both ways: the
 * parent's writes after the fork do not reach the child, the child's do not reach the
 * parent (the cases, and what CPython 3.11 printed for them, are in
 * fork-isolation.cases.ts; test/python/mp/diff/cases/fork/isolation.py checks the same
 * against a recording of CPython).
 */
import { describe, expect, it } from 'vitest';
import { CASES, program } from './fork-isolation.cases.js';
import { out } from './helpers.js';

describe('fork isolation', () => {
  for (const c of CASES) {
    it(c.kind, () => {
      const [child, childAfter, parent] = c.expected;
      expect(out(program(c))).toBe(`child sees ${child}\nchild after its write ${childAfter}\nparent sees ${parent}\n`);
    });
  }
});
