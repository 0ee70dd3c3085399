import pprint
from collections import defaultdict, Counter, OrderedDict, deque
data = {'name': 'forkscope', 'versions': [1, 2, 3, {'major': 3, 'minor': 11, 'tags': ('a', 'b', 'c')}],
        'matrix': [[i * j for j in range(8)] for i in range(6)], 'empty': {}, 'set': {3, 1, 2}, 'fs': frozenset({'x', 'y'}),
        'long': 'word ' * 30, 'nested': {'deep': {'deeper': {'deepest': list(range(30))}}}, 'b': b'0123456789' * 10, 't1': (1,)}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60, depth=2)
print(pprint.pformat(data['matrix'], compact=True, width=50))
pprint.pp({'z': 1, 'a': 2, 'm': [1] * 30})
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(['aaaaaaaaaaaaaaaa'] * 8, width=30)
r = [1, 2]; r.append(r)
print(pprint.saferepr(r)[:30], pprint.isrecursive(r), pprint.isreadable([1, 'a']), pprint.isreadable(object()))
dd = defaultdict(list); dd['a'].extend(range(20)); dd['b'].append('x' * 60)
pprint.pprint(dd)
c = Counter('abracadabra' * 5); pprint.pprint(c, width=20)
pprint.pprint(OrderedDict((str(i), i) for i in range(12)), width=30)
pprint.pprint(deque(range(30)), width=40); pprint.pprint(deque(range(30), maxlen=40), width=40)
pprint.pprint({(1, 2): 'tuple key', 3: 'int', 'a': 'str'} if False else {3: 'c', 1: 'a', 2: 'b'})
pprint.pprint({'mixed': [1, 'two', 3.0, None, True]}, width=20)
pprint.pprint("short string")
pprint.pprint("line one\nline two is a bit longer and should wrap around when the width is small", width=30)
pprint.pprint(12345678901234567890, underscore_numbers=True)
p = pprint.PrettyPrinter(width=20)
print(p.pformat({'k': list(range(10))}))
