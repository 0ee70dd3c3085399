a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
b.append(3)
print(a, c)
x = None
print(x is None, x is not None, x == None)
print(True is True, (1 == 1) is True, bool(0) is False)
t = ()
t2 = t
print(t is t2, type(t) is tuple)


def f():
    pass


print(f() is None)
d = {}
print(d.get("k") is None, d.setdefault("k", []) is d["k"])
e1 = object()
e2 = object()
print(e1 is e1, e1 is e2, e1 == e2)
