# Fork isolation, one section per kind of object the heap copy handles. After the fork
# each process writes to its own copy and sees only its own writes: the child waits on a
# pipe until the parent has written (so the parent's write after the fork comes first), looks,
# writes, looks again and exits; the parent looks once the child has exited.
# --- fork isolation: list (and a list inside it, through an alias)
import os
xs = [1, [2, 3]]
inner = xs[1]

def view():
    return (xs, inner is xs[1])

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
    inner.append('c')
    xs.append('C')
    print('child after its write', view(), flush=True)
    os._exit(0)
inner.append('p')
xs[0] = 'P'
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
# --- fork isolation: dict (and a dict inside it)
import os
d = {'a': 1, 'n': {'k': 0}}

def view():
    return d

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
    del d['a']
    d['n'].clear()
    d['c'] = 2
    print('child after its write', view(), flush=True)
    os._exit(0)
d['a'] = 'P'
d['n']['k'] = 'P'
d['p'] = 1
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
# --- fork isolation: set
import os
s = {1, 2, 'x'}

def view():
    return sorted(map(str, s))

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
    s.add('c')
    s.clear()
    s.add(3)
    print('child after its write', view(), flush=True)
    os._exit(0)
s.add('p')
s.discard(1)
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
# --- fork isolation: instance (its attributes, and a list it holds)
import os
class P:
    pass
o = P()
o.x = 1
o.items = [1]

def view():
    return vars(o)

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
    del o.x
    o.items.append('C')
    o.z = 'C'
    print('child after its write', view(), flush=True)
    os._exit(0)
o.x = 'P'
o.items.append('P')
o.y = 1
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
# --- fork isolation: class attributes (read through the class and an instance)
import os
class K:
    count = 0
    tags = []
    def total(self):
        return self.count + len(self.tags)
k = K()

def view():
    return (K.count, K.tags, k.total(), hasattr(K, 'new'), hasattr(k, 'c'))

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
    K.count -= 5
    K.c = 1
    K.tags = ['c']
    print('child after its write', view(), flush=True)
    os._exit(0)
K.count += 1
K.tags.append('p')
K.new = 1
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
# --- fork isolation: closures' cells
import os
def make():
    n = 0
    seen = []
    def inc(d):
        nonlocal n
        n += d
        seen.append(d)
        return n
    def get():
        return n, seen
    return inc, get
inc, get = make()
inc(1)

def view():
    return get()

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
    inc(100)
    print('child after its write', view(), flush=True)
    os._exit(0)
inc(10)
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
# --- fork isolation: module globals (of the main module and of an imported module)
import os
import textwrap
g = 0
def bump(d):
    global g
    g += d
textwrap.mark = 'before'

def view():
    return (g, 'h' in globals(), textwrap.mark)

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
    bump(100)
    textwrap.mark = 'child'
    del textwrap.mark
    textwrap.mark = 'child again'
    print('child after its write', view(), flush=True)
    os._exit(0)
bump(1)
globals()['h'] = 'P'
textwrap.mark = 'parent'
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
# --- fork isolation: bytearray
import os
b = bytearray(b'abc')

def view():
    return bytes(b)

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
    b[1] = ord('C')
    del b[0]
    print('child after its write', view(), flush=True)
    os._exit(0)
b[0] = ord('P')
b.extend(b'P')
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
# --- fork isolation: list iterator mid-iteration
import os
it = iter([1, 2, 3, 4, 5, 6])
next(it)

def view():
    return next(it)

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
    next(it)
    print('child after its write', view(), flush=True)
    os._exit(0)
next(it)
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
# --- fork isolation: generator mid-iteration (and the list its frame holds)
import os
def gen(acc):
    for i in range(10):
        acc.append(i)
        yield len(acc)
acc = []
g = gen(acc)
next(g)

def view():
    return (next(g), acc)

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
    next(g)
    print('child after its write', view(), flush=True)
    os._exit(0)
next(g)
acc.append('p')
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
# --- fork isolation: dict views and a dict iterator (values stored after the fork)
import os
d = {'a': 1, 'b': 2, 'c': 3}
keys = d.keys()
vals = d.values()
it = iter(d.items())
next(it)

def view():
    return (list(keys), list(vals), next(it, None))

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
    d['b'] = 'C'
    d['a'] = 'C'
    print('child after its write', view(), flush=True)
    os._exit(0)
d['b'] = 'P'
d['c'] += 30
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
# --- fork isolation: deque
import os
from collections import deque
q = deque([1, 2], maxlen=3)

def view():
    return list(q)

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
    q.popleft()
    q.extend('cc')
    print('child after its write', view(), flush=True)
    os._exit(0)
q.append('p')
q.appendleft('P')
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
# --- fork isolation: identity (is, id()) through aliases
import os
a = [1]
pair = (a, a)
f = 1.5
box = {"f": f}
ids = (id(a), id(pair), id(f))

