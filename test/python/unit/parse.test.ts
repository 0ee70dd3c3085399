/** Parser: lezer tree → typed AST with spans; syntax errors and unsupported constructs before the run. */
import { describe, expect, it } from 'vitest';
import { parseModule } from '../../../src/python/parse/parse.js';
import { compilePython, PythonCompileError } from '../../../src/python/index.js';
import { dedent } from './helpers.js';

function compileError(src: string): PythonCompileError {
  try {
    compilePython(dedent(src), 'prog.py');
  } catch (e) {
    if (e instanceof PythonCompileError) return e;
    throw e;
  }
  throw new Error('compiled without error');
}

describe('AST', () => {
  it('gives every statement and expression its span', () => {
    const m = parseModule('x = 1\nif x:\n    print(x + 2)\n', 'prog.py');
    expect(m.body.map((s) => s.kind)).toEqual(['Assign', 'If']);
    const assign = m.body[0]!;
    expect([assign.line, assign.col, assign.endLine, assign.endCol]).toEqual([1, 0, 1, 5]);
    const iff = m.body[1]!;
    if (iff.kind !== 'If') throw new Error('not an If');
    const call = iff.body[0]!;
    if (call.kind !== 'Expr' || call.value.kind !== 'Call') throw new Error('not a call');
    expect([call.value.line, call.value.col, call.value.endCol]).toEqual([3, 4, 16]);
    const arg = call.value.args[0]!;
    expect(arg.kind).toBe('BinOp');
    expect([arg.col, arg.endCol]).toEqual([10, 15]);
  });

  it('keeps literal kinds apart (1, 1.0, True, big ints, bytes)', () => {
    const m = parseModule('a = (1, 1.0, True, 12345678901234567890, b"x\\x00")\n', 'prog.py');
    const s = m.body[0]!;
    if (s.kind !== 'Assign' || s.value.kind !== 'Tuple') throw new Error('shape');
    const values = s.value.elts.map((e) => (e.kind === 'Constant' ? e.value : null));
    expect(values[0]).toEqual({ t: 'int', v: 1 });
    expect(values[1]).toEqual({ t: 'float', v: 1 });
    expect(values[2]).toEqual({ t: 'bool', v: true });
    expect(values[3]).toEqual({ t: 'int', v: 12345678901234567890n });
    expect(values[4]).toEqual({ t: 'bytes', v: new Uint8Array([120, 0]) });
  });

  it('parses f-strings into parts with conversions and nested specs', () => {
    const m = parseModule("s = f'{x!r:>{w}} and {y=}'\n", 'prog.py');
    const s = m.body[0]!;
    if (s.kind !== 'Assign' || s.value.kind !== 'JoinedStr') throw new Error('shape');
    expect(s.value.parts.length).toBeGreaterThanOrEqual(3);
  });

  it('parameters: defaults, *args, keyword-only, **kwargs', () => {
    const m = parseModule('def f(a, b=1, *args, c, d=2, **kw): pass\n', 'prog.py');
    const f = m.body[0]!;
    if (f.kind !== 'FunctionDef') throw new Error('shape');
    expect(f.args.args.map((a) => a.name)).toEqual(['a', 'b']);
    expect(f.args.defaults.length).toBe(1);
    expect(f.args.vararg?.name).toBe('args');
    expect(f.args.kwonly.map((a) => a.name)).toEqual(['c', 'd']);
    expect(f.args.kwDefaults.map((d) => d === null)).toEqual([true, false]);
    expect(f.args.kwarg?.name).toBe('kw');
  });
});

describe('syntax errors', () => {
  it('reports file:line:col and CPython\'s message', () => {
    const e = compileError('x = 1\nif x\n    pass\n');
    expect(e.kind).toBe('SyntaxError');
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/^prog\.py:2:\d+: SyntaxError: expected ':'$/);
  });

  it('renders like CPython with a caret', () => {
    const e = compileError('print("a" "b" +)\n');
    expect(e.render()).toMatch(/^ {2}File "prog\.py", line 1\n {4}print\("a" "b" \+\)\n {4}\s*\^+\nSyntaxError: /);
  });

  it('unterminated strings and unmatched brackets', () => {
    expect(compileError("s = 'abc\n").message).toMatch(/prog\.py:1:\d+: SyntaxError: unterminated string literal/);
    expect(compileError('x = (1, 2\ny = 3\n').kind).toBe('SyntaxError');
    expect(compileError('x = 1)\n').message).toMatch(/unmatched '\)'/);
  });

  it('indentation errors', () => {
    expect(compileError('if True:\nprint(1)\n').kind).toBe('IndentationError');
    expect(compileError('x = 1\n    y = 2\n').message).toMatch(/IndentationError: unexpected indent/);
  });

  it('assignments to what cannot be assigned', () => {
    expect(compileError('f() = 1\n').message).toMatch(/SyntaxError: cannot assign to function call/);
  });

  it('return and break outside their context', () => {
    expect(compileError('return 1\n').message).toMatch(/'return' outside function/);
    expect(compileError('break\n').message).toMatch(/'break' outside loop/);
  });
});

describe('unsupported constructs are named before the run', () => {
  const cases: [string, string][] = [
    ['match x:\n    case 1:\n        pass\n', 'match statement'],
    ['async def f():\n    pass\n', 'async'],
  ];
  for (const [src, what] of cases) {
    it(what, () => {
      const e = compileError(src);
      expect(e.kind).toBe('unsupported');
      expect(e.message).toMatch(new RegExp(`^prog\\.py:1:1: unsupported: .*${what}`));
    });
  }
});
