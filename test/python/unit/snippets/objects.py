# A snippet per section; sections start with '# --- name'.
# --- classes, MRO and super
class A:
    def who(self): return ['A']
class B(A):
    def who(self): return ['B'] + super().who()
class C(A):
    def who(self): return ['C'] + super().who()
class D(B, C):
    def who(self): return ['D'] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
try:
    class X(A, B): pass
except TypeError as e:
    print(e)
# --- explicit base __init__, class and instance attributes
class Animal:
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
class Dog(Animal):
    def __init__(self, name):
        Animal.__init__(self, name)
        self.sound = 'woof'
d = Dog('rex'); Dog('fido')
print(d.name, d.sound, Animal.count, Dog.count, d.count, vars(d), hasattr(d, 'x'), getattr(d, 'x', 'dflt'))
# --- properties, staticmethod, classmethod
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError('too cold')
        self._c = v
    @staticmethod
    def unit(): return 'C'
    @classmethod
    def make(cls, v):
        t = cls(); t.c = v; return t
t = Temp.make(20)
print(t.c, Temp.unit(), t.unit(), type(t).__name__)
try:
    t.c = -300
except ValueError as e:
    print('ValueError', e)
try:
    del t.c
except AttributeError as e:
    print(e)
# --- comparison and hashing dunders
class V:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __lt__(self, o): return self.x < o.x
    def __hash__(self): return hash(self.x)
    def __repr__(self): return f'V({self.x})'
vs = [V(3), V(1), V(2)]
print(sorted(vs), V(1) == V(1), V(1) != V(2), V(2) > V(1), {V(1), V(1)}, max(vs), V(1) in vs)
class NoHash:
    def __eq__(self, o): return True
try:
    hash(NoHash())
except TypeError as e:
    print(e)
# --- arithmetic and reflected dunders
class M:
    def __init__(self, v): self.v = v
    def __add__(self, o): return M(self.v + (o.v if isinstance(o, M) else o))
    def __radd__(self, o): return M(o + self.v)
    def __mul__(self, o): return M(self.v * o)
    def __neg__(self): return M(-self.v)
    def __iadd__(self, o): self.v += 100; return self
    def __repr__(self): return f'M({self.v})'
m = M(2)
print(m + 1, 1 + m, m * 3, -m, sum([M(1), M(2)], M(0)))
m += 1
print(m)
try:
    m - 1
except TypeError as e:
    print(e)
# --- container protocol
class Box:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __len__(self): return len(self.d)
    def __contains__(self, k): return k in self.d
    def __iter__(self): return iter(sorted(self.d))
    def __bool__(self): return bool(self.d)
b = Box()
print(bool(b)); b['x'] = 1; b['a'] = 2
print(len(b), 'x' in b, list(b), b['a'], bool(b))
del b['x']
print(list(b))
try:
    b['zz']
except KeyError as e:
    print(repr(e))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
# --- iterators and generators
class Count:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)))
def gen():
    x = yield 1
    print('got', x)
    try:
        yield 2
    except KeyError:
        yield 'caught'
    finally:
        print('cleanup')
g = gen()
print(next(g), g.send('hi'), g.throw(KeyError), end=' ')
g.close()
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def take(n, it):
    return [x for _, x in zip(range(n), it)]
print(take(10, fib()), sum(x * x for x in range(10)))
def deleg():
    r = yield from [1, 2]
    return 'done'
g = deleg()
print(list(g))
# --- context managers
class Ctx:
    def __init__(self, n): self.n = n
    def __enter__(self): print('enter', self.n); return self.n
    def __exit__(self, t, v, tb):
        print('exit', self.n, t.__name__ if t else None)
        return self.n == 2
with Ctx(1) as a, Ctx(2) as b:
    print('body', a, b)
    raise ValueError('x')
print('after')
# --- __call__, __str__ vs __repr__, __format__
class F:
    def __call__(self, *a, **k): return (a, k)
    def __str__(self): return 'str-F'
    def __repr__(self): return 'repr-F'
    def __format__(self, spec): return f'fmt[{spec}]'
f = F()
print(f(1, x=2), f, [f], f'{f}', f'{f!r}', f'{f:>5}', str(f), repr(f), callable(f), callable(1))
# --- isinstance, issubclass, type
class Base: pass
class Sub(Base): pass
print(isinstance(Sub(), Base), issubclass(Sub, Base), isinstance(1, (str, int)), type(Sub()) is Sub, type(1), type(type), isinstance(True, int), issubclass(bool, int))
print(type('Dyn', (Base,), {'x': 1})().x, Sub.__name__, Sub.__qualname__, Sub.__module__, Sub.__bases__)
# --- closures, nonlocal, global
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); c()
total = 0
def add(x):
    global total
    total += x
add(5); add(6)
fs = [lambda i=i: i for i in range(3)]
print(c(), total, [f() for f in fs], c.__closure__[0].cell_contents)
# --- arguments
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{'c': 3}))
for call in ['f()', 'f(1)', 'f(1, c=1, c=2)', 'f(1, 2, a=1, c=3)']:
    try:
        eval(call) if False else None
    except TypeError as e:
        print(e)