def view():
    return (pair[0] is pair[1], pair[0] is a, (id(pair[0]), id(pair), id(box["f"])) == ids, box["f"] is f, a)

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
    pair[1].append('c')
    print('child after its write', view(), flush=True)
    os._exit(0)
pair[0].append('p')
a = [9]
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
# --- fork isolation: function defaults and attributes
import os
def f(x, acc=[]):
    acc.append(x)
    return len(acc)
f.tag = 0

def view():
    return (f.__defaults__, f.tag)

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
    f('c')
    f.__defaults__ = (['C'],)
    print('child after its write', view(), flush=True)
    os._exit(0)
f('p')
f.tag = 'P'
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
# --- fork isolation: instances with __slots__, and subclasses of list and dict
import os
class S:
    __slots__ = ('a', 'b')
class L(list):
    pass
class D(dict):
    pass
s = S()
s.a = 1
l = L([1])
l.note = 'l'
dd = D(k=1)
dd.note = 'd'

def view():
    return (s.a, getattr(s, 'b', None), l, l.note, dd, dd.note)

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
    s.b = 'C'
    del s.a
    s.a = 'C'
    l.clear()
    dd.note = 'C'
    print('child after its write', view(), flush=True)
    os._exit(0)
s.a = 'P'
l.append('P')
l.note = 'P'
dd['p'] = 1
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
# --- fork isolation: exception objects (args, attributes, a traceback held)
import os
try:
    raise ValueError([1])
except ValueError as e:
    err = e
err.note = 'before'

def view():
    return (err.args, err.note, err.__traceback__ is not None)

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
    err.args = ('C',)
    err.__traceback__ = None
    print('child after its write', view(), flush=True)
    os._exit(0)
err.args[0].append('p')
err.note = 'P'
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
# --- fork isolation: immutable values (tuples, frozensets, ranges, slices, complex numbers), and a tuple holding a list
import os
t = (1, 'a', (2.5, b'b', None), frozenset({3, (4,)}))
fs = frozenset({'x', (1, 2)})
rg = range(3, 30, 3)
sl = slice(1, None, (2, 3))
z = 1 + 2j
holder = (0, [1])
alias = {'t': t, 'fs': fs, 'h': holder, 'rg': rg}
ids = (id(t), id(t[2]), id(t[3]), id(fs), id(rg), id(sl), id(z), id(holder), id(holder[1]))

def view():
    same = (id(t), id(t[2]), id(t[3]), id(fs), id(rg), id(sl), id(z), id(holder), id(holder[1])) == ids
    return (same, alias['t'] is t, alias['fs'] is fs, alias['h'] is holder, alias['rg'] is rg,
            hash(fs) == hash(frozenset({(1, 2), 'x'})), t, sorted(map(str, fs)), rg[2], sl.step, z, holder)

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
    holder[1].append('c')
    t = t + ('c',)
    alias['fs'] = fs | {'c'}
    print('child after its write', view(), flush=True)
    os._exit(0)
holder[1].append('p')
alias['t'] = (9,)
z = z * 2
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
# --- fork isolation: instances of subclasses of immutable builtins (their class is the process's own)
import os
class B(bytes):
    pass
class F(float):
    pass
class C(complex):
    pass
class Tu(tuple):
    pass
class S(frozenset):
    pass
class I(int):
    pass
class U(str):
    pass
classes = [B, F, C, Tu, S, I, U]
vals = [B(b'x'), F(1.5), C(1, 2), Tu((1, 2)), S({1}), I(3), U('u')]
held = (vals[0], vals[1], 0)

def view():
    return ([type(v) is c for v, c in zip(vals, classes)], type(held[0]) is B, [getattr(c, 'tag', None) for c in classes])

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
    B.tag = 'c'
    S.tag = 'c'
    print('child after its write', view(), flush=True)
    os._exit(0)
Tu.tag = 'p'
F.tag = 'p'
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
# --- fork isolation: fork from inside nested calls (locals of every frame on the stack, a set iterator mid-iteration, a nonlocal)
import os

def outer():
    acc = ['o']
    n = 0

    def inner(it):
        nonlocal n
        local = [next(it)]
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.read(r, 1)
            print('child sees', acc, n, local, sorted(it), flush=True)
            acc.append('c')
            n += 10
            local.append('c')
            print('child after its write', acc, n, local, flush=True)
            os._exit(0)
        acc.append('p')
        n += 1
        local.append(next(it))
        os.write(w, b'x')
        os.waitpid(pid, 0)
        return local

    local = inner(iter({3, 1, 2, 4, 100, 37}))
    print('parent sees', acc, n, local)

outer()
# --- fork isolation: iterator positions of enumerate, zip, map, reversed, a str and a range
import os
e = enumerate('abcdef')
z = zip([1, 2, 3, 4], 'wxyz')
m = map(str.upper, ['a', 'b', 'c', 'd'])
rv = reversed([1, 2, 3, 4])
si = iter('pqrs')
ri = iter(range(10, 20))
next(e)

