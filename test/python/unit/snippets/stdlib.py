# --- collections.defaultdict and OrderedDict
from collections import defaultdict, OrderedDict
d = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k].append(v)
print(d, d['a'], dict(d), 'zz' in d, len(d))
c = defaultdict(int)
for ch in 'hello':
    c[ch] += 1
print(sorted(c.items()), isinstance(c, dict))
o = OrderedDict()
o['x'] = 1; o['y'] = 2; o['z'] = 3
o.move_to_end('x')
print(o, o.popitem(), o.popitem(last=False), list(o))
try:
    defaultdict(None)['k']
except KeyError as e:
    print('KeyError', e)
# --- collections.Counter
from collections import Counter
c = Counter('abracadabra')
print(c, c['a'], c['zz'], c.most_common(2), sorted(c.elements())[:4], c.total())
c.update('aaz'); c.subtract({'b': 1})
print(c.most_common(3), Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=1, b=2))
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(1), Counter())
# --- collections.namedtuple and deque
from collections import namedtuple, deque
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]), isinstance(p, tuple), p == (1, 2), len(p))
x, y = p
print(x + y, sorted([Point(2, 1), Point(1, 2)]), hash(p) == hash((1, 2)))
P3 = namedtuple('P3', 'a b c', defaults=[0])
print(P3(1, 2), P3(1, 2, 3))
try:
    Point(1)
except TypeError as e:
    print(e)
q = deque([1, 2, 3], maxlen=3)
q.append(4); q.appendleft(0)
print(q, q.popleft(), q.pop(), list(q), len(q))
# --- itertools
import itertools as it
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle('ab'), 5)), list(it.repeat('x', 3)), list(it.chain([1, 2], 'ab')), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)), list(it.product('ab', repeat=2)), list(it.permutations([1, 2, 3], 2)), list(it.combinations('abcd', 2)))
print([(k, list(g)) for k, g in it.groupby('aabbbc')], list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.compress('abcd', [1, 0, 1, 0])), list(it.filterfalse(lambda x: x % 2, range(6))), list(it.combinations_with_replacement('ab', 2)), list(it.pairwise([1, 2, 3])), list(it.islice('abcdefg', 1, 6, 2)))
# --- functools
import functools
from functools import reduce, partial, lru_cache, wraps, cmp_to_key
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1))
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
print(square(7), partial(power, 2)(10))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.__name__)
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner
@deco
def hello():
    """doc"""
    return 'hi'
print(hello(), hello.__name__, hello.__doc__)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
# --- string and copy
import string, copy
print(string.ascii_lowercase, string.digits, string.punctuation, string.capwords('hello  world'))
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(99); a[2]['k'].append(5)
print(b, c, b[1] is a[1], c[1] is a[1])
class Obj:
    def __init__(self):
        self.items = [1]
o = Obj(); o2 = copy.deepcopy(o); o3 = copy.copy(o)
o.items.append(2)
print(o2.items, o3.items, type(o2).__name__)
