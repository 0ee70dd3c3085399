t = (1, 2, 3, 2)
print(t, t.count(2), t.index(3), len(t), t[1:], t[::-1], t + (4,), t * 2)
print((1,), (), tuple(), (1), type((1)).__name__, type((1,)).__name__)
single = 5,
print(single, len(single))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, "a") == (1, "a"))
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    hash(nested)
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(42)
except ValueError as e:
    print("ValueError:", e)
x, y = 1, 2
x, y = y, x
print(x, y)
