/** Pickling (src/python/modules/pickler.ts) through the `pickle` module: round trips and CPython 3.11's failures. */
import { describe, expect, it } from 'vitest';
import { out } from './helpers.js';

const CLASSES = `
import pickle
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
def square(x):
    return x * x
def outer():
    def inner():
        pass
    return inner
lam = lambda x: x
def rt(v):
    return pickle.loads(pickle.dumps(v))
def fails(v):
    try:
        pickle.dumps(v)
    except Exception as e:
        print(type(e).__module__ + '.' + type(e).__name__ + ':', str(e).split(' at 0x')[0], str(e).split('>')[-1] if ' at 0x' in str(e) else '')
`;

describe('pickle round trips', () => {
  it('builtin values', () => {
    expect(
      out(`${CLASSES}
print(rt([1, 2.5, -0.0, float('inf'), 10 ** 30, None, True, 'str', b'b\\x00\\xff']))
print(rt({'a': (1, 2), (1, 2): {3}, 'f': frozenset({'x'}), 'r': range(1, 10, 2)}))
`),
    ).toBe("[1, 2.5, -0.0, inf, 1000000000000000000000000000000, None, True, 'str', b'b\\x00\\xff']\n{'a': (1, 2), (1, 2): {3}, 'f': frozenset({'x'}), 'r': range(1, 10, 2)}\n");
  });

  it('shared references stay shared', () => {
    expect(out(`${CLASSES}
s = [1]
v = rt([s, s, {'k': s}])
print(v, v[0] is v[1] is v[2]['k'])
`)).toBe("[[1], [1], {'k': [1]}] True\n");
  });

  it('functions and classes by reference, instances by class and state', () => {
    expect(out(`${CLASSES}
print(rt(square) is square, rt(Point) is Point, rt(len) is len, rt(Point(1, 2)))
e = rt(ValueError('bad', 3))
print(repr(e), e.args)
`)).toBe("True True True Point(1, 2)\nValueError('bad', 3) ('bad', 3)\n");
  });

  it('__getstate__/__setstate__ and __reduce__', () => {
    expect(out(`${CLASSES}
class S:
    def __init__(self):
        self.a = 1
        self.secret = 'x'
    def __getstate__(self):
        return {'a': self.a}
    def __setstate__(self, d):
        self.__dict__.update(d)
        self.secret = 'restored'
class R:
    def __init__(self, n):
        self.n = n
    def __reduce__(self):
        return (R, (self.n * 10,))
w = rt(S())
print(w.a, w.secret, rt(R(4)).n)
`)).toBe('1 restored 40\n');
  });

  it('dump and load on binary files', () => {
    expect(out(`${CLASSES}
with open('p.bin', 'wb') as f:
    pickle.dump([1, 'two'], f)
with open('p.bin', 'rb') as f:
    print(pickle.load(f))
`)).toBe("[1, 'two']\n");
  });

  it('a list that contains itself, next to an exception', () => {
    expect(out(`${CLASSES}
c = [1]
c.append(c)
v = rt({'e': ValueError('x'), 'c': c})
print(v, v['c'][1] is v['c'])
`)).toBe("{'e': ValueError('x'), 'c': [1, [...]]} True\n");
  });
});

describe("CPython 3.11's failures", () => {
  it('lambdas, nested functions, generators, modules, files', () => {
    expect(out(`${CLASSES}
fails(lam)
fails(outer())
fails((lambda: (lambda: 0))())
fails((x for x in []))
fails(pickle)
fails(open('p.txt', 'w'))
`)).toBe(
      [
        "_pickle.PicklingError: Can't pickle <function <lambda>  on __main__ failed",
        "builtins.AttributeError: Can't pickle local object 'outer.<locals>.inner' ",
        "builtins.AttributeError: Can't pickle local object '<lambda>.<locals>.<lambda>' ",
        "builtins.TypeError: cannot pickle 'generator' object ",
        "builtins.TypeError: cannot pickle 'module' object ",
        "builtins.TypeError: cannot pickle '_io.TextIOWrapper' object ",
        '',
      ].join('\n'),
    );
  });

  it('the pickle exception hierarchy', () => {
    expect(out('import pickle\nprint(issubclass(pickle.PicklingError, pickle.PickleError), pickle.PicklingError.__module__, pickle.HIGHEST_PROTOCOL)\n')).toBe('True _pickle 5\n');
  });
});
