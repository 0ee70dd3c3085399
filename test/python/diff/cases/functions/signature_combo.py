def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)


print(f(1, c=3))
print(f(1, 20, 30, 40, c=3))
print(f(1, c=3, d=5, e=6, g=7))
print(f(*[1, 2, 3], **{"c": 0, "z": -1}))
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, 2, a=3, c=4)
except TypeError as e:
    print(e)
