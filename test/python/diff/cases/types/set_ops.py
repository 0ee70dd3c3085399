a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([7]), a.intersection(range(3)), a.difference({1}), a.symmetric_difference({1, 9}))
print({1, 2} <= a, {1, 2} < {1, 2}, a >= {4}, a.issubset(range(10)), a.isdisjoint({8, 9}))
s = set()
s.add(3)
s.add(1)
s.add(3)
s.update([2, 4])
s.discard(10)
s.discard(4)
print(s, len(s), 2 in s)
s.remove(1)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
f = frozenset([1, 2, 2])
print(f, type(f).__name__, f | {3}, {f: "frozen key"}[frozenset({2, 1})])
print(set(), {}, type({}).__name__, set([1, 1, 1]), set("aaa"))
print(sorted({5, 1, 3} | {2}), sorted(set("hello")))
c = {1, 2, 3}
c -= {2}
c |= {7}
c &= {1, 7, 8}
print(sorted(c))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
