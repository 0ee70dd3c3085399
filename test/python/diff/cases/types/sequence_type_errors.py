# CPython's exact TypeError wording for list/tuple/str operations.
fl = 1.0
st = "a"
def t(fn):
    try:
        r = fn()
        print('ok', r)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

t(lambda: [1, 'a'].sort())
t(lambda: sorted([3, None, 1]))
t(lambda: [1] < ['a'])
t(lambda: (1, 2) < (1, 'x'))
t(lambda: max(1, 'a'))
def sa():
    l = [1, 2, 3]
    l[1:2] = 5
t(sa)
def sa2():
    l = [1, 2, 3]
    l[::2] = 5
t(sa2)
def dt():
    tp = (1, 2)
    del tp[0]
t(dt)
def dt2():
    tp = (1, 2)
    tp[0] = 1
t(dt2)
def ds():
    s = 'abc'
    del s[0]
t(ds)
def ds2():
    s = 'abc'
    del s['k']
t(ds2)
def dslice():
    tp = (1, 2)
    del tp[0:1]
t(dslice)
def dint():
    n = 5
    del n[0]
t(dint)
t(lambda: [1, 2].insert(1))
t(lambda: [].append())
t(lambda: [].pop(1, 2))
t(lambda: list.append(5, 1))
t(lambda: list.append())
t(lambda: float.__abs__('x'))
t(lambda: float.__abs__())
t(lambda: int.bit_length('x'))
t(lambda: 'abc'.isdigit(1))
t(lambda: 'abc'.center())
t(lambda: 'abc'.count())
t(lambda: [].__getitem__())
t(lambda: {}.get())
t(lambda: str.maketrans())
t(lambda: str.maketrans('ab', 'cd', 5))
t(lambda: str.maketrans(1, 'a'))
t(lambda: 'abc'.translate(str.maketrans('ab', 'xy')))
t(lambda: (1).__add__())
t(lambda: [].__setitem__(1))
t(lambda: (1, 2) + [3])
t(lambda: [1] + (2,))
t(lambda: (1,) * 'a')
t(lambda: [1, 2].index(5))
t(lambda: (1, 2).index(5))
t(lambda: [1, 2].remove(5))
t(lambda: list(5))
t(lambda: tuple(None))
t(lambda: [1, 2][fl])
t(lambda: (1, 2)[st])
t(lambda: [1, 2]['a':])
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print('lt', self.v, o.v)
        return self.v < o.v
print([k.v for k in sorted([K(3), K(1), K(2), K(5), K(4)])])
print([k.v for k in sorted([K(3), K(2), K(1), K(0)], reverse=True)])
t(lambda: sorted([1, 2, 'a', 3]))
t(lambda: sorted(['b', 'a', 1]))
t(lambda: b'abc'.startswith('a'))
t(lambda: b'abc'.startswith((b'a', 'x')))
t(lambda: b'abc'.startswith((b'x', b'ab')))
t(lambda: bytearray(b'abc').endswith(bytearray(b'bc'), 0, 3))
t(lambda: b'abc'.endswith(b'b', 0, 2))
def ann(a: int, b: 'str' = 'x') -> list:
    pass
print(ann.__annotations__)
