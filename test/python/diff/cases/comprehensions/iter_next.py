it = iter([10, 20, 30])
print(next(it), next(it))
print(next(it, "default"), next(it, "default"), next(it, None))
d = {"x": 1, "y": 2}
keys = iter(d)
print(next(keys), list(keys))
s = iter("hi")
print(next(s), next(s), next(s, "end"))
lst = [1, 2, 3]
i1, i2 = iter(lst), iter(lst)
print(next(i1), next(i1), next(i2))
print(iter(i1) is i1, list(i1), list(i1))
calls = [0]


def tick():
    calls[0] += 1
    return calls[0]


print(list(iter(tick, 4)))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
