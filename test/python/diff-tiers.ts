/**
 * Running a differential case in a chosen tier of the VM (interpreter alone, or every
 * code object compiled on its first run), for diff.test.ts and diff-compiled.test.ts.
 */
import { basename } from 'node:path';
import { expect } from 'vitest';
import { type Code, PythonCompileError, compilePython } from '../../src/python/index.js';
import { runCase, sourceOf, type DiffCase } from './diff-harness.js';
import { tier } from '../../src/python/vm/jit.js';

/** Runs `c` with code objects tiering up after `hot` entries; returns how often the driver ran compiled code. */
export function inTier(c: DiffCase, hot: number): number {
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

/**
 * The program's module code object (the one its runs use: compilePython caches by file and
 * source; the main script is named by its absolute path, /home/user/<name>.py), or null when
 * it does not compile.
 */
export function moduleCode(c: DiffCase): Code | null {
  const source = sourceOf(c.file);
  if (source instanceof PythonCompileError) return null;
  try {
    return compilePython(source, `/home/user/${basename(c.file)}`);
  } catch (e) {
    if (e instanceof PythonCompileError) return null;
    throw e;
  }
}
