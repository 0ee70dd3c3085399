/** Compiler and disassembler: bytecode shape, line numbers, static stack depths, caching. */
import { describe, expect, it } from 'vitest';
import { compilePython, disassemble } from '../../../src/python/index.js';
import { Code } from '../../../src/python/objects/code.js';
import { OPS } from '../../../src/python/compile/opcodes.js';
import { stdlibSourceFor } from '../../../src/python/modules/stdlib.js';
import { dedent } from './helpers.js';

function codes(c: Code): Code[] {
  return [c, ...c.consts.filter((k): k is Code => k instanceof Code).flatMap(codes)];
}

describe('compiler', () => {
  it('resolves locals to slots, globals by name, and lists the nested code after its parent', () => {
    const text = disassemble(compilePython('def add(a, b=2):\n    return a + b\nx = add(1)\n', 'prog.py'));
    expect(text).toBe(
      [
        '   1      0 LOAD_CONST                0 ((2,))',
        '          1 LOAD_CONST                1 (<code object add, line 1>)',
        '          2 MAKE_FUNCTION             1',
        '          3 STORE_GLOBAL              0 (add)',
        '',
        '   3      4 LOAD_GLOBAL               0 (add)',
        '          5 LOAD_CONST                2 (1)',
        '          6 CALL                      1',
        '          7 STORE_GLOBAL              1 (x)',
        '          8 LOAD_CONST                3 (None)',
        '          9 RETURN_VALUE',
        '',
        'Disassembly of <code object add at add, file "prog.py", line 1>:',
        '   2      0 LOAD_FAST                 0 (a)',
        '          1 LOAD_FAST                 1 (b)',
        '          2 BINARY_OP                 0 (+)',
        '          3 RETURN_VALUE',
      ].join('\n') + '\n',
    );
  });

  it('gives every instruction a source line', () => {
    const src = dedent(`
      import os
      class A:
          def f(self, *a, **k):
              return [x * 2 for x in a if x]
      try:
          with open('x') as f, open('y') as g:
              pass
      except (OSError, ValueError) as e:
          raise RuntimeError('no') from e
      finally:
          del os
      `);
    for (const c of codes(compilePython(src, 'prog.py'))) {
      expect(c.lines.length).toBe(c.ops.length);
      for (const line of c.lines) expect(line).toBeGreaterThan(0);
    }
  });

  it('knows the stack depth before every instruction (the compiled tier relies on it)', () => {
    const src = 'def g(n):\n    for i in range(n):\n        try:\n            yield i\n        except Exception:\n            continue\n';
    for (const c of codes(compilePython(src, 'prog.py'))) {
      expect(c.depths.length).toBe(c.ops.length);
      expect(Math.max(...c.depths)).toBeLessThan(c.stacksize);
    }
  });

  it('has an opcode table entry for every opcode it emits', () => {
    const src = 'a, *b = [1, 2, 3]\nd = {k: v for k, v in zip(b, b)}\nprint(f"{a!r:>{3}}", *b, sep="")\n';
    for (const c of codes(compilePython(src, 'prog.py'))) {
      for (const w of c.ops) expect(OPS[w & 0xff]).toBeDefined();
    }
  });

  it('marks generator functions and closures', () => {
    const c = compilePython('def outer():\n    n = 0\n    def inner():\n        nonlocal n\n        n += 1\n        yield n\n    return inner\n', 'prog.py');
    const outer = codes(c).find((k) => k.name === 'outer')!;
    const inner = codes(c).find((k) => k.name === 'inner')!;
    expect(outer.cellvars).toEqual(['n']);
    expect(inner.freevars).toEqual(['n']);
    expect(inner.isGenerator).toBe(true);
    expect(inner.qualname).toBe('outer.<locals>.inner');
  });

  it('caches code objects by file name and source', () => {
    expect(compilePython('x = 1\n', 'a.py')).toBe(compilePython('x = 1\n', 'a.py'));
    expect(compilePython('x = 1\n', 'a.py')).not.toBe(compilePython('x = 1\n', 'b.py'));
  });

  it("keeps the standard library's code objects however many programs are compiled after them; a program's are evicted", () => {
    const [path, source] = stdlibSourceFor('bisect')!;
    const library = compilePython(source, path, () => null);
    const program = compilePython('y = 2\n', 'evicted.py');
    // More distinct programs than the cache holds (256).
    for (let i = 0; i < 300; i++) compilePython(`z = ${i}\n`, `filler-${i}.py`);
    expect(compilePython(source, path, () => null)).toBe(library);
    expect(compilePython('y = 2\n', 'evicted.py')).not.toBe(program);
    // Another source under the library file's name is compiled anew.
    expect(compilePython(`${source}\n`, path, () => null)).not.toBe(library);
  });
});
