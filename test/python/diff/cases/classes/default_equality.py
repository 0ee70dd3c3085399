class Thing:
    def __init__(self, v):
        self.v = v


a = Thing(1)
b = Thing(1)
c = a
print(a == b, a is b, a == c, a is c, a != b)
print(a in [b], a in [c], [a].count(b), [a, b].index(b))
d = {a: "a", b: "b"}
print(len(d), d[a], d[b])


class Always:
    def __eq__(self, other):
        return True


x = Always()
print(x == 1, 1 == x, x != 1, x in [1, 2], [1, 2].index(x))
print(None == x, x is None)