def view():
    return (next(e), next(z), next(m), next(rv), next(si), next(ri))

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
    next(e)
    next(z)
    next(m)
    next(rv)
    next(si)
    next(ri)
    print('child after its write', view(), flush=True)
    os._exit(0)
next(e)
next(z)
next(m)
next(si)
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
# --- fork isolation: itertools state (count, cycle, islice, accumulate)
import os
import itertools
c = itertools.count(5, 2)
cy = itertools.cycle('ab')
sl = itertools.islice(range(100), 0, None, 10)
acc = itertools.accumulate([1, 2, 3, 4, 5])
next(c)

def view():
    return (next(c), next(cy), next(sl), next(acc))

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
    next(c)
    next(c)
    next(cy)
    next(acc)
    print('child after its write', view(), flush=True)
    os._exit(0)
next(c)
next(sl)
next(acc)
next(acc)
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
# --- fork isolation: io.StringIO (its text and position)
import os
import io
buf = io.StringIO()
buf.write('start;')

def view():
    return (buf.getvalue(), buf.tell())

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
    buf.write('child;')
    buf.seek(0)
    print('child after its write', view(), flush=True)
    os._exit(0)
buf.write('parent;')
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
# --- fork isolation: random.Random instances (their state)
import os
import random
rnd = random.Random(7)
rnd.random()

def view():
    return (rnd.randrange(1000), rnd.getstate()[1][:2])

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
    rnd.seed(99)
    rnd.random()
    print('child after its write', view(), flush=True)
    os._exit(0)
rnd.random()
rnd.random()
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
# --- fork isolation: defaultdict, Counter and OrderedDict
import os
from collections import defaultdict, Counter, OrderedDict
dd = defaultdict(list)
dd['a'].append(1)
cnt = Counter('abca')
od = OrderedDict(x=1, y=2)

def view():
    return (dict(dd), sorted(cnt.items()), list(od.items()))

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
    dd['c'].append('C')
    cnt.update('cc')
    od.move_to_end('x')
    od['c'] = 3
    print('child after its write', view(), flush=True)
    os._exit(0)
dd['a'].append('P')
cnt['p'] += 5
od.popitem(last=False)
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
# --- fork isolation: an instance's __class__ reassigned, and a method added to its class
import os
class A:
    def who(self):
        return 'A'
class B:
    def who(self):
        return 'B'
o = A()

def view():
    return (type(o).__name__, o.who(), hasattr(A, 'extra'))

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
    o.__class__ = B
    A.extra = lambda self: 1
    print('child after its write', view(), flush=True)
    os._exit(0)
A.who = lambda self: 'A2'
B.who = lambda self: 'B2'
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
# --- fork isolation: memoryview over a bytearray
import os
buf = bytearray(b'hello')
mv = memoryview(buf)

def view():
    return (bytes(buf), mv[0], bytes(mv[1:3]))

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
    mv[0] = ord('C')
    buf[4] = ord('C')
    print('child after its write', view(), flush=True)
    os._exit(0)
mv[1] = ord('P')
buf[0] = ord('P')
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
# --- fork isolation: a heap (heapq on a list) and a sorted list (bisect)
import os
import heapq, bisect
h = [5, 1, 8]
heapq.heapify(h)
sl = [1, 4, 9]

def view():
    return (h[:], sl[:])

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
    heapq.heappush(h, 0)
    heapq.heappop(h)
    bisect.insort(sl, 5)
    print('child after its write', view(), flush=True)
    os._exit(0)
heapq.heappush(h, -1)
bisect.insort(sl, 2)
sl.sort(reverse=True)
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
# --- fork isolation: functools.partial holding a list, and a property with a setter
import os
import functools
class T:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x
t = T()
log = []
add = functools.partial(list.append, log)

def view():
    return (t.v, log, add.args[0] is log)

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
    t.v = 'C'
    add('c')
    print('child after its write', view(), flush=True)
    os._exit(0)
t.v = 'P'
add('p')
add('p2')
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
# --- fork isolation: a dataclass instance and a namedtuple holding a list
import os
from dataclasses import dataclass, field
from collections import namedtuple
@dataclass
class Pt:
    x: int
    tags: list = field(default_factory=list)
NT = namedtuple('NT', 'a b')
p = Pt(1)
nt = NT(1, [])

def view():
    return (p, nt)

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
    p.x = 'C'
    nt.b.append('c')
    print('child after its write', view(), flush=True)
    os._exit(0)
p.tags.append('p')
nt.b.append('p')
p.x = 'P'
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
# --- fork isolation: sys.argv and sys.path (lists of the sys module)
import os
import sys
sys.argv.append('arg')
n = len(sys.path)

def view():
    return (sys.argv[-1], len(sys.path) - n)

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    print('child sees', view(), flush=True)
    sys.argv[-1] = 'child'
    sys.path.append('/c')
    print('child after its write', view(), flush=True)
    os._exit(0)
sys.argv.append('parent')
sys.path.insert(0, '/p')
sys.path.insert(0, '/p2')
os.write(w, b'x')
os.waitpid(pid, 0)
print('parent sees', view())
