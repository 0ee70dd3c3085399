# Builtins that loop over a generator take its items as it yields them: sums that leave
# the small ints, items sum cannot add, errors half-way, and the loops over builtin iterators.
def count(n, log=None):
    for i in range(n):
        if log is not None:
            log.append(i)
        yield i

print(sum(count(1000)), sum(x * x for x in count(300)))
print(sum(2**52 + x for x in count(5)), sum((x for x in count(4)), 0.5), sum(count(3), 10))
print(sum(x if x != 7 else 2**70 for x in count(10)), sum(-x for x in count(400)))
log = []
try:
    sum(x if x != 3 else 'three' for x in count(6, log))
except TypeError as e:
    print('TypeError:', e, log)
def bad(n):
    yield from range(n)
    raise ValueError('after %d' % n)
for consumer in (list, tuple, sum, sorted):
    try:
        consumer(bad(250))
    except ValueError as e:
        print(consumer.__name__, e)
g = count(5)
print(next(g), next(g), list(g), list(g), sum(g))
print(list(str(x) for x in count(12)), ''.join(str(x) for x in count(12)), tuple(x % 3 for x in count(7)))
print(list(sum(y for y in count(x)) for x in range(8)))
a, b, *rest = (x * 10 for x in count(6))
print(a, b, rest)
total = 0
for i, (k, v) in enumerate(zip('abcdef' * 50, (1, 2, 3) * 100)):
    total += i * v
for k, v in {'x': 1, 'y': 2}.items():
    total += v
for ch in 'naïve' * 60:
    total += len(ch)
for s in {5, 6, 7}:
    total += s
print(total, list(enumerate(count(3))), list(zip(count(3), 'ab')))
d = {i: i for i in range(300)}
try:
    for k in d:
        if k == 250:
            d[1000] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
