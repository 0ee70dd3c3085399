a, b, c = 1, 2, 3
print(a, b, c)
a, *rest = [1, 2, 3, 4]
print(a, rest)
*init, last = "hello"
print(init, last)
first, *middle, end = range(6)
print(first, middle, end)
x, *y = [1]
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, [n, *o]] = [10, [20, 30, 40]]
print(m, n, o)
k, v = "ab"
print(k, v)
for i, (name, score) in enumerate([("ann", 90), ("bob", 85)]):
    print(i, name, score)
first, second = {"one": 1, "two": 2}
print(first, second)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *[9]], {*[1, 2], *[2, 3]}, {**{"a": 1}, "b": 2, **{"a": 3}})
head, *_ = "xyz"
print(head)
for src in [[1, 2], [1, 2, 3, 4]]:
    try:
        a, b, c = src
    except ValueError as e:
        print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
