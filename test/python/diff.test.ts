/**
 * Differential tests: every corpus program must print what CPython 3.11 printed,
 * once in the interpreter alone and once with every code object compiled on its
 * first run (vm/jit.ts). Each run checks that its tier was the one that ran.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Code, PythonCompileError, compilePython } from '../../src/python/index.js';
import { listCases, runCase, type DiffCase } from './diff-harness.js';
import { tier } from '../../src/python/vm/jit.js';

const cases = listCases();

/** Runs `c` with code objects tiering up after `hot` entries; returns how often the driver ran compiled code. */
function inTier(c: DiffCase, hot: number): number {
  const saved = tier.hot;
  const before = tier.compiledRuns;
  tier.hot = hot;
  try {
    expect(runCase(c)).toEqual(c.expected);
  } finally {
    tier.hot = saved;
  }
  return tier.compiledRuns - before;
}

describe('differential corpus (CPython 3.11), interpreter', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  for (const c of cases) {
    it(c.name, () => {
      expect(inTier(c, Infinity)).toBe(0);
    });
  }
});

/** The program's module code object (the one its runs use: compilePython caches by file and source), or null when it does not compile. */
function moduleCode(c: DiffCase): Code | null {
  try {
    return compilePython(readFileSync(c.file, 'utf8'), basename(c.file));
  } catch (e) {
    if (e instanceof PythonCompileError) return null;
    throw e;
  }
}

describe('differential corpus, compiled tier', () => {
  for (const c of cases) {
    it(c.name, () => {
      const code = moduleCode(c);
      if (code === null) {
        // A syntax error: no Python code runs in either tier.
        expect(inTier(c, 0)).toBe(0);
        return;
      }
      expect(inTier(c, 0)).toBeGreaterThan(0);
      expect(code.jit).toBeTypeOf('function');
    });
  }
});
