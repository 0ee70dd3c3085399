/**
 * Running a differential case in a chosen tier of the VM (interpreter alone, or every
 * code object compiled on its first run), for diff.test.ts and diff-compiled.test.ts.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect } from 'vitest';
import { Op } from '../../src/python/compile/opcodes.js';
import { PythonCompileError, compilePython } from '../../src/python/index.js';
import { Code } from '../../src/python/objects/code.js';
import { runCase, sourceOf, type DiffCase } from './diff-harness.js';
import { jitCases, tier } from '../../src/python/vm/jit.js';

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

/**
 * The forms of compiled code in `code` and the code objects it holds (functions,
 * classes, comprehensions), each as a string: every instruction as the compiled tier
 * generates it with its numbers (slots, jump targets, constant indexes) written `#` —
 * which keeps what the argument selects (the operator, an always-bound local) —, each
 * code object's flags (generator, coroutine, varargs, ...), and each module it imports
 * (whose code then runs compiled too). `compiledOnly` skips code objects that never ran
 * compiled (`code.jit` null), looking inside them still.
 */
export function compiledForms(code: Code, out = new Set<string>(), compiledOnly = false): Set<string> {
  if (!compiledOnly || code.jit !== null) {
    for (const c of jitCases(code).cases) out.add(c.replace(/\/\/.*\n/, '\n').replace(/\d+/g, '#'));
    out.add(`flags ${code.flags}`);
    for (const w of code.ops) if ((w & 0xff) === Op.IMPORT_NAME) out.add(`import ${String(code.names[w >> 8])}`);
  }
  for (const k of code.consts) if (k instanceof Code) compiledForms(k, out, compiledOnly);
  return out;
}

/**
 * The cases that run in the compiled tier: the smallest program (by file size, then by
 * name) holding each form of compiled code that the corpus holds (compiledForms), and
 * every program that does not compile (which runs no code in either tier, at no cost).
 * Every program runs in the interpreter (diff.test.ts); the compiled tier differs from
 * it only in how each instruction's one definition is expanded, so it is checked on each
 * expansion the corpus contains, not on each program (a quarter of the corpus: about a
 * fifth of its time).
 */
export function compiledTierCases(cases: readonly DiffCase[]): { chosen: DiffCase[]; forms: Set<string> } {
  const forms = new Set<string>();
  const chosen = new Set<DiffCase>();
  const bySize = cases.map((c) => ({ c, size: readFileSync(c.file).length })).sort((a, b) => a.size - b.size || a.c.name.localeCompare(b.c.name));
  for (const { c } of bySize) {
    const code = moduleCode(c);
    if (code === null) {
      chosen.add(c);
      continue;
    }
    const before = forms.size;
    compiledForms(code, forms);
    if (forms.size > before) chosen.add(c);
  }
  return { chosen: cases.filter((c) => chosen.has(c)), forms };
}
