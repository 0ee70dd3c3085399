/**
 * The precompiled stdlib (compile/marshal.ts): a code object read back is exactly
 * the one compilePython makes from the source — for every stdlib module, and for
 * constants of every kind the compiler folds — and a code file made from other
 * source is refused, never used.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../../src/python/types/all.js';
import { compileModuleAst } from '../../../src/python/compile/compiler.js';
import { parseModule } from '../../../src/python/parse/parse.js';
import { marshalCode, unmarshalCode } from '../../../src/python/compile/marshal.js';
import { Code } from '../../../src/python/objects/code.js';

const STDLIB = join(import.meta.dirname, '../../../src/python/stdlib');
/**
 * A fresh compile (what the build writes), not compilePython's cached code object: other
 * test files in this worker may have run that one, and running gives it state of its own.
 */
const compilePython = (source: string, file: string): Code => compileModuleAst(parseModule(source, file));
const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));

/** Every code object inside `c` (itself first), for counting what the comparison covered. */
function allCode(c: Code): Code[] {
  return [c, ...c.consts.flatMap((k) => (k instanceof Code ? allCode(k) : []))];
}

describe('precompiled code objects', () => {
  const files = walk(STDLIB).filter((f) => f.endsWith('.py'));

  it('finds the stdlib', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files.map((f) => relative(STDLIB, f)))('%s reads back as compilePython compiles it', (file) => {
    const source = readFileSync(join(STDLIB, file), 'utf8');
    const code = compilePython(source, file);
    const back = unmarshalCode(source, marshalCode(source, code));
    expect(back).not.toBeNull();
    expect(back).toStrictEqual(code);
    expect(allCode(back!).length).toBe(allCode(code).length);
  });

  it('keeps constants of every kind, frozensets slot for slot', () => {
    const source = `x = (1, -0.0, float('nan'), 1e308 * 10, 2 ** 100, -(2 ** 70), b'\\x00\\xff', 3j, -2.5j, ..., None, True, 'a\\ud800b')
y = {'b', 1, 'a', 2.5, (1, 'c'), 17, 33, 'zz', 'q', 'r'}
def f(a=(1, 2), *, b=-1):
    """doc"""
    if a in {1, 2, 3, 'x'}:
        return [1, 2, 3, 4.0]
    return lambda: b
`;
    const code = compilePython(source, 'consts.py');
    const back = unmarshalCode(source, marshalCode(source, code));
    expect(back).toStrictEqual(code);
  });

  it('refuses a code file made from other source (a stale build is never used)', () => {
    const code = compilePython('x = 1\n', 'stale.py');
    expect(unmarshalCode('x = 2\n', marshalCode('x = 1\n', code))).toBeNull();
  });

  it('refuses a code file in an earlier format (a dist/ whose stdlib files an older build wrote)', () => {
    const code = compilePython('x = 1\n', 'old.py');
    const { ints, ...older } = JSON.parse(marshalCode('x = 1\n', code)) as { ints: string };
    expect(typeof ints).toBe('string');
    expect(unmarshalCode('x = 1\n', JSON.stringify(older))).toBeNull();
  });
});
