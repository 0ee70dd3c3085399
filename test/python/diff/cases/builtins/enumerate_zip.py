colors = ["red", "green", "blue"]
print(list(enumerate(colors)))
print(list(enumerate(colors, start=1)), list(enumerate(colors, -1)))
for i, c in enumerate(colors, 10):
    print(i, c)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
print(dict(zip(["k1", "k2"], [1, 2])))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print(list(zip(range(3), range(10, 13), "xyz")))
print(type(enumerate([])).__name__, type(zip()).__name__)
