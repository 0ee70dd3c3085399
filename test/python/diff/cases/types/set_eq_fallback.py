# Set tables with keys that compare natively and keys whose comparison runs Python __eq__,
# in the same probe chains: add, membership, algebra, deleted slots reused; printing order.
class K:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 8

    def __eq__(self, other):
        K.calls += 1
        return isinstance(other, K) and other.v == self.v

    def __repr__(self):
        return f"K({self.v})"


s = set()
for x in [0, 8, K(16), 1, K(0), 9, K(8), 24, K(16)]:
    s.add(x)
print(len(s), K.calls, sorted(repr(x) for x in s))
print([x for x in s if isinstance(x, int)])
K.calls = 0
print(K(16) in s, 16 in s, K(32) in s, 24 in s, K.calls)
s.discard(8)
s.discard(K(8))
s.add(K(40))
s.add(8)
print(len(s), [x for x in s if isinstance(x, int)], K.calls)
t = {K(16), 8, 5, K(40), 1}
K.calls = 0
both = s & t
print(sorted(repr(x) for x in both), K.calls)
print(sorted(repr(x) for x in s - t), sorted(repr(x) for x in t - s))
print(sorted(repr(x) for x in s | t), sorted(repr(x) for x in s ^ t))
u = {x * 8 for x in range(20)}
u -= {16, 24, 40}
u |= {K(3), 16}
print(len(u), [x for x in u if isinstance(x, int)])
print(u & {0, 8, 16, 17, K(3)} == {0, 8, 16, K(3)}, K.calls > 0)
big = set(range(0, 4000, 3))
other = set(range(0, 4000, 5))
print(len(big & other), len(big - other), len(other - big), list(big & other)[:6])