try:
    f()
except TypeError as e:
    print(e)
try:
    f(1, 2, a=1, c=3)
except TypeError as e:
    print(e)
def g(x, /, y): return x, y
try:
    g(x=1, y=2)
except TypeError as e:
    print(e)
# --- exceptions
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f'code {code}')
        self.code = code
try:
    try:
        raise MyError(3)
    except MyError as e:
        print(e, e.code, e.args, isinstance(e, Exception))
        raise RuntimeError('wrapped') from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__)
try:
    {}['k']
except LookupError as e:
    print(type(e).__name__, e)
finally:
    print('finally')
def f():
    try:
        return 'try'
    finally:
        print('fin')
print(f())
try:
    assert 1 == 2, 'nope'
except AssertionError as e:
    print('assert', e)
print([c.__name__ for c in KeyError.__mro__], issubclass(FileNotFoundError, OSError), OSError(2, 'x').errno)
try:
    int('abc')
except ValueError as e:
    print(e)
# --- unpacking and comprehensions
a, *b, c = range(6)
(x, y), z = (1, 2), 3
print(a, b, c, x, y, z, [*b, *'ab'], {**{'a': 1}, 'b': 2}, {i: i * i for i in range(4) if i % 2}, {c for c in 'hello'} == set('helo'))
print([(i, j) for i in range(3) for j in range(i)], [[j for j in range(i)] for i in range(3)])
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
# --- numbers
print(7 // 2, -7 // 2, 7 % -3, -7 % 3, 2 ** 100, 2 ** -1, 10 / 4, divmod(-7, 2), pow(3, 4, 5), round(2.5), round(3.5), round(2.675, 2))
print(0.1 + 0.2, 1e16, 1.5e-7, float('nan'), -0.0, 3.0, 1/3, int(3.9), int('-42'), int('ff', 16), int(' 7 '), float('1e3'), abs(-3), 10**20 // 3, -(10**20) % 7)
print(hex(255), bin(5), oct(8), chr(20013), ord('a'), 1 < 2 < 3, 3 > 2 > 2, True + True, 5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 70, 2**64 >> 3)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    10 ** 5 % 0
except ZeroDivisionError as e:
    print(e)
# --- strings
s = 'Hello, World'
print(s.lower(), s.upper(), s.split(', '), s[::-1], s[2:5], s.find('o'), s.rfind('o'), s.replace('l', 'L', 2), s.startswith('He'), s.count('l'))
print(' x '.strip(), 'a,b,,c'.split(','), 'a b  c'.split(), '-'.join(['a', 'b']), 'abc'.center(9, '*'), '42'.zfill(5), 'ab'.ljust(4) + '|', 'Title case'.title(), 'x'.isalpha(), '12'.isdigit())
print('%s is %d years and %.2f%% %r %5s|%-5s|%x' % ('Bob', 30, 99.5, 'q', 'r', 'l', 255), '{} {:>6} {:08.3f} {name}'.format(1, 'r', 3.14159, name='n'), f'{12345.678:,.2f} {7:b} {"c":^5} {0.5:.0%}')
w = 8
print(f'{"x":{w}}|', f'{3.14159:.{2}f}', f'{w=}', f'{w!r:>4}', f'{{}}', 'a' 'b', r'\n', len('中文'), '中文'.encode(), b'\xe4\xb8\xad'.decode())
print(repr('it\'s'), repr("a\"b"), repr('\n\t\x00'), ascii('中'), str(b'x'), 'abc' * 2, 'b' in 'abc', 'abc' < 'abd', sorted('cba'))
# --- collections
l = [3, 1, 2]
l.append(4); l.extend([5]); l.insert(0, 0); l.remove(3)
print(l, l.pop(), l.pop(0), l.index(2), l.count(1), sorted(l, reverse=True), l[::-1], l * 2, [1, 2] + [3])
l.sort(key=lambda x: -x)
print(l, list(reversed(l)), l[1:], min(l), max(l, key=str), sum(l), any([0, 1]), all([]))
d = {'b': 2, 'a': 1}
d['c'] = 3
print(d, list(d.keys()), list(d.values()), list(d.items()), d.get('z'), d.pop('b'), d.setdefault('q', 9), d, len(d), sorted(d))
print({1, 2} | {3}, {1, 2} & {2}, {1, 2} - {1}, {1, 2} ^ {2, 3}, frozenset([1]) == {1}, set() == set(), (1, 2) < (1, 3), (1,) * 3, tuple([1, 2]).index(2))
print(list(enumerate('ab', 1)), list(zip('ab', [1, 2], 'xyz')), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])), list(range(10, 0, -3)), range(5)[-1])
try:
    [].pop()
except IndexError as e:
    print(e)
# --- bytes
b = b'abc\x00\xff'
print(b, len(b), b[0], b[1:3], list(b), b.hex(), bytes([65, 66]), bytes(3), b'a' + b'b', b.upper(), 'é'.encode('utf-8'), b'%d' % 5 if False else '', repr(b'\'"'))
