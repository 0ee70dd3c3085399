import copy
class P:
    def __init__(self, x, items):
        self.x = x
        self.items = items
    def __repr__(self):
        return f'P({self.x!r}, {self.items!r})'
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
b[1].append(9); print(a, b, c, b is a, b[1] is a[1], c[1] is a[1])
p = P(1, [1, 2])
q = copy.copy(p); r = copy.deepcopy(p)
p.items.append(3)
print(q, r, q.items is p.items, r.items is p.items)
shared = [0]
s = [shared, shared]
t = copy.deepcopy(s)
print(t[0] is t[1], t[0] is shared)
cyc = [1]; cyc.append(cyc)
d = copy.deepcopy(cyc); print(d[1] is d, d is not cyc)
tup = (1, 2, (3, 4)); print(copy.deepcopy(tup) is tup, copy.copy(tup) is tup)
tl = (1, [2]); print(copy.deepcopy(tl) is tl, copy.deepcopy(tl) == tl)
class C:
    def __init__(self): self.log = []
    def __copy__(self):
        print('copy hook'); n = C(); n.log = self.log; return n
    def __deepcopy__(self, memo):
        print('deepcopy hook', type(memo).__name__); n = C(); n.log = copy.deepcopy(self.log, memo); return n
copy.copy(C()); copy.deepcopy(C())
class S:
    def __init__(self): self.a = 1; self.b = 2
    def __getstate__(self): print('getstate'); return {'a': self.a}
    def __setstate__(self, st): print('setstate', st); self.__dict__.update(st)
s2 = copy.deepcopy(S()); print(vars(s2))
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v * 10,))
print(copy.copy(R(1)).v, copy.deepcopy(R(2)).v)
class L(list): pass
l = L([1, [2]]); l.tag = 't'
l2 = copy.deepcopy(l); print(type(l2).__name__, l2, l2.tag, l2[1] is l[1])
print(copy.deepcopy({1, 2, 3}), copy.copy(frozenset({1})), copy.deepcopy(bytearray(b'ab')))
print(copy.copy(len) is len, copy.deepcopy(print) is print)
def f(): pass
print(copy.deepcopy(f) is f, copy.copy(int) is int)
m = {}
x = [1]
copy.deepcopy([x, x], m); print(len(m))
print(copy.Error, copy.error is copy.Error)
